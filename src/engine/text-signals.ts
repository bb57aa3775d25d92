/**
 * The part of the per-request step that depends only on the text of a request (prompt and system prompt): intent
 * score and kinds, capability, frame hashes and item hash. It is most of the per-request cost, and a third of real
 * prompts repeat (public prompt sets copied as camouflage, retries, fixed templates), so results are kept in a
 * bounded cache keyed by a hash of the text. A cached result is the very value the computation returns: pure functions of
 * the text, nothing else.
 */
import { hash2Chars, hash2Finish, hash2Unit, HASH2_SEED } from '../collections/hash-table.js';
import { capabilityOf } from '../signals/capability.js';
import { intentScore } from '../signals/intent.js';
import { isReflectiveAsk } from '../signals/reflective-ask.js';
import { followUpLineHash } from '../signals/follow-up-line.js';
import { coreHash } from '../signals/item-core.js';
import { itemAndVariantHash } from '../signals/sketch.js';
import { CAPABILITIES, INTENT_KINDS } from './observation.js';

const KIND_BITS = new Map<string, number>(INTENT_KINDS.map((k, i) => [k, 1 << i]));
const CAPABILITY_INDEX = new Map<string, number>(CAPABILITIES.map((c, i) => [c, i]));
/** A prompt has a frame only with this many words, so that a frame is a part of the prompt (a wrapper), not the item. */
const FRAME_MIN_WORDS = 20;
const FRAME_WORDS = 7;
/** Prompts shorter than this are not harvested items (follow-ups like "continue", greetings): no item hash. */
const ITEM_MIN_WORDS = 8;
const EDGE_CHARS = 240;
/** Extraction-intent score a request needs for its frame to count as a template and its prompt as a harvested item. */
const FRAME_MIN_INTENT = 0.35;

export interface TextSignals {
  /** Extraction-intent score 0..1 and its pattern families as bits of INTENT_KINDS. */
  readonly intent: number;
  readonly intentKinds: number;
  /** Index in CAPABILITIES judged from the text alone (declared tools make a request agentic whatever its text). */
  readonly capability: number;
  /** Frame hashes; 0 unless the request is extraction-style and long enough to have a frame. */
  readonly frame: number;
  readonly frameTail: number;
  /** Item hash; 0 unless the request is extraction-style and long enough to be an item (turn is checked by the caller). */
  readonly item: number;
  /** Hashes of the prompt with numbers folded and of the exact prompt, whatever its intent; 0 when too short. */
  readonly variant: number;
  readonly exactItem: number;
  /** Hash of the prompt's core, the item apart from its wrapper (signals/item-core.ts), whatever its intent; 0 when none. */
  readonly core: number;
  /** A short ask to explain, verify or critique the previous answer (signals/reflective-ask.ts); read on follow-ups only. */
  readonly reflective: boolean;
  /** Hash of the prompt as a short one-line follow-up (signals/follow-up-line.ts); 0 otherwise. Read on follow-ups only. */
  readonly line: number;
}

/** FNV-1a over a string, 32-bit. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

function countWords(s: string, limit: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < limit; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

const normWords = (s: string): string[] => s.toLowerCase().replace(/[0-9]+/g, '#').split(/\s+/).filter((w) => w.length > 0);

/**
 * The frames of a prompt: hashes of its normalised opening and closing words (digits folded), where extraction
 * wrappers live ("Think step by step and show all your reasoning…", "…put the final answer on the last line").
 * 0 when the prompt is too short to have a frame apart from its content.
 * Evade: a fresh wrapper per request (many phrasings) weakens the frame link; the intent model remains.
 */
export function frameHashes(prompt: string, system: string | null, words: number): [number, number] {
  if (words < FRAME_MIN_WORDS) return [0, 0];
  const seed = system ? fnv1a(system) : 0x811c9dc5;
  const headEnd = Math.min(prompt.length, EDGE_CHARS);
  const tailStart = Math.max(0, prompt.length - EDGE_CHARS);
  if (isAscii(prompt, 0, headEnd) && isAscii(prompt, tailStart, prompt.length)) {
    return [asciiEdgeHash(prompt, 0, headEnd, true, seed) || 1, asciiEdgeHash(prompt, tailStart, prompt.length, false, seed) || 1];
  }
  const head = normWords(prompt.slice(0, EDGE_CHARS)).slice(0, FRAME_WORDS);
  const tail = normWords(prompt.slice(-EDGE_CHARS)).slice(-FRAME_WORDS);
  return [fnv1a(head.join(' '), seed) || 1, fnv1a('\u0001' + tail.join(' '), seed) || 1];
}

