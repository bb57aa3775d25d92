/**
 * Many machines, on loopback: a 3-master Redis Cluster (limits, reviews, risk mirror), a NATS JetStream server (events),
 * two `distillguard serve` processes and one `distillguard worker` process running the real engine on event time.
 * A simulated world is driven through both gateways (round-robin, so every account crosses both): the campaigns are
 * detected and restricted on both nodes alike, a global limit holds across nodes, a review made on one node holds on
 * the other, and Redis and NATS are killed and restarted: requests keep flowing (fail-open), reviews made meanwhile
 * reach the other node once Redis is back, and no event is lost or counted twice while NATS is down.
 * Needs redis-server, redis-cli and nats-server: fails when CI=true and they are missing, skips locally.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { simulate } from '../src/sim/index.js';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { drive, toRequest } from '../src/gateway/drive.js';
import type { Interaction } from '../src/dataset/types.js';
import { post } from './gateway-harness.js';

const HAVE = ['redis-server', 'redis-cli', 'nats-server'].every((b) => spawnSync(b, ['--version']).status === 0);
if (!HAVE && process.env.CI === 'true') throw new Error('redis-server, redis-cli and nats-server are required in CI (apt-get install -y redis-server nats-server)');
const skip = HAVE ? false : 'redis-server / nats-server not installed (apt-get install -y redis-server nats-server); multi-node test skipped';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const SCENARIO = fileURLToPath(new URL('../../test/fixtures/gateway-drive-world.yaml', import.meta.url));
const TOKEN = 'multinode-admin-3b8e1f6c92d04a7e5b1c8f3d6a92e07b';
const base = 33000 + (process.pid % 500) * 3;
const REDIS_PORTS = [base, base + 1, base + 2];
const NATS_PORT = 34600 + (process.pid % 500);
const NATS_URL = `nats://127.0.0.1:${NATS_PORT}`;
const RESTRICTED = new Set(['throttle', 'withhold_reasoning', 'block']);

const procs = new Set<ChildProcess>();
let dir = '';

async function until<T>(check: () => T | Promise<T>, what: string, timeoutMs = 60_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function start(cmd: string, args: string[], opts: { env?: NodeJS.ProcessEnv } = {}): ChildProcess & { output: () => string } {
  const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...opts.env } });
  let out = '';
  p.stdout!.on('data', (d) => (out += d));
  p.stderr!.on('data', (d) => (out += d));
  procs.add(p);
  p.once('exit', () => procs.delete(p));
  return Object.assign(p, { output: () => out });
}

async function stop(p: ChildProcess | null, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!p || p.exitCode !== null || p.signalCode !== null) return;
  const exited = new Promise((r) => p.once('exit', r));
  p.kill(signal);
  await exited;
}

const redisNodes: (ChildProcess | null)[] = [null, null, null];
function startRedis(i: number): void {
  const p = REDIS_PORTS[i]!;
  redisNodes[i] = start('redis-server', ['--port', String(p), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', `nodes-${p}.conf`,
    '--dir', join(dir, 'redis'), '--save', '', '--appendonly', 'no', '--protected-mode', 'no']);
}
const redisCli = (args: string[]) => spawnSync('redis-cli', args).stdout?.toString() ?? '';
const clusterOk = () => REDIS_PORTS.every((p) => /cluster_state:ok/.test(redisCli(['-p', String(p), 'cluster', 'info'])));

let nats: ChildProcess | null = null;
function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(port, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}
async function startNats(): Promise<void> {
  nats = start('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(NATS_PORT), '-sd', join(dir, 'nats')]);
  await until(() => portOpen(NATS_PORT), 'nats-server');
}

async function startGateway(name: string, upstream: string): Promise<{ url: string; data: string; proc: ChildProcess & { output: () => string } }> {
  const data = join(dir, name);
  const proc = start(process.execPath, [BIN, 'serve', '--upstream', upstream, '--port', '0', '--data', data, '--trust-replay-headers',
    '--state', `redis-cluster://${REDIS_PORTS.map((p) => `127.0.0.1:${p}`).join(',')}`, '--events', NATS_URL, '--admin-token', TOKEN]);
  const url = await until(() => /gateway on (http:\/\/[^ ]+)/.exec(proc.output())?.[1], `gateway ${name} (${proc.output()})`);
  return { url, data, proc };
}

async function admin(url: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await fetch(url + path, { method, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const json = await res.json();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

async function decisions(url: string): Promise<Map<string, string>> {
  const j = (await admin(url, 'GET', '/admin/accounts?limit=10000')) as { accounts: { account_id: string; decision: { action: string } }[] };
  return new Map(j.accounts.map((a) => [a.account_id, a.decision.action]));
}

/** Lines in the spool's segment files (small in this test: they are read whole). */
async function spooled(data: string): Promise<number> {
  const dir = join(data, 'spool');
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const f of readdirSync(dir)) if (f.endsWith('.jsonl')) n += readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).length;
  return n;
}

