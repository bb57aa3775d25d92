/**
 * At-least-once across a gateway crash during a NATS outage: a real nats-server (JetStream), a worker process, a
 * `distillguard serve --events` child under load. NATS is killed, then the gateway is killed with SIGKILL while
 * events can only go to its spool, restarted on the same data directory, and NATS is restarted. Every request the
 * client saw completed must be consumed by the worker, and the worker counts each event id once.
 */
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { child, Nats, skipNats, sleep, stop, streamIds, until, type Child } from './nats-harness.js';

const BIN = fileURLToPath(new URL('../src/cli/bin.js', import.meta.url));
const TOKEN = 'crash-outage-admin-4f1c9e27b8d3a6f05e2c71d94b8a3f6e';
const base = 36000 + (process.pid % 400) * 2;
const GW_PORT = base;
let dir = '';
after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const workerCode = (workerModule: string, servers: string, idsFile: string) => `
import { writeFileSync } from 'node:fs';
const { runNatsWorker } = await import(${JSON.stringify(workerModule)});
const ids = [];
const w = await runNatsWorker({ servers: [${JSON.stringify(servers)}], shard: 0, tickMs: 200, onIngest: (id) => ids.push(id) });
process.stdout.write('ready\\n');
process.on('SIGTERM', async () => {
  await w.close();
  writeFileSync(${JSON.stringify(idsFile)}, JSON.stringify(ids));
  process.stdout.write('stats ' + JSON.stringify(w.stats) + '\\n');
  process.exit(0);
});
`;

test('kill -9 of a gateway during a NATS outage under load loses no acknowledged event and counts none twice', { skip: skipNats, timeout: 240_000 }, async () => {
  dir = mkdtempSync(join(tmpdir(), 'dg-crash-'));
  const nats = new Nats(base + 1, join(dir, 'nats'));
  const mock = new MockUpstream();
  const upstream = await mock.listen();
  let gw: Child | null = null;
  let worker: Child | null = null;
  const startGateway = async (): Promise<Child> => {
    const c = child(process.execPath, [BIN, 'serve', '--upstream', upstream, '--port', String(GW_PORT), '--data', join(dir, 'gw'), '--events', nats.url], { DISTILLGUARD_ADMIN_TOKEN: TOKEN });
    await until(() => /gateway on http/.test(c.out) || c.proc.exitCode !== null, 'gateway up');
    assert.equal(c.proc.exitCode, null, c.out);
    return c;
  };
  const url = `http://127.0.0.1:${GW_PORT}`;
  try {
    await nats.start();
    const idsFile = join(dir, 'worker-ids.json');
    worker = child(process.execPath, ['--input-type=module', '-e', workerCode(new URL('../src/live/nats-worker.js', import.meta.url).href, nats.url, idsFile)]);
    await until(() => worker!.out.includes('ready'), 'worker ready');
    gw = await startGateway();
    const key = ((await (await fetch(url + '/admin/keys', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: JSON.stringify({ account_id: 'acct-crash', tier: 'enterprise' }) })).json()) as { key: string }).key;

    // Load: completed responses are the events "in"; failures (gateway dead) are retried after a pause.
    const acknowledged: string[] = [];
    let failures = 0;
    let running = true;
    const loaders = Array.from({ length: 12 }, async (_, n) => {
      for (let i = 0; running; i++) {
        try {
          const r = await fetch(url + (i % 2 ? '/v1/messages' : '/v1/chat/completions'), {
            method: 'POST', headers: { authorization: `Bearer ${key}`, 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'm', max_tokens: 16, stream: i % 3 === 0, messages: [{ role: 'user', content: `loader ${n} request ${i}` }] }),
          });
          await r.arrayBuffer();
          if (r.status === 200) acknowledged.push(r.headers.get('x-distillguard-request-id')!);
        } catch {
          failures++;
          await sleep(50);
        }
      }
    });
    await sleep(1500);
    await nats.kill();
    await sleep(2500);
    const beforeCrash = acknowledged.length;
    await stop(gw, 'SIGKILL');
    await sleep(300);
    gw = await startGateway();
    await sleep(1500);
    await nats.start();
    await sleep(1500);
    running = false;
    await Promise.all(loaders);
    const backlog = async () => Number(/^distillguard_engine_backlog (\d+)/m.exec(await (await fetch(url + '/metrics')).text())?.[1] ?? NaN);
    await until(async () => (await backlog()) === 0, 'backlog 0', 60_000);
    const stream = await streamIds(nats.url);
    // The worker has consumed the stream when its count stops moving.
    await sleep(1500);
    await stop(worker);
    const stats = JSON.parse(/stats (\{.*\})/.exec(worker.out)?.[1] ?? '{}') as { ingested: number; duplicates: number };
    const consumed: string[] = JSON.parse(readFileSync(idsFile, 'utf8')) as string[];
    const consumedSet = new Set(consumed);
    const lost = acknowledged.filter((id) => !consumedSet.has(id));
    const notInStream = acknowledged.filter((id) => !stream.has(`i:${id}`));
    process.stderr.write(`crash-during-outage: in ${acknowledged.length} (${beforeCrash} before the kill), client failures ${failures}; consumed ${consumed.length} distinct ${consumedSet.size}, duplicates skipped by the worker ${stats.duplicates}; lost ${lost.length}; stream copies ${[...stream.values()].reduce((a, b) => a + b, 0)} of ${stream.size} ids\n`);
    assert.ok(beforeCrash > 100 && acknowledged.length > beforeCrash, `load ran through the faults (${beforeCrash} then ${acknowledged.length})`);
    assert.deepEqual(notInStream, [], 'every acknowledged event is in the stream');
    assert.deepEqual(lost, [], 'every acknowledged event is consumed');
    assert.equal(consumed.length, consumedSet.size, 'the worker counts each id once');
    assert.equal(stats.ingested, consumed.length);
  } finally {
    await stop(gw, 'SIGKILL');
    await stop(worker, 'SIGKILL');
    await nats.kill();
    await mock.close();
  }
});
