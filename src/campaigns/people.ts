/**
 * Signs that a behavioural cohort (cohorts.ts: accounts grouped by likeness alone, with no shared artefact) is people
 * alike in their work rather than one pipeline: terms added to the cohort's score, each named so the case file says why.
 *
 * - `legit:working-hours`: most members keep to a few hours of their own day (median per-account hour entropy, Miller–
 *   Madow corrected, under WORKING_HOURS_ENTROPY: about five busy hours a day or fewer), as people working in
 *   sessions do; pipelines spread each account's requests over the day. Read per account: people in several time
 *   zones pool to a flat day. Evade: schedule each account's requests into a short daily window (fewer requests per
 *   account per day, so more accounts for one harvest).
 * - `legit:common-material`: members only loosely alike (mean similarity under LOOSE_SIMILARITY; one pipeline's
 *   accounts are near copies) who ask each other's items (a tenth or more of their sampled extraction-style items
 *   asked by other accounts too): a lab running one benchmark, hobbyists working from one public prompt set. A work
 *   queue draws distinct items. Evade: vary each account's configuration and have accounts ask one another's items,
 *   paying again for answers already harvested; its heaviest accounts still face the individual-harvester path.
 * - `legit:verified-people`: a fifth or more of the members (at least VERIFIED_PEOPLE_MIN of them) passed identity
 *   verification on their own, outside any organisation. A cohort has no shared artefact, only likeness; an operation
 *   that multiplies throwaway accounts does not tie them to checked identities, while researchers and power users of
 *   one field alike in their work often do. The term is nothing up to a tenth verified and whole from a fifth, so a
 *   few verified accounts do not shield a large cohort. Verified accounts are still judged on their own traffic (the
 *   individual path). Evade: verify a fifth of the operation's accounts with real, distinct identities — each one a
 *   named person the provider can hold to its terms, and each banned identity is gone for good.
 */
import type { ClusterMember } from './score.js';
import { commonItemShare, correctedHourEntropy } from './score.js';

/** Median per-account hour entropy under which a cohort keeps working hours (24^0.5 ≈ 5 busy hours a day). */
export const WORKING_HOURS_ENTROPY = 0.5;
/** Mean profile similarity under which a cohort is only loosely alike: one pipeline's accounts are near copies (≥ 0.95, cohorts.ts). */
export const LOOSE_SIMILARITY = 0.95;
/** Share of sampled items also asked by other accounts from which members work from common material. */
export const COMMON_MATERIAL_SHARE = 0.1;
/** Verified share of a cohort's members up to which verification says nothing (a few verified hands among many). */
export const VERIFIED_PEOPLE_FLOOR = 0.1;
/** Verified share of a cohort's members at which the verified-people term is whole. */
export const VERIFIED_PEOPLE_SHARE = 0.2;
/** Individually verified members a cohort needs before their share is read (one or two say nothing of the rest). */
export const VERIFIED_PEOPLE_MIN = 3;
/** Sampled items a cohort needs before its shared share is read. */
const MIN_SAMPLED = 10;

/**
 * Whether a cohort's members ask one another's items: a tenth or more of their sampled extraction-style items asked by
 * other accounts too, and their kept items repeated across members beyond coincidence (score.ts commonItemShare > 0,
 * i.e. more than a quarter of them). A queue never hands one item to two of its accounts; people working from one
 * public recipe or prompt set (hobbyists with the self-instruct prompt, a class's homework, a lab's benchmark) do, and
 * are near copies in what and how they ask because the recipe is one. A cohort, held together by likeness alone, is
 * then no operation (cohorts.ts scoreCohort); links, work queues and each account's own evidence are still read.
 * Evade: have the accounts ask one another's items, a quarter of what they keep and more: paying again for answers
 * already harvested.
 */
export function asksOneAnothersItems(members: ClusterMember[]): boolean {
  let sampled = 0;
  let shared = 0;
  for (const m of members) {
    sampled += m.state.sampledItems;
    shared += m.state.sharedItems;
  }
  return sampled >= MIN_SAMPLED && shared / sampled >= COMMON_MATERIAL_SHARE && commonItemShare(members) > 0;
}

/** The people terms of a cohort (zero when they do not apply). */
export function peopleTerms(members: ClusterMember[], meanSimilarity: number): Record<string, number> {
  // Members whose hours are not known (no hour counted) say nothing either way.
  const entropies = members.map((m) => (m.state.hourOfDay.some((h) => h > 0) ? correctedHourEntropy(m.state.hourOfDay, m.state.n) : 0.5)).sort((a, b) => a - b);
  const entropy = entropies[entropies.length >> 1] ?? 0.5;
  let sampled = 0;
  let shared = 0;
  for (const m of members) {
    sampled += m.state.sampledItems;
    shared += m.state.sharedItems;
  }
  // Verification of an organisation is the organisation's (organisations.ts): here only persons verified on their own.
  const verified = members.filter((m) => m.info?.verified === true && !m.info.orgId).length;
  const verifiedShare = verified >= VERIFIED_PEOPLE_MIN ? verified / Math.max(1, members.length) : 0;
  const verifiedSpan = VERIFIED_PEOPLE_SHARE - VERIFIED_PEOPLE_FLOOR;
  const verifiedPart = Math.min(1, Math.max(0, (verifiedShare - VERIFIED_PEOPLE_FLOOR) / verifiedSpan));
  const common = meanSimilarity < LOOSE_SIMILARITY && sampled >= MIN_SAMPLED && shared / sampled >= COMMON_MATERIAL_SHARE;
  return {
    'legit:working-hours': entropy < WORKING_HOURS_ENTROPY ? -12 * (WORKING_HOURS_ENTROPY - entropy) : 0,
    'legit:common-material': common ? -3 : 0,
    'legit:verified-people': verifiedPart > 0 ? -4 * verifiedPart : 0,
  };
}
