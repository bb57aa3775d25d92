/**
 * The shared-template sub-team link in the engine, on a small hand-built world: two teams of one operation on their own
 * cards, networks, clients, settings and work, handed one set of wrappers, beside ordinary users.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly } from './hourly-replay.fixture.js';
import { addOrdinaryUsers, addTeam, DAY, math, T0, type Team } from './subteam-world.fixture.js';

const HOUR = 3_600_000;

/** The operation's wrappers: openings and closings both teams use, each team with its own middle instructions. */
const OPENINGS = ['Act as a strict evaluator of the material supplied below, please.', 'You are grading the material below for a quality pipeline run.', 'Assess the following material as an impartial reviewer would do.'];
const CLOSINGS = ['Return strict JSON with fields score, rationale and verdict only.', 'Output one JSON object: score, rationale, verdict; nothing else.', 'Reply with JSON holding score, rationale and verdict keys.'];
const JUDGE_MIDDLE = ['Rate correctness, completeness and clarity from 1 to 10.', 'Give a score per criterion and an overall score.', 'Score it on a five-point scale per dimension.'];
const MATHS_MIDDLE = ['Solve it yourself first, showing every intermediate deduction.', 'Derive the answer step by step before judging anything.', 'Work the problem fully, each calculation written out.'];

function world(classmates: number): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const rubric = (i: number): string => `Question: ${math[i]!.question}\n\nAnswer: ${math[i]!.answer.slice(0, 400)}`;
  const question = (i: number): string => math[i]!.question;
  const teams: Team[] = [
    { name: 'opJudge', accounts: 14, from: T0 - 40 * DAY, every: 17 * HOUR, parts: [OPENINGS, JUDGE_MIDDLE, CLOSINGS], item: rubric, ua: 'Go-http-client/2.0', ip: (a, k) => `5.75.${a}.${k % 6}`, temperature: 0.85, maxTokens: 4096, domain: 'proton.me', pace: 3 },
    { name: 'opMaths', accounts: 14, from: T0 - 200 * DAY, every: 60 * HOUR, parts: [OPENINGS, MATHS_MIDDLE, CLOSINGS], item: question, ua: 'OpenAI/JS 4.52.0', ip: (a, k) => `172.58.${10 + a}.${k % 9}`, temperature: 0.2, maxTokens: 3000, domain: 'outlook.com', pace: 5, model: 'frontier-4-mini' },
    // People of one course handed the same wrappers by their teacher (each on their own card and address).
    ...Array.from({ length: classmates }, (_, i): Team => ({ name: `student${i}x`, accounts: 1, from: T0 - (60 + i) * DAY, every: HOUR, parts: [OPENINGS, ['Explain what you would check and why.'], CLOSINGS], item: question, ua: 'Mozilla/5.0 (Macintosh) Chrome/126.0', ip: (_a, k) => `66.${i}.4.${k % 3}`, temperature: 0.7, maxTokens: 1024, domain: 'school.edu', pace: 30, cover: true })),
  ];
  teams.forEach((t, i) => addTeam(t, accounts, requests, 1000 + i * 600));
  addOrdinaryUsers(300, accounts, requests);
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

function campaignsOf(verdicts: Map<string, Verdict>, prefix: string): Set<string | null> {
  return new Set([...verdicts.values()].filter((v) => v.account_id.startsWith(prefix) && v.flagged).map((v) => v.campaign_id));
}

test('sub-teams handed one operation\'s wrappers are one campaign, joined by the shared template', () => {
  const verdicts = replayHourly(world(0), T0);
  const [judge, ...otherJudge] = campaignsOf(verdicts, 'opJudge');
  const [maths, ...otherMaths] = campaignsOf(verdicts, 'opMaths');
  assert.deepEqual([otherJudge, otherMaths], [[], []], 'each team in one campaign');
  assert.ok(judge && judge === maths, 'one campaign for both teams');
  const joined = [...verdicts.values()].filter((v) => v.flagged && v.reasons.includes('campaign:subteam'));
  assert.ok(joined.length >= 13, `the younger team is its sub-team (${joined.length} accounts)`);
  for (const v of joined) assert.equal(v.reasons[v.reasons.indexOf('campaign:subteam') + 1], 'subteam:shared-template', v.reasons.join(','));
  assert.deepEqual([...verdicts.values()].filter((v) => v.account_id.startsWith('user') && v.flagged).map((v) => v.account_id), []);
});

test('wrappers a course hands its students as well link nothing: the template is not rare among ordinary accounts', () => {
  const verdicts = replayHourly(world(8), T0);
  const judge = campaignsOf(verdicts, 'opJudge');
  const maths = campaignsOf(verdicts, 'opMaths');
  assert.equal(judge.size, 1);
  assert.equal(maths.size, 1);
  assert.notDeepEqual([...judge], [...maths], 'two campaigns');
  assert.ok(![...verdicts.values()].some((v) => v.reasons.includes('subteam:shared-template')));
  assert.deepEqual([...verdicts.values()].filter((v) => v.account_id.startsWith('student') && v.flagged).map((v) => v.account_id), []);
});
