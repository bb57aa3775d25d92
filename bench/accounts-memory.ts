/**
 * Benchmark: the engine's memory per account. A synthetic population of N mostly-idle accounts (registered, a few
 * requests within an hour of their sign-up, then silence; sign-ups spread evenly over the replay) is driven through
 * `Engine.apply` and an hourly `Engine.tick`, once with idle accounts kept in memory (the reference) and once with
 * them spilled to disk (engine option `spill`), each configuration in its own process so that peak RSS is its own.
 * Prints per run: peak RSS, peak RSS per 100k accounts, live heap and typed-array buffers per 100k accounts at the end
 * (every account idle by then), observations per CPU-second (CPU time, not wall time: the machine is often shared),
 * accounts on disk and reloads, the spilled run's ratios against the reference of the same N measured in the same
 * run, and the growth of peak RSS and live memory per million accounts between the smallest and the largest N.
 *
 * With one `--days` for all N, the larger N also has more accounts active at once (sign-ups come faster). With one
 * `--days` per N in proportion (`--accounts 100000,300000 --days 10,30`), sign-ups come at one rate and the accounts
 * active at any time are as many: the growth is then that of idle accounts alone.
 *
 *   node dist/bench/accounts-memory.js                          100k and 300k accounts over 10 days
 *   node dist/bench/accounts-memory.js --accounts 100000,300000 --days 10,30     the same sign-up rate: idle growth
 *   node dist/bench/accounts-memory.js --accounts 200000 --requests 3 --days 30 --spill-after-hours 72
 *   node --expose-gc dist/bench/accounts-memory.js --child --accounts 20000 --mode off --breakdown
 *       one run in this process; --breakdown adds a heap snapshot summed by constructor (bytes per account)
 *   node --expose-gc dist/bench/accounts-memory.js --child --accounts 100000 --mode spill --snapshot FILE
 *       writes the heap snapshot at the end to FILE (for a heap-snapshot viewer: who holds what)
 *
 * Observations are built directly (no text signals): the per-request step is measured elsewhere (bench/signals.ts),
 * and this benchmark is about what the engine keeps per account.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { getHeapSnapshot, writeHeapSnapshot } from 'node:v8';
import type { Account } from '../src/dataset/types.js';
import { Engine, type EngineOptions } from '../src/engine/engine.js';
import { limitHeapGrowth } from '../src/engine/heap-growth.js';
import type { Observation } from '../src/engine/observation.js';
import { IpIntel } from '../src/enrich/ip.js';

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '100000,300000' },
    requests: { type: 'string', default: '3' },
    days: { type: 'string', default: '10' },
    'spill-after-hours': { type: 'string', default: '72' },
    child: { type: 'boolean' },
    mode: { type: 'string', default: 'off' },
    breakdown: { type: 'boolean' },
    snapshot: { type: 'string' },
    seed: { type: 'string', default: '1' },
  },
});

const HOUR = 3_600_000;
const START = Date.parse('2026-06-01T00:00:00Z');

interface RunResult {
  accounts: number;
  mode: string;
  observations: number;
  seconds: number;
  /** CPU time of the run (user + sys): comparable on a loaded machine, where wall time is not. */
  cpuSeconds: number;
  peakRssMiB: number;
  endRssMiB: number;
  heapMiB: number;
  /** Typed-array buffers (outside the heap) at the end, after a full collection. */
  buffersMiB: number;
  days: number;
  spilled: number;
  reloads: number;
  diskMiB: number;
  breakdown?: { name: string; bytesPerAccount: number; count: number }[];
}

