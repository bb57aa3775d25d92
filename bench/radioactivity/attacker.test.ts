/** The attacker's edits change what they claim to and nothing else. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Rng } from '../../src/sim/rng.js';
import { ATTACKER_SYNONYMS, attackerRewrites, reorderSentences, synonymShuffle } from './attacker.js';

const TEXT = 'It is often a big problem. Maybe you should ask a friend!\n' +
  'The House is old. Start small, then improve it.';

test('synonym shuffle swaps thesaurus words for other members of their group, keeping case', () => {
  const rng = new Rng(1);
  const out = synonymShuffle(TEXT, rng, 1);
  const before = TEXT.split(/\b/), after = out.text.split(/\b/);
  assert.equal(after.length, before.length);
  let changed = 0;
  for (let i = 0; i < before.length; i++) {
    const a = before[i]!, b = after[i]!;
    if (a === b) continue;
    changed++;
    assert.ok(attackerRewrites(a.toLowerCase()), `${a} is not in the thesaurus`);
    const group = ATTACKER_SYNONYMS.find((g) => g.includes(a.toLowerCase()))!;
    assert.ok(group.includes(b.toLowerCase()), `${a} became ${b}, outside its group`);
    assert.equal(a[0] === a[0]!.toUpperCase(), b[0] === b[0]!.toUpperCase(), `case of ${a} → ${b}`);
  }
  assert.equal(changed, out.replaced);
  assert.ok(changed >= 6, `only ${changed} words replaced`);
  assert.equal(synonymShuffle(TEXT, rng, 0).text, TEXT);
});

test('sentence reordering keeps every sentence and every paragraph', () => {
  const rng = new Rng(2);
  const sentences = (t: string) => t.split('\n').map((p) => p.match(/[^.!?]+[.!?]/g)!.map((s) => s.trim()).sort());
  let moved = false;
  for (let i = 0; i < 20; i++) {
    const out = reorderSentences(TEXT, rng);
    assert.deepEqual(sentences(out), sentences(TEXT));
    if (out !== TEXT) moved = true;
  }
  assert.ok(moved);
  assert.equal(reorderSentences('One sentence only.', rng), 'One sentence only.');
});
