/**
 * The literal gate must be sound: a pattern it skips never matches. Checked on the shipped patterns over real corpus
 * text (and over texts built to match), and on the literal analysis of small patterns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LiteralGate, requiredLiterals } from './literal-gate.js';
import { GATED_INTENT_PATTERNS } from './intent-patterns.js';
import { GATED_CAPABILITY_PATTERNS } from './capability.js';
import { every, jsonArray, jsonl } from './corpus-sample.js';

const sorted = (clauses: string[][][] | null): string[][][] | null => clauses && clauses.map((alt) => alt.map((set) => [...set].sort()));

test('required literals: runs of fixed text, small classes, optional parts, alternatives', () => {
  assert.deepEqual(sorted(requiredLiterals(/\bstep[- ]by[- ]step\b/)), [[['step by step', 'step by-step', 'step-by step', 'step-by-step']]]);
  assert.deepEqual(sorted(requiredLiterals(/<\/?think>/)), [[['</think>', '<think>']]]);
  // Both sides of a gap are required, each as its own clause.
  assert.deepEqual(sorted(requiredLiterals(/\b(show|give)\b[^.]{0,48}\b(reasoning|steps?)\b/)), [[['give', 'show'], ['reasoning', 'step', 'steps']]]);
  // Top-level alternatives stay apart; a group's alternatives distribute.
  assert.deepEqual(sorted(requiredLiterals(/rubric|grade (?:this|that)/)), [[['rubric']], [['grade that', 'grade this']]]);
  assert.deepEqual(sorted(requiredLiterals(/(?:ab\s+cd|ef)/)), [[['ab', 'ef'], ['cd', 'ef']]]);
});

test('patterns with an alternative that needs no literal are not gated', () => {
  assert.equal(requiredLiterals(/\d+\s+\d+|out of/), null);
  assert.equal(requiredLiterals(/(?:^|\n)\s*(?:q|question)\s*\d/), null);
  assert.equal(requiredLiterals(/a.*b/), null);
  // A lone symbol is a literal; a lone letter is not.
  assert.deepEqual(requiredLiterals(/\)\s*\{/), [[[')'], ['{']]]);
});

test('the gate answers exactly what the patterns answer', () => {
  const patterns = [/\bstep[- ]by[- ]step\b/, /\b(show|give)\b[^.]{0,48}\b(reasoning|steps?)\b/, /\d+ apples/, /<\/?think>/];
  const gate = new LiteralGate(patterns);
  const texts = ['think step by step', 'show me all the steps', 'give. reasoning', '3 apples', 'apples', '<think>x</think>', 'no', ''];
  for (const t of texts) {
    gate.scan(t);
    patterns.forEach((re, i) => assert.equal(gate.test(i), re.test(t), `${re} on ${JSON.stringify(t)}`));
  }
});

test('the shipped intent and capability patterns are gated soundly on real prompts', () => {
  const texts = [
    ...every(jsonl('organic/koala.jsonl'), 1).map((r) => String(r.prompt)),
    ...every(jsonl('organic/arena-hard-v0.1.jsonl'), 1).map((r) => String((r.turns as { content: string }[] | undefined)?.[0]?.content ?? r.prompt ?? '')),
    ...every(jsonl('extraction/gsm8k-test.jsonl'), 4).map((r) => `${String(r.question)}\nLet's think step by step. Show your work, then give only the final answer.`),
    ...every(jsonArray('extraction/gpteacher-toolformer.json.gz'), 20).map((r) => `${String(r.instruction)}\n${String(r.input)}`),
    ...every(jsonArray('extraction/gpteacher-codegen.json.gz'), 20).map((r) => `${String(r.instruction)}\n${String(r.input)}`),
  ].map((t) => t.toLowerCase());
  let matched = 0;
  for (const patterns of [GATED_INTENT_PATTERNS, GATED_CAPABILITY_PATTERNS]) {
    const gate = new LiteralGate(patterns);
    for (const t of texts) {
      gate.scan(t);
      for (let i = 0; i < patterns.length; i++) {
        const expected = patterns[i]!.test(t);
        if (expected) matched++;
        assert.equal(gate.test(i), expected, `${patterns[i]} on ${JSON.stringify(t.slice(0, 200))}`);
      }
    }
  }
  // The texts exercise the patterns, not only their absence.
  assert.ok(matched > texts.length / 2, `${matched} matches over ${texts.length} texts`);
});
