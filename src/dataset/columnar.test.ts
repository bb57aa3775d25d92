/**
 * The DuckDB read path (RecordReader.engineBatches) against the Node path (batches) on the same files: the same
 * records (the engine's fields), the same quarantine entries (file, line, reason, detail) and the same counts, for
 * each kind of line the spec rejects or DuckDB reads more leniently than the spec, placed after a clean stretch that
 * DuckDB must take itself; and for JSON lines, gzip, Parquet and damaged files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DuckDBInstance } from '@duckdb/node-api';
import { ENGINE_FIELDS, type EngineRecord } from './columnar.js';
import { Quarantine, type QuarantineEntry } from './quarantine.js';
import { RecordReader } from './reader.js';
import type { Interaction } from './types.js';

const T0 = Date.parse('2026-04-22T00:00:00Z');

function interaction(k: number, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: `r${k}`, ts: new Date(T0 + k * 1000).toISOString(), account_id: `a${k % 7}`, api_key_id: null, ip: `203.0.113.${k % 200}`,
    user_agent: 'OpenAI/Python 1.40.0', tls_ja4: k % 3 ? 't13d1516h2_8daaf6152771_02713d6af862' : null, endpoint: '/v1/chat/completions',
    model: 'frontier-4', conversation_id: k % 2 ? `c${k % 9}` : null, turn: k % 2 ? 1 + (k % 3) : null, system: k % 5 ? null : 'Be brief.',
    prompt: `Question ${k}: how many "pencils" \\ does a shop sell — café ☕ 𝔸?`, tool_names: k % 11 ? null : ['search', 'python'],
    response: 'x'.repeat(200), input_tokens: 10 + k, output_tokens: 20, reasoning_tokens: k % 4 ? null : 5, max_tokens: k % 6 ? 1024 : null,
    temperature: 0.7, stream: false, status: 200, latency_ms: 900, ...over,
  };
}

const line = (k: number, over: Record<string, unknown> = {}): string => JSON.stringify(interaction(k, over));

/** Clean lines 0..n-1 with blank, whitespace-only and CRLF lines among them. */
function cleanLines(from: number, n: number): string[] {
  const out: string[] = [];
  for (let k = from; k < from + n; k++) {
    out.push(k % 97 === 0 ? line(k) + '\r' : line(k));
    if (k % 113 === 0) out.push('');
    if (k % 131 === 0) out.push(' \t ');
  }
  return out;
}

type Mode = 'duckdb' | 'node';

async function read(path: string, mode: Mode, options: { maxLineBytes?: number; maxTimeSkewDays?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'dg-columnar-q-'));
  const quarantine = new Quarantine(dir);
  const reader = new RecordReader(path, 'interactions', { quarantine, batchSize: 500, ...options });
  const records: EngineRecord[] = [];
  const batches = mode === 'duckdb' ? reader.engineBatches() : reader.batches();
  for await (const batch of batches) for (const r of batch) records.push(Object.fromEntries(ENGINE_FIELDS.map((f) => [f, r[f]])) as EngineRecord);
  await quarantine.close();
  let entries: QuarantineEntry[] = [];
  try {
    entries = readFileSync(quarantine.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
  } catch {
    // Nothing quarantined.
  }
  return { records, entries, stats: { ...reader.stats }, duckdb: reader.duckdbRecords };
}

/** Both paths over one file: identical results; returns the DuckDB path's count of records DuckDB took. */
async function same(path: string, options: { maxLineBytes?: number; maxTimeSkewDays?: number } = {}): Promise<number> {
  const node = await read(path, 'node', options);
  const duck = await read(path, 'duckdb', options);
  assert.deepEqual(duck.stats, node.stats, 'counts');
  assert.deepEqual(duck.entries, node.entries, 'quarantine entries');
  assert.equal(duck.records.length, node.records.length, 'records');
  for (let k = 0; k < node.records.length; k++) assert.deepEqual(duck.records[k], node.records[k], `record ${k}`);
  return duck.duckdb;
}

