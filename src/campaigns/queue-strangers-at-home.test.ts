/**
 * People at home grouped with a work queue's hands (unlinked.ts workQueues, strangerAtHome) on small hand-built
 * accounts: twenty hands on cloud machines, registered in one week, drawing items of one public pool through one
 * queue; three people on their own home lines, alike the hands in what they ask and at what sizes, each drawing a few
 * of the pool's items as they come (no shares: a few draws from a large pool seldom meet); a hundred outsiders drawing
 * the same pool. The people pass the queue's member test (their draws show no shares), so what keeps them out is
 * where they work from and when they were registered: a year before the hands, they are people doing the same work.
 * Registered in the hands' week, at home, they are the queue's too (a sub-team on home lines).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { profileOf, similarity } from '../accounts/profile.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import type { AccountInfo } from './links.js';
import { UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';
import { ItemPool } from './work-queue.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MATHS = CAPABILITIES.indexOf('maths');
const POOL = 1000;

/** A maths question (item core `core`) asked with `maxTokens`: from a cloud machine, or from the account's own home line. */
function ask(account: string, index: number, ts: number, core: number, cloud: boolean, maxTokens: number): Observation {
  return {
    id: 'r', ts, account, ip: cloud ? `203.0.${index % 4}.1` : `198.51.${index}.1`, prefix: cloud ? `203.0.${index % 4}.0/24` : `198.51.${index}.0/24`,
    asn: cloud ? 64_500 : 64_600 + index, country: 'US', datacenter: cloud, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent: 0.1,
    intentKinds: 0, capability: MATHS, frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, core, reflective: false, maxTokens,
    temperature: 0.7, inputTokens: 90, outputTokens: 900, reasoningTokens: 0, tools: false, status: 200,
  };
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

function info(index: number, createdAt: number): AccountInfo {
  return { index, createdAt, orgId: null, emailDomain: 'gmail.com', payment: `card-${index}`, signupPrefix: null, verified: false, tier: 'build' };
}

/** Accounts 0–19 the queue's hands, 20–22 the people at home (registered `peopleRegistered`), 23–122 outsiders. */
function world(peopleRegistered: number): { states: AccountState[]; infos: AccountInfo[]; pool: ItemPool } {
  const states: AccountState[] = [];
  const infos: AccountInfo[] = [];
  const pool = new ItemPool(0);
  const r = rng(7);
  const account = (id: string, a: number, createdAt: number, requests: number, every: number, cloud: boolean, item: (k: number) => number, maxTokens = 1024): void => {
    const s = new AccountState(id, a);
    for (let k = 0; k < requests; k++) {
      const core = item(k);
      s.apply(ask(id, a, T0 + k * every * HOUR + a * 60_000, core, cloud, maxTokens));
      pool.see(a, core, MATHS, false);
    }
    states.push(s);
    infos.push(info(a, createdAt));
  };
  for (let a = 0; a < 20; a++) account(`hand${a}`, a, T0 - 10 * DAY + a * HOUR, 20, 5, true, (k) => POOL + a * 20 + k);
  // Each person's draws are distinct items no hand drew (a few draws from a large pool seldom meet anyone's).
  for (let p = 0; p < 3; p++) account(`person${p}`, 20 + p, peopleRegistered, 20, 5, false, (k) => POOL + 400 + p * 20 + k);
  for (let o = 0; o < 100; o++) account(`outsider${o}`, 23 + o, T0 - 200 * DAY, 15, 7, false, () => POOL + Math.floor(r() * 2000), 256);
  return { states, infos, pool };
}

function flaggedBetween(verdicts: Map<number, UnlinkedVerdict>, from: number, to: number): number {
  return Array.from({ length: to - from }, (_, i) => from + i).filter((a) => verdicts.get(a)?.flagged).length;
}

test('people at home registered a year before a queue\'s hands on cloud machines are left out of its campaign', () => {
  const { states, infos, pool } = world(T0 - 400 * DAY);
  const profiles = states.map(profileOf);
  assert.ok(similarity(profiles[0]!, profiles[20]!) >= 0.9, 'the people are alike the hands');
  assert.ok(pool.complementarity(Array.from({ length: 23 }, (_, a) => a)).complementary, 'together they pass the queue test');
  const verdicts = new Map<number, UnlinkedVerdict>();
  new UnlinkedPath().run(states, infos, verdicts, () => 'Q1', new Set(), pool);
  assert.equal(flaggedBetween(verdicts, 0, 20), 20, 'every hand of the queue');
  assert.ok(verdicts.get(0)?.reasons.includes('similar:work-queue'));
  assert.equal(flaggedBetween(verdicts, 20, 23), 0, 'no person at home');
  assert.equal(flaggedBetween(verdicts, 23, 123), 0, 'no outsider');
});

test('accounts at home registered in the hands\' week are the queue\'s own', () => {
  const { states, infos, pool } = world(T0 - 8 * DAY);
  const verdicts = new Map<number, UnlinkedVerdict>();
  new UnlinkedPath().run(states, infos, verdicts, () => 'Q1', new Set(), pool);
  assert.equal(flaggedBetween(verdicts, 0, 23), 23, 'the hands and the home-line accounts of their batch');
  assert.equal(flaggedBetween(verdicts, 23, 123), 0, 'no outsider');
});
