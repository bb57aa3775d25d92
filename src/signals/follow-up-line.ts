/**
 * The line of a short follow-up: a one-line prompt of a few words, normalised (lower case, runs of digits as '#',
 * runs of whitespace as one space) and hashed, so that the same line sent by different accounts is one key.
 *
 * Why: an operation that hides its harvest in human-looking threads still follows up by script, the same handful of
 * probing lines ("could you double-check it another way?", "where do students usually go wrong here?") turned over
 * item after item by every account it runs. People's follow-ups are their own, or the few everyone says ("why?",
 * "thanks", "shorter"); a set of lines used together by one closed group of accounts and by nobody else is a script
 * (campaigns/follow-up-scripts.ts).
 * Evade: write every follow-up afresh (a model paraphrasing each one): then no line is shared and this is silent.
 */

/** A follow-up line has at most this many words (longer prompts are items or pasted material). */
export const MAX_LINE_WORDS = 30;
/** And at least this many: one-word follow-ups ("why?", "more") are everyone's. */
export const MIN_LINE_WORDS = 3;

/** 32-bit hash of the normalised line (never 0), or 0 when the prompt is not a short one-line follow-up. */
export function followUpLineHash(prompt: string): number {
  const s = typeof prompt === 'string' ? prompt : '';
  if (s.length === 0 || s.length > 400) return 0;
  let h = 0x811c9dc5;
  let words = 0;
  let inWord = false;
  let inDigits = false;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A line break inside the prompt (not at its ends) makes it more than one line.
      if (s.slice(i).trim().length > 0 && s.slice(0, i).trim().length > 0) return 0;
      continue;
    }
    const space = c === 32 || c === 9;
    if (space) {
      if (inWord) pendingSpace = true;
      inWord = false;
      inDigits = false;
      continue;
    }
    if (!inWord) {
      words++;
      if (words > MAX_LINE_WORDS) return 0;
      if (pendingSpace) h = Math.imul(h ^ 32, 16777619);
      pendingSpace = false;
      inWord = true;
    }
    if (c >= 48 && c <= 57) {
      if (inDigits) continue;
      inDigits = true;
      c = 35;
    } else {
      inDigits = false;
      if (c >= 65 && c <= 90) c += 32;
    }
    h = Math.imul(h ^ c, 16777619);
  }
  if (words < MIN_LINE_WORDS) return 0;
  return h >>> 0 || 1;
}
