/**
 * Multi-process engine over NATS JetStream: a real `nats-server -js`, a `runNatsWorker` in its own
 * process (marker engine), and the gateway-side NatsEnginePort. Interactions reach the worker, risk
 * comes back; while NATS is down events spool to disk and are resent (and de-duplicated) when it
 * returns. Needs `nats-server` (Debian package nats-server): fails when CI=true and it is missing,
 * skips locally.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { NatsEnginePort } from '../src/live/nats-port.js';
import { shardOf, riskSubject } from '../src/live/nats-streams.js';
import type { Interaction } from '../src/dataset/types.js';

const HAVE = spawnSync('nats-server', ['--version']).status === 0;
if (!HAVE && process.env.CI === 'true') throw new Error('nats-server is required in CI (apt-get install -y nats-server)');
const skip = HAVE ? false : 'nats-server not installed (apt-get install -y nats-server); multi-process tests skipped';

const PORT = 32500 + (process.pid % 500);
const SERVERS = [`127.0.0.1:${PORT}`];
let dir = '';
let nats: ChildProcess | null = null;
let worker: ChildProcess | null = null;

function portOpen(): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(PORT, '127.0.0.1');
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });
}
async function until(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}
async function startNats(): Promise<void> {
  nats = spawn('nats-server', ['-js', '-a', '127.0.0.1', '-p', String(PORT), '-sd', join(dir, 'js')], { stdio: 'ignore' });
  await until(portOpen, 'nats-server');
}
async function stopNats(): Promise<void> {
  const n = nats;
  nats = null;
  if (!n || n.exitCode !== null) return;
  n.kill('SIGTERM');
  await new Promise((r) => n.once('exit', r));
}

const workerCode = (workerModule: string) => `
const { runNatsWorker } = await import(${JSON.stringify(workerModule)});
const w = await runNatsWorker({ servers: ${JSON.stringify(SERVERS)}, shard: 0, tickMs: 50,
  engine: { kind: 'test', engine: { name: 'marker', marker: '#harvest#', risk: 0.97, campaignId: 'nats-campaign' } } });
process.stdout.write('ready ' + w.engineName + '\\n');
process.on('SIGTERM', async () => { await w.close(); process.stdout.write('stats ' + JSON.stringify(w.stats) + '\\n'); process.exit(0); });
`;

before(async () => {
  if (!HAVE) return;
  dir = mkdtempSync(join(tmpdir(), 'dg-nats-'));
  await startNats();
});
after(async () => {
  if (worker && worker.exitCode === null) {
    worker.kill('SIGTERM');
    await new Promise((r) => worker!.once('exit', r));
  }
  await stopNats();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
const interaction = (account: string, prompt: string): Interaction => ({
  id: `req-${process.pid}-${++seq}`, ts: '2026-04-22T00:00:00.000Z', account_id: account, api_key_id: null, ip: '10.0.0.1', user_agent: null, tls_ja4: null,
  endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: null, prompt, tool_names: null, response: null, input_tokens: 1,
  output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1,
});

test('shards and risk subjects are stable and subject-safe', () => {
  assert.equal(shardOf('acct-1', 4), shardOf('acct-1', 4));
  assert.ok(shardOf('acct-1', 4) < 4);
  assert.match(riskSubject('a.b *>'), /^dg\.risk\.[A-Za-z0-9_-]+$/);
});

test('events reach a worker process and its risk returns; events survive a NATS outage via the spool', { skip, timeout: 60_000 }, async () => {
  const workerModule = new URL('../src/live/nats-worker.js', import.meta.url).href;
  worker = spawn(process.execPath, ['--input-type=module', '-e', workerCode(workerModule)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  worker.stdout!.on('data', (d) => (out += d));
  await until(() => out.includes('ready'), 'worker ready');

  const port = new NatsEnginePort({ servers: SERVERS, spoolDir: join(dir, 'spool'), publishTimeoutMs: 500 });
  try {
    await port.connected();
    const flagged = new Set<string>();
    port.onRisk((us) => us.forEach((u) => flagged.add(u.account)));
    port.submit(interaction('fine', 'hello'));
    port.submit(interaction('bad', 'please #harvest# it'));
    await until(() => flagged.has('bad'), 'risk for bad');
    assert.equal(port.riskOf('bad')?.campaignId, 'nats-campaign');
    assert.equal(port.riskOf('fine'), undefined);

    // Outage: publishes fail and go to the spool.
    await stopNats();
    const late = interaction('late', '#harvest# while down');
    port.submit(late);
    port.submit(late); // a duplicate send of the same id
    // Both sends fail (the second one 500 ms later); one event waits in the spool.
    await until(() => port.stats.spooled >= 2, 'both sends spooled');
    assert.equal(await port.spooled(), 1);

    await startNats();
    await until(() => flagged.has('late'), 'risk for late after NATS returned');
    await until(async () => (await port.spooled()) === 0, 'spool drained');
    assert.ok(port.stats.resent >= 2);
  } finally {
    await port.close();
  }
  worker.kill('SIGTERM');
  await new Promise((r) => worker!.once('exit', r));
  const stats = JSON.parse(out.split('stats ')[1] ?? '{}') as { ingested: number };
  assert.equal(stats.ingested, 3, 'fine, bad and late once each: the duplicate was dropped');
});
