/**
 * Child-process entry for bench/gateway.ts: runs one server and prints its URL on stdout.
 *   mock                      the mock upstream
 *   bare UPSTREAM             a bare pass-through proxy (node:http + undici Pool): the floor for any Node proxy
 *   distillguard UPSTREAM     the gateway with auth, GCRA limits and DuckDB event/audit logging on;
 *                             prints "URL KEY" (the key is a throwaway created for the run)
 *   mock-text [DELAY_MS]      the mock upstream answering with real GPT-4 text (GPTeacher) in streams of 80 chunks,
 *                             DELAY_MS apart (default 0: the whole stream at once)
 *   distillguard-watermark UPSTREAM
 *                             the gateway with a throwaway watermark key; prints "URL OFF_KEY LEXICAL_KEY MARKER_KEY":
 *                             three accounts the policy leaves alone, watermarks lexically, and watermarks and marks
 * Each runs until SIGTERM.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Pool } from 'undici';
import { MockUpstream } from '../src/gateway/mock-upstream.js';
import { Gateway } from '../src/gateway/server.js';
import { ManualEnginePort, WorkerEnginePort, type EnginePort } from '../src/live/engine-port.js';
import { DuckDbStore } from '../src/store/duckdb-store.js';
import { parsePolicy } from '../src/policy/config.js';
import { generateKey } from '../src/watermark/key.js';
import { lexicalWatermarker } from '../src/gateway/watermark-lexical.js';
import { gpt4Responses } from '../src/watermark/assistant-corpus.js';

const [role, upstream, engineKind] = process.argv.slice(2);
const cleanups: (() => Promise<void> | void)[] = [];
process.once('SIGTERM', async () => {
  for (const c of cleanups.reverse()) await c();
  process.exit(0);
});

if (role === 'mock') {
  const mock = new MockUpstream({ words: 24, chunks: 8 });
  process.stdout.write((await mock.listen(0)) + '\n');
  cleanups.push(() => mock.close());
} else if (role === 'mock-text') {
  // Prose of typical answer length; the prompt picks the answer, so every target gets the same text.
  const texts = gpt4Responses().filter((t) => t.length > 800 && t.length < 2000).slice(0, 64);
  const mock = new MockUpstream({ chunks: 80, chunkDelayMs: Number(upstream ?? 0), answer: (prompt) => texts[Number(/\d+/.exec(prompt)?.[0] ?? 0) % texts.length]! });
  process.stdout.write((await mock.listen(0)) + '\n');
  cleanups.push(() => mock.close());
} else if (role === 'bare') {
  const up = new URL(upstream!);
  const pool = new Pool(up.origin, { connections: 256, pipelining: 1 });
  const server = createServer((req, res) => {
    const headers = { ...req.headers };
    delete headers.host;
    delete headers.connection;
    pool.request({ method: req.method as 'POST', path: req.url ?? '/', headers, body: req }).then(
      (r) => {
        const h = { ...r.headers };
        delete h['transfer-encoding'];
        delete h.connection;
        res.writeHead(r.statusCode, h as Record<string, string>);
        r.body.pipe(res);
      },
      () => res.writeHead(502).end(),
    );
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.stdout.write(`http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
  cleanups.push(() => void server.close());
} else if (role === 'distillguard') {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-'));
  const store = await DuckDbStore.open({ kind: 'dir', dir });
  const { key } = await store.createKey({ accountId: 'bench', tier: 'scale', orgId: 'bench-org', nowIso: new Date().toISOString() });
  // Limits are checked on every request but set high enough never to refuse the benchmark.
  const policy = parsePolicy(`tiers: { scale: { account: { requests: { per_minute: 100000000, burst: 100000 }, tokens: { per_minute: 1.0e12, burst: 1.0e12 } },
    org: { requests: { per_minute: 100000000, burst: 100000 }, tokens: { per_minute: 1.0e12, burst: 1.0e12 } } } }`);
  const engine: EnginePort = engineKind === 'worker' ? new WorkerEnginePort() : new ManualEnginePort();
  const gateway = await Gateway.create({ upstream: upstream!, policy, store, engine, adminToken: 'bench' });
  process.stdout.write(`${await gateway.listen(0)} ${key}\n`);
  cleanups.push(async () => {
    await gateway.close(0);
    await engine.close();
    process.stderr.write(`distillguard: ${await store.countEvents()} events logged\n`);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
} else if (role === 'distillguard-watermark') {
  const dir = mkdtempSync(join(tmpdir(), 'dg-bench-'));
  const store = await DuckDbStore.open({ kind: 'dir', dir });
  const now = new Date().toISOString();
  const keys: string[] = [];
  for (const [account, tier] of [['off', 'build'], ['lexical', 'scale'], ['marker', 'enterprise']] as const) keys.push((await store.createKey({ accountId: account, tier, nowIso: now })).key);
  const high = '{ requests: { per_minute: 100000000, burst: 100000 }, tokens: { per_minute: 1.0e12, burst: 1.0e12 } }';
  const tier = `{ account: ${high}, org: ${high} }`;
  const policy = parsePolicy(`tiers: { build: ${tier}, scale: ${tier}, enterprise: ${tier} }
watermark: { lexical: { apply: tiers, tiers: [scale, enterprise] }, reasoning: all, marker: { apply: tiers, tiers: [enterprise] } }`);
  const engine = new ManualEnginePort();
  const key = generateKey();
  const gateway = await Gateway.create({ upstream: upstream!, policy, store, engine, adminToken: 'bench', watermark: { key, lexical: lexicalWatermarker(key) } });
  process.stdout.write(`${await gateway.listen(0)} ${keys.join(' ')}\n`);
  cleanups.push(async () => {
    const m = gateway.metrics;
    process.stderr.write(`distillguard-watermark: ${m.get('distillguard_watermark_words_changed_total')} of ${m.get('distillguard_watermark_words_total')} words changed\n`);
    await gateway.close(0);
    await engine.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
} else {
  process.stderr.write('usage: gateway-servers.js mock | mock-text | bare UPSTREAM | distillguard UPSTREAM [worker] | distillguard-watermark UPSTREAM\n');
  process.exit(2);
}
