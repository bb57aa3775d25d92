/** The cluster messages' codec, parts and Inbox: a message delivered twice is handled once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountShard, artefactShard, decodeMessage, encodeMessage, Inbox, MAX_PART_BYTES, split, type ClusterMessage } from './messages.js';

test('a large message travels in parts and is whole again at the receiver', () => {
  const touches = Array.from({ length: 7000 }, (_, i) => ({ t: 'item' as const, seq: i, sub: 0, ts: 1, account: `a${i}`, item: i }));
  const parts = split('touches', 3_600_000, 1, 0, { touches });
  assert.equal(parts.length, 3);
  const inbox = new Inbox();
  for (const p of parts.reverse()) assert.equal(inbox.add(decodeMessage(encodeMessage(p))), true);
  assert.equal(inbox.complete('touches', 3_600_000, 2), false, 'one sender of two');
  assert.equal(inbox.add(decodeMessage(encodeMessage(split('touches', 3_600_000, 0, 0, { touches: [] })[0]!))), true);
  const got = inbox.take('touches', 3_600_000, 2)!;
  assert.deepEqual(got.flatMap((m) => (m.kind === 'touches' ? m.touches : [])).map((t) => ('seq' in t ? t.seq : -1)), Array.from({ length: 7000 }, (_, i) => i));
});

test('a redelivered message is dropped by id', () => {
  const inbox = new Inbox();
  const [m] = split('step', 7, 0, 1, { hot: [1, 2] });
  assert.equal(inbox.add(m!), true);
  assert.equal(inbox.add(decodeMessage(encodeMessage(m!))), false);
  assert.equal(inbox.take('step', 7, 1)!.length, 1);
});

test('partitions are stable and spread', () => {
  assert.equal(accountShard('acct-1', 4), accountShard('acct-1', 4));
  const counts = [0, 0, 0, 0];
  for (let i = 0; i < 4000; i++) counts[artefactShard({ t: 'link', seq: 0, sub: 0, ts: 0, account: 'a', type: 'ip', key: `10.0.${i >> 8}.${i & 255}` }, 4)]!++;
  for (const c of counts) assert.ok(c > 800 && c < 1200, `ip keys spread over shards: ${counts}`);
  // A sign-up burst lives with its domain's other hours.
  assert.equal(artefactShard({ t: 'reg', type: 'signup-burst', key: 'x.net|100' }, 8), artefactShard({ t: 'dom', domain: 'x.net', hour: 5 }, 8));
});

test('parts are cut by encoded size too: large items travel in more parts, each under the bound, in order', () => {
  // 300 snapshots of ~8 KB each (an account that kept many items in one step) make 2.4 MB in one count-bounded part.
  const states = Array.from({ length: 300 }, (_, i) => ({ id: `acct-${i}`, items: Array.from({ length: 1000 }, (_, j) => 1_000_000 + i * 1000 + j) }));
  const lines = Array.from({ length: 5 }, (_, i) => ({ seq: i, account: `acct-${i}`, line: i + 1 }));
  const body = { accounts: [], firsts: [], states, regions: [], intel: [], cores: [], lines, observed: 300 } as unknown as Parameters<typeof split<'summary'>>[4];
  const parts = split('summary', 3_600_000, 1, 0, body);
  assert.ok(parts.length >= 5, `${parts.length} parts`);
  for (const p of parts) {
    const bytes = encodeMessage(p);
    assert.ok(bytes.length <= MAX_PART_BYTES, `part ${p.part}: ${bytes.length} bytes`);
    // The bytes are the message's own JSON.
    assert.deepEqual(decodeMessage(bytes), JSON.parse(JSON.stringify(p)));
    assert.equal(p.parts, parts.length);
  }
  const inbox = new Inbox();
  for (const p of [...parts].reverse()) inbox.add(decodeMessage(encodeMessage(p)));
  const got = inbox.take('summary', 3_600_000, 1)! as Extract<ClusterMessage, { kind: 'summary' }>[];
  assert.deepEqual(got.flatMap((m) => m.states), JSON.parse(JSON.stringify(states)));
  assert.deepEqual(got.flatMap((m) => m.lines ?? []), lines);
  assert.equal(got[0]!.observed, 300);
  // The same body splits the same way (ids a restarted worker re-sends must match).
  assert.deepEqual(split('summary', 3_600_000, 1, 0, body).map((m) => [m.id, encodeMessage(m).length]), parts.map((m) => [m.id, encodeMessage(m).length]));
});

test('an item larger than the bound travels alone, and small messages are one part', () => {
  const touches = [0, 1, 2].map((i) => ({ t: 'item' as const, seq: i, sub: 0, ts: 1, account: 'x'.repeat(i === 1 ? 3000 : 10), item: i }));
  const parts = split('touches', 7, 0, 0, { touches }, 1000);
  assert.deepEqual(parts.map((p) => (p.kind === 'touches' ? p.touches.map((t) => ('seq' in t ? t.seq : -1)) : [])), [[0], [1], [2]]);
  assert.ok(encodeMessage(parts[1]!).length > 1000);
  assert.equal(split('touches', 7, 0, 0, { touches }).length, 1);
  assert.equal(split('touches', 7, 0, 0, { touches: [] }).length, 1);
});