after(async () => {
  for (const p of [...procs]) await stop(p);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('two gateways, one worker, Redis Cluster and NATS: campaigns blocked on both nodes, shared limits and reviews, outages survived', { skip, timeout: 400_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-multinode-'));
  const world = join(dir, 'world');
  await simulate({ scenario: SCENARIO, seed: 1, scale: 1, output: { kind: 'files', dir: world, plain: true, responses: false } });

  mkdirSync(join(dir, 'redis'));
  for (let i = 0; i < 3; i++) startRedis(i);
  await until(() => REDIS_PORTS.every((p) => redisCli(['-p', String(p), 'ping']).trim() === 'PONG'), 'redis nodes');
  const create = spawnSync('redis-cli', ['--cluster', 'create', ...REDIS_PORTS.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
  assert.equal(create.status, 0, create.stderr?.toString());
  await until(clusterOk, 'cluster_state:ok');
  await startNats();

  const mock = new MockUpstream();
  try {
    const upstream = await mock.listen();
    const worker = start(process.execPath, [BIN, 'worker', '--events', NATS_URL, '--clock', 'event', '--step-minutes', '60']);
    await until(() => worker.output().includes('shard 0'), `worker ready (${worker.output()})`);
    const [a, b] = await Promise.all([startGateway('gw-a', upstream), startGateway('gw-b', upstream)]);
    let sent = 0; // API requests with valid keys: each is one interaction event

    // 1. The campaign, driven through both nodes.
    const r = await drive({ worldDir: world, gateways: [a.url, b.url], adminToken: TOKEN, speed: null, limit: null, concurrency: 8 });
    sent += r.requests;
    for (const g of [a.url, b.url]) assert.equal(r.byGateway[g]!.error, 0, `no errors through ${g}`);
    const attackIds = Object.entries(r.accounts).filter(([, x]) => x.label === 'attack').map(([id]) => id);
    const hardNegatives = Object.entries(r.accounts).filter(([, x]) => ['power-coder', 'enterprise-app', 'eval-harness', 'campus-nat'].includes(x.persona ?? '')).map(([id]) => id);
    assert.ok(attackIds.length > 30 && hardNegatives.length > 10);
    assert.ok(r.byGateway[a.url]!.blocked > 0 && r.byGateway[b.url]!.blocked > 0, 'both nodes blocked campaign requests during the replay');

    // Risk reaches both nodes through NATS: the same decisions on each, most attack accounts restricted, no hard negative.
    const [da, db] = await until(async () => {
      const [x, y] = await Promise.all([decisions(a.url), decisions(b.url)]);
      const restricted = attackIds.filter((id) => RESTRICTED.has(x.get(id) ?? '') && x.get(id) === y.get(id)).length;
      return restricted >= 0.8 * attackIds.length ? [x, y] : null;
    }, 'attack accounts restricted on both gateways');
    for (const id of hardNegatives) {
      assert.ok(!RESTRICTED.has(da.get(id) ?? 'allow') && !RESTRICTED.has(db.get(id) ?? 'allow'), `hard negative ${id}: ${da.get(id)} / ${db.get(id)}`);
    }
    const blocked = attackIds.filter((id) => da.get(id) === 'block' && db.get(id) === 'block');
    assert.ok(blocked.length >= 3, `blocked on both: ${blocked.length}`);

    // 2. One global limit across nodes: free tier, burst 10, all requests at one instant of replay time.
    const probe = async (account: string, ts: string, n: number): Promise<number[]> => {
      const keys = await Promise.all([a.url, b.url].map(async (g) => (await admin(g, 'POST', '/admin/keys', { account_id: account, tier: 'free' })).key as string));
      const statuses: number[] = [];
      for (let i = 0; i < n; i++) {
        const req = toRequest(interaction(account, ts, i), keys[i % 2]!);
        statuses.push((await post([a.url, b.url][i % 2] + req.path, req.headers, req.body)).status);
      }
      sent += n;
      return statuses;
    };
    const s1 = await probe('probe-1', '2026-05-01T00:00:00.000Z', 24);
    assert.equal(s1.filter((s) => s === 200).length, 10, `free burst 10 across both nodes: ${s1.join(',')}`);
    assert.ok(s1.slice(0, 10).every((s) => s === 200) && s1.slice(10).every((s) => s === 429));

    // 3. Reviews made on one node hold on the other.
    const [x1, x2, x3] = blocked;
    await admin(a.url, 'POST', `/admin/accounts/${x1}/review`, { action: 'allowlist', note: 'test' });
    await until(async () => (await decisions(b.url)).get(x1!) === 'allow', 'allowlist made on A holds on B', 20_000);
    const organic = Object.entries(r.accounts).find(([, x]) => x.persona === 'developer')![0];
    await admin(b.url, 'POST', `/admin/accounts/${organic}/review`, { action: 'block', note: 'test' });
    await until(async () => (await decisions(a.url)).get(organic) === 'block', 'block made on B holds on A', 20_000);

    // 4. Redis down: requests still served (fail-open), a review made meanwhile reaches the other node once Redis is back.
    await Promise.all(redisNodes.map((p) => stop(p)));
    const during = await probe('probe-2', '2026-05-01T01:00:00.000Z', 12);
    assert.ok(during.every((s) => s === 200), `fail-open while Redis is down: ${during.join(',')}`);
    await admin(a.url, 'POST', `/admin/accounts/${x2}/review`, { action: 'unblock', note: 'during outage' });
    for (let i = 0; i < 3; i++) startRedis(i);
    await until(clusterOk, 'cluster_state:ok after restart');
    await until(async () => (await decisions(b.url)).get(x2!) === 'allow', 'review made during the outage reaches B', 30_000);
    // The restarted cluster lost its data (no persistence); every node wrote its reviews back.
    assert.equal((await decisions(b.url)).get(x1!), 'allow', 'allowlist from before the outage survives');
    assert.equal((await decisions(a.url)).get(x3!), 'block');
    // Limits are shared again once the nodes have reconnected.
    let n = 0;
    await until(async () => (await probe(`probe-wait-${++n}`, '2026-05-01T02:00:00.000Z', 12)).includes(429), 'limits back after Redis restart', 30_000);
    const s3 = await probe('probe-3', '2026-05-01T03:00:00.000Z', 14);
    assert.equal(s3.filter((s) => s === 200).length, 10, `global limit after restart: ${s3.join(',')}`);

    // 5. NATS down: events spool on both gateways and are resent once it returns; none lost, none counted twice.
    await stop(nats);
    const outage = await probe('probe-4', '2026-05-02T00:00:00.000Z', 16);
    assert.ok(outage.filter((s) => s === 200).length === 10, 'gateways serve while NATS is down');
    await until(async () => (await spooled(a.data)) > 0 && (await spooled(b.data)) > 0, 'events spooled on both gateways');
    await startNats();
    // Backlog 0: nothing queued, in flight or spooled on either gateway.
    const backlog = async (url: string) => Number(/^distillguard_engine_backlog (\d+)/m.exec(await (await fetch(url + '/metrics')).text())?.[1] ?? NaN);
    await until(async () => (await backlog(a.url)) === 0 && (await backlog(b.url)) === 0 && (await spooled(a.data)) === 0 && (await spooled(b.data)) === 0, 'spools drained', 60_000);
    const nc = await connect({ servers: [`127.0.0.1:${NATS_PORT}`] });
    try {
      const jsm = await jetstreamManager(nc);
      await until(async () => {
        const c = await jsm.consumers.info('DG_EVENTS', 'dg-worker-0');
        return c.num_pending === 0 && c.num_ack_pending === 0;
      }, 'worker caught up', 60_000);
    } finally {
      await nc.close();
    }
    await Promise.all([stop(a.proc), stop(b.proc)]);
    await stop(worker);
    const stats = JSON.parse(/stopped \((\{.*\})\)/.exec(worker.output())?.[1] ?? '{}') as { ingested?: number };
    assert.equal(stats.ingested, sent, `every request became exactly one engine event (${worker.output().slice(-400)})`);
  } finally {
    await mock.close();
  }
});

function interaction(account: string, ts: string, i: number): Interaction {
  return {
    id: `${account}-${i}`, ts, account_id: account, api_key_id: null, ip: '198.51.100.7', user_agent: 'probe/1.0', tls_ja4: null, endpoint: i % 3 === 0 ? '/v1/messages' : '/v1/chat/completions',
    model: 'frontier-4', conversation_id: null, turn: 1, system: null, prompt: `probe ${i}`, tool_names: null, response: null, input_tokens: 1, output_tokens: 1,
    reasoning_tokens: null, max_tokens: 64, temperature: null, stream: i % 2 === 0, status: 200, latency_ms: 1,
  };
}
