import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly } from './hourly-replay.fixture.js';
import { addOrdinaryUsers, addTeam, DAY, math, T0, type Team } from './subteam-world.fixture.js';
import { MIN_SHARED_FRAMES, wordingLinks } from './shared-wording.js';

const HOUR = 3_600_000;

/** Operation wolf's grammar: one rubric-grading wording, used by both its sub-teams. */
const WOLF = [
  ['You are grading an answer for correctness.', 'Act as a strict evaluator of the reply below.', 'Assess this response as an impartial reviewer.'],
  ['Rate correctness, completeness and clarity from 1 to 10.', 'Give a score per criterion and an overall score.', 'Score it on a five-point scale per dimension.'],
  ['Justify each score in two sentences.', 'Return JSON with scores and a rationale, nothing else.', 'Explain every deduction you make.'],
];
/** Operation fox grades the same items its own way. */
const FOX = [
  ['Please review the following solution carefully.', 'Below is a candidate answer to check.', 'Examine the worked answer that follows.'],
  ['Mark it out of ten for accuracy, rigour and style.', 'Assign points for each rubric line and a total.', 'Grade it A to F on every axis you see fit.'],
  ['Keep the feedback brief but specific.', 'Output a table of marks then a verdict.', 'Point out each mistake you find.'],
];

/**
 * Operation wolf grades answers in two sub-teams on other cards, networks, clients, settings (temperature 0.85 with
 * 4,096 tokens from a cloud host; 0.3 with 16,000 from mobile carriers) and paces, composing every prompt from one
 * grammar. Operation fox grades the same kind of items in the same period with its own wording and settings.
 */
function world(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const rubric = (i: number): string => `Question: ${math[i]!.question}\n\nAnswer: ${math[i]!.answer.slice(0, 400)}`;
  const teams: Team[] = [
    { name: 'wolfCloud', accounts: 12, from: T0 - 40 * DAY, every: 17 * HOUR, parts: WOLF, item: rubric, ua: 'Go-http-client/2.0', ip: (a, k) => `5.75.${a}.${k % 6}`, temperature: 0.85, maxTokens: 4096, domain: 'proton.me', pace: 3 },
    { name: 'wolfMobile', accounts: 12, from: T0 - 35 * DAY, every: 19 * HOUR, parts: WOLF, item: rubric, ua: 'okhttp/4.12.0', ip: (a, k) => `172.58.${10 + a}.${k % 9}`, temperature: 0.3, maxTokens: 16000, domain: 'outlook.com', pace: 5 },
    { name: 'fox', accounts: 12, from: T0 - 38 * DAY, every: 18 * HOUR, parts: FOX, item: rubric, ua: 'axios/1.7.2', ip: (a, k) => `45.77.${a}.${k % 6}`, temperature: 0.5, maxTokens: 2048, domain: 'mail.com', pace: 3 },
  ];
  teams.forEach((t, i) => addTeam(t, accounts, requests, 1000 + i * 600));
  addOrdinaryUsers(300, accounts, requests);
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));
const campaignsOf = (prefix: string): Set<string | null> => new Set(of(prefix).filter((v) => v.flagged).map((v) => v.campaign_id));

test('each sub-team and the other operation are flagged on their own evidence', () => {
  for (const team of ['wolfCloud', 'wolfMobile', 'fox']) {
    assert.ok(of(team).filter((v) => v.flagged).length >= 11, `${team} flagged`);
    assert.equal(campaignsOf(team).size, 1, `${team} in one campaign`);
  }
  assert.deepEqual(of('user').filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('sub-teams composing their prompts from one grammar are one campaign, joined by shared wording', () => {
  const [cloud] = campaignsOf('wolfCloud');
  const [mobile] = campaignsOf('wolfMobile');
  assert.equal(cloud, mobile);
  const joined = of('wolf').filter((v) => v.reasons.includes('campaign:subteam'));
  assert.ok(joined.length >= 11, 'one sub-team is marked as such');
  for (const v of joined) assert.equal(v.reasons[v.reasons.indexOf('campaign:subteam') + 1], 'subteam:shared-wording');
});

test('an operation doing the same work in its own wording stays its own campaign', () => {
  const [wolf] = campaignsOf('wolfCloud');
  const [fox] = campaignsOf('fox');
  assert.notEqual(fox, wolf);
});

test('the link needs a share of each wording both ways, and a few frames at least', () => {
  const frames: number[][] = [
    [1, 2, 3, 4, 5, 6, 7, 8, 100],
    [1, 2, 3, 4, 5, 6, 7, 8, 200],
    [1, 2, 3, 4, 5, 6, 7, 8, 300],
    [1, 2, 3, 4, 5, 6, 7, 8, 400],
    // A large campaign whose wording holds the small one's few repeated frames among many of its own.
    ...Array.from({ length: 4 }, () => [1, 2, ...Array.from({ length: 40 }, (_, i) => 1000 + i)]),
    // A small campaign with fewer repeated frames than the minimum.
    [1, 2, 3, 900],
    [1, 2, 3, 901],
  ];
  const framesOf = (a: number): { forEach: (f: (uses: number, frame: number) => void) => void } => ({ forEach: (f) => frames[a]!.forEach((x) => f(1, x)) });
  const links = wordingLinks(
    [
      { id: 'C1', members: [0, 1] },
      { id: 'C2', members: [2, 3] },
      { id: 'C3', members: [4, 5, 6, 7] },
      { id: 'C4', members: [8, 9] },
    ],
    framesOf,
  );
  assert.deepEqual(links.map((l) => [l.older, l.younger]), [['C1', 'C2']]);
  assert.match(links[0]!.detail, /^8 of 8 and 8 of 8 repeated frames in common$/);
  assert.ok(MIN_SHARED_FRAMES > 3);
});
