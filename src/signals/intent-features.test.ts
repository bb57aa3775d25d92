/**
 * The script-aware tokenizer and feature extractor of the intent model: case and diacritics folded across scripts,
 * Han and Kana split into characters, punctuation of every script separating words.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DENSE_NAMES, DIM, extractFeatures, SparseVec, tokenizeIntent } from './intent-features.js';

const toks = (s: string): number[] => {
  const out = new Uint32Array(256);
  return Array.from(out.subarray(0, tokenizeIntent(s, out)));
};

test('case and diacritics are folded in Latin, Greek and Cyrillic', () => {
  assert.deepEqual(toks('RÉSOUS Étape'), toks('resous etape'));
  assert.deepEqual(toks('Schritt FÜR'), toks('schritt fur'));
  assert.deepEqual(toks('ПОКАЖИ Решение'), toks('покажи решение'));
  assert.notDeepEqual(toks('resous'), toks('resout'));
});

test('Han and Kana characters are words of their own; CJK and fullwidth punctuation separate words', () => {
  assert.equal(toks('一步一步').length, 4);
  assert.equal(toks('請解答。然後').length, 5);
  assert.deepEqual(toks('答え：ＡＢＣ'), toks('答え abc'));
  // Hangul is spaced: words, not characters.
  assert.equal(toks('단계별로 풀고').length, 2);
});

test('digit runs share one token in every script', () => {
  assert.deepEqual(toks('42 apples'), toks('7 apples'));
  assert.deepEqual(toks('共３题'), toks('共7题'));
});

test('script mix is a dense feature: an instruction in one script around an item in another', () => {
  const v = new SparseVec();
  const dense = (p: string): Map<string, number> => {
    extractFeatures(p, null, v);
    const m = new Map<string, number>();
    for (let k = 0; k < v.n; k++) if (v.idx[k]! >= DIM) m.set(DENSE_NAMES[v.idx[k]! - DIM]!, v.val[k]!);
    return m;
  };
  assert.equal(dense('请一步一步解答：A train leaves at 3 pm and travels 60 miles per hour.').get('script:mixed'), 1);
  assert.equal(dense('What is the capital of France?').has('script:mixed'), false);
  assert.equal(dense('为什么冬天手机电池掉电特别快？').has('script:mixed'), false);
  assert.equal(dense('为什么冬天手机电池掉电特别快？').get('script:non-latin'), 1);
});

test('features are bounded and the vector is reusable across calls', () => {
  const v = new SparseVec();
  extractFeatures('x'.repeat(100_000) + ' 逐步 '.repeat(5000), 'système', v);
  const n1 = v.n;
  for (let k = 0; k < v.n; k++) assert.ok(v.idx[k]! >= 0 && v.idx[k]! < DIM + DENSE_NAMES.length);
  extractFeatures('x'.repeat(100_000) + ' 逐步 '.repeat(5000), 'système', v);
  assert.equal(v.n, n1);
  assert.equal(v.seen.every((b) => b === 0), true);
});

test('structure features: pipeline envelopes, work-queue counters, JSON keys and inline output specs', () => {
  const dense = (s: string): Record<string, number> => {
    const v = new SparseVec();
    extractFeatures(s, null, v);
    const out: Record<string, number> = {};
    for (let k = 0; k < v.n; k++) if (v.idx[k]! >= DIM) out[DENSE_NAMES[v.idx[k]! - DIM]!] = v.val[k]!;
    return out;
  };
  assert.equal(dense('<s>[INST] How far is the moon? [/INST]')['record:envelope'], 1);
  assert.equal(dense('{"id": "x-12", "prompt": "How far is the moon?", "completion": ""}')['record:envelope'], 1);
  assert.equal(dense('How far is the moon? My son asked me at dinner.')['record:envelope'], undefined);
  assert.equal(dense('Görev 14/200: Ay ne kadar uzakta?')['counter:label'], 1);
  assert.equal(dense('प्रश्न 12: चंद्रमा कितनी दूर है?')['counter:label'], 1);
  assert.equal(dense('How far is the moon from the earth in 2024?')['counter:label'], undefined);
  assert.equal(dense('{"a": 1, "b": 2, "c": 3}')['json:keys'], 0.5);
  assert.equal(dense('Output: 1) the plan, 2) the code, 3) the tests.')['enum:inline'], 1);
  assert.equal(dense('I have 1 cat and 2 dogs.')['enum:inline'], undefined);
});
