/** The prompt mix the signal benchmarks run on: benchmark items, code tasks and organic prompts from data/corpora. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('../../data/corpora/', import.meta.url);

const read = (p: string): string => {
  const b = readFileSync(fileURLToPath(new URL(p, root)));
  return p.endsWith('.gz') ? gunzipSync(b).toString('utf8') : b.toString('utf8');
};

const jsonl = (p: string): Record<string, unknown>[] => read(p).split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

export function benchPrompts(): string[] {
  const out: string[] = [];
  for (const r of jsonl('extraction/gsm8k-test.jsonl')) out.push(String(r.question));
  for (const r of jsonl('extraction/humaneval.jsonl.gz')) out.push(String(r.prompt));
  for (const r of JSON.parse(read('extraction/gpteacher-codegen.json.gz')) as Array<Record<string, string>>) out.push(`${r.instruction}\n${r.input ?? ''}`);
  for (const r of jsonl('organic/arena-hard-v0.1.jsonl')) out.push(String(r.prompt));
  for (const r of jsonl('organic/koala.jsonl')) out.push(String(r.prompt));
  for (const r of jsonl('organic/hh-rlhf-harmless-test.jsonl.gz')) out.push(String(r.chosen).slice(0, 600));
  return out;
}
