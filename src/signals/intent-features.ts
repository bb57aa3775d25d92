/**
 * Feature extraction for the extraction-intent model, shared by training (scripts/train-intent.ts) and
 * inference (intent.ts) so the two can never drift.
 *
 * Features (hashed into DIM buckets, then DENSE named features after them):
 * - word unigrams and bigrams over system + prompt, binary, scaled by 1/sqrt(#distinct) so long pastes do not
 *   dominate. Words are script-aware: case and diacritics folded (Latin, Cyrillic, Greek), digits folded to `#`,
 *   punctuation of every script (CJK, fullwidth, Arabic, Devanagari) separates words, and Han and Kana characters
 *   are words of their own, so Chinese and Japanese get character unigrams and bigrams instead of one token per
 *   sentence;
 * - unigrams of the first and last HEAD_TOKENS tokens in their own namespaces: wrappers live there, topics
 *   mostly in the middle, so these generalise to new items better than bag-of-words;
 * - character trigrams of the normalised text in the head and tail windows (CHAR_HEAD, CHAR_TAIL), scaled on
 *   their own: they carry across inflections and related languages ("razonamiento"/"ragionamento",
 *   "Schritt"/"stap") and across word boundaries in scripts without spaces;
 * - dense structural cues: the five pattern families, length, line structure, digit share, code, answer slots,
 *   the script mix (an instruction in one script around an item in another is a harvesting shape), and four that
 *   read the same in every language: a pipeline envelope around the item, a work-queue counter, quoted JSON keys
 *   and an inline numbered output specification.
 *
 * Writes into a caller-owned SparseVec (reused across calls: no allocation on the hot path besides the windowed
 * string for very long prompts).
 */
import { FNV_OFFSET, FNV_PRIME, HASH_TOKEN, HEAD_CHARS, mix2, TAIL_CHARS } from './text.js';
import { kindBits } from './intent-patterns.js';

export const HASH_BITS = 16;
export const DIM = 1 << HASH_BITS;
export const DENSE_NAMES = [
  'kind:cot', 'kind:rubric', 'kind:instgen', 'kind:bench', 'kind:bulk',
  'len:log', 'lines:density', 'digits:share', 'code:cue', 'system:present',
  'question:marks', 'lines:numbered', 'lines:label-colon', 'end:open-slot', 'placeholder:angle',
  'kinds:count', 'script:non-latin', 'script:mixed',
  'record:envelope', 'counter:label', 'json:keys', 'enum:inline',
] as const;
export const DENSE = DENSE_NAMES.length;
export const FEATURES = DIM + DENSE;
export const HEAD_TOKENS = 12;
/** Characters of the head and tail windows for character trigrams (where wrappers are). */
export const CHAR_HEAD = 600;
export const CHAR_TAIL = 300;

const NS_UNI = 0x1a2b3c4d;
const NS_BI = 0x5e6f7081;
const NS_HEAD = 0x92a3b4c5;
const NS_TAIL = 0xd6e7f809;
const NS_CHAR = 0x3c6ef372;

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

/** Character classes for the script-aware tokenizer. */
const SEP = 0;
const WORD = 1;
/** A character that is a word of its own (Han, Kana). */
const IDEO = 2;

/**
 * Folded form of each code unit below 0x500 (Latin, Greek, Cyrillic): lower case without diacritics, computed
 * once from the platform's Unicode tables. 0 marks a separator.
 */
