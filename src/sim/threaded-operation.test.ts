/**
 * The stress scenario's threaded operation: plain coding items in human-paced threads whose follow-ups ask the model
 * to explain, verify or rework its own answer, from aged accounts that share nothing but the job. Checks that the
 * simulator makes what the scenario says (the detector's side is in campaigns/threaded-harvest.test.ts).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordReader, Quarantine, type Account, type Interaction, type Label } from '../dataset/index.js';
import { isReflectiveAsk } from '../signals/reflective-ask.js';
import { intentScore } from '../signals/intent.js';
import { simulate } from './index.js';

const STRESS = new URL('../../../scenarios/stress.yaml', import.meta.url).pathname;

async function read<T>(path: string, kind: 'interactions' | 'labels' | 'accounts', q: Quarantine): Promise<T[]> {
  const out: T[] = [];
  for await (const b of new RecordReader(path, kind, { quarantine: q }).batches()) out.push(...(b as T[]));
  return out;
}

describe('stress: a threaded operation that harvests rationales', () => {
  let root: string;
  let requests: Interaction[];
  let labels: Map<string, Label>;
  let accounts: Map<string, Account>;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dg-thread-'));
    await simulate({ scenario: STRESS, seed: 4, scale: 0.2, output: { kind: 'files', dir: root } });
    const q = new Quarantine(join(root, 'q'));
    requests = await read<Interaction>(join(root, 'interactions.jsonl.gz'), 'interactions', q);
    labels = new Map((await read<Label>(join(root, 'labels.jsonl'), 'labels', q)).map((l) => [l.account_id, l]));
    accounts = new Map((await read<Account>(join(root, 'accounts.jsonl'), 'accounts', q)).map((a) => [a.account_id, a]));
    await q.close();
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const ofThread = (r: Interaction): boolean => labels.get(r.account_id)?.campaign === 'op-thread';

  it('asks plain items and follows up on most of them, mostly asking the model to explain or check itself', () => {
    const mine = requests.filter(ofThread);
    assert.ok(mine.length > 200, `${mine.length} requests`);
    const followUps = mine.filter((r) => r.turn !== null && r.turn > 1);
    assert.ok(followUps.length / mine.length > 0.3, `follow-up share ${followUps.length / mine.length}`);
    const reflective = followUps.filter((r) => isReflectiveAsk(r.prompt)).length / followUps.length;
    assert.ok(reflective > 0.5, `reflective share of follow-ups ${reflective}`);
    // Its openings carry no extraction wording: the items are asked as a person would paste them.
    const openings = mine.filter((r) => r.turn === null || r.turn <= 1);
    const meanIntent = openings.reduce((a, r) => a + intentScore(r.prompt, r.system).score, 0) / openings.length;
    assert.ok(meanIntent < 0.3, `mean opening intent ${meanIntent}`);
  });

  it('shares no card, and its accounts are aged', () => {
    const ids = [...labels.values()].filter((l) => l.campaign === 'op-thread').map((l) => l.account_id);
    assert.ok(ids.length >= 10);
    const cards = new Set(ids.map((a) => accounts.get(a)!.payment_fingerprint));
    assert.equal(cards.size, ids.length);
    const start = Date.parse('2026-04-22T00:00:00Z');
    for (const a of ids) assert.ok(Date.parse(accounts.get(a)!.created_at) < start - 60 * 86_400_000, `${a} created ${accounts.get(a)!.created_at}`);
  });

  it("ordinary users' follow-ups are rarely reflective", () => {
    const organic = requests.filter((r) => labels.get(r.account_id)?.label === 'organic' && r.turn !== null && r.turn > 1);
    assert.ok(organic.length > 100);
    const share = organic.filter((r) => isReflectiveAsk(r.prompt)).length / organic.length;
    assert.ok(share < 0.05, `organic reflective share ${share}`);
  });
});
