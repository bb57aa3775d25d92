import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { Verdict } from '../dataset/types.js';
import { DuckDbStore } from '../store/duckdb-store.js';
import type { DashboardSource } from './dashboard-data.js';
import { createDashboardHandler } from './dashboard.js';
import { ReviewService } from './review.js';
import { mountDashboard } from './mount.js';
import { sampleCase } from './test-fixtures.js';
import { HTTP_ERROR_CODES } from '../errors.js';

const verdicts: Verdict[] = [
  { account_id: 'acct_a', risk: 0.9, flagged: true, campaign_id: 'C0001', first_flagged_at: '2026-04-23T01:00:00.000Z', reasons: ['campaign:member'] },
  { account_id: 'acct_b', risk: 0.8, flagged: true, campaign_id: 'C0001', first_flagged_at: '2026-04-23T01:00:00.000Z', reasons: ['campaign:member'] },
  { account_id: 'acct_z', risk: 0.01, flagged: false, campaign_id: null, first_flagged_at: null, reasons: [] },
];

const source: DashboardSource = {
  async overview() {
    return { source: 'test', accounts: 3, flagged: 2, exchanges: 300, traffic: [{ day: '2026-04-22', campaign: 10, other: 90 }], risks: verdicts.map((v) => v.risk),
      campaigns: [{ id: 'C0001', score: 0.93, accounts: 2, exchanges: 303, first_activity: null, last_activity: null, first_flagged_at: null, reasons: [] }] };
  },
  async campaign(id) { return id === 'C0001' ? sampleCase() : null; },
  async account(id) { const v = verdicts.find((x) => x.account_id === id); return v ? { verdict: v, row: null, activity: null, prompts: ['hello <script>'], links: [] } : null; },
  async queue() { return verdicts.filter((v) => v.flagged).map((v) => ({ ...v, verified: false })); },
  async verdict(id) { return verdicts.find((v) => v.account_id === id); },
  async close() {},
};

async function start(): Promise<{ url: string; server: Server; store: DuckDbStore }> {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const handler = createDashboardHandler({ source, reviews: new ReviewService(store), reviewer: 'tester' });
  const server = createServer((req, res) => void handler(req, res).then((h) => { if (!h) res.writeHead(404).end(); }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  return { url: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, server, store };
}

test('dashboard pages render and escape what they show', async () => {
  const { url, server, store } = await start();
  try {
    for (const [path, text] of [['/ui/', 'C0001'], ['/ui/campaign/C0001', 'A coordinated group of 3 accounts'], ['/ui/account/acct_a', 'acct_a'], ['/ui/queue', 'acct_b'], ['/ui/audit', 'No entries yet'], ['/ui/campaign/C0001/case.html', 'Distillation campaign C0001']] as const) {
      const r = await fetch(url + path);
      assert.equal(r.status, 200, path);
      assert.ok((await r.text()).includes(text), `${path} shows ${text}`);
    }
    const acct = await (await fetch(url + '/ui/account/acct_a')).text();
    assert.ok(acct.includes('hello &lt;script&gt;') && !acct.includes('hello <script>'), 'prompt text is escaped');
    assert.equal((await fetch(url + '/ui/campaign/NOPE')).status, 404);
    assert.equal((await fetch(url + '/ui/account/nobody')).status, 404);
    assert.equal((await fetch(url + '/elsewhere')).status, 404, 'paths outside /ui are not the dashboard');
    const stix = await (await fetch(url + '/ui/campaign/C0001/stix.json')).json() as { type: string };
    assert.equal(stix.type, 'bundle');
    assert.match(await (await fetch(url + '/ui/static/style.css')).text(), /--accent/);
  } finally {
    server.close();
    await store.close();
  }
});

test('review through the form and the JSON API; cross-origin posts and open redirects are refused', async () => {
  const { url, server, store } = await start();
  try {
    // Every write carries the CSRF token of the dashboard's forms.
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await fetch(url + '/ui/queue')).text())?.[1] ?? '';
    assert.ok(csrf, 'the queue page forms carry a CSRF token');
    const post = (body: string, headers: Record<string, string> = {}) => fetch(url + '/ui/review', { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: `${body}&csrf=${encodeURIComponent(csrf)}` });
    const r = await post('account_id=acct_a&action=confirm&back=/ui/queue');
    assert.equal(r.status, 303);
    assert.match(r.headers.get('location') ?? '', /^\/ui\/queue\?done=/);
    const queue = await (await fetch(url + '/ui/queue?state=confirmed')).text();
    assert.ok(queue.includes('acct_a') && !queue.includes('data-account="acct_b"'), 'the confirmed filter shows only acct_a');
    const open = await (await fetch(url + '/ui/queue')).text();
    assert.ok(!open.includes('data-account="acct_a"') && open.includes('data-account="acct_b"'), 'acct_a left the open queue');
    const evil = await post('account_id=acct_b&action=confirm&back=//evil.example/x');
    assert.equal(evil.headers.get('location')?.startsWith('/ui/queue'), true, 'no open redirect');
    assert.equal((await post('account_id=acct_b&action=dismiss', { origin: 'http://evil.example' })).status, 403);
    assert.equal((await post('account_id=acct_b&action=explode')).status, 400);
    assert.equal((await post('account_id=ghost&action=confirm')).status, 404);
    const api = await fetch(url + '/ui/api/review', { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ account_id: 'acct_b', action: 'appeal', note: 'owner wrote in' }) });
    assert.equal(api.status, 200);
    assert.deepEqual(await api.json(), { account_id: 'acct_b', state: 'confirmed', note: 'appeal: owner wrote in' });
    const audit = await (await fetch(url + '/ui/audit')).text();
    for (const a of ['review.confirm', 'review.appeal', 'tester']) assert.ok(audit.includes(a), a);
    assert.ok(!audit.includes('review.dismiss'), 'the refused cross-origin dismiss left no trace');
  } finally {
    server.close();
    await store.close();
  }
});

