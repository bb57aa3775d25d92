/**
 * Metric arithmetic: scores one set of verdicts (the analyzer's or a baseline's) against the labels.
 * Pure and synchronous, so tests and the detector's own tests can call it on hand-built inputs.
 *
 * Definitions (quoted by `distillguard eval --help` and the README):
 * - recall = flagged attack accounts / attack accounts; precision = flagged attack / flagged (labelled
 *   accounts only); organic FPR = flagged organic / organic, overall and per organic `persona` (n, flagged).
 *   Labelled accounts without a verdict count as not flagged.
 * - recall per tactic: attack accounts grouped by `persona`, and also by each entry of the optional
 *   label field `tactics: string[]`.
 * - campaigns: a detected campaign is the set of flagged accounts sharing one non-null `campaign_id`
 *   (flagged accounts with a null campaign_id form no campaign). Each true campaign is matched to the
 *   detected campaign maximising Jaccard(true members, detected members) (ties: larger intersection, then id).
 * - leak: per attack account, interactions with ts < first_flagged_at (all of them if never flagged, or
 *   flagged without a time) / all its interactions; overall it is interaction-weighted. A verdict may
 *   override the leaked count (`leaked_interactions`): the rate limiter serves requests after catching an
 *   account, so its leak is every request it did not reject.
 * - time to detect a campaign: hours from the campaign's first interaction until its first account,
 *   ceil(50%) and ceil(90%) of its accounts had first_flagged_at; null when that many never were.
 */
import { parseTimestamp } from '../dataset/validate.js';
import type { AccountTimes, CampaignMatch, CampaignScore, EvalLabel, EvalVerdict, LeakScore, MethodScore, PersonaScore, TacticScore } from './types.js';

const EMPTY = new Float64Array(0);
const HOUR_MS = 3_600_000;
/** Group name for labels whose persona / campaign is null. */
export const NONE = '(none)';

export function ratio(k: number, n: number): number | null {
  return n > 0 ? k / n : null;
}

/** Jaccard of two sets given their sizes and the size of their intersection. */
export function jaccard(sizeA: number, sizeB: number, intersection: number): number {
  const union = sizeA + sizeB - intersection;
  return union > 0 ? intersection / union : 0;
}

/** Number of values strictly below `limit` (arrays need not be sorted). */
export function countBelow(values: Float64Array, limit: number): number {
  let c = 0;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < limit) c++;
  return c;
}

function minOf(values: Float64Array): number {
  let m = Infinity;
  for (let i = 0; i < values.length; i++) if ((values[i] as number) < m) m = values[i] as number;
  return m;
}

function toMap(verdicts: ReadonlyMap<string, EvalVerdict> | Iterable<EvalVerdict>): ReadonlyMap<string, EvalVerdict> {
  if (verdicts instanceof Map) return verdicts;
  const m = new Map<string, EvalVerdict>();
  for (const v of verdicts as Iterable<EvalVerdict>) m.set(v.account_id, v);
  return m;
}

function leakScore(interactions: number, leaked: number): LeakScore {
  return { interactions, leaked, share: ratio(leaked, interactions) };
}

interface Counter {
  n: number;
  flagged: number;
}

function bump(groups: Map<string, Counter>, key: string, flagged: boolean): void {
  let g = groups.get(key);
  if (!g) groups.set(key, (g = { n: 0, flagged: 0 }));
  g.n++;
  if (flagged) g.flagged++;
}

