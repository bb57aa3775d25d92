/**
 * The world does not plant the detector's favourite signals: legitimate customers look coordinated (a verified
 * organisation's keys share one card, egress and system prompt), a quiet operation's accounts share nothing but the
 * queue (no payment, address or JA4 in common, no item asked twice), sub-teams use different client stacks and send
 * cover traffic within their configured range.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Account, Interaction } from '../dataset/index.js';
import { loadCorpora } from './corpora.js';
import { simulate } from './index.js';
import type { SimLabel } from './context.js';
import { ORGANIC_FOLLOW_UPS } from './phrasing.js';

const lines = (path: string): string[] => (path.endsWith('.gz') ? gunzipSync(readFileSync(path)) : readFileSync(path)).toString('utf8').split('\n').filter(Boolean);

describe('coordination in the quick world', () => {
  let root: string;
  let evs: Interaction[];
  let labels: Map<string, SimLabel>;
  let accounts: Map<string, Account>;
  let manifest: { campaigns: { id: string; work_queue: { items_handed_out: number; distinct_items: number; reissued: number } }[] };
  const of = (campaign: string, subteam?: string): Set<string> =>
    new Set([...labels.values()].filter((l) => l.campaign === campaign && (subteam === undefined || l.subteam === subteam)).map((l) => l.account_id));

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'dg-coord-'));
    await simulate({ scenario: 'quick', seed: 2, output: { kind: 'files', dir: root } });
    evs = lines(join(root, 'interactions.jsonl.gz')).map((l) => JSON.parse(l) as Interaction);
    labels = new Map(lines(join(root, 'labels.jsonl')).map((l) => JSON.parse(l) as SimLabel).map((l) => [l.account_id, l]));
    accounts = new Map(lines(join(root, 'accounts.jsonl')).map((l) => JSON.parse(l) as Account).map((a) => [a.account_id, a]));
    manifest = JSON.parse(readFileSync(join(root, 'world.json'), 'utf8'));
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('gives a verified organisation one card, one egress and one system prompt across many keys made within minutes', () => {
    const orgs = new Map<string, string[]>();
    for (const l of labels.values()) {
      if (l.persona !== 'verified-org') continue;
      const org = accounts.get(l.account_id)!.org_id!;
      orgs.set(org, [...(orgs.get(org) ?? []), l.account_id]);
    }
    const [org, members] = [...orgs.entries()].sort((a, b) => b[1].length - a[1].length)[0]!;
    assert.ok(members.length >= 20, `${org}: ${members.length} keys`);
    const recs = members.map((a) => accounts.get(a)!);
    assert.ok(recs.every((r) => r.verified));
    assert.equal(new Set(recs.map((r) => r.payment_fingerprint)).size, 1);
    const created = recs.map((r) => Date.parse(r.created_at));
    assert.ok(Math.max(...created) - Math.min(...created) < 60 * 60_000, 'keys created within the hour');
    const set = new Set(members);
    const mine = evs.filter((ev) => set.has(ev.account_id));
    assert.equal(new Set(mine.map((ev) => ev.ip)).size, 1);
    assert.equal(new Set(mine.map((ev) => ev.system)).size, 1);
    assert.equal(new Set(mine.map((ev) => ev.api_key_id)).size, new Set(mine.map((ev) => ev.account_id)).size);
  });

  it('lets a classroom share its teacher’s wrapper and one campus address', () => {
    const students = new Set([...labels.values()].filter((l) => l.persona === 'classroom').map((l) => l.account_id));
    const byNat = new Map<string, Set<string>>();
    for (const ev of evs) if (students.has(ev.account_id)) byNat.set(ev.ip, (byNat.get(ev.ip) ?? new Set()).add(ev.account_id));
    assert.ok([...byNat.values()].some((s) => s.size >= 10), 'many students behind one NAT');
    const openings = new Map<string, Set<string>>();
    for (const ev of evs) if (students.has(ev.account_id)) { const k = ev.prompt.slice(0, 40); openings.set(k, (openings.get(k) ?? new Set()).add(ev.account_id)); }
    assert.ok([...openings.values()].some((s) => s.size >= 5), 'a shared wrapper opening');
  });

  it('keeps a quiet operation’s accounts apart: no shared payment, address or JA4, and no item asked twice', () => {
    const quiet = of('op-mirage');
    const owner = new Map<string, string>();
    for (const a of quiet) {
      const fp = `pay:${accounts.get(a)!.payment_fingerprint}`;
      assert.ok(!owner.has(fp), 'shared payment');
      owner.set(fp, a);
    }
    for (const ev of evs) {
      if (!quiet.has(ev.account_id)) continue;
      for (const k of [`ip:${ev.ip}`, `ja4:${ev.tls_ja4}`]) {
        const o = owner.get(k);
        assert.ok(o === undefined || o === ev.account_id, `${k} shared by ${o} and ${ev.account_id}`);
        owner.set(k, ev.account_id);
      }
    }
    const q = manifest.campaigns.find((c) => c.id === 'op-mirage')!.work_queue;
    assert.equal(q.reissued, 0);
    assert.equal(q.distinct_items, q.items_handed_out);
    assert.ok(evs.some((ev) => quiet.has(ev.account_id) && (ev.turn ?? 0) >= 2), 'threads with follow-ups');
  });

  it('gives sub-teams different client stacks and cover traffic within their configured range', () => {
    const cover = new Set([...loadCorpora().organic.map((p) => p.text), ...ORGANIC_FOLLOW_UPS]);
    const teams: [string, [number, number]][] = [['scripts', [0.1, 0.2]], ['node-farm', [0.15, 0.3]]];
    const stacks = teams.map(([team, [lo, hi]]) => {
      const members = of('op-anvil', team);
      assert.ok(members.size >= 10, `${team}: ${members.size}`);
      const mine = evs.filter((ev) => members.has(ev.account_id));
      const share = mine.filter((ev) => cover.has(ev.prompt)).length / mine.length;
      assert.ok(share >= lo - 0.03 && share <= hi + 0.03, `${team} cover share ${share} outside [${lo}, ${hi}]`);
      return new Set(mine.map((ev) => ev.tls_ja4));
    });
    for (const j of stacks[0]!) assert.ok(!stacks[1]!.has(j), `JA4 ${j} in both sub-teams`);
  });
});
