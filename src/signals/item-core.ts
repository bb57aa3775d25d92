/**
 * The core of a prompt: the item it carries, apart from the words wrapped around it. An operation that asks one pool's
 * items puts its own (or randomised) wording around each one ("Stuck on this: <item> show the approach"), so the whole
 * prompt never repeats while the item would; the core is what two accounts asking one item have in common.
 *
 * Core: on the longest line of the prompt with at least CORE_MIN_WORDS words, the run of twice that many words
 * (lowercased, punctuation dropped) that starts at the line's least shingle, the run of CORE_MIN_WORDS words whose hash
 * is the least. Items are the long lines (a problem statement, an
 * instruction); wrappers are short lines around them. A wrapper glued onto the item's own line ("can you help? <item>
 * how do you get it") changes only the shingles and runs that reach into it: two prompts carrying one item have one core
 * when the least shingle of either is one of the item's (min-hash: as often as the Jaccard likeness of their shingle
 * sets) and the run from it stays inside the item — about half the time for a short wrapper on a problem of a few
 * dozen words, where a hash of the whole line would never match. A wrapper line that is longer than a short item is taken for the core: it then recurs in that account's
 * own prompts, which is how the work-queue test (campaigns/work-queue.ts) tells it from an item (an item is asked once).
 *
 * Evade: paraphrase each item (then it is a new item), or glue a wrapper as long as the item onto its line (the item's
 * shingles are then the least one half the time or less: the test sees fewer shared items, and so less to judge by).
 */

/** Words a line needs to be an item rather than a greeting or a short ask. */
export const CORE_MIN_WORDS = 8;
/** Characters of the prompt read (a long paste holds its item near the top). */
const CORE_CHARS = 8000;

/** 32-bit hash of the prompt's core (never 0), or 0 when no line is long enough to be an item. */
export function coreHash(prompt: string): number {
  const s = typeof prompt === 'string' ? prompt : '';
  const end = Math.min(s.length, CORE_CHARS);
  let bestStart = -1;
  let bestEnd = -1;
  let bestLength = 0;
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && s.charCodeAt(i) !== 10) continue;
    const length = trimmedLength(s, start, i);
    if (length > bestLength && wordCount(s, start, i) >= CORE_MIN_WORDS) [bestStart, bestEnd, bestLength] = [start, i, length];
    start = i + 1;
  }
  if (bestStart < 0) return 0;
  return leastShingle(s, bestStart, bestEnd) || lineHash(s, bestStart, bestEnd);
}

/** The line's hash, lowercased, whitespace collapsed (a line too short to carry an item and wording beside it). */
function lineHash(s: string, from: number, to: number): number {
  let h = FNV_BASIS;
  let pendingSpace = false;
  let started = false;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      pendingSpace = false;
    }
    started = true;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0 || 1;
}

/** FNV-1a offset basis and prime. */
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 16777619;

/** Whether a character is part of a word: ASCII letters and digits, and any non-ASCII character (other scripts). */
function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0xa0);
}

/**
 * Words from which a line is read as an item with wording glued on (its run from the least shingle) rather than hashed
 * whole: three shingles' worth. Shorter lines are an instruction, a line of code or a wrapper, whose stock phrases and
 * dropped punctuation would make different lines one run.
 */
const GLUED_MIN_WORDS = 3 * CORE_MIN_WORDS;
/** Words of the run hashed for the core, from the least shingle on: long enough that items sharing a phrase differ. */
const CORE_RUN_WORDS = 2 * CORE_MIN_WORDS;

/**
 * The hash of the run of CORE_RUN_WORDS words that starts at the line's least shingle of CORE_MIN_WORDS words (ends
 * at the line's end when that is nearer; all the line's words when fewer), never 0. Words are runs of word characters,
 * lowercased; a shingle's hash mixes its words' hashes in order. The least shingle chooses the place, the longer run
 * makes the core: items of one pool share stock phrases ("write a function that takes a list of"), which would be the
 * least shingle of many of them, and the words after the phrase tell them apart.
 */
function leastShingle(s: string, from: number, to: number): number {
  const words: number[] = [];
  let h = FNV_BASIS;
  let inWord = false;
  for (let i = from; i <= to; i++) {
    let c = i < to ? s.charCodeAt(i) : 32;
    if (isWordChar(c)) {
      if (c >= 65 && c <= 90) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    } else if (inWord) {
      words.push(h >>> 0);
      h = FNV_BASIS;
      inWord = false;
    }
  }
  if (words.length < GLUED_MIN_WORDS) return 0;
  const span = Math.min(CORE_MIN_WORDS, words.length);
  let least = 0xffffffff;
  let at = 0;
  for (let start = 0; start + span <= words.length; start++) {
    const x = mixRun(words, start, span);
    if (x < least) [least, at] = [x, start];
  }
  const run = Math.min(CORE_RUN_WORDS, words.length);
  return mixRun(words, Math.min(at, words.length - run), run) || 1;
}

/** A 32-bit hash of `count` word hashes from `start`, in order. */
function mixRun(words: readonly number[], start: number, count: number): number {
  let x = FNV_BASIS;
  for (let k = 0; k < count; k++) x = Math.imul(x ^ words[start + k]!, FNV_PRIME) ^ (x >>> 15);
  return Math.imul(x ^ (x >>> 16), 0x45d9f3b) >>> 0;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0;
}

function trimmedLength(s: string, from: number, to: number): number {
  while (from < to && isSpace(s.charCodeAt(from))) from++;
  while (to > from && isSpace(s.charCodeAt(to - 1))) to--;
  return to - from;
}

function wordCount(s: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to && n < CORE_MIN_WORDS; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
