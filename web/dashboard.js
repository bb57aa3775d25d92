// distillguard dashboard: progressive enhancement of the review forms. Without this script the forms post and
// redirect back; with it a review updates the row in place and the status line says what was recorded.
'use strict';
(function () {
  const flash = document.querySelector('[data-testid="flash"]');
  function say(text, ok) {
    if (!flash) return;
    flash.hidden = false;
    flash.textContent = text;
    flash.style.background = ok ? '' : '#ffebe9';
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
      const body = await r.json();
      if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
      // In the queue only this row's badge changes; on an account page the page's one badge.
      const row = form.closest('tr[data-account]');
      const badges = (row || document).querySelectorAll('[data-testid="state"]');
      badges.forEach(function (b) { b.textContent = body.state; b.className = 'badge ' + body.state; });
      if (data.action === 'appeal') form.reset();
      say(body.account_id + ': ' + data.action + (data.action === 'appeal' ? ' noted' : ' → ' + body.state), true);
    } catch (e) {
      say('Not recorded: ' + e.message, false);
    } finally {
      buttons.forEach(function (b) { b.disabled = false; });
    }
  });
})();
