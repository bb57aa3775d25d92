import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPABILITIES } from './observation.js';
import { ThreadCapabilities } from './thread-capability.js';

const cap = (c: (typeof CAPABILITIES)[number]) => CAPABILITIES.indexOf(c);
const name = (i: number) => CAPABILITIES[i];

test('a follow-up whose text says nothing takes its thread\'s capability; its own tag wins when it has one', () => {
  const t = new ThreadCapabilities();
  assert.equal(name(t.tag('a', 'c1', 1, cap('coding'))), 'coding');
  assert.equal(name(t.tag('a', 'c1', 2, cap('other'))), 'coding', '"now do it in Rust"');
  assert.equal(name(t.tag('a', 'c1', null, cap('other'))), 'coding', 'an unnumbered turn of a known conversation');
  assert.equal(name(t.tag('a', 'c1', 3, cap('maths'))), 'maths', 'a turn with its own capability keeps it');
  assert.equal(name(t.tag('a', 'c1', 4, cap('other'))), 'maths', 'the latest explicit ask is the thread\'s');
  assert.equal(name(t.tag('b', 'c1', 2, cap('other'))), 'other', 'another account\'s conversation of the same id');
  assert.equal(name(t.tag('a', null, 2, cap('other'))), 'other', 'no conversation id');
  assert.equal(name(t.tag('a', 'c9', 2, cap('other'))), 'other', 'a thread never seen');
  assert.equal(name(t.tag('a', 'c1', 1, cap('other'))), 'other', 'turn 1 starts the thread afresh');
  assert.equal(name(t.tag('a', 'c1', 2, cap('other'))), 'other', '… and forgets the old capability');
});

test('memory is bounded: a thread idle for a whole generation is forgotten, a busy one kept', () => {
  const t = new ThreadCapabilities(4);
  t.tag('a', 'busy', 1, cap('reasoning'));
  t.tag('a', 'idle', 1, cap('coding'));
  for (let k = 0; k < 6; k++) {
    t.tag('x', `c${k}`, 1, cap('maths'));
    assert.equal(name(t.tag('a', 'busy', 2, cap('other'))), 'reasoning');
  }
  for (let k = 6; k < 12; k++) t.tag('x', `c${k}`, 1, cap('maths'));
  assert.equal(name(t.tag('a', 'idle', 2, cap('other'))), 'other');
});

test('the same tags as two generations of maps keyed by account and conversation, on a random stream', () => {
  // The plain policy: threads as strings in two maps, the older dropped when the newer holds `capacity` threads.
  const capacity = 64;
  let current = new Map<string, number>();
  let previous = new Map<string, number>();
  const remember = (key: string, value: number): void => {
    if (current.size >= capacity && !current.has(key)) [previous, current] = [current, new Map()];
    current.set(key, value);
  };
  const plain = (account: string, conversation: string | null, turn: number | null, own: number): number => {
    if (conversation === null) return own;
    const key = `${account}\u0000${conversation}`;
    if (own !== cap('other')) return remember(key, own), own;
    if (turn !== null && turn <= 1) return current.delete(key), previous.delete(key), own;
    let thread = current.get(key);
    if (thread === undefined) {
      thread = previous.get(key);
      if (thread !== undefined) remember(key, thread);
    }
    return thread ?? own;
  };
  const t = new ThreadCapabilities(capacity);
  let seed = 11;
  const pick = (n: number): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % n;
  let followed = 0;
  for (let k = 0; k < 20_000; k++) {
    const account = `acct-${pick(12)}`;
    const conversation = pick(20) === 0 ? null : `conv-${pick(150)}`;
    const turn = pick(5) === 0 ? null : pick(4);
    const own = pick(2) === 0 ? cap('other') : pick(CAPABILITIES.length);
    const expected = plain(account, conversation, turn, own);
    if (expected !== own) followed++;
    assert.equal(t.tag(account, conversation, turn, own), expected, `request ${k}`);
  }
  assert.ok(followed > 1000, `follow-ups that took their thread's capability: ${followed}`);
});
