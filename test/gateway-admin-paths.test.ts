/**
 * Admin paths are decoded defensively: a malformed %-escape is the caller's mistake, answered 400 in the admin API's
 * coded error shape (`{"error", "code"}`), and nothing is logged as an internal error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { Gateway } from '../src/gateway/server.js';

test('malformed %-escapes in admin paths are 400 with a code, no stack trace in the log', async () => {
  const store = await DuckDbStore.open({ kind: 'memory' });
  const engine = new ManualEnginePort();
  const log: string[] = [];
  const g = await Gateway.create({ upstream: 'http://127.0.0.1:9', policy: parsePolicy(''), store, engine, adminToken: 'admin-paths-token', log: (l) => log.push(l) });
  const url = await g.listen(0);
  try {
    for (const path of ['/admin/accounts/%E0%A4%A', '/admin/accounts/%zz/review', '/admin/keys/%', '/admin/%ff']) {
      const method = path.endsWith('/review') ? 'POST' : path.startsWith('/admin/keys/') ? 'DELETE' : 'GET';
      const res = await fetch(url + path, { method, headers: { authorization: 'Bearer admin-paths-token' }, ...(method === 'POST' ? { body: '{"action":"confirm"}' } : {}) });
      assert.equal(res.status, 400, `${method} ${path}`);
      const j = (await res.json()) as { error: string; code: string };
      assert.equal(j.code, 'invalid_path', `${method} ${path}`);
      assert.match(j.error, /escape/);
    }
    // A well-formed escape still reaches the route.
    const ok = await fetch(url + '/admin/accounts/a%2Fb', { headers: { authorization: 'Bearer admin-paths-token' } });
    assert.equal(ok.status, 200);
    const unknown = await fetch(url + '/admin/nope', { headers: { authorization: 'Bearer admin-paths-token' } });
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'not_found');
    assert.deepEqual(log.filter((l) => /error|    at /.test(l)), []);
  } finally {
    await g.close(100);
    await engine.close();
    await store.close();
  }
});
