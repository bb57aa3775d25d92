/**
 * Prompt-template sketches: find requests built from the same template with different fillers (one work
 * queue split across many accounts), and count repeated vs novel items.
 *
 * Skeleton: lowercase words; digit runs → `#`; quoted spans ("…", '…', `…`, “…”) → `<q>`; fenced code → `<code>`;
 * URLs → `<url>`; punctuation dropped; whitespace collapsed. The frame words stay, so "Think step by step …
 * Question: <filler>" keeps its frame whatever the filler.
 *
 * - SimHash (64 bits as two uint32): over skeleton unigrams and bigrams, with words in the first and last
 *   FRAME_TOKENS positions weighted FRAME_WEIGHT× (templates put their fixed text there; the filler sits in
 *   the middle). Hamming distance ≤ ~12 ⇒ same frame.
 * - MinHash (MINHASH_K uint32 values) over word 3-shingles of the skeleton: Jaccard estimate, and LSH bands for
 *   candidate pairs without all-pairs comparison.
 * - itemHash: 53-bit hash of the whole prompt (lowercased, whitespace collapsed, digits kept) for
 *   repeat/novelty counting — benchmark sweeps send each item once; organic users repeat themselves.
 *
 * Evasion: paraphrase the template per request (an LLM can reword it), or move the frame into a system prompt
 * that varies; then the sketch links weaken and the campaign step must rely on infrastructure and timing.
 * Item novelty is harder to evade: repeating items wastes the attacker's budget.
 */
import { FNV_OFFSET, FNV_PRIME, HASH_TOKEN, isWordChar, mix2 } from './text.js';

export const MINHASH_K = 16;
export const FRAME_TOKENS = 16;
export const FRAME_WEIGHT = 3;
/** Characters of the prompt the sketch looks at (head); long pastes add no information about the frame. */
export const SKETCH_CHARS = 4000;

export interface TemplateSketch {
  /** SimHash high and low 32 bits (unsigned). */
  simHi: number;
  simLo: number;
  /** MinHash signature over word 3-shingles (length MINHASH_K). All 0xffffffff when fewer than 3 words. */
  minhash: Uint32Array;
  /** Number of skeleton tokens seen (0 for an empty prompt). */
  tokens: number;
}

const TOK_QUOTE = mix2(0x71756f74, 1);
const TOK_CODE = mix2(0x636f6465, 2);
const TOK_URL = mix2(0x75726c21, 3);

const MAX_TOKENS = 2048;
const toks = new Uint32Array(MAX_TOKENS);
const bitSums = new Int32Array(64);
const MIN_SEEDS = Uint32Array.from({ length: MINHASH_K }, (_, k) => mix2(0x9e3779b9, k + 1));

function closingQuote(c: number): number {
  if (c === 0x201c) return 0x201d;
  return c;
}

/** Tokenises the skeleton of `s` into `toks` starting at `n`; returns the new count. */
function skeletonTokens(s: string, n: number): number {
  const end = Math.min(s.length, SKETCH_CHARS);
  let i = 0;
  while (i < end && n < MAX_TOKENS) {
    const c = s.charCodeAt(i);
    // Fenced code block → one placeholder token.
    if (c === 96 && s.charCodeAt(i + 1) === 96 && s.charCodeAt(i + 2) === 96) {
      const close = s.indexOf('```', i + 3);
      toks[n++] = TOK_CODE;
      i = close < 0 ? end : close + 3;
      continue;
    }
    // Quoted span on one line, up to 300 chars → placeholder. An apostrophe inside a word is not a quote.
    if (c === 34 || c === 0x201c || c === 96 || (c === 39 && (i === 0 || !isWordChar(s.charCodeAt(i - 1))))) {
      const want = closingQuote(c);
      let j = i + 1;
      const limit = Math.min(end, i + 300);
      while (j < limit && s.charCodeAt(j) !== want && s.charCodeAt(j) !== 10) j++;
      if (j < limit && s.charCodeAt(j) === want && j > i + 1) {
        toks[n++] = TOK_QUOTE;
        i = j + 1;
        continue;
      }
      i++;
      continue;
    }
    if (isWordChar(c)) {
      let j = i;
      let h = FNV_OFFSET;
      let digitsOnly = true;
      while (j < end && isWordChar(s.charCodeAt(j))) {
        const d = s.charCodeAt(j);
        if (d < 48 || d > 57) digitsOnly = false;
        h = Math.imul(h ^ (d >= 65 && d <= 90 ? d + 32 : d), FNV_PRIME);
        j++;
      }
      // URL: a word followed by "://" swallows everything up to whitespace.
      if (s.charCodeAt(j) === 58 && s.charCodeAt(j + 1) === 47 && s.charCodeAt(j + 2) === 47) {
        while (j < end && s.charCodeAt(j) > 32) j++;
        toks[n++] = TOK_URL;
      } else {
        toks[n++] = digitsOnly ? HASH_TOKEN : h >>> 0;
      }
      i = j;
      continue;
    }
    i++;
  }
  return n;
}