function write(lines: string[], name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dg-columnar-'));
  const body = lines.join('\n') + '\n';
  const path = join(dir, name);
  writeFileSync(path, name.endsWith('.gz') ? gzipSync(body) : body);
  return path;
}

/**
 * Lines the spec rejects, or accepts in a form DuckDB reads differently; each goes after 1,500 clean records. Those
 * DuckDB finds malformed itself stop its whole read (a small file is one block): the Node path reads the file.
 */
const MALFORMED = new Set(['not an object', 'broken JSON', 'repeated key (the last one counts)', 'lone surrogate', 'two records on one line']);
const TRICKY: Record<string, string> = {
  'id as a number': line(9000, { id: 5 }),
  'count as a string': line(9000, { input_tokens: '12' }),
  'count as 12.0 (an integer to JSON.parse)': line(9000).replace('"input_tokens":9010', '"input_tokens":9010.0'),
  'negative count': line(9000, { output_tokens: -1 }),
  'count past 2^53': line(9000).replace('"input_tokens":9010', '"input_tokens":9007199254740993'),
  'temperature 1e400': line(9000).replace('"temperature":0.7', '"temperature":1e400'),
  'temperature as a string': line(9000, { temperature: '0.7' }),
  'stream as 0': line(9000, { stream: 0 }),
  'tool names with a number': line(9000, { tool_names: ['a', 1] }),
  'tool names as a string': line(9000, { tool_names: 'search' }),
  'response as an object': line(9000, { response: { text: 'hi' } }),
  'endpoint missing': JSON.stringify({ ...interaction(9000), endpoint: undefined }),
  'prompt null': line(9000, { prompt: null }),
  'impossible date': line(9000, { ts: '2026-02-31T00:00:00Z' }),
  'timestamp with an offset': line(9000, { ts: '2026-04-22T02:00:00+02:00' }),
  'invalid address': line(9000, { ip: '999.1.1.1' }),
  'not an object': '[1, 2, 3]',
  'broken JSON': '{"id": "r9000", "ts": ',
  'repeated key (the last one counts)': line(9000).replace('{"id":"r9000"', '{"id":"r8999","id":"r9000"'),
  'an extra field': line(9000, { extra: { nested: [1, 2] } }),
  'lone surrogate': line(9000, { prompt: 'broken \ud800 text', account_id: 'acct_\udc00' }),
  'escaped control characters': line(9000, { prompt: 'tab\there\u0001\u001f "q"' }),
  'two records on one line': `${line(9000)} ${line(9001)}`,
};

for (const [name, tricky] of Object.entries(TRICKY)) {
  test(`DuckDB and Node read alike: ${name}, after a clean stretch`, { timeout: 60_000 }, async () => {
    const lines = [...cleanLines(0, 1500), tricky, ...cleanLines(1500, 300)];
    for (const file of ['interactions.jsonl', 'interactions.jsonl.gz']) {
      const took = await same(write(lines, file));
      if (!MALFORMED.has(name)) assert.ok(took >= 1500, `${file}: DuckDB took the clean stretch (${took})`);
    }
  });
}

test('DuckDB and Node read alike: an invalid UTF-8 line and an over-long line', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-columnar-'));
  const path = join(dir, 'interactions.jsonl');
  const head = Buffer.from(cleanLines(0, 1500).join('\n') + '\n');
  writeFileSync(path, Buffer.concat([head, Buffer.from(line(9000).replace('Question', 'Qu\u00e9stion'), 'latin1'), Buffer.from('\n' + cleanLines(1500, 200).join('\n') + '\n')]));
  await same(path);
  const long = write([...cleanLines(0, 1500), line(9000, { response: 'y'.repeat(20_000) }), ...cleanLines(1500, 200)], 'interactions.jsonl');
  assert.ok((await same(long, { maxLineBytes: 10_000 })) >= 1500);
});

