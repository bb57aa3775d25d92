/**
 * Multi-node rate limits: a real 3-master Redis Cluster on loopback ports, two limiter instances
 * (two gateway nodes) sharing GCRA state through the Lua script, fail-open / fail-closed when Redis
 * is unreachable, and a gateway answering 429 from Redis state. Needs `redis-server` and
 * `redis-cli` (Debian package redis-server): fails when CI=true and they are missing, skips locally.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '../src/policy/config.js';
import { RedisLimiter, parseStateUrl, type RedisState } from '../src/store/redis-limiter.js';
import type { LimitSubject } from '../src/policy/limits.js';
import { post, startHarness } from './gateway-harness.js';
import { Gateway } from '../src/gateway/server.js';

const HAVE = spawnSync('redis-server', ['--version']).status === 0 && spawnSync('redis-cli', ['--version']).status === 0;
if (!HAVE && process.env.CI === 'true') throw new Error('redis-server/redis-cli are required in CI (apt-get install -y redis-server)');
const skip = HAVE ? false : 'redis-server not installed (apt-get install -y redis-server); multi-node tests skipped';

const POLICY = parsePolicy(`
tiers:
  build:
    account: { requests: { per_minute: 60, burst: 4 }, tokens: { per_minute: 600, burst: 100 } }
    org:     { requests: { per_minute: 60, burst: 6 } }
`);
const servers: ChildProcess[] = [];
let dir = '';
let cluster: RedisState;
const base = 31000 + (process.pid % 500) * 3;
const ports = [base, base + 1, base + 2];

/** Polls `check` for up to 90 s: on a loaded 2-core CI machine three servers starting can take half a minute. */
async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (check()) return;
    const exited = servers.filter((s) => s.exitCode !== null);
    if (exited.length > 0) throw new Error(`${exited.length} redis-server process(es) exited (codes ${exited.map((s) => s.exitCode).join(', ')}) while waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

before(async () => {
  if (!HAVE) return;
  dir = mkdtempSync(join(tmpdir(), 'dg-redis-'));
  for (const p of ports) {
    servers.push(spawn('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${p}.conf`,
      '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: 'ignore' }));
  }
  await waitFor(() => ports.every((p) => spawnSync('redis-cli', ['-p', String(p), 'ping']).stdout?.toString().trim() === 'PONG'), 'redis nodes');
  const create = spawnSync('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
  assert.equal(create.status, 0, create.stderr?.toString());
  await waitFor(() => ports.every((p) => /cluster_state:ok/.test(spawnSync('redis-cli', ['-p', String(p), 'cluster', 'info']).stdout?.toString() ?? '')), 'cluster_state:ok');
  cluster = parseStateUrl(`redis-cluster://${ports.map((p) => `127.0.0.1:${p}`).join(',')}`);
});

