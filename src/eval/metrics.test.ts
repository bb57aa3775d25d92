/** Metric arithmetic on a hand-built world whose every figure is worked out by hand in the comments. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jaccard, scoreVerdicts } from './metrics.js';
import type { EvalLabel, EvalVerdict } from './types.js';

const T0 = Date.parse('2026-04-22T00:00:00.000Z');
const H = 3_600_000;
const at = (h: number): number => T0 + h * H;
const iso = (h: number): string => new Date(at(h)).toISOString();

function label(account_id: string, kind: 'attack' | 'organic', persona: string | null, campaign: string | null = null, tactics?: string[]): EvalLabel {
  return { account_id, label: kind, campaign, persona, ...(tactics ? { tactics } : {}) };
}
function verdict(account_id: string, flagged: boolean, campaign_id: string | null = null, flagHour: number | null = null): EvalVerdict {
  return { account_id, risk: flagged ? 0.9 : 0.1, flagged, campaign_id, first_flagged_at: flagHour === null ? null : iso(flagHour), reasons: [] };
}

// 4 attack accounts in 2 campaigns, 5 organic in 2 personas.
const labels: EvalLabel[] = [
  label('a1', 'attack', 'eval-harness', 'c1', ['rubric']),
  label('a2', 'attack', 'eval-harness', 'c1'),
  label('a3', 'attack', 'cot-elicitation', 'c2', ['rubric']),
  label('a4', 'attack', 'cot-elicitation', 'c2', ['rubric']),
  label('o1', 'organic', 'p1'),
  label('o2', 'organic', 'p1'),
  label('o3', 'organic', 'p1'),
  label('o4', 'organic', 'p2'),
  label('o5', 'organic', 'p2'),
];
// a1: hours 0..9 (10, deliberately unsorted); a2: hours 2..5 (4); a3: hours 1..6 (6); a4: hours 0.5 and 7 (2).
const times = new Map<string, Float64Array>([
  ['a1', Float64Array.from([9, 3, 0, 7, 1, 5, 2, 8, 4, 6], at)],
  ['a2', Float64Array.from([2, 3, 4, 5], at)],
  ['a3', Float64Array.from([6, 1, 2, 3, 4, 5], at)],
  ['a4', Float64Array.from([7, 0.5], at)],
  ['o1', Float64Array.from([1, 2], at)],
]);
const verdicts: EvalVerdict[] = [
  verdict('a1', true, 'D1', 5), // leaks hours 0..4 = 5 of 10
  verdict('a2', true, 'D1', 2), // flagged at its first request: leaks 0 of 4
  verdict('a3', true, 'D2', 4), // leaks hours 1,2,3 = 3 of 6
  verdict('a4', false), // never flagged: leaks 2 of 2
  verdict('o1', true, 'D2', 1), // false positive in persona p1
  verdict('o2', false),
  verdict('o3', false),
  verdict('o4', true, null, 3), // false positive in persona p2, no campaign
  // o5: no verdict -> not flagged
  verdict('x-unknown', true, 'D1', 1), // not labelled, but enlarges D1
];

test('recall, precision, organic FPR overall and per persona', () => {
  const s = scoreVerdicts(labels, verdicts, times);
  assert.equal(s.attack, 4);
  assert.equal(s.organic, 5);
  assert.equal(s.flagged_attack, 3);
  assert.equal(s.flagged_organic, 2);
  assert.equal(s.recall, 3 / 4);
  assert.equal(s.precision, 3 / 5);
  assert.equal(s.organic_fpr, 2 / 5);
  assert.equal(s.missing_verdicts, 1);
  assert.deepEqual(s.per_persona, [
    { persona: 'p1', n: 3, flagged: 1, fpr: 1 / 3 },
    { persona: 'p2', n: 2, flagged: 1, fpr: 1 / 2 },
  ]);
  assert.deepEqual(s.worst_persona_fpr, { persona: 'p2', n: 2, flagged: 1, fpr: 1 / 2 });
});

test('recall per tactic uses persona and the optional tactics list', () => {
  const s = scoreVerdicts(labels, verdicts, times);
  assert.deepEqual(s.per_tactic, [
    { tactic: 'cot-elicitation', n: 2, flagged: 1, recall: 1 / 2 },
    { tactic: 'eval-harness', n: 2, flagged: 2, recall: 1 },
    { tactic: 'rubric', n: 3, flagged: 2, recall: 2 / 3 },
  ]);
});

test('campaign best match by Jaccard, leak and time to detect', () => {
  const s = scoreVerdicts(labels, verdicts, times);
  assert.equal(s.detected_campaigns, 2);
  const [c1, c2] = s.campaigns;
  assert.ok(c1 && c2);
  // c1 = {a1, a2}; D1 = {a1, a2, x-unknown}: 2 / 3.
  assert.deepEqual(c1.best_match, { campaign_id: 'D1', size: 3, intersection: 2, jaccard: 2 / 3 });
  // c2 = {a3, a4}; D2 = {a3, o1}: 1 / 3.
  assert.deepEqual(c2.best_match, { campaign_id: 'D2', size: 2, intersection: 1, jaccard: 1 / 3 });
  assert.equal(s.campaign_jaccard_mean, (2 / 3 + 1 / 3) / 2);
  assert.deepEqual(c1.leak, { interactions: 14, leaked: 5, share: 5 / 14 });
  assert.deepEqual(c2.leak, { interactions: 8, leaked: 5, share: 5 / 8 });
  assert.deepEqual(s.leak, { interactions: 22, leaked: 10, share: 10 / 22 });
  assert.deepEqual(s.leak_before_flag, s.leak);
  // c1 starts at hour 0; a2 flagged at 2, a1 at 5: first 2h, 50% (1 account) 2h, 90% (2 accounts) 5h.
  assert.equal(c1.first_interaction_at, iso(0));
  assert.deepEqual(c1.time_to_detect_hours, { first: 2, p50: 2, p90: 5 });
  // c2 starts at hour 0.5; a3 flagged at 4, a4 never: 3.5h, 3.5h, never.
  assert.deepEqual(c2.time_to_detect_hours, { first: 3.5, p50: 3.5, p90: null });
  assert.equal(c2.recall, 1 / 2);
});

test('a flagged verdict without a time counts as flagged but leaks everything', () => {
  const vs = verdicts.map((v) => (v.account_id === 'a1' ? { ...v, first_flagged_at: null } : v));
  const s = scoreVerdicts(labels, vs, times);
  assert.equal(s.recall, 3 / 4);
  assert.equal(s.flagged_without_time, 1);
  assert.equal(s.leak.leaked, 10 + 0 + 3 + 2);
  // a1 gives no detection time: c1 has only a2's.
  assert.deepEqual(s.campaigns[0]?.time_to_detect_hours, { first: 2, p50: 2, p90: null });
});

test('leaked_interactions overrides the leak count (rate limiter semantics), clamped to the account total', () => {
  const vs = verdicts.map((v) => (v.account_id === 'a1' ? { ...v, leaked_interactions: 8 } : v.account_id === 'a2' ? { ...v, leaked_interactions: 99 } : v));
  const s = scoreVerdicts(labels, vs, times);
  assert.equal(s.leak.leaked, 8 + 4 + 3 + 2);
  assert.equal(s.leak_before_flag.leaked, 10);
});

test('accounts missing from the verdicts count as not flagged; empty inputs give null ratios', () => {
  const s = scoreVerdicts(labels, [], times);
  assert.equal(s.recall, 0);
  assert.equal(s.precision, null);
  assert.equal(s.organic_fpr, 0);
  assert.equal(s.missing_verdicts, 9);
  assert.equal(s.leak.share, 1);
  assert.equal(s.campaign_jaccard_mean, 0);
  assert.equal(s.campaigns[0]?.best_match, null);
  const empty = scoreVerdicts([], [], new Map());
  assert.equal(empty.recall, null);
  assert.equal(empty.worst_persona_fpr, null);
  assert.equal(empty.campaign_jaccard_mean, null);
});

test('jaccard', () => {
  assert.equal(jaccard(2, 3, 2), 2 / 3);
  assert.equal(jaccard(0, 0, 0), 0);
  assert.equal(jaccard(4, 4, 4), 1);
});
