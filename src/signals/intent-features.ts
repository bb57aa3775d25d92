/**
 * Feature extraction for the extraction-intent model, shared by training (scripts/train-intent.ts) and
 * inference (intent.ts) so the two can never drift.
 *
 * Features (hashed into DIM buckets, then DENSE named features after them):
 * - word unigrams and bigrams over system + prompt (digits folded to `#`), binary, scaled by 1/sqrt(#distinct)
 *   so long pastes do not dominate;
 * - unigrams of the first and last HEAD_TOKENS tokens in their own namespaces: wrappers live there, topics
 *   mostly in the middle, so these generalise to new items better than bag-of-words;
 * - dense structural cues: the five pattern families, length, line structure, digit share, code, answer slots.
 *
 * Writes into a caller-owned SparseVec (reused across calls: no allocation on the hot path besides the windowed
 * string for very long prompts).
 */
import { HEAD_CHARS, mix2, TAIL_CHARS, tokenizeInto } from './text.js';
import { kindBits } from './intent-patterns.js';

export const HASH_BITS = 14;
export const DIM = 1 << HASH_BITS;
export const DENSE_NAMES = [
  'kind:cot', 'kind:rubric', 'kind:instgen', 'kind:bench', 'kind:bulk',
  'len:log', 'lines:density', 'digits:share', 'code:cue', 'system:present',
  'question:marks', 'lines:numbered', 'lines:label-colon', 'end:open-slot', 'placeholder:angle',
  'kinds:count',
] as const;
export const DENSE = DENSE_NAMES.length;
export const FEATURES = DIM + DENSE;
export const HEAD_TOKENS = 12;

const NS_UNI = 0x1a2b3c4d;
const NS_BI = 0x5e6f7081;
const NS_HEAD = 0x92a3b4c5;
const NS_TAIL = 0xd6e7f809;

/** A sparse feature vector with reusable storage. */
export class SparseVec {
  idx = new Int32Array(4096);
  val = new Float32Array(4096);
  n = 0;
  /** Marks which hashed buckets are already set (binary features); cleared after each use. */
  readonly seen = new Uint8Array(DIM);
  push(i: number, v: number): void {
    if (this.n === this.idx.length) {
      const idx = new Int32Array(this.n * 2);
      idx.set(this.idx);
      const val = new Float32Array(this.n * 2);
      val.set(this.val);
      this.idx = idx;
      this.val = val;
    }
    this.idx[this.n] = i;
    this.val[this.n] = v;
    this.n++;
  }
}

const tokens = new Uint32Array(8192);

/** Head + tail window of a long string (the same windows the tokenizer uses). */
export function windowed(s: string): string {
  return s.length <= HEAD_CHARS + TAIL_CHARS ? s : s.slice(0, HEAD_CHARS) + '\n' + s.slice(s.length - TAIL_CHARS);
}

interface Shape { lines: number; numbered: number; labelColon: number; digits: number; question: number; code: boolean; angle: boolean; openSlot: boolean }

const shape: Shape = { lines: 0, numbered: 0, labelColon: 0, digits: 0, question: 0, code: false, angle: false, openSlot: false };

/** The code unit at i, or -1 past the end (reading past the end would give NaN and deoptimise the scan loop). */
const at = (s: string, i: number): number => (i < s.length ? s.charCodeAt(i) : -1);

