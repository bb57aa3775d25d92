/**
 * End to end on a hand-built dataset written to a temp dir: the analyzer's verdicts (with malformed,
 * duplicate, unknown and missing lines) and the three baselines, all figures worked out by hand.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DistillguardError } from '../errors.js';
import { evaluate } from './evaluate.js';
import { interaction, writeJsonl } from './test-fixtures.js';
import type { EvalReport } from './types.js';

const T0 = Date.parse('2026-04-22T00:00:00.000Z');
const MIN = 60_000;
const H = 3_600_000;
const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * c1: atk1..atk5 share IP 203.0.113.7, atk_k sends at T0 + k min + h hours, h = 0..19 (20 each).
 * c2: atk6, atk7 on their own IPs, at T0 + 30 min + h hours, h = 0..9 (10 each).
 * organic: org1..3 persona dev, org4..6 persona hobby, 5 requests each; org6 also bursts 100 requests in 50 s.
 * extra: unlabelled account with 3 requests.
 */
function buildWorld(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-world-'));
  const rows: Record<string, unknown>[] = [];
  let n = 0;
  const add = (account: string, ms: number, ip: string) => rows.push(interaction(`r${n++}`, account, ms, ip));
  for (let k = 1; k <= 5; k++) for (let h = 0; h < 20; h++) add(`atk${k}`, T0 + k * MIN + h * H, '203.0.113.7');
  for (const [k, ip] of [[6, '198.51.100.6'], [7, '2001:db8::7']] as const) for (let h = 0; h < 10; h++) add(`atk${k}`, T0 + 30 * MIN + h * H, ip);
  for (let o = 1; o <= 6; o++) for (let h = 0; h < 5; h++) add(`org${o}`, T0 + o * 1000 + h * 3 * H, `192.0.2.${o}`);
  for (let i = 0; i < 100; i++) add('org6', T0 + 30 * H + i * 500, '192.0.2.6');
  for (let h = 0; h < 3; h++) add('extra', T0 + h * H, '192.0.2.99');
  // Unsorted: a fixed interleaving of the rows.
  const shuffled = rows.map((r, i) => ({ r, key: (i * 7919) % 1009 + i / 1e6 })).sort((a, b) => a.key - b.key).map((x) => x.r);
  writeJsonl(join(dir, 'interactions.jsonl'), [...shuffled.slice(0, 50), '{"id":"broken"', ...shuffled.slice(50)]);
  const labels = [
    ...[1, 2, 3, 4, 5].map((k) => ({ account_id: `atk${k}`, label: 'attack', campaign: 'c1', persona: 'eval-harness' })),
    ...[6, 7].map((k) => ({ account_id: `atk${k}`, label: 'attack', campaign: 'c2', persona: 'cot-elicitation' })),
    ...[1, 2, 3].map((o) => ({ account_id: `org${o}`, label: 'organic', campaign: null, persona: 'dev' })),
    ...[4, 5, 6].map((o) => ({ account_id: `org${o}`, label: 'organic', campaign: null, persona: 'hobby' })),
  ];
  writeJsonl(join(dir, 'labels.jsonl'), labels);
  writeJsonl(join(dir, 'accounts.jsonl'), []);
  return dir;
}

function writeVerdicts(path: string): void {
  const v = (account_id: string, flagged: boolean, campaign_id: string | null, at: number | null) => ({ account_id, risk: flagged ? 0.9 : 0.1, flagged, campaign_id, first_flagged_at: at === null ? null : iso(at), reasons: [] });
  writeJsonl(path, [
    ...[1, 2, 3, 4, 5].map((k) => v(`atk${k}`, true, 'X', T0 + 10 * H)),
    v('atk6', true, 'X', T0 + 2 * H),
    // atk7: no verdict
    v('org1', true, null, T0 + H),
    v('org2', true, 'Y', T0 + H),
    v('org2', false, null, null), // duplicate: the last one wins
    v('org3', false, null, null),
    'not json at all',
    JSON.stringify({ ...v('org4', true, null, T0), risk: 1.5 }), // invalid value: quarantined, org4 then has no verdict
    v('org5', false, null, null),
    v('org6', false, null, null),
    v('ghost', false, null, null), // unknown account
  ]);
}

