/**
 * Fuzz test of the dataset reader: generated files mixing valid records (some at the edges of the spec: huge counts,
 * lone surrogates, CRLF, repeated ids) with malformed lines of every kind (truncations, bad bytes, extreme and
 * mistyped values, impossible and implausible dates, huge lines), with a byte-order mark, as .jsonl, .jsonl.gz and a
 * .jsonl.gz cut short. Each run must complete with every bad line quarantined at its file:line with the expected
 * reason, every good line kept, and count in = kept + quarantined.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Quarantine, type QuarantineEntry } from './quarantine.js';
import { RecordReader } from './reader.js';
import type { RejectReason } from './validate.js';

/** Small, seeded PRNG (mulberry32): the same seed gives the same files. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_LINE = 64 * 1024;
const T0 = Date.parse('2026-04-22T00:00:00Z');

type Line = { raw: Buffer; expect: { kind: 'good'; id: string } | { kind: 'bad'; reason: RejectReason } | { kind: 'blank' } };

function record(id: string, ts: number, rnd: () => number): Record<string, unknown> {
  return {
    id, ts: new Date(ts).toISOString(), account_id: `acct_${Math.floor(rnd() * 50)}`, api_key_id: null, ip: `203.0.113.${Math.floor(rnd() * 255)}`,
    user_agent: 'OpenAI/Python 1.40.0', tls_ja4: null, endpoint: '/v1/chat/completions', model: 'frontier-4', conversation_id: null, turn: null,
    system: null, prompt: `question ${id}: ${'why '.repeat(Math.floor(rnd() * 30))}`, tool_names: null, response: null, input_tokens: 100,
    output_tokens: 200, reasoning_tokens: null, max_tokens: 1024, temperature: 0.7, stream: false, status: 200, latency_ms: 800,
  };
}

const json = (o: unknown): Buffer => Buffer.from(JSON.stringify(o));
const withRaw = (o: Record<string, unknown>, field: string, rawValue: string): Buffer =>
  Buffer.from(JSON.stringify({ ...o, [field]: '__RAW__' }).replace('"__RAW__"', rawValue));

/** Valid records, some at the edges of what the spec allows. */
function goodLine(id: string, ts: number, rnd: () => number): Buffer {
  const o = record(id, ts, rnd);
  switch (Math.floor(rnd() * 8)) {
    case 0: return json({ ...o, input_tokens: 2 ** 53 - 1, output_tokens: 2 ** 31, turn: 2 ** 31, status: 99_999, latency_ms: 2 ** 40 });
    case 1: return Buffer.from(JSON.stringify({ ...o, account_id: '__LONE__' }).replace('__LONE__', 'acct_\\ud800x'));
    case 2: return json({ ...o, prompt: 'nul \u0000 inside, emoji 🧪, accents é', extra_field: { nested: [1, 2] } });
    case 3: return Buffer.from(JSON.stringify(o).replace('{', '{"__proto__":{"polluted":1},'));
    case 4: return json({ ...o, ts: new Date(ts).toISOString().replace('Z', '+00:00'), ip: '2001:db8::1' });
    default: return json(o);
  }
}

