/**
 * Benchmark of the world generator (not a test). Generates `june-2026` at a scale (default 0.05) and prints
 * interactions/s, then writes the same number of pre-built lines (sampled from the world just written) through the
 * same gzip sink as the reference, measured in the same run; the ratio says how much slower generation is than
 * merely compressing and writing its output. Also extrapolates the time of `--scale 1`.
 *   node dist/bench/simulate.js [--scale 0.05] [--seed 1] [--out DIR] [--keep]
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { simulate } from '../src/sim/index.js';
import { LineSink } from '../src/sim/sink.js';
import { JsonlWriter } from '../src/dataset/writer.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.05' }, seed: { type: 'string', default: '1' }, out: { type: 'string' }, keep: { type: 'boolean' } } });
const scale = Number(values.scale);
const root = values.out ?? mkdtempSync(join(tmpdir(), 'dg-bench-sim-'));
const dir = join(root, 'world');

const cpuSecs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
const t0 = performance.now();
const c0 = process.cpuUsage();
const summary = await simulate({ scenario: 'june-2026', seed: Number(values.seed), scale, output: { kind: 'files', dir } });
const simSecs = (performance.now() - t0) / 1000;
const simCpu = cpuSecs(process.cpuUsage(c0));
const gzBytes = statSync(join(dir, 'interactions.jsonl.gz')).size;

// Reference: the same number of real lines from this world, pre-built, through the same sink and through JsonlWriter.
const sample = gunzipSync(readFileSync(join(dir, 'interactions.jsonl.gz')).subarray(0, 8 << 20), { finishFlush: 2 }).toString('utf8').split('\n').slice(0, 50_000);
sample.pop();
let refCpu = 0;
async function reference(kind: 'sink' | 'jsonl'): Promise<number> {
  const path = join(root, `ref-${kind}.jsonl.gz`);
  const t = performance.now();
  const c = process.cpuUsage();
  const w = kind === 'sink' ? new LineSink(path, 1) : new JsonlWriter(path, { gzipLevel: 1 });
  for (let i = 0; i < summary.interactions; i++) {
    const line = sample[i % sample.length]!;
    const p = kind === 'sink' ? (w as LineSink).write(line) : (w as JsonlWriter).writeRaw(line);
    if (p) await p;
  }
  await w.close();
  if (kind === 'sink') refCpu = cpuSecs(process.cpuUsage(c));
  rmSync(path, { force: true });
  return (performance.now() - t) / 1000;
}
const refSink = await reference('sink');
const refJsonl = await reference('jsonl');

const n = summary.interactions;
const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
console.log(`june-2026 --scale ${scale}: ${fmt(n)} interactions, ${fmt(summary.accounts)} accounts, ${(gzBytes / 1e6).toFixed(1)} MB gz`);
console.log(`simulate:               ${simSecs.toFixed(1)} s  ${fmt(n / simSecs)} interactions/s  (cpu ${simCpu.toFixed(1)} s, main thread + zlib)`);
console.log(`reference (sink, gz1):  ${refSink.toFixed(1)} s  ${fmt(n / refSink)} lines/s   ratio simulate/reference = ${(simSecs / refSink).toFixed(2)}  (cpu ${refCpu.toFixed(1)} s, ratio ${(simCpu / refCpu).toFixed(2)})`);
console.log(`reference (JsonlWriter): ${refJsonl.toFixed(1)} s  ${fmt(n / refJsonl)} lines/s   ratio = ${(simSecs / refJsonl).toFixed(2)}`);
const attack = summary.campaigns.reduce((a, c) => a + c.exchanges, 0);
// Attack volume scales with the scale; organic almost (persona floors), so extrapolate linearly.
const n1 = n / scale;
console.log(`extrapolated --scale 1: ~${fmt(n1)} interactions (attack ~${fmt(attack / scale)}), ~${(simSecs / scale / 60).toFixed(1)} min at this wall rate, ${(simCpu / scale / 60).toFixed(1)} min of cpu (2 cores: wall >= cpu/2)`);
console.log(`load average during the run: ${(await import('node:os')).loadavg().map((x) => x.toFixed(1)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
if (!values.keep && !values.out) rmSync(root, { recursive: true, force: true });