function addFeature(h: number, weight: number): void {
  // Two independent 32-bit halves from one feature hash.
  const lo = h;
  const hi = mix2(h, 0x5bd1e995);
  // Branchless: +w for a set bit, -w for a clear one.
  const w2 = weight * 2;
  for (let b = 0; b < 32; b++) {
    bitSums[b] = bitSums[b]! + ((hi >>> b) & 1) * w2 - weight;
    bitSums[32 + b] = bitSums[32 + b]! + ((lo >>> b) & 1) * w2 - weight;
  }
}

/** Template sketch of (prompt, system). The system prompt's skeleton is prepended (it is part of the frame). */
export function templateSketch(prompt: string, system: string | null): TemplateSketch {
  let n = 0;
  if (system) n = skeletonTokens(system, n);
  n = skeletonTokens(typeof prompt === 'string' ? prompt : '', n);
  bitSums.fill(0);
  for (let i = 0; i < n; i++) {
    const w = i < FRAME_TOKENS || i >= n - FRAME_TOKENS ? FRAME_WEIGHT : 1;
    addFeature(mix2(0x1111, toks[i]!), w);
    if (i > 0) addFeature(mix2(mix2(0x2222, toks[i - 1]!), toks[i]!), w);
  }
  let simHi = 0;
  let simLo = 0;
  for (let b = 0; b < 32; b++) {
    if (bitSums[b]! > 0) simHi |= 1 << b;
    if (bitSums[32 + b]! > 0) simLo |= 1 << b;
  }
  const minhash = new Uint32Array(MINHASH_K).fill(0xffffffff);
  for (let i = 2; i < n; i++) {
    const sh = mix2(mix2(toks[i - 2]!, toks[i - 1]!), toks[i]!);
    for (let k = 0; k < MINHASH_K; k++) {
      const v = mix2(MIN_SEEDS[k]!, sh);
      if (v < minhash[k]!) minhash[k] = v;
    }
  }
  return { simHi: simHi >>> 0, simLo: simLo >>> 0, minhash, tokens: n };
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Hamming distance between two SimHashes (0..64). */
export function simhashDistance(a: Pick<TemplateSketch, 'simHi' | 'simLo'>, b: Pick<TemplateSketch, 'simHi' | 'simLo'>): number {
  return popcount32((a.simHi ^ b.simHi) >>> 0) + popcount32((a.simLo ^ b.simLo) >>> 0);
}

/** Estimated Jaccard similarity of the 3-shingle sets from two MinHash signatures. */
export function minhashSimilarity(a: Uint32Array, b: Uint32Array): number {
  const k = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < k; i++) if (a[i] === b[i]) same++;
  return k === 0 ? 0 : same / k;
}

/**
 * LSH band keys of a MinHash signature: `bands` keys (signature length must be divisible by `bands`).
 * Two signatures sharing any band key are candidate near-duplicates; with 16 values in 8 bands of 2 rows
 * the probability of sharing a band is 1-(1-J²)⁸ (≈ 0.9 at J = 0.5, ≈ 0.08 at J = 0.1).
 */