after(async () => {
  for (const s of servers) s.kill('SIGTERM');
  await Promise.all(servers.map((s) => (s.exitCode !== null ? null : new Promise((r) => s.once('exit', r)))));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const subj = (accountId: string, orgId: string | null = null): LimitSubject => ({ accountId, orgId, tier: 'build', throttled: false });

test('two nodes share one account limit through the cluster', { skip }, async () => {
  const prefix = `t1-${process.pid}`;
  const a = new RedisLimiter({ state: cluster, policy: () => POLICY, prefix });
  const b = new RedisLimiter({ state: cluster, policy: () => POLICY, prefix });
  try {
    await Promise.all([a.ready(), b.ready()]);
    const now = 1_000_000;
    const got = [];
    for (let i = 0; i < 6; i++) got.push(await (i % 2 === 0 ? a : b).admit(subj('acct-x'), now));
    assert.deepEqual(got.map((v) => v.allowed), [true, true, true, true, false, false]);
    assert.equal(got[4]!.reason, 'rate_limit.account.requests');
    assert.equal(got[4]!.retryAfterMs, 1000);
    // The quota the rate-limit headers report is the shared one, whichever node answered.
    assert.deepEqual(got.map((v) => v.quota?.requests.remaining), [3, 2, 1, 0, 0, 0]);
    assert.equal((await a.admit(subj('acct-x'), now + 1000)).allowed, true, 'one interval later one more fits');
    assert.equal(a.errors + b.errors, 0);
  } finally {
    await a.close();
    await b.close();
  }
});

test('org limits span accounts on different nodes (one hash tag, no CROSSSLOT); tokens are shared debt', { skip }, async () => {
  const prefix = `t2-${process.pid}`;
  const a = new RedisLimiter({ state: cluster, policy: () => POLICY, prefix });
  const b = new RedisLimiter({ state: cluster, policy: () => POLICY, prefix });
  try {
    await Promise.all([a.ready(), b.ready()]);
    const now = 2_000_000;
    let admitted = 0;
    for (let i = 0; i < 4; i++) if ((await a.admit(subj('u1', 'org-1'), now)).allowed) admitted++;
    for (let i = 0; i < 4; i++) if ((await b.admit(subj('u2', 'org-1'), now)).allowed) admitted++;
    assert.equal(admitted, 6, 'org burst 6 across both accounts and nodes');
    assert.equal((await b.admit(subj('u2', 'org-1'), now)).reason, 'rate_limit.org.requests');
    assert.equal((await a.admit(subj('solo'), now)).allowed, true);
    a.chargeTokens(subj('solo'), 300, now);
    // Same connection and slot as the charge, so Redis runs it after the charge.
    assert.equal((await a.admit(subj('solo'), now)).reason, 'rate_limit.account.tokens');
    const v = await b.admit(subj('solo'), now);
    assert.equal(v.reason, 'rate_limit.account.tokens');
    assert.ok(v.retryAfterMs > 10_000 && v.retryAfterMs <= 20_000, `retry ${v.retryAfterMs}`);
  } finally {
    await a.close();
    await b.close();
  }
});

test('Redis unreachable: fail-open admits, fail-closed refuses, both count the error', { skip }, async () => {
  const dead = parseStateUrl(`redis://127.0.0.1:${base + 400}`);
  const open = new RedisLimiter({ state: dead, policy: () => POLICY, failure: 'open', timeoutMs: 50 });
  const closed = new RedisLimiter({ state: dead, policy: () => POLICY, failure: 'closed', timeoutMs: 50 });
  try {
    assert.equal((await open.admit(subj('a'), 0)).allowed, true);
    const v = await closed.admit(subj('a'), 0);
    assert.equal(v.allowed, false);
    assert.equal(v.reason, 'rate_limit.state_unavailable');
    assert.ok(open.errors > 0 && closed.errors > 0);
  } finally {
    await open.close();
    await closed.close();
  }
});

test('a gateway on Redis state answers 429 once the shared limit is spent', { skip }, async () => {
  const h = await startHarness({ policy: 'tiers: { build: { account: { requests: { per_minute: 60, burst: 2 } } } }', accounts: [{ id: 'r1', tier: 'build' }] });
  const limiter = new RedisLimiter({ state: cluster, policy: () => h.gateway.policy, prefix: `t4-${process.pid}` });
  const g2 = await Gateway.create({ upstream: h.upstreamUrl, policy: h.gateway.policy, store: h.store, engine: h.engine, adminToken: 'x', limiter });
  const url2 = await g2.listen(0);
  try {
    await limiter.ready();
    const statuses = [];
    const remaining = [];
    for (let i = 0; i < 3; i++) {
      const r = await post(url2 + '/v1/chat/completions', { authorization: `Bearer ${h.keys.r1}` }, JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'x' }] }));
      statuses.push(r.status);
      remaining.push(r.headers.get('x-ratelimit-remaining-requests'));
    }
    assert.deepEqual(statuses, [200, 200, 429]);
    assert.deepEqual(remaining, ['1', '0', '0']);
  } finally {
    await g2.close(0);
    await h.close();
  }
});