let cached: { dir: string; verdicts: string; report: EvalReport } | null = null;
async function world(): Promise<{ dir: string; verdicts: string; report: EvalReport }> {
  if (cached) return cached;
  const dir = buildWorld();
  const out = join(dir, 'analysis');
  mkdirSync(out);
  writeVerdicts(join(out, 'verdicts.jsonl'));
  const report = await evaluate({ datasetDir: dir, verdicts: out, outDir: join(dir, 'q') });
  cached = { dir, verdicts: out, report };
  return cached;
}

test('counts, quarantine, missing / duplicate / unknown verdicts', async () => {
  const { report: r } = await world();
  assert.deepEqual(r.counts, {
    labelled_accounts: 13, attack_accounts: 7, organic_accounts: 6, campaigns: 2,
    interactions: 100 + 20 + 30 + 100 + 3, attack_interactions: 120, unlabelled_accounts_with_interactions: 1,
    verdicts_unknown_accounts: 1, verdicts_duplicate: 1, verdicts_missing: 2,
  });
  assert.deepEqual(r.files.verdicts, { file: r.files.verdicts.file, read: 15, accepted: 13, quarantined: 2 });
  assert.equal(r.files.interactions.quarantined, 1);
  assert.equal(r.quarantine.count, 3);
  assert.deepEqual(r.quarantine.reasons, { invalid_json: 2, invalid_value: 1 });
  assert.ok(r.quarantine.path?.endsWith('quarantine.jsonl'));
});

test('analyzer: recall, precision, FPR, campaigns, leak, time to detect', async () => {
  const a = (await world()).report.methods.analyzer;
  assert.equal(a.recall, 6 / 7);
  assert.equal(a.precision, 6 / 7);
  assert.equal(a.organic_fpr, 1 / 6);
  assert.deepEqual(a.worst_persona_fpr, { persona: 'dev', n: 3, flagged: 1, fpr: 1 / 3 });
  const [c1, c2] = a.campaigns;
  assert.deepEqual(c1?.best_match, { campaign_id: 'X', size: 6, intersection: 5, jaccard: 5 / 6 });
  assert.deepEqual(c2?.best_match, { campaign_id: 'X', size: 6, intersection: 1, jaccard: 1 / 7 });
  // Flagged at 10h: atk_k leaks h = 0..9 (10 each). atk6 flagged at 2h leaks 2, atk7 (missing) leaks 10.
  assert.deepEqual(c1?.leak, { interactions: 100, leaked: 50, share: 0.5 });
  assert.deepEqual(c2?.leak, { interactions: 20, leaked: 12, share: 0.6 });
  assert.deepEqual(a.leak, { interactions: 120, leaked: 62, share: 62 / 120 });
  const c1h = (10 * H - MIN) / H;
  assert.deepEqual(c1?.time_to_detect_hours, { first: c1h, p50: c1h, p90: c1h });
  assert.deepEqual(c2?.time_to_detect_hours, { first: 1.5, p50: 1.5, p90: null });
  assert.equal(c2?.first_interaction_at, iso(T0 + 30 * MIN));
});

test('volume baseline: the p99 account-day is the largest here, so it flags no one', async () => {
  const r = (await world()).report;
  // 15 account-days: atk1..5 20 each, atk6..7 10, org1..5 5, org6 5 on day 0 and 100 on day 1, extra 3.
  // Nearest rank ceil(0.99 * 15) = 15 of 15 = 100, and no day is above 100.
  assert.equal(r.baselines.volume.account_days, 15);
  assert.equal(r.baselines.volume.threshold_requests_per_day, 100);
  assert.equal(r.methods.volume.flagged, 0);
  assert.equal(r.methods.volume.recall, 0);
  assert.equal(r.methods.volume.leak.share, 1);
});

test('shared-IP baseline flags the five accounts on one IP from the fifth arrival', async () => {
  const r = (await world()).report;
  const s = r.methods.shared_ip;
  assert.equal(r.baselines.shared_ip.qualifying_ips, 1);
  assert.equal(s.recall, 5 / 7);
  assert.equal(s.precision, 1);
  assert.equal(s.organic_fpr, 0);
  assert.equal(s.campaigns[0]?.best_match?.jaccard, 1);
  assert.equal(s.campaigns[1]?.best_match, null);
  assert.equal(s.campaign_jaccard_mean, 0.5);
  // Flag at T0 + 5 min: atk1..4 each leak their first request, atk5 none; c2 leaks all 20.
  assert.deepEqual(s.leak, { interactions: 120, leaked: 24, share: 24 / 120 });
  assert.deepEqual(s.campaigns[0]?.time_to_detect_hours, { first: 4 / 60, p50: 4 / 60, p90: 4 / 60 });
});