test('mounted on a gateway store without an analysis: live verdicts, queue and reviews; onReviewChange fires', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  await store.upsertVerdicts(verdicts.map((v) => ({ ...v, updated_at: '2026-06-01T00:00:00.000Z' })));
  const changes: string[] = [];
  const ui = await mountDashboard({ reviewStore: { kind: 'store', store }, basePath: '/ui', reviewer: 'gw', onReviewChange: (a, s) => changes.push(`${a}=${s}`), authorize: (req) => req.headers.authorization === 'Bearer t' });
  const server = createServer((req, res) => void ui.handler(req, res).then((h) => { if (!h) res.writeHead(404).end(); }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const auth = { authorization: 'Bearer t' };
  try {
    assert.equal((await fetch(url + '/ui/')).status, 401, 'the gateway can require its admin token');
    const overview = await (await fetch(url + '/ui/', { headers: auth })).text();
    assert.ok(overview.includes('C0001'));
    assert.ok((await (await fetch(url + '/ui/queue', { headers: auth })).text()).includes('acct_b'));
    assert.equal((await fetch(url + '/ui/campaign/C0001', { headers: auth })).status, 404, 'campaign pages need an analysis');
    const csrf = /name="csrf" value="([^"]+)"/.exec(await (await fetch(url + '/ui/queue', { headers: auth })).text())?.[1] ?? '';
    const r = await fetch(url + '/ui/api/review', { method: 'POST', headers: { ...auth, 'content-type': 'application/json', 'x-csrf-token': csrf }, body: JSON.stringify({ account_id: 'acct_b', action: 'allowlist', note: 'known lab' }) });
    assert.equal(r.status, 200);
    assert.deepEqual(changes, ['acct_b=allowlisted']);
    assert.equal((await store.listReviews())[0]?.state, 'allowlisted', 'written to the gateway store');
  } finally {
    server.close();
    await ui.close();
    await store.close();
  }
});

/** A campaign of 250 flagged accounts (200 linked core, 50 attached by likeness, 3 of a verified organisation), 20 linked but unflagged. */
function scaleSource(): DashboardSource {
  const vs: (Verdict & { verified: boolean })[] = [];
  for (let i = 0; i < 270; i++) {
    const attached = i >= 200 && i < 250;
    vs.push({ account_id: `acct_${String(i).padStart(4, '0')}`, risk: 0.99 - i / 1000, flagged: i < 250, campaign_id: 'C0001', first_flagged_at: i < 250 ? '2026-04-23T01:00:00.000Z' : null,
      reasons: i < 250 ? ['campaign:member', attached ? 'similar:campaign-profile' : 'link:shared-template'] : ['campaign:linked-not-flagged'], verified: i < 3 });
  }
  return {
    async overview() { return { source: 'scale', accounts: vs.length, flagged: 250, exchanges: null, traffic: [], risks: vs.map((v) => v.risk), campaigns: [] }; },
    async campaign() { return null; },
    async account(id) { const v = vs.find((x) => x.account_id === id); return v ? { verdict: v, row: null, activity: null, prompts: [], links: [] } : null; },
    async queue() { return vs.filter((v) => v.flagged); },
    async verdict(id) { return vs.find((v) => v.account_id === id); },
    async close() {},
  };
}

