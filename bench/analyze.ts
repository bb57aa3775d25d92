/**
 * Benchmark: `analyze` (streaming replay through the whole detection pipeline, outputs included) against references
 * over the same interactions file, measured in the same run:
 * - a bare DuckDB aggregate (`SELECT account_id, count(*) … GROUP BY 1`), timed before and after the analyze runs
 *   (the mean is the reference: the machine may be shared);
 * - the Node read floor (JSON lines): gunzip, line split and JSON.parse of every line, nothing else.
 * Each read path (`--reader duckdb|node`) runs in its own process, so that each peak RSS is its own. Prints, per file
 * and read path: time, the ratio to the aggregate, interactions/s, peak RSS and RSS per 100k accounts, and the process
 * CPU time (user + system, all threads) of each side with its ratio: on a machine shared with other work, wall times
 * stretch with the load and CPU times much less.
 *
 *   node dist/bench/analyze.js --world DIR             an existing world
 *   node dist/bench/analyze.js --scale 0.05 [--seed N] simulate june-2026 at that scale first (not timed)
 *   --readers duckdb,node   read paths to time (default both)
 *   --parquet               also convert the interactions to Parquet (not timed) and time that file too
 *   --no-db                 time analyze without analysis.duckdb; --heap-growth PERCENT as the CLI's (default 30)
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/engine/analyze.js';
import { DEFAULT_HEAP_GROWTH_PERCENT, limitHeapGrowth } from '../src/engine/heap-growth.js';
import { openDataset } from '../src/dataset/index.js';
import { READER_KINDS, type ReaderKind } from '../src/engine/observation-source.js';
import { simulate } from '../src/sim/index.js';

const { values } = parseArgs({
  options: {
    world: { type: 'string' }, scale: { type: 'string', default: '0.05' }, seed: { type: 'string', default: '7' }, 'no-db': { type: 'boolean' },
    keep: { type: 'boolean' }, 'heap-growth': { type: 'string', default: String(DEFAULT_HEAP_GROWTH_PERCENT) }, readers: { type: 'string', default: 'duckdb,node' },
    parquet: { type: 'boolean' }, child: { type: 'string' },
  },
});

interface Run {
  seconds: number;
  /** Process CPU time, user + system, all threads. */
  cpuSeconds: number;
  accepted: number;
  accounts: number;
  ticks: number;
  rssMiB: number;
}

if (values.child) {
  // One analyze, in this process: its figures as JSON on stdout, progress on stderr.
  limitHeapGrowth(Number(values['heap-growth']));
  const t0 = performance.now();
  let nextReport = 1_000_000;
  const onProgress = (read: number, now: number): void => {
    if (read < nextReport) return;
    nextReport += 1_000_000;
    const at = Number.isFinite(now) ? new Date(now).toISOString().slice(0, 13) : '';
    const m = process.memoryUsage();
    process.stderr.write(`  [${values.child}] ${(read / 1e6).toFixed(0)}M read, ${at}, ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${(m.rss / 2 ** 20).toFixed(0)} MiB (main heap ${(m.heapUsed / 2 ** 20).toFixed(0)} of ${(m.heapTotal / 2 ** 20).toFixed(0)} MiB)\n`);
  };
  const out = mkdtempSync(join(tmpdir(), 'dg-bench-analyze-out-'));
  const summary = await analyze({ datasetDir: values.world!, outDir: out, database: values['no-db'] !== true, reader: values.child as ReaderKind, onProgress });
  const cpu = process.cpuUsage();
  const run: Run = { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, accepted: summary.interactions.accepted, accounts: summary.accountsSeen, ticks: summary.ticks, rssMiB: process.resourceUsage().maxRSS / 1024 };
  rmSync(out, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(run) + '\n');
  process.exit(0);
}

const readers = values.readers.split(',') as ReaderKind[];
for (const r of readers) if (!READER_KINDS.includes(r)) throw new Error(`--readers: unknown read path ${r}`);
const work = mkdtempSync(join(tmpdir(), 'dg-bench-analyze-'));
let world = values.world;
if (!world) {
  world = join(work, 'world');
  process.stderr.write(`simulating june-2026 --scale ${values.scale} --seed ${values.seed} (not timed)…\n`);
  await simulate({ scenario: 'june-2026', scale: Number(values.scale), seed: Number(values.seed), output: { kind: 'files', dir: world } });
}
world = resolve(world);
const worlds = [world];
if (values.parquet && !openDataset(world).interactions.endsWith('.parquet')) worlds.push(await parquetCopy(world));

