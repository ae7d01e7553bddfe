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
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
