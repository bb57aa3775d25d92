import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gpt4Responses } from './assistant-corpus.js';
import { generateKey } from './key.js';
import { watermarkText } from './lexical.js';
import { continuationText, cutPoints, looksWatermarked, planPrefixProbes } from './prefix-probes.js';
import { CONTINUE_INSTRUCTION, endpointUrl, requestBody } from './probe.js';
import { synonymTable } from './synonyms.js';

const originals = gpt4Responses().slice(0, 300);

test('cuts fall just before a word of the synonym table, outside code and quotes, after at least two words', () => {
  const text = 'Well, I think you should often rest. `often` in code and "often" quoted stay. Maybe later.';
  const cuts = cutPoints(text);
  const words = cuts.map((c) => text.slice(c.offset).match(/^[\p{L}']+/u)![0].toLowerCase());
  assert.deepEqual(words, ['think', 'often', 'maybe']);
  for (const w of words) assert.ok(synonymTable().byWord.has(w) || synonymTable().phraseStarts.has(w));
  assert.equal(cutPoints('Often it rains.').length, 0, 'no cut without two words before it');
});

test('a plan covers distinct contexts first, does not depend on the key, and cuts the originals', () => {
  const served = originals.map((text, i) => ({ text, prompt: `Q${i}` }));
  const a = planPrefixProbes(served, 100, 3);
  const b = planPrefixProbes(served, 100, 3);
  assert.deepEqual(a, b, 'same seed, same plan (nothing else, in particular no key, goes in)');
  assert.notDeepEqual(planPrefixProbes(served, 100, 4).probes, a.probes);
  assert.equal(a.probes.length, 100);
  assert.equal(new Set(a.probes.map((p) => p.site)).size, 100, 'one cut per context before any context gets a second');
  for (const p of a.probes) {
    const source = served.some((s) => s.text.startsWith(p.prefix) && s.prompt === p.prompt);
    assert.ok(source, 'each prefix starts an original answer');
    assert.equal(p.prefix, p.prefix.trimEnd());
  }
  const all = planPrefixProbes(served, 1e6, 3);
  assert.equal(all.probes.length, all.candidates, 'a large budget uses every cut once');
  assert.ok(all.sites < all.candidates);
});

test('served answers already watermarked with the key are recognised; originals and other keys are not', () => {
  const key = generateKey();
  const marked = originals.map((t) => watermarkText(key, t).text);
  assert.equal(looksWatermarked(key, marked).watermarked, true);
  assert.equal(looksWatermarked(key, originals).watermarked, false);
  assert.equal(looksWatermarked(generateKey(), marked).watermarked, false);
});

test('requests continue the prefix in the chosen style; a continuation gets a space where a word ends', () => {
  const probe = { prompt: 'Why rest?', prefix: 'You should', site: 's' };
  const body = (style: 'assistant' | 'completions' | 'instruction', extra?: Record<string, unknown>) =>
    JSON.parse(requestBody({ kind: 'prefix', probe, style }, 'm', 16, extra)) as Record<string, unknown>;
  assert.deepEqual(body('assistant', { continue_final_message: true }), {
    model: 'm', messages: [{ role: 'user', content: 'Why rest?' }, { role: 'assistant', content: 'You should' }],
    max_tokens: 16, continue_final_message: true,
  });
  const completion = body('completions');
  assert.equal(completion.prompt, 'You should');
  const instruction = body('instruction') as { messages: { content: string }[] };
  assert.equal(instruction.messages[0]!.content, `${CONTINUE_INSTRUCTION}\n\nYou should`);
  assert.equal(continuationText('You should', 'often rest'), ' often rest');
  assert.equal(continuationText('You should', ' often rest'), ' often rest');
  assert.equal(continuationText('You should,', 'often'), 'often');
  assert.equal(endpointUrl('http://h:1', 'openai', true), 'http://h:1/v1/completions');
  assert.equal(endpointUrl('http://h:1/v1/chat/completions', 'openai', true), 'http://h:1/v1/completions');
  assert.equal(endpointUrl('http://h:1/v1/completions', 'openai', true), 'http://h:1/v1/completions');
  assert.equal(endpointUrl('http://h:1/v1', 'anthropic'), 'http://h:1/v1/messages');
});