function isAscii(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** ASCII whitespace as `\s` sees it. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Word bounds in [from, to) of the last asciiEdgeHash call (at most EDGE_CHARS / 2 words fit in an edge). */
const wordStart = new Int32Array(EDGE_CHARS);
const wordEnd = new Int32Array(EDGE_CHARS);

/**
 * What `fnv1a(normWords(s.slice(from, to)).slice(0 or -FRAME_WORDS).join(' '))` gives for ASCII text (tail hashes
 * start with \u0001), without building a string: lowercase, digit runs as '#', words joined by one space.
 */
function asciiEdgeHash(s: string, from: number, to: number, head: boolean, seed: number): number {
  let n = 0;
  for (let i = from; i < to; ) {
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) break;
    wordStart[n] = i;
    while (i < to && !isSpace(s.charCodeAt(i))) i++;
    wordEnd[n++] = i;
    if (head && n === FRAME_WORDS) break;
  }
  let h = seed;
  if (!head) h = Math.imul(h ^ 1, 16777619);
  for (let w = head ? 0 : Math.max(0, n - FRAME_WORDS), first = true; w < (head ? Math.min(n, FRAME_WORDS) : n); w++, first = false) {
    if (!first) h = Math.imul(h ^ 32, 16777619);
    let inDigits = false;
    for (let i = wordStart[w]!; i < wordEnd[w]!; i++) {
      let c = s.charCodeAt(i);
      if (c >= 48 && c <= 57) {
        if (inDigits) continue;
        inDigits = true;
        c = 35; // '#'
      } else {
        inDigits = false;
        if (c >= 65 && c <= 90) c += 32;
      }
      h = Math.imul(h ^ c, 16777619);
    }
  }
  return h >>> 0;
}

/** Text signals of (prompt, system), computed. */
export function textSignals(prompt: string, system: string | null): TextSignals {
  const intent = intentScore(prompt, system);
  let kinds = 0;
  for (const k of intent.kinds) kinds |= KIND_BITS.get(k) ?? 0;
  const capability = capabilityOf(prompt, system, null);
  const words = countWords(prompt, FRAME_MIN_WORDS);
  // Only extraction-style requests carry a frame and an item: a campaign's wrappers are what links its accounts and
  // its harvested items are what it never repeats, while the openings and repeats of ordinary prompts (and of
  // camouflage requests copied from public prompt sets) would link strangers and mask a harvester.
  const extraction = intent.score >= FRAME_MIN_INTENT;
  const [frame, frameTail] = extraction ? frameHashes(prompt, system, words) : [0, 0];
  const [exactItem, variant] = words >= ITEM_MIN_WORDS ? itemAndVariantHash(prompt) : [0, 0];
  return {
    intent: intent.score,
    intentKinds: kinds,
    capability: CAPABILITY_INDEX.get(capability) ?? CAPABILITIES.length - 1,
    frame,
    frameTail,
    item: extraction ? exactItem : 0,
    variant,
    exactItem,
    core: coreHash(prompt),
    reflective: isReflectiveAsk(prompt),
    line: followUpLineHash(prompt),
  };
}

/** Entries per cache generation: covers most repeats in replays of millions of requests. */
const GENERATION = 1 << 16;

/**
 * A 53-bit hash of a request's texts (the two hashes of collections/hash-table.ts, one cut to 21 bits), the system
 * prompt's length first so that no split of the same characters between system prompt and prompt hashes alike. The
 * cache keys by it: keyed by the texts themselves, its generations held up to 128 M characters of prompts in each
 * thread that computes text signals. A false hit needs a 53-bit match with one of the ≤ 2^17 keys held: ≈ 2^-36 per
 * new text, one request in 10^10 given another text's signals.
 */
export function textKey(prompt: string, system: string | null): number {
  const h: [number, number] = [HASH2_SEED[0], HASH2_SEED[1]];
  // −1 for no system prompt: never a length, so an empty system prompt and none differ.
  hash2Unit(h, system === null ? -1 : system.length);
  if (system !== null) hash2Chars(h, system);
  hash2Chars(h, prompt);
  const [a, b] = hash2Finish(h);
  return (b & 0x1fffff) * 4294967296 + a;
}

/** Text signals with a bounded cache keyed by a hash of the text: two generations, an approximate LRU without per-hit bookkeeping. */
export class TextSignalCache {
  private recent = new Map<number, TextSignals>();
  private older = new Map<number, TextSignals>();

  get(prompt: string, system: string | null): TextSignals {
    const key = textKey(prompt, system);
    let t = this.recent.get(key);
    if (t !== undefined) return t;
    t = this.older.get(key) ?? textSignals(prompt, system);
    if (this.recent.size >= GENERATION) {
      this.older = this.recent;
      this.recent = new Map();
    }
    this.recent.set(key, t);
    return t;
  }
}
