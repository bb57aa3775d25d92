import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coreHash } from './item-core.js';

const item = 'Write a function that returns the second largest number in a list of integers.';

test('an item wrapped in different words has one core', () => {
  const bare = coreHash(item);
  assert.notEqual(bare, 0);
  assert.equal(coreHash(`Stuck on this:\n${item}\n show the approach and the code`), bare);
  assert.equal(coreHash(`hi!\n  ${item.toUpperCase()}  \ncan you explain your thinking as you go?`), bare);
  assert.equal(coreHash(`${item.replace(/ /g, '   ')}`), bare);
});

test('different items have different cores; short prompts have none', () => {
  assert.notEqual(coreHash(item), coreHash('Write a function that returns the third largest number in a list of integers.'));
  assert.equal(coreHash('why that step though?'), 0);
  assert.equal(coreHash(''), 0);
});
