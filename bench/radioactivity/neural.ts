/**
 * A small neural student for the radioactivity bench: a feed-forward word language model in the style of Bengio et
 * al. (2003) with a class-factored softmax (Goodman 2001; Mikolov et al. 2011), in plain TypeScript on typed arrays.
 *
 *   x = [E(w[t-k]), …, E(w[t-1])]        embeddings of the previous k tokens, concatenated (BOS-padded)
 *   h = tanh(W1·x + b1)                  one hidden layer
 *   P(w | h) = P(class(w) | h) · P(w | class(w), h)    two softmaxes over ~√V classes and the words of one class
 *
 * Classes bin the vocabulary by frequency (equal shares of √count), so a training step touches the class layer and
 * one class's words instead of the whole vocabulary; the probability is still exactly normalised over every word.
 * Training is plain per-token SGD with a linearly decaying rate; every weight it updates is read before it is changed,
 * so one step is exactly `θ ← θ − lr·∇(−log P)` (the gradient check in neural.test.ts relies on it).
 *
 * The vocabulary is the training text's most frequent tokens; the rest become `<unk>` in training and in contexts.
 * When the model samples `<unk>`, a word is drawn from the out-of-vocabulary training words by their counts (the
 * fallback), so samples read like text while the model itself stays small.
 *
 * Unlike the n-gram student, this one cannot store each context's continuation separately: it learns what its
 * hidden layer generalises, which is what the bench measures about an inherited watermark.
 */
import type { Rng } from '../../src/sim/rng.js';
import { BOS, EOS } from './ngram.js';

export const UNK = '<unk>';

export interface NeuralOptions {
  /** Previous tokens the model sees (2–4 is the useful range). */
  context: number;
  /** Embedding width per token. */
  embedding: number;
  /** Hidden units (tanh). */
  hidden: number;
  /** Most frequent training tokens kept; the rest are `<unk>`. */
  vocabulary: number;
  /** Passes over the training tokens. */
  epochs: number;
  /** Initial SGD rate, decayed linearly to a tenth of it over training. */
  learningRate: number;
  /** Softmax temperature for sampling (1 samples the model's own distribution). */
  temperature: number;
}

export const DEFAULT_NEURAL_OPTIONS: NeuralOptions = {
  context: 3, embedding: 48, hidden: 128, vocabulary: 8000, epochs: 2, learningRate: 0.03, temperature: 1,
};

/** Largest L2 norm of the gradient passed from the output layers to the hidden layer. */
const GRADIENT_CLIP = 5;

/** Token ids: 0 is the padding symbol (context only), 1 end of text, 2 unknown, then words by frequency. */
const BOS_ID = 0, EOS_ID = 1, UNK_ID = 2;

export class NeuralLanguageModel {
  readonly options: NeuralOptions;
  private vocab: string[] = [BOS, EOS, UNK];
  private ids = new Map<string, number>();
  /** Out-of-vocabulary words and their cumulative counts, for the `<unk>` fallback when sampling. */
  private oovWords: string[] = [];
  private oovCumulative = new Float64Array(0);
  private classOf = new Int32Array(0);
  /** Words of each class, and where each class starts in `classMembers`. */
  private classMembers = new Int32Array(0);
  private classStart = new Int32Array(0);
  private classCount = 0;
  private emb = new Float64Array(0);
  private w1 = new Float64Array(0);
  private b1 = new Float64Array(0);
  private wc = new Float64Array(0);
  private bc = new Float64Array(0);
  private wo = new Float64Array(0);
  private bo = new Float64Array(0);
  // Scratch buffers of one forward/backward pass.
  private x = new Float64Array(0);
  private h = new Float64Array(0);
  private dh = new Float64Array(0);
  private da = new Float64Array(0);
  private pc = new Float64Array(0);
  private pw = new Float64Array(0);
  private trained = false;
  /** Training steps whose hidden-layer gradient was clipped. */
  clippedSteps = 0;

