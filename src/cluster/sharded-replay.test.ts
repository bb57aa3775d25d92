/**
 * Equivalence of the sharded engine with the one engine on a simulated world: `analyze --shards 4` (account and
 * artefact shards in worker threads, exchanging encoded messages) against the plain replay. Flagged sets, each
 * campaign's members, and first-flag times must agree (the bars: Jaccard ≥ 0.99 flagged, ≥ 0.98 per campaign,
 * first_flagged_at within one step).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { requestMaker, testAccount } from '../campaigns/hourly-replay.fixture.js';
import { IntelMatcher } from '../campaigns/intel.js';
import { analyze } from '../engine/analyze.js';
import { queueWorld } from '../campaigns/work-queue-world.fixture.js';
import type { IntelIndicator } from '../intel/indicators.js';
import { generateWorld } from '../sim/world.js';

const STEP = 3_600_000;

function verdicts(dir: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  for (const line of readFileSync(join(dir, 'verdicts.jsonl'), 'utf8').split('\n')) {
    if (!line) continue;
    const v = JSON.parse(line) as Verdict;
    out.set(v.account_id, v);
  }
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 1 : inter / union;
}

function campaigns(v: Map<string, Verdict>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const x of v.values()) if (x.flagged && x.campaign_id) (out.get(x.campaign_id) ?? out.set(x.campaign_id, new Set()).get(x.campaign_id)!).add(x.account_id);
  return out;
}

test('analyze --shards 4 agrees with the one engine on a simulated world', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-shards-'));
  try {
    const world = join(root, 'world');
    await generateWorld({ scenario: 'quick', scale: 0.4, seed: 5, output: { kind: 'files', dir: world } });
    const one = join(root, 'one');
    const four = join(root, 'four');
    const plain = await analyze({ datasetDir: world, outDir: one, database: false, parallel: false });
    const sharded = await analyze({ datasetDir: world, outDir: four, database: false, parallel: false, shards: 4 });
    assert.ok(sharded.flagged > 20, `a world with campaigns flags accounts (${sharded.flagged})`);
    const a = verdicts(one);
    const b = verdicts(four);
    assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort(), 'one verdict per account either way');
    const flaggedA = new Set([...a.values()].filter((v) => v.flagged).map((v) => v.account_id));
    const flaggedB = new Set([...b.values()].filter((v) => v.flagged).map((v) => v.account_id));
    assert.ok(jaccard(flaggedA, flaggedB) >= 0.99, `flagged-set Jaccard ${jaccard(flaggedA, flaggedB)}`);
    const ca = campaigns(a);
    const cb = campaigns(b);
    assert.ok(ca.size >= 2, `campaigns found (${ca.size})`);
    for (const [id, members] of ca) {
      let best = 0;
      for (const other of cb.values()) best = Math.max(best, jaccard(members, other));
      assert.ok(best >= 0.98, `campaign ${id}: best Jaccard ${best}`);
      // Ids come from the accounts and the clock, not from the process that found the campaign.
      assert.ok(cb.has(id), `campaign ${id} has the same id when sharded`);
    }
    // Regional spikes (evidence, counted by the coordinator from the account shards' tallies) are the same hours.
    assert.ok(plain.regionalSpikes > 0, 'the world has regional spikes');
    const spikes = (d: string): unknown => JSON.parse(readFileSync(join(d, 'spikes.json'), 'utf8')).spikes;
    assert.deepEqual(spikes(four), spikes(one));
    for (const id of flaggedA) {
      if (!flaggedB.has(id)) continue;
      const d = Math.abs(Date.parse(a.get(id)!.first_flagged_at!) - Date.parse(b.get(id)!.first_flagged_at!));
      assert.ok(d <= STEP, `${id}: first_flagged_at differs by ${d} ms`);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('analyze --shards 3 matches imported indicators as the one engine does', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-shards-intel-'));
  try {
    const world = join(root, 'world');
    await generateWorld({ scenario: 'quick', scale: 0.2, seed: 7, output: { kind: 'files', dir: world } });
    const lines = (f: string): Record<string, unknown>[] => readFileSync(join(world, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    const label = new Map(lines('labels.jsonl').map((l) => [String(l.account_id), String(l.label)]));
    const accounts = lines('accounts.jsonl').filter((a) => typeof a.payment_fingerprint === 'string');
    // Another provider's report names five attack accounts' cards and two ordinary accounts' cards (a false lead).
    const named = [...accounts.filter((a) => label.get(String(a.account_id)) === 'attack').slice(0, 5), ...accounts.filter((a) => label.get(String(a.account_id)) !== 'attack').slice(0, 2)];
    assert.equal(named.length, 7);
    const indicators: IntelIndicator[] = named.map((a, i) => ({
      id: `indicator--${i}`, source: i < 5 ? 'peer-a' : 'peer-b', kind: 'payment',
      value: createHash('sha256').update(String(a.payment_fingerprint)).digest('hex'),
      confidence: 80, valid_from: null, valid_until: null, campaign: null, pattern: '', added: '2026-01-01T00:00:00Z',
    }));
    const run = async (out: string, shards?: number): Promise<Map<string, Verdict>> => {
      await analyze({ datasetDir: world, outDir: join(root, out), database: false, parallel: false, indicators: new IntelMatcher(indicators), ...(shards ? { shards } : {}) });
      return verdicts(join(root, out));
    };
    const one = await run('one');
    const three = await run('three', 3);
    const intelReasons = (v: Map<string, Verdict>): string[] => [...v.values()].flatMap((x) => x.reasons.filter((r) => r.startsWith('intel:')).map((r) => `${x.account_id} ${r}`)).sort();
    // Cards are shared inside an operation: every account on a named card is matched.
    const cards = new Set(named.map((a) => a.payment_fingerprint));
    const expected = new Set(accounts.filter((a) => cards.has(a.payment_fingerprint)).map((a) => String(a.account_id)));
    const matched = new Set(intelReasons(one).map((r) => r.split(' ')[0]!));
    assert.ok([...matched].every((id) => expected.has(id)) && matched.size >= 7, `accounts on the named cards get intel reasons (${matched.size} of ${expected.size})`);
    assert.deepEqual(intelReasons(three), intelReasons(one), 'the same accounts get the same intel reasons when sharded');
    const flagged = (v: Map<string, Verdict>): string[] => [...v.values()].filter((x) => x.flagged).map((x) => `${x.account_id} ${x.campaign_id}`).sort();
    assert.deepEqual(flagged(three), flagged(one), 'the same accounts in the same campaigns');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/** Writes a hand-built world under `root` and analyzes it with the one engine and with `--shards 2`: their verdicts. */
