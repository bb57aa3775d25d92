import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { AccountState, samplingKey, TEMPERATURE_KEYS } from '../accounts/state.js';
import type { Observation } from '../engine/observation.js';
import { replayHourly } from './hourly-replay.fixture.js';
import { addOrdinaryUsers, addReplayers, addTeam, DAY, math, T0, type Team } from './subteam-world.fixture.js';
import { heldSettings, MAX_MIX_DISTANCE, mixDistance, settingMix } from './subteams.js';

const HOUR = 3_600_000;

const JUDGE = [
  ['Act as a strict evaluator of the reply below.', 'You are grading an answer for correctness.', 'Assess this response as an impartial reviewer.'],
  ['Rate correctness, completeness and clarity from 1 to 10.', 'Give a score per criterion and an overall score.', 'Score it on a five-point scale per dimension.'],
  ['Justify each score in two sentences.', 'Return JSON with scores and a rationale.', 'Explain every deduction.'],
];
const COT = [
  ['Problem:', 'Here is a question.', 'Consider the following.'],
  ['Lay out every intermediate deduction, numbering each one.', 'Reason in small explicit steps; skip no arithmetic.', 'Walk me through your full chain of thought.'],
  ['Finish with the final value on its own line.', 'Mark the final answer in bold.', 'Close with a one-line summary.'],
];
const JUDGE_GAMMA = [
  ['Please review the following solution carefully.', 'Below is a candidate answer to check.', 'Examine the worked answer that follows.'],
  ['Mark it out of ten for accuracy, rigour and style.', 'Assign points for each rubric line and a total.', 'Grade it A to F on every axis you see fit.'],
  ['Keep the feedback brief but specific.', 'Output a table of marks then a verdict.', 'Point out each mistake you find.'],
];
const COT_GAMMA = [
  ['Task for you:', 'Try this one.', 'A puzzle follows.'],
  ['Think aloud and write down each small inference before moving on.', 'Spell out the whole derivation line by line, no shortcuts.', 'Narrate your reasoning as you go, every calculation shown.'],
  ['State the answer last, prefixed with ANSWER.', 'Put the result in a box at the end.', 'End by restating the number you found.'],
];
const JUDGE_ZETA = [
  ['You are a meticulous grader for a tutoring service.', 'Serve as the quality checker for this reply.', 'Take the role of an exam moderator here.'],
  ['Award between zero and five marks per criterion listed.', 'Score helpfulness, honesty and precision one to seven.', 'Produce a percentage mark with a breakdown.'],
  ['Reason about the marks before giving them.', 'Finish with PASS or FAIL.', 'Quote the weakest sentence of the reply.'],
];
const COT_ETA = [
  ['Exercise:', 'Consider this carefully.', 'Word problem below.'],
  ['Before answering, list the facts, then derive each quantity in turn.', 'Break it into numbered sub-steps and verify each one.', 'Explain the method, then carry it out showing all working.'],
  ['Give only the number on the last line.', 'Double-check the result at the end.', 'Summarise the reasoning in one sentence afterwards.'],
];
const SWEEP = [
  ['For an expert in number theory:', 'At graduate level in probability:', 'Pitched at olympiad level in combinatorics:'],
  ['Derive the result from first principles, showing all reasoning.', 'Solve it rigorously with a complete derivation.', 'Give a worked solution, every step justified.'],
  ['Be complete.', 'Show full reasoning.', 'Include a worked example.'],
];

const JUDGE_DELTA_CLOUD = [
  ['Grade the submission that follows as a rubric assessor.', 'You mark worked solutions for an answer bank.', 'Check the attempt below against the rubric.'],
  ['Allocate marks for method, arithmetic and final value.', 'Score reasoning and result separately, out of four each.', 'Give a mark per rubric row, then a total out of twelve.'],
  ['List every error before the marks.', 'End with the corrected final value.', 'Return the marks as key: value lines.'],
];
const JUDGE_DELTA_AGED = [
  ['Hi! Could you mark this homework answer for me?', 'Quick favour: is this worked answer right?', 'I need a second opinion on this solution.'],
  ['Tell me how many marks out of twelve it deserves and why.', 'Please score the method and the answer separately.', 'Which rubric points does it earn or lose?'],
  ['Point out the first wrong step if there is one.', 'Then show the right final number.', 'Be honest about the arithmetic.'],
];
const COT_THETA_CLOUD = [
  ['Solve:', 'Problem statement follows.', 'Work this out.'],
  ['Number each deduction and justify it from the line before.', 'Write every intermediate quantity with its units.', 'Check each arithmetic step as you go.'],
  ['Give the final value alone on the last line.', 'Box the result.', 'Finish with the answer in words.'],
];
const COT_THETA_AGED = [
  ['Question to solve:', 'Next item:', 'Input problem:'],
  ['Reason step by step, writing out your full chain of thought.', 'Think through it step by step and show every calculation.', 'Explain your reasoning in detail, one step per line.'],
  ['Then state the final answer.', 'End with: Final answer: <value>.', 'Conclude with the numeric answer.'],
];

