/**
 * The core of a prompt: the item it carries, apart from the words wrapped around it. An operation that asks one pool's
 * items puts its own (or randomised) wording around each one ("Stuck on this: <item> show the approach"), so the whole
 * prompt never repeats while the item would; the core is what two accounts asking one item have in common.
 *
 * Core: the longest line of the prompt with at least CORE_MIN_WORDS words; when it is the first or the last such line,
 * of that line the sentence of at least CORE_MIN_WORDS words with the least hash, or the whole line when none is that
 * long (lowercased, whitespace collapsed). A long line between two others is taken whole.
 * Items are the long lines (a problem statement, an instruction); wrappers are short lines around them. A wrapper line
 * that is longer than a short item is taken for the core: it then recurs in that account's own prompts, which is how
 * the work-queue test (campaigns/work-queue.ts) tells it from an item (an item is asked once). Wording glued onto the
 * item's own line ("my kid brought this home <problem> how do you get it?") changes only the first or last sentence;
 * the least hash over the sentences picks an inner sentence of the item, the same in every prompt carrying it, unless
 * the glued edge hashes lower (a chance of about 2 in the number of long sentences for that prompt).
 *
 * Evade: put the item on one line with its wrapper and keep items to one or two sentences, or break the item's own
 * sentences with wording (the core is then the prompt's own, never repeated: the test sees fewer items shared with
 * other accounts, and so less to judge by), or paraphrase each item (then it is a new item).
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
  let firstLong = -1;
  let lastLong = -1;
  let start = 0;
  for (let i = 0; i <= end; i++) {
    if (i < end && s.charCodeAt(i) !== 10) continue;
    if (wordCount(s, start, i) >= CORE_MIN_WORDS) {
      if (firstLong < 0) firstLong = start;
      lastLong = start;
      const length = trimmedLength(s, start, i);
      if (length > bestLength) [bestStart, bestEnd, bestLength] = [start, i, length];
    }
    start = i + 1;
  }
  if (bestStart < 0) return 0;
  // Wording reaches the item's line only from the prompt's start or end: a line between two long lines is taken whole
  // (a turn of a pasted conversation, a line of code), where a common sentence would stand for many different items.
  const edge = bestStart === firstLong || bestStart === lastLong;
  return edge ? leastSentenceHash(s, bestStart, bestEnd) : spanHash(s, bestStart, bestEnd);
}

/**
 * The least hash of the line's sentences of CORE_MIN_WORDS words or more (the whole line when it has none). Wording
 * glued onto an item's line changes only the sentences it touches (the first or the last); a sentence inside the item
 * is the same in every prompt that carries it, and the least hash picks the same one whatever the edges say, unless an
 * edge's hash is lower (then that prompt's core is its own, as with no rule at all).
 */
function leastSentenceHash(s: string, from: number, to: number): number {
  let least = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !endsSentence(s, i, to)) continue;
    const end = i < to ? i + 1 : to;
    if (wordCount(s, start, end) >= CORE_MIN_WORDS) {
      const h = spanHash(s, start, end);
      if (least === 0 || h < least) least = h;
    }
    start = end;
  }
  return least || spanHash(s, from, to);
}

/** A sentence ends at '.', '?' or '!' followed by a space (a decimal point, a file name or a method call does not). */
function endsSentence(s: string, i: number, to: number): boolean {
  const c = s.charCodeAt(i);
  return (c === 46 || c === 63 || c === 33) && i + 1 < to && isSpace(s.charCodeAt(i + 1));
}

/** 32-bit FNV-1a of the span, lowercased, whitespace collapsed and trimmed (never 0). */
function spanHash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  let pendingSpace = false;
  let started = false;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0xa0) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 16777619);
      pendingSpace = false;
    }
    started = true;
    if (c >= 65 && c <= 90) c += 32;
    h = Math.imul(h ^ c, 16777619);
  }
  return h >>> 0 || 1;
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
