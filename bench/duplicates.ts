/**
 * Benchmark: the duplicate-id filter of the replay (src/engine/duplicates.ts) against the same policy kept in a `Set`
 * of id strings with a ring of times beside it (the reference), in one run, on ids shaped like request ids. Both must
 * drop the same ids; prints each one's time and the ratio.
 *
 *   node dist/bench/duplicates.js [--ids 3000000] [--max-ids 1000000] [--repeat-every 7] [--rounds 2]
 */
import { parseArgs } from 'node:util';
import { DuplicateFilter } from '../src/engine/duplicates.js';

const { values } = parseArgs({ options: { ids: { type: 'string', default: '3000000' }, 'max-ids': { type: 'string', default: '1000000' }, 'repeat-every': { type: 'string', default: '7' }, rounds: { type: 'string', default: '2' } } });
const n = Number(values.ids);
const maxIds = Number(values['max-ids']);
const every = Number(values['repeat-every']);

/** The reference: ids in a Set, first-seen times in a ring, the oldest forgotten first. */
class SetFilter {
  private readonly seen = new Set<string>();
  private ids: string[] = [];
  private times: number[] = [];
  private head = 0;
  dropped = 0;
  constructor(private readonly windowMs: number, private readonly maxIds: number) {}
  repeated(id: string, ts: number, now: number): boolean {
    if (this.seen.has(id)) {
      this.dropped++;
      return true;
    }
    this.seen.add(id);
    this.ids.push(id);
    this.times.push(ts);
    const before = Math.max(now, ts) - this.windowMs;
    while (this.head < this.ids.length) {
      if (this.times[this.head]! >= before && this.seen.size <= this.maxIds) break;
      this.seen.delete(this.ids[this.head++]!);
    }
    if (this.head > 1 << 20) {
      this.ids = this.ids.slice(this.head);
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    return false;
  }
}

// Ids as a request log has them; one in `every` repeats an id a few requests back (a redelivery).
const ids = Array.from({ length: n }, (_, k) => `req_${(Math.imul(k, 2654435761) >>> 0).toString(36)}${k.toString(36)}`);
const windowMs = 30 * 24 * 3_600_000;
function run(filter: { repeated(id: string, ts: number, now: number): boolean }): { seconds: number; dropped: number } {
  const t = performance.now();
  let dropped = 0;
  for (let k = 0; k < n; k++) {
    const id = ids[k % every === 0 && k > 10 ? k - 5 : k]!;
    if (filter.repeated(id, k * 1000, k * 1000)) dropped++;
  }
  return { seconds: (performance.now() - t) / 1000, dropped };
}
for (let round = 1; round <= Number(values.rounds); round++) {
  const reference = run(new SetFilter(windowMs, maxIds));
  const ring = run(new DuplicateFilter({ windowMs, maxIds }));
  if (ring.dropped !== reference.dropped) throw new Error(`dropped ${ring.dropped} ids, the reference ${reference.dropped}`);
  console.log(`round ${round}: ${n.toLocaleString('en-US')} ids (${reference.dropped.toLocaleString('en-US')} repeats, at most ${maxIds.toLocaleString('en-US')} remembered): ` +
    `Set reference ${reference.seconds.toFixed(2)} s, ring + table ${ring.seconds.toFixed(2)} s = ${(ring.seconds / reference.seconds).toFixed(2)}x`);
}
