import { test } from 'node:test';
import assert from 'node:assert/strict';
import { followUpLineHash, MAX_LINE_WORDS } from './follow-up-line.js';

test('one line whatever its case, spacing and numbers is one key', () => {
  const h = followUpLineHash('Could you double-check it a different way?');
  assert.notEqual(h, 0);
  assert.equal(followUpLineHash('  could you  DOUBLE-CHECK it a different way?\n'), h);
  assert.equal(followUpLineHash('what if the numbers were 2 times bigger?'), followUpLineHash('what if the numbers were 10 times bigger?'));
  assert.notEqual(followUpLineHash('Could you double-check it another way?'), h);
});

test('short words everyone says, pasted material and long prompts are no follow-up line', () => {
  assert.equal(followUpLineHash('why?'), 0);
  assert.equal(followUpLineHash('ok thanks'), 0);
  assert.equal(followUpLineHash('here is the error:\nTypeError: x is not a function'), 0);
  assert.equal(followUpLineHash(Array.from({ length: MAX_LINE_WORDS + 1 }, () => 'word').join(' ')), 0);
  assert.equal(followUpLineHash(''), 0);
});