  constructor(options: Partial<NeuralOptions> = {}) {
    this.options = { ...DEFAULT_NEURAL_OPTIONS, ...options };
    const o = this.options;
    for (const k of ['context', 'embedding', 'hidden', 'vocabulary'] as const) {
      if (!Number.isInteger(o[k]) || o[k] < 1) throw new Error(`neural ${k} must be a positive integer, got ${o[k]}`);
    }
    if (!Number.isInteger(o.epochs) || o.epochs < 0) throw new Error(`neural epochs must be an integer >= 0`);
    if (!(o.learningRate > 0)) throw new Error(`neural learningRate must be positive, got ${o.learningRate}`);
    if (!(o.temperature > 0)) throw new Error(`neural temperature must be positive, got ${o.temperature}`);
  }

  /** Predictable tokens (EOS, `<unk>` and the vocabulary words). */
  predictable(): string[] {
    return this.vocab.slice(1);
  }

  get vocabularySize(): number {
    return this.vocab.length;
  }

  /**
   * Builds the vocabulary and classes from `texts`, initialises the weights from `rng`, and trains for the
   * configured epochs, visiting the texts in a fresh random order each epoch. `onEpoch` gets the mean loss (nats).
   */
  train(texts: readonly (readonly string[])[], rng: Rng, onEpoch?: (epoch: number, loss: number) => void): void {
    if (this.trained) throw new Error('NeuralLanguageModel.train may be called once');
    this.trained = true;
    this.buildVocabulary(texts);
    this.initWeights(rng);
    const seqs = texts.map((t) => this.encode(t));
    const total = seqs.reduce((s, q) => s + q.length + 1, 0) * this.options.epochs;
    const lr0 = this.options.learningRate;
    let seen = 0;
    const order = seqs.map((_, i) => i);
    const k = this.options.context;
    const ctx = new Int32Array(k);
    for (let epoch = 0; epoch < this.options.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      let loss = 0, n = 0;
      for (const idx of order) {
        const seq = seqs[idx]!;
        ctx.fill(BOS_ID);
        for (let t = 0; t <= seq.length; t++) {
          const target = t < seq.length ? seq[t]! : EOS_ID;
          const lr = lr0 * (1 - 0.9 * (seen / total));
          loss += this.step(ctx, target, lr);
          n++;
          seen++;
          ctx.copyWithin(0, 1);
          ctx[k - 1] = target;
        }
      }
      onEpoch?.(epoch + 1, loss / Math.max(1, n));
    }
  }

  /** P(token | the previous tokens); unknown tokens of the history are `<unk>`, an unknown `token` has 0. */
  prob(history: readonly string[], token: string): number {
    const id = token === UNK ? UNK_ID : this.ids.get(token);
    if (id === undefined || id === BOS_ID) return 0;
    return this.probIds(this.contextIds(history), id);
  }

  /** Mean −log P over `texts` (nats per token, EOS included): the model's cross-entropy. */
  crossEntropy(texts: readonly (readonly string[])[]): number {
    let loss = 0, n = 0;
    const k = this.options.context;
    const ctx = new Int32Array(k);
    for (const text of texts) {
      const seq = this.encode(text);
      ctx.fill(BOS_ID);
      for (let t = 0; t <= seq.length; t++) {
        const target = t < seq.length ? seq[t]! : EOS_ID;
        loss -= Math.log(this.probIds(ctx, target));
        n++;
        ctx.copyWithin(0, 1);
        ctx[k - 1] = target;
      }
    }
    return loss / Math.max(1, n);
  }

  /** Continue `history` until EOS or `maxTokens` tokens, at the configured temperature. */
  sample(history: readonly string[], rng: Rng, maxTokens: number): string[] {
    const ctx = this.contextIds(history);
    const k = this.options.context;
    const inv = 1 / this.options.temperature;
    const out: string[] = [];
    for (let i = 0; i < maxTokens; i++) {
      this.hidden(ctx);
      const pc = this.classProbs(inv);
      const cls = drawIndex(pc, this.classCount, rng);
      const size = this.wordProbs(cls, inv);
      const member = drawIndex(this.pw, size, rng);
      const id = this.classMembers[this.classStart[cls]! + member]!;
      if (id === EOS_ID) break;
      out.push(id === UNK_ID ? this.drawOov(rng) : this.vocab[id]!);
      ctx.copyWithin(0, 1);
      ctx[k - 1] = id;
    }
    return out;
  }