/**
 * Operation alpha runs two sub-teams on other cards, networks, clients, jobs and wordings (rubric grading from a
 * cloud host with a Go client; chain-of-thought maths from mobile carriers with a Node SDK), registered in one month
 * and sending one pipeline's settings (temperature 0.85, 4,096 tokens). Operation beta sends the same settings but was
 * provisioned months earlier (a short taxonomy sweep, at its own pace). Operation gamma runs two sub-teams with the settings most ordinary users send too.
 * Operations zeta and eta, registered in alpha's month, both hold temperature 0.6, rare among ordinary users: zeta sends
 * it on every request (max_tokens 1,000 or 3,000), eta draws 0.6 or 0.9 per request (three in five at 0.6).
 * Ordinary users send 0.7 or nothing.
 */
function world(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const rubric = (i: number): string => `Question: ${math[i]!.question}\n\nAnswer: ${math[i]!.answer.slice(0, 400)}`;
  const question = (i: number): string => math[i]!.question;
  const topic = (i: number): string => `Topic ${i}: ${['modular inverses', 'expected values', 'graph colourings', 'generating functions'][i % 4]}.`;
  const teams: Team[] = [
    { name: 'alphaJudge', accounts: 12, from: T0 - 40 * DAY, every: 17 * HOUR, parts: JUDGE, item: rubric, ua: 'Go-http-client/2.0', ip: (a, k) => `5.75.${a}.${k % 6}`, temperature: 0.85, maxTokens: 4096, domain: 'proton.me', pace: 3 },
    { name: 'alphaMaths', accounts: 12, from: T0 - 38 * DAY, every: 19 * HOUR, parts: COT, item: question, ua: 'OpenAI/JS 4.52.0', ip: (a, k) => `172.58.${10 + a}.${k % 9}`, temperature: 0.85, maxTokens: 4096, domain: 'outlook.com', pace: 3 },
    { name: 'beta', accounts: 12, from: T0 - 160 * DAY, every: 21 * HOUR, parts: SWEEP, item: topic, ua: 'python-requests/2.32.3', ip: (a, k) => `73.90.${a}.${k % 5}`, temperature: 0.85, maxTokens: 4096, domain: 'yahoo.com', pace: 8 },
    { name: 'gammaOne', accounts: 12, from: T0 - 40 * DAY, every: 17 * HOUR, parts: JUDGE_GAMMA, item: rubric, ua: 'axios/1.7.2', ip: (a, k) => `45.77.${a}.${k % 6}`, temperature: 0.7, maxTokens: 1024, domain: 'mail.com', pace: 3 },
    { name: 'zeta', accounts: 12, from: T0 - 37 * DAY, every: 18 * HOUR, parts: JUDGE_ZETA, item: rubric, ua: 'Go-http-client/1.1', ip: (a, k) => `91.92.${a}.${k % 6}`, temperature: 0.6, maxTokens: [1000, 3000], domain: 'tmpbox.site', pace: 3 },
    { name: 'eta', accounts: 12, from: T0 - 39 * DAY, every: 16 * HOUR, parts: COT_ETA, item: question, ua: 'curl/8.9.0', ip: (a, k) => `23.64.${a}.${k % 7}`, temperature: [0.6, 0.9, 0.6, 0.9, 0.6], maxTokens: 2048, domain: 'live.com', pace: 3, cover: false },
    // Delta grades rubric answers from one job queue through two sub-teams: a cloud team on new accounts and a team on
    // accounts bought aged (registered half a year earlier), each with its own client, network, card and wording, both
    // through one pipeline (temperature 0.35 with 1,536 tokens on every request but cover). The aged team asks another
    // model once a day at one hour, as people would: the two teams are not copies of one another's habits.
    { name: 'deltaCloud', accounts: 12, from: T0 - 30 * DAY, every: 15 * HOUR, parts: JUDGE_DELTA_CLOUD, item: rubric, ua: 'httpx/0.27.0', ip: (a, k) => `34.118.${a}.${k % 6}`, temperature: 0.35, maxTokens: 1536, domain: 'fastmail.com', pace: 3 },
    { name: 'deltaAged', accounts: 12, from: T0 - 220 * DAY, every: 90 * HOUR, parts: JUDGE_DELTA_AGED, item: rubric, ua: 'OpenAI/Python 1.40.0', ip: (a, k) => `81.${30 + a}.${k % 9}.14`, temperature: 0.35, maxTokens: 1536, domain: 'web.de', pace: 24, model: 'frontier-4-mini' },
    // Theta asks chain-of-thought maths through two such sub-teams at temperature 0 with 2,048 tokens, a value some
    // ordinary users hold too (benchmark replays at temperature 0, half of them at 16,000 tokens): its mix is theta's own.
    { name: 'thetaCloud', accounts: 12, from: T0 - 31 * DAY, every: 14 * HOUR, parts: COT_THETA_CLOUD, item: question, ua: 'node-fetch/3.3.2', ip: (a, k) => `35.204.${a}.${k % 6}`, temperature: 0, maxTokens: 2048, domain: 'zoho.com', pace: 3 },
    { name: 'thetaAged', accounts: 12, from: T0 - 260 * DAY, every: 80 * HOUR, parts: COT_THETA_AGED, item: question, ua: 'OpenAI/Python 1.35.0', ip: (a, k) => `79.${40 + a}.${k % 7}.9`, temperature: 0, maxTokens: 2048, domain: 'orange.fr', pace: 24, model: 'frontier-4-mini' },
    { name: 'gammaTwo', accounts: 12, from: T0 - 39 * DAY, every: 19 * HOUR, parts: COT_GAMMA, item: question, ua: 'reqwest/0.12', ip: (a, k) => `103.21.${a}.${k % 6}`, temperature: 0.7, maxTokens: 1024, domain: 'gmx.de', pace: 3 },
  ];
  teams.forEach((t, i) => addTeam(t, accounts, requests, 1000 + i * 600));
  addOrdinaryUsers(300, accounts, requests);
  addReplayers(6, accounts, requests);
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));
const campaignsOf = (prefix: string): Set<string | null> => new Set(of(prefix).filter((v) => v.flagged).map((v) => v.campaign_id));

