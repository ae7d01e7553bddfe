// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add('js');
document.addEventListener('click', function (event) {
  var print = event.target.closest('[data-print]');
  if (print) {
    window.print();
  }
});
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
}, true);
function focusErrorSummary() {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', focusErrorSummary);
// Forms sent by htmx (hx-boost) swap the page without a load event.
document.addEventListener('htmx:afterSettle', focusErrorSummary);