// Each figure is printed as soon as it is measured (a scale-1 run takes hours).
const rows = { push: (line: string): void => console.log(line) };
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
for (const dir of worlds) {
  const file = openDataset(dir).interactions;
  const before = await duckAggregate(file);
  rows.push(`file             ${file} (${before.accounts.toLocaleString('en-US')} accounts)`);
  rows.push(`duckdb aggregate ${before.seconds.toFixed(1)} s (CPU ${before.cpuSeconds.toFixed(1)} s) before the analyze runs`);
  const runs = new Map<ReaderKind, Run>();
  for (const reader of readers) {
    process.stderr.write(`analyze --reader ${reader} ${file}…\n`);
    const r = child(dir, reader);
    runs.set(reader, r);
    rows.push(`analyze --reader ${reader.padEnd(6)} ${r.seconds.toFixed(1)} s = ${(r.seconds / before.seconds).toFixed(2)}x the aggregate before`);
  }
  const after = await duckAggregate(file);
  const duck = (before.seconds + after.seconds) / 2;
  const duckCpu = (before.cpuSeconds + after.cpuSeconds) / 2;
  rows.push(`duckdb aggregate ${after.seconds.toFixed(1)} s (CPU ${after.cpuSeconds.toFixed(1)} s) after the analyze runs; reference ${duck.toFixed(1)} s, CPU ${duckCpu.toFixed(1)} s (the means)`);
  const floor = file.endsWith('.parquet') ? null : await nodeReadFloor(file);
  if (floor) rows.push(`node read floor  ${floor.seconds.toFixed(1)} s (${fmt(floor.lines / floor.seconds)} lines/s: gunzip + split + JSON.parse), ${(floor.seconds / duck).toFixed(2)}x the aggregate`);
  for (const [reader, r] of runs) {
    rows.push(
      `analyze --reader ${reader.padEnd(6)} ${r.seconds.toFixed(1)} s = ${(r.seconds / duck).toFixed(2)}x the aggregate (target <= 5x now, <= 2x goal); ` +
        `${fmt(r.accepted / r.seconds)} interactions/s (${r.accepted.toLocaleString('en-US')}, ${r.ticks} steps${values['no-db'] ? ', no database' : ''}); ` +
        `peak RSS ${fmt(r.rssMiB)} MiB, ${fmt((r.rssMiB / Math.max(1, r.accounts)) * 100_000)} MiB per 100k accounts (${r.accounts.toLocaleString('en-US')}); ` +
        `process CPU ${r.cpuSeconds.toFixed(1)} s = ${(r.cpuSeconds / duckCpu).toFixed(2)}x the aggregate's`,
    );
  }
  rows.push('');
}
if (!values.keep) rmSync(work, { recursive: true, force: true });

/** One analyze in a child process (its own peak RSS). */
function child(dir: string, reader: ReaderKind): Run {
  const args = [fileURLToPath(import.meta.url), '--child', reader, '--world', dir, '--heap-growth', values['heap-growth'], ...(values['no-db'] ? ['--no-db'] : [])];
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`analyze --reader ${reader} failed (exit ${r.status})`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Run;
}

/** The reference: a bare DuckDB aggregate of the same file. */
async function duckAggregate(file: string): Promise<{ seconds: number; cpuSeconds: number; accounts: number }> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const reader = file.endsWith('.parquet') ? `read_parquet('${file}')` : `read_json('${file}', format='newline_delimited', columns={account_id:'VARCHAR'})`;
    const t = performance.now();
    const cpu = process.cpuUsage();
    const accounts = (await conn.runAndReadAll(`SELECT account_id, count(*) AS n FROM ${reader} GROUP BY 1`)).getRows().length;
    const used = process.cpuUsage(cpu);
    return { seconds: (performance.now() - t) / 1000, cpuSeconds: (used.user + used.system) / 1e6, accounts };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/** The world with its interactions as Parquet (typed as a provider's log would be), beside the JSON world's accounts. */
async function parquetCopy(dir: string): Promise<string> {
  const files = openDataset(dir);
  const out = join(work, 'world-parquet');
  mkdirSync(out, { recursive: true });
  symlinkSync(files.accounts, join(out, basename(files.accounts)));
  process.stderr.write(`converting ${files.interactions} to Parquet (not timed)…\n`);
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const columns = "{id: 'VARCHAR', ts: 'TIMESTAMP', account_id: 'VARCHAR', api_key_id: 'VARCHAR', ip: 'VARCHAR', user_agent: 'VARCHAR', tls_ja4: 'VARCHAR', endpoint: 'VARCHAR', model: 'VARCHAR', conversation_id: 'VARCHAR', turn: 'INTEGER', system: 'VARCHAR', prompt: 'VARCHAR', tool_names: 'VARCHAR[]', response: 'VARCHAR', input_tokens: 'INTEGER', output_tokens: 'INTEGER', reasoning_tokens: 'INTEGER', max_tokens: 'INTEGER', temperature: 'DOUBLE', stream: 'BOOLEAN', status: 'SMALLINT', latency_ms: 'INTEGER'}";
    await conn.run(`COPY (SELECT * FROM read_json('${files.interactions}', format = 'newline_delimited', columns = ${columns})) TO '${join(out, 'interactions.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return out;
}

/** Time to decompress, split and JSON.parse every line of a JSONL(.gz) file, the way the dataset reader does. */
async function nodeReadFloor(path: string): Promise<{ seconds: number; lines: number }> {
  const t = performance.now();
  const raw = createReadStream(path, { highWaterMark: 1 << 20 });
  const source = path.endsWith('.gz') ? raw.pipe(createGunzip({ chunkSize: 1 << 20 })) : raw;
  let carry: Buffer[] = [];
  let lines = 0;
  const parse = (line: string): void => {
    if (line.length === 0) return;
    JSON.parse(line);
    lines++;
  };
  for await (const chunk of source as AsyncIterable<Buffer>) {
    const first = chunk.indexOf(10);
    if (first < 0) {
      carry.push(chunk);
      continue;
    }
    // The line begun in earlier chunks, then every complete line of this chunk decoded at once.
    parse(Buffer.concat([...carry, chunk.subarray(0, first)]).toString('utf8'));
    const last = chunk.lastIndexOf(10);
    if (last > first) for (const line of chunk.subarray(first + 1, last).toString('utf8').split('\n')) parse(line);
    carry = [chunk.subarray(last + 1)];
  }
  parse(Buffer.concat(carry).toString('utf8'));
  return { seconds: (performance.now() - t) / 1000, lines };
}
