/**
 * Flag rate of an intent model on the real organic corpora (data/corpora/organic): every prompt as it is, no system
 * prompt, at the engine's two thresholds. The model trains on four in five of these prompts (split by a hash of the
 * text, as in train-intent.ts), so the held-out fifth is reported apart: it is the honest figure.
 *
 *   node dist/scripts/eval-intent-organic.js [--model data/models/intent-v1.json] [--dir data/corpora/organic]
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { IntentModel, type IntentModelFile } from '../src/signals/intent.js';
import { fnv1a } from '../src/signals/text.js';

const THRESHOLDS = [0.35, 0.5] as const;

function lines(path: string): Record<string, unknown>[] {
  const buf = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
  return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** The user prompts of each organic corpus, read as train-intent.ts reads them. */
function corpora(dir: string): Array<[string, string[]]> {
  const hh = lines(join(dir, 'hh-rlhf-harmless-test.jsonl.gz')).map((r) => /Human:\s*([\s\S]*?)\n\nAssistant:/.exec(String(r.chosen))?.[1]?.trim() ?? '').filter((t) => t !== '');
  return [
    ['koala', lines(join(dir, 'koala.jsonl')).map((r) => String(r.prompt))],
    ['arena-hard', lines(join(dir, 'arena-hard-v0.1.jsonl')).map((r) => String(r.prompt))],
    ['mt-bench', lines(join(dir, 'mt-bench.jsonl')).flatMap((r) => r.turns as string[])],
    ['vicuna', lines(join(dir, 'vicuna-bench.jsonl')).map((r) => (r.turns as string[])[0]!)],
    ['hh-rlhf', hh],
    ['self-instruct-user', lines(join(dir, 'self-instruct-user-oriented.jsonl')).map((r) => {
      const input = (r.instances as Array<{ input: string }>)[0]?.input?.trim() ?? '';
      return input ? `${String(r.instruction)}\n\n${input}` : String(r.instruction);
    })],
  ];
}

function main(): void {
  const { values } = parseArgs({ options: {
    model: { type: 'string', default: 'data/models/intent-v1.json' },
    dir: { type: 'string', default: 'data/corpora/organic' },
  } });
  const model = IntentModel.fromFile(JSON.parse(readFileSync(String(values.model), 'utf8')) as IntentModelFile);
  const total = { all: [0, 0, 0], held: [0, 0, 0] };
  const rate = (c: number[], k: number): string => `${(c[k]! / Math.max(1, c[0]!)).toFixed(4)} (${c[k]}/${c[0]})`;
  console.log(`model ${values.model}  corpora ${values.dir}  thresholds ${THRESHOLDS.join(' / ')}`);
  for (const [name, texts] of corpora(String(values.dir))) {
    const all = [0, 0, 0];
    const held = [0, 0, 0];
    for (const t of texts) {
      const s = model.score(t, null).score;
      const isHeld = fnv1a(t) % 5 === 0;
      for (const c of isHeld ? [all, held, total.all, total.held] : [all, total.all]) {
        c[0]!++;
        THRESHOLDS.forEach((th, k) => { if (s >= th) c[k + 1]!++; });
      }
    }
    console.log(`  ${name.padEnd(20)} all ${rate(all, 1)} / ${rate(all, 2)}   held-out ${rate(held, 1)} / ${rate(held, 2)}`);
  }
  console.log(`  ${'total'.padEnd(20)} all ${rate(total.all, 1)} / ${rate(total.all, 2)}   held-out ${rate(total.held, 1)} / ${rate(total.held, 2)}`);
}

main();
