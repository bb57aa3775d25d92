/**
 * A work queue grouped with people (unlinked.ts workQueues) on small hand-built accounts: twenty hands drawing items of
 * one public pool through one queue, near copies of one another, beside twenty people asking the same kind of work at
 * the same sizes (alike them, not near copies) who each work through one course's sixty exercises and so ask one
 * another's items, and a hundred outsiders drawing from the same public material. Grouped together by likeness, the
 * people's shares hide the queue; its near copies, regrouped apart, are tested on their own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { profileOf, similarity } from '../accounts/profile.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import { UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';
import { ItemPool } from './work-queue.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;
const MATHS = CAPABILITIES.indexOf('maths');

/** A maths question (its item core `core`) asked with `maxTokens`, from the account's own home line. */
function ask(account: string, index: number, ts: number, core: number, maxTokens: number): Observation {
  return {
    id: 'r', ts, account, ip: `198.51.${index}.1`, prefix: `198.51.${index}.0/24`, asn: 64_600 + index, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: 'reasoner-4', conversation: null, turn: null, intent: 0.1,
    intentKinds: 0, capability: MATHS, frame: 0, frameTail: 0, item: 0, variant: 0, exactItem: 0, core, reflective: false, maxTokens,
    temperature: 0.7, inputTokens: 90, outputTokens: 900, reasoningTokens: 0, tools: false, status: 200,
  };
}

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

const QUEUE_POOL = 1000;
const COURSE = 5000;

/** Accounts 0–19 the queue's hands, 20–39 people working through one course, 40–139 outsiders. */
function world(): { states: AccountState[]; pool: ItemPool } {
  const states: AccountState[] = [];
  const pool = new ItemPool(0);
  const r = rng(5);
  const account = (id: string, a: number, requests: number, every: number, item: (k: number) => number, maxTokens: (k: number) => number): void => {
    const s = new AccountState(id, a);
    for (let k = 0; k < requests; k++) {
      const core = item(k);
      s.apply(ask(id, a, T0 + k * every * HOUR + a * 60_000, core, maxTokens(k)));
      pool.see(a, core, MATHS, false);
    }
    states.push(s);
  };
  for (let a = 0; a < 20; a++) account(`hand${a}`, a, 20, 5, (k) => QUEUE_POOL + a * 20 + k, () => 1024);
  for (let p = 0; p < 20; p++) account(`person${p}`, 20 + p, 20, 5, () => COURSE + Math.floor(r() * 60), (k) => (k % 3 === 0 ? 2048 : 1024));
  for (let o = 0; o < 100; o++) {
    account(`outsider${o}`, 40 + o, 15, 7, () => (r() < 0.8 ? QUEUE_POOL + Math.floor(r() * 2000) : COURSE + Math.floor(r() * 60)), () => 256);
  }
  return { states, pool };
}

test('a queue grouped by likeness with people who ask one another\'s items is found on its near copies', () => {
  const { states, pool } = world();
  const profiles = states.map(profileOf);
  assert.ok(similarity(profiles[0]!, profiles[1]!) >= 0.97, 'the hands are near copies');
  const alike = similarity(profiles[0]!, profiles[20]!);
  assert.ok(alike >= 0.9 && alike < 0.97, `hands and people alike, not near copies: ${alike}`);
  assert.ok(!pool.complementarity(Array.from({ length: 40 }, (_, a) => a)).complementary, 'together they fail the queue test');
  const verdicts = new Map<number, UnlinkedVerdict>();
  new UnlinkedPath().run(states, [], verdicts, () => 'Q1', new Set(), pool);
  const flagged = (from: number, to: number): number => Array.from({ length: to - from }, (_, i) => from + i).filter((a) => verdicts.get(a)?.flagged).length;
  assert.equal(flagged(0, 20), 20, 'every hand of the queue');
  assert.ok(verdicts.get(0)?.reasons.includes('similar:work-queue'));
  assert.equal(flagged(20, 40), 0, 'no person');
  assert.equal(flagged(40, 140), 0, 'no outsider');
});
