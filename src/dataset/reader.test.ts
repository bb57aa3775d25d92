import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Quarantine } from './quarantine.js';
import { RecordReader, readAll } from './reader.js';
import { JsonlWriter } from './writer.js';
import type { Interaction } from './types.js';

function interaction(over: Partial<Interaction> = {}): Interaction {
  return {
    id: 'r1', ts: '2026-04-22T13:45:12.345Z', account_id: 'a1', api_key_id: 'k1', ip: '203.0.113.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: 't13d1516h2_8daaf6152771_02713d6af862', endpoint: '/v1/messages', model: 'frontier-4', conversation_id: 'c1', turn: 1,
    system: null, prompt: 'hello', tool_names: null, response: null, input_tokens: 10, output_tokens: 20, reasoning_tokens: null,
    max_tokens: 1024, temperature: 0.7, stream: false, status: 200, latency_ms: 900, ...over,
  };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'dg-reader-'));

function quarantined(dir: string): { file: string; line: number; reason: string; detail: string }[] {
  return readFileSync(join(dir, 'quarantine.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
}

test('reads valid lines and quarantines each kind of bad line with file, line and reason', async () => {
  const dir = tmp();
  const good = JSON.stringify(interaction());
  const lines: (string | Buffer)[] = [
    good,
    '{"id": "r2", "ts": "2026-04-22T13:45:12Z"', // truncated JSON
    JSON.stringify(interaction({ id: 'r3', input_tokens: 'ten' as unknown as number })), // wrong type
    JSON.stringify({ ...interaction({ id: 'r4' }), account_id: undefined }), // missing field
    JSON.stringify(interaction({ id: 'r5', ts: '2026-13-45T99:00:00Z' })), // invalid timestamp
    JSON.stringify(interaction({ id: 'r6', ip: '300.1.2.3' })), // invalid IP
    Buffer.concat([Buffer.from('{"id":"r7","prompt":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]), // bad UTF-8
    JSON.stringify(interaction({ id: 'r8', prompt: 'x'.repeat(5000) })), // too long for the limit below
    '[1,2,3]', // not an object
    '',
    JSON.stringify(interaction({ id: 'r9', ts: '2026-04-22T15:45:12+02:00' })), // offset: normalised to Z
  ];
  const body = Buffer.concat(lines.map((l) => Buffer.concat([typeof l === 'string' ? Buffer.from(l) : l, Buffer.from('\n')])));
  writeFileSync(join(dir, 'interactions.jsonl'), body);
  const q = new Quarantine(dir);
  const reader = new RecordReader(join(dir, 'interactions.jsonl'), 'interactions', { quarantine: q, maxLineBytes: 4096, batchSize: 2 });
  const got: Interaction[] = [];
  for await (const r of reader) got.push(r);
  await q.close();
  assert.deepEqual(got.map((r) => r.id), ['r1', 'r9']);
  assert.equal(got[1]?.ts, '2026-04-22T13:45:12.000Z');
  assert.deepEqual(reader.stats, { file: join(dir, 'interactions.jsonl'), read: 10, accepted: 2, quarantined: 8 });
  const q2 = quarantined(dir);
  assert.deepEqual(q2.map((e) => [e.line, e.reason]), [
    [2, 'invalid_json'], [3, 'wrong_type'], [4, 'missing_field'], [5, 'invalid_timestamp'], [6, 'invalid_ip'],
    [7, 'invalid_utf8'], [8, 'line_too_long'], [9, 'not_an_object'],
  ]);
  assert.ok(q2.every((e) => e.file === 'interactions.jsonl'));
  assert.deepEqual(q.reasons()['invalid_json'], 1);
});

test('an absurdly long line spanning many chunks is quarantined without stopping the run', async () => {
  const dir = tmp();
  const huge = '{"id":"' + 'y'.repeat(3 << 20) + '"}';
  writeFileSync(join(dir, 'interactions.jsonl'), [JSON.stringify(interaction({ id: 'a' })), huge, JSON.stringify(interaction({ id: 'b' }))].join('\n'));
  const q = new Quarantine(dir);
  const { records, stats } = await readAll(join(dir, 'interactions.jsonl'), 'interactions', { quarantine: q, maxLineBytes: 1 << 20 });
  await q.close();
  assert.deepEqual(records.map((r) => r.id), ['a', 'b']);
  assert.equal(stats.quarantined, 1);
  const [entry] = quarantined(dir) as unknown as [{ line: number; reason: string; bytes: number; raw_truncated: boolean }];
  assert.equal(entry.line, 2);
  assert.equal(entry.reason, 'line_too_long');
  assert.equal(entry.bytes, huge.length);
});

test('gzip round trip through the writer, and a truncated gzip final line is quarantined', async () => {
  const dir = tmp();
  const path = join(dir, 'interactions.jsonl.gz');
  const w = new JsonlWriter<Interaction>(path);
  for (let i = 0; i < 10_000; i++) await w.write(interaction({ id: `r${i}`, prompt: `prompt number ${i} ünïcødé 漢字` }));
  await w.close();
  const { records, stats } = await readAll(path, 'interactions');
  assert.equal(records.length, 10_000);
  assert.equal(records[9999]?.prompt, 'prompt number 9999 ünïcødé 漢字');
  assert.equal(stats.quarantined, 0);

  // A file cut mid-line (no trailing newline, incomplete JSON) still yields the complete lines before it.
  const cut = JSON.stringify(interaction({ id: 'ok' })) + '\n' + JSON.stringify(interaction({ id: 'cut' })).slice(0, 40);
  writeFileSync(join(dir, 'cut.jsonl.gz'), gzipSync(cut));
  const q = new Quarantine(dir);
  const res = await readAll(join(dir, 'cut.jsonl.gz'), 'interactions', { quarantine: q });
  await q.close();
  assert.deepEqual(res.records.map((r) => r.id), ['ok']);
  assert.equal(res.stats.quarantined, 1);
  assert.equal(quarantined(dir)[0]?.reason, 'invalid_json');
});

test('absent nullable fields are normalised to null; unknown fields are kept', async () => {
  const dir = tmp();
  const rec: Record<string, unknown> = { ...interaction(), extra_field: 42 };
  delete rec.tls_ja4;
  delete rec.reasoning_tokens;
  writeFileSync(join(dir, 'interactions.jsonl'), JSON.stringify(rec) + '\n');
  const { records } = await readAll(join(dir, 'interactions.jsonl'), 'interactions');
  assert.equal(records[0]?.tls_ja4, null);
  assert.equal(records[0]?.reasoning_tokens, null);
  assert.equal((records[0] as unknown as Record<string, unknown>).extra_field, 42);
});

test('reads parquet exports, with timestamp columns and bad rows quarantined', async () => {
  const dir = tmp();
  const src = join(dir, 'src.jsonl');
  writeFileSync(src, [interaction({ id: 'p1' }), interaction({ id: 'p2', ip: 'not-an-ip' }), interaction({ id: 'p3', ts: '2026-05-01T00:00:00.250Z' })].map((r) => JSON.stringify(r)).join('\n') + '\n');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  const out = join(dir, 'interactions.parquet');
  await conn.run(`COPY (SELECT * REPLACE (ts::TIMESTAMP AS ts, input_tokens::BIGINT AS input_tokens) FROM read_json('${src}', format='newline_delimited', columns={id:'VARCHAR', ts:'VARCHAR', account_id:'VARCHAR', api_key_id:'VARCHAR', ip:'VARCHAR', user_agent:'VARCHAR', tls_ja4:'VARCHAR', endpoint:'VARCHAR', model:'VARCHAR', conversation_id:'VARCHAR', turn:'INTEGER', system:'VARCHAR', prompt:'VARCHAR', tool_names:'VARCHAR[]', response:'VARCHAR', input_tokens:'INTEGER', output_tokens:'INTEGER', reasoning_tokens:'INTEGER', max_tokens:'INTEGER', temperature:'DOUBLE', stream:'BOOLEAN', status:'INTEGER', latency_ms:'INTEGER'})) TO '${out}' (FORMAT parquet)`);
  conn.closeSync();
  db.closeSync();
  const q = new Quarantine(dir);
  const { records, stats } = await readAll(out, 'interactions', { quarantine: q });
  await q.close();
  assert.deepEqual(records.map((r) => r.id), ['p1', 'p3']);
  assert.equal(records[0]?.ts, '2026-04-22T13:45:12.345Z');
  assert.equal(records[1]?.ts, '2026-05-01T00:00:00.250Z');
  assert.equal(records[0]?.input_tokens, 10);
  assert.equal(stats.quarantined, 1);
  assert.equal(quarantined(dir)[0]?.reason, 'invalid_ip');
});

test('the share of the file read grows to one, for plain and gzip files (progress bars)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-frac-'));
  // Random text, so the gzip file spans several compressed slices too.
  const text = Array.from({ length: 24_000 }, (_, i) => `not json ${i} ${randomBytes(90).toString('hex')}`).join('\n') + '\n';
  writeFileSync(join(dir, 'plain.jsonl'), text);
  writeFileSync(join(dir, 'packed.jsonl.gz'), gzipSync(text));
  for (const name of ['plain.jsonl', 'packed.jsonl.gz']) {
    const reader = new RecordReader(join(dir, name), 'interactions', { quarantine: { add: async () => undefined } });
    assert.equal(reader.fraction(), null, 'unknown before reading');
    const seen: number[] = [];
    for await (const _batch of reader.batches()) seen.push(reader.fraction()!);
    assert.ok(seen.length > 2, `${name}: ${seen.length} batches`);
    assert.ok(seen.some((f) => f > 0 && f < 1), `${name}: some batch mid-file (${seen.join(', ')})`);
    for (let i = 1; i < seen.length; i++) assert.ok(seen[i]! >= seen[i - 1]!, `${name}: never goes back`);
    assert.equal(reader.fraction(), 1, `${name}: whole file read`);
  }
});
