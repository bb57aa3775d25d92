/**
 * The reader on damaged files and edge-case lines: cut or empty gzip, a text file named .parquet, a byte-order mark,
 * impossible calendar dates, over-long lines, and timestamps implausibly far from the rest of the file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Quarantine, type QuarantineEntry } from './quarantine.js';
import { readAll } from './reader.js';
import type { Interaction } from './types.js';

function interaction(over: Partial<Interaction> = {}): Interaction {
  return {
    id: 'r1', ts: '2026-04-22T13:45:12.345Z', account_id: 'a1', api_key_id: 'k1', ip: '203.0.113.7', user_agent: 'OpenAI/Python 1.40.0',
    tls_ja4: null, endpoint: '/v1/messages', model: 'frontier-4', conversation_id: 'c1', turn: 1, system: null, prompt: 'hello',
    tool_names: null, response: null, input_tokens: 10, output_tokens: 20, reasoning_tokens: null, max_tokens: 1024, temperature: 0.7,
    stream: false, status: 200, latency_ms: 900, ...over,
  };
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'dg-damage-'));

function entries(dir: string): QuarantineEntry[] {
  try {
    return readFileSync(join(dir, 'quarantine.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as QuarantineEntry);
  } catch {
    return [];
  }
}

async function read(path: string, options: { maxLineBytes?: number; maxTimeSkewDays?: number } = {}) {
  const dir = tmp();
  const q = new Quarantine(dir);
  const res = await readAll(path, 'interactions', { quarantine: q, ...options });
  await q.close();
  return { ...res, entries: entries(dir) };
}

const lines = (n: number, prefix = 'r'): string => Array.from({ length: n }, (_, k) => JSON.stringify(interaction({ id: `${prefix}${k}` }))).join('\n') + '\n';

test('a gzip file cut short keeps every line before the damage and quarantines the rest with file and offset', async () => {
  const dir = tmp();
  const gz = gzipSync(lines(20_000), { level: 1 });
  const path = join(dir, 'interactions.jsonl.gz');
  writeFileSync(path, gz.subarray(0, Math.floor(gz.length * 0.6)));
  const { records, stats, entries: q } = await read(path);
  assert.ok(records.length > 5_000, `kept ${records.length} lines from before the cut`);
  assert.deepEqual(records.map((r) => r.id), Array.from({ length: records.length }, (_, k) => `r${k}`));
  const damage = q.find((e) => e.reason === 'corrupt_file');
  assert.ok(damage, 'the damage is quarantined');
  assert.equal(damage.file, 'interactions.jsonl.gz');
  assert.match(damage.detail, /unexpected end of file/);
  assert.match(damage.detail, /compressed byte \d+ of \d+/);
  assert.equal(stats.read, stats.accepted + stats.quarantined);
});

test('an empty .gz, a text file named .gz and a text file named .parquet are quarantined by name, not thrown', async () => {
  const dir = tmp();
  writeFileSync(join(dir, 'empty.jsonl.gz'), '');
  writeFileSync(join(dir, 'text.jsonl.gz'), lines(3));
  writeFileSync(join(dir, 'text.parquet'), lines(3));
  for (const [name, pattern] of [['empty.jsonl.gz', /empty file/], ['text.jsonl.gz', /not gzip/], ['text.parquet', /not a Parquet file/]] as const) {
    const { records, stats, entries: q } = await read(join(dir, name));
    assert.equal(records.length, 0, name);
    assert.equal(stats.quarantined, 1, name);
    assert.equal(q[0]?.file, name);
    assert.equal(q[0]?.reason, 'corrupt_file');
    assert.match(q[0]!.detail, pattern);
  }
});

test('valid gzip followed by trailing garbage keeps every line and quarantines the garbage', async () => {
  const dir = tmp();
  const path = join(dir, 'interactions.jsonl.gz');
  writeFileSync(path, Buffer.concat([gzipSync(lines(30_000), { level: 1 }), Buffer.from('garbage after the gzip member')]));
  const { records, entries: q } = await read(path);
  assert.equal(records.length, 30_000);
  assert.equal(q.length, 1);
  assert.equal(q[0]?.reason, 'corrupt_file');
});

test('a UTF-8 byte-order mark does not cost line 1', async () => {
  const dir = tmp();
  for (const name of ['bom.jsonl', 'bom.jsonl.gz']) {
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines(3))]);
    writeFileSync(join(dir, name), name.endsWith('.gz') ? gzipSync(body) : body);
    const { records, entries: q } = await read(join(dir, name));
    assert.deepEqual(records.map((r) => r.id), ['r0', 'r1', 'r2'], name);
    assert.equal(q.length, 0, name);
  }
});

test('impossible calendar dates and 24:00 are invalid timestamps', async () => {
  const dir = tmp();
  const bad = ['2026-02-31T00:00:00Z', '2026-02-29T12:00:00Z', '2026-04-31T00:00:00Z', '2026-04-22T24:00:00Z', '2026-04-22T23:60:00Z', '2026-04-22T10:00:00+24:00'];
  const good = ['2024-02-29T12:00:00Z', '2026-04-30T23:59:59.999Z', '2026-04-22T10:00:00+05:30'];
  writeFileSync(join(dir, 'interactions.jsonl'), [...bad, ...good].map((ts, k) => JSON.stringify(interaction({ id: `t${k}`, ts }))).join('\n') + '\n');
  const { records, entries: q } = await read(join(dir, 'interactions.jsonl'));
  assert.deepEqual(q.map((e) => [e.line, e.reason]), bad.map((_, k) => [k + 1, 'invalid_timestamp']));
  assert.equal(records.length, good.length);
});

test('an over-long line is marked raw_truncated, with its full byte count', async () => {
  const dir = tmp();
  const huge = JSON.stringify(interaction({ id: 'big', prompt: 'A'.repeat(200_000) }));
  writeFileSync(join(dir, 'interactions.jsonl'), lines(1) + huge + '\n' + JSON.stringify(interaction({ id: 'after' })) + '\n');
  const { records, entries: q } = await read(join(dir, 'interactions.jsonl'), { maxLineBytes: 100_000 });
  assert.deepEqual(records.map((r) => r.id), ['r0', 'after']);
  assert.equal(q[0]?.reason, 'line_too_long');
  assert.equal(q[0]?.raw_truncated, true);
  assert.equal(q[0]?.bytes, huge.length);
  assert.ok(q[0]!.raw.length <= 8192);
});

test('a timestamp implausibly far from the rest of the file is quarantined; the window is configurable', async () => {
  const dir = tmp();
  const body = [
    JSON.stringify(interaction({ id: 'past', ts: '0000-01-01T00:00:00Z' })),
    lines(50).trimEnd(),
    JSON.stringify(interaction({ id: 'y2100', ts: '2100-01-01T00:00:00Z' })),
    JSON.stringify(interaction({ id: 'y9999', ts: '9999-12-31T23:59:59Z' })),
    JSON.stringify(interaction({ id: 'nextyear', ts: '2027-04-22T00:00:00Z' })),
  ].join('\n') + '\n';
  writeFileSync(join(dir, 'interactions.jsonl'), body);
  const { records, stats, entries: q } = await read(join(dir, 'interactions.jsonl'));
  assert.deepEqual(q.map((e) => [e.line, e.reason]).sort((a, b) => Number(a[0]) - Number(b[0])), [[1, 'implausible_timestamp'], [52, 'implausible_timestamp'], [53, 'implausible_timestamp']]);
  assert.match(q.find((e) => e.line === 53)!.detail, /9999-12-31/);
  assert.ok(records.some((r) => r.id === 'nextyear'));
  assert.equal(stats.accepted, 51);
  assert.equal(stats.read, stats.accepted + stats.quarantined);
  // A narrower window also drops next year's record; 0 turns the rule off.
  assert.equal((await read(join(dir, 'interactions.jsonl'), { maxTimeSkewDays: 30 })).stats.accepted, 50);
  assert.equal((await read(join(dir, 'interactions.jsonl'), { maxTimeSkewDays: 0 })).stats.accepted, 54);
});
