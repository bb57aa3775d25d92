/**
 * The intent score on real corpus text: extraction framings score high, the same items asked plainly and
 * organic prompts score low. Items come from the corpora; the wrappers here are written for the test and are
 * not among the training phrasings (scripts/intent-phrasings.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { intentScore, KIND_MIN_SCORE } from './intent.js';
import { every, jsonl } from './corpus-sample.js';

const gsm = every(jsonl('extraction/gsm8k-test.jsonl'), 40).map((r) => String(r.question));
const organic = every(jsonl('organic/koala.jsonl'), 3).map((r) => String(r.prompt)).concat(every(jsonl('organic/vicuna-bench.jsonl'), 2).map((r) => (r.turns as string[])[0]!));

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

test('plain maths questions are not extraction by themselves', () => {
  const scores = gsm.map((q) => intentScore(q, null).score);
  assert.ok(mean(scores) < 0.2, `mean ${mean(scores)}`);
});

test('organic prompts score low on average', () => {
  const scores = organic.map((q) => intentScore(q, null).score);
  assert.ok(mean(scores) < 0.15, `mean ${mean(scores)}`);
});

test('the same items inside extraction wrappers score high and name their kind', () => {
  const wrapped = gsm.map((q) => `${q}\n\nWork through this step by step, showing all of your reasoning, and give the final answer at the end.`);
  const scores = wrapped.map((q) => intentScore(q, null));
  assert.ok(mean(scores.map((s) => s.score)) > 0.6, `mean ${mean(scores.map((s) => s.score))}`);
  assert.ok(scores.filter((s) => s.kinds.includes('cot-elicitation')).length > scores.length * 0.6);
  const graded = intentScore(`Score this candidate answer from 1 to 10 against the rubric.\nQuestion: ${gsm[0]}\nCandidate answer: 42`, null);
  assert.ok(graded.kinds.includes('rubric-grading'), JSON.stringify(graded));
});

test('wrapped scores exceed plain scores item by item (the frame, not the topic, drives the score)', () => {
  let higher = 0;
  for (const q of gsm) {
    const plain = intentScore(q, null).score;
    const framed = intentScore(`Answer the following. Respond in JSON with keys "reasoning" and "answer".\n${q}`, null).score;
    if (framed > plain) higher++;
  }
  assert.ok(higher >= gsm.length * 0.9, `${higher}/${gsm.length}`);
});

test('kinds are suppressed below the minimum score and input is never thrown on', () => {
  const r = intentScore('What is the capital of France?', null);
  assert.ok(r.score < KIND_MIN_SCORE);
  assert.deepEqual([...r.kinds], []);
  assert.doesNotThrow(() => intentScore('', null));
  assert.doesNotThrow(() => intentScore('x'.repeat(200_000), 'y'.repeat(50_000)));
  const s = intentScore('a', null).score;
  assert.ok(s >= 0 && s <= 1);
});