async function oneEngineAndTwoShards(root: string, world: { accounts: object[]; requests: object[] }): Promise<[Map<string, Verdict>, Map<string, Verdict>]> {
  const dir = join(root, 'world');
  mkdirSync(dir);
  writeFileSync(join(dir, 'accounts.jsonl'), world.accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(join(dir, 'interactions.jsonl'), world.requests.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const runs: Map<string, Verdict>[] = [];
  for (const shards of [undefined, 2]) {
    const out = join(root, `out-${shards ?? 1}`);
    await analyze({ datasetDir: dir, outDir: out, database: false, parallel: false, ...(shards ? { shards } : {}) });
    runs.push(verdicts(out));
  }
  return runs as [Map<string, Verdict>, Map<string, Verdict>];
}

test('analyze --shards 2 finds a work-queue operation as the one engine does', { timeout: 240_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-shards-queue-'));
  try {
    const [one, two] = await oneEngineAndTwoShards(root, queueWorld());
    const queued = (v: Map<string, Verdict>): string[] =>
      [...v.values()].filter((x) => x.flagged && x.reasons.includes('similar:work-queue')).map((x) => x.account_id).sort();
    assert.ok(queued(one).length >= 18, `the one engine finds the queue (${queued(one).length})`);
    assert.deepEqual(queued(two), queued(one));
    assert.deepEqual(campaigns(two).size, campaigns(one).size);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

/**
 * An unverified organisation of sixteen keys (its own card, address and mailbox each) whose members all work through
 * one shared list of forty questions, round the clock, with long reasoned answers: each account asks every question
 * once (no repeats of its own), so the organisation's pooled state (organisations.ts, `judge`) repeats each question
 * sixteen times over, which the pooled novelty reads. The coordinator of a sharded engine must pool the same items: it
 * holds the accounts' item sets only if they travel with the snapshots (AccountSnapshot.items).
 */
function sharedListOrganisation(): { accounts: Account[]; requests: Interaction[] } {
  const T0 = Date.parse('2026-05-04T00:00:00Z');
  const HOUR = 3_600_000;
  const req = requestMaker();
  const THINGS = ['apples', 'pencils', 'marbles', 'stamps', 'tickets', 'cookies', 'books', 'shells'];
  const PEOPLE = ['Ada', 'Bruno', 'Chen', 'Dara', 'Emeka'];
  const questions = Array.from({ length: 40 }, (_, q) => `${PEOPLE[q % PEOPLE.length]} has ${12 + 7 * q} ${THINGS[q % THINGS.length]} and gives away ${3 + (q % 9)} of them to each of ${2 + (q % 5)} friends. How many ${THINGS[q % THINGS.length]} are left? Reason step by step and show all your work.`);
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  for (let a = 0; a < 16; a++) {
    const id = `reasonlab-${String(a).padStart(2, '0')}`;
    accounts.push(testAccount(id, { org_id: 'reasonlab', created_at: new Date(T0 - (60 - 3 * a) * 24 * HOUR + a * 3_600_000).toISOString(), tier: 'scale' }));
    for (let k = 0; k < 40; k++) {
      const ts = T0 + k * 3 * HOUR + ((a * 37) % 180) * 60_000 + a * 1_000;
      requests.push(req(id, ts, questions[(a * 5 + k) % questions.length]!, {
        ip: `203.0.113.${10 + a}`, model: 'reasoner-2', input_tokens: 60, output_tokens: 4200, reasoning_tokens: 3000, max_tokens: 8192, temperature: 1,
      }));
    }
  }
  return { accounts, requests: requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts)) };
}

test('analyze --shards 2 pools an unverified organisation\'s items as the one engine does', { timeout: 120_000 }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'dg-shards-org-'));
  try {
    const [one, two] = await oneEngineAndTwoShards(root, sharedListOrganisation());
    const show = (v: Map<string, Verdict>): string[] => [...v.values()].map((x) => `${x.account_id} ${x.flagged ? `flagged ${x.campaign_id}` : 'not flagged'}: ${x.reasons.join(',')}`).sort();
    // The one engine's pooled state repeats every question sixteen times: the organisation is no entity harvest.
    assert.ok([...one.values()].every((x) => !x.reasons.includes('org:entity')), show(one).join('\n'));
    assert.deepEqual(show(two), show(one));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
