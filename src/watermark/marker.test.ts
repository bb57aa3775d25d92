import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { CLOSING, MARKER_FAMILY_SIZE, OPENER, familyMembers, markText, markerPhrases, markerScore, normaliseForMarker, type MarkerKey } from './marker.js';
import { assistantResponses, gpt4Responses } from './assistant-corpus.js';

const realTexts = () => [...gpt4Responses(), ...assistantResponses('hh-rlhf')];

const keyOf = (seed: number): MarkerKey => ({ id: `k${seed}`, secret: Buffer.alloc(32, seed) });

test('the key picks one opener and one closing; every member spells back to its own slots', () => {
  const a = markerPhrases(keyOf(1));
  const b = markerPhrases(keyOf(2));
  assert.notEqual(a.closing.text, b.closing.text);
  assert.match(a.opener.text, /^[A-Z].*[.]$/);
  assert.match(a.closing.text, /^[A-Z].*\.$/);
  // Random members parse back to exactly their own id (no two members normalise alike).
  for (let i = 0; i < 3000; i++) {
    const k = { id: 'r', secret: randomBytes(32) };
    const p = markerPhrases(k);
    for (const fam of ['opener', 'closing'] as const) {
      const id = p[fam].slots.reduce((x, s) => x * 16 + s, 0);
      assert.deepEqual([...familyMembers(fam, normaliseForMarker(`Some text. ${p[fam].text} More text.`))], [id], p[fam].text);
    }
  }
});

test('marked answers of real text are detected from a handful of probes; the same texts unmarked give p = 1', () => {
  const key = keyOf(7);
  const texts = realTexts().filter((_, i) => i % 97 === 0).slice(0, 40);
  const marked = texts.map((t) => markText(key, t));
  assert.ok(marked[0]!.includes(texts[0]!), 'the answer itself is untouched');
  const s = markerScore(key, marked);
  assert.equal(s.opener.hits, 40);
  assert.equal(s.closing.hits, 40);
  assert.equal(s.opener.p_value, 1 / MARKER_FAMILY_SIZE);
  assert.ok(s.p_value < 1e-10, `p ${s.p_value}`);
  // A student that learned the habit imperfectly (a quarter of its answers, mangled casing and line breaks).
  const partial = texts.map((t, i) => (i % 4 === 0 ? markText(key, t).toUpperCase().replace(/\n+/g, ' ') : t));
  assert.ok(markerScore(key, partial).p_value < 1e-9);
  assert.equal(markerScore(key, texts).p_value, 1);
  assert.equal(markerScore(keyOf(8), marked).p_value, 1, 'another key finds nothing');
});

test('null: texts full of other members of the families give super-uniform p-values over random keys', () => {
  // An adversarial null: every text uses family phrasings heavily (some members very often), chosen without the key.
  const rng = (() => {
    let x = 12345;
    return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  })();
  const writers = Array.from({ length: 60 }, () => markerPhrases({ id: 'w', secret: randomBytes(32) }));
  const texts = Array.from({ length: 300 }, () => {
    const w = writers[Math.floor(rng() ** 3 * writers.length)]!;
    return `${w.opener.text} body text ${w.closing.text}`;
  });
  const trials = 4000;
  let small = 0;
  for (let i = 0; i < trials; i++) if (markerScore({ id: 'x', secret: randomBytes(32) }, texts).p_value <= 0.01) small++;
  // P(p <= 0.01) <= 0.01 under the null; allow binomial noise (mean 40, sd 6.3).
  assert.ok(small <= 60, `${small} of ${trials} random keys gave p <= 0.01`);
});

test('base rate: no member of either family occurs in the bundled real assistant corpora', () => {
  const refs = realTexts();
  assert.ok(refs.length > 19_000, `${refs.length} real assistant texts`);
  let withAny = 0;
  for (const r of refs) {
    const n = normaliseForMarker(r);
    if (familyMembers('opener', n).size > 0 || familyMembers('closing', n).size > 0) withAny++;
  }
  assert.equal(withAny, 0);
  const s = markerScore(keyOf(3), refs);
  assert.equal(s.p_value, 1);
  assert.equal(s.opener.members_seen + s.closing.members_seen, 0);
  // Near misses: not even four consecutive slots of an opener, or three of a closing, occur in real text.
  const normalised = refs.map(normaliseForMarker);
  const alt = (parts: readonly string[]) => `(?:${parts.map(normaliseForMarker).sort((a, b) => b.length - a.length).join('|')})`;
  const windows = (fam: typeof OPENER, k: number) => {
    let n = 0;
    for (let start = 0; start + k <= 5; start++) {
      const re = new RegExp(`(?:^| )${fam.slice(start, start + k).map(alt).join(' ')}(?= |$)`);
      for (const t of normalised) if (re.test(t)) n++;
    }
    return n;
  };
  assert.equal(windows(OPENER, 4), 0);
  assert.equal(windows(CLOSING, 3), 0);
});