/** Scores verdicts against labels. `times` gives each account's interaction times (epoch ms). */
export function scoreVerdicts(labels: readonly EvalLabel[], verdictsIn: ReadonlyMap<string, EvalVerdict> | Iterable<EvalVerdict>, times: AccountTimes): MethodScore {
  const verdicts = toMap(verdictsIn);
  let attack = 0, organic = 0, flaggedAttack = 0, flaggedOrganic = 0, missing = 0, withoutTime = 0;
  let total = 0, leaked = 0, leakedBefore = 0;
  const personas = new Map<string, Counter>();
  const tactics = new Map<string, Counter>();
  // Per true campaign: members, and per member its flag time (NaN = not flagged / no time).
  const campaigns = new Map<string, { members: string[]; flagTimes: number[]; flagged: number; total: number; leaked: number; first: number }>();

  for (const label of labels) {
    const v = verdicts.get(label.account_id);
    if (!v) missing++;
    const flagged = v?.flagged === true;
    const flagMs = flagged && v.first_flagged_at !== null ? parseTimestamp(v.first_flagged_at) : Number.NaN;
    if (flagged && Number.isNaN(flagMs)) withoutTime++;
    if (label.label === 'organic') {
      organic++;
      if (flagged) flaggedOrganic++;
      bump(personas, label.persona ?? NONE, flagged);
      continue;
    }
    attack++;
    if (flagged) flaggedAttack++;
    const keys = new Set<string>([label.persona ?? NONE]);
    if (Array.isArray(label.tactics)) for (const t of label.tactics) if (typeof t === 'string') keys.add(t);
    for (const k of keys) bump(tactics, k, flagged);

    const ts = times.get(label.account_id) ?? EMPTY;
    const before = Number.isNaN(flagMs) ? ts.length : countBelow(ts, flagMs);
    const override = v?.leaked_interactions;
    const lk = override === undefined ? before : Math.max(0, Math.min(ts.length, override));
    total += ts.length;
    leaked += lk;
    leakedBefore += before;

    if (label.campaign !== null) {
      let c = campaigns.get(label.campaign);
      if (!c) campaigns.set(label.campaign, (c = { members: [], flagTimes: [], flagged: 0, total: 0, leaked: 0, first: Infinity }));
      c.members.push(label.account_id);
      if (flagged) c.flagged++;
      if (!Number.isNaN(flagMs)) c.flagTimes.push(flagMs);
      c.total += ts.length;
      c.leaked += lk;
      const m = minOf(ts);
      if (m < c.first) c.first = m;
    }
  }

  // Detected campaigns over all flagged verdicts (unlabelled members still enlarge the union).
  const detectedOf = new Map<string, string>();
  const detectedSize = new Map<string, number>();
  for (const v of verdicts.values()) {
    if (!v.flagged || v.campaign_id === null) continue;
    detectedOf.set(v.account_id, v.campaign_id);
    detectedSize.set(v.campaign_id, (detectedSize.get(v.campaign_id) ?? 0) + 1);
  }

  const campaignScores: CampaignScore[] = [];
  for (const [name, c] of [...campaigns].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const inter = new Map<string, number>();
    for (const id of c.members) {
      const d = detectedOf.get(id);
      if (d !== undefined) inter.set(d, (inter.get(d) ?? 0) + 1);
    }
    let best: CampaignMatch | null = null;
    for (const [id, k] of inter) {
      const size = detectedSize.get(id) ?? 0;
      const j = jaccard(c.members.length, size, k);
      if (!best || j > best.jaccard || (j === best.jaccard && (k > best.intersection || (k === best.intersection && id < best.campaign_id)))) {
        best = { campaign_id: id, size, intersection: k, jaccard: j };
      }
    }
    const flagTimes = c.flagTimes.sort((a, b) => a - b);
    const size = c.members.length;
    const ttd = (count: number): number | null => {
      const t = flagTimes[count - 1];
      return t === undefined || !Number.isFinite(c.first) ? null : (t - c.first) / HOUR_MS;
    };
    campaignScores.push({
      campaign: name,
      size,
      flagged: c.flagged,
      recall: ratio(c.flagged, size),
      interactions: c.total,
      first_interaction_at: Number.isFinite(c.first) ? new Date(c.first).toISOString() : null,
      best_match: best,
      leak: leakScore(c.total, c.leaked),
      time_to_detect_hours: { first: ttd(1), p50: ttd(Math.max(1, Math.ceil(size * 0.5))), p90: ttd(Math.max(1, Math.ceil(size * 0.9))) },
    });
  }

  const perPersona: PersonaScore[] = [...personas].map(([persona, g]) => ({ persona, n: g.n, flagged: g.flagged, fpr: ratio(g.flagged, g.n) }));
  perPersona.sort((a, b) => (a.persona < b.persona ? -1 : a.persona > b.persona ? 1 : 0));
  let worst: PersonaScore | null = null;
  for (const p of perPersona) {
    if (!worst || (p.fpr ?? 0) > (worst.fpr ?? 0) || ((p.fpr ?? 0) === (worst.fpr ?? 0) && p.n > worst.n)) worst = p;
  }
  const perTactic: TacticScore[] = [...tactics].map(([tactic, g]) => ({ tactic, n: g.n, flagged: g.flagged, recall: ratio(g.flagged, g.n) }));
  perTactic.sort((a, b) => (a.tactic < b.tactic ? -1 : a.tactic > b.tactic ? 1 : 0));

  const flagged = flaggedAttack + flaggedOrganic;
  return {
    accounts: attack + organic,
    attack,
    organic,
    flagged,
    flagged_attack: flaggedAttack,
    flagged_organic: flaggedOrganic,
    recall: ratio(flaggedAttack, attack),
    precision: ratio(flaggedAttack, flagged),
    organic_fpr: ratio(flaggedOrganic, organic),
    worst_persona_fpr: worst,
    per_persona: perPersona,
    per_tactic: perTactic,
    leak: leakScore(total, leaked),
    leak_before_flag: leakScore(total, leakedBefore),
    campaigns: campaignScores,
    campaign_jaccard_mean: campaignScores.length > 0 ? campaignScores.reduce((s, c) => s + (c.best_match?.jaccard ?? 0), 0) / campaignScores.length : null,
    detected_campaigns: detectedSize.size,
    flagged_without_time: withoutTime,
    missing_verdicts: missing,
  };
}
