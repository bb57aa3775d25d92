/**
 * Step-up verification across gateway nodes through a real Redis on loopback: a lift made on node A
 * (`POST /admin/accounts/:id/verified`) serves the account on node B within a moment, a new requirement
 * (`DELETE …/verified`) on A refuses it on B again, node B keeps what it learnt in its own store, a node
 * restarted with an empty store learns the lift from Redis, and a Redis restarted empty (no persistence) is
 * refilled by the nodes. Each node has its own store and engine; only the API keys are the same (one key
 * table, as a deployment provisions them). Needs `redis-server`: fails when CI=true and it is missing.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { RedisSharedState } from '../src/store/redis-shared.js';
import { parseStateUrl } from '../src/store/redis-limiter.js';
import { ManualEnginePort } from '../src/live/engine-port.js';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { Gateway } from '../src/gateway/server.js';
import { post } from './gateway-harness.js';

const HAVE = spawnSync('redis-server', ['--version']).status === 0 && spawnSync('redis-cli', ['--version']).status === 0;
if (!HAVE && process.env.CI === 'true') throw new Error('redis-server/redis-cli are required in CI (apt-get install -y redis-server)');
const skip = HAVE ? false : 'redis-server not installed (apt-get install -y redis-server); shared verification test skipped';

const PORT = 35600 + (process.pid % 500);
const TOKEN = 'verify-redis-admin-token-5d1c9a7e3b2f4a60';
// Limits wide enough for the polling below (the free tier's defaults would answer 429 first).
const POLICY = parsePolicy(`
tiers:
  free: { account: { requests: { per_minute: 100000, burst: 100000 } } }
verification:
  url: "https://id.example.com/verify?account={account_id}"
  tiers: { free: 0.6 }
`);
const AT = '2026-04-22T00:00:00.000Z';
const BODY = JSON.stringify({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] });
let redis: ChildProcess | undefined;
let dir = '';

async function waitFor(check: () => boolean | Promise<boolean>, what: string, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (redis && redis.exitCode !== null) throw new Error(`redis-server exited (${redis.exitCode}) while waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function startRedis(): Promise<void> {
  redis = spawn('redis-server', ['--port', String(PORT), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--protected-mode', 'no'], { stdio: 'ignore' });
  await waitFor(() => spawnSync('redis-cli', ['-p', String(PORT), 'ping']).stdout?.toString().trim() === 'PONG', 'redis-server');
}

async function stopRedis(): Promise<void> {
  const r = redis;
  if (!r || r.exitCode !== null) return;
  r.kill('SIGTERM');
  await new Promise((ok) => r.once('exit', ok));
}

before(async () => {
  if (!HAVE) return;
  dir = mkdtempSync(join(tmpdir(), 'dg-verify-redis-'));
  await startRedis();
});
after(async () => {
  await stopRedis();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Node {
  gateway: Gateway;
  url: string;
  store: DuckDbStore;
  shared: RedisSharedState;
  close(keepStore?: boolean): Promise<void>;
}

test('a verification lift on one node serves the account on another, and survives restarts', { skip, timeout: 180_000 }, async () => {
  const mock = new MockUpstream();
  const upstream = await mock.listen();
  const keyStore = await DuckDbStore.open({ kind: 'memory' });
  const { key } = await keyStore.createKey({ accountId: 'risky', tier: 'free', nowIso: AT });
  const prefix = `verify-${process.pid}`;
  const nodes: Node[] = [];

  /** A gateway node with its own store (keys from the one key table) and engine, sharing state through Redis. */
  const startNode = async (store?: DuckDbStore): Promise<Node> => {
    const own = store ?? (await DuckDbStore.open({ kind: 'memory' }));
    own.activeKeys = () => keyStore.activeKeys();
    const engine = new ManualEnginePort(true);
    engine.setRisk([{ account: 'risky', risk: 0.7, flagged: true, campaignId: 'c1', reasons: ['cot_elicitation'], at: Date.parse(AT) }]);
    const shared = new RedisSharedState({ state: parseStateUrl(`redis://127.0.0.1:${PORT}`), prefix, onError: () => {} });
    await shared.ready();
    const gateway = await Gateway.create({ upstream, policy: POLICY, store: own, engine, adminToken: TOKEN, flushMs: 20, shared, sharedSyncMs: 200, log: () => {} });
    const url = await gateway.listen(0);
    const node: Node = {
      gateway, url, store: own, shared,
      async close(keepStore = false) {
        await gateway.close(100);
        await engine.close();
        await shared.close();
        if (!keepStore) await own.close();
        nodes.splice(nodes.indexOf(node), 1);
      },
    };
    nodes.push(node);
    return node;
  };
  const ask = async (n: Node) => (await post(n.url + '/v1/chat/completions', { authorization: `Bearer ${key}` }, BODY)).status;
  const admin = async (n: Node, method: string, body?: unknown) => {
    const r = await fetch(n.url + '/admin/accounts/risky/verified', { method, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    assert.equal(r.status, 200, `${method} verified`);
  };

  try {
    const a = await startNode();
    let b = await startNode();
    assert.equal(await ask(a), 403, 'node A asks the account to verify');
    assert.equal(await ask(b), 403, 'node B asks the account to verify');

    // Lift on A: B serves the account (announced at once; re-read every 200 ms at the latest).
    await admin(a, 'POST', { note: 'passport checked, ticket 77' });
    assert.equal(await ask(a), 200);
    await waitFor(async () => (await ask(b)) === 200, 'node B serves the verified account', 10_000);
    assert.equal(b.gateway.verificationOf('risky')?.note, 'passport checked, ticket 77');
    await waitFor(async () => (await b.store.listVerifications()).some((v) => v.account_id === 'risky'), 'node B keeps the lift in its own store', 5_000);

    // A new requirement on A holds on B too, and is not undone by B's older lift at its next sync.
    await admin(a, 'DELETE');
    await waitFor(async () => (await ask(b)) === 403, 'node B asks again', 10_000);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(await ask(b), 403, 'the older lift did not come back');
    assert.equal(await ask(a), 403);
    assert.equal((await b.store.listVerifications()).length, 0, 'node B forgot the lift in its store');

    // Lifted on B this time; B restarts with its own store, then a node starts with an empty store: both serve.
    await admin(b, 'POST', { note: 'second check' });
    await waitFor(async () => (await ask(a)) === 200, 'node A serves after the lift on B', 10_000);
    const bStore = b.store;
    await b.close(true);
    b = await startNode(bStore);
    assert.equal(await ask(b), 200, 'node B after a restart');
    const c = await startNode();
    assert.equal(await ask(c), 200, 'a new node with an empty store learns the lift from Redis');
    await c.close();

    // Redis restarts empty: the nodes write their verifications back, so a node started later still knows.
    await stopRedis();
    await startRedis();
    await waitFor(() => /verified/.test(spawnSync('redis-cli', ['-p', String(PORT), 'keys', `${prefix}:*`]).stdout?.toString() ?? ''), 'the nodes refill Redis', 20_000);
    const d = await startNode();
    assert.equal(await ask(d), 200, 'a node started after the Redis restart serves the account');
  } finally {
    for (const n of [...nodes].reverse()) await n.close();
    await keyStore.close();
    await mock.close();
  }
});