const FOLD = (() => {
  const t = new Uint16Array(0x500);
  for (let c = 0; c < 0x500; c++) {
    const ch = String.fromCharCode(c);
    const isLetterOrDigit = /[\p{L}\p{N}_]/u.test(ch);
    if (!isLetterOrDigit) continue;
    const lower = ch.toLowerCase();
    const base = lower.length === 1 ? lower.normalize('NFD') : lower;
    const b = base.charCodeAt(0);
    t[c] = base.length >= 1 && b < 0x500 && /^.[\u0300-\u036f]*$/u.test(base) ? b : lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return t;
})();

/** Class of a code unit ≥ 0x500 (below it, FOLD decides). */
function classOf(c: number): number {
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) return IDEO;
  if (c >= 0x2000 && c <= 0x2bff) return SEP; // general punctuation, symbols, arrows, box drawing
  if (c >= 0x3000 && c <= 0x303f) return SEP; // CJK punctuation
  if (c >= 0xff00 && c <= 0xffef) return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? WORD : SEP;
  if (c >= 0xfe30 && c <= 0xfe4f) return SEP;
  if (c === 0x060c || c === 0x061b || c === 0x061f || c === 0x06d4 || c === 0x0964 || c === 0x0965) return SEP;
  if (c >= 0xd800 && c <= 0xdfff) return SEP; // astral (emoji): not words
  return WORD;
}

/** Folded code unit of a word character (fullwidth Latin and digits to ASCII). */
function foldOf(c: number): number {
  if (c < 0x500) return FOLD[c]!;
  if (c >= 0xff10 && c <= 0xff5a) { const a = c - 0xfee0; return a >= 65 && a <= 90 ? a + 32 : a; }
  return c;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Script counts of the last tokenizeIntent call: letters in Latin (incl. accented) and in other scripts. */
let latinLetters = 0;
let otherLetters = 0;

function scanWords(s: string, from: number, to: number, out: Uint32Array, n: number): number {
  let h = FNV_OFFSET;
  let inWord = false;
  let digitsOnly = true;
  const cap = out.length;
  for (let i = from; i < to && n < cap; i++) {
    const c = s.charCodeAt(i);
    let f: number;
    let cls: number;
    if (c < 0x500) { f = FOLD[c]!; cls = f === 0 ? SEP : WORD; } else { cls = classOf(c); f = cls === SEP ? 0 : foldOf(c); }
    if (cls === WORD) {
      if (!inWord) { inWord = true; h = FNV_OFFSET; digitsOnly = true; }
      if (!isDigit(f)) { digitsOnly = false; if (f < 0x250) latinLetters++; else otherLetters++; }
      h = Math.imul(h ^ f, FNV_PRIME);
      continue;
    }
    if (inWord) { inWord = false; out[n++] = digitsOnly ? HASH_TOKEN : h >>> 0; }
    if (cls === IDEO && n < cap) { otherLetters++; out[n++] = Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0; }
  }
  if (inWord && n < cap) out[n++] = digitsOnly ? HASH_TOKEN : h >>> 0;
  return n;
}

/**
 * Script-aware word tokens of `s` (head and tail windows as in text.ts) into `out`; returns the count and sets the
 * script counts.
 */
export function tokenizeIntent(s: string, out: Uint32Array): number {
  latinLetters = 0;
  otherLetters = 0;
  const n = s.length;
  if (n <= HEAD_CHARS + TAIL_CHARS) return scanWords(s, 0, n, out, 0);
  return scanWords(s, n - TAIL_CHARS, n, out, scanWords(s, 0, HEAD_CHARS, out, 0));
}

/**
 * Pushes character-trigram features of s[from, to): folded characters, any run of separators as one space,
 * digits as `#`. Returns the number of distinct buckets added.
 */
function charGrams(s: string, from: number, to: number, out: SparseVec): number {
  const seen = out.seen;
  const mask = DIM - 1;
  let added = 0;
  let a = 32;
  let b = 32;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    let f: number;
    if (c < 0x500) f = FOLD[c]! || 32;
    else f = classOf(c) === SEP ? 32 : foldOf(c);
    if (isDigit(f)) f = 35;
    if (f === 32 && b === 32) continue;
    if (!(a === 32 && b === 32)) {
      const g = mix2(mix2(NS_CHAR ^ a, b), f) & mask;
      if (seen[g] === 0) { seen[g] = 1; out.push(g, 1); added++; }
    }
    a = b;
    b = f;
  }
  return added;
}