/** Deterministic 32-bit generator (mulberry32). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DOMAINS = ['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me', 'icloud.com', 'example.edu', 'corp.example'];
const MODELS = ['model-large', 'model-small', 'model-reasoning'];
const CLIENTS = ['browser:chrome|t13d1516h2_8daaf6152771', 'sdk:openai-python|t13d1715h2_5b57614c22b0', 'sdk:node|t13d1312h2_3fa1e3c7b0a2'];

async function runChild(n: number, mode: string, days: number): Promise<RunResult> {
  // The heap growth `analyze` sets (heap-growth.ts).
  limitHeapGrowth();
  const random = rng(Number(values.seed));
  const perAccount = Number(values.requests);
  const spanMs = days * 24 * HOUR;
  const dir = mode === 'spill' ? mkdtempSync(join(tmpdir(), 'dg-bench-spill-')) : null;
  const options: EngineOptions = dir ? { spill: { kind: 'disk', dir, afterMs: Number(values['spill-after-hours']) * HOUR } } : {};
  const engine = new Engine(IpIntel.shared(), options);
  // Sign-ups spread evenly over the span; each account's requests within the hour after it.
  const starts = new Float64Array(n);
  for (let a = 0; a < n; a++) {
    starts[a] = START + Math.floor((a / n) * spanMs);
    const account: Account = {
      account_id: `acct-${a.toString(36).padStart(6, '0')}`,
      created_at: new Date(starts[a]!).toISOString(),
      org_id: null,
      email_domain: DOMAINS[Math.floor(random() * DOMAINS.length)]!,
      payment_fingerprint: random() < 0.5 ? `pf-${Math.floor(random() * 2 ** 40).toString(36)}` : null,
      signup_ip: `${11 + Math.floor(random() * 100)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`,
      country: 'US',
      tier: 'free',
      verified: false,
    };
    engine.registerAccount(account);
  }
  let nextTick = START + HOUR;
  let observations = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Accounts in sign-up order; within an hour the requests of its accounts in time order.
  let a = 0;
  while (a < n) {
    const hourEnd = nextTick;
    const batch: Observation[] = [];
    for (; a < n && starts[a]! < hourEnd; a++) {
      const ip = `${11 + Math.floor(random() * 100)}.${Math.floor(random() * 256)}.${Math.floor(random() * 256)}.${1 + Math.floor(random() * 254)}`;
      const client = CLIENTS[Math.floor(random() * CLIENTS.length)]!;
      const model = MODELS[Math.floor(random() * MODELS.length)]!;
      for (let r = 0; r < perAccount; r++) {
        const ts = Math.min(hourEnd - 1, starts[a]! + Math.floor(random() * HOUR));
        const long = random() < 0.6;
        batch.push({
          id: `${a}-${r}`, ts, account: `acct-${a.toString(36).padStart(6, '0')}`, ip, prefix: ip.slice(0, ip.lastIndexOf('.')) + '.0/24',
          asn: 7000 + Math.floor(random() * 50), country: 'US', datacenter: false, vpn: false, client, uaTlsMismatch: false, model,
          conversation: null, turn: 1, intent: random() * 0.3, intentKinds: 0, capability: Math.floor(random() * 6),
          frame: long ? (1 + Math.floor(random() * 2 ** 31)) >>> 0 : 0, frameTail: long ? (1 + Math.floor(random() * 2 ** 31)) >>> 0 : 0,
          item: long ? (1 + Math.floor(random() * 2 ** 31)) >>> 0 : 0, variant: 0, exactItem: 0, core: 0, reflective: false,
          maxTokens: random() < 0.5 ? 1024 : null, inputTokens: 20 + Math.floor(random() * 400), outputTokens: 50 + Math.floor(random() * 800),
          reasoningTokens: 0, tools: false, status: 200,
        });
      }
    }
    batch.sort((x, y) => x.ts - y.ts);
    for (const o of batch) engine.apply(o);
    observations += batch.length;
    engine.tick(nextTick);
    nextTick += HOUR;
    if (process.env.DG_BENCH_TRACE && (nextTick - START) % (24 * HOUR) === 0) {
      const m = process.memoryUsage();
      process.stderr.write(`day ${(nextTick - START) / (24 * HOUR)}: rss ${(m.rss / 2 ** 20).toFixed(0)} heap ${(m.heapUsed / 2 ** 20).toFixed(0)}/${(m.heapTotal / 2 ** 20).toFixed(0)} external ${(m.external / 2 ** 20).toFixed(0)} buffers ${(m.arrayBuffers / 2 ** 20).toFixed(0)} MiB\n`);
    }
  }
  // The quiet tail: the last accounts go idle too (and spill).
  const end = nextTick + Number(values['spill-after-hours']) * HOUR + 6 * HOUR;
  for (; nextTick <= end; nextTick += HOUR) engine.tick(nextTick);
  // As analyze writes them: one at a time.
  let verdicts = 0;
  for (const v of engine.eachVerdict()) if (v.account_id) verdicts++;
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (verdicts !== n) throw new Error(`expected ${n} verdicts, got ${verdicts}`);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const mem = process.memoryUsage();
  const stats = engine.spillStats();
  const result: RunResult = {
    accounts: n, mode, observations, seconds, cpuSeconds,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    endRssMiB: mem.rss / 2 ** 20,
    heapMiB: mem.heapUsed / 2 ** 20,
    buffersMiB: mem.arrayBuffers / 2 ** 20,
    days,
    spilled: stats?.spilled ?? 0,
    reloads: stats?.reloads ?? 0,
    diskMiB: (stats?.fileBytes ?? 0) / 2 ** 20,
  };
  if (values.breakdown) result.breakdown = await heapBreakdown(n);
  if (values.snapshot) writeHeapSnapshot(values.snapshot);
  if (dir) rmSync(dir, { recursive: true, force: true });
  // Keep the engine reachable until measured.
  if (engine.observed < 0) console.log('');
  return result;
}

/** The live heap summed by constructor (self sizes), per account, the top entries. */
async function heapBreakdown(n: number): Promise<{ name: string; bytesPerAccount: number; count: number }[]> {
  const chunks: Buffer[] = [];
  for await (const c of getHeapSnapshot()) chunks.push(c as Buffer);
  const snap = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const by = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const name = type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + nameAt]!]! : `(${type})`;
    const e = by.get(name) ?? by.set(name, { bytes: 0, count: 0 }).get(name)!;
    e.bytes += snap.nodes[i + sizeAt]!;
    e.count++;
  }
  return [...by].sort((x, y) => y[1].bytes - x[1].bytes).slice(0, 25).map(([name, e]) => ({ name, bytesPerAccount: Math.round(e.bytes / n), count: e.count }));
}

