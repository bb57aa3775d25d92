/**
 * Benchmark: the two read paths alone (no engine) over one interactions file, each in its own process: DuckDB
 * (`RecordReader.engineBatches`, the engine's fields) and Node (`RecordReader.batches`, whole records). Prints wall
 * time and process CPU time (user + system, all threads: DuckDB's included); on a shared machine CPU time is the
 * figure that compares.
 *
 *   node dist/bench/read.js FILE          .jsonl, .jsonl.gz or .parquet
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { RecordReader } from '../src/dataset/reader.js';

const [file, child] = process.argv.slice(2);
if (!file) throw new Error('usage: node dist/bench/read.js FILE');

if (child) {
  const t0 = performance.now();
  const reader = new RecordReader(file, 'interactions', {});
  let n = 0;
  for await (const batch of child === 'duckdb' ? reader.engineBatches() : reader.batches()) n += batch.length;
  const cpu = process.cpuUsage();
  const out = { records: n, quarantined: reader.stats.quarantined, byDuckDb: reader.duckdbRecords, seconds: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, rssMiB: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}

for (const path of ['duckdb', 'node']) {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), file, path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (r.status !== 0) throw new Error(`${path} read failed`);
  const o = JSON.parse(r.stdout) as { records: number; quarantined: number; byDuckDb: number; seconds: number; cpu: number; rssMiB: number };
  console.log(`${path.padEnd(6)} ${o.records.toLocaleString('en-US')} records (${o.byDuckDb.toLocaleString('en-US')} by DuckDB, ${o.quarantined} quarantined): ${o.seconds.toFixed(1)} s wall, ${o.cpu.toFixed(1)} s CPU, peak RSS ${Math.round(o.rssMiB)} MiB`);
}
