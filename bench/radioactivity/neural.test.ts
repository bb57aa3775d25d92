/**
 * The neural student must be a correct, trainable language model: its SGD step is the analytic gradient (checked
 * against central differences), probabilities sum to one, sampling follows them, and training learns a sequence
 * that needs both context words.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { tokenize } from './ngram.js';
import { NeuralLanguageModel, UNK } from './neural.js';

const TOY = [
  'the cat sat on the mat .',
  'the dog sat on the rug .',
  'a cat ran to the park , and the dog stayed home .',
  'yes , the big dog is happy .',
].map(tokenize);

test('one SGD step moves every weight by -lr times the gradient of -log P (central differences)', () => {
  const m = new NeuralLanguageModel({
    context: 2, embedding: 3, hidden: 4, vocabulary: 12, epochs: 2, learningRate: 0.2,
  });
  m.train(TOY, new Rng(7));
  const history = ['the', 'dog'], target = 'sat';
  const params = m.parameters();
  const snapshot = Object.fromEntries(Object.entries(params).map(([k, a]) => [k, a.slice()]));
  const restore = () => { for (const [k, a] of Object.entries(params)) a.set(snapshot[k]!); };
  const lr = 1e-3;
  m.trainStep(history, target, lr);
  const analytic = Object.fromEntries(Object.entries(params).map(([k, a]) =>
    [k, a.map((v, i) => (snapshot[k]![i]! - v) / lr)]));
  restore();
  const eps = 1e-6;
  let checked = 0, nonZero = 0;
  for (const [name, a] of Object.entries(params)) {
    for (let i = 0; i < a.length; i++) {
      const orig = a[i]!;
      a[i] = orig + eps;
      const plus = m.trainStep(history, target, 0);
      a[i] = orig - eps;
      const minus = m.trainStep(history, target, 0);
      a[i] = orig;
      const numeric = (plus - minus) / (2 * eps);
      const got = analytic[name]![i]!;
      assert.ok(Math.abs(numeric - got) <= 1e-6 + 1e-4 * Math.abs(numeric),
        `${name}[${i}]: analytic ${got}, numeric ${numeric}`);
      checked++;
      if (Math.abs(numeric) > 1e-6) nonZero++;
    }
  }
  assert.ok(checked > 100 && nonZero > 30, `${checked} weights checked, ${nonZero} with a non-zero gradient`);
});

test('probabilities sum to one over the vocabulary, also after unknown words', () => {
  const m = new NeuralLanguageModel({ context: 3, embedding: 8, hidden: 16, vocabulary: 10, epochs: 3 });
  m.train(TOY, new Rng(1));
  assert.ok(m.predictable().includes(UNK));
  for (const history of [[], ['the', 'cat'], ['sat', 'on', 'the'], ['zebra', 'quantum'], ['park', ',', 'and']]) {
    const total = m.predictable().reduce((s, w) => s + m.prob(history, w), 0);
    assert.ok(Math.abs(total - 1) < 1e-9, `history ${history.join(' ')}: sum ${total}`);
  }
  assert.equal(m.prob(['the'], 'never-seen-token'), 0);
});

test('learns a sequence that needs two words of context, and samples it', () => {
  // After "a", the next word depends on the word before: x a → p, y a → q. No one-word model can get both.
  const texts: string[][] = [];
  for (let i = 0; i < 40; i++) texts.push(i % 2 ? ['x', 'a', 'p', 'end'] : ['y', 'a', 'q', 'end']);
  const m = new NeuralLanguageModel({ context: 2, embedding: 8, hidden: 16, vocabulary: 50, epochs: 60,
    learningRate: 0.1 });
  m.train(texts, new Rng(3));
  assert.ok(m.prob(['x', 'a'], 'p') > 0.9, `P(p | x a) = ${m.prob(['x', 'a'], 'p')}`);
  assert.ok(m.prob(['y', 'a'], 'q') > 0.9, `P(q | y a) = ${m.prob(['y', 'a'], 'q')}`);
  assert.ok(m.prob(['a', 'p'], 'end') > 0.9);
  assert.ok(m.crossEntropy(texts) < 0.5, `cross-entropy ${m.crossEntropy(texts)}`);
  const rng = new Rng(9);
  let exact = 0;
  for (let i = 0; i < 100; i++) if (m.sample(['x', 'a'], rng, 5).join(' ') === 'p end') exact++;
  assert.ok(exact >= 85, `${exact}/100 samples continue "x a" with "p end"`);
});

test('sampling follows prob, and <unk> is replaced by out-of-vocabulary training words', () => {
  const texts = TOY.concat([tokenize('the zebra sat .'), tokenize('the yak sat .'), tokenize('the gnu sat .')]);
  const m = new NeuralLanguageModel({ context: 2, embedding: 6, hidden: 12, vocabulary: 8, epochs: 20 });
  m.train(texts, new Rng(2));
  const history = ['.', 'the'];
  const rng = new Rng(5);
  const counts = new Map<string, number>();
  const n = 20_000;
  const known = new Set(m.predictable());
  const oov = new Set(texts.flat().filter((w) => !known.has(w)));
  assert.ok(oov.has('zebra') && oov.has('gnu'));
  let oovSeen = 0;
  for (let i = 0; i < n; i++) {
    const w = m.sample(history, rng, 1)[0] ?? '</s>';
    counts.set(w, (counts.get(w) ?? 0) + 1);
    if (oov.has(w)) oovSeen++;
  }
  assert.equal(counts.get(UNK) ?? 0, 0, 'sampled <unk> is replaced');
  const pUnk = m.prob(history, UNK);
  assert.ok(Math.abs(oovSeen / n - pUnk) < 0.02, `OOV share ${oovSeen / n}, P(<unk>) ${pUnk}`);
  for (const w of m.predictable()) {
    if (w === UNK || w === '</s>') continue;
    const p = m.prob(history, w);
    assert.ok(Math.abs((counts.get(w) ?? 0) / n - p) < 0.02, `${w}: sampled ${(counts.get(w) ?? 0) / n}, prob ${p}`);
  }
});
