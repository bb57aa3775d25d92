/**
 * Benchmark: the event spool's two paths against references measured in the same run on the same disk.
 * - durable appends from C concurrent producers (one event each, each waiting until its event is on disk):
 *   the spool's group commit against one `appendFile` + `fdatasync` per event (what a spool without group commit
 *   pays for the same promise);
 * - reading the spool back streaming (`drain` with a sender that acknowledges at once) against the Node read floor:
 *   readline over the same bytes with JSON.parse of every line.
 * Prints events/s, MiB/s and the ratios.
 *
 *   node dist/bench/spool.js [--events 20000] [--size 2048] [--concurrency 64]
 */
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { EventSpool, type SpoolRecord } from '../src/live/event-spool.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '20000' }, size: { type: 'string', default: '2048' }, concurrency: { type: 'string', default: '64' } } });
const N = Number(values.events);
const SIZE = Number(values.size);
const C = Number(values.concurrency);
const work = mkdtempSync(join(tmpdir(), 'dg-bench-spool-'));
const rec = (i: number): SpoolRecord => ({ subj: 'dg.events.0', id: `i:bench-${i}`, data: JSON.stringify({ t: 'i', v: { id: `bench-${i}`, prompt: 'p'.repeat(SIZE) } }) });

async function producers(one: (i: number) => Promise<unknown>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: C }, async () => {
    while (next < N) await one(next++);
  }));
  return (performance.now() - t0) / 1000;
}

try {
  // Reference: every event its own append + fdatasync.
  const ref = await open(join(work, 'reference.jsonl'), 'a', 0o600);
  let chain = Promise.resolve();
  const refSeconds = await producers((i) => (chain = chain.then(async () => {
    await ref.write(JSON.stringify(rec(i)) + '\n');
    await ref.datasync();
  })));
  await ref.close();

  const spool = await EventSpool.open({ dir: join(work, 'spool'), maxBytes: 8 * 1024 ** 3, full: 'drop-oldest' });
  const spoolSeconds = await producers((i) => spool.append([rec(i)]));
  const mib = spool.bytes / 2 ** 20;

  const floorT0 = performance.now();
  let floorLines = 0;
  for await (const line of createInterface({ input: createReadStream(join(work, 'reference.jsonl'), { encoding: 'utf8', highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    JSON.parse(line);
    floorLines++;
  }
  const floorSeconds = (performance.now() - floorT0) / 1000;
  const drainT0 = performance.now();
  const drained = await spool.drain(async () => [], 512);
  const drainSeconds = (performance.now() - drainT0) / 1000;
  await spool.close();

  const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en')} events/s`;
  console.log(`spool bench: ${N} events of ~${SIZE} B (${mib.toFixed(0)} MiB), ${C} concurrent producers`);
  console.log(`  durable append, appendFile+fdatasync per event (reference): ${rate(N, refSeconds)}`);
  console.log(`  durable append, spool group commit: ${rate(N, spoolSeconds)} (${spool.stats.commits} commits) = ${(refSeconds / spoolSeconds).toFixed(1)}x the reference`);
  console.log(`  read floor, readline + JSON.parse (reference): ${rate(floorLines, floorSeconds)}, ${(mib / floorSeconds).toFixed(0)} MiB/s`);
  console.log(`  spool drain (streamed, instant acknowledgements): ${rate(drained, drainSeconds)}, ${(mib / drainSeconds).toFixed(0)} MiB/s = ${(floorSeconds / drainSeconds).toFixed(2)}x the read floor`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
