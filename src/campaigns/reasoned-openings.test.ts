import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';
import { loadCorpora } from '../sim/corpora.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');
const corpora = loadCorpora();

const req = requestMaker({ input_tokens: 120 });
const account = testAccount;

function ja4(a: number): string {
  return `t13d${1510 + (a % 7)}h2_${(0x8daaf6152771 + a * 7919).toString(16).slice(-12)}_${(0x2713d6af862 + a * 104729).toString(16).slice(-12)}`;
}

// Wrappers in languages the extraction-intent model was not trained on: only the shape of the ask is left to see.
const WRAP = ['Resuelve paso a paso:\n', 'Löse Schritt für Schritt:\n', 'Kerjakan langkah demi langkah:\n', '请一步一步地解答：\n', ''];
const ORDINARY = corpora.organicGeneral.map((p) => p.text).filter((t) => t.length > 40 && t.length < 600);

/**
 * A slow drip: twenty aged accounts, each its own card, address and TLS stack, one or two bare items a day (some in a
 * non-English wrapper), single requests answered with long extended reasoning. Beside it, ordinary users, users of a
 * reasoning model who ask it a hard question now and then, and an organisation where only one key's owner passed
 * verification, whose app scores answers at volume.
 */
function world(): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  const math = corpora.gsm8kTrain;
  let item = 0;
  for (let a = 0; a < 20; a++) {
    const id = `drip${a}`;
    accounts.push(account(id, { created_at: new Date(T0 - (120 + a * 7) * 24 * HOUR).toISOString(), email_domain: ['gmail.com', 'outlook.com', 'yahoo.com'][a % 3]! }));
    for (let k = 0; k < 22; k++) {
      const ts = T0 + k * 16 * HOUR + a * 977_000 + (k % 4) * 2_300_000;
      const prompt = WRAP[(a + k) % WRAP.length]! + math[item++ % math.length]!.question;
      requests.push(req(id, ts, prompt, { ip: `73.${40 + a}.${(k * 7) % 200}.${10 + a}`, tls_ja4: ja4(a), max_tokens: 32000, output_tokens: 600, reasoning_tokens: 7000 + ((a * 31 + k * 17) % 2000), input_tokens: 110, model: 'frontier-4-thinking' }));
    }
  }
  for (let a = 0; a < 40; a++) {
    const id = `user${a}`;
    accounts.push(account(id));
    // Every fourth user is on a reasoning model and asks it a hard question now and then.
    const reasoner = a % 4 === 0;
    for (let k = 0; k < 20; k++) {
      const ts = T0 + (a % 10) * HOUR + k * 13 * HOUR;
      const hard = reasoner && k % 8 === 0;
      requests.push(req(id, ts, hard ? math[6000 + a * 3 + k]!.question : ORDINARY[(a * 20 + k) % ORDINARY.length]!, { ip: `98.${a}.7.${k + 1}`, tls_ja4: ja4(100 + a), max_tokens: hard ? 16000 : 1024, reasoning_tokens: hard ? 3000 : null, output_tokens: hard ? 300 : 250 }));
    }
  }
  // An annotation vendor: one org, one card, one system prompt, twenty keys; only one key's owner verified.
  for (let a = 0; a < 20; a++) {
    const id = `vendor${a}`;
    accounts.push(account(id, { org_id: 'org-annotate', verified: a === 7, payment_fingerprint: 'card-annotate', tier: 'scale', created_at: new Date(T0 - 40 * 24 * HOUR + a * 60_000).toISOString() }));
    for (let k = 0; k < 30; k++) {
      const q = math[3000 + a * 30 + k]!.question;
      requests.push(req(id, T0 + k * 3 * HOUR + a * 400_000, `Grade the candidate answer to this task on a 1-5 rubric and justify the score.\nTASK: ${q}\nCANDIDATE ANSWER: 42`, { ip: '52.10.20.30', system: 'You assist annotators. Score against the rubric.', max_tokens: 300, output_tokens: 120 }));
    }
  }
  requests.sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts));
  return { accounts, requests };
}

const verdicts = replayHourly(world(), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(prefix));

test('a slow drip of bare items with long reasoned answers is found as one campaign, whatever the wrapper language', () => {
  const flagged = of('drip').filter((v) => v.flagged);
  assert.ok(flagged.length >= 18, `${flagged.length} of 20 flagged`);
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  for (const v of flagged) assert.ok(v.reasons.includes('content:reasoned-openings'), v.reasons.join(','));
});

test('users who ask a reasoning model a hard question now and then are not flagged', () => {
  assert.deepEqual(of('user').filter((v) => v.flagged).map((v) => v.account_id), []);
});

test('an organisation with one verified key is a verified organisation: no campaign, review only when it harvests plainly', () => {
  const vendor = of('vendor');
  assert.equal(vendor.length, 20);
  for (const v of vendor) assert.equal(v.campaign_id, null, v.reasons.join(','));
  assert.deepEqual(vendor.filter((v) => v.flagged && !v.reasons.includes('org:review')).map((v) => v.account_id), []);
});
