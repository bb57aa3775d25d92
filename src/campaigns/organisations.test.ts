/**
 * Verified organisations judged as one entity (organisations.ts), on a small hand-built world: an essay-grading app
 * (one template, one task, short JSON answers, its users' traffic round the clock) is a product, not a harvest; the
 * same organisation asking the same rubric wording for long reasoned answers goes to review.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');

const req = requestMaker();
const CRITERIA = ['thesis', 'evidence', 'organisation', 'clarity', 'grammar', 'voice', 'conventions', 'reasoning'];
const TOPICS = ['school uniforms', 'homework limits', 'public transport', 'space exploration', 'recycling', 'social media', 'four-day weeks', 'city parks'];
const BITS = ['In my opinion', 'Firstly', 'Another reason is that', 'On the other hand', 'For example', 'In conclusion', 'Some people think', 'This shows that'];

/**
 * A verified organisation of twelve keys on one card and one cloud egress, its app's one system prompt, grading
 * essays against a teacher's rubric at all hours (its users are in many time zones). `takes`: what it asks back:
 * the app's short JSON scores, or long reasoned answers.
 */
function organisation(org: string, takes: 'scores' | 'reasoned-answers', seed: number): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  for (let a = 0; a < 12; a++) {
    const id = `${org}-${a}`;
    accounts.push(testAccount(id, { org_id: org, verified: true, payment_fingerprint: `card-${org}`, created_at: new Date(T0 - 90 * 24 * HOUR + a * 30_000).toISOString(), tier: 'enterprise' }));
    for (let k = 0; k < 48; k++) {
      const ts = T0 + k * HOUR + a * 240_000;
      const topic = TOPICS[(a + k) % TOPICS.length]!;
      const essay = Array.from({ length: 6 }, (_, j) => `${BITS[(a * 3 + k + j) % BITS.length]} ${topic} matters ${seed + (a * 48 + k) * 7 + j}.`).join(' ');
      const rubric = [0, 1, 2, 3].map((j) => CRITERIA[(a + k + 2 * j) % CRITERIA.length]).join(', ');
      const prompt = `Rubric: ${rubric} (1-4 each). Score the essay against each criterion and return the scores.\nPrompt: Write about ${topic}.\nEssay:\n${essay}`;
      const shape = takes === 'scores' ? { max_tokens: 600, output_tokens: 220, reasoning_tokens: null } : { max_tokens: 16000, output_tokens: 3500, reasoning_tokens: 2500 };
      requests.push(req(id, ts, prompt, { ip: '34.120.8.9', system: `You are the essay feedback engine of ${org}. Output JSON scores.`, temperature: 0.2, input_tokens: 260, ...shape }));
    }
  }
  return { accounts, requests };
}

function world(): { accounts: Account[]; requests: Interaction[] } {
  const app = organisation('org-gradeapp', 'scores', 0);
  const lab = organisation('org-gradelab', 'reasoned-answers', 100_000);
  const requests = [...app.requests, ...lab.requests].sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts: [...app.accounts, ...lab.accounts], requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test("a verified grading app's one task, its users' hours and its template's wording do not send it to review", () => {
  const app = of('org-gradeapp');
  assert.equal(app.length, 12);
  assert.deepEqual(app.filter((v) => v.flagged).map((v) => `${v.account_id}: ${v.reasons.join(',')}`), []);
});

test('the same verified organisation taking long reasoned answers for the same wording goes to review, never to a campaign', () => {
  const lab = of('org-gradelab');
  assert.equal(lab.length, 12);
  for (const v of lab) {
    assert.ok(v.flagged, v.reasons.join(','));
    assert.equal(v.campaign_id, null);
    assert.deepEqual(v.reasons.slice(0, 2), ['org:review', 'legit:verified-org']);
  }
});
