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

test('an item glued to its wrapper on one line mostly keeps its core (least shingle)', () => {
  // Maths problems of a few dozen words, each asked bare and with a short wrapper on the same line: a hash of the whole
  // line never matches; the least shingle matches unless a shingle reaching into the wrapper is the least.
  const problems = [
    'A baker sells 12 loaves of bread each morning and 30 muffins each afternoon; on weekends he sells twice as many of each. How many items does he sell in a week?',
    'Maria has three times as many stickers as her brother, who has 14 stickers. If she gives away 9 of them to a friend, how many stickers does Maria have left?',
    'A train leaves the station at 9 am travelling at 60 miles per hour, and a second train leaves an hour later at 80 miles per hour on the same track. When does the second catch up?',
    'The school library bought 250 new books this year, which is 40 percent more than it bought last year. How many books did the library buy last year?',
    'Tom walks his dog for 25 minutes every weekday and for twice as long on Saturday and Sunday. How many hours does he spend walking the dog in four weeks?',
    'A rectangular garden is 18 metres long and 7 metres wide, and a path one metre wide runs all around the outside of it. What is the area of the path?',
    'Jenny earns 15 dollars an hour babysitting and worked 3 hours on Friday and 5 hours on Saturday, then spent a quarter of her earnings on a book. How much money is left?',
    'A farmer packs 1,200 apples into boxes that hold 24 apples each, and he sells each full box for 18 dollars at the market. How much does he earn if he sells every box?',
    'In a class of 32 students, five eighths of them take the bus to school and the rest walk or cycle in equal numbers. How many students cycle to school each day?',
    'A water tank holds 500 litres and leaks 4 litres every hour while a tap refills it at 10 litres every two hours. How long until the full tank is half empty?',
  ];
  let same = 0;
  for (const [i, p] of problems.entries()) {
    for (const [j, lead] of ['can you help?', 'ok here is one from the practice sheet', 'hmm', ''].entries()) {
      const glued = `${lead} ${p} ${(i + j) % 3 ? 'how do you get it?' : 'show me the working'}`.trim();
      if (coreHash(glued) === coreHash(p)) same++;
    }
  }
  assert.ok(same >= 24, `${same} of 40 glued items kept their core`);
  assert.equal(new Set(problems.map(coreHash)).size, problems.length);
});
