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
// A long request (an import read or applied in one transaction): say that it runs, and keep a second press from
// sending it again. Runs after the confirm above, and only when the submission goes ahead.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var busy = form.getAttribute('data-busy-text');
  if (!busy || event.defaultPrevented) {
    return;
  }
  if (form.getAttribute('data-busy') === 'true') {
    event.preventDefault();
    return;
  }
  form.setAttribute('data-busy', 'true');
  form.setAttribute('aria-busy', 'true');
  var status = form.querySelector('[data-busy-status]');
  if (status) {
    status.textContent = busy;
  }
  // Disabled after this event, so the button still counts as the submitter of this submission.
  window.setTimeout(function () {
    form.querySelectorAll('button[type="submit"]').forEach(function (b) { b.disabled = true; });
  }, 0);
});
// An upload that reports how far its reading has come (data-progress-url, e.g. the resource-map import): the form is
// sent exactly as without JavaScript, and while that one request runs the page asks the server every half second and
// shows a bar with its text in the busy status area (role="status"). Registered after the busy text above, which
// stays until the first answer. The next page (or the form again, with its error) ends the asking.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var url = form.getAttribute('data-progress-url');
  var status = form.querySelector('[data-busy-status]');
  if (!url || !status || !window.fetch || event.defaultPrevented || form.getAttribute('data-progress') === 'asking') {
    return;
  }
  form.setAttribute('data-progress', 'asking');
  var bar = document.createElement('progress');
  var text = document.createElement('span');
  bar.max = 100;
  bar.value = 0;
  text.id = 'upload-progress-text';
  bar.setAttribute('aria-labelledby', text.id);
  function show(progress) {
    if (!bar.isConnected) {
      status.textContent = '';
      status.appendChild(bar);
      status.appendChild(document.createTextNode(' '));
      status.appendChild(text);
    }
    bar.value = progress.percent;
    if (text.textContent !== progress.message) {
      text.textContent = progress.message;
    }
  }
  function ask() {
    window.fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin', cache: 'no-store'})
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (progress) { if (progress) { show(progress); } })
      .catch(function () { /* not written yet, or a moment offline: ask again */ })
      .then(function () { window.setTimeout(ask, 500); });
  }
  window.setTimeout(ask, 500);
});
function focusErrorSummary() {
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', focusErrorSummary);
// Forms sent by htmx (hx-boost) swap the page without a load event.
document.addEventListener('htmx:afterSettle', focusErrorSummary);
// After saving an item or an arrow the chart comes back at that item, with focus on it (the server names it in
// data-focus; the address's #item-… is lost when htmx follows the redirect).
function focusSavedItem() {
  var main = document.getElementById('main');
  var id = main && main.getAttribute('data-focus');
  var target = id && document.getElementById(id);
  if (target) {
    target.scrollIntoView({block: 'center'});
    target.focus({preventScroll: true});
  }
}
document.addEventListener('DOMContentLoaded', focusSavedItem);
document.addEventListener('htmx:afterSettle', focusSavedItem);