test('each team is flagged on its own evidence', () => {
  for (const team of ['alphaJudge', 'alphaMaths', 'beta', 'gammaOne', 'gammaTwo', 'zeta', 'eta', 'deltaCloud', 'deltaAged', 'thetaCloud', 'thetaAged']) {
    const flagged = of(team).filter((v) => v.flagged);
    assert.ok(flagged.length >= of(team).length - 1, `${team}: ${flagged.length} of ${of(team).length} flagged`);
    assert.equal(campaignsOf(team).size, 1, `${team} in one campaign`);
    assert.ok(!campaignsOf(team).has(null), `${team} in a campaign`);
  }
  assert.deepEqual(of('user').filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('sub-teams sending one rare pipeline setting, provisioned in one period, are one campaign with sub-teams', () => {
  const [judge] = campaignsOf('alphaJudge');
  const [maths] = campaignsOf('alphaMaths');
  assert.equal(judge, maths, 'one campaign for both teams of alpha');
  const reasons = of('alpha').filter((v) => v.flagged).map((v) => v.reasons);
  const joined = reasons.filter((r) => r.includes('campaign:subteam'));
  assert.ok(joined.length >= 11, 'the joined team is marked as a sub-team');
  for (const r of joined) assert.equal(r[r.indexOf('campaign:subteam') + 1], 'subteam:shared-settings', r.join(','));
});

test('sub-teams doing the same work through one rare pipeline are one campaign, however far apart their registrations', () => {
  const [cloud] = campaignsOf('deltaCloud');
  const [aged] = campaignsOf('deltaAged');
  assert.equal(cloud, aged, 'one campaign for both teams of delta');
  const joined = of('delta').filter((v) => v.flagged && v.reasons.includes('campaign:subteam')).map((v) => v.reasons);
  assert.ok(joined.length >= 11, 'the joined team is marked as a sub-team');
  for (const r of joined) assert.equal(r[r.indexOf('campaign:subteam') + 1], 'subteam:same-work', r.join(','));
});

test('a pipeline whose main value ordinary users hold in another mix still joins its sub-teams doing the same work', () => {
  const [cloud] = campaignsOf('thetaCloud');
  const [aged] = campaignsOf('thetaAged');
  assert.equal(cloud, aged, 'one campaign for both teams of theta');
  assert.deepEqual(of('replayer').filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('operations doing the same work, each through its own settings, stay apart', () => {
  // Rubric grading: alpha's judges (0.85), delta (0.35), zeta (0.6) and gamma (0.7, common among ordinary users).
  const ids = ['alphaJudge', 'deltaCloud', 'zeta', 'gammaOne'].map((t) => [...campaignsOf(t)][0]);
  assert.equal(new Set(ids).size, 4, ids.join(' '));
});

test('an operation with the same settings but provisioned in another period stays its own campaign', () => {
  const [alpha] = campaignsOf('alphaJudge');
  const [beta] = campaignsOf('beta');
  assert.notEqual(beta, alpha);
});

test('settings that ordinary users send too link nothing', () => {
  const [one] = campaignsOf('gammaOne');
  const [two] = campaignsOf('gammaTwo');
  assert.notEqual(one, two);
});

test('a rare value one campaign always sends and another draws among others links nothing: the mixes differ', () => {
  const [zeta] = campaignsOf('zeta');
  const [eta] = campaignsOf('eta');
  assert.notEqual(zeta, eta);
});

test("a campaign's mix of settings: shares of its requests, by full setting or by temperature", () => {
  const counts: [number, number][][] = [
    [[samplingKey(0.6, 1000), 5], [samplingKey(0.6, 3000), 5]],
    [[samplingKey(0.6, 2048), 6], [samplingKey(0.9, 2048), 4]],
  ];
  const samplingsOf = (a: number): { forEach: (f: (count: number, key: number) => void) => void } => ({ forEach: (f) => counts[a]!.forEach(([key, n]) => f(n, key)) });
  const constant = settingMix([0], samplingsOf, false);
  const drawn = settingMix([1], samplingsOf, false);
  assert.deepEqual([...constant], [[samplingKey(0.6, null), 1]]);
  assert.ok(Math.abs(mixDistance(constant, drawn) - 0.4) < 1e-9);
  assert.ok(mixDistance(constant, drawn) > MAX_MIX_DISTANCE);
  assert.equal(mixDistance(settingMix([0], samplingsOf, true), settingMix([0], samplingsOf, true)), 0);
  assert.equal(mixDistance(settingMix([0], samplingsOf, true), settingMix([1], samplingsOf, true)), 1);
});

test("an account's own setting is the one most of its requests send; the temperature is read apart from max_tokens", () => {
  const s = new AccountState('a', 0);
  const base = { account: 'a', ip: '', prefix: null, asn: null, country: null, datacenter: false, vpn: false, client: '', uaTlsMismatch: false, model: 'm', conversation: null, turn: null, intent: 0, intentKinds: 0, capability: 0, frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, reflective: false, inputTokens: 10, outputTokens: 10, reasoningTokens: 0, tools: false, status: 200 };
  const send = (temperature: number | null, maxTokens: number | null, times: number): void => {
    for (let i = 0; i < times; i++) s.apply({ ...base, id: `r${s.n}`, ts: T0 + s.n * 1000, temperature, maxTokens } as unknown as Observation);
  };
  send(0.8, 4096, 2);
  send(0.8, 16000, 2);
  send(null, null, 1);
  const held = heldSettings(s);
  assert.equal(held.temperature, samplingKey(0.8, null), 'four of five requests at 0.8');
  assert.equal(held.setting, 0, 'no full setting holds half the requests');
  assert.equal(samplingKey(0.8, 4096) % TEMPERATURE_KEYS, samplingKey(0.8, null));
  send(0.8, 4096, 3);
  assert.equal(heldSettings(s).setting, samplingKey(0.8, 4096));
  const copy = new AccountState('a', 0);
  copy.restore(s.snapshot());
  assert.deepEqual(heldSettings(copy), heldSettings(s), 'settings survive a snapshot');
});
