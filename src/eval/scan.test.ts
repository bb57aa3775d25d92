/** The interactions pass: fast path vs JSON.parse, chunk boundaries, gzip, unsorted input, quarantine. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Quarantine } from '../dataset/quarantine.js';
import { parseTsBytes, scanInteractions, timesMap } from './scan.js';
import { interaction } from './test-fixtures.js';

const T0 = Date.parse('2026-04-22T00:00:00.000Z');

test('parseTsBytes agrees with Date.parse and refuses other forms', () => {
  for (const s of ['2026-04-22T13:45:12.345Z', '2026-04-22T13:45:12Z', '2026-12-31T23:59:59.9Z', '2026-04-22T13:45:12.123456Z']) {
    assert.equal(parseTsBytes(Buffer.from(s), 0, s.length), Date.parse(s), s);
  }
  for (const s of ['2026-04-22T13:45:12+02:00', '2026-04-22 13:45:12Z', '2026-13-22T13:45:12Z', '2026-04-22T13:45:12.Z', 'x026-04-22T13:45:12Z']) {
    assert.ok(Number.isNaN(parseTsBytes(Buffer.from(s), 0, s.length)), s);
  }
});

test('many lines across chunk boundaries, plain and gzip, give the same per-account sorted times', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-scan-'));
  // 6,000 lines of ~700 bytes: ~4 MB, so 1 MiB read chunks split lines. Times are shuffled.
  const expected = new Map<string, number[]>();
  const lines: string[] = [];
  for (let i = 0; i < 6000; i++) {
    const account = `acct-${(i * 7919) % 37}`;
    const ms = T0 + ((i * 104729) % 6000) * 1000;
    const rec = interaction(`r${i}`, account, ms, `10.0.${i % 3}.${i % 11}`, 'é'.repeat(300) + `"quoted" \\"account_id\\":\\"fake\\"`);
    lines.push(i % 500 === 0 ? JSON.stringify(rec, null, 1).replaceAll('\n', '') : JSON.stringify(rec)); // some lines take the slow path
    expected.set(account, [...(expected.get(account) ?? []), ms]);
  }
  const text = lines.join('\n') + '\n';
  writeFileSync(join(dir, 'interactions.jsonl'), text);
  writeFileSync(join(dir, 'interactions.jsonl.gz'), gzipSync(text));
  for (const name of ['interactions.jsonl', 'interactions.jsonl.gz']) {
    const scan = await scanInteractions(join(dir, name));
    assert.equal(scan.stats.read, 6000, name);
    assert.equal(scan.stats.accepted, 6000, name);
    assert.equal(scan.stats.quarantined, 0, name);
    const times = timesMap(scan);
    assert.equal(times.size, expected.size);
    for (const [account, ts] of expected) assert.deepEqual([...(times.get(account) ?? [])], ts.sort((a, b) => a - b), `${name} ${account}`);
    assert.equal(scan.ips, 33);
    // First use per (IP, account) pair equals the minimum time of that pair.
    const firstByPair = new Map<string, number>();
    lines.forEach((_, i) => {
      const key = `${i % 3}.${i % 11}|acct-${(i * 7919) % 37}`;
      const ms = T0 + ((i * 104729) % 6000) * 1000;
      firstByPair.set(key, Math.min(firstByPair.get(key) ?? Infinity, ms));
    });
    assert.equal(scan.ipUsage.length, firstByPair.size);
  }
});

test('bad lines are quarantined with reasons; a final line without newline is read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-scan-'));
  const good = (i: number) => JSON.stringify(interaction(`r${i}`, 'a', T0 + i, '192.0.2.1'));
  const noIp = interaction('r9', 'a', T0, '1.1.1.1');
  delete noIp.ip;
  const lines = [
    good(1),
    '{"id": "broken',
    JSON.stringify({ ...interaction('r7', 'a', T0, '1.1.1.1'), ts: 'yesterday' }),
    JSON.stringify({ ...interaction('r8', 'a', T0, 'not-an-ip') }),
    JSON.stringify(noIp),
    '',
    '[1,2]',
    good(2),
  ];
  const path = join(dir, 'interactions.jsonl');
  writeFileSync(path, Buffer.concat([Buffer.from(lines.join('\n') + '\n'), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(good(3))]));
  const quarantine = new Quarantine(dir);
  const scan = await scanInteractions(path, { quarantine });
  await quarantine.close();
  assert.equal(scan.stats.accepted, 3);
  assert.equal(scan.stats.quarantined, 6);
  assert.equal(scan.stats.read, 9);
  assert.deepEqual(quarantine.reasons(), { invalid_json: 1, invalid_timestamp: 1, invalid_ip: 1, missing_field: 1, not_an_object: 1, invalid_utf8: 1 });
  const q = readFileSync(quarantine.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number; reason: string });
  assert.deepEqual(q.map((e) => e.line), [2, 3, 4, 5, 7, 9]);
  assert.deepEqual([...(timesMap(scan).get('a') ?? [])], [T0 + 1, T0 + 2, T0 + 3]);
});

test('parquet interactions give the same times as JSONL', async () => {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-scan-'));
  const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify(interaction(`r${i}`, `a${i % 7}`, T0 + ((i * 37) % 300) * 1000, `192.0.2.${i % 5}`)));
  const jsonl = join(dir, 'interactions.jsonl');
  writeFileSync(jsonl, lines.join('\n') + '\n');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (SELECT * FROM read_json('${jsonl}', format='newline_delimited', columns={id:'VARCHAR', ts:'VARCHAR', account_id:'VARCHAR', ip:'VARCHAR', endpoint:'VARCHAR', model:'VARCHAR', prompt:'VARCHAR', input_tokens:'INTEGER', output_tokens:'INTEGER', status:'INTEGER'})) TO '${join(dir, 'interactions.parquet')}' (FORMAT parquet)`);
  conn.closeSync();
  db.closeSync();
  const a = await scanInteractions(jsonl);
  const b = await scanInteractions(join(dir, 'interactions.parquet'));
  assert.equal(b.stats.accepted, 300);
  assert.deepEqual(timesMap(b), timesMap(a));
  assert.equal(b.ipUsage.length, a.ipUsage.length);
});

test('lines over the length limit are quarantined, also when they span read chunks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-eval-scan-'));
  const lines: string[] = [];
  let long = 0;
  for (let i = 0; i < 3000; i++) {
    const huge = i === 1500 ? 'z'.repeat(3 << 20) : i % 100 === 7 ? 'y'.repeat(5000) : 'x';
    if (huge.length > 1) long++;
    lines.push(JSON.stringify(interaction(`r${i}`, `a${i % 3}`, T0 + i, '192.0.2.1', huge)));
  }
  const path = join(dir, 'interactions.jsonl');
  writeFileSync(path, lines.join('\n')); // no final newline
  const quarantine = new Quarantine(dir);
  const scan = await scanInteractions(path, { quarantine, maxLineBytes: 2000 });
  await quarantine.close();
  assert.equal(long, 31);
  assert.equal(scan.stats.quarantined, long);
  assert.equal(scan.stats.accepted, 3000 - long);
  assert.deepEqual(quarantine.reasons(), { line_too_long: long });
  const q = readFileSync(quarantine.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { line: number });
  assert.ok(q.some((e) => e.line === 1501));
});
