/** Template sketches: same frame with different real fillers is near, unrelated prompts are far. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { itemHash, variantHash, lshBands, minhashSimilarity, simhashDistance, skeletonText, templateSketch } from './sketch.js';
import { every, jsonl } from './corpus-sample.js';

const gsm = every(jsonl('extraction/gsm8k-test.jsonl'), 60).map((r) => String(r.question));
const organic = every(jsonl('organic/arena-hard-v0.1.jsonl'), 25).map((r) => String(r.prompt));
const FRAME_HEAD = 'You are a meticulous maths tutor. Read the problem below carefully and reason about it step by step before answering.\n\nProblem:\n';
const FRAME_TAIL = '\n\nRespond with your full reasoning first, then write "Final answer:" followed by the number only.';

test('same template, different fillers → small SimHash distance and shared LSH bands', () => {
  const sk = gsm.map((q) => templateSketch(FRAME_HEAD + q + FRAME_TAIL, null));
  const organicSk = organic.map((p) => templateSketch(p, null));
  let sameDist = 0, pairs = 0, shared = 0;
  for (let i = 0; i + 1 < sk.length; i++) {
    sameDist += simhashDistance(sk[i]!, sk[i + 1]!);
    pairs++;
    const a = new Set(lshBands(sk[i]!.minhash, 8));
    if (lshBands(sk[i + 1]!.minhash, 8).some((b) => a.has(b))) shared++;
  }
  let crossDist = 0, cross = 0;
  for (let i = 0; i < organicSk.length; i++) for (let j = i + 1; j < organicSk.length; j++) { crossDist += simhashDistance(organicSk[i]!, organicSk[j]!); cross++; }
  const same = sameDist / pairs;
  const unrelated = crossDist / cross;
  assert.ok(same < 16, `same-template mean distance ${same}`);
  assert.ok(unrelated > 24, `unrelated mean distance ${unrelated}`);
  assert.ok(shared / pairs > 0.8, `shared bands ${shared}/${pairs}`);
});

test('numbers, quotes and code are normalised away in the skeleton', () => {
  const a = templateSketch('Translate "good morning" into French and count 12 letters.', null);
  const b = templateSketch('Translate "where is the station" into French and count 7 letters.', null);
  assert.equal(simhashDistance(a, b), 0);
  assert.equal(minhashSimilarity(a.minhash, b.minhash), 1);
  assert.equal(skeletonText('Fix ```x = 1``` and see https://x.y/z now, 42 times'), 'fix <code> and see <url> now # times');
});

test('itemHash: stable under case/spacing, different for different items, 53-bit safe', () => {
  const q = gsm[0]!;
  assert.equal(itemHash(q), itemHash(`  ${q.toUpperCase().replace(/ /g, '   ')}\n`));
  const hashes = new Set(gsm.map(itemHash));
  assert.equal(hashes.size, new Set(gsm).size);
  for (const h of hashes) assert.ok(Number.isSafeInteger(h) && h >= 0);
  assert.notEqual(itemHash('What is 2 + 2?'), itemHash('What is 2 + 3?'));
});

test('LSH bands have the requested count and empty prompts do not throw', () => {
  const s = templateSketch('', null);
  assert.equal(s.tokens, 0);
  assert.equal(lshBands(s.minhash, 4).length, 4);
  assert.equal(simhashDistance(s, s), 0);
});

test('variantHash: numeric perturbations of one question share it; other questions and wordings do not', () => {
  const a = "Janet's ducks lay 16 eggs per day. She eats 3 for breakfast and sells the rest at $2 each.";
  const b = "Janet's ducks lay 23 eggs per day. She eats 5 for breakfast and sells the rest at $2.50 each.";
  assert.equal(variantHash(a), variantHash(b));
  assert.notEqual(itemHash(a), itemHash(b));
  assert.notEqual(variantHash(a), variantHash(a.replace('ducks', 'hens')));
  assert.equal(variantHash(a), variantHash(`  ${a.toUpperCase()}\n`));
  assert.ok(Number.isSafeInteger(variantHash(b)));
});
