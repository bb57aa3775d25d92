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
