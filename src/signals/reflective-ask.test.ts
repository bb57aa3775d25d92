import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isReflectiveAsk, MAX_WORDS } from './reflective-ask.js';

test('asks to explain, verify or critique the previous answer are reflective, in several wordings and languages', () => {
  for (const p of [
    'Explain your approach as you would to a colleague.',
    'ok, walk me through why this works for negative numbers',
    'Justify each step, please.',
    'Good. Now show your reasoning in full.',
    'Double-check the result with a different method.',
    'Now critique that answer as a strict examiner.',
    'Rate your own response from 1 to 10 and say why.',
    'List every weakness you can find in the solution above.',
    'Rewrite it fixing the issues you found.',
    'Which edge cases did you consider?',
    'why do we divide in that step?',
    'Rewrite it more simply and say what changed.',
    'Using that critique, write the improved version.',
    'Ahora verifica tu respuesta con otro método.',
    'Gut, überprüfe deine Antwort noch einmal von vorn.',
    'Explique ton raisonnement étape par étape.',
    'Agora verifique sua resposta passo a passo.',
  ]) assert.ok(isReflectiveAsk(p), p);
});

test("a person's next step is not reflective: changes, errors, formats, thanks, short doubts", () => {
  for (const p of [
    'make it shorter please',
    'now port it to TypeScript',
    'that throws a KeyError on line 3, here is the trace',
    'can you add unit tests for this?',
    'can you explain that more simply',
    'why?',
    'thanks, that works!',
    'is that still the case in 2026?',
    'explain the regex you used',
    'give me five more examples in a table',
    'can you check my work',
    'now add a test for the edge case',
    'can you check my answer: 212',
    'tell me how it relates to inflation',
  ]) assert.ok(!isReflectiveAsk(p), p);
});

test('a long prompt is an item, not a follow-up, whatever it asks', () => {
  const long = `Explain your reasoning for the following problem. ${'word '.repeat(MAX_WORDS)}`;
  assert.equal(isReflectiveAsk(long), false);
  assert.equal(isReflectiveAsk(''), false);
  // A class's wrapper with the exercise pasted below it is an item, even when short.
  assert.equal(isReflectiveAsk('Week 3 exercise. Explain the idea first, then give the code with comments:\nReverse a string in C.'), false);
});
