/**
 * People at home grouped by likeness with a few hands of an operation (unlinked.ts strangersAtHomeIn), on small
 * hand-built accounts: eighteen researchers who each run the same public benchmarks, from their home line and their
 * university, registered one by one over two years, and accounts asking just as they do from a rotating pool of cloud
 * exits, registered in one week. The researchers alone read as strangers who copied one prompt (score.ts
 * homedStrangers); with four hands among them, under nine in ten of the group is at home, which the whole group's
 * reading misses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import type { AccountInfo } from './links.js';
import { profileOf } from '../accounts/profile.js';
import { scoreCohort } from './cohorts.js';
import { clusterMember } from './link-world.fixture.js';
import { strangersAtHomeIn } from './unlinked.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const REQUESTS = 40;
/** Items of the public benchmarks (finite: strangers drawing on them collide). */
const BENCHMARK = 2000;

function mix(x: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

const itemOf = (i: number, k: number): number => 90_000 + (mix(REQUESTS * i + k + 1) % BENCHMARK);

/** 40 chain-of-thought requests with large max_tokens on evenings: at home and at a university, or from cloud exits. */
function asker(i: number, cloud: boolean): AccountState {
  const s = new AccountState(`r${i}`, i);
  for (let k = 0; k < REQUESTS; k++) {
    const item = itemOf(i, k);
    const asn = cloud ? 64_900 + (k % 7) : k % 5 >= 3 ? 64_800 + (i % 3) : 64_600 + i;
    const net = cloud ? `203.0.${(i * 7 + k) % 250}` : `198.51.${i}`;
    s.apply({
      id: 'r', ts: T0 + Math.floor(k / 8) * DAY + (18 + (i % 4)) * HOUR + (k % 8) * 300_000, account: `r${i}`, ip: `${net}.${k % 2}`,
      prefix: `${net}.0/24`, asn, country: 'US', datacenter: cloud, vpn: false, client: `sdk:c${i % 3}`, uaTlsMismatch: false,
      model: 'reasoner-1', conversation: null, turn: null, intent: 0.9, intentKinds: 1, capability: 0, frame: 0, frameTail: 0,
      item, variant: 0, exactItem: item, core: item, reflective: false, maxTokens: 16_000, inputTokens: 300, outputTokens: 3000, reasoningTokens: 2000,
      tools: false, status: 200,
    });
  }
  return s;
}

function info(i: number, createdAt: number): AccountInfo {
  return { index: i, createdAt, orgId: null, emailDomain: 'gmail.com', payment: `card-${i}`, signupPrefix: null, verified: false, tier: 'build' };
}

/** Accounts 0–17 the researchers, 18 on the hands, as cohort members with their profiles; every item sampled. */
function group(hands: number, handsAtHome = false): { members: ReturnType<typeof clusterMember>[]; profiles: ReturnType<typeof profileOf>[] } {
  const ids = Array.from({ length: 18 + hands }, (_, i) => i);
  const states = ids.map((i) => asker(i, i >= 18 && !handsAtHome));
  const askers = new Map<number, number>();
  for (const i of ids) for (let k = 0; k < REQUESTS; k++) askers.set(itemOf(i, k), (askers.get(itemOf(i, k)) ?? 0) + 1);
  states.forEach((s, i) => {
    let shared = 0;
    for (let k = 0; k < REQUESTS; k++) if (askers.get(itemOf(i, k))! > 1) shared++;
    s.sampledItems = REQUESTS;
    s.sharedItems = shared;
  });
  const members = ids.map((i) => clusterMember(states[i]!, info(i, i < 18 ? T0 - (30 + i * 40) * DAY : T0 - 20 * DAY + i * HOUR)));
  return { members, profiles: states.map((s) => profileOf(s)) };
}

const positions = (set: Set<number>): number[] => [...set].sort((a, b) => a - b);
const researchers = Array.from({ length: 18 }, (_, i) => i);

test('researchers at home read apart from a few hands on cloud exits grouped with them: they are strangers', () => {
  const { members } = group(4);
  assert.equal(scoreCohort(members, 0.96).terms['legit:homed-strangers'], 0, 'the whole group is not nine in ten at home');
  assert.deepEqual(positions(strangersAtHomeIn(members, group(4).profiles, () => 0)), researchers);
});

test('as many hands as researchers, the same hands at home, or the researchers on one card: nobody is read apart', () => {
  assert.equal(strangersAtHomeIn(group(18).members, group(18).profiles, () => 0).size, 0, 'half the group away: read whole');
  assert.equal(strangersAtHomeIn(group(4, true).members, group(4, true).profiles, () => 0).size, 0, 'everyone at home: the whole group\'s reading');
  const carded = group(4);
  for (const m of carded.members) if (m.info) m.info = { ...m.info, payment: 'card-shared' };
  assert.equal(strangersAtHomeIn(carded.members, carded.profiles, () => 0).size, 0, 'one card: one owner');
});
