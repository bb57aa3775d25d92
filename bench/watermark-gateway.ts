/**
 * Watermark latency benchmark: what the output watermark adds at the gateway, on against off, in one run against the
 * same mock upstream (real GPT-4 answers of 800-2,000 characters, streams in 80 chunks).
 *
 *   npx tsc -p . && node dist/bench/watermark-gateway.js [--requests N] [--paced-requests M]
 *
 * One gateway process serves three accounts: `off` (not watermarked), `lexical` (the keyed lexical watermark) and
 * `marker` (lexical plus the interaction-layer marker). Requests go to the mock directly and to the three accounts in
 * rotation, sequentially (concurrency 1), OpenAI and Anthropic, plain and streamed. Per request: time to the first
 * body byte (TTFB), time to the first byte of answer text (what a user sees start; for plain responses the same as
 * TTFB) and time to the end. "Added" is the gateway's time minus the direct time at the same percentile; the ratios
 * compare watermark on with off. Streams come in two kinds: a burst (all 80 chunks at once: the CPU cost of
 * rewriting every event) and paced (a chunk every 2 ms, like tokens arriving: what the held-back partial word costs
 * the first visible text), through a second mock and gateway pair.
 */

import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { startChild, stopChildren } from './children.js';

const { values: args } = parseArgs({
  options: { requests: { type: 'string', default: '400' }, 'paced-requests': { type: 'string', default: '40' } },
});
const N = Number(args.requests);
const N_PACED = Number(args['paced-requests']);
const PACE_MS = 2;
const SERVERS = fileURLToPath(new URL('./gateway-servers.js', import.meta.url));

type Api = 'openai' | 'anthropic';
interface Target {
  name: string;
  pool: Pool;
  headers: (api: Api) => Record<string, string>;
}

const PATH: Record<Api, string> = { openai: '/v1/chat/completions', anthropic: '/v1/messages' };
const body = (api: Api, stream: boolean, i: number) => JSON.stringify(api === 'openai'
  ? { model: 'bench-model', stream, messages: [{ role: 'user', content: `question ${i % 64}` }] }
  : { model: 'bench-model', max_tokens: 1024, stream, messages: [{ role: 'user', content: `question ${i % 64}` }] });
/** The first piece of answer text in a stream: a non-empty OpenAI `content` or Anthropic `text` delta. */
const FIRST_TEXT = /"(?:content|text)":"[^"]/;

interface Sample {
  ttfb: number;
  text: number;
  total: number;
}