/** A malformed line and the reason it must be quarantined for. */
function badLine(id: string, ts: number, rnd: () => number): { raw: Buffer; reason: RejectReason } {
  const o = record(id, ts, rnd);
  const full = JSON.stringify(o);
  const kinds: (() => { raw: Buffer; reason: RejectReason })[] = [
    () => ({ raw: Buffer.from(full.slice(0, 1 + Math.floor(rnd() * (full.length - 2)))), reason: 'invalid_json' }),
    () => ({ raw: Buffer.concat([Buffer.from(full.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc0, 0xaf]), Buffer.from(full.slice(40))]), reason: 'invalid_utf8' }),
    () => ({ raw: Buffer.concat([Buffer.from([0xff]), Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 200) }, () => 11 + Math.floor(rnd() * 244)))]), reason: 'invalid_utf8' }),
    () => ({ raw: Buffer.from(full.replace(',"ip"', ',\u0000"ip"')), reason: 'invalid_json' }),
    () => ({ raw: json({ ...o, prompt: 'Z'.repeat(MAX_LINE + Math.floor(rnd() * MAX_LINE)) }), reason: 'line_too_long' }),
    () => ({ raw: json({ ...o, input_tokens: '12' }), reason: 'wrong_type' }),
    () => ({ raw: json({ ...o, output_tokens: -1 }), reason: 'wrong_type' }),
    () => ({ raw: json({ ...o, turn: 1.5 }), reason: 'wrong_type' }),
    () => ({ raw: withRaw(o, 'input_tokens', '1e400'), reason: 'wrong_type' }),
    () => ({ raw: withRaw(o, 'status', '9007199254740993'), reason: 'wrong_type' }),
    () => ({ raw: json({ ...o, tool_names: [1, 2] }), reason: 'wrong_type' }),
    () => ({ raw: json({ ...o, prompt: undefined }), reason: 'missing_field' }),
    () => ({ raw: json({ ...o, ts: ['2026-02-30T00:00:00Z', '2026-04-22T24:00:00Z', '2026-13-01T00:00:00Z', '2026-04-22T10:00:00', ''][Math.floor(rnd() * 5)] }), reason: 'invalid_timestamp' }),
    () => ({ raw: json({ ...o, ts: ['9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z', '2100-01-01T00:00:00Z'][Math.floor(rnd() * 3)] }), reason: 'implausible_timestamp' }),
    () => ({ raw: json({ ...o, ip: ['999.1.1.1', '1.2.3', 'example.com', '01.2.3.4'][Math.floor(rnd() * 4)] }), reason: 'invalid_ip' }),
    () => ({ raw: Buffer.from(['[1,2,3]', 'null', '42', '"text"'][Math.floor(rnd() * 4)]!), reason: 'not_an_object' }),
    () => ({ raw: Buffer.from(full + ' trailing'), reason: 'invalid_json' }),
    () => ({ raw: Buffer.from('['.repeat(5000) + ']'.repeat(5000)), reason: 'not_an_object' }),
  ];
  return kinds[Math.floor(rnd() * kinds.length)]!();
}

function generate(seed: number, count: number): { lines: Line[]; body: Buffer } {
  const rnd = prng(seed);
  const lines: Line[] = [];
  let n = 0;
  while (lines.length < count) {
    const ts = T0 + Math.floor(rnd() * 14 * 86_400_000);
    const r = rnd();
    if (r < 0.25) {
      const { raw, reason } = badLine(`b${n++}`, ts, rnd);
      lines.push({ raw, expect: { kind: 'bad', reason } });
    } else if (r < 0.27) {
      lines.push({ raw: Buffer.alloc(0), expect: { kind: 'blank' } });
    } else if (r < 0.32 && lines.some((l) => l.expect.kind === 'good')) {
      // A repeated good line: the reader keeps both (a replay drops the repeat by id).
      const earlier = lines.filter((l) => l.expect.kind === 'good')[Math.floor(rnd() * 10)] ?? lines.find((l) => l.expect.kind === 'good')!;
      lines.push({ raw: earlier.raw, expect: earlier.expect });
    } else {
      const id = `g${n++}`;
      lines.push({ raw: goodLine(id, ts, rnd), expect: { kind: 'good', id } });
    }
  }
  const parts: Buffer[] = [Buffer.from([0xef, 0xbb, 0xbf])];
  for (const l of lines) parts.push(l.raw, Buffer.from(rnd() < 0.1 ? '\r\n' : '\n'));
  return { lines, body: Buffer.concat(parts) };
}

