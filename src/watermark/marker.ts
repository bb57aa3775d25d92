/**
 * The interaction-layer marker: a keyed habit added to the answers of restricted accounts, in the spirit of
 * "Asking Back" (arXiv 2605.16462). Each answer opens with a key-selected framing sentence and ends with a
 * key-selected closing formula. A student model trained on those answers learns the habit, and any probe prompt
 * to the student elicits it, which the lexical watermark (a statistical tilt) needs many texts to show.
 *
 * Both formulas come from families of natural phrasings built from five slots of sixteen interchangeable parts
 * (2^20 members each); the key picks one member of each. The detector counts, for every member of a family, the
 * texts containing it, and the p-value of the key's member is its rank among all 2^20 members: under the null
 * (the texts were written without knowledge of the key), the key's member is a uniformly random member, so
 * P(its count ranks this high) = #{members counted at least as often} / 2^20, exactly, whatever the texts say
 * and however often ordinary writing uses such phrasings. The two families use independent key bits, so the two
 * p-values are independent given the texts and are combined by Fisher's method. The floor is 2^-20 per family
 * (2.7e-11 combined); docs/watermark.md gives the base rate of the families in the bundled real assistant text.
 */
import { createHmac } from 'node:crypto';

/** The part of a watermark key the marker needs (a `WatermarkKey` is one). */
export interface MarkerKey {
  id: string;
  secret: Buffer;
}

type Slot = readonly string[];
export type Family = readonly [Slot, Slot, Slot, Slot, Slot];

/** Opening framing sentence: "<A> <B> <C> <D><E>" e.g. "Let me give a brief overview of the matter, in order." */
export const OPENER: Family = [
  ['Here is', 'Below is', 'What follows is', 'This is', 'Let me give', "I'll give", 'Allow me to give', 'Let me offer',
    "I'll offer", 'Let me share', "I'll share", 'Let me lay out', "I'll lay out", 'Let me set out', "I'll set out",
    'Let me put together'],
  ['a short', 'a brief', 'a concise', 'a compact', 'a focused', 'a plain', 'a direct', 'a careful', 'a structured',
    'a practical', 'a clear', 'a quick', 'a tidy', 'a straightforward', 'a considered', 'a measured'],
  ['answer', 'take', 'rundown', 'overview', 'explanation', 'walkthrough', 'summary', 'response', 'account', 'breakdown',
    'treatment', 'reply', 'run-through', 'outline', 'view', 'picture'],
  ['of your question', 'to your question', 'on what you asked', 'of the matter', 'on the topic', 'of the request',
    'for your request', 'on this', 'to what you asked', 'of the issue', 'on the subject', 'for this question',
    'of this topic', 'on your request', 'to this request', 'of your request'],
  [', step by step.', ', point by point.', ', in plain terms.', ', in order.', ', key points first.', ', kept short.',
    ', from the basics up.', ', piece by piece.', ', in brief.', ', in a few parts.', ', in outline.',
    ', without the fluff.',
    ', for quick reading.', ', in everyday words.', ', one part at a time.', ', as simply as I can.'],
];

/** Closing formula: "<A> <B> <C> <D> <E>." e.g. "Taken together, these notes should lend you a steady compass." */
export const CLOSING: Family = [
  ['All in all,', 'In the end,', 'Taken together,', 'On balance,', 'Put simply,', 'To wrap up,', 'In sum,', 'All told,',
    'Above all,', 'At heart,', 'In closing,', 'By and large,', 'Ultimately,', 'Overall,', 'To close,', 'Ideally,'],
  ['this should', 'the above should', 'these notes should', 'that ought to', 'this ought to', 'the answer above should',
    'these points should', 'this outline should', 'the steps above should', 'this overview should', 'that should',
    'these ideas should', 'this summary should', 'my answer should', 'this reply should', 'the points above should'],
  ['give you', 'offer you', 'leave you with', 'hand you', 'provide you with', 'set you up with', 'get you', 'bring you',
    'lend you', 'grant you', 'equip you with', 'afford you', 'supply you with', 'furnish you with', 'present you with',
    'earn you'],
  ['a clear', 'a solid', 'a steady', 'a firm', 'a sound', 'a useful', 'a reliable', 'a practical', 'a sturdy',
    'a decent',
    'a workable', 'a good', 'a helpful', 'a fair', 'a simple', 'a strong'],
  ['footing', 'starting point', 'foundation', 'grasp of it', 'place to begin', 'path forward', 'compass', 'map',
    'sense of direction', 'frame of reference', 'handle on it', 'basis to build on', 'picture', 'first step', 'way in',
    'anchor'],
];

/** Members per family: five slots of sixteen parts. */
export const MARKER_FAMILY_SIZE = 16 ** 5;

export type MarkerFamily = 'opener' | 'closing';

/** The key's choice in one family: slot indexes and the phrase they spell. */
export interface MarkerPhrase {
  slots: number[];
  text: string;
}

export interface MarkerPhrases {
  opener: MarkerPhrase;
  closing: MarkerPhrase;
}

/** Lowercase words separated by single spaces: punctuation, case and line breaks do not matter to detection. */
export function normaliseForMarker(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[^a-z0-9]+/g, ' ').trim();
}

