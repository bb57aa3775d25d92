/**
 * The student of the radioactivity bench: a word n-gram language model with interpolated Kneser–Ney smoothing
 * (Chen & Goodman 1998, one absolute discount per order), trained on teacher responses and sampled exactly from
 * its own distribution. Small on purpose: a student that learns only surface statistics is the cheapest model a
 * distiller could train, and whether it inherits a lexical watermark is the question the bench answers.
 *
 * Tokens are words (letters/digits with inner apostrophes), single punctuation marks and newlines; `detokenize`
 * joins them back into plain text that the watermark verifier can read like any model output.
 */
import type { Rng } from '../../src/sim/rng.js';

const TOKEN_RE = /\n|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const NO_SPACE_BEFORE = new Set(['.', ',', '!', '?', ';', ':', ')', ']', '}', '%', '\n']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '$', '\n']);

/** Sentence-start padding and end-of-text symbols; never produced by `tokenize`. */
export const BOS = '<s>';
export const EOS = '</s>';

export function tokenize(text: string): string[] {
  return text.replace(/\n{2,}/g, '\n').match(TOKEN_RE) ?? [];
}

export function detokenize(tokens: readonly string[]): string {
  let out = '';
  let prev = '';
  for (const t of tokens) {
    if (t === BOS || t === EOS) continue;
    if (out && !NO_SPACE_BEFORE.has(t) && !NO_SPACE_AFTER.has(prev)) out += ' ';
    out += t;
    prev = t;
  }
  return out;
}

/** Successors seen after one context at one order, with the counts Kneser–Ney uses at that order. */
interface ContextRow {
  words: number[];
  counts: number[];
  /** Sum of counts (c(h) at the top order, sum of continuation counts below). */
  total: number;
  /** Cumulative discounted counts, built on first sample for long rows. */
  cumulative?: Float64Array;
}

export interface NgramOptions {
  /** Model order n (a 4-gram model conditions on the 3 previous tokens). */
  order: number;
}

export class KneserNeyModel {
  readonly order: number;
  private readonly vocab: string[] = [BOS, EOS];
  private readonly ids = new Map<string, number>([[BOS, 0], [EOS, 1]]);
  /** rows[k] maps a context of k tokens (ids joined by ',') to its successors; k = order-1 is the top order. */
  private rows: Map<string, ContextRow>[] = [];
  /** Absolute discount per context length k. */
  private discounts: number[] = [];
  private trained = false;

  constructor(options: NgramOptions) {
    if (!Number.isInteger(options.order) || options.order < 1) {
      throw new Error(`n-gram order must be a positive integer, got ${options.order}`);
    }
    this.order = options.order;
  }

  /** Vocabulary size, excluding the padding symbol (which is never predicted). */
  get vocabularySize(): number {
    return this.vocab.length - 1;
  }

  /** Predictable tokens (every vocabulary entry except the padding symbol), for tests that sum probabilities. */
  predictable(): string[] {
    return this.vocab.slice(1);
  }

  train(texts: Iterable<readonly string[]>): void {
    if (this.trained) throw new Error('KneserNeyModel.train may be called once');
    this.trained = true;
    const n = this.order;
    // Top-order counts of every n-gram (padded with n-1 BOS so every token is predicted from a full context).
    const top = new Map<string, number>();
    for (const tokens of texts) {
      const seq: number[] = new Array<number>(n - 1).fill(0);
      for (const t of tokens) seq.push(this.id(t));
      seq.push(1);
      for (let i = n - 1; i < seq.length; i++) {
        const key = seq.slice(i - n + 1, i + 1).join(',');
        top.set(key, (top.get(key) ?? 0) + 1);
      }
    }
    // Lower orders count distinct left extensions (continuation counts), derived from the order above.
    const levels: Map<string, number>[] = new Array(n);
    levels[n - 1] = top;
    for (let k = n - 2; k >= 0; k--) {
      const lower = new Map<string, number>();
      for (const key of levels[k + 1]!.keys()) {
        const suffix = key.slice(key.indexOf(',') + 1);
        lower.set(suffix, (lower.get(suffix) ?? 0) + 1);
      }
      levels[k] = lower;
    }
    this.rows = [];
    this.discounts = [];
    for (let k = 0; k < n; k++) {
      const rows = new Map<string, ContextRow>();
      let n1 = 0, n2 = 0;
      for (const [key, count] of levels[k]!) {
        if (count === 1) n1++;
        else if (count === 2) n2++;
        const cut = key.lastIndexOf(',');
        const ctx = cut === -1 ? '' : key.slice(0, cut);
        const word = Number(cut === -1 ? key : key.slice(cut + 1));
        let row = rows.get(ctx);
        if (!row) rows.set(ctx, (row = { words: [], counts: [], total: 0 }));
        row.words.push(word);
        row.counts.push(count);
        row.total += count;
      }
      this.rows.push(rows);
      this.discounts.push(n1 + n2 > 0 ? Math.min(0.95, Math.max(0.05, n1 / (n1 + 2 * n2))) : 0.5);
    }
  }

