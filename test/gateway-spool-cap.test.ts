/**
 * The event spool under a NATS outage longer than its cap (real nats-server with JetStream on loopback, killed with
 * SIGKILL). The spool is segmented and never passes its cap; the cap's policy holds: fail-open drops the oldest
 * events (counted, logged), fail-closed refuses new work (the gateway answers 503 in the API's own error shape).
 * When NATS returns, every event kept within the cap reaches the stream, exactly once.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NatsEnginePort, type NatsEnginePortOptions } from '../src/live/nats-port.js';
import type { Interaction } from '../src/dataset/types.js';
import { Gateway } from '../src/gateway/server.js';
import { parsePolicy } from '../src/policy/config.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { Nats, skipNats, streamIds, until } from './nats-harness.js';

const CAP = 256 * 1024;
let dir = '';
let nats: Nats;

before(async () => {
  if (skipNats) return;
  dir = mkdtempSync(join(tmpdir(), 'dg-spool-cap-'));
});
after(async () => {
  await nats?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let seq = 0;
const interaction = (prompt: string): Interaction => ({
  id: `cap-${process.pid}-${++seq}`, ts: '2026-04-22T00:00:00.000Z', account_id: 'acct-cap', api_key_id: null, ip: '10.0.0.1', user_agent: null,
  tls_ja4: null, endpoint: '/v1/messages', model: 'm', conversation_id: null, turn: 1, system: null, prompt, tool_names: null, response: null,
  input_tokens: 1, output_tokens: 1, reasoning_tokens: null, max_tokens: null, temperature: null, stream: false, status: 200, latency_ms: 1,
});

function dirBytes(d: string): number {
  return readdirSync(d).reduce((n, f) => n + statSync(join(d, f)).size, 0);
}

test('fail-open (drop-oldest): the spool stays under its cap, drops the oldest with a count and a log line, delivers the rest', { skip: skipNats, timeout: 120_000 }, async () => {
  nats = new Nats(35100 + (process.pid % 400), join(dir, 'open'));
  await nats.start();
  const spoolDir = join(dir, 'open', 'spool');
  const log: string[] = [];
  const opts = { servers: [nats.url], spoolDir, publishTimeoutMs: 300, spool: { maxBytes: CAP, segmentBytes: 32 * 1024, full: 'drop-oldest' }, log: (l: string) => log.push(l) };
  const port = new NatsEnginePort(opts as NatsEnginePortOptions);
  try {
    await port.connected();
    const before = interaction('before the outage');
    await port.submit(before);
    await nats.kill();
    const during: Interaction[] = [];
    // ~2 KiB each: about 1.2 MiB for a 256 KiB cap.
    for (let i = 0; i < 600; i++) {
      const it = interaction(`outage ${i} ` + 'p'.repeat(2000));
      during.push(it);
      await port.submit(it);
    }
    await until(() => port.backlog() > 0 && (port.backlog() < during.length), 'events spooled');
    const bytes = dirBytes(spoolDir);
    assert.ok(bytes <= CAP, `spool ${bytes} bytes, cap ${CAP}`);
    assert.ok(readdirSync(spoolDir).length > 1, 'segmented');
    const s = port.spoolStats!();
    assert.ok(s.dropped > 0, 'dropped counted');
    assert.equal(s.maxBytes, CAP);
    assert.ok(log.some((l) => /event spool full.*drop-oldest/.test(l)), log.join('\n'));
    const kept = during.length - s.dropped;
    process.stderr.write(`spool cap (drop-oldest): ${during.length} events offered, spool ${bytes} bytes in ${readdirSync(spoolDir).length} segments for a cap of ${CAP}, ${s.dropped} dropped, ${kept} kept\n`);
    assert.equal(port.backlog(), kept, 'the backlog counts what waits in the spool');

    await nats.start();
    await until(() => port.backlog() === 0, 'spool drained', 60_000);
    const ids = await streamIds(nats.url);
    assert.equal(ids.get(`i:${before.id}`), 1);
    const delivered = during.filter((i) => ids.has(`i:${i.id}`));
    assert.equal(delivered.length, kept, 'every event kept within the cap is delivered');
    assert.deepEqual(delivered.map((i) => i.id), during.slice(during.length - kept).map((i) => i.id), 'the newest are kept');
    assert.ok([...ids.values()].every((n) => n === 1), 'nothing stored twice');
    assert.equal(dirBytes(spoolDir), 0);
  } finally {
    await port.close();
    await nats.kill();
  }
});

test('fail-closed (refuse): at the cap the gateway refuses requests with 503 in the API shape, and recovers when NATS returns', { skip: skipNats, timeout: 120_000 }, async () => {
  nats = new Nats(35500 + (process.pid % 400), join(dir, 'closed'));
  await nats.start();
  const spoolDir = join(dir, 'closed', 'spool');
  const log: string[] = [];
  const opts = { servers: [nats.url], spoolDir, publishTimeoutMs: 300, spool: { maxBytes: CAP, segmentBytes: 32 * 1024, full: 'refuse' }, log: (l: string) => log.push(l) };
  const port = new NatsEnginePort(opts as NatsEnginePortOptions);
  const mock = new MockUpstream();
  const upstream = await mock.listen();
  const store = await DuckDbStore.open({ kind: 'memory' });
  const key = (await store.createKey({ accountId: 'acct-closed', nowIso: '2026-04-22T00:00:00.000Z' })).key;
  const gateway = await Gateway.create({ upstream, policy: parsePolicy(''), store, engine: port, adminToken: 'spool-cap-admin-token', flushMs: 20 });
  const url = await gateway.listen(0);
  const ask = () => fetch(url + '/v1/messages', { method: 'POST', headers: { 'x-api-key': key, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'q'.repeat(3000) }] }) });
  try {
    await port.connected();
    await nats.kill();
    const answered: string[] = [];
    let refused: Response | null = null;
    for (let i = 0; i < 400 && !refused; i++) {
      const r = await ask();
      if (r.status === 200) {
        answered.push(r.headers.get('x-distillguard-request-id')!);
        await r.arrayBuffer();
      } else refused = r;
    }
    assert.ok(refused, 'requests are refused once the spool is full');
    assert.equal(refused.status, 503);
    const body = (await refused.json()) as { type: string; error: { type: string; message: string } };
    assert.equal(body.type, 'error');
    assert.match(body.error.message, /event spool is full/);
    assert.ok(dirBytes(spoolDir) <= CAP, `spool ${dirBytes(spoolDir)} bytes, cap ${CAP}`);
    process.stderr.write(`spool cap (refuse): ${answered.length} requests answered before the first 503, spool ${dirBytes(spoolDir)} bytes for a cap of ${CAP}\n`);
    assert.ok(log.some((l) => /event spool full.*refus/.test(l)), log.join('\n'));
    const metrics = await (await fetch(url + '/metrics')).text();
    assert.match(metrics, /distillguard_spool_refused_total [1-9]/);
    assert.match(metrics, new RegExp(`distillguard_spool_max_bytes ${CAP}`));

    await nats.start();
    await until(() => port.backlog() === 0, 'spool drained', 60_000);
    assert.equal((await ask()).status, 200, 'accepting again once the spool drained');
    const ids = await streamIds(nats.url);
    for (const id of answered) assert.equal(ids.get(`i:${id}`), 1, `answered request ${id} delivered once`);
  } finally {
    await gateway.close(100);
    await port.close();
    await mock.close();
    await store.close();
    await nats.kill();
  }
});
