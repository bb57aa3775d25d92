import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { accountFeatures } from '../accounts/features.js';
import { scoreCohort } from './cohorts.js';
import { asksOneAnothersItems } from './people.js';
import type { Observation } from '../engine/observation.js';
import type { ClusterMember } from './score.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const DAY0 = Date.UTC(2026, 3, 1);

/**
 * A cohort member of 48 requests: `extraction` of them extraction-style with a high max_tokens, spread evenly over
 * `hours` (hours of its day), with `shared` of its `sampled` items asked by other accounts too.
 */
function member(i: number, evidence: number, hours: number[], extraction: number, sampled = 0, shared = 0, commonEvery = 0): ClusterMember {
  const state = new AccountState(`m${i}`, i);
  for (let r = 0; r < 48; r++) {
    // With commonEvery > 0, every commonEvery-th request asks an item every member asks (one public prompt set).
    const item = commonEvery > 0 && r % commonEvery === 0 ? r + 1 : 1000 * i + r + 1;
    const harvest = r < extraction;
    const ts = DAY0 + Math.floor(r / hours.length) * DAY + hours[r % hours.length]! * HOUR + 60_000 * i;
    state.apply({ ts, intent: harvest ? 1 : 0, intentKinds: 0, capability: 0, maxTokens: harvest ? 8000 : null, inputTokens: 100, outputTokens: 600, reasoningTokens: 0, turn: null, tools: false, status: 200, item, asn: null, datacenter: false, vpn: false, uaTlsMismatch: false, model: 'frontier-4', frame: 0, frameTail: 0 } as unknown as Observation);
  }
  state.sampledItems = sampled;
  state.sharedItems = shared;
  return { state, info: undefined, features: accountFeatures(state), evidence: { score: evidence, reasons: [] } };
}

const ALL_DAY = Array.from({ length: 24 }, (_, h) => h);
const WORKING_DAY = Array.from({ length: 10 }, (_, h) => 8 + h);

test('alike accounts each keeping to a few hours of their day are people at work; the same spread over the day are not', () => {
  // Developers in three time zones, each in a three-hour session a day, moderately harvesting-like on their own.
  const sessions = Array.from({ length: 20 }, (_, i) => member(i, 0.55, [(8 * (i % 3) + 9) % 24, (8 * (i % 3) + 10) % 24, (8 * (i % 3) + 11) % 24], 24));
  const people = scoreCohort(sessions, 0.95);
  assert.ok(people.terms['legit:working-hours']! < -1.5);
  assert.ok(people.score < 0.5, `people at work: ${people.score}`);
  // One pipeline's accounts with the same content, each sending round the clock.
  const pipeline = scoreCohort(Array.from({ length: 20 }, (_, i) => member(i, 0.55, ALL_DAY, 24)), 0.95);
  assert.equal(pipeline.terms['legit:working-hours'], 0);
  assert.ok(pipeline.score > 0.5, `pipeline: ${pipeline.score}`);
});

test('loosely alike accounts asking one another\'s items work from common material; near copies doing so are not spared', () => {
  // A lab running one benchmark: alike only on average, a fifth of their sampled items asked by colleagues too.
  const lab = Array.from({ length: 20 }, (_, i) => member(i, 0.7, WORKING_DAY, 30, 20, 4));
  const loose = scoreCohort(lab, 0.92);
  assert.equal(loose.terms['legit:common-material'], -3);
  assert.ok(loose.score < 0.5, `lab: ${loose.score}`);
  // Near copies asking the same items (one pipeline sampling each item several times) keep their score.
  const copies = scoreCohort(lab, 0.97);
  assert.equal(copies.terms['legit:common-material'], 0);
  assert.ok(copies.score > 0.5, `copies: ${copies.score}`);
  // Loosely alike accounts that share nothing (a work queue) are not spared either.
  const queue = scoreCohort(Array.from({ length: 20 }, (_, i) => member(i, 0.7, WORKING_DAY, 30, 20, 0)), 0.92);
  assert.equal(queue.terms['legit:common-material'], 0);
  assert.ok(queue.score > 0.5, `queue: ${queue.score}`);
});