/** One pass over the windowed text collecting structural counts. */
function scanShape(s: string): Shape {
  let lines = 1;
  let numbered = 0;
  let labelColon = 0;
  let digits = 0;
  let question = 0;
  let code = false;
  let angle = false;
  let lineStart = true;
  let lineWordChars = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Most characters are lowercase letters or spaces, which only move the line state.
    if (c >= 97 && c <= 122) { lineStart = false; lineWordChars++; continue; }
    if (c === 32) continue;
    if (c === 10) { lines++; lineStart = true; lineWordChars = 0; continue; }
    if (c >= 48 && c <= 57) {
      digits++;
      // "1." / "2)" at the start of a line → numbered list item.
      if (lineStart) {
        const d = at(s, i + 1);
        const d2 = at(s, i + 2);
        if (d === 46 || d === 41 || ((d >= 48 && d <= 57) && (d2 === 46 || d2 === 41))) numbered++;
      }
    } else if (c === 63) question++;
    else if (c === 96 && at(s, i + 1) === 96 && at(s, i + 2) === 96) code = true;
    else if (c === 123 || c === 59) { if (at(s, i + 1) === 10) code = true; }
    else if (c === 60 && i + 1 < s.length) { const d = s.charCodeAt(i + 1); if ((d >= 97 && d <= 122) || d === 47) angle = true; }
    else if (c === 58) {
      // "Label:" ending a short line (Answer:, Solution:, ### Response:)
      const next = at(s, i + 1);
      if ((next === -1 || next === 10 || next === 32 && at(s, i + 2) === 10) && lineWordChars < 40) labelColon++;
    }
    if (c !== 32 && c !== 9) { lineStart = false; lineWordChars++; }
  }
  let end = s.length - 1;
  while (end >= 0 && (s.charCodeAt(end) === 32 || s.charCodeAt(end) === 10 || s.charCodeAt(end) === 13)) end--;
  const last = end >= 0 ? s.charCodeAt(end) : 0;
  shape.lines = lines;
  shape.numbered = numbered;
  shape.labelColon = labelColon;
  shape.digits = digits;
  shape.question = question;
  shape.code = code;
  shape.angle = angle;
  shape.openSlot = last === 58;
  return shape;
}

/**
 * Fills `out` with the features of (prompt, system). Returns the pattern-family bit set (KIND_BIT) it found,
 * so callers get the kinds without a second regex pass.
 */
export function extractFeatures(prompt: string, system: string | null, out: SparseVec): number {
  out.n = 0;
  const text = system ? `${system}\n\n${prompt}` : prompt;
  const win = windowed(text);
  const bits = kindBits(win);
  const nt = tokenizeInto(text, tokens);
  const seen = out.seen;
  const mask = DIM - 1;
  let distinct = 0;
  const start = out.n;
  // Up to four features per token, in this order: unigram, bigram with the previous token, head, tail. Each bucket
  // is set once (binary features).
  let bigramPrefix = 0;
  for (let i = 0; i < nt; i++) {
    const t = tokens[i]!;
    let b = mix2(NS_UNI, t) & mask;
    if (seen[b] === 0) { seen[b] = 1; out.push(b, 1); distinct++; }
    if (i > 0) {
      b = mix2(bigramPrefix, t) & mask;
      if (seen[b] === 0) { seen[b] = 1; out.push(b, 1); distinct++; }
    }
    bigramPrefix = mix2(NS_BI, t);
    if (i < HEAD_TOKENS) {
      b = mix2(NS_HEAD, t) & mask;
      if (seen[b] === 0) { seen[b] = 1; out.push(b, 1); distinct++; }
    }
    if (i >= nt - HEAD_TOKENS) {
      b = mix2(NS_TAIL, t) & mask;
      if (seen[b] === 0) { seen[b] = 1; out.push(b, 1); distinct++; }
    }
  }
  const scale = distinct > 0 ? 1 / Math.sqrt(distinct) : 0;
  for (let k = start; k < out.n; k++) { out.val[k] = scale; seen[out.idx[k]!] = 0; }

  const sh = scanShape(win);
  const len = win.length || 1;
  let kinds = 0;
  for (let k = 0; k < 5; k++) if (bits & (1 << k)) { out.push(DIM + k, 1); kinds++; }
  out.push(DIM + 5, Math.log1p(text.length) / 10);
  out.push(DIM + 6, Math.min(1, (sh.lines - 1) / (len / 80)));
  out.push(DIM + 7, Math.min(1, (sh.digits / len) * 5));
  if (sh.code) out.push(DIM + 8, 1);
  if (system) out.push(DIM + 9, 1);
  out.push(DIM + 10, Math.min(1, sh.question / 5));
  out.push(DIM + 11, Math.min(1, sh.numbered / 10));
  out.push(DIM + 12, Math.min(1, sh.labelColon / 4));
  if (sh.openSlot) out.push(DIM + 13, 1);
  if (sh.angle) out.push(DIM + 14, 1);
  if (kinds > 1) out.push(DIM + 15, Math.min(1, (kinds - 1) / 2));
  return bits;
}