test('rate-limit baseline catches only the organic burst', async () => {
  const r = (await world()).report;
  const s = r.methods.rate_limit;
  // org6's 100 requests in 50 s: 60 served, 40 rejected.
  assert.equal(r.baselines.rate_limit.rejected_requests, 40);
  assert.equal(s.flagged, 1);
  assert.equal(s.recall, 0);
  assert.equal(s.precision, 0);
  assert.equal(s.organic_fpr, 1 / 6);
  assert.deepEqual(s.worst_persona_fpr, { persona: 'hobby', n: 3, flagged: 1, fpr: 1 / 3 });
  assert.equal(s.leak.share, 1);
});

test('verdicts given as a file, or in memory, score the same as the directory form', async () => {
  const { dir, verdicts, report } = await world();
  const byFile = await evaluate({ datasetDir: dir, verdicts: join(verdicts, 'verdicts.jsonl'), outDir: join(dir, 'q2') });
  assert.deepEqual(byFile.methods, report.methods);
  const inMemory = await evaluate({ datasetDir: dir, verdicts: [{ account_id: 'atk1', risk: 1, flagged: true, campaign_id: null, first_flagged_at: iso(T0), reasons: [] }], outDir: join(dir, 'q3') });
  assert.equal(inMemory.methods.analyzer.recall, 1 / 7);
  assert.equal(inMemory.methods.analyzer.leak.leaked, 100);
});

test('missing labels or verdicts are clear errors', async () => {
  const { dir } = await world();
  const noLabels = mkdtempSync(join(tmpdir(), 'dg-eval-nolabels-'));
  writeJsonl(join(noLabels, 'interactions.jsonl'), [interaction('r', 'a', T0, '192.0.2.1')]);
  await assert.rejects(evaluate({ datasetDir: noLabels, verdicts: [] }), (e) => e instanceof DistillguardError && e.code === 'DATASET_NOT_FOUND');
  await assert.rejects(evaluate({ datasetDir: join(dir, 'nope'), verdicts: [] }), (e) => e instanceof DistillguardError && e.code === 'DATASET_NOT_FOUND');
  await assert.rejects(evaluate({ datasetDir: dir, verdicts: join(dir, 'nope.jsonl') }), (e) => e instanceof DistillguardError && e.code === 'VERDICTS_NOT_FOUND');
  await assert.rejects(evaluate({ datasetDir: dir, verdicts: dir }), (e) => e instanceof DistillguardError && e.code === 'VERDICTS_NOT_FOUND');
});

test('CLI: --json prints the report, the table names all four methods, exit codes 0 / 1 / 2', async () => {
  const { dir, verdicts } = await world();
  const bin = fileURLToPath(new URL('../cli/bin.js', import.meta.url));
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, 'eval', ...args], { encoding: 'utf8' });
  const json = run(dir, verdicts, '--json', '--out', join(dir, 'q4'));
  assert.equal(json.status, 0, json.stderr);
  const parsed = JSON.parse(json.stdout) as EvalReport;
  assert.equal(parsed.methods.analyzer.recall, 6 / 7);
  assert.equal(parsed.baselines.rate_limit.per_minute, 60);
  const custom = run(dir, verdicts, '--json', '--out', join(dir, 'q5'), '--rate-per-minute', '200', '--shared-ip-accounts', '6');
  assert.equal(custom.status, 0, custom.stderr);
  const c = JSON.parse(custom.stdout) as EvalReport;
  assert.equal(c.baselines.rate_limit.rejected_requests, 0);
  assert.equal(c.methods.shared_ip.flagged, 0);
  const human = run(dir, verdicts, '--out', join(dir, 'q6'));
  assert.equal(human.status, 0, human.stderr);
  for (const word of ['analyzer', 'volume', 'shared-ip', 'rate-limit', 'persona', 'tactic', 'c1', 'c2']) assert.ok(human.stdout.includes(word), word);
  assert.equal(run(dir).status, 2);
  assert.equal(run(dir, verdicts, '--rate-per-minute', '0').status, 2);
  assert.equal(run(join(dir, 'missing'), verdicts).status, 1);
});
