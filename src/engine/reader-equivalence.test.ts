/**
 * `analyze --reader duckdb` and `--reader node` on the same world give byte-identical outputs (verdicts.jsonl,
 * campaigns.json, spikes.json, quarantine.jsonl), in this thread and through the observe worker, from JSON lines
 * (with a wrong-typed line, a malformed line, a repeated log line and an implausible time) and from Parquet; and the
 * same with the text signals computed by a pool of text workers (text-pool.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { analyze } from './analyze.js';
import type { ReaderKind } from './observation-source.js';
import { interaction, replayWorld } from './replay-world.fixture.js';

const OUTPUTS = ['verdicts.jsonl', 'campaigns.json', 'spikes.json', 'quarantine.jsonl'];

function world(): string {
  const { accounts, lines } = replayWorld((k, who, ts) => {
    if (k === 4000) return [JSON.stringify(interaction(90_000, who, ts, 'a count as text', { input_tokens: '12' as unknown as number }))];
    if (k === 4500) return ['{"id": "r90001", "ts": '];
    if (k === 4600) return [JSON.stringify(interaction(4599, who, ts - 60_000, 'a log line delivered twice'))];
    if (k === 4700) return [JSON.stringify(interaction(90_002, who, Date.parse('2199-01-01T00:00:00Z'), 'far away'))];
    return [];
  });
  const dir = mkdtempSync(join(tmpdir(), 'dg-readers-'));
  writeFileSync(join(dir, 'accounts.jsonl'), accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  writeFileSync(join(dir, 'interactions.jsonl.gz'), gzipSync(lines.join('\n') + '\n'));
  return dir;
}

async function run(datasetDir: string, reader: ReaderKind, parallel: boolean, textWorkers = 0): Promise<{ dir: string; summary: Awaited<ReturnType<typeof analyze>> }> {
  const dir = mkdtempSync(join(tmpdir(), `dg-readers-${reader}-`));
  const summary = await analyze({ datasetDir, outDir: dir, database: false, reader, parallel, textWorkers });
  return { dir, summary };
}

function sameOutputs(a: string, b: string): void {
  for (const name of OUTPUTS) {
    assert.equal(existsSync(join(a, name)), existsSync(join(b, name)), name);
    if (existsSync(join(a, name))) assert.equal(readFileSync(join(b, name), 'utf8'), readFileSync(join(a, name), 'utf8'), name);
  }
}

test('analyze: the DuckDB and Node readers give identical outputs on JSON lines, in process and in the worker', { timeout: 240_000 }, async () => {
  const dataset = world();
  const node = await run(dataset, 'node', false);
  assert.equal(node.summary.interactions.quarantined, 3, 'wrong type, malformed, implausible time');
  assert.equal(node.summary.duplicates.dropped, 1);
  assert.ok(node.summary.flagged > 0, 'the campaign is found');
  for (const [reader, parallel, textWorkers] of [['duckdb', false, 0], ['duckdb', true, 0], ['node', true, 0], ['node', true, 3], ['duckdb', true, 2]] as const) {
    const other = await run(dataset, reader, parallel, textWorkers);
    sameOutputs(node.dir, other.dir);
    assert.deepEqual(other.summary.interactions, node.summary.interactions, `${reader} ${parallel} ${textWorkers}`);
    assert.deepEqual(other.summary.duplicates, node.summary.duplicates);
  }
});

test('analyze: the DuckDB and Node readers give identical outputs on Parquet', { timeout: 240_000 }, async () => {
  const { accounts, lines } = replayWorld();
  const dir = mkdtempSync(join(tmpdir(), 'dg-readers-pq-'));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'accounts.jsonl'), accounts.map((a) => JSON.stringify(a)).join('\n') + '\n');
  const jsonl = join(tmpdir(), `dg-readers-${process.pid}.jsonl`);
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    // Typed as a provider's log would be: timestamps as TIMESTAMP, counts as integers, absent values as NULLs.
    const columns = "{id: 'VARCHAR', ts: 'TIMESTAMP', account_id: 'VARCHAR', api_key_id: 'VARCHAR', ip: 'VARCHAR', user_agent: 'VARCHAR', tls_ja4: 'VARCHAR', endpoint: 'VARCHAR', model: 'VARCHAR', conversation_id: 'VARCHAR', turn: 'INTEGER', system: 'VARCHAR', prompt: 'VARCHAR', tool_names: 'VARCHAR[]', response: 'VARCHAR', input_tokens: 'INTEGER', output_tokens: 'INTEGER', reasoning_tokens: 'INTEGER', max_tokens: 'INTEGER', temperature: 'DOUBLE', stream: 'BOOLEAN', status: 'SMALLINT', latency_ms: 'INTEGER'}";
    await conn.run(`COPY (SELECT * FROM read_json('${jsonl}', format = 'newline_delimited', columns = ${columns})) TO '${join(dir, 'interactions.parquet')}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  const node = await run(dir, 'node', false);
  assert.equal(node.summary.interactions.accepted, lines.length);
  assert.ok(node.summary.flagged > 0);
  const duck = await run(dir, 'duckdb', true);
  sameOutputs(node.dir, duck.dir);
  assert.deepEqual(duck.summary.interactions, node.summary.interactions);
});
