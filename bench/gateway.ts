/**
 * Gateway benchmark: added latency and throughput of distillguard against the mock upstream called
 * directly, a bare Node pass-through proxy (the floor) and Portkey's open-source gateway, all in one
 * run on this machine, plain and streamed. Prints ratios against the references measured here.
 *
 *   bench/portkey/setup.sh            # once: installs Portkey 1.15.2 in bench/portkey/ (optional)
 *   npx tsc -p . && node dist/bench/gateway.js [--requests N] [--seconds S] [--engine worker]
 *
 * Each server is its own process; the load generator (this process) uses an undici Pool with
 * `concurrency` connections. Latency: N sequential requests at concurrency 1 (p50/p99 of the full
 * response, and time to first body byte for streams). Throughput: completed requests per second at
 * concurrency 32 for S seconds. All targets are driven with the same OpenAI chat-completions body.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { Pool } from 'undici';
import { startChild, stopChildren, trackChild } from './children.js';

const { values: args } = parseArgs({ options: { requests: { type: 'string', default: '1500' }, seconds: { type: 'string', default: '3' }, engine: { type: 'string', default: 'none' } } });
const N = Number(args.requests);
const SECONDS = Number(args.seconds);
const SERVERS = fileURLToPath(new URL('./gateway-servers.js', import.meta.url));
const PORTKEY = fileURLToPath(new URL('../../bench/portkey/node_modules/@portkey-ai/gateway/build/start-server.js', import.meta.url));

async function startPortkey(): Promise<string | null> {
  if (!existsSync(PORTKEY)) return null;
  const port = 18787 + Math.floor(process.pid % 1000);
  const child = spawn(process.execPath, [PORTKEY, `--port=${port}`, '--headless'], { stdio: ['ignore', 'ignore', 'ignore'] });
  trackChild(child);
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(url + '/');
      return url;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error('portkey did not start');
}

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
}

const BODY = (stream: boolean) => JSON.stringify({ model: 'bench-model', max_tokens: 64, stream, messages: [{ role: 'user', content: 'Summarise the plot of a short story in two sentences.' }] });

/** One request; returns [ms to first body byte, ms to end]. Throws on a non-200. */
async function once(pool: Pool, t: Target, body: string): Promise<[number, number]> {
  const t0 = performance.now();
  const r = await pool.request({ method: 'POST', path: new URL(t.url).pathname.replace(/\/$/, '') + '/v1/chat/completions', headers: { 'content-type': 'application/json', ...t.headers }, body });
  let first = 0;
  for await (const _c of r.body) if (first === 0) first = performance.now() - t0;
  if (r.statusCode !== 200) throw new Error(`${t.name}: HTTP ${r.statusCode}`);
  return [first, performance.now() - t0];
}

function pct(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

interface Result {
  p50: number;
  p99: number;
  ttfb50: number;
  rps: number;
}

async function measure(t: Target, stream: boolean): Promise<Result> {
  const origin = new URL(t.url).origin;
  const body = BODY(stream);
  const pool1 = new Pool(origin, { connections: 1 });
  const pool32 = new Pool(origin, { connections: 32 });
  try {
    for (let i = 0; i < 200; i++) await once(pool1, t, body); // warm-up: JIT, keep-alive, DuckDB appender
    const total: number[] = [];
    const ttfb: number[] = [];
    for (let i = 0; i < N; i++) {
      const [f, e] = await once(pool1, t, body);
      ttfb.push(f);
      total.push(e);
    }
    let done = 0;
    const end = performance.now() + SECONDS * 1000;
    const worker = async () => {
      while (performance.now() < end) {
        await once(pool32, t, body);
        done++;
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: 32 }, worker));
    const rps = done / ((performance.now() - t0) / 1000);
    return { p50: pct(total, 50), p99: pct(total, 99), ttfb50: pct(ttfb, 50), rps };
  } finally {
    await pool1.close();
    await pool32.close();
  }
}

async function main(): Promise<void> {
  const mock = await startChild([SERVERS, 'mock']);
  const bare = await startChild([SERVERS, 'bare', mock]);
  const [dgUrl, dgKey] = (await startChild([SERVERS, 'distillguard', mock, args.engine === 'worker' ? 'worker' : 'none'])).split(' ');
  const portkey = await startPortkey();
  const targets: Target[] = [
    { name: 'direct (mock)', url: mock, headers: {} },
    { name: 'bare proxy', url: bare, headers: {} },
    { name: 'distillguard', url: dgUrl!, headers: { authorization: `Bearer ${dgKey}` } },
  ];
  if (portkey) targets.push({ name: 'portkey 1.15.2', url: portkey, headers: { authorization: 'Bearer sk-bench', 'x-portkey-provider': 'openai', 'x-portkey-custom-host': mock + '/v1' } });
  else process.stderr.write('portkey not installed (run bench/portkey/setup.sh): skipping it\n');

  process.stdout.write(`gateway benchmark: ${N} sequential requests (c=1), ${SECONDS}s at c=32, engine ${args.engine}; node ${process.version}\n`);
  for (const stream of (process.env.BENCH_MODES ?? "plain,stream").split(",").map((m) => m === "stream")) {
    const res = new Map<string, Result>();
    for (const t of targets) res.set(t.name, await measure(t, stream));
    const direct = res.get('direct (mock)')!;
    process.stdout.write(`\n${stream ? 'STREAMED' : 'PLAIN'}   ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'added p50'.padStart(10)} ${'added p99'.padStart(10)} ${'ttfb p50'.padStart(9)} ${'req/s c=32'.padStart(11)}\n`);
    for (const [name, r] of res) {
      const f = (x: number) => x.toFixed(3).padStart(8);
      process.stdout.write(`${name.padEnd(15)} ${f(r.p50)} ${f(r.p99)} ${(r.p50 - direct.p50).toFixed(3).padStart(10)} ${(r.p99 - direct.p99).toFixed(3).padStart(10)} ${r.ttfb50.toFixed(3).padStart(9)} ${r.rps.toFixed(0).padStart(11)}\n`);
    }
    const dg = res.get('distillguard')!;
    const bareR = res.get('bare proxy')!;
    const added = (r: Result) => Math.max(1e-3, r.p50 - direct.p50);
    const lines = [
      `added p50 vs bare:     ${(added(dg) / added(bareR)).toFixed(2)}x (target <= 2)`,
      `throughput vs bare:    ${(dg.rps / bareR.rps).toFixed(2)}x (target >= 0.5)`,
    ];
    if (stream) lines.push(`ttfb p50 - bare:       ${(dg.ttfb50 - bareR.ttfb50).toFixed(3)} ms (target <= 1)`);
    const pk = res.get('portkey 1.15.2');
    if (pk) {
      lines.push(`added p50 vs portkey:  ${(added(dg) / added(pk)).toFixed(2)}x (target <= 0.25)`);
      lines.push(`throughput vs portkey: ${(dg.rps / pk.rps).toFixed(2)}x (target >= 5)`);
    }
    process.stdout.write(lines.map((l) => '  ' + l).join('\n') + '\n');
  }
}

try {
  await main();
} finally {
  stopChildren();
  await new Promise((r) => setTimeout(r, 300));
}
