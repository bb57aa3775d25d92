/** The cluster messages' codec, parts and Inbox: a message delivered twice is handled once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accountShard, artefactShard, decodeMessage, encodeMessage, Inbox, split } from './messages.js';

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
