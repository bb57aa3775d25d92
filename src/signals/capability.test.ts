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
