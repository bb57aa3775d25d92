/**
 * The bench's student must be a proper language model: probabilities over the vocabulary sum to one in seen and
 * unseen contexts, sampling follows `prob`, and frequent continuations win over rare ones.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { detokenize, KneserNeyModel, tokenize } from './ngram.js';

const CORPUS = [
  'The cat sat on the mat.',
  'The cat sat on the sofa.',
  'The cat sat on the mat again.',
  'A dog sat on the mat.',
  'The dog ran to the park, and the cat stayed home.',
  'Yes, the big dog is happy.\nIt ran home.',
].map(tokenize);

function model(order: number): KneserNeyModel {
  const m = new KneserNeyModel({ order });
  m.train(CORPUS);
  return m;
}

test('tokenize and detokenize round-trip ordinary prose', () => {
  const text = "It's a test, isn't it? Yes (mostly): 42% done.\nNext line.";
  assert.deepEqual(tokenize('The cat, sat.'), ['The', 'cat', ',', 'sat', '.']);
  assert.equal(detokenize(tokenize(text)), text);
});

test('probabilities sum to one over the vocabulary, in seen, partly seen and unseen contexts', () => {
  for (const order of [1, 2, 3, 4]) {
    const m = model(order);
    const vocab = m.predictable();
    const histories: string[][] = [[], ['The', 'cat', 'sat'], ['on', 'the'], ['sat', 'on', 'the']];
    histories.push(['zebra', 'quantum'], ['dog', 'sat']);
    for (const history of histories) {
      const total = vocab.reduce((s, w) => s + m.prob(history, w), 0);
      assert.ok(Math.abs(total - 1) < 1e-9, `order ${order}, history ${history.join(' ')}: sum ${total}`);
    }
  }
});

test('frequent continuations are more probable, and unseen words keep non-zero mass', () => {
  const m = model(4);
  assert.ok(m.prob(['sat', 'on', 'the'], 'mat') > m.prob(['sat', 'on', 'the'], 'sofa'));
  assert.ok(m.prob(['sat', 'on', 'the'], 'sofa') > m.prob(['sat', 'on', 'the'], 'park'));
  assert.ok(m.prob(['sat', 'on', 'the'], 'park') > 0);
  assert.equal(m.prob(['sat', 'on', 'the'], 'never-seen-token'), 0);
});

test('sampling draws from the same distribution as prob (chi-square over the next token)', () => {
  const m = model(3);
  const history = ['on', 'the'];
  const rng = new Rng(7);
  const draws = 40_000;
  const counts = new Map<string, number>();
  for (let i = 0; i < draws; i++) {
    const [w] = m.sample(history, rng, 1);
    const key = w ?? '</s>';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Pool the rare tokens into one cell so every expected count is large enough for the chi-square approximation.
  let chi = 0, cells = 0, restObs = 0, restExp = 0;
  for (const w of m.predictable()) {
    const expected = m.prob(history, w) * draws;
    const observed = counts.get(w) ?? 0;
    if (expected >= 20) {
      chi += (observed - expected) ** 2 / expected;
      cells++;
    } else {
      restObs += observed;
      restExp += expected;
    }
  }
  if (restExp > 0) chi += (restObs - restExp) ** 2 / restExp;
  const df = restExp > 0 ? cells : cells - 1;
  assert.ok(cells >= 3, `too few cells: ${cells}`);
  // 99.9th percentile of chi-square is below df + 4.5 sqrt(2 df) + 10 for these small df.
  assert.ok(chi < df + 4.5 * Math.sqrt(2 * df) + 10, `chi-square ${chi.toFixed(1)} on ${df} df`);
});

test('a high-order model trained on one repeated text mostly reproduces it', () => {
  const m = new KneserNeyModel({ order: 5 });
  const text = tokenize('Distillation copies a teacher by training on what it says.');
  m.train(Array.from({ length: 20 }, () => text));
  const rng = new Rng(1);
  let exact = 0;
  for (let i = 0; i < 200; i++) if (detokenize(m.sample([], rng, 50)) === detokenize(text)) exact++;
  assert.ok(exact > 100, `${exact}/200 exact reproductions`);
});
