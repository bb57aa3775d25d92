/**
 * Signs that a behavioural cohort (cohorts.ts: accounts grouped by likeness alone, with no shared artefact) is people
 * alike in their work rather than one pipeline: terms added to the cohort's score, each named so the case file says why.
 *
 * - `legit:working-hours`: most members keep to a few hours of their own day (median per-account hour entropy, Miller–
 *   Madow corrected, under WORKING_HOURS_ENTROPY: about five busy hours a day or fewer), as people working in
 *   sessions do; pipelines spread each account's requests over the day. Read per account: people in several time
 *   zones pool to a flat day. Evade: schedule each account's requests into a short daily window (fewer requests per
 *   account per day, so more accounts for one harvest).
 * - `legit:common-material`: members who ask items other accounts ask too (a tenth or more of their sampled
 *   extraction-style items): a lab running one benchmark, hobbyists working from one public prompt set. A work queue
 *   draws distinct items. Members only loosely alike (mean similarity under LOOSE_SIMILARITY) may share with anyone;
 *   near copies must also ask one another's items beyond coincidence (score.ts commonItemShare > 0): people who use
 *   one public recipe are near copies in what and how they ask (hobbyists with the self-instruct prompt on a tuned
 *   world: 0.96), but a queue never hands one item to two of its accounts, while sharing with outsiders alone costs
 *   an operation nothing. Evade: have accounts ask one another's items, paying again for answers already harvested
 *   (a quarter of its kept items and more); its heaviest accounts still face the individual-harvester path.
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
  // Near copies (people using one public recipe are near copies too) count when they also ask one another's items
  // beyond coincidence: a queue never hands one item to two of its accounts, while items shared with outsiders only
  // cost an operation nothing (a popular public set harvested once through one queue).
  const askShared = sampled >= MIN_SAMPLED && shared / sampled >= COMMON_MATERIAL_SHARE;
  const common = askShared && (meanSimilarity < LOOSE_SIMILARITY || commonItemShare(members) > 0);
  return {
    'legit:working-hours': entropy < WORKING_HOURS_ENTROPY ? -12 * (WORKING_HOURS_ENTROPY - entropy) : 0,
    'legit:common-material': common ? -3 : 0,
    'legit:verified-people': verifiedPart > 0 ? -4 * verifiedPart : 0,
  };
}
