import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fnv1a, frameHashes, TextSignalCache, textKey, textSignals } from './text-signals.js';

/** The frame hashes as first written: normalise with string operations, then hash the joined words. */
function referenceFrames(prompt: string, system: string | null): [number, number] {
  const normWords = (s: string): string[] => s.toLowerCase().replace(/[0-9]+/g, '#').split(/\s+/).filter((w) => w.length > 0);
  const seed = system ? fnv1a(system) : 0x811c9dc5;
  const head = normWords(prompt.slice(0, 240)).slice(0, 7);
  const tail = normWords(prompt.slice(-240)).slice(-7);
  return [fnv1a(head.join(' '), seed) || 1, fnv1a('\u0001' + tail.join(' '), seed) || 1];
}

test('frame hashes of ASCII prompts (computed without strings) equal the string-built ones', () => {
  let x = 99;
  const rand = (n: number): number => (x = (Math.imul(x, 1103515245) + 12345) >>> 0) % n;
  const alphabet = 'abcXYZ0123456789 \t\n\r\u000b\u000c.,:;!?#-_()"\'';
  for (let trial = 0; trial < 3000; trial++) {
    const length = rand(600);
    let prompt = '';
    for (let i = 0; i < length; i++) prompt += alphabet[rand(rand(4) === 0 ? alphabet.length : 8)];
    const system = rand(3) === 0 ? 'You are a grader.' : null;
    assert.deepEqual(frameHashes(prompt, system, 20), referenceFrames(prompt, system), JSON.stringify(prompt));
  }
  // Non-ASCII text takes the string path (Unicode case and spaces).
  for (const prompt of ['İSTANBUL STEP one two three four five six seven eight', 'Résumé\u00a0word \u2003 ÉCOLE 12 34 Σ end', 'x'.repeat(300) + ' ünïcödé tail words here now']) {
    assert.deepEqual(frameHashes(prompt, null, 20), referenceFrames(prompt, null));
  }
  assert.deepEqual(frameHashes('short prompt', null, 2), [0, 0]);
});

test('the text cache returns what the computation returns, and keeps prompts with and without a system prompt apart', () => {
  const cache = new TextSignalCache();
  const wrapper = 'Think step by step and show all of your reasoning in full detail before you give the final answer to this problem: ';
  const texts: [string, string | null][] = [
    [wrapper + 'Ava has 13 apples and buys 29 more at the market. How many apples does Ava have now?', null],
    [wrapper + 'Ava has 13 apples and buys 29 more at the market. How many apples does Ava have now?', 'You are a maths tutor.'],
    ['3:abcxyz', null],
    ['xyz', 'abc'],
    ['', ''],
  ];
  for (let round = 0; round < 2; round++) {
    for (const [prompt, system] of texts) assert.deepEqual(cache.get(prompt, system), textSignals(prompt, system));
  }
  assert.notDeepEqual(textSignals(texts[0]![0], null), textSignals(texts[1]![0], texts[1]![1]));
});

test('the cache key tells apart every split of text between system prompt and prompt, and distinct prompts', () => {
  const splits: [string, string | null][] = [['abcxyz', null], ['abcxyz', ''], ['bcxyz', 'a'], ['xyz', 'abc'], ['', 'abcxyz'], ['', ''], ['', null]];
  assert.equal(new Set(splits.map(([p, s]) => textKey(p, s))).size, splits.length);
  // 200,000 near-identical prompts (one number apart, as a work queue's are): no two keys alike, all 53-bit integers.
  const keys = new Set<number>();
  for (let i = 0; i < 200_000; i++) {
    const k = textKey(`Solve step by step: what is ${i} times 17, minus ${i % 97}?`, i % 2 ? null : 'You are a tutor.');
    assert.ok(Number.isSafeInteger(k) && k >= 0);
    keys.add(k);
  }
  assert.equal(keys.size, 200_000);
});
