/**
 * Unverified organisations judged as the link cluster they make (organisations.ts), on a small hand-built world: an
 * organisation id nobody checked, twenty keys on one card and one cloud egress, registered in one minute, one app's
 * system prompt, harvesting generated training data among ordinary-looking questions (pooled evidence under the
 * entity bar), is one campaign; the same
 * claimed organisation translating its clients' texts is not; and the harvest under a verified organisation goes to
 * review at most, never into a campaign.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, Interaction, Verdict } from '../dataset/types.js';
import { replayHourly, requestMaker, testAccount } from './hourly-replay.fixture.js';

const HOUR = 3_600_000;
const T0 = Date.parse('2026-04-22T00:00:00Z');

const req = requestMaker();
const FIELDS = ['soil science', 'tax forms', 'SQL joins', 'sonnets', 'triage notes', 'bird calls', 'rental law', 'regex', 'lens optics', 'chess endgames'];
const ASKS = ['What is a good way to {x}?', 'Can you explain {x} in simple words?', 'Why does {x} matter for beginners?', 'Give me one tip about {x}.'];
const LANGS = ['German', 'French', 'Polish', 'Dutch'];
const TEXTS = ['Your order has shipped and will arrive on {x}.', 'Please find attached the invoice for {x}.', 'Our office is closed on {x}.', 'The meeting about {x} moves to Friday.'];

/** Words that make each harvested request's item its own (an operation's queue hands each item out once). */
const WORDS = ['amber', 'basalt', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbour', 'indigo', 'juniper', 'kelp', 'lagoon', 'meadow', 'nectar', 'onyx', 'prairie', 'quartz', 'river', 'saffron', 'tundra', 'umber', 'violet', 'willow', 'xenon', 'yarrow', 'zephyr', 'alder', 'birch', 'cobalt', 'dune'];

type Work = 'harvest' | 'translation';

/**
 * An organisation of twenty keys on one card and one cloud egress, registered within a minute, one app's system
 * prompt. `harvest`: four requests in ten ask for a batch of generated instruction data with long outputs, the rest
 * ordinary questions; `translation`: short translations of its clients' texts.
 */
function organisation(org: string, work: Work, verified: boolean): { accounts: Account[]; requests: Interaction[] } {
  const accounts: Account[] = [];
  const requests: Interaction[] = [];
  for (let a = 0; a < 20; a++) {
    const id = `${org}-${a}`;
    accounts.push(testAccount(id, { org_id: org, verified, payment_fingerprint: `card-${org}`, email_domain: `${org}.example`, created_at: new Date(T0 - 14 * 24 * HOUR + a * 3_000).toISOString(), tier: 'scale' }));
    for (let k = 0; k < 30; k++) {
      // The agency's translators work office hours (08:00-17:00) on three days; the harvest runs round the clock.
      const ts = work === 'translation' ? T0 + (k % 3) * 24 * HOUR + (8 + ((a + k) % 9)) * HOUR + a * 60_000 + k * 1_000 : T0 + ((a * 7 + k * 5) % 72) * HOUR + a * 60_000 + k * 1_000;
      const x = FIELDS[(a + 3 * k) % FIELDS.length]!;
      const n = 10 + ((a + k) % 4) * 5;
      let prompt: string;
      let shape: Partial<Interaction>;
      if (work === 'translation') {
        prompt = `Translate into ${LANGS[(a + k) % LANGS.length]}:\n\n${TEXTS[k % TEXTS.length]!.replace('{x}', `${x} ${a * 30 + k}`)}`;
        shape = { max_tokens: 512, output_tokens: 60, temperature: 0.2 };
      } else if ((a + k) % 10 < 4) {
        prompt = `Write ${n} new instruction-following examples about ${x}, on ${WORDS[a]} and ${WORDS[k]} themes. Each needs an instruction, an optional input and an excellent detailed output. Return them as a JSON array.`;
        shape = { max_tokens: 8192, output_tokens: 3000, temperature: 1 };
      } else {
        prompt = ASKS[(a + k) % ASKS.length]!.replace('{x}', `${x} ${a * 30 + k}`);
        shape = { max_tokens: 8192, output_tokens: 500, temperature: 1 };
      }
      requests.push(req(id, ts, prompt, { ip: `34.120.8.${10 + (a % 5)}`, system: `You are the assistant of ${org}. Follow the requested output format exactly.`, ...shape }));
    }
  }
  return { accounts, requests };
}

function world(parts: { accounts: Account[]; requests: Interaction[] }[]): { accounts: Account[]; requests: Interaction[] } {
  return { accounts: parts.flatMap((p) => p.accounts), requests: parts.flatMap((p) => p.requests).sort((x, y) => Date.parse(x.ts) - Date.parse(y.ts)) };
}

const verdicts = replayHourly(world([organisation('shadowlabs', 'harvest', false), organisation('polyglot', 'translation', false), organisation('dataworks', 'harvest', true)]), T0);
const of = (prefix: string): Verdict[] => [...verdicts.values()].filter((v) => v.account_id.startsWith(`${prefix}-`));

test('an unverified organisation harvesting on one card, one egress and one sign-up minute is one campaign', () => {
  const shadow = of('shadowlabs');
  assert.equal(shadow.length, 20);
  const flagged = shadow.filter((v) => v.flagged);
  assert.equal(flagged.length, 20, shadow.map((v) => `${v.account_id} ${v.risk}: ${v.reasons.join(',')}`).join('\n'));
  assert.equal(new Set(flagged.map((v) => v.campaign_id)).size, 1);
  assert.ok(flagged[0]!.campaign_id !== null);
  assert.ok(flagged.every((v) => v.reasons.includes('org:entity') && v.reasons.includes('org:unverified-links')));
});

test('the same claimed organisation translating its clients\' texts is not flagged', () => {
  const agency = of('polyglot');
  assert.equal(agency.length, 20);
  assert.deepEqual(agency.filter((v) => v.flagged).map((v) => `${v.account_id}: ${v.reasons.join(',')}`), []);
});

test('the same harvest under a verified organisation is never a campaign: review at most', () => {
  const verified = of('dataworks');
  assert.equal(verified.length, 20);
  for (const v of verified) {
    assert.equal(v.campaign_id, null, v.reasons.join(','));
    if (v.flagged) assert.equal(v.reasons[0], 'org:review');
  }
});