test('DuckDB and Node read alike: implausible times early (reference sample) and late', { timeout: 60_000 }, async () => {
  const far = line(9000, { ts: '2199-01-01T00:00:00Z' });
  const early = [...cleanLines(0, 300), far, ...cleanLines(300, 1500)];
  assert.equal(await same(write(early, 'interactions.jsonl')), 0, 'DuckDB cannot vouch for the reference sample');
  const late = [...cleanLines(0, 1500), far, ...cleanLines(1500, 300)];
  assert.ok((await same(write(late, 'interactions.jsonl'))) >= 1500);
  // With the rule off, the far record is an ordinary one.
  assert.equal(await same(write(late, 'interactions.jsonl'), { maxTimeSkewDays: 0 }), 1801);
  // A file shorter than the reference sample.
  assert.equal(await same(write(cleanLines(0, 50), 'interactions.jsonl')), 50);
});

test('DuckDB and Node read alike: a clean file is read by DuckDB alone, a byte-order mark by Node', { timeout: 60_000 }, async () => {
  const lines = cleanLines(0, 5000);
  assert.equal(await same(write(lines, 'interactions.jsonl.gz')), 5000);
  const bom = write(lines, 'interactions.jsonl');
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(bom)]));
  assert.equal(await same(bom), 0);
});

test('DuckDB and Node read alike: a gzip file cut short, an empty .gz and a text file named .gz', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-columnar-'));
  const gz = gzipSync(cleanLines(0, 20_000).join('\n') + '\n', { level: 1 });
  const cut = join(dir, 'interactions.jsonl.gz');
  writeFileSync(cut, gz.subarray(0, Math.floor(gz.length * 0.6)));
  await same(cut);
  const empty = join(mkdtempSync(join(tmpdir(), 'dg-columnar-')), 'interactions.jsonl.gz');
  writeFileSync(empty, '');
  await same(empty);
  const text = join(mkdtempSync(join(tmpdir(), 'dg-columnar-')), 'interactions.jsonl.gz');
  writeFileSync(text, cleanLines(0, 10).join('\n'));
  await same(text);
});

async function toParquet(jsonl: string, select: string): Promise<string> {
  const path = jsonl.replace(/\.jsonl$/, '.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    await conn.run(`COPY (SELECT ${select} FROM read_json('${jsonl}', format = 'newline_delimited')) TO '${path}' (FORMAT parquet)`);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
  return path;
}

test('DuckDB and Node read alike: Parquet, clean, with a TIMESTAMP column, and with rows the spec rejects', { timeout: 60_000 }, async () => {
  const clean = write(cleanLines(0, 3000), 'interactions.jsonl');
  assert.equal(await same(await toParquet(clean, `* REPLACE (CAST(api_key_id AS VARCHAR) AS api_key_id, strftime(ts, '%Y-%m-%dT%H:%M:%S.%gZ') AS ts)`)), 3000);
  assert.equal(await same(await toParquet(write(cleanLines(0, 3000), 'interactions.jsonl'), `* REPLACE (CAST(api_key_id AS VARCHAR) AS api_key_id, CAST(ts AS TIMESTAMP) AS ts)`)), 3000);
  const bad = [...cleanLines(0, 1500), line(9000, { input_tokens: -5 }), line(9001, { ip: 'nowhere' }), ...cleanLines(1500, 300)];
  assert.ok((await same(await toParquet(write(bad, 'interactions.jsonl'), `* REPLACE (CAST(api_key_id AS VARCHAR) AS api_key_id, strftime(ts, '%Y-%m-%dT%H:%M:%S.%gZ') AS ts)`))) >= 1500);
  // A schema the fast path does not vouch for (counts as text): Node reads it all, with its reasons.
  assert.equal(await same(await toParquet(write(cleanLines(0, 200), 'interactions.jsonl'), `* REPLACE (CAST(api_key_id AS VARCHAR) AS api_key_id, strftime(ts, '%Y-%m-%dT%H:%M:%S.%gZ') AS ts, CAST(status AS VARCHAR) AS status)`)), 0);
});

test('a whole Interaction passes for an EngineRecord (the Node path feeds the same code)', () => {
  const i = interaction(1) as unknown as Interaction;
  const r: EngineRecord = i;
  assert.equal(r.id, 'r1');
});
