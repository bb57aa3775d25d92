/**
 * Behaviour profile of an account: what it asks and how it asks, as one unit vector, so that accounts of an operation
 * that shares no artefact (own cards, residential addresses, randomised TLS) can still be grouped by the likeness of
 * their work (campaigns/cohorts.ts), in the manner of SynchroTrap and EvilCohort but on content and habits instead of
 * shared addresses.
 *
 * Dimensions (each block scaled by its weight, so no block dominates by its number of entries): capability mix,
 * extraction-intent kinds, the share of extraction-style requests, follow-up (ordinary and reflective, i.e. asking the
 * model to explain or critique itself), tool-use and extended-reasoning shares, the requested max_tokens habit, the prompt-length habit, the hour-of-day profile and the model mix.
 * Hour and model weigh less: an operation can fake a time zone and people share popular models.
 *
 * Evade: give every account its own mix of capabilities, formats and max_tokens, i.e. run many differently
 * configured pipelines (each then a smaller operation, and each account still has to ask for what it harvests).
 */
import { CAPABILITIES, INTENT_KINDS } from '../engine/observation.js';
import { SIZE_BUCKETS, type AccountState } from './state.js';
import { derivedOf } from './features.js';

const MODEL_SLOTS = 8;
/** Hours in blocks of four: a few dozen requests spread over 24 single hours are mostly noise. */
const HOUR_BLOCKS = 6;
export const PROFILE_DIMS = CAPABILITIES.length + INTENT_KINDS.length + 5 + 2 * SIZE_BUCKETS + HOUR_BLOCKS + MODEL_SLOTS;

/** Block weights. */
const W_CAPABILITY = 1;
const W_INTENT = 1;
const W_SHARES = 1;
const W_MAX_TOKENS = 1;
const W_PROMPT = 0.7;
const W_HOURS = 0.5;
const W_MODELS = 0.5;

export type Profile = Float32Array;

/** The account's profile as a unit vector (all zeros before any traffic). */
export function behaviourProfile(s: AccountState): Profile {
  const v = new Float32Array(PROFILE_DIMS);
  const n = Math.max(1, s.n);
  let d = 0;
  const put = (counts: ArrayLike<number>, total: number, weight: number): void => {
    // Shares within a block, scaled so each block has the same norm whatever its number of entries.
    let norm = 0;
    for (let i = 0; i < counts.length; i++) norm += (counts[i]! / total) ** 2;
    const scale = norm > 0 ? weight / Math.sqrt(norm) : 0;
    for (let i = 0; i < counts.length; i++) v[d++] = (counts[i]! / total) * scale;
  };
  put(s.capabilities, n, W_CAPABILITY);
  // Intent kinds as shares of all requests: an account that never fires a pattern family has an empty block.
  const kinds = s.intentKinds;
  for (let i = 0; i < kinds.length; i++) v[d++] = (W_INTENT * kinds[i]!) / n;
  v[d++] = (W_SHARES * s.intentHigh) / n;
  v[d++] = (W_SHARES * (s.followUps - s.reflectiveFollowUps)) / n;
  v[d++] = (W_SHARES * s.reflectiveFollowUps) / n;
  v[d++] = (W_SHARES * s.withTools) / n;
  v[d++] = (W_SHARES * s.reasoningUses) / n;
  put(s.maxTokenSizes, n, W_MAX_TOKENS);
  put(s.promptSizes, n, W_PROMPT);
  const hours = new Float64Array(HOUR_BLOCKS);
  const hourOfDay = s.hourOfDay;
  for (let h = 0; h < 24; h++) hours[Math.floor(h / (24 / HOUR_BLOCKS))]! += hourOfDay[h]!;
  put(hours, n, W_HOURS);
  const models = new Float64Array(MODEL_SLOTS);
  for (const m of s.models) models[modelSlot(m.model)]! += m.count;
  put(models, n, W_MODELS);
  return normalise(v);
}

/** behaviourProfile, kept until the account changes. Shared: read it, never change it. */
export function profileOf(s: AccountState): Profile {
  const d = derivedOf(s);
  return (d.profile ??= behaviourProfile(s));
}

/**
 * What an account asks, without how its client asks it: the capability mix, the extraction kinds, the shares of
 * extraction-style, ordinary and reflective follow-ups, tool use and extended reasoning, and the prompt-length habit
 * (which follows the items asked). No max_tokens, hours or models: an operation whose accounts each keep their own
 * client habits (own max_tokens, time zone, model) still asks for the same work. Only read for accounts whose traffic
 * already marks them (campaigns/unlinked.ts): on what alone, thousands of ordinary coders are alike.
 *
 * Evade: as for the behaviour profile, give the accounts different work (and so run several smaller operations).
 */
export function contentProfile(s: AccountState): Profile {
  const v = new Float32Array(PROFILE_DIMS);
  const full = behaviourProfile(s);
  // The behaviour profile's blocks up to and including the prompt-length habit, minus the max_tokens block; each block
  // keeps its weight (the full profile is one unit vector, so the kept blocks are renormalised together).
  const sharesEnd = CAPABILITIES.length + INTENT_KINDS.length + 5;
  const maxTokensEnd = sharesEnd + SIZE_BUCKETS;
  const promptEnd = maxTokensEnd + SIZE_BUCKETS;
  for (let i = 0; i < promptEnd; i++) if (i < sharesEnd || i >= maxTokensEnd) v[i] = full[i]!;
  return normalise(v);
}

/** Cosine similarity of two profiles (both unit vectors). */
export function similarity(a: Profile, b: Profile): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

/** The normalised mean of some profiles (a group's centroid). */
export function centroid(profiles: Iterable<Profile>): Profile {
  const c = new Float32Array(PROFILE_DIMS);
  for (const p of profiles) for (let i = 0; i < c.length; i++) c[i]! += p[i]!;
  return normalise(c);
}

/** Scales a vector to unit length in place (a zero vector stays zero). */
function normalise(v: Profile): Profile {
  let norm = 0;
  for (let i = 0; i < v.length; i++) norm += v[i]! * v[i]!;
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    for (let i = 0; i < v.length; i++) v[i]! *= scale;
  }
  return v;
}

function modelSlot(model: string): number {
  let h = 2166136261;
  for (let i = 0; i < model.length; i++) h = Math.imul(h ^ model.charCodeAt(i), 16777619);
  return (h >>> 0) % MODEL_SLOTS;
}