async function once(t: Target, api: Api, stream: boolean, i: number): Promise<Sample> {
  const t0 = performance.now();
  const headers = { 'content-type': 'application/json', ...t.headers(api) };
  const r = await t.pool.request({ method: 'POST', path: PATH[api], headers, body: body(api, stream, i) });
  let ttfb = 0;
  let text = 0;
  let seen = '';
  for await (const c of r.body) {
    const now = performance.now() - t0;
    if (ttfb === 0) ttfb = now;
    if (text === 0) {
      seen += (c as Buffer).toString('utf8');
      if (!stream || FIRST_TEXT.test(seen)) text = now;
      else if (seen.length > 4096) seen = seen.slice(-4096);
    }
  }
  if (r.statusCode !== 200) throw new Error(`${t.name} ${api}: HTTP ${r.statusCode}`);
  return { ttfb, text, total: performance.now() - t0 };
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

async function environment(paceMs: number): Promise<Target[]> {
  const mock = await startChild([SERVERS, 'mock-text', String(paceMs)]);
  const [gw, offKey, lexKey, markKey] = (await startChild([SERVERS, 'distillguard-watermark', mock])).split(' ');
  const auth = (key: string) => (api: Api): Record<string, string> =>
    api === 'openai' ? { authorization: `Bearer ${key}` } : { 'x-api-key': key };
  return [
    { name: 'direct (mock)', pool: new Pool(mock, { connections: 1 }), headers: () => ({}) },
    { name: 'watermark off', pool: new Pool(gw!, { connections: 1 }), headers: auth(offKey!) },
    { name: 'lexical', pool: new Pool(gw!, { connections: 1 }), headers: auth(lexKey!) },
    { name: 'lexical+marker', pool: new Pool(gw!, { connections: 1 }), headers: auth(markKey!) },
  ];
}

async function main(): Promise<void> {
  const burst = await environment(0);
  const paced = await environment(PACE_MS);
  process.stdout.write(`watermark benchmark: ${N} sequential requests per target and mode ` +
    `(${N_PACED} for paced streams), ` +
    `targets in rotation; node ${process.version}\n`);
  // [api, streamed, paced]
  const modes = [
    ['openai', false, false], ['openai', true, false], ['anthropic', false, false], ['anthropic', true, false],
    ['openai', true, true], ['anthropic', true, true],
  ] as const;
  for (const [api, stream, isPaced] of modes) {
    const targets = isPaced ? paced : burst;
    const n = isPaced ? N_PACED : N;
    const samples = new Map<string, Sample[]>(targets.map((t) => [t.name, []]));
    // Warm-up: JIT, keep-alive, the key's cache of choices.
    for (let i = 0; i < (isPaced ? 10 : 100); i++) for (const t of targets) await once(t, api, stream, i);
    for (let i = 0; i < n; i++) {
      // Rotate the order so that no target always follows another.
      for (let k = 0; k < targets.length; k++) {
        const t = targets[(i + k) % targets.length]!;
        samples.get(t.name)!.push(await once(t, api, stream, i));
      }
    }
    const stat = (name: string, f: (s: Sample) => number, p: number) => pct(samples.get(name)!.map(f), p);
    const direct = (f: (s: Sample) => number, p: number) => stat('direct (mock)', f, p);
    const total = (s: Sample) => s.total;
    const ttfb = (s: Sample) => s.ttfb;
    const text = (s: Sample) => s.text;
    const kind = stream ? (isPaced ? `STREAMED, a chunk every ${PACE_MS} ms` : 'STREAMED, burst') : 'PLAIN';
    process.stdout.write(`\n${api} ${kind}\n`);
    const heads: [string, number][] = [['p50 ms', 8], ['p95 ms', 8], ['added p50', 10], ['added p95', 10],
      ['ttfb p50', 9], ['1st text p50', 13], ['1st text p95', 13]];
    process.stdout.write(`${''.padEnd(15)} ${heads.map(([h, w]) => h.padStart(w)).join(' ')}\n`);
    const f = (x: number, w = 8) => x.toFixed(3).padStart(w);
    for (const t of targets) {
      const n = t.name;
      const cells = [f(stat(n, total, 50)), f(stat(n, total, 95)), f(stat(n, total, 50) - direct(total, 50), 10),
        f(stat(n, total, 95) - direct(total, 95), 10), f(stat(n, ttfb, 50), 9), f(stat(n, text, 50), 13),
        f(stat(n, text, 95), 13)];
      process.stdout.write(`${n.padEnd(15)} ${cells.join(' ')}\n`);
    }
    // Ratios of the time the gateway adds (floored at 1 µs so a vanishing denominator cannot explode them).
    const added = (n: string, fn: (s: Sample) => number, p: number) => Math.max(1e-3, stat(n, fn, p) - direct(fn, p));
    const off = 'watermark off';
    const ms = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(3)} ms`;
    for (const on of ['lexical', 'lexical+marker']) {
      const ratio = (fn: (s: Sample) => number, p: number) => (added(on, fn, p) / added(off, fn, p)).toFixed(2);
      const plainRatio = (fn: (s: Sample) => number) => (stat(on, fn, 50) / stat(off, fn, 50)).toFixed(2);
      const diff = (fn: (s: Sample) => number, p: number) => ms(stat(on, fn, p) - stat(off, fn, p));
      process.stdout.write(`  ${on} / off: added p50 ${ratio(total, 50)}x, added p95 ${ratio(total, 95)}x, ` +
        `ttfb p50 ${plainRatio(ttfb)}x, first text p50 ${plainRatio(text)}x; ` +
        `on - off: p50 ${diff(total, 50)}, p95 ${diff(total, 95)}, first text p50 ${diff(text, 50)}\n`);
    }
  }
  for (const t of [...burst, ...paced]) await t.pool.close();
}

try {
  await main();
} finally {
  stopChildren();
  await new Promise((r) => setTimeout(r, 500));
}