  /** P(word | the previous tokens), the interpolated Kneser–Ney estimate. */
  prob(history: readonly string[], word: string): number {
    const w = this.ids.get(word);
    if (w === undefined || w === 0) return 0;
    const ctx = this.contextIds(history);
    return this.probAt(ctx, ctx.length, w);
  }

  /**
   * Continue `history` (which may be empty) until EOS or `maxTokens` new tokens. Sampling is exact: at each order
   * the discounted counts are taken with probability 1 - γ(h), else the draw backs off, which is the same mixture
   * the interpolated estimate defines.
   */
  sample(history: readonly string[], rng: Rng, maxTokens: number): string[] {
    const ctx = this.contextIds(history);
    const out: string[] = [];
    for (let i = 0; i < maxTokens; i++) {
      const w = this.draw(ctx, rng);
      if (w === 1) break;
      out.push(this.vocab[w]!);
      ctx.push(w);
      ctx.shift();
    }
    return out;
  }

  private id(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.vocab.length;
      this.vocab.push(token);
      this.ids.set(token, id);
    }
    return id;
  }

  /** Last order-1 token ids of BOS-padded history; unknown tokens map to -1 (a context never seen). */
  private contextIds(history: readonly string[]): number[] {
    if (!this.trained) throw new Error('KneserNeyModel used before train');
    const ctx: number[] = new Array<number>(this.order - 1).fill(0);
    for (const t of history) {
      ctx.push(this.ids.get(t) ?? -1);
      ctx.shift();
    }
    return ctx;
  }

  private probAt(ctx: readonly number[], k: number, w: number): number {
    if (k < 0) return 1 / this.vocabularySize;
    const row = this.rows[k]!.get(ctx.slice(ctx.length - k).join(','));
    if (!row) return this.probAt(ctx, k - 1, w);
    const d = this.discounts[k]!;
    const idx = row.words.indexOf(w);
    const own = idx === -1 ? 0 : Math.max(row.counts[idx]! - d, 0) / row.total;
    const gamma = (d * row.words.length) / row.total;
    return own + gamma * this.probAt(ctx, k - 1, w);
  }

  private draw(ctx: readonly number[], rng: Rng): number {
    for (let k = ctx.length; k >= 0; k--) {
      const row = this.rows[k]!.get(k === 0 ? '' : ctx.slice(ctx.length - k).join(','));
      if (!row) continue;
      const d = this.discounts[k]!;
      const x = rng.next() * row.total;
      const keep = row.total - d * row.words.length;
      if (x >= keep) continue;
      if (row.words.length <= 32) {
        let acc = 0;
        for (let j = 0; j < row.words.length; j++) {
          acc += row.counts[j]! - d;
          if (x < acc) return row.words[j]!;
        }
        return row.words[row.words.length - 1]!;
      }
      if (!row.cumulative) {
        row.cumulative = new Float64Array(row.words.length);
        let acc = 0;
        for (let j = 0; j < row.words.length; j++) row.cumulative[j] = acc += row.counts[j]! - d;
      }
      const cum = row.cumulative;
      let lo = 0, hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! > x) hi = mid; else lo = mid + 1;
      }
      return row.words[lo]!;
    }
    // Uniform floor over every predictable token (ids 1..V).
    return 1 + rng.int(this.vocabularySize);
  }
}
