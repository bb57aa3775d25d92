/**
 * Benchmark: `analyze` (streaming replay through the whole detection pipeline, outputs included) against a bare DuckDB
 * aggregate over the same interactions file (`SELECT account_id, count(*) … GROUP BY 1`), measured in the same run.
 * Prints both times, the ratio, interactions/s and analyze's peak RSS.
 *
 *   node dist/bench/analyze.js --world DIR            an existing world
 *   node dist/bench/analyze.js --scale 0.05 [--seed N] simulate june-2026 at that scale first (not timed)
 *   add --no-db to time analyze without analysis.duckdb
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from '../src/engine/analyze.js';
import { openDataset } from '../src/dataset/index.js';
import { simulate } from '../src/sim/index.js';

const { values } = parseArgs({
  options: { world: { type: 'string' }, scale: { type: 'string', default: '0.05' }, seed: { type: 'string', default: '7' }, 'no-db': { type: 'boolean' }, keep: { type: 'boolean' } },
});

const work = mkdtempSync(join(tmpdir(), 'dg-bench-analyze-'));
let world = values.world;
if (!world) {
  world = join(work, 'world');
  process.stderr.write(`simulating june-2026 --scale ${values.scale} --seed ${values.seed} (not timed)…\n`);
  await simulate({ scenario: 'june-2026', scale: Number(values.scale), seed: Number(values.seed), output: { kind: 'files', dir: world } });
}
const file = openDataset(world).interactions;

// 1. Ours, first, so that its peak RSS is not DuckDB's.
const t0 = performance.now();
const summary = await analyze({ datasetDir: world, outDir: join(work, 'analysis'), database: values['no-db'] !== true });
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

const n = summary.interactions.accepted;
console.log(`world            ${world} (${n.toLocaleString('en-US')} interactions, ${rows.toLocaleString('en-US')} accounts)`);
console.log(`duckdb aggregate ${duck.toFixed(1)} s  (${Math.round(n / duck).toLocaleString('en-US')} interactions/s)`);
console.log(`distillguard     ${ours.toFixed(1)} s  (${Math.round(n / ours).toLocaleString('en-US')} interactions/s, ${summary.ticks} cross-account steps${values['no-db'] ? ', no database' : ''})`);
console.log(`ratio            ${(ours / duck).toFixed(2)}x the bare aggregate (target <= 2x)`);
console.log(`peak RSS         ${rssMiB.toFixed(0)} MiB (target <= 4096 MiB)`);
if (!values.keep) rmSync(work, { recursive: true, force: true });