test('a cohort whose members ask one another\'s items is people with one recipe, near copies or not; a queue is not', () => {
  // Hobbyists with one public generation prompt: near copies in what and how they ask (one recipe), half of their
  // sampled items asked by others, and every other request one of the prompt set's items that the others ask too.
  const hobbyists = Array.from({ length: 20 }, (_, i) => member(i, 0.7, ALL_DAY, 30, 20, 10, 2));
  assert.equal(asksOneAnothersItems(hobbyists), true);
  assert.equal(scoreCohort(hobbyists, 0.97).score, 0);
  // A queue's near copies drawing a public set that outsiders ask too, each item once among them: still judged.
  const queue = Array.from({ length: 20 }, (_, i) => member(i, 0.7, ALL_DAY, 30, 20, 10));
  assert.equal(asksOneAnothersItems(queue), false);
  assert.ok(scoreCohort(queue, 0.97).score > 0.5, `queue: ${scoreCohort(queue, 0.97).score}`);
  // Members repeating a few items across accounts by coincidence (a sweep over a finite grid) are not spared either.
  const sweep = Array.from({ length: 20 }, (_, i) => member(i, 0.7, ALL_DAY, 30, 20, 10, 12));
  assert.equal(asksOneAnothersItems(sweep), false);
});

/** The member as a person verified on their own (no organisation), or as an account of a verified organisation. */
function verified(m: ClusterMember, orgId: string | null = null): ClusterMember {
  const i = m.state.index;
  const info = { index: i, createdAt: DAY0 - 300 * DAY, orgId, emailDomain: 'uni.example', payment: `pf-${i}` };
  return { ...m, info: { ...info, signupPrefix: null, verified: true, tier: 'build' } };
}

test('a cohort a fifth of whose members verified their identity on their own is people alike in their work', () => {
  // Researchers in several time zones asking a reasoning model for worked solutions round the clock as a group: alike,
  // harvesting-like on their own, sharing nothing; a quarter of them verified.
  const researchers = Array.from({ length: 24 }, (_, i) => member(i, 0.65, ALL_DAY, 30));
  const unverified = scoreCohort(researchers, 0.93);
  assert.ok(unverified.score > 0.8, `alike, unverified: ${unverified.score}`);
  const people = scoreCohort(researchers.map((m, i) => (i % 4 === 0 ? verified(m) : m)), 0.93);
  assert.equal(people.terms['legit:verified-people'], -4);
  assert.ok(people.score < 0.5, `a quarter verified: ${people.score}`);
});

test('a few verified accounts do not shield a large cohort, and an organisation\'s verification is not a person\'s', () => {
  const hands = Array.from({ length: 60 }, (_, i) => member(i, 0.65, ALL_DAY, 30));
  // Three verified among sixty (a twentieth) say nothing; nine (a seventh) take part of the term, not all of it.
  const few = scoreCohort(hands.map((m, i) => (i < 3 ? verified(m) : m)), 0.93);
  assert.equal(few.terms['legit:verified-people'], 0);
  const some = scoreCohort(hands.map((m, i) => (i < 9 ? verified(m) : m)), 0.93);
  assert.ok(some.terms['legit:verified-people']! < -1.5 && some.terms['legit:verified-people']! > -2.5);
  assert.ok(few.score > 0.5, `three of sixty verified: ${few.score}`);
  // Two verified say nothing of the rest, whatever the share.
  const two = scoreCohort(hands.slice(0, 8).map((m, i) => (i < 2 ? verified(m) : m)), 0.93);
  assert.equal(two.terms['legit:verified-people'] ?? 0, 0);
  // Accounts of a verified organisation are judged with their organisation, not counted as verified people here.
  const org = scoreCohort(hands.slice(0, 24).map((m, i) => (i % 4 === 0 ? verified(m, 'org-1') : m)), 0.93);
  assert.equal(org.terms['legit:verified-people'] ?? 0, 0);
  assert.ok(org.score > 0.5, `organisation accounts: ${org.score}`);
});
