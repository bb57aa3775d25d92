/**
 * The standalone dashboard against a DNS-rebinding page and cross-site writes: only allowed Host names are answered,
 * a write needs an allowed same Origin and the page's CSRF token, a dashboard reachable beyond loopback needs a
 * login token, and `ui --host 0.0.0.0` names the addresses it is really reachable on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import type { Server } from 'node:http';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { listenDashboard, mountDashboard, type MountedDashboard } from '../src/report/mount.js';
import { uiAccess } from '../src/cli/ui-cmd.js';

/** A raw request: fetch would not let us set Host. */
function raw(port: number, method: string, path: string, headers: Record<string, string>, body = ''): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const r = request({ host: '127.0.0.1', port, method, path, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      let b = '';
      res.on('data', (d) => (b += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: b }));
    });
    r.on('error', reject);
    r.end(body);
  });
}

async function start(host: string, token?: string): Promise<{ server: Server; port: number; store: DuckDbStore; dashboard: MountedDashboard; access: ReturnType<typeof uiAccess> }> {
  const store = await DuckDbStore.open({ kind: 'memory' });
  await store.upsertVerdicts([{ account_id: 'acct_x', risk: 0.9, flagged: true, campaign_id: 'C1', first_flagged_at: '2026-04-22T00:00:00.000Z', reasons: ['r'], updated_at: '2026-04-22T00:00:00.000Z' }]);
  const access = uiAccess(host, token);
  const dashboard = await mountDashboard({ reviewStore: { kind: 'store', store }, reviewer: 'tester', ...access.mount });
  const { server, url } = await listenDashboard(dashboard, 0, host);
  return { server, port: Number(new URL(url).port), store, dashboard, access };
}

const csrfOf = (page: string): string => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';

test('loopback dashboard: foreign Host refused, writes need same allowed Origin and the CSRF token', async () => {
  const { server, port, store, dashboard } = await start('127.0.0.1');
  try {
    const self = `127.0.0.1:${port}`;
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, the browser sends the attacker's Host.
    const rebound = await raw(port, 'GET', '/ui/queue', { host: `evil.example:${port}` });
    assert.equal(rebound.status, 421);
    const reboundWrite = await raw(port, 'POST', '/ui/api/review', { host: `evil.example:${port}`, origin: `http://evil.example:${port}`, 'content-type': 'application/json' },
      JSON.stringify({ account_id: 'acct_x', action: 'allowlist' }));
    assert.equal(reboundWrite.status, 421);
    for (const h of [self, `localhost:${port}`]) assert.equal((await raw(port, 'GET', '/ui/queue', { host: h })).status, 200, h);

    const page = await raw(port, 'GET', '/ui/queue', { host: self });
    const csrf = csrfOf(page.body);
    assert.ok(csrf.length >= 40, 'every form carries the CSRF token');
    const body = JSON.stringify({ account_id: 'acct_x', action: 'allowlist' });
    assert.equal((await raw(port, 'POST', '/ui/api/review', { host: self, 'content-type': 'application/json' }, body)).status, 403, 'no token');
    assert.equal((await raw(port, 'POST', '/ui/api/review', { host: self, 'x-csrf-token': 'x'.repeat(43) }, body)).status, 403, 'wrong token');
    assert.equal((await raw(port, 'POST', '/ui/api/review', { host: self, origin: 'http://evil.example', 'x-csrf-token': csrf }, body)).status, 403, 'foreign origin');
    assert.equal((await raw(port, 'POST', '/ui/review', { host: self, 'content-type': 'application/x-www-form-urlencoded' }, 'account_id=acct_x&action=confirm')).status, 403, 'form without token');
    assert.deepEqual(await store.listReviews(), [], 'nothing was written');
    const ok = await raw(port, 'POST', '/ui/api/review', { host: self, origin: `http://${self}`, 'x-csrf-token': csrf }, body);
    assert.equal(ok.status, 200, ok.body);
    const form = await raw(port, 'POST', '/ui/review', { host: self, origin: `http://${self}`, 'content-type': 'application/x-www-form-urlencoded' }, `account_id=acct_x&action=confirm&csrf=${encodeURIComponent(csrf)}`);
    assert.equal(form.status, 303);
    assert.equal((await store.listReviews())[0]?.state, 'confirmed');
  } finally {
    server.close();
    await dashboard.close();
    await store.close();
  }
});

test('a dashboard bound beyond loopback requires a login token and prints the addresses it is reachable on', async () => {
  const access = uiAccess('0.0.0.0', undefined);
  assert.ok(access.generatedToken && access.generatedToken.length >= 43, 'a token is generated when none is given');
  assert.ok(access.urls(8090).every((u) => !u.includes('127.0.0.1') || access.urls(8090).length === 1));
  assert.ok(access.urls(8090).some((u) => /^http:\/\/[^/]+:8090\/ui\/$/.test(u)));
  assert.throws(() => uiAccess('0.0.0.0', 'short'), /32 random bytes/);
  assert.deepEqual(uiAccess('127.0.0.1', undefined).urls(8090), ['http://127.0.0.1:8090/ui/']);

  const token = 'ui-guard-login-4e9a1c7b2d8f05e3a6c19b7d4f2e8a05';
  const { server, port, store, dashboard } = await start('0.0.0.0', token);
  try {
    const host = `127.0.0.1:${port}`;
    assert.equal((await raw(port, 'GET', '/ui/queue', { host })).status, 401);
    const basic = `Basic ${Buffer.from(`reviewer:${token}`).toString('base64')}`;
    assert.equal((await raw(port, 'GET', '/ui/queue', { host, authorization: basic })).status, 200);
    assert.equal((await raw(port, 'GET', '/ui/queue', { host, authorization: `Bearer ${token}` })).status, 200);
    assert.equal((await raw(port, 'GET', '/ui/queue', { host, authorization: `Bearer ${token.slice(0, -1)}x` })).status, 401);
    assert.equal((await raw(port, 'GET', '/ui/queue', { host: `evil.example:${port}`, authorization: basic })).status, 421);
  } finally {
    server.close();
    await dashboard.close();
    await store.close();
  }
});