test('review at scale: flagged accounts only, filters and paging, a campaign decided in one step, exceptions kept', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const who = new Map([['t-alice', 'alice'], ['t-bob', 'bob']]);
  const handler = createDashboardHandler({ source: scaleSource(), reviews: new ReviewService(store), reviewerOf: (req) => who.get(String(req.headers['x-reviewer-token'])) ?? null });
  const server = createServer((req, res) => void handler(req, res).then((h) => { if (!h) res.writeHead(404).end(); }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const page = async (q: string) => (await fetch(`${url}/ui/queue${q}`)).text();
  const count = (html: string) => /data-testid="queue-count">([\d,]+) account/.exec(html)?.[1];
  const api = (path: string, body: unknown, token = 't-alice') => fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', 'x-reviewer-token': token }, body: JSON.stringify(body) });
  try {
    const first = await page('');
    assert.equal(count(first), '250', 'the 20 linked-but-unflagged accounts are not queued');
    assert.ok(!first.includes('data-account="acct_0260"'));
    assert.equal((first.match(/<tr data-account=/g) ?? []).length, 100, 'first page of 100');
    assert.match(first, /page <b data-testid="page">1<\/b> of <span data-testid="pages">3<\/span>/);
    const third = await page('?page=3');
    assert.equal((third.match(/<tr data-account=/g) ?? []).length, 50);
    assert.ok(third.includes('data-account="acct_0249"'));
    assert.equal(count(await page('?group=attached')), '50');
    assert.equal(count(await page('?verified=yes')), '3');
    assert.equal(count(await page('?reason=similar:*')), '50');
    assert.equal(count(await page('?risk=0.9')), '91');
    assert.equal(count(await page('?q=acct_001')), '10');

    // An exception first (dismiss one core account), then the whole campaign in one step.
    assert.equal((await api('/ui/api/review', { account_id: 'acct_0010', action: 'dismiss' })).status, 200);
    assert.equal((await api('/ui/api/review/bulk', { campaign: 'C0001', action: 'confirm' }, 'nobody')).status, 401, 'no anonymous decisions');
    const r = await api('/ui/api/review/bulk', { campaign: 'C0001', group: 'core', action: 'confirm', note: 'shared template on every member' });
    assert.deepEqual(await r.json(), { campaign: 'C0001', group: 'core', action: 'confirm', changed: 196, skipped_verified: 3 });
    const states = new Map((await store.listReviews()).map((x) => [x.account_id, x.state]));
    assert.equal(states.get('acct_0010'), 'dismissed', 'the exception stays');
    assert.equal(states.get('acct_0001'), undefined, 'a verified organisation is not confirmed in bulk');
    assert.equal(states.get('acct_0100'), 'confirmed');
    assert.equal(states.get('acct_0220'), undefined, 'attached accounts were not in the group');
    assert.equal(count(await page('')), '53', '50 attached + 3 verified still open');
    const audit = await store.listAudit({ limit: 1000 });
    assert.equal(audit.filter((x) => x.action === 'review.confirm' && x.detail?.reviewer === 'alice' && x.detail?.bulk === 196).length, 196);
    assert.ok(audit.every((x) => x.actor === 'reviewer' || x.actor === 'appeal'));

    // An owner's appeal lands in the appeals tab; a decision answers it.
    const ap = await fetch(url + '/ui/api/appeals', { method: 'POST', headers: { 'content-type': 'application/json', 'x-reviewer-token': 't-bob' }, body: JSON.stringify({ account_id: 'acct_0100', message: 'we are a university lab', contact: 'ticket 4411', channel: 'support-tool' }) });
    assert.equal(ap.status, 201);
    const appealed = await page('?state=appealed');
    assert.equal(count(appealed), '1');
    assert.ok(appealed.includes('data-account="acct_0100"') && appealed.includes('data-testid="appeal"'));
    assert.equal((await api('/ui/api/review', { account_id: 'acct_0100', action: 'dismiss', note: 'lab confirmed' }, 't-bob')).status, 200);
    assert.equal(count(await page('?state=appealed')), '0');
    const [appeal] = await store.listAppeals({ accountId: 'acct_0100', limit: 5 });
    assert.equal(appeal?.closed_by, 'bob');
    const auditPage = await (await fetch(url + '/ui/audit')).text();
    assert.ok(auditPage.includes('<td>alice</td>') && auditPage.includes('account owner (support-tool)'));
  } finally {
    server.close();
    await store.close();
  }
});

test('every error the dashboard answers carries a catalogue code and a plain message, never a stack', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const broken: DashboardSource = { ...source, async overview() { throw new Error('disk on fire'); } };
  let allow = true;
  const handler = createDashboardHandler({ source: broken, reviews: new ReviewService(store), reviewer: 'tester', csrfToken: 'page-token', authorize: () => allow, allowedHosts: ['127.0.0.1'] });
  const server = createServer((req, res) => void handler(req, res).then((h) => { if (!h) res.writeHead(404).end(); }));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  const url = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  const stderr = process.stderr.write;
  try {
    const api = (path: string, body: unknown, headers: Record<string, string> = { 'x-csrf-token': 'page-token' }) =>
      fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    const expectJson = async (r: Response, status: number, code: string, what: string) => {
      assert.equal(r.status, status, what);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/, what);
      const j = (await r.json()) as { error: unknown; code: unknown };
      assert.equal(j.code, code, what);
      assert.ok(code in HTTP_ERROR_CODES, `${code} is in the catalogue`);
      assert.ok(typeof j.error === 'string' && j.error.length > 5 && !/\n\s+at /.test(j.error), `${what}: plain message ${String(j.error)}`);
    };
    const expectPage = async (r: Response, status: number, code: string, what: string, text?: RegExp) => {
      assert.equal(r.status, status, what);
      const html = await r.text();
      assert.match(html, new RegExp(`data-testid="error" data-code="${code}"`), what);
      assert.ok(!/\n\s+at /.test(html) && !html.includes('[object Object]'), `${what}: no stack`);
      if (text) assert.match(html, text, what);
    };
    await expectJson(await api('/ui/api/review', { account_id: 'ghost', action: 'confirm' }), 404, 'account_not_found', 'missing account');
    await expectJson(await api('/ui/api/review', { account_id: 'acct_a', action: 'explode' }), 400, 'invalid_action', 'bad action');
    await expectJson(await api('/ui/api/review', { account_id: 'acct_a', action: 'confirm' }, {}), 403, 'csrf_invalid', 'stale page token');
    await expectJson(await api('/ui/api/review', 'not json'), 400, 'invalid_request', 'bad body');
    await expectJson(await api('/ui/api/review/bulk', { campaign: 'C9999', action: 'confirm' }), 404, 'campaign_not_found', 'unknown campaign');
    await expectJson(await api('/ui/api/review', { account_id: 'acct_a', action: 'confirm' }, { 'x-csrf-token': 'page-token', origin: 'http://evil.example' }), 403, 'cross_origin', 'cross-site');
    await expectJson(await api('/ui/api/nothing', {}), 404, 'not_found', 'unknown API route');
    await expectPage(await fetch(url + '/ui/account/nobody'), 404, 'account_not_found', 'missing account page', /no account &quot;nobody&quot;|no account "nobody"/);
    await expectPage(await fetch(url + '/ui/campaign/NOPE'), 404, 'campaign_not_found', 'missing campaign page');
    await expectPage(await fetch(url + '/ui/queue', { method: 'PUT' }), 405, 'method_not_allowed', 'method');
    await expectPage(await fetch(url + '/ui/review', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'account_id=acct_a&action=confirm&csrf=old' }), 403, 'csrf_invalid', 'form with an old token', /reload the page/);
    // A bad filter is reported on the queue page (which still shows, bad values dropped), not silently ignored.
    const bad = await fetch(url + '/ui/queue?risk=high&per=7&campaign=C0001');
    await expectPage(bad.clone(), 400, 'invalid_filter', 'bad filter', /minimum risk must be a number from 0 to 1 \(got &quot;high&quot;\)/);
    assert.match(await bad.text(), /data-testid="queue"/, 'the queue still shows under the error');
    assert.equal((await fetch(url + '/ui/queue?risk=0.5&state=open')).status, 200, 'a good filter is no error');
    await expectPage(await fetch(url + '/ui/queue?campaign=C0404'), 400, 'invalid_filter', 'unknown campaign filter', /no flagged account in campaign/);
    // A server fault: logged (stack in the log only), answered with a code.
    const logged: string[] = [];
    process.stderr.write = ((s: string) => (logged.push(String(s)), true)) as typeof process.stderr.write;
    await expectPage(await fetch(url + '/ui/'), 500, 'internal', 'internal');
    process.stderr.write = stderr;
    assert.ok(logged.some((l) => l.includes('disk on fire')), 'the cause goes to the log');
    // Wrong or expired login, wrong host name.
    allow = false;
    const denied = await fetch(url + '/ui/queue');
    assert.match(denied.headers.get('www-authenticate') ?? '', /Basic/);
    await expectPage(denied, 401, 'unauthorized', 'login', /log in again/);
    await expectJson(await api('/ui/api/review', { account_id: 'acct_a', action: 'confirm' }), 401, 'unauthorized', 'API login');
    allow = true;
    await expectPage(await fetch(url.replace('127.0.0.1', 'localhost') + '/ui/'), 421, 'host_not_allowed', 'host');
  } finally {
    process.stderr.write = stderr;
    server.close();
    await store.close();
  }
});
