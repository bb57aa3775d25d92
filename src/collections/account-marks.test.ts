import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AccountMarks } from './account-marks.js';

test('account marks behave as a set, and reset empties them', () => {
  const marks = new AccountMarks().reset([3, 5, 5000]);
  assert.ok(marks.has(3) && marks.has(5) && marks.has(5000));
  assert.ok(!marks.has(4) && !marks.has(4999) && !marks.has(1_000_000));
  marks.reset([4]);
  assert.ok(marks.has(4) && !marks.has(3) && !marks.has(5000));
  marks.reset();
  assert.ok(!marks.has(4));
});
