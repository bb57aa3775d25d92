/**
 * Benchmark: `analyze` (streaming replay through the whole detection pipeline, outputs included) against two
 * references over the same interactions file, measured in the same run:
 * - a bare DuckDB aggregate (`SELECT account_id, count(*) … GROUP BY 1`);
 * - the Node read floor: gunzip, line split and JSON.parse of every line, nothing else (what any Node reader pays).
 * Prints the times, both ratios, interactions/s and analyze's peak RSS.
 *
 *   node dist/bench/analyze.js --world DIR            an existing world
 *   node dist/bench/analyze.js --scale 0.05 [--seed N] simulate june-2026 at that scale first (not timed)
 *   add --no-db to time analyze without analysis.duckdb; --heap-growth PERCENT as the CLI's (default 30, 0: V8's own)
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/engine/analyze.js';
import { DEFAULT_HEAP_GROWTH_PERCENT, limitHeapGrowth } from '../src/engine/heap-growth.js';
import { openDataset } from '../src/dataset/index.js';
import { simulate } from '../src/sim/index.js';

const { values } = parseArgs({
  options: { world: { type: 'string' }, scale: { type: 'string', default: '0.05' }, seed: { type: 'string', default: '7' }, 'no-db': { type: 'boolean' }, keep: { type: 'boolean' }, 'heap-growth': { type: 'string', default: String(DEFAULT_HEAP_GROWTH_PERCENT) } },
});

const work = mkdtempSync(join(tmpdir(), 'dg-bench-analyze-'));
let world = values.world;
if (!world) {
  world = join(work, 'world');
  process.stderr.write(`simulating june-2026 --scale ${values.scale} --seed ${values.seed} (not timed)…\n`);
  await simulate({ scenario: 'june-2026', scale: Number(values.scale), seed: Number(values.seed), output: { kind: 'files', dir: world } });
}
const file = openDataset(world).interactions;

// 1. Ours, first, so that its peak RSS is not DuckDB's; with the heap growth the CLI sets.
limitHeapGrowth(Number(values['heap-growth']));
const t0 = performance.now();
// Progress on stderr every million interactions (a scale-1 world takes a while): read count, simulated time, RSS and
// the main thread's share of it.
let nextReport = 1_000_000;
const onProgress = (read: number, now: number): void => {
  if (read < nextReport) return;
  nextReport += 1_000_000;
  const at = Number.isFinite(now) ? new Date(now).toISOString().slice(0, 13) : '';
  const m = process.memoryUsage();
  process.stderr.write(`  ${(read / 1e6).toFixed(0)}M read, ${at}, ${((performance.now() - t0) / 1000).toFixed(0)} s, RSS ${(m.rss / 2 ** 20).toFixed(0)} MiB (main heap ${(m.heapUsed / 2 ** 20).toFixed(0)} of ${(m.heapTotal / 2 ** 20).toFixed(0)} MiB, buffers ${(m.arrayBuffers / 2 ** 20).toFixed(0)} MiB)\n`);
};
const summary = await analyze({ datasetDir: world, outDir: join(work, 'analysis'), database: values['no-db'] !== true, onProgress });
const ours = (performance.now() - t0) / 1000;
const rssMiB = process.resourceUsage().maxRSS / 1024;

// 2. The reference: a bare DuckDB aggregate of the same file.
const db = await DuckDBInstance.create(':memory:');
const conn = await db.connect();
const reader = file.endsWith('.parquet') ? `read_parquet('${file}')` : `read_json('${file}', format='newline_delimited', columns={account_id:'VARCHAR'})`;
const t1 = performance.now();
const rows = (await conn.runAndReadAll(`SELECT account_id, count(*) AS n FROM ${reader} GROUP BY 1`)).getRows().length;
const duck = (performance.now() - t1) / 1000;
conn.closeSync();
db.closeSync();

// 3. The Node read floor (JSONL only): decompress, split lines, parse each; no validation, no detection.
const floor = file.endsWith('.parquet') ? null : await nodeReadFloor(file);

const n = summary.interactions.accepted;
console.log(`world            ${world} (${n.toLocaleString('en-US')} interactions, ${rows.toLocaleString('en-US')} accounts)`);
console.log(`duckdb aggregate ${duck.toFixed(1)} s  (${Math.round(n / duck).toLocaleString('en-US')} interactions/s)`);
console.log(`distillguard     ${ours.toFixed(1)} s  (${Math.round(n / ours).toLocaleString('en-US')} interactions/s, ${summary.ticks} cross-account steps${values['no-db'] ? ', no database' : ''})`);
if (floor) console.log(`node read floor  ${floor.seconds.toFixed(1)} s  (${Math.round(floor.lines / floor.seconds).toLocaleString('en-US')} lines/s: gunzip + split + JSON.parse)`);
console.log(`ratio            ${(ours / duck).toFixed(2)}x the bare aggregate (target <= 2x)`);
if (floor) console.log(`ratio            ${(ours / floor.seconds).toFixed(2)}x the Node read floor`);
console.log(`peak RSS         ${rssMiB.toFixed(0)} MiB (target <= 4096 MiB)`);
if (!values.keep) rmSync(work, { recursive: true, force: true });

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
