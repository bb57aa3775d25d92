/**
 * What a group or an account harvests, on small hand-built worlds: a class asking its teacher's homework list over and
 * over has harvested a few dozen items however many requests it sends (low yield), and an autograder whose answers
 * are a mark and a line of feedback gets nothing to train a student on. Each is set beside the harvest it must not
 * be confused with.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountEvidence, accountFeatures } from '../accounts/features.js';
import type { Account, Interaction } from '../dataset/types.js';
import { loadCorpora } from '../sim/corpora.js';
import { CampaignDetector } from './detector.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';
import { linkWorld, range } from './link-world.fixture.js';
import type { LinkIndex } from './links.js';
import { LOW_YIELD_FREE, lowYieldTerm, scoreCluster, type ClusterMember } from './score.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');

/**
 * An account asking `count` first-turn requests of extraction intent `intent`, item k being `item(k)`, one a day in
 * the evening (hours 17–21).
 */
function asking(i: number, count: number, intent: number, item: (k: number) => number, kinds = 1): AccountState {
  const s = new AccountState(`a${i}`, i);
  for (let k = 0; k < count; k++) {
    s.apply({
      id: 'r', ts: T0 + k * 24 * HOUR + (17 + ((i + k) % 5)) * HOUR + i * 17_000, account: `a${i}`, ip: '192.0.2.10', prefix: '192.0.2.0/24', asn: 64500, country: 'US', datacenter: false,
      vpn: false, client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'small-4', conversation: null, turn: null, intent,
      intentKinds: kinds, capability: 0, frame: 0, frameTail: 0, item: item(k), variant: 0, exactItem: item(k), core: item(k), reflective: false,
      maxTokens: 1024, inputTokens: 120, outputTokens: 400, reasoningTokens: 0, tools: false, status: 200,
    });
  }
  return s;
}

const member = (s: AccountState): ClusterMember => {
  const features = accountFeatures(s);
  return { state: s, info: undefined, features, evidence: accountEvidence(features) };
};

function signUpTogether(links: LinkIndex, accounts: number[]): void {
  for (const index of accounts) links.registerAccount({ index, createdAt: Date.UTC(2026, 3, 1, 9, index % 60), orgId: null, emailDomain: 'school.example', payment: null, signupPrefix: null, verified: false, tier: 'free' });
  for (const a of accounts) links.activate(a);
}

test("a class asking its teacher's homework list over and over is no campaign, even under a chain-of-thought wrapper", () => {
  const { graph, links, link } = linkWorld();
  // A hundred students signed up in one lecture behind the campus network, every question inside the teacher's
  // "walk through every step" wrapper (extraction intent 0.95, as the intent model reads it), fifteen questions each
  // from a list of forty: 1,500 requests for forty items.
  const students = range(0, 100);
  signUpTogether(links, students);
  link('ip', '192.0.2.10', students);
  link('frame', 'teacher-wrapper', students);
  const homework = (i: number) => (k: number) => 1000 + ((i * 7 + k * 3) % 40);
  const queue = (i: number) => (k: number) => 50_000 + 15 * i + k;
  const linkPath = () => new CampaignDetector({ unlinked: { minCohort: 1000 } });
  const klass = linkPath().run(T0, students.map((i) => asking(i, 15, 0.95, homework(i))), [], graph);
  assert.deepEqual(students.filter((a) => klass.get(a)?.flagged), [], 'no student flagged');
  const score = scoreCluster(students.map((i) => member(asking(i, 15, 0.95, homework(i)))), graph);
  assert.ok(score.terms['behaviour:low-yield']! <= -5, `low yield ${score.terms['behaviour:low-yield']}`);
  assert.ok(score.score < 0.5, `class score ${score.score}`);
  // The same accounts, links and wording drawing distinct items (a work queue) are a campaign.
  const pipeline = linkPath().run(T0, students.map((i) => asking(i, 15, 0.95, queue(i))), [], graph);
  assert.ok(students.filter((a) => pipeline.get(a)?.flagged).length >= 90, 'the work queue is a campaign');
  assert.equal(scoreCluster(students.map((i) => member(asking(i, 15, 0.95, queue(i)))), graph).terms['behaviour:low-yield']! + 0, 0);
});

