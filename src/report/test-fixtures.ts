/** A small hand-built case-file model for unit tests (no world, no database). */
import type { CaseFile } from './case.js';
import { CASE_FILE_SCHEMA } from './case.js';
import { GENERAL_LIMITS, signalNote } from './methodology.js';
import { estimateValue, DEFAULT_PRICES } from './value.js';

export function sampleCase(over: Partial<CaseFile['infrastructure']> = {}): CaseFile {
  const members = ['acct_a', 'acct_b', 'acct_c'].map((id, i) => ({
    account_id: id, risk: 0.9 - i * 0.1, flagged: true, reasons: ['campaign:member', 'link:shared-payment'], first_flagged_at: '2026-04-23T01:00:00.000Z',
    created_at: '2026-04-20T10:00:00.000Z', email_domain: 'example.com', payment_fingerprint: 'pf_1', country: 'US', tier: 'build', verified: false,
    interactions: 100 + i, features: { intent: 0.8, hourEntropy: 0.97 }, reasons_explained: ['Campaign member', 'Shared payment instruments'],
  }));
  const m: CaseFile = {
    schema: CASE_FILE_SCHEMA, generated_at: '2026-06-06T00:00:00.000Z', generated_by: 'distillguard report',
    source: { analysis: '/tmp/a', dataset: '/tmp/w' }, redacted: false,
    campaign: { id: 'C0001', score: 0.93, reasons: ['content:extraction-intent', 'link:shared-payment'] },
    headline: { accounts: 3, exchanges: 303, input_tokens: 1000, output_tokens: 2_000_000, reasoning_tokens: 1_000_000, total_tokens: 3_001_000,
      first_activity: '2026-04-22T00:00:00.000Z', last_activity: '2026-06-05T00:00:00.000Z', days: 44, requests_per_account_day: 2.3,
      first_flagged_at: '2026-04-23T01:00:00.000Z', days_to_flag: 1,
      first_member_flagged_at: '2026-04-23T01:00:00.000Z', flagged_members: 3, flag_delay_hours: 25 },
    value: estimateValue({ input: 1000, output: 2_000_000, reasoning: 1_000_000 }, DEFAULT_PRICES),
    summary: 'A coordinated group of 3 accounts.',
    charts: { daily: [{ day: '2026-04-22', campaign: 10, other: 90 }, { day: '2026-04-23', campaign: 20, other: 80 }], signups: [{ day: '2026-04-20', campaign: 3, other: 1 }],
      hours: { campaign: new Array<number>(24).fill(5), other: Array.from({ length: 24 }, (_, h) => (h > 7 && h < 22 ? 10 : 1)), profiles: [{ account_id: 'acct_a', hours: new Array<number>(24).fill(2) }] },
      capabilities: { maths: 200, coding: 103 }, models: { 'frontier-4': 303 }, intent_kinds: { 'cot-elicitation': 250 } },
    infrastructure: {
      distinct_ips: 40, distinct_prefixes: 3, datacenter_share: 1, vpn_share: 0, ua_tls_mismatch_share: 0,
      asns: [{ key: '64500', campaign: 300, total: 310, accounts: 3, sample_ip: '192.0.2.1', org: 'Example Hosting' }, { key: '64501', campaign: 3, total: 9000, accounts: 1, sample_ip: '198.51.100.1', org: 'Big Cloud' }],
      countries: [{ country: 'US', exchanges: 303 }],
      prefixes: [{ key: '192.0.2.0/24', campaign: 290, total: 290, accounts: 3, sample_ip: '192.0.2.1' }, { key: '2001:db8:1::/48', campaign: 10, total: 11, accounts: 1, sample_ip: '2001:db8:1::1' }, { key: '198.51.100.0/24', campaign: 3, total: 500, accounts: 1, sample_ip: '198.51.100.1' }],
      clients: [{ key: 'sdk:openai-python|t13d1812h2_85036bcba153', campaign: 303, total: 400, accounts: 3, sample_ip: '192.0.2.1' }],
      ja4: [{ key: 't13d1812h2_85036bcba153', campaign: 303, total: 320, accounts: 3, sample_ip: '192.0.2.1' }, { key: 't13d1516h2_8daaf6152771', campaign: 5, total: 50_000, accounts: 1, sample_ip: '192.0.2.1' }],
      shared_payments: [{ fingerprint: 'pf_1', members: 3, others: 0 }, { fingerprint: 'pf_family', members: 2, others: 3 }],
      signup: { first_created_at: '2026-04-20T10:00:00.000Z', last_created_at: '2026-04-20T11:00:00.000Z', email_domains: { 'example.com': 3 }, shared_payment_instruments: 1, verified_share: 0, tiers: { build: 3 } },
      ...over,
    },
    links: [
      { type: 'frame', name: 'a shared prompt template', strength: 'strong', share: 1, example: { key: 'template 0a1b2c3d', members: 3, others: 0, text: '3 members used template 0a1b2c3d (hash of a prompt\'s opening and closing words), as did no account outside the campaign' } },
      { type: 'payment', name: 'a shared payment instrument', strength: 'strong', share: 1, example: { key: 'payment pf_1', members: 3, others: 0, text: '3 members paid with one instrument (payment pf_1), held by no account outside the campaign' } },
    ],
    subteams: [],
    graph: { nodes: members.map((x) => ({ id: x.account_id, risk: x.risk, flagged: x.flagged })), edges: [{ a: 0, b: 1, kinds: ['payment'] }, { a: 1, b: 2, kinds: ['payment'] }], omitted: 0, omitted_edges: 0, positions: [{ x: 0, y: 0 }, { x: 0.5, y: 0.5 }, { x: 1, y: 1 }] },
    evidence: { terms: { 'content:extraction-intent': 2.5, 'link:shared-payment': 1.2, 'behaviour:conversational': -0.1 }, link_shares: { payment: 1 } },
    reason_counts: [{ code: 'campaign:member', accounts: 3 }],
    members,
    sample_prompts: [{ account_id: 'acct_a', prompt: 'Solve step by step and show all reasoning: 12 apples <b>' }],
    methodology: { signals: ['content:extraction-intent', 'link:shared-payment'].map(signalNote), limits: GENERAL_LIMITS },
  };
  return m;
}
