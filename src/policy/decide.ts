/**
 * Risk → action decision for one request. Pure and synchronous: it runs on the gateway's hot path
 * with the account's latest risk (from the engine) and its review state (from analysts).
 *
 * The ladder is allow < flag < throttle < withhold_reasoning < block; the highest level whose
 * threshold the risk reaches is chosen and every lower level is implied (a withheld account is
 * also throttled and flagged). Review state overrides risk: allowlisted → allow, blocked or
 * confirmed → block, dismissed → allow until risk rises by DISMISS_MARGIN or the campaign changes.
 * A ceiling per reason code (policy `ceilings`; a key ending in `*` is a prefix) caps the automatic action for
 * verdicts of one kind of evidence: an individual harvester, likeness of behaviour, a sign-up match (blocking waits
 * for the account's own traffic), a verified organisation under review. Escalation rules (policy `escalate`) work the
 * other way: a flagged verdict carrying every code of a rule (two independent kinds of evidence, such as a campaign
 * membership through a shared artefact confirmed by the members' own traffic) takes the rule's action whatever its
 * risk, so a campaign is stopped when it is flagged rather than served while its score climbs. In dry-run the decision is the same but
 * `enforce` is false.
 */
import type { Action, PolicyConfig } from './config.js';

/** The risk facts the decision needs (structurally the gateway's AccountRisk). */
export interface RiskView {
  risk: number;
  flagged: boolean;
  campaignId: string | null;
  reasons: string[];
}

export type ReviewState =
  | { state: 'allowlisted' }
  | { state: 'blocked' }
  | { state: 'confirmed'; campaignId: string | null }
  | { state: 'dismissed'; risk: number; campaignId: string | null };

export interface Decision {
  action: Action;
  /** false in dry-run: the gateway audits but does not act. */
  enforce: boolean;
  /** Machine-readable reason codes, strongest first. */
  reasons: string[];
}

/** A dismissed account is re-evaluated once its risk exceeds the dismissed risk by this much. */
export const DISMISS_MARGIN = 0.1;

const LEVEL: Record<Action, number> = { allow: 0, flag: 1, throttle: 2, withhold_reasoning: 3, block: 4 };

/** True when `decided` implies `level` (e.g. withhold_reasoning implies throttle). */
export function implies(decided: Action, level: Action): boolean {
  return LEVEL[decided] >= LEVEL[level];
}

/** True when `code` is `reason` or a `prefix*` that `reason` starts with. */
function codeMatches(code: string, reason: string): boolean {
  return code.endsWith('*') ? reason.startsWith(code.slice(0, -1)) : code === reason;
}

/** The ceiling for a reason code: its own entry, or that of a `prefix*` entry it starts with. */
function ceilingOf(ceilings: Record<string, Action>, reason: string): Action | undefined {
  const own = ceilings[reason];
  if (own !== undefined) return own;
  const colon = reason.indexOf(':');
  return colon > 0 ? ceilings[`${reason.slice(0, colon + 1)}*`] : undefined;
}

const ALLOW: Decision = Object.freeze({ action: 'allow', enforce: false, reasons: [] as string[] }) as Decision;

export function decide(policy: PolicyConfig, accountId: string, risk: RiskView | undefined, review: ReviewState | undefined, allowlist: ReadonlySet<string>): Decision {
  const enforce = !policy.dry_run;
  if (review?.state === 'allowlisted' || allowlist.has(accountId)) return ALLOW;
  if (review?.state === 'blocked') return { action: 'block', enforce, reasons: ['manual_block'] };
  if (review?.state === 'confirmed') return { action: 'block', enforce, reasons: ['review_confirmed', ...(review.campaignId ? [`campaign:${review.campaignId}`] : [])] };
  if (!risk) return ALLOW;
  if (review?.state === 'dismissed' && risk.risk <= review.risk + DISMISS_MARGIN && (risk.campaignId === null || risk.campaignId === review.campaignId)) return ALLOW;

  const t = policy.risk;
  let action: Action = 'allow';
  let code = '';
  if (t.block !== null && risk.risk >= t.block) [action, code] = ['block', 'risk_above_block'];
  else if (t.withhold_reasoning !== null && risk.risk >= t.withhold_reasoning) [action, code] = ['withhold_reasoning', 'risk_above_withhold_reasoning'];
  else if (t.throttle !== null && risk.risk >= t.throttle) [action, code] = ['throttle', 'risk_above_throttle'];
  else if (t.flag !== null && risk.risk >= t.flag) [action, code] = ['flag', 'risk_above_flag'];
  else if (risk.flagged && t.flag !== null) [action, code] = ['flag', 'engine_flagged'];
  if (risk.flagged) {
    for (const rule of policy.escalate) {
      if (LEVEL[rule.action] > LEVEL[action] && rule.reasons.every((c) => risk.reasons.some((r) => codeMatches(c, r)))) [action, code] = [rule.action, `escalate:${rule.reasons.join('+')}`];
    }
  }
  if (action === 'allow') return ALLOW;
  // A ceiling lowers an automatic action on evidence of one kind alone; analysts' review decides beyond it.
  for (const r of risk.reasons) {
    const ceiling = ceilingOf(policy.ceilings, r);
    if (ceiling !== undefined && LEVEL[ceiling] < LEVEL[action]) [action, code] = [ceiling, `ceiling:${r}`];
  }
  if (action === 'allow') return ALLOW;
  const reasons = [code];
  if (risk.campaignId) reasons.push(`campaign:${risk.campaignId}`);
  for (const r of risk.reasons) if (reasons.length < 8) reasons.push(r);
  return { action, enforce, reasons };
}
