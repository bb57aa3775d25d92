// distillguard dashboard: progressive enhancement of the review forms. Without this script the forms post and
// redirect back; with it a review updates the row in place and the status line says what was recorded.
'use strict';
(function () {
  const flash = document.querySelector('[data-testid="flash"]');
  function say(text) {
    if (!flash) return;
    flash.hidden = false;
    flash.textContent = text;
    flash.className = 'flash';
    flash.setAttribute('role', 'status');
    delete flash.dataset.code;
  }
  // The reason a request failed, as "message (code)": the server's JSON error {error, code}; otherwise (a proxy's
  // HTML page, a dropped connection) what the browser knows. Never an object or a stack.
  async function failure(r) {
    let body = null;
    try { body = await r.json(); } catch (e) { body = null; }
    const message = body && typeof body.error === 'string' ? body.error
      : body && body.error && typeof body.error.message === 'string' ? body.error.message
      : 'the server answered HTTP ' + r.status + (r.statusText ? ' ' + r.statusText : '');
    const code = body && typeof body.code === 'string' ? body.code
      : body && body.error && typeof body.error.code === 'string' ? body.error.code : 'unreachable';
    return { message: message, code: code };
  }
  function showError(e) {
    if (!flash) return;
    flash.hidden = false;
    flash.textContent = 'Not recorded: ' + e.message + ' ';
    const c = document.createElement('code');
    c.textContent = e.code;
    flash.appendChild(c);
    flash.className = 'flash error';
    flash.setAttribute('role', 'alert');
    flash.dataset.code = e.code;
  }
  document.addEventListener('submit', async function (ev) {
    const form = ev.target;
    if (!(form instanceof HTMLFormElement) || !form.classList.contains('review')) return;
    ev.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    const base = form.getAttribute('action').replace(/\/review$/, '');
    const buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    try {
      const r = await fetch(base + '/api/review', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': data.csrf }, body: JSON.stringify({ account_id: data.account_id, action: data.action, note: data.note || null }) });
      if (!r.ok) return showError(await failure(r));
      const body = await r.json();
      // In the queue only this row's badge changes; on an account page the page's one badge.
      const row = form.closest('tr[data-account]');
      const badges = (row || document).querySelectorAll('[data-testid="state"]');
      badges.forEach(function (b) { b.textContent = body.state; b.className = 'badge ' + body.state; });
      if (data.action === 'appeal') form.reset();
      say(body.account_id + ': ' + data.action + (data.action === 'appeal' ? ' noted' : ' → ' + body.state));
    } catch (e) {
      showError({ message: 'the dashboard could not be reached (' + (e && e.message ? e.message : 'network error') + ')', code: 'unreachable' });
    } finally {
      buttons.forEach(function (b) { b.disabled = false; });
    }
  });
})();
