/**
 * `analyze` on input that is valid but hostile: far-future timestamps, values at the top of the spec's ranges, a log
 * delivered twice, and long runs of bad lines under a small heap. Each finishes with all of its outputs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Account } from '../dataset/types.js';
import { analyze } from './analyze.js';
import { account, HOUR, interaction, replayWorld, T0 } from './replay-world.fixture.js';

const BIN = fileURLToPath(new URL('../cli/bin.js', import.meta.url));

/** The replay world's files (replay-world.fixture.ts), gzipped unless `gz` is false. */
function writeDataset(accounts: Account[], lines: string[], gz = true): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-reliab-'));
  writeFileSync(join(dir, 'accounts.jsonl'), accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const body = lines.join('\n') + '\n';
  writeFileSync(join(dir, gz ? 'interactions.jsonl.gz' : 'interactions.jsonl'), gz ? gzipSync(body) : body);
  return dir;
}

const out = (): string => mkdtempSync(join(tmpdir(), 'dg-reliab-out-'));
const verdictsOf = (dir: string): string => readFileSync(join(dir, 'verdicts.jsonl'), 'utf8');

test('an interaction dated 9999 is quarantined by the time rule and changes no verdict', { timeout: 120_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const far = JSON.stringify(interaction(99_999, 'org1', Date.parse('9999-12-31T23:59:59Z'), 'hello'));
  const base = await analyze({ datasetDir: writeDataset(accounts, lines), outDir: out(), database: false });
  const outDir = out();
  const summary = await analyze({ datasetDir: writeDataset(accounts, [...lines, far]), outDir, database: false });
  assert.equal(summary.interactions.quarantined, 1);
  const entry = JSON.parse(readFileSync(join(outDir, 'quarantine.jsonl'), 'utf8').trim());
  assert.equal(entry.reason, 'implausible_timestamp');
  assert.equal(entry.line, lines.length + 1);
  assert.equal(summary.lastTs, base.lastTs);
  assert.equal(verdictsOf(outDir), verdictsOf(base.outDir));
});

test('with the time rule off, 74 empty years before a record in 2100 cost a bounded number of steps', { timeout: 120_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const base = await analyze({ datasetDir: writeDataset(accounts, lines), outDir: out(), database: false });
  const year2100 = JSON.stringify(interaction(99_998, 'org2', Date.parse('2100-01-01T00:00:00Z'), 'hello'));
  const open = await analyze({ datasetDir: writeDataset(accounts, [...lines, year2100]), outDir: out(), database: false, maxTimeSkewDays: 0 });
  assert.equal(open.interactions.accepted, lines.length + 1);
  assert.equal(open.lastTs, '2100-01-01T00:00:00.000Z');
  assert.ok(open.ticks < base.ticks + 1000, `${open.ticks} steps`);
  assert.deepEqual(open.campaigns.map((c) => [c.id, c.accounts, c.first_flagged_at]), base.campaigns.map((c) => [c.id, c.accounts, c.first_flagged_at]));
});

test('values at the top of the spec ranges and lone surrogates reach analysis.duckdb; campaigns.json is written', { timeout: 120_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const lone = 'acct_\ud800x';
  accounts.push(account(lone));
  const extremes = [
    interaction(90_001, 'org3', T0 + 10 * HOUR, 'big', { input_tokens: 2 ** 31, output_tokens: 2 ** 31 + 7, max_tokens: 2 ** 40, turn: 2 ** 31, conversation_id: 'c-big' }),
    interaction(90_002, 'org4', T0 + 11 * HOUR, 'status', { status: 40_000, reasoning_tokens: 2 ** 33 }),
    interaction(90_003, lone, T0 + 12 * HOUR, 'lone surrogate account'),
  ];
  const outDir = out();
  const summary = await analyze({ datasetDir: writeDataset(accounts, [...lines, ...extremes.map((e) => JSON.stringify(e))]), outDir });
  assert.equal(summary.interactions.quarantined, 0);
  assert.equal(summary.forensics.ok, true);
  assert.ok(existsSync(join(outDir, 'campaigns.json')));
  assert.ok(summary.campaigns.length > 0 && summary.campaigns.every((c) => c.exchanges !== null));
  const db = await DuckDBInstance.create(join(outDir, 'analysis.duckdb'));
  const conn = await db.connect();
  const [row] = (await conn.runAndReadAll(`SELECT max(input_tokens)::DOUBLE AS it, max(output_tokens)::DOUBLE AS ot, max(max_tokens)::DOUBLE AS mt,
    max(turn)::DOUBLE AS turn, max(status)::DOUBLE AS status, max(reasoning_tokens)::DOUBLE AS rt FROM interactions`)).getRowObjectsJS();
  assert.deepEqual(row, { it: 2 ** 31, ot: 2 ** 31 + 7, mt: 2 ** 40, turn: 2 ** 31, status: 40_000, rt: 2 ** 33 });
  const stored = (await conn.runAndReadAll(`SELECT count(*)::INT AS n FROM interactions i JOIN accounts a USING (account_id) WHERE i.account_id = 'acct_\ufffdx'`)).getRowObjectsJS();
  assert.deepEqual(stored, [{ n: 1 }]);
  conn.closeSync();
  db.closeSync();
  // The verdict keeps the account id exactly as it came.
  assert.ok(verdictsOf(outDir).includes('"acct_\\ud800x"'));
});