function spell(family: MarkerFamily, slots: number[]): string {
  const f = family === 'opener' ? OPENER : CLOSING;
  const parts = slots.map((s, i) => f[i]![s]!);
  if (family === 'opener') return `${parts[0]} ${parts[1]} ${parts[2]} ${parts[3]}${parts[4]}`;
  return `${parts.join(' ')}.`;
}

/** The key's opener and closing, from 40 bits of HMAC-SHA256(secret, label): independent of everything else keyed. */
export function markerPhrases(key: MarkerKey): MarkerPhrases {
  const h = createHmac('sha256', key.secret).update('distillguard/marker/v1').digest();
  const nibbles: number[] = [];
  for (let i = 0; i < 5; i++) nibbles.push(h[i]! >> 4, h[i]! & 15);
  const opener = nibbles.slice(0, 5);
  const closing = nibbles.slice(5, 10);
  return {
    opener: { slots: opener, text: spell('opener', opener) },
    closing: { slots: closing, text: spell('closing', closing) },
  };
}

/** Adds the key's opener before and closing after an answer; empty answers stay empty. */
export function markText(key: MarkerKey, text: string): string {
  if (text.trim() === '') return text;
  const p = markerPhrases(key);
  return `${p.opener.text}\n\n${text}\n\n${p.closing.text}`;
}

/** One regex per family over normalised text, a capture group per slot. */
function familyRegex(f: Family): { re: RegExp; index: Map<string, number>[] } {
  const index: Map<string, number>[] = [];
  const groups = f.map((parts) => {
    const m = new Map<string, number>();
    parts.forEach((p, i) => m.set(normaliseForMarker(p), i));
    index.push(m);
    // Longest first, so that a part that is a prefix of another cannot cut a match short.
    return `(${[...m.keys()].sort((a, b) => b.length - a.length).join('|')})`;
  });
  return { re: new RegExp(`(?:^| )${groups.join(' ')}(?= |$)`, 'g'), index };
}

const REGEX = { opener: familyRegex(OPENER), closing: familyRegex(CLOSING) };

/** Member ids (0 .. 2^20-1) of one family found in a normalised text, each once. */
export function familyMembers(family: MarkerFamily, normalised: string): Set<number> {
  const { re, index } = REGEX[family];
  const out = new Set<number>();
  re.lastIndex = 0;
  for (let m = re.exec(normalised); m !== null; m = re.exec(normalised)) {
    let id = 0;
    for (let s = 0; s < 5; s++) id = id * 16 + index[s]!.get(m[s + 1]!)!;
    out.add(id);
  }
  return out;
}

function memberId(slots: number[]): number {
  return slots.reduce((id, s) => id * 16 + s, 0);
}

export interface FamilyScore {
  /** Texts containing the key's phrase. */
  hits: number;
  /** Exact rank p-value of the key's member among all members of the family. */
  p_value: number;
  /** Distinct members of the family found anywhere in the texts (the competition the key's member ranks against). */
  members_seen: number;
}

export interface MarkerScore {
  /** Fisher combination of the two families' p-values (independent given the texts). */
  p_value: number;
  /** Texts scored. */
  scored: number;
  /** Fisher's statistic −2·ln(p_opener·p_closing), chi-square with 4 degrees of freedom under the null. */
  statistic: number;
  opener: FamilyScore;
  closing: FamilyScore;
  /** Share of texts that contain the key's opener or closing. */
  hit_rate: number;
  method: string;
}

function scoreFamily(family: MarkerFamily, keyMember: number, normalised: string[]): FamilyScore {
  const counts = new Map<number, number>();
  for (const t of normalised) for (const m of familyMembers(family, t)) counts.set(m, (counts.get(m) ?? 0) + 1);
  const hits = counts.get(keyMember) ?? 0;
  if (hits === 0) return { hits, p_value: 1, members_seen: counts.size };
  let atLeast = 0;
  for (const c of counts.values()) if (c >= hits) atLeast++;
  return { hits, p_value: atLeast / MARKER_FAMILY_SIZE, members_seen: counts.size };
}

/** P(U1·U2 ≤ t) for independent uniforms: Fisher's method for two p-values, exact. */
function fisher2(p1: number, p2: number): number {
  const t = p1 * p2;
  return t >= 1 ? 1 : Math.min(1, t * (1 - Math.log(t)));
}

/**
 * Tests whether texts carry the key's marker. Valid for any texts written without knowledge of the key, duplicates
 * included (every member's count is taken over the same texts); the smallest p-value it can give is 2.7e-11.
 */
export function markerScore(key: MarkerKey, texts: Iterable<string>): MarkerScore {
  const normalised: string[] = [];
  for (const t of texts) normalised.push(normaliseForMarker(t));
  const p = markerPhrases(key);
  const opener = scoreFamily('opener', memberId(p.opener.slots), normalised);
  const closing = scoreFamily('closing', memberId(p.closing.slots), normalised);
  const openerRe = normaliseForMarker(p.opener.text);
  const closingRe = normaliseForMarker(p.closing.text);
  let either = 0;
  for (const t of normalised) if (t.includes(openerRe) || t.includes(closingRe)) either++;
  return {
    p_value: fisher2(opener.p_value, closing.p_value),
    scored: normalised.length,
    statistic: -2 * Math.log(opener.p_value * closing.p_value),
    opener,
    closing,
    hit_rate: normalised.length ? either / normalised.length : 0,
    method: 'marker-rank-fisher-v1',
  };
}
