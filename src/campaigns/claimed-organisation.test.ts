/**
 * Accounts of an unverified organisation judged as an entity on the account-level path (unlinked.ts with `claimed`,
 * organisations.ts claimedOrganisationFeatures), on small hand-built groups of twenty near copies: an operation that
 * declares one organisation for its accounts and takes long reasoned answers is a cohort all the same; a product whose
 * keys share one extraction-worded template and one task, answered briefly, is not (the same accounts with no
 * organisation are one, so the reading is what keeps them out); a verified organisation's accounts stay its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountState } from '../accounts/state.js';
import { evidenceOf, featuresOf, accountEvidence } from '../accounts/features.js';
import { CAPABILITIES, type Observation } from '../engine/observation.js';
import type { AccountInfo } from './links.js';
import { claimedOrganisationFeatures, Organisations, type OrgVerdict } from './organisations.js';
import { UnlinkedPath, type UnlinkedVerdict } from './unlinked.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');
const HOUR = 3_600_000;
const MEMBERS = 20;

type Work = 'harvest' | 'product';

/**
 * `harvest`: a bare maths item answered with long extended reasoning under a large cap (a trace harvest), worded
 * plainly; `product`: the product's one extraction-worded template ("explain step by step") on one task, a small cap
 * and a short answer, round the clock (a tutoring app's keys, each serving its users).
 */
function ask(account: string, ts: number, work: Work): Observation {
  const harvest = work === 'harvest';
  return {
    id: 'r', ts, account, ip: '198.51.100.7', prefix: '198.51.100.0/24', asn: 64500, country: 'US', datacenter: false, vpn: false,
    client: 'sdk:openai-python|t13d1516h2_8daaf6152771', uaTlsMismatch: false, model: harvest ? 'reasoner-4' : 'chat-4', conversation: null, turn: null,
    intent: harvest ? 0.2 : 0.95, intentKinds: 0, capability: CAPABILITIES.indexOf('maths'), frame: 0, frameTail: 0, item: ts % 1_000_003, variant: 0,
    exactItem: ts % 1_000_003, core: ts % 1_000_003, reflective: false, maxTokens: harvest ? 16000 : 1024, inputTokens: 90, outputTokens: harvest ? 900 : 300,
    reasoningTokens: harvest ? 2500 : 0, tools: false, status: 200,
  };
}

/** Twenty accounts of thirty requests each, one every few hours round the clock. */
function group(work: Work): AccountState[] {
  return Array.from({ length: MEMBERS }, (_, i) => {
    const s = new AccountState(`${work}-${i}`, i);
    for (let k = 0; k < 30; k++) s.apply(ask(s.id, T0 + (k * 5 + i) * HOUR + i * 60_000, work));
    return s;
  });
}

function infos(org: string | null, verified: boolean): AccountInfo[] {
  return Array.from({ length: MEMBERS }, (_, i) => ({ index: i, createdAt: T0 - 30 * 24 * HOUR, orgId: org, emailDomain: 'example.org', payment: `card-${i}`, signupPrefix: null, verified, tier: 'scale' }));
}

/** The group's verdicts on the account-level path, its organisation (if any) shielded (verified) or claimed. */
function judge(work: Work, org: 'none' | 'claimed' | 'verified'): UnlinkedVerdict[] {
  const states = group(work);
  const verdicts = new Map<number, UnlinkedVerdict>();
  const shielded = new Set(org === 'verified' ? ['org-1'] : []);
  const claimed = new Set(org === 'claimed' ? ['org-1'] : []);
  new UnlinkedPath().run(states, infos(org === 'none' ? null : 'org-1', org === 'verified'), verdicts, () => 'C1', shielded, null, null, claimed);
  return [...verdicts.values()].filter((v) => v.flagged);
}

test('an operation under a claimed organisation taking long reasoned answers is a cohort', () => {
  const flagged = judge('harvest', 'claimed');
  assert.equal(flagged.length, MEMBERS);
  assert.ok(flagged.every((v) => v.campaign === 'C1' && v.reasons.includes('similar:behaviour-profile')), flagged[0]?.reasons.join(','));
});

test("a claimed organisation's product, one extraction-worded template and one task with short answers, is no cohort", () => {
  // Without an organisation the same keys are a cohort on their wording: the claimed reading is what keeps them out.
  assert.equal(judge('product', 'none').length, MEMBERS);
  assert.deepEqual(judge('product', 'claimed'), []);
});

test("a verified organisation's accounts are left to their organisation", () => {
  assert.deepEqual(judge('harvest', 'verified'), []);
});

test('the claimed reading leaves out template wording, one task and hours, and keeps what an account takes', () => {
  const [product] = group('product');
  const [harvest] = group('harvest');
  assert.ok(evidenceOf(product!).score >= 0.5, `product as an ordinary account ${evidenceOf(product!).score}`);
  assert.ok(accountEvidence(claimedOrganisationFeatures(featuresOf(product!))).score < 0.35);
  assert.ok(accountEvidence(claimedOrganisationFeatures(featuresOf(harvest!))).score >= 0.5);
});

test("a claimed organisation judged harvesting takes its accounts flagged by likeness into its own campaign, not those a link campaign holds", () => {
  const states = group('harvest');
  const info = infos('org-1', false);
  const organisations = new Organisations();
  const entities = organisations.entities(states, info);
  assert.deepEqual([...organisations.standing(entities, info).claimed], ['org-1']);
  // Half the accounts joined another campaign by likeness; two are members of a link campaign.
  const verdicts = new Map<number, OrgVerdict>();
  for (let a = 0; a < MEMBERS / 2; a++) verdicts.set(a, { risk: 0.8, flagged: true, campaign: 'C9', reasons: ['campaign:member', 'similar:campaign-profile'] });
  for (const a of [18, 19]) verdicts.set(a, { risk: 0.9, flagged: true, campaign: 'L1', reasons: ['campaign:member', 'link:shared-payment'] });
  organisations.run(states, info, verdicts, () => 'ORG', entities, undefined, new Set([18, 19]));
  const campaigns = Array.from({ length: MEMBERS }, (_, a) => verdicts.get(a)?.campaign);
  assert.deepEqual(campaigns, [...Array<string>(MEMBERS - 2).fill('ORG'), 'L1', 'L1']);
  assert.ok(verdicts.get(0)!.reasons.includes('org:entity'));
});