  /** Named weight arrays (live views), for tests. */
  parameters(): Record<'embedding' | 'w1' | 'b1' | 'classWeights' | 'classBias' | 'wordWeights' | 'wordBias',
    Float64Array> {
    return {
      embedding: this.emb, w1: this.w1, b1: this.b1, classWeights: this.wc, classBias: this.bc, wordWeights: this.wo,
      wordBias: this.bo,
    };
  }

  /** −log P(target | context) for token strings, and one SGD step on it when `learningRate` > 0 (for tests). */
  trainStep(history: readonly string[], target: string, learningRate: number): number {
    const id = target === EOS ? EOS_ID : this.ids.get(target) ?? UNK_ID;
    const ctx = this.contextIds(history);
    if (learningRate === 0) return -Math.log(this.probIds(ctx, id));
    return this.step(ctx, id, learningRate);
  }

  private buildVocabulary(texts: readonly (readonly string[])[]): void {
    const counts = new Map<string, number>();
    for (const t of texts) for (const w of t) counts.set(w, (counts.get(w) ?? 0) + 1);
    // Frequency order, ties broken by the token itself so the vocabulary does not depend on text order.
    const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const kept = ranked.slice(0, this.options.vocabulary);
    const oov = ranked.slice(this.options.vocabulary);
    this.vocab = [BOS, EOS, UNK, ...kept.map(([w]) => w)];
    this.ids = new Map(this.vocab.map((w, i) => [w, i]));
    this.oovWords = oov.map(([w]) => w);
    this.oovCumulative = new Float64Array(oov.length);
    let acc = 0;
    oov.forEach(([, c], i) => (this.oovCumulative[i] = acc += c));
    // Class binning on √count over the predictable tokens (EOS counts once per text, <unk> the OOV tokens).
    const freq = new Float64Array(this.vocab.length);
    freq[EOS_ID] = texts.length;
    freq[UNK_ID] = acc;
    kept.forEach(([, c], i) => (freq[3 + i] = c));
    const order = [...Array(this.vocab.length - 1).keys()].map((i) => i + 1).sort((a, b) => freq[b]! - freq[a]!);
    const classes = Math.max(1, Math.round(Math.sqrt(order.length)));
    const mass = order.reduce((s, id) => s + Math.sqrt(freq[id]!), 0);
    this.classOf = new Int32Array(this.vocab.length).fill(-1);
    const binned: number[][] = Array.from({ length: classes }, () => []);
    let cum = 0;
    for (const id of order) {
      binned[Math.min(classes - 1, Math.floor((cum / Math.max(mass, 1e-12)) * classes))]!.push(id);
      cum += Math.sqrt(freq[id]!);
    }
    const members = binned.filter((m) => m.length > 0);
    members.forEach((m, c) => m.forEach((id) => (this.classOf[id] = c)));
    this.classCount = members.length;
    this.classStart = new Int32Array(this.classCount + 1);
    this.classMembers = new Int32Array(order.length);
    let pos = 0;
    members.forEach((m, c) => {
      this.classStart[c] = pos;
      for (const id of m) this.classMembers[pos++] = id;
    });
    this.classStart[this.classCount] = pos;
    this.unigram = freq;
  }

  private unigram = new Float64Array(0);

