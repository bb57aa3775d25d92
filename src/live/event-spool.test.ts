import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EventSpool, type SpoolRecord } from './event-spool.js';

const rec = (i: number, size = 100): SpoolRecord => ({ subj: 'dg.events.0', id: `i:${i}`, data: 'x'.repeat(size) });

function withDir(fn: (dir: string) => Promise<void>): () => Promise<void> {
  return async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dg-spool-unit-'));
    try {
      await fn(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

test('concurrent appends share group commits and roll over into bounded segments', withDir(async (dir) => {
  const s = await EventSpool.open({ dir, maxBytes: 1 << 20, segmentBytes: 8192, full: 'drop-oldest' });
  const results = await Promise.all(Array.from({ length: 400 }, (_, i) => s.append([rec(i)])));
  assert.ok(results.every(Boolean));
  assert.equal(s.events, 400);
  assert.ok(s.stats.commits < 400, `group commit: ${s.stats.commits} commits for 400 appends`);
  const files = readdirSync(dir);
  assert.ok(files.length > 4);
  for (const f of files) assert.ok(statSync(join(dir, f)).size <= 8192, f);
  await s.close();
}));

test('drop-newest keeps what is spooled and refuses the rest, counted', withDir(async (dir) => {
  const caps: number[] = [];
  const s = await EventSpool.open({ dir, maxBytes: 64 * 1024, segmentBytes: 8192, full: 'drop-newest', onCap: (e) => caps.push(e.events) });
  let kept = 0;
  for (let i = 0; i < 1000; i++) if (await s.append([rec(i)])) kept++;
  assert.ok(kept > 0 && kept < 1000);
  assert.equal(s.stats.dropped, 1000 - kept);
  assert.equal(caps.reduce((a, b) => a + b, 0), 1000 - kept);
  assert.ok(s.bytes <= 64 * 1024);
  const ids = await s.ids();
  assert.ok(ids.has('i:0') && !ids.has('i:999'), 'the oldest stay');
  await s.close();
}));

test('a drain interrupted by a failure resumes after the acknowledged lines; torn lines are skipped and reported', withDir(async (dir) => {
  writeFileSync(join(dir, 'events-spool.jsonl'), [rec(1), rec(2), rec(3)].map((r) => JSON.stringify(r)).join('\n') + '\n{"subj":"dg.ev');
  const corrupt: number[] = [];
  const s = await EventSpool.open({ dir, maxBytes: 1 << 20, full: 'drop-oldest', onCorrupt: (_f, line) => corrupt.push(line) });
  assert.equal(s.events, 4, 'the torn last line counts until it is read');
  await s.append([rec(4), rec(5)]);
  const seen: string[] = [];
  let fail = true;
  const send = async (batch: SpoolRecord[]) => {
    if (fail && batch.some((r) => r.id === 'i:4')) {
      fail = false;
      return batch;
    }
    seen.push(...batch.map((r) => r.id));
    return [];
  };
  await s.drain(send, 1);
  assert.deepEqual(seen, ['i:1', 'i:2', 'i:3']);
  assert.equal(s.events, 2);
  await s.drain(send, 1);
  assert.deepEqual(seen, ['i:1', 'i:2', 'i:3', 'i:4', 'i:5'], 'nothing resent twice, nothing skipped');
  assert.deepEqual(corrupt, [4]);
  assert.equal(s.events, 0);
  assert.deepEqual(readdirSync(dir), []);
  await s.close();
}));
