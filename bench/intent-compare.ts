/**
 * Per-request cost of the extraction-intent model against another build of it (for example the main branch's
 * `dist/`), measured in the same process on the same prompts, alternating, best of N rounds: the ratio is what a
 * feature or model change costs on every request.
 *
 *   npx tsc -p . && node dist/bench/intent-compare.js --other /path/to/other/dist [--rounds 12]
 *
 * Prints prompts/s for both and the cost ratio (this build's time over the other's); no absolute thresholds.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { benchPrompts } from './prompt-mix.js';
import { intentModel } from '../src/signals/intent.js';

interface Scorer { score(prompt: string, system: string | null): { score: number } }

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { other: { type: 'string' }, rounds: { type: 'string', default: '12' } } });
  if (!values.other) throw new Error('--other DIST is required (the dist/ directory of the build to compare with)');
  const other = (await import(pathToFileURL(join(values.other, 'src/signals/intent.js')).href)) as { intentModel(): Scorer };
  const mine: Scorer = intentModel();
  const theirs = other.intentModel();
  const ps = benchPrompts();
  let sink = 0;
  const run = (m: Scorer): number => {
    const t = performance.now();
    for (const p of ps) sink += m.score(p, null).score;
    return performance.now() - t;
  };
  let a = Infinity;
  let b = Infinity;
  for (let r = 0; r < Number(values.rounds); r++) {
    b = Math.min(b, run(theirs));
    a = Math.min(a, run(mine));
  }
  const rate = (ms: number): string => Math.round(ps.length / (ms / 1000)).toLocaleString('en-US');
  console.log(`${ps.length} prompts, best of ${values.rounds} rounds: other ${rate(b)}/s, this build ${rate(a)}/s, cost ratio ${(a / b).toFixed(2)}×`);
  if (sink === 0.123456) console.log('');
}

await main();