async function readFile(path: string): Promise<{ ids: string[]; entries: QuarantineEntry[]; stats: { read: number; accepted: number; quarantined: number } }> {
  const dir = mkdtempSync(join(tmpdir(), 'dg-fuzz-q-'));
  const quarantine = new Quarantine(dir);
  const reader = new RecordReader(path, 'interactions', { quarantine, maxLineBytes: MAX_LINE, batchSize: 97 });
  const ids: string[] = [];
  for await (const batch of reader.batches()) for (const r of batch) ids.push(r.id);
  await quarantine.close();
  let entries: QuarantineEntry[] = [];
  try {
    entries = readFileSync(quarantine.path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as QuarantineEntry);
  } catch {
    // No quarantine file: nothing was rejected.
  }
  return { ids, entries, stats: reader.stats };
}

/** Checks a complete read: every good line kept in order, every bad line quarantined at its line with its reason. */
function checkComplete(lines: Line[], name: string, got: Awaited<ReturnType<typeof readFile>>): void {
  const { ids, entries, stats } = got;
  assert.equal(stats.read, stats.accepted + stats.quarantined, 'count in = kept + quarantined');
  assert.deepEqual(ids, lines.flatMap((l) => (l.expect.kind === 'good' ? [l.expect.id] : [])));
  const wanted = lines.flatMap((l, k) => (l.expect.kind === 'bad' ? [[k + 1, l.expect.reason] as const] : []));
  assert.deepEqual(entries.map((e) => [e.line, e.reason]).sort((a, b) => Number(a[0]) - Number(b[0])), wanted.map(([line, reason]) => [line, reason]));
  assert.equal(stats.read, lines.filter((l) => l.expect.kind !== 'blank').length);
  for (const e of entries) {
    assert.equal(e.file, name);
    assert.ok(e.detail.length > 0);
    assert.ok(e.raw.length <= 8192);
    if (e.bytes > 8192 * 3) assert.equal(e.raw_truncated, true, `line ${e.line}`);
  }
}

for (const seed of [1, 2, 3, 4, 5]) {
  test(`fuzzed dataset file, seed ${seed}: every bad line quarantined with file:line and reason, every good line kept`, async () => {
    const { lines, body } = generate(seed, 2500);
    const dir = mkdtempSync(join(tmpdir(), 'dg-fuzz-'));
    writeFileSync(join(dir, 'interactions.jsonl'), body);
    checkComplete(lines, 'interactions.jsonl', await readFile(join(dir, 'interactions.jsonl')));
    const gz = gzipSync(body);
    writeFileSync(join(dir, 'interactions.jsonl.gz'), gz);
    checkComplete(lines, 'interactions.jsonl.gz', await readFile(join(dir, 'interactions.jsonl.gz')));

    // Cut short at a random byte: what came before is kept or quarantined as above, then one entry for the damage.
    const cutDir = mkdtempSync(join(tmpdir(), 'dg-fuzz-cut-'));
    const rnd = prng(seed * 7919);
    writeFileSync(join(cutDir, 'interactions.jsonl.gz'), gz.subarray(0, Math.floor(gz.length * (0.2 + 0.7 * rnd()))));
    const { ids, entries, stats } = await readFile(join(cutDir, 'interactions.jsonl.gz'));
    assert.equal(stats.read, stats.accepted + stats.quarantined);
    const damage = entries.at(-1)!;
    assert.equal(damage.reason, 'corrupt_file');
    assert.match(damage.detail, /interactions\.jsonl\.gz: .* at compressed byte \d+/);
    // Lines wholly before the damage are exactly as in the complete file; the line cut in two is quarantined.
    const before = lines.slice(0, damage.line - 2);
    const goodBefore = before.flatMap((l) => (l.expect.kind === 'good' ? [l.expect.id] : []));
    assert.deepEqual(ids.slice(0, goodBefore.length), goodBefore);
    assert.ok(ids.length <= goodBefore.length + 1);
    const badBefore = before.flatMap((l, k) => (l.expect.kind === 'bad' ? [[k + 1, l.expect.reason]] : []));
    const quarantinedBefore = entries.filter((e) => e.line < damage.line - 1).map((e) => [e.line, e.reason]);
    assert.deepEqual(quarantinedBefore.sort((a, b) => Number(a[0]) - Number(b[0])), badBefore);
  });
}