  private initWeights(rng: Rng): void {
    const { context: k, embedding: d, hidden: hSize } = this.options;
    const v = this.vocab.length, c = this.classCount, inSize = k * d;
    const uniform = (a: Float64Array, scale: number) => {
      for (let i = 0; i < a.length; i++) a[i] = (rng.next() * 2 - 1) * scale;
    };
    this.emb = new Float64Array(v * d);
    uniform(this.emb, 0.1);
    this.w1 = new Float64Array(hSize * inSize);
    uniform(this.w1, Math.sqrt(6 / (inSize + hSize)));
    this.b1 = new Float64Array(hSize);
    this.wc = new Float64Array(c * hSize);
    uniform(this.wc, 0.01);
    this.wo = new Float64Array(v * hSize);
    uniform(this.wo, 0.01);
    // Output biases start at the unigram log-probabilities, so training begins from the unigram model.
    this.bc = new Float64Array(c);
    this.bo = new Float64Array(v);
    const total = this.unigram.reduce((s, f) => s + f, 0);
    for (let cls = 0; cls < c; cls++) {
      let classMass = 0;
      for (let p = this.classStart[cls]!; p < this.classStart[cls + 1]!; p++) {
        classMass += this.unigram[this.classMembers[p]!]!;
      }
      this.bc[cls] = Math.log(Math.max(classMass, 1e-9) / total);
      for (let p = this.classStart[cls]!; p < this.classStart[cls + 1]!; p++) {
        const id = this.classMembers[p]!;
        this.bo[id] = Math.log(Math.max(this.unigram[id]!, 1e-9) / Math.max(classMass, 1e-9));
      }
    }
    this.x = new Float64Array(inSize);
    this.h = new Float64Array(hSize);
    this.dh = new Float64Array(hSize);
    this.da = new Float64Array(hSize);
    this.pc = new Float64Array(c);
    let largest = 0;
    for (let cls = 0; cls < c; cls++) largest = Math.max(largest, this.classStart[cls + 1]! - this.classStart[cls]!);
    this.pw = new Float64Array(largest);
  }

