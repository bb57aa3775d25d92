/**
 * Allocation-free text scanning shared by the signals: a word tokenizer that hands out 32-bit token hashes
 * (digits folded to `#`, ASCII lowercased) instead of substrings, plus small hash helpers.
 *
 * Long prompts are scanned only in a head window and a tail window: extraction wrappers live at the start
 * and end of a prompt, and bounding the scan keeps the per-request cost flat for 100 kB pastes.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 16777619;

/** FNV-1a of a whole string (32-bit). */
export function fnv1a(s: string, seed = FNV_OFFSET): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** Mixes two 32-bit hashes (for n-grams): order-sensitive, well spread (murmur3 finaliser). */
export function mix2(a: number, b: number): number {
  let h = (Math.imul(a, 0x9e3779b1) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Is this UTF-16 code unit part of a word? ASCII letters/digits, `_`, and any non-ASCII letter-ish unit. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c > 127 && c !== 0x2019 && c !== 0x201c && c !== 0x201d && c !== 0x2014 && c !== 0x2013);
}

export const HEAD_CHARS = 3000;
export const TAIL_CHARS = 1000;

/** Hash of the digit-run token `#`. */
export const HASH_TOKEN = fnv1a('#');

/**
 * Calls `emit(hash, index)` for each word token of `s` in the head/tail windows, in order. Digit runs become
 * the single token `#` so "23 apples" and "7 apples" share features. Returns the number of tokens emitted.
 */
export function forEachToken(s: string, emit: (hash: number, index: number) => void): number {
  const n = s.length;
  let count = 0;
  const scan = (from: number, to: number): void => {
    let h = FNV_OFFSET;
    let inWord = false;
    let digitsOnly = true;
    for (let i = from; i <= to; i++) {
      const c = i < to ? s.charCodeAt(i) : 32;
      if (i < to && isWordChar(c)) {
        const isDigit = c >= 48 && c <= 57;
        if (!inWord) { inWord = true; h = FNV_OFFSET; digitsOnly = true; }
        if (!isDigit) digitsOnly = false;
        // Lowercase ASCII on the fly.
        h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
      } else if (inWord) {
        inWord = false;
        emit(digitsOnly ? HASH_TOKEN : h >>> 0, count++);
      }
    }
  };
  if (n <= HEAD_CHARS + TAIL_CHARS) {
    scan(0, n);
  } else {
    scan(0, HEAD_CHARS);
    scan(n - TAIL_CHARS, n);
  }
  return count;
}

function scanInto(s: string, from: number, to: number, out: Uint32Array, n: number): number {
  let h = FNV_OFFSET;
  let inWord = false;
  let digitsOnly = true;
  const cap = out.length;
  for (let i = from; i < to && n < cap; i++) {
    const c = s.charCodeAt(i);
    if (isWordChar(c)) {
      if (!inWord) { inWord = true; h = FNV_OFFSET; digitsOnly = true; }
      if (c < 48 || c > 57) digitsOnly = false;
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), FNV_PRIME);
    } else if (inWord) {
      inWord = false;
      out[n++] = digitsOnly ? HASH_TOKEN : h >>> 0;
    }
  }
  if (inWord && n < cap) out[n++] = digitsOnly ? HASH_TOKEN : h >>> 0;
  return n;
}

/** Same tokens as {@link forEachToken}, written into `out` (up to its length); returns the count. No closures. */
export function tokenizeInto(s: string, out: Uint32Array): number {
  const n = s.length;
  if (n <= HEAD_CHARS + TAIL_CHARS) return scanInto(s, 0, n, out, 0);
  return scanInto(s, n - TAIL_CHARS, n, out, scanInto(s, 0, HEAD_CHARS, out, 0));
}
