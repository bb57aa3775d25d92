/**
 * Members of a link cluster that is no campaign on its own, most of whose members are flagged in one campaign by
 * likeness (detector.ts joinFlaggedPeers): a sub-team held together by one wording only (a single kind of link), whose
 * busy members join the operation by likeness while its quiet members, with too few requests for likeness, are tied to
 * them by the wording and come in with them (`link:campaign-peers`).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { IpIntel } from '../enrich/ip.js';
import { Engine } from '../engine/engine.js';
import { requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const corpora = loadCorpora();
const math = corpora.gsm8kTrain;

/**
 * A farm of twelve accounts on one card (a link campaign) harvesting reasoning traces, and a sub-team of ten on cards,
 * addresses and clients of their own sharing one wrapper: seven busy members asking like the farm (or, with `unlike`,
 * ordinary short questions) and three quiet ones with four requests each, late.
 */
function world(unlike: boolean): { accounts: Account[]; requests: Interaction[] } {
  const req = requestMaker();
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  let item = 0;
  const trace = { max_tokens: 16000, output_tokens: 2500, reasoning_tokens: 3000, input_tokens: 150, model: 'reasoner-4' };
  for (let a = 0; a < 12; a++) {
    const id = `farm${a}`;
    accounts.push(testAccount(id, { payment_fingerprint: 'card-farm' }));
    for (let k = 0; k < 30; k++) requests.push(req(id, T0 + k * 2 * HOUR + a * 60_000, `Next one.\n\n${math[item++]!.question}`, { ...trace, ip: `203.0.113.${a + 1}` }));
  }
  // The sub-team's wrapper (an extraction-style one, so that it is a template) on a few requests of each account.
  const wrap = (q: string, wrapped: boolean): string => (wrapped ? `Kindly reason through this puzzle in numbered steps.\n\n${q}\n\nReturn only your numbered reasoning and the result.` : `Next one.\n\n${q}`);
  for (let a = 0; a < 10; a++) {
    const id = `team${a}`;
    const quiet = a >= 7;
    accounts.push(testAccount(id, { created_at: new Date(T0 - (90 + 17 * a) * 24 * HOUR).toISOString(), email_domain: `mail${a}.example` }));
    const count = quiet ? 4 : 24;
    const start = quiet ? 40 : 0;
    for (let k = 0; k < count; k++) {
      const ts = T0 + (start + k * 2) * HOUR + a * 97_000;
      const over = { ip: `98.${60 + a}.${k % 50}.9`, user_agent: `client-${a}/1.0`, tls_ja4: `t13d15${10 + a}h2_aaaa${a}bbbbcccc_dddd${a}eeeeffff` };
      if (unlike && !quiet) requests.push(req(id, ts, wrap(corpora.organicGeneral[(a * 40 + k) % corpora.organicGeneral.length]!.text.slice(0, 200), k % 5 === 0), { ...over, max_tokens: 512, output_tokens: 150, model: 'frontier-4' }));
      else requests.push(req(id, ts, wrap(math[5000 + a * 40 + k]!.question, quiet ? k % 2 === 0 : k % 5 === 0), { ...over, ...trace }));
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

/** Hourly replay with early joins by likeness off, so that the quiet members can only come in through their links. */
function replay(w: { accounts: Account[]; requests: Interaction[] }): Map<string, Verdict> {
  const engine = new Engine(IpIntel.shared(), { unlinked: { earlyJoinRequests: 5 } });
  for (const a of w.accounts) engine.registerAccount(a);
  let next = T0 + HOUR;
  for (const r of w.requests) {
    const ts = Date.parse(r.ts);
    for (; ts >= next; next += HOUR) engine.tick(next);
    engine.ingest(r);
  }
  for (let h = 0; h < 3; h++, next += HOUR) engine.tick(next);
  return new Map(engine.verdicts().map((v) => [v.account_id, v]));
}

test('quiet members of a sub-team whose linked peers were flagged by likeness join the campaign through their links', () => {
  const v = replay(world(false));
  const farm = v.get('farm0')!;
  assert.ok(farm.flagged && farm.campaign_id);
  for (let a = 0; a < 7; a++) assert.equal(v.get(`team${a}`)?.campaign_id, farm.campaign_id, `team${a}: ${v.get(`team${a}`)?.reasons.join(',')}`);
  for (let a = 7; a < 10; a++) {
    const quiet = v.get(`team${a}`)!;
    assert.ok(quiet.flagged, `team${a}: ${quiet.reasons.join(',')}`);
    assert.equal(quiet.campaign_id, farm.campaign_id);
    assert.ok(quiet.reasons.includes('link:campaign-peers'), quiet.reasons.join(','));
    assert.ok(quiet.reasons.includes('link:shared-template'), quiet.reasons.join(','));
  }
});

test('a wording shared with accounts nobody flagged brings no one in', () => {
  const v = replay(world(true));
  for (let a = 0; a < 10; a++) assert.notEqual(v.get(`team${a}`)?.flagged, true, `team${a}: ${v.get(`team${a}`)?.reasons.join(',')}`);
});
