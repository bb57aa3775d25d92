/**
 * Wording overlap between the training grammars of the intent model and an external blind set: the longest run of
 * consecutive words (characters for Chinese and Japanese) that a grammar value shares with any text of the set.
 * A training phrasing copied from the set shows up as a long run; topic words and single stock phrases ("step by
 * step") as short ones.
 *
 *   node dist/scripts/intent-blind-overlap.js --set worlds/blind/intent3/blind-v3.jsonl [--min 6] [--show]
 *
 * Prints how many grammar values share a run of at least --min words with the set, and the distribution of the
 * longest runs. --show also prints the shared runs (only for sets already seen: it reveals their wording).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FAMILY_LANGS } from './intent-families.js';

/** Words of a text: lower case, split on anything that is not a letter or digit; Han and Kana one per character. */
function words(s: string): string[] {
  const out: string[] = [];
  for (const m of s.toLowerCase().matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+/gu)) out.push(m[0]);
  return out;
}

function main(): void {
  const { values } = parseArgs({ options: { set: { type: 'string' }, min: { type: 'string', default: '6' }, show: { type: 'boolean', default: false } } });
  if (!values.set) throw new Error('--set FILE is required');
  const min = Number(values.min);
  // Index every run of `min` words of the set.
  const grams = new Set<string>();
  const texts: string[][] = [];
  for (const line of readFileSync(values.set, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const w = words(String((JSON.parse(line) as { text?: unknown }).text ?? ''));
    texts.push(w);
    for (let i = 0; i + min <= w.length; i++) grams.add(w.slice(i, i + min).join(' '));
  }
  const values_: string[] = [];
  for (const lang of FAMILY_LANGS) for (const v of Object.values(lang)) if (Array.isArray(v)) values_.push(...(v as string[]));
  const hist = new Map<number, number>();
  let flagged = 0;
  for (const v of values_) {
    // Placeholders are not wording.
    const w = words(v.replace(/\{[a-z_0-9]+\}/g, ' '));
    let longest = 0;
    let run = '';
    for (let i = 0; i + min <= w.length; i++) {
      if (!grams.has(w.slice(i, i + min).join(' '))) continue;
      let j = i + min;
      while (j < w.length && texts.some((t) => t.join(' ').includes(w.slice(i, j + 1).join(' ')))) j++;
      if (j - i > longest) { longest = j - i; run = w.slice(i, j).join(' '); }
    }
    if (longest >= min) {
      flagged++;
      if (values.show) console.log(`${longest} words: ${run}`);
    }
    hist.set(longest, (hist.get(longest) ?? 0) + 1);
  }
  console.log(`${values_.length} grammar values (scripts/intent-families.ts); ${flagged} share a run of >= ${min} words with ${values.set}`);
  console.log(`longest shared run per value: ${[...hist].sort((a, b) => a[0] - b[0]).map(([k, n]) => `${k < min ? `<${min}` : k}:${n}`).join(' ')}`);
}

main();