if (values.child) {
  const r = await runChild(Number(values.accounts), values.mode, Number(values.days));
  process.stdout.write(JSON.stringify(r) + '\n');
} else {
  const self = fileURLToPath(import.meta.url);
  const sizes = values.accounts.split(',').map(Number);
  const dayList = values.days.split(',').map(Number);
  if (dayList.length !== 1 && dayList.length !== sizes.length) throw new Error('--days: one value, or one per --accounts value');
  const daysOf = (n: number): number => dayList[dayList.length === 1 ? 0 : sizes.indexOf(n)]!;
  const rows: RunResult[] = [];
  for (const n of sizes) {
    for (const mode of ['off', 'spill']) {
      process.stderr.write(`${n} accounts, spilling ${mode === 'off' ? 'off' : 'on'}…\n`);
      const args = ['--expose-gc', self, '--child', '--accounts', String(n), '--mode', mode, '--requests', values.requests, '--days', String(daysOf(n)), '--spill-after-hours', values['spill-after-hours'], '--seed', values.seed];
      const out = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'inherit'] });
      if (out.status !== 0) throw new Error(`child failed (${out.status})`);
      const row = JSON.parse(out.stdout.trim().split('\n').pop()!) as RunResult;
      // Each run as it ends (a 1M-account pair takes a while).
      process.stderr.write(`  ${JSON.stringify(row)}\n`);
      rows.push(row);
    }
  }
  const per100k = (mib: number, n: number): string => ((mib * 100_000) / n).toFixed(1);
  console.log(`engine memory per account: ${values.requests} requests each within an hour of sign-up, sign-ups over ${values.days} days, spill after ${values['spill-after-hours']} h idle`);
  console.log('| accounts | days | spilling | peak RSS MiB | peak RSS MiB / 100k | live heap at end MiB / 100k | buffers at end MiB / 100k | obs/CPU-s | on disk at end | reloads | scratch file MiB | peak RSS vs off | CPU time vs off |');
  console.log('|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ref = rows.find((x) => x.accounts === r.accounts && x.mode === 'off')!;
    const rate = r.observations / r.cpuSeconds;
    console.log(
      `| ${r.accounts.toLocaleString('en')} | ${r.days} | ${r.mode === 'off' ? 'off' : 'on'} | ${r.peakRssMiB.toFixed(0)} | ${per100k(r.peakRssMiB, r.accounts)} | ${per100k(r.heapMiB, r.accounts)} | ${per100k(r.buffersMiB, r.accounts)} | ${Math.round(rate).toLocaleString('en')} | ${r.spilled.toLocaleString('en')} | ${r.reloads.toLocaleString('en')} | ${r.diskMiB.toFixed(1)} | ${(r.peakRssMiB / ref.peakRssMiB).toFixed(2)} | ${(r.cpuSeconds / ref.cpuSeconds).toFixed(2)} |`,
    );
  }
  if (sizes.length >= 2) {
    const [lo, hi] = [Math.min(...sizes), Math.max(...sizes)];
    for (const mode of ['off', 'spill']) {
      const a = rows.find((x) => x.accounts === lo && x.mode === mode)!;
      const b = rows.find((x) => x.accounts === hi && x.mode === mode)!;
      const perMillion = (x: number, y: number): string => (((y - x) / ((hi - lo) / 1e6)) / 1024).toFixed(2);
      console.log(`growth, spilling ${mode === 'off' ? 'off' : 'on'}: ${perMillion(a.peakRssMiB, b.peakRssMiB)} GiB peak RSS, ${perMillion(a.endRssMiB, b.endRssMiB)} GiB RSS at the end, ${perMillion(a.heapMiB, b.heapMiB)} GiB live heap and ${perMillion(a.buffersMiB, b.buffersMiB)} GiB buffers at the end per million more accounts`);
    }
  }
}
