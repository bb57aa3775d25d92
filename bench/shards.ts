/**
 * Benchmark: `analyze` with the one engine against `analyze --shards N` (N account shards and N artefact shards in
 * worker threads, the campaign coordinator in the main thread), on the same world, each run in a child process of
 * its own so that its peak RSS (process.resourceUsage().maxRSS: every thread of the process) is its own. Prints wall
 * time, ratio to the one engine measured in the same run, CPU time (user + sys, every thread: comparable on a shared
 * machine, where wall time is not), peak RSS and the agreement of the verdicts (flagged-set Jaccard and campaigns with an equal member set) with the one engine's.
 *
 *   node dist/bench/shards.js --world DIR [--shards 1,2,4]
 *   node dist/bench/shards.js --scale 0.05 [--seed N]      simulate june-2026 at that scale first (not timed)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../src/engine/analyze.js';
import { simulate } from '../src/sim/index.js';

const { values } = parseArgs({
  options: { world: { type: 'string' }, scale: { type: 'string', default: '0.05' }, seed: { type: 'string', default: '7' }, shards: { type: 'string', default: '1,2,4' }, child: { type: 'string' }, out: { type: 'string' } },
});

if (values.child !== undefined) {
  // One measured run: 0 is the one engine, N ≥ 1 the sharded engine with N shards of each kind.
  const n = Number(values.child);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const s = await analyze({ datasetDir: values.world!, outDir: values.out!, database: false, ...(n > 0 ? { shards: n } : {}) });
  process.stdout.write(JSON.stringify({ seconds: (performance.now() - t0) / 1000, cpuSeconds: ((c) => (c.user + c.system) / 1e6)(process.cpuUsage(cpu0)), maxRssMb: process.resourceUsage().maxRSS / 1024, interactions: s.interactions.accepted, flagged: s.flagged, campaigns: s.campaigns.length }) + '\n');
  process.exit(0);
}

const work = mkdtempSync(join(tmpdir(), 'dg-bench-shards-'));
let world = values.world;
if (!world) {
  world = join(work, 'world');
  process.stderr.write(`simulating june-2026 --scale ${values.scale} --seed ${values.seed} (not timed)…\n`);
  await simulate({ scenario: 'june-2026', scale: Number(values.scale), seed: Number(values.seed), output: { kind: 'files', dir: world } });
}

interface Run { seconds: number; cpuSeconds: number; maxRssMb: number; interactions: number; flagged: number; campaigns: number }
const self = fileURLToPath(import.meta.url);
const run = (n: number): { run: Run; dir: string } => {
  const dir = join(work, `out-${n}`);
  const r = spawnSync(process.execPath, [self, '--child', String(n), '--world', world!, '--out', dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`run with ${n} shards failed: ${r.stderr}`);
  return { run: JSON.parse(r.stdout.trim().split('\n').pop()!) as Run, dir };
};
const verdicts = (dir: string): Map<string, { flagged: boolean; campaign_id: string | null }> =>
  new Map(readFileSync(join(dir, 'verdicts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).map((v) => [v.account_id, v]));
const groups = (v: Map<string, { flagged: boolean; campaign_id: string | null }>): Set<string> => {
  const by = new Map<string, string[]>();
  for (const [id, x] of v) if (x.flagged && x.campaign_id) (by.get(x.campaign_id) ?? by.set(x.campaign_id, []).get(x.campaign_id)!).push(id);
  return new Set([...by.values()].map((m) => m.sort().join(',')));
};

const print = (r: { label: string; seconds: number; cpuSeconds: number; ratio: number; maxRssMb: number; interactions: number; flagged: number; campaigns: number; jaccard: number; sameCampaigns: string }): void => {
  process.stdout.write(`${r.label.padEnd(12)} ${r.seconds.toFixed(1).padStart(7)} s  ×${r.ratio.toFixed(2)}  CPU ${r.cpuSeconds.toFixed(1)} s  peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB  ${Math.round(r.interactions / r.seconds).toLocaleString('en').padStart(7)} interactions/s  flagged ${r.flagged}  campaigns ${r.campaigns}  flagged Jaccard ${r.jaccard.toFixed(4)}  same campaigns ${r.sameCampaigns}\n`);
};
const base = run(0);
const baseV = verdicts(base.dir);
const baseFlagged = new Set([...baseV].filter(([, v]) => v.flagged).map(([id]) => id));
const baseGroups = groups(baseV);
process.stdout.write(`world: ${world} (${base.run.interactions.toLocaleString('en')} interactions)\n`);
print({ label: 'one engine', ...base.run, ratio: 1, jaccard: 1, sameCampaigns: `${baseGroups.size}/${baseGroups.size}` });
for (const n of values.shards.split(',').map(Number)) {
  const r = run(n);
  const v = verdicts(r.dir);
  const flagged = new Set([...v].filter(([, x]) => x.flagged).map(([id]) => id));
  let inter = 0;
  for (const id of flagged) if (baseFlagged.has(id)) inter++;
  const g = groups(v);
  print({ label: `--shards ${n}`, ...r.run, ratio: r.run.seconds / base.run.seconds, jaccard: inter / Math.max(1, flagged.size + baseFlagged.size - inter), sameCampaigns: `${[...g].filter((x) => baseGroups.has(x)).length}/${baseGroups.size}` });
}
if (!values.world) rmSync(work, { recursive: true, force: true });