export function lshBands(sig: Uint32Array, bands: number): number[] {
  const rows = Math.floor(sig.length / bands);
  if (rows < 1 || !Number.isInteger(bands)) return [];
  const out = new Array<number>(bands);
  for (let b = 0; b < bands; b++) {
    let h = mix2(0xb5ad4ece, b);
    for (let r = 0; r < rows; r++) h = mix2(h, sig[b * rows + r]!);
    out[b] = h;
  }
  return out;
}

/**
 * 53-bit hash of the normalised full prompt (lowercase, whitespace runs collapsed, trimmed; digits kept),
 * for repeat/novelty counting. Exact-duplicate items with different spacing or case collide on purpose.
 */
export function itemHash(prompt: string): number {
  promptHashes(prompt);
  return HASHES[0]!;
}

/**
 * 53-bit hash of the prompt with every number (digit runs, with inner . or ,) folded to one symbol: numerically perturbed variants of one
 * question ("Janet's ducks lay 16 eggs…" / "…lay 23 eggs…") share it. A synthetic work queue big enough for millions
 * of requests is made that way, and different accounts then ask variants of one question, never the same one.
 */
export function variantHash(prompt: string): number {
  promptHashes(prompt);
  return HASHES[1]!;
}

/** [itemHash, variantHash] of the last promptHashes call. */
const HASHES = new Float64Array(2);

/** Both hashes in one pass (they share normalisation; the variant stream also folds numbers); result in HASHES. */
function promptHashes(prompt: string): Float64Array {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  let v1 = h1;
  let v2 = h2;
  let pendingSpace = false;
  let started = false;
  let inDigits = false;
  const s = typeof prompt === 'string' ? prompt : '';
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0) {
      pendingSpace = started;
      inDigits = false;
      continue;
    }
    // A skipped character always follows an emitted digit with no space between: no pending space is lost.
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 16777619);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      h2 ^= h2 >>> 15;
      v1 = Math.imul(v1 ^ 32, 16777619);
      v2 = Math.imul(v2 ^ 32, 0x5bd1e995);
      v2 ^= v2 >>> 15;
      pendingSpace = false;
    }
    started = true;
    if (c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    if (inDigits && (c === 46 || c === 44)) {
      const d = s.charCodeAt(i + 1);
      if (d >= 48 && d <= 57) continue; // 2.50, 1,000: one number
    }
    if (c >= 48 && c <= 57) {
      if (inDigits) continue;
      inDigits = true;
      c = 35; // '#'
    } else inDigits = false;
    v1 = Math.imul(v1 ^ c, 16777619);
    v2 = Math.imul(v2 ^ c, 0x5bd1e995);
    v2 ^= v2 >>> 15;
  }
  // 21 high bits from h2, 32 low bits from h1 → exact in a double.
  HASHES[0] = (mix2(h2 >>> 0, h1 >>> 0) >>> 11) * 4294967296 + (h1 >>> 0);
  HASHES[1] = (mix2(v2 >>> 0, v1 >>> 0) >>> 11) * 4294967296 + (v1 >>> 0);
  return HASHES;
}

/** itemHash and variantHash of one prompt, in one pass. */
export function itemAndVariantHash(prompt: string): [item: number, variant: number] {
  promptHashes(prompt);
  return [HASHES[0]!, HASHES[1]!];
}

/** Human-readable skeleton (for evidence and debugging; allocates, not for the hot path). */
export function skeletonText(prompt: string, system: string | null = null): string {
  const text = (system ? `${system}\n` : '') + prompt;
  return text
    .slice(0, SKETCH_CHARS)
    .replace(/```[\s\S]*?(```|$)/g, ' <code> ')
    .replace(/\b\w+:\/\/\S+/g, ' <url> ')
    .replace(/"[^"\n]{1,298}"|“[^”\n]{1,298}”|`[^`\n]{1,298}`|(^|[^\w])'[^'\n]{1,298}'/g, ' <q> ')
    .toLowerCase()
    .replace(/[0-9]+/g, '#')
    .replace(/[^\p{L}\p{N}_#<>]+/gu, ' ')
    .trim();
}
