/**
 * How far V8 lets the heap grow past its live size before the next full collection. A replay promotes a steady stream
 * of short-lived objects (observations held for the lateness window, each step's cluster evaluations), and by its own
 * heuristic V8 let the heap reach 2.5× its live size between full collections: on a scale-1 replay, 850 MB live and
 * 2.1 GB committed at 8M interactions. A fixed, small growing factor keeps the peak nearer the live size, at a price
 * in time, since full collections come more often and the other core is busy reading (30%: 3.0 instead of 3.8 GB
 * peak RSS, 34% more time on those 8M). The setting is process-wide and applies to worker threads too.
 */
import { setFlagsFromString } from 'node:v8';
import { DistillguardError } from '../errors.js';

/** Default growth allowed past the live heap, in percent. */
export const DEFAULT_HEAP_GROWTH_PERCENT = 30;

/** Sets V8's heap growing factor to 1 + percent/100; 0 restores V8's own heuristic. */
export function limitHeapGrowth(percent: number = DEFAULT_HEAP_GROWTH_PERCENT): void {
  if (!Number.isInteger(percent) || percent < 0) throw new DistillguardError('USAGE', `heap growth must be a whole number of percent >= 0, got ${percent}`);
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}
