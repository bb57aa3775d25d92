import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { publicTemplateFrames } from './public-templates.js';
import { frameHashes } from './text-signals.js';

const frames = publicTemplateFrames();
const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

test('a prompt in a public template has a public frame; a private wrapper does not', () => {
  const alpaca = readFileSync(new URL('../../../data/corpora/extraction/alpaca-generation-prompt.txt', import.meta.url), 'utf8');
  const generation = `${alpaca}\n1. Instruction: Name three rivers in Spain.\n2. Instruction: Summarise the plot of a film you like.`;
  assert.ok(frames.has(frameHashes(generation, null, words(generation))[0]), 'Alpaca generation prompt, opening');
  const boxed = `A train leaves at 3pm and travels 80 km at 40 km/h, then 60 km at 30 km/h. When does it arrive, in hours after noon? Please reason step by step, and put your final answer within \\boxed{}.`;
  assert.ok(frames.has(frameHashes(boxed, null, words(boxed))[1]), 'maths evaluation instruction, closing');
  const own = `Walk me through each of your intermediate inferences in numbered form, then conclude. A train leaves at 3pm and travels 80 km at 40 km/h. When does it arrive?`;
  const [head, tail] = frameHashes(own, null, words(own));
  assert.ok(!frames.has(head) && !frames.has(tail));
  // Under an application's system prompt the same words are that application's frame, not the public one.
  assert.ok(!frames.has(frameHashes(generation, 'You are the data assistant of Acme.', words(generation))[0]));
});
