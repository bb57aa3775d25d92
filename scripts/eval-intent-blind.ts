/**
 * Aggregate-only evaluation of an intent model on an external blind set (lines {"text","label","kind"}).
 *
 *   node dist/scripts/eval-intent-blind.js [--set worlds/blind/intent/blind-v2.jsonl] [--model data/models/intent-v1.json]
 *
 * Prints counts, AUC, recall and false-positive rate at the engine's two thresholds (0.35, 0.5), recall per
 * extraction kind and false positives per ordinary kind. It never prints a text or a per-prompt score: the set stays
 * blind, so run it once per shipped model and never tune on it.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { IntentModel, type IntentModelFile } from '../src/signals/intent.js';

const THRESHOLDS = [0.35, 0.5] as const;

/** 1 for an extraction prompt, 0 for an ordinary one; null for a label this script does not understand. */
function labelOf(v: unknown): 0 | 1 | null {
  if (v === 1 || v === true) return 1;
  if (v === 0 || v === false) return 0;
  const s = String(v).trim().toLowerCase();
  if (['1', 'true', 'positive', 'pos', 'extraction', 'attack', 'distillation'].includes(s)) return 1;
  if (['0', 'false', 'negative', 'neg', 'organic', 'ordinary', 'benign'].includes(s)) return 0;
  return null;
}

/** Rank-based AUC with ties averaged. */
function auc(scores: readonly number[], ys: readonly number[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let rankSum = 0;
  let pos = 0;
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]!] === scores[order[i]!]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (ys[order[k]!] === 1) { rankSum += rank; pos++; }
    i = j + 1;
  }
  const neg = ys.length - pos;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

function main(): void {
  const { values } = parseArgs({ options: {
    set: { type: 'string', default: 'worlds/blind/intent/blind-v2.jsonl' },
    model: { type: 'string', default: 'data/models/intent-v1.json' },
  } });
  const model = IntentModel.fromFile(JSON.parse(readFileSync(String(values.model), 'utf8')) as IntentModelFile);
  const scores: number[] = [];
  const ys: number[] = [];
  const kinds: string[] = [];
  let unlabelled = 0;
  for (const line of readFileSync(String(values.set), 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const row = JSON.parse(line) as { text?: unknown; label?: unknown; kind?: unknown };
    const y = labelOf(row.label);
    if (y === null || typeof row.text !== 'string') { unlabelled++; continue; }
    scores.push(model.score(row.text, null).score);
    ys.push(y);
    kinds.push(typeof row.kind === 'string' && row.kind !== '' ? row.kind : '(none)');
  }
  const pos = ys.filter((y) => y === 1).length;
  const r3 = (x: number): string => x.toFixed(3);
  console.log(`set ${values.set}  model ${values.model}`);
  console.log(`positives ${pos}  negatives ${ys.length - pos}  skipped (unknown label) ${unlabelled}`);
  console.log(`AUC ${r3(auc(scores, ys))}`);
  for (const t of THRESHOLDS) {
    let tp = 0;
    let fp = 0;
    scores.forEach((s, i) => { if (s >= t) { if (ys[i] === 1) tp++; else fp++; } });
    console.log(`@${t}: recall ${r3(tp / Math.max(1, pos))} (${tp}/${pos})  FPR ${r3(fp / Math.max(1, ys.length - pos))} (${fp}/${ys.length - pos})`);
  }
  const byKind = new Map<string, number[]>();
  ys.forEach((y, i) => { if (y === 1) { const a = byKind.get(kinds[i]!) ?? []; a.push(scores[i]!); byKind.set(kinds[i]!, a); } });
  const ordinaryByKind = new Map<string, number[]>();
  ys.forEach((y, i) => { if (y === 0) { const a = ordinaryByKind.get(kinds[i]!) ?? []; a.push(scores[i]!); ordinaryByKind.set(kinds[i]!, a); } });
  for (const [title, groups] of [['recall by kind', byKind], ['false-positive rate by ordinary kind', ordinaryByKind]] as const) {
    console.log(`${title} (@0.35 / @0.5):`);
    for (const [k, ss] of [...groups].sort()) {
      const at = (t: number): string => r3(ss.filter((s) => s >= t).length / ss.length);
      console.log(`  ${k.padEnd(24)} n=${String(ss.length).padStart(4)}  ${at(0.35)} / ${at(0.5)}`);
    }
  }
}

main();