  private encode(tokens: readonly string[]): Int32Array {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) out[i] = this.ids.get(tokens[i]!) ?? UNK_ID;
    return out;
  }

  private contextIds(history: readonly string[]): Int32Array {
    if (!this.trained) throw new Error('NeuralLanguageModel used before train');
    const k = this.options.context;
    const ctx = new Int32Array(k);
    const start = Math.max(0, history.length - k);
    for (let i = start; i < history.length; i++) {
      const t = history[i]!;
      ctx[k - (history.length - i)] = t === BOS ? BOS_ID : this.ids.get(t) ?? UNK_ID;
    }
    return ctx;
  }

  /** x and h for a context. */
  private hidden(ctx: Int32Array): void {
    const { embedding: d, hidden: hSize } = this.options;
    const x = this.x, h = this.h, w1 = this.w1, emb = this.emb;
    for (let j = 0; j < ctx.length; j++) {
      const base = ctx[j]! * d;
      for (let e = 0; e < d; e++) x[j * d + e] = emb[base + e]!;
    }
    const inSize = x.length;
    for (let u = 0; u < hSize; u++) {
      let a = this.b1[u]!;
      const row = u * inSize;
      for (let i = 0; i < inSize; i++) a += w1[row + i]! * x[i]!;
      h[u] = Math.tanh(a);
    }
  }

  /** Class probabilities from h (logits scaled by `inv`, the inverse temperature) into pc. */
  private classProbs(inv: number): Float64Array {
    const hSize = this.options.hidden, h = this.h, pc = this.pc, wc = this.wc;
    let max = -Infinity;
    for (let c = 0; c < this.classCount; c++) {
      let z = this.bc[c]!;
      const row = c * hSize;
      for (let u = 0; u < hSize; u++) z += wc[row + u]! * h[u]!;
      pc[c] = z * inv;
      if (pc[c]! > max) max = pc[c]!;
    }
    softmaxInPlace(pc, this.classCount, max);
    return pc;
  }

  /** Probabilities of the words of class `cls` (in `classMembers` order) into pw; returns the class size. */
  private wordProbs(cls: number, inv: number): number {
    const hSize = this.options.hidden, h = this.h, pw = this.pw, wo = this.wo;
    const start = this.classStart[cls]!, size = this.classStart[cls + 1]! - start;
    let max = -Infinity;
    for (let m = 0; m < size; m++) {
      const id = this.classMembers[start + m]!;
      let z = this.bo[id]!;
      const row = id * hSize;
      for (let u = 0; u < hSize; u++) z += wo[row + u]! * h[u]!;
      pw[m] = z * inv;
      if (pw[m]! > max) max = pw[m]!;
    }
    softmaxInPlace(pw, size, max);
    return size;
  }

  private probIds(ctx: Int32Array, target: number): number {
    this.hidden(ctx);
    const cls = this.classOf[target]!;
    this.classProbs(1);
    this.wordProbs(cls, 1);
    return this.pc[cls]! * this.pw[this.memberIndex(cls, target)]!;
  }

  private memberIndex(cls: number, id: number): number {
    const start = this.classStart[cls]!, end = this.classStart[cls + 1]!;
    for (let p = start; p < end; p++) if (this.classMembers[p] === id) return p - start;
    throw new Error(`token ${id} is not in class ${cls}`);
  }

  /** One SGD step on −log P(target | ctx); returns the loss before the step. */
  private step(ctx: Int32Array, target: number, lr: number): number {
    const { embedding: d, hidden: hSize } = this.options;
    this.hidden(ctx);
    const cls = this.classOf[target]!;
    const pc = this.classProbs(1);
    const size = this.wordProbs(cls, 1);
    const start = this.classStart[cls]!;
    const member = this.memberIndex(cls, target);
    const loss = -Math.log(pc[cls]!) - Math.log(this.pw[member]!);
    const h = this.h, dh = this.dh.fill(0);
    // Class layer: d logit = p - 1{class}; dh reads each row before it is updated.
    for (let c = 0; c < this.classCount; c++) {
      const g = pc[c]! - (c === cls ? 1 : 0);
      const row = c * hSize;
      for (let u = 0; u < hSize; u++) {
        dh[u]! += g * this.wc[row + u]!;
        this.wc[row + u]! -= lr * g * h[u]!;
      }
      this.bc[c]! -= lr * g;
    }
    // Word layer of the target's class.
    for (let m = 0; m < size; m++) {
      const g = this.pw[m]! - (m === member ? 1 : 0);
      const id = this.classMembers[start + m]!;
      const row = id * hSize;
      for (let u = 0; u < hSize; u++) {
        dh[u]! += g * this.wo[row + u]!;
        this.wo[row + u]! -= lr * g * h[u]!;
      }
      this.bo[id]! -= lr * g;
    }
    // Hidden layer and embeddings: dx is accumulated from W1 before W1 changes. The gradient reaching the hidden
    // layer is clipped to a norm of GRADIENT_CLIP, which keeps plain SGD stable (rare in practice: the test's steps
    // are far below it, so they are exact gradients).
    let norm = 0;
    for (let u = 0; u < hSize; u++) norm += dh[u]! * dh[u]!;
    norm = Math.sqrt(norm);
    const scale = norm > GRADIENT_CLIP ? GRADIENT_CLIP / norm : 1;
    if (scale < 1) this.clippedSteps++;
    const da = this.da, x = this.x, w1 = this.w1, inSize = x.length;
    for (let u = 0; u < hSize; u++) da[u] = scale * dh[u]! * (1 - h[u]! * h[u]!);
    const dx = new Float64Array(inSize);
    for (let u = 0; u < hSize; u++) {
      const g = da[u]!;
      if (g === 0) continue;
      const row = u * inSize;
      for (let i = 0; i < inSize; i++) {
        dx[i]! += g * w1[row + i]!;
        w1[row + i]! -= lr * g * x[i]!;
      }
      this.b1[u]! -= lr * g;
    }
    for (let j = 0; j < ctx.length; j++) {
      const base = ctx[j]! * d;
      for (let e = 0; e < d; e++) this.emb[base + e]! -= lr * dx[j * d + e]!;
    }
    return loss;
  }

  private drawOov(rng: Rng): string {
    const cum = this.oovCumulative;
    if (cum.length === 0) return UNK;
    const x = rng.next() * cum[cum.length - 1]!;
    let lo = 0, hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! > x) hi = mid; else lo = mid + 1;
    }
    return this.oovWords[lo]!;
  }
}

function softmaxInPlace(z: Float64Array, n: number, max: number): void {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += z[i] = Math.exp(z[i]! - max);
  for (let i = 0; i < n; i++) z[i]! /= sum;
}

function drawIndex(p: Float64Array, n: number, rng: Rng): number {
  let x = rng.next();
  for (let i = 0; i < n; i++) {
    x -= p[i]!;
    if (x < 0) return i;
  }
  return n - 1;
}