test('an operation sampling each item a few times for diverse answers is spared nothing by the yield term', () => {
  // Forty accounts, twenty items each, every item asked by LOW_YIELD_FREE accounts (best-of-n sampling across keys).
  const sampledBy = (r: number) => range(0, 39).map((i) => asking(i, 20, 0.9, (k) => 10_000 + 20 * Math.floor(i / r) + k));
  assert.equal(lowYieldTerm(sampledBy(LOW_YIELD_FREE).map((state) => ({ state }))) + 0, 0);
  // Four times the free redundancy (two doublings) weighs like a wrapper and a burst together.
  assert.ok(lowYieldTerm(sampledBy(4 * LOW_YIELD_FREE).map((state) => ({ state }))) < -4);
  // One prompt every account sends among its distinct items (a fleet's shared opening) does not make it low yield.
  const opening = range(0, 60).map((i) => asking(i, 11, 0.9, (k) => (k === 0 ? 7 : 20_000 + 20 * i + k)));
  assert.equal(lowYieldTerm(opening.map((state) => ({ state }))) + 0, 0);
});

test('a generation prompt sent again and again is how a harvest of new material works, not low yield', () => {
  // Forty accounts of one fleet sending the same ten self-instruct prompts (each brings twenty new instructions at
  // temperature 1): redundancy 40, as a class's, but every answer is new material.
  const fleet = range(0, 40).map((i) => asking(i, 20, 0.9, (k) => 90_000 + (k % 10), 4));
  assert.equal(lowYieldTerm(fleet.map((state) => ({ state }))) + 0, 0);
  // The same redundancy on items with an answer (chain-of-thought questions) is low yield.
  const asked = range(0, 40).map((i) => asking(i, 20, 0.9, (k) => 90_000 + (k % 10), 1));
  assert.ok(lowYieldTerm(asked.map((state) => ({ state }))) <= -7);
});

const corpora = loadCorpora();
const req = requestMaker();

/**
 * Two lone accounts with the same job, grading maths answers against a rubric round the clock, each answer distinct:
 * one returns a mark and a line of feedback (an autograder), the other a long rationale for every grade.
 */
function graders(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [testAccount('autograder'), testAccount('rationales')];
  const requests: Interaction[] = [];
  const math = corpora.gsm8kTrain;
  for (let k = 0; k < 80; k++) {
    const item = math[(k * 37) % math.length]!;
    const prompt = `Rubric: full marks for a correct final number with justified steps; deduct for slips.\n\nQuestion: ${item.question}\n\nStudent answer: ${item.answer}\n\nGrade the answer against the rubric, score it from 0 to 10 and justify the score.`;
    const ts = T0 + k * 0.9 * HOUR;
    requests.push(req('autograder', ts, prompt, { ip: '203.0.113.40', max_tokens: 300, output_tokens: 80, input_tokens: 260, temperature: 0 }));
    requests.push(req('rationales', ts + 60_000, prompt, { ip: '203.0.113.41', max_tokens: 4096, output_tokens: 900, input_tokens: 260, temperature: 0 }));
  }
  return { accounts, requests };
}

test('a lone account whose answers are marks, not rationales, is no individual harvester; the same job with rationales is', () => {
  const verdicts = replayHourly(graders(), T0);
  const rationales = verdicts.get('rationales')!;
  assert.ok(rationales.flagged, `the rationale harvester is flagged: ${rationales.reasons.join(',')}`);
  assert.equal(rationales.reasons[0], 'account:individual-harvester');
  const autograder = verdicts.get('autograder')!;
  assert.equal(autograder.flagged, false, `the autograder is not flagged: ${autograder.reasons.join(',')}`);
});