test('a failing forensic step costs none of the replay outputs and is reported', { timeout: 120_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const outDir = out();
  mkdirSync(join(outDir, 'analysis.duckdb')); // a directory where the database file should go
  writeFileSync(join(outDir, 'analysis.duckdb', 'keep'), 'x');
  const summary = await analyze({ datasetDir: writeDataset(accounts, lines), outDir });
  assert.equal(summary.forensics.ok, false);
  assert.match(summary.forensics.error ?? '', /analysis\.duckdb/);
  for (const f of ['verdicts.jsonl', 'campaigns.json', 'spikes.json']) assert.ok(existsSync(join(outDir, f)), f);
  const campaigns = JSON.parse(readFileSync(join(outDir, 'campaigns.json'), 'utf8')).campaigns;
  assert.ok(campaigns.length > 0);
  assert.ok(summary.flagged > 0);
});

test('a log delivered twice gives the same verdicts as the log once, and the duplicates are counted', { timeout: 180_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const once = await analyze({ datasetDir: writeDataset(accounts, lines), outDir: out(), database: false });
  assert.ok(once.flagged > 0);
  const adjacent = await analyze({ datasetDir: writeDataset(accounts, lines.flatMap((l) => [l, l])), outDir: out(), database: false });
  const appended = await analyze({ datasetDir: writeDataset(accounts, [...lines, ...lines]), outDir: out(), database: false });
  for (const twice of [adjacent, appended]) {
    assert.equal(verdictsOf(twice.outDir), verdictsOf(once.outDir));
    assert.equal(once.duplicates.dropped, 0);
    assert.equal(twice.duplicates.dropped, lines.length);
    assert.equal(twice.interactions.accepted, 2 * lines.length);
    assert.deepEqual(twice.campaigns, once.campaigns);
    const samples = (dir: string): unknown => JSON.parse(readFileSync(join(dir, 'campaigns.json'), 'utf8')).campaigns.map((c: { sample_prompts: unknown }) => c.sample_prompts);
    assert.deepEqual(samples(twice.outDir), samples(once.outDir));
  }
});

test('a long run of invalid lines is quarantined in bounded memory (small heap, worker thread)', { timeout: 120_000 }, () => {
  const { accounts, lines } = replayWorld();
  const dir = writeDataset(accounts, [], false);
  // 240 lines of 1 MB invalid JSON (240 MB) before the good lines, under a 160 MB heap.
  const fd = openSync(join(dir, 'interactions.jsonl'), 'w');
  const bad = Buffer.from('{"id":"x","prompt":"' + 'C'.repeat(1_000_000) + '\n');
  for (let k = 0; k < 240; k++) writeSync(fd, bad);
  writeSync(fd, lines.join('\n') + '\n');
  closeSync(fd);
  const outDir = out();
  const res = spawnSync(process.execPath, ['--max-old-space-size=160', BIN, 'analyze', dir, '--out', outDir, '--no-db', '--json'], { encoding: 'utf8', timeout: 110_000 });
  assert.equal(res.status, 0, res.stderr.slice(-2000));
  const summary = JSON.parse(res.stdout);
  assert.equal(summary.interactions.quarantined, 240);
  assert.equal(summary.interactions.accepted, lines.length);
  const entries = readFileSync(join(outDir, 'quarantine.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(entries.length, 240);
  assert.ok(entries.every((e, k) => e.line === k + 1 && e.reason === 'invalid_json' && e.raw_truncated && e.bytes === bad.length - 1));
});
