/**
 * Joins by likeness (unlinked.ts) on a small hand-built world: a campaign of reasoning-trace harvesters found by
 * links, and accounts that share no artefact with it but ask the same kind of work. One asks at a harvest's pace and
 * joins; one asks a few questions on each of many days, as a researcher does, and does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { conversationShare, conversesApart, CONVERSING_SHARE, UnlinkedPath, personPaced, type Conversation, type UnlinkedVerdict } from './unlinked.js';
import { featuresOf } from '../accounts/features.js';
import { centroid, behaviourProfile, similarity } from '../accounts/profile.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;

/** A bare maths item answered with long extended reasoning (the shape of a trace harvest, and of a researcher's question). */
function ask(account: string, ts: number, intent: number): Observation {
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent,
    intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: ts % 1_000_003, variant: 0, exactItem: ts % 1_000_003, core: ts % 1_000_003,
    reflective: false, maxTokens: 16000, inputTokens: 90, outputTokens: 900, reasoningTokens: 2500, tools: false, status: 200,
  };
}

/** An account of `count` requests, `perDay` on each active day, at 14:00 onwards (one working session a day). */
function account(index: number, count: number, perDay: number, intent: number, otherEvery = 0): AccountState {
  const s = new AccountState(`a${index}`, index);
  for (let k = 0; k < count; k++) {
    const o = ask(s.id, T0 + Math.floor(k / perDay) * 24 * HOUR + (14 + (k % perDay)) * HOUR, intent);
    // Now and then a question of another kind (a derivation, asked with a smaller cap).
    if (otherEvery > 0 && k % otherEvery === otherEvery - 1) Object.assign(o, { capability: CAPABILITIES.indexOf('reasoning'), maxTokens: 4096 });
    s.apply(o);
  }
  return s;
}

/**
 * An account like `account` whose every `every`-th request carries on the thread before it: an ordinary follow-up
 * (a change asked for, a problem reported), or one asking the model to explain its answer (`reflective`).
 */
function conversing(index: number, count: number, perDay: number, every: number, reflective = false): AccountState {
  const s = new AccountState(`a${index}`, index);
  for (let k = 0; k < count; k++) {
    const o = ask(s.id, T0 + Math.floor(k / perDay) * 24 * HOUR + (14 + (k % perDay)) * HOUR, 0.2);
    if (k % every === every - 1) Object.assign(o, { conversation: `c${index}-${k}`, turn: 2, reflective, inputTokens: 1200, outputTokens: 700, reasoningTokens: 1500 });
    s.apply(o);
  }
  return s;
}

const harvester = (i: number): AccountState => account(i, 36, 12, 0.2);

function judge(candidate: (index: number) => AccountState, member: (index: number) => AccountState = harvester): UnlinkedVerdict | undefined {
  // Twelve harvesters flagged by links as campaign C1 (twelve a day each), and the candidate.
  const states = [...Array.from({ length: 12 }, (_, i) => member(i)), candidate(12)];
  const verdicts = new Map<number, UnlinkedVerdict>();
  for (let i = 0; i < 12; i++) verdicts.set(i, { risk: 0.9, flagged: true, campaign: 'C1', reasons: ['campaign:member'] });
  new UnlinkedPath().run(states, [], verdicts, () => 'C2', new Set());
  return verdicts.get(12);
}

test('an account asking a campaign\'s kind of work at a harvest\'s pace joins it by likeness', () => {
  const v = judge((i) => account(i, 24, 8, 0.2, 4));
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
  assert.ok(v?.reasons.includes('similar:campaign-profile'));
});

test('the same kind of work asked two a day over twelve days, mostly not extraction-style, does not join', () => {
  const researcher = account(12, 24, 2, 0.2, 4);
  assert.ok(personPaced(featuresOf(researcher)));
  assert.notEqual(judge(() => researcher)?.flagged, true);
  // Extraction-style requests at the same pace are no person's pace: the bar is the usual one.
  assert.equal(personPaced(featuresOf(account(12, 24, 2, 0.8, 4))), false);
});

test('an account holding threads of its own does not join a campaign whose members hardly follow up', () => {
  const talker = conversing(12, 24, 8, 3);
  assert.ok(conversationShare(talker) >= CONVERSING_SHARE, `share ${conversationShare(talker)}`);
  // Alike enough to join on its profile: it is the threads that keep it out.
  const core = centroid(Array.from({ length: 12 }, (_, i) => behaviourProfile(harvester(i))));
  assert.ok(similarity(behaviourProfile(talker), core) >= 0.9, `likeness ${similarity(behaviourProfile(talker), core)}`);
  assert.notEqual(judge(() => talker)?.flagged, true);
  // A campaign whose own members hold such threads is joined as before.
  const v = judge(() => conversing(12, 24, 8, 3), (i) => conversing(i, 36, 12, 3));
  assert.equal(v?.flagged, true);
  assert.equal(v?.campaign, 'C1');
});

test('a few people among a campaign\'s own members do not make its silent hands talk to a joiner', () => {
  // Nine harvesters that never follow up and three people following up on every fourth request, all flagged in C1
  // (a cohort that took a few people in): the typical member is silent, so a person like those three stays out.
  const member = (i: number): AccountState => (i < 9 ? harvester(i) : conversing(i, 24, 8, 4));
  const person = conversing(12, 24, 8, 4);
  assert.ok(conversationShare(person) < CONVERSING_SHARE, 'under the conversing bar: only the silent-campaign rule can refuse it');
  const core = centroid(Array.from({ length: 12 }, (_, i) => behaviourProfile(member(i))));
  assert.ok(similarity(behaviourProfile(person), core) >= 0.9, `likeness ${similarity(behaviourProfile(person), core)}`);
  assert.notEqual(judge(() => person, member)?.flagged, true);
});

test('follow-ups asking the model to explain its own answer are no conversation', () => {
  assert.equal(conversationShare(conversing(12, 24, 8, 3, true)), 0);
  // Ordinary follow-ups as shares of requests; a campaign's threads as its ordinary follow-ups where no other is said.
  const talk = (share: number): Conversation => ({ talk: share, threads: share });
  assert.equal(conversesApart(talk(0.5), talk(0.1)), true);
  assert.equal(conversesApart(talk(0.5), talk(0.3)), false);
  assert.equal(conversesApart(talk(0.2), talk(0.15)), false);
  // A campaign whose hands never follow up (a harness asking bare items) is not joined by one who does now and then.
  assert.equal(conversesApart(talk(0.15), talk(0)), true);
  assert.equal(conversesApart(talk(0.15), talk(0.03)), false);
  assert.equal(conversesApart(talk(0.05), talk(0)), false);
  // Nor by one whose follow-ups ask the model to check or explain its answers (no conversation, but threads all the
  // same), where a campaign whose hands follow up that way is joined.
  assert.equal(conversesApart({ talk: 0, threads: 0.17 }, talk(0)), true);
  assert.equal(conversesApart({ talk: 0, threads: 0.17 }, { talk: 0, threads: 0.3 }), false);
  // A campaign with too few own members to say how they converse is no reason to refuse.
  assert.equal(conversesApart(talk(0.5), undefined), false);
});
