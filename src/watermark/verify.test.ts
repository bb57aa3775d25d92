import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { assistantResponses, gpt4Responses } from './assistant-corpus.js';
import { keyFromSecret, type WatermarkKey } from './key.js';
import { chooserFor, watermarkText } from './lexical.js';
import { ProseScanner } from './scanner.js';
import { ksUniform, logTailSumOfBinomials, logTailUniformScores, randomisedTail } from './stats.js';
import { scoreTexts } from './verify.js';

function testKey(label: string, i: number): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`verify test key ${label} ${i}`).digest());
}

/** P(X >= h) by enumerating every outcome of the Bernoulli variables (tiny sizes only). */
function bruteForceTail(sizes: number[], hits: number): number {
  let total = 0;
  const rec = (i: number, got: number, prob: number): void => {
    if (i === sizes.length) {
      if (got >= hits) total += prob;
      return;
    }
    const k = sizes[i]!;
    rec(i + 1, got + 1, prob / k);
    rec(i + 1, got, (prob * (k - 1)) / k);
  };
  rec(0, 0, 1);
  return total;
}

test('the exact tail equals brute-force enumeration for mixed group sizes', () => {
  for (const [n2, n3, n4] of [[0, 0, 0], [5, 0, 0], [0, 6, 0], [4, 3, 0], [3, 3, 2], [9, 5, 1]] as const) {
    const sizes = [...Array<number>(n2).fill(2), ...Array<number>(n3).fill(3), ...Array<number>(n4).fill(4)];
    for (let h = 0; h <= sizes.length + 1; h++) {
      const exact = Math.exp(logTailSumOfBinomials(new Map([[2, n2], [3, n3], [4, n4]]), h));
      const brute = bruteForceTail(sizes, h);
      assert.ok(Math.abs(exact - brute) < 1e-12, `n=(${n2},${n3},${n4}) h=${h}: ${exact} vs ${brute}`);
    }
  }
  // Deep tails stay exact in log space: 2000 hits of 2000 pairs is 2^-2000.
  const ln = logTailSumOfBinomials(new Map([[2, 2000]]), 2000);
  assert.ok(Math.abs(ln / Math.LN2 + 2000) < 1e-6);
});

test('on unwatermarked real text the p-value is valid and its randomised version uniform over keys (KS)', () => {
  for (const [name, texts] of [['gpt-4', gpt4Responses().slice(0, 300)], ['hh-rlhf', assistantResponses('hh-rlhf').slice(0, 300)]] as const) {
    const n = 400;
    const exact: number[] = [];
    const randomised: number[] = [];
    for (let i = 0; i < n; i++) {
      const r = scoreTexts(testKey(name, i), texts);
      assert.ok(r.scored > 50, `${name}: only ${r.scored} contexts scored`);
      exact.push(r.p_value);
      const sizes = new Map(Object.entries(r.scored_by_group_size!).map(([k, v]) => [Number(k), v]));
      randomised.push(randomisedTail(sizes, r.hits, (i + 0.5) / n));
    }
    // The randomised p is exactly Uniform(0, 1) when the null model (independent Bernoulli(1/k) per unique
    // context) holds. Critical value at alpha = 0.001 is 1.95/sqrt(n); the keys are fixed, so this never flakes.
    const ks = ksUniform(randomised);
    assert.ok(ks.d < 1.95 / Math.sqrt(n), `${name}: randomised p KS D = ${ks.d.toFixed(3)} (p = ${ks.p.toExponential(2)})`);
    // The exact p is discrete and conservative: P(p <= alpha) <= alpha up to sampling noise.
    for (const alpha of [0.01, 0.05, 0.25]) {
      const share = exact.filter((p) => p <= alpha).length / n;
      assert.ok(share <= alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / n), `${name}: P(p <= ${alpha}) = ${share}`);
    }
  }
});

test('watermarked real text gives a tiny p-value; the same text tested with another key does not', () => {
  const key = testKey('wm', 0);
  const texts = gpt4Responses().slice(0, 2000);
  const marked = texts.map((t) => watermarkText(key, t).text);
  const r = scoreTexts(key, marked);
  assert.equal(r.hits, r.scored);
  assert.ok(r.log10_p_value! < -9, `2000 responses: log10 p = ${r.log10_p_value}`);
  assert.ok(r.p_value < 1e-9);
  const small = scoreTexts(key, marked.slice(0, 200));
  assert.ok(small.log10_p_value! < -9, `200 responses: log10 p = ${small.log10_p_value}`);
  const other = scoreTexts(testKey('wm', 1), marked);
  assert.ok(other.p_value > 1e-3, `another key: p = ${other.p_value}`);
  const clean = scoreTexts(key, texts);
  assert.ok(clean.p_value > 1e-3, `the unmarked originals: p = ${clean.p_value}`);
});

