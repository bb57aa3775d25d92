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

/** A multi-sentence problem, as word problems and task statements come. */
const problem =
  'A baker fills forty boxes with six rolls each on Monday morning. On Tuesday she fills twice as many boxes as she ' +
  'did on Monday with the same number of rolls. How many rolls did she pack on the two days together?';

test('wording glued onto the item’s own line leaves the core of its inner sentences', () => {
  const bare = coreHash(problem);
  assert.equal(coreHash(`my neighbour asked me this one and now I am stuck too ${problem}`), bare);
  assert.equal(coreHash(`${problem} please walk me through every single step of it slowly`), bare);
  assert.equal(coreHash(`Quick question - ${problem.toLowerCase()}  how do you get it?`), bare);
  assert.equal(coreHash(`Can you solve: ${problem.replace(/\. /g, '.  ')}`), bare);
});

test('sentence ends are read only before a space: decimals and method calls stay inside one sentence', () => {
  const a = 'The price rose from 3.50 to 4.25 dollars over the year, and obj.method() was called every time it did so';
  const b = 'The price rose from 3.75 to 4.25 dollars over the year, and obj.method() was called every time it did so';
  assert.notEqual(coreHash(a), coreHash(b));
});

test('a long line between two others is taken whole: a common sentence in a pasted turn does not join items', () => {
  const common = 'I am sorry, but I really cannot help you with that kind of request today.';
  const topics = ['the harbour', 'a garden', 'old coins', 'the river', 'a violin', 'tax forms', 'a bicycle', 'bread', 'a roof',
    'the moon', 'chess', 'a kettle'];
  const cores = topics.map((t) => coreHash(
    'Compare the two replies to the user below and explain which one is more helpful.\n' +
      `Assistant: ${common} You could ask someone who knows about ${t} and has worked with it for many years instead.\n` +
      'User: thanks anyway, I will go and look it up somewhere else then.'));
  assert.equal(new Set(cores).size, topics.length);
});
