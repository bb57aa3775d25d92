/** Capability tags on labelled corpus samples (HumanEval, GSM8K, GPTeacher, MT-Bench categories). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capabilityOf } from './capability.js';
import { every, jsonArray, jsonl } from './corpus-sample.js';

function share(texts: string[], want: string, tools: string[] | null = null): number {
  return texts.filter((t) => capabilityOf(t, null, tools) === want).length / texts.length;
}

test('HumanEval and GPTeacher codegen are coding', () => {
  assert.ok(share(jsonl('extraction/humaneval.jsonl.gz').map((r) => String(r.prompt)), 'coding') > 0.95);
  const codegen = every(jsonArray('extraction/gpteacher-codegen.json.gz'), 20).map((r) => `${String(r.instruction)}\n${String(r.input ?? '')}`);
  assert.ok(share(codegen, 'coding') > 0.85);
});

test('GSM8K word problems are maths', () => {
  assert.ok(share(every(jsonl('extraction/gsm8k-test.jsonl'), 5).map((r) => String(r.question)), 'maths') > 0.9);
});

test('declared tools make any request agentic; toolformer scaffolds are agentic without tools', () => {
  assert.equal(capabilityOf('What is 2 + 2?', null, ['calculator']), 'agentic');
  assert.equal(capabilityOf('What is 2 + 2?', null, []), 'maths');
  const tf = every(jsonArray('extraction/gpteacher-toolformer.json.gz'), 50).map((r) => String(r.instruction));
  assert.ok(share(tf, 'agentic') > 0.9);
});

test('MT-Bench categories map to the matching tag for coding, maths and roleplay', () => {
  const mt = jsonl('organic/mt-bench.jsonl');
  const cat = (c: string): string[] => mt.filter((r) => r.category === c).map((r) => (r.turns as string[])[0]!);
  assert.ok(share(cat('coding'), 'coding') >= 0.8);
  assert.ok(share(cat('math'), 'maths') >= 0.7);
  assert.ok(share(cat('roleplay'), 'creative') >= 0.7);
  // Humanities questions are not maths or coding.
  assert.ok(share(cat('humanities'), 'coding') + share(cat('humanities'), 'maths') <= 0.2);
});

test('plain chit-chat is other', () => {
  assert.equal(capabilityOf('How can I improve my time management skills?', null, null), 'other');
});

test('reasoning: puzzle genres and grading requests are reasoning, before their maths or code content', () => {
  const cases: [string, string][] = [
    ['On an island, knights always tell the truth and knaves always lie. Ann says: "We are both knaves." What are they?', 'reasoning'],
    ['Ola is taller than Ben. Ben is taller than Cy. Who is the shortest?', 'reasoning'],
    ['If today is Tuesday, what day of the week will it be in 213 days?', 'reasoning'],
    ['Ann, Ben, Cy and Dee sit around a round table. Ann sits directly to the left of Cy. How many seating arrangements are possible?', 'reasoning'],
    ['David has three sisters. Each of them has one brother. How many brothers does David have?', 'reasoning'],
    ['Grade the candidate answer below on a 1-10 scale.\n<question>Tom has 3 apples and buys 4 more. How many?</question>\n<answer>7</answer>', 'reasoning'],
    ['Rate the quality of this candidate solution:\n```python\ndef f(x): return x\n```', 'reasoning'],
    // Unchanged neighbours: a plain sum stays maths, code stays coding, an assistant framing is not role-play.
    ['Tom has 3 apples and buys 4 more. How many apples does he have?', 'maths'],
    ['Write a Python function that reverses a list.', 'coding'],
    ['You are a pirate captain who just found a treasure map. Explain your plan to the crew.', 'creative'],
    ['You are going to help me plan a trip to Rome.', 'other'],
  ];
  for (const [text, want] of cases) assert.equal(capabilityOf(text, null, null), want, text);
});

test('MT-Bench reasoning and GPTeacher role-play reach the matching tag', () => {
  const mt = jsonl('organic/mt-bench.jsonl').filter((r) => r.category === 'reasoning').map((r) => (r.turns as string[])[0]!);
  assert.ok(share(mt, 'reasoning') >= 0.6, `reasoning ${share(mt, 'reasoning')}`);
  const rp = every(jsonArray('extraction/gpteacher-roleplay.json.gz'), 10).map((r) => `${String(r.instruction)}\n${String(r.input ?? '')}`);
  assert.ok(share(rp, 'creative') >= 0.85, `creative ${share(rp, 'creative')}`);
});