test('repeated contexts are scored once, so copying a text does not inflate the evidence', () => {
  const key = testKey('dup', 0);
  const text = watermarkText(key, gpt4Responses()[3]!).text;
  const once = scoreTexts(key, [text]);
  const tenTimes = scoreTexts(key, Array<string>(10).fill(text));
  assert.ok(once.scored > 0);
  assert.equal(tenTimes.scored, once.scored);
  assert.equal(tenTimes.hits, once.hits);
  assert.equal(tenTimes.p_value, once.p_value);
  assert.equal(tenTimes.duplicates_skipped, once.duplicates_skipped + 9 * (once.scored + once.duplicates_skipped));
});

test('a text without changeable words scores nothing and has p = 1', () => {
  const r = scoreTexts(testKey('empty', 0), ['```\noften perhaps\n```', '', '12345']);
  assert.equal(r.scored, 0);
  assert.equal(r.p_value, 1);
  assert.equal(r.statistic, 0);
});

test('with few contexts the exact p is conservative and the randomised p is uniform (the null model is exact)', () => {
  const texts = gpt4Responses().slice(0, 10);
  const exact: number[] = [];
  const randomised: number[] = [];
  const n = 1000;
  for (let i = 0; i < n; i++) {
    const r = scoreTexts(testKey('few', i), texts);
    exact.push(r.p_value);
    const sizes = new Map(Object.entries(r.scored_by_group_size!).map(([k, v]) => [Number(k), v]));
    randomised.push(randomisedTail(sizes, r.hits, (i + 0.5) / n));
  }
  for (const alpha of [0.01, 0.05, 0.2, 0.5]) {
    const share = exact.filter((p) => p <= alpha).length / n;
    // Binomial noise at n = 1000 is at most about 0.016 (1 sd); allow 3 sd above alpha.
    assert.ok(share <= alpha + 3 * Math.sqrt((alpha * (1 - alpha)) / n), `P(p <= ${alpha}) = ${share}`);
  }
  const ks = ksUniform(randomised);
  assert.ok(ks.d < 1.95 / Math.sqrt(n), `randomised p: KS D = ${ks.d.toFixed(3)}`);
});

test('the exact tail of summed integer scores equals brute-force enumeration', () => {
  const cases: number[][][] = [[[10, 0]], [[10, 0], [3, 7], [5, 5]], [[0, 4, 6], [2, 8], [1, 1, 8], [10, 0, 0, 0]], [[7, 3], [7, 3], [7, 3], [0, 10]]];
  for (const vectors of cases) {
    const max = vectors.reduce((s, v) => s + Math.max(...v), 0);
    for (let observed = 0; observed <= max + 1; observed++) {
      let brute = 0;
      const rec = (i: number, sum: number, prob: number): void => {
        if (i === vectors.length) {
          if (sum >= observed) brute += prob;
          return;
        }
        for (const x of vectors[i]!) rec(i + 1, sum + x, prob / vectors[i]!.length);
      };
      rec(0, 0, 1);
      const exact = Math.exp(logTailUniformScores(vectors, observed));
      assert.ok(Math.abs(exact - brute) < 1e-12, `${JSON.stringify(vectors)} >= ${observed}: ${exact} vs ${brute}`);
    }
  }
  assert.throws(() => logTailUniformScores([[1.5, 0]], 1));
});

test('a suspect that writes the keyed word more often than not is found better by majority and share votes', () => {
  const key = testKey('lean', 0);
  // Each occurrence of a site gets the keyed member with probability 0.7, else the text's own word.
  let state = 12345;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const chooser = chooserFor(key);
  const lean = (text: string): string => {
    const scanner = new ProseScanner((site) => (rand() < 0.7 ? chooser.choose(site) : site.observed));
    return scanner.push(text) + scanner.end();
  };
  const base = gpt4Responses().slice(0, 150);
  const texts = [...base, ...base, ...base, ...base].map(lean);
  const first = scoreTexts(key, texts);
  const majority = scoreTexts(key, texts, { vote: 'majority' });
  const share = scoreTexts(key, texts, { vote: 'share' });
  assert.equal(majority.scored, first.scored);
  assert.ok(majority.hits > first.hits, `majority ${majority.hits} vs first ${first.hits} of ${first.scored}`);
  assert.ok(majority.log10_p_value! < first.log10_p_value!, `majority ${majority.log10_p_value} vs first ${first.log10_p_value}`);
  assert.ok(share.log10_p_value! < first.log10_p_value!, `share ${share.log10_p_value} vs first ${first.log10_p_value}`);
  assert.equal(share.vote, 'share');
  assert.ok(share.score! > share.expected_score!);
  // On the unwatermarked texts neither vote finds anything.
  assert.ok(scoreTexts(key, [...base, ...base], { vote: 'majority' }).p_value > 1e-3);
  assert.ok(scoreTexts(key, [...base, ...base], { vote: 'share' }).p_value > 1e-3);
});