/** Head + tail window of a long string (the same windows the tokenizer uses). */
export function windowed(s: string): string {
  return s.length <= HEAD_CHARS + TAIL_CHARS ? s : s.slice(0, HEAD_CHARS) + '\n' + s.slice(s.length - TAIL_CHARS);
}

interface Shape { lines: number; numbered: number; labelColon: number; digits: number; question: number; code: boolean; angle: boolean; openSlot: boolean }

const shape: Shape = { lines: 0, numbered: 0, labelColon: 0, digits: 0, question: 0, code: false, angle: false, openSlot: false };

/**
 * Pipeline envelopes around an item, the same in every language: chat-template tokens, record ids, empty answer
 * fields of a JSON/YAML record. A person pasting a question rarely brings them along; a harvesting queue does.
 */
const RECORD_ENVELOPE = new RegExp([
  String.raw`<s>\s*\[INST\]|\[\/INST\]|<\|(?:user|assistant|im_start|im_end|system|prompter)\|>`,
  String.raw`^\s*\[(?:id|uid|item|task)\s*[:=]\s*[\w.-]+\]`,
  String.raw`"(?:output|completion|response|answer|solution)"\s*:\s*""`,
  String.raw`^(?:### )?assistant:\s*$|^\s*(?:response|answer|output|completion):\s*$`,
].join('|'), 'im');
/** A work-queue label at the start of a line in any script: "Item 14/50:", "[batch 3/200]", "प्रश्न 12:". */
const COUNTER_LABEL = new RegExp(
  String.raw`^\s*[[(]?[\p{L}\p{M}]{1,16}(?: [\p{L}\p{M}]{1,16})? ?#?\d{1,6}(?:\s*(?:\/|of)\s*\d{1,6}|\.\d{1,3})?\s*(?:[\]):.—]|\s—)`,
  'mu',
);
/** Quoted JSON keys ("key":), counted up to a cap. */
const JSON_KEY = /"[\p{L}_][\p{L}\p{N}_ -]{0,30}"\s*:/gu;
/** An inline numbered output spec: "1) … 2) … 3)" on one line. */
const INLINE_ENUM = /(?:^|[\s:(])1[).][^\n]{2,100}?\s2[).][^\n]{2,100}?\s3[).]/;

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
  const nt = tokenizeIntent(text, tokens);
  const latin = latinLetters;
  const other = otherLetters;
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
  for (let k = start; k < out.n; k++) out.val[k] = scale;
  // Character trigrams, scaled on their own so they neither drown nor are drowned by the word features.
  const charStart = out.n;
  const tl = text.length;
  let grams = tl <= CHAR_HEAD + CHAR_TAIL ? charGrams(text, 0, tl, out) : charGrams(text, 0, CHAR_HEAD, out);
  if (tl > CHAR_HEAD + CHAR_TAIL) grams += charGrams(text, tl - CHAR_TAIL, tl, out);
  const charScale = grams > 0 ? 1 / Math.sqrt(grams) : 0;
  for (let k = charStart; k < out.n; k++) out.val[k] = charScale;
  for (let k = start; k < out.n; k++) seen[out.idx[k]!] = 0;

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
  const letters = latin + other;
  if (letters > 0 && other > 0) {
    out.push(DIM + 16, other / letters);
    // Both scripts substantial: e.g. an instruction in Chinese around an English item.
    if (other >= 0.1 * letters && latin >= 0.1 * letters) out.push(DIM + 17, 1);
  }
  if (RECORD_ENVELOPE.test(win)) out.push(DIM + 18, 1);
  if (COUNTER_LABEL.test(win)) out.push(DIM + 19, 1);
  if (win.indexOf('":') !== -1 || win.indexOf('" :') !== -1) {
    JSON_KEY.lastIndex = 0;
    let keys = 0;
    while (keys < 6 && JSON_KEY.exec(win) !== null) keys++;
    out.push(DIM + 20, keys / 6);
  }
  if (INLINE_ENUM.test(win)) out.push(DIM + 21, 1);
  return bits;
}
