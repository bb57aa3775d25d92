import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { assistantResponses, gpt4Responses } from './assistant-corpus.js';
import { keyFromSecret, type WatermarkKey } from './key.js';
import { WatermarkStream, watermarkText } from './lexical.js';
import { ProseScanner } from './scanner.js';

function testKey(i: number): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`lexical test key ${i}`).digest());
}

/** Deterministic pseudo-random numbers (xorshift), so failures reproduce. */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

/**
 * Replaces every member of every synonym group by its group id, so texts equal up to synonym choice compare equal.
 * Members overlap in table 2 ("it is not" holds "it is" and "is not"), so the text is read as the scanner reads it:
 * every site is written as the group's first member (apostrophes straight).
 */
function normalise(text: string, key: WatermarkKey): string {
  const scanner = new ProseScanner(() => 0, key);
  // A member written where the text had none takes the apostrophe style seen so far; the style is checked below.
  return (scanner.push(text) + scanner.end()).replace(/\u2019/g, "'");
}

const TRICKY = [
  'Moreover, it is often said.\n\n```js\nconst often = "frequently"; // often\n```\nThis is often true, and I think so.',
  'Use `often` or ``perhaps `maybe` here`` but perhaps not.\n~~~\nperhaps\n~~~\nPerhaps we should.',
  'See https://example.com/often/perhaps?x=maybe and www.often.com; e-mail often@perhaps.org. Perhaps.',
  'The file often.txt, the id often_used, an often-used path /often/perhaps and 3often 4 perhaps.',
  'She said "perhaps we often go" and \u201cmaybe often\u201d, then \'perhaps often\' — perhaps.',
  '{"note": "often", "list": [1, 2, {"k": "perhaps"}]} then [maybe often](http://x.y/often) perhaps.',
  '<span class="often">perhaps</span> and $often + perhaps$ and $$\nmaybe\n$$ then often.',
  '    indented often code\n\tperhaps tab code\nNormal prose, often.',
  'I don\u2019t know, you can\u2019t go, it isn\u2019t here. Why don\u2019t you? Isn\u2019t it?',
  'ALSO OFTEN UPPER, Often Title Case Mid Often, #often @perhaps often.',
  'What kind of day, each other, due to rain, for example, I think so.',
  'Finally, lastly. Finally we go. First, second. Second, third! Third,',
  'We saw a seemingly calm sea and an apparently empty ship, often.',
  'So I think about it, I believe in you, we finish off the work, and I think you are right.',
  '',
  'often',
  'perhaps\n',
  'a\u{1F600}often \u00e9perhaps perhaps\u00e9 caf\u00e9 often',
  'y'.repeat(47) + ' often ' + 'z'.repeat(48) + 'often ' + 'w'.repeat(200) + "'s often",
];

test('streamed output equals the whole-text output for any chunking (real and tricky texts)', () => {
  const texts = [...TRICKY, ...gpt4Responses().slice(0, 150), ...assistantResponses('hh-rlhf').slice(0, 150)];
  const random = rng(42);
  const key = testKey(1);
  for (const [t, text] of texts.entries()) {
    const whole = watermarkText(key, text);
    for (let trial = 0; trial < 4; trial++) {
      const stream = new WatermarkStream(key);
      let out = '';
      let i = 0;
      const maxChunk = trial === 0 ? 1 : [3, 17, 200][trial - 1]!;
      while (i < text.length) {
        const n = 1 + Math.floor(random() * maxChunk);
        out += stream.push(text.slice(i, i + n));
        i += n;
      }
      out += stream.end();
      assert.equal(out, whole.text, `text ${t}, trial ${trial}`);
      assert.deepEqual(stream.stats(), { words: whole.words, changed: whole.changed }, `stats of text ${t}`);
    }
  }
});

test('a stream holds back at most the current word and a few characters', () => {
  const stream = new WatermarkStream(testKey(2));
  assert.equal(stream.push('Hello there, '), 'Hello there, ');
  assert.equal(stream.push('this looks ofte'), 'this looks ');
  const rest = stream.push('n fine');
  assert.ok(/^(often|frequently) $/.test(rest), JSON.stringify(rest));
  assert.equal(stream.end(), 'fine');
  // Before a word whose eligibility depends on the next one ("it is" contracts only before a complement), that next
  // word is held back too, never more.
  const phrase = new WatermarkStream(testKey(2));
  assert.equal(phrase.push('So it is'), 'So ');
  assert.equal(phrase.push(' clear'), '');
  assert.match(phrase.push(' why'), /^(it is|it's) clear $/);
  assert.equal(phrase.end(), 'why');
  const code = new WatermarkStream(testKey(2));
  assert.equal(code.push('```\nperhaps often\n'), '```\nperhaps often\n');
  const long = new WatermarkStream(testKey(2));
  const emitted = long.push('x'.repeat(100_000));
  assert.ok(emitted.length >= 100_000 - 48, `held back ${100_000 - emitted.length} characters of one letter run`);
});

test('protected spans never change while the same words in prose do, under many keys', () => {
  const protectedBits = [
    'const often = "frequently"; // often', '`often`', '``perhaps `maybe` here``', 'https://example.com/often/perhaps?x=maybe',
    'www.often.com', 'often@perhaps.org', 'often.txt', 'often_used', 'often-used', '/often/perhaps', '3often', '"perhaps we often go"',
    '\u201cmaybe often\u201d', "'perhaps often'", '{"note": "often", "list": [1, 2, {"k": "perhaps"}]}', '[maybe often](http://x.y/often)',
    '<span class="often">', '$often + perhaps$', '$$\nmaybe\n$$', '    indented often code', '\tperhaps tab code', 'ALSO OFTEN UPPER',
    'Often Title Case Mid Often', '#often', '@perhaps', 'I think about', 'I believe in', 'finish off', 'a seemingly', 'an apparently', 'Why don\u2019t you?', 'Isn\u2019t it?', '\u00e9perhaps', 'perhaps\u00e9',
  ];
  const changedInProse = new Set<string>();
  for (let i = 0; i < 40; i++) {
    for (const text of TRICKY) {
      const out = watermarkText(testKey(100 + i), text).text;
      for (const bit of protectedBits) if (text.includes(bit)) assert.ok(out.includes(bit), `key ${i} changed ${JSON.stringify(bit)} in ${JSON.stringify(out)}`);
      for (const w of ['frequently', 'maybe', 'do not', 'can not', 'cannot', 'is not', 'sort of', 'one another', 'because of', 'instance', 'believe', 'Lastly', 'Firstly', 'Secondly', 'Thirdly']) {
        if (out.includes(w) && !text.includes(w)) changedInProse.add(w);
      }
    }
  }
  // The test can fail: prose words around the protected spans do change.
  for (const w of ['frequently', 'maybe', 'do not', 'cannot', 'is not', 'sort of', 'one another', 'because of', 'instance', 'believe', 'Lastly', 'Firstly']) {
    assert.ok(changedInProse.has(w), `"${w}" never appeared in prose under 40 keys`);
  }
  // Sentence-start-and-comma groups keep their place: "Finally we go" (no comma) never becomes "Lastly we go".
  for (let i = 0; i < 40; i++) assert.ok(!watermarkText(testKey(100 + i), TRICKY[11]!).text.includes('Lastly we go'));
});

test('only synonym-group members change, case and apostrophe style are kept, nothing invisible is added', () => {
  const texts = [...TRICKY, ...gpt4Responses().slice(0, 400), ...assistantResponses('hh-rlhf').slice(0, 400)];
  const key = testKey(3);
  let changedTexts = 0;
  for (const text of texts) {
    const out = watermarkText(key, text).text;
    if (out !== text) changedTexts++;
    assert.equal(normalise(out, key), normalise(text, key));
    const allowed = new Set([...text, ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\' ']);
    for (const ch of out) assert.ok(allowed.has(ch), `new character U+${ch.codePointAt(0)!.toString(16)}`);
    // A text with curly apostrophes gets curly ones once the first has been seen (before that, straight).
    if (/\u2019/.test(text) && !text.includes("'")) assert.ok(!out.slice(out.indexOf('\u2019')).includes("'"), 'curly-apostrophe text got a straight apostrophe');
  }
  assert.ok(changedTexts > texts.length / 4, `only ${changedTexts} of ${texts.length} texts changed`);
  const title = watermarkText(testKey(4), 'Moreover, this works.').text;
  assert.match(title, /^(Moreover|Furthermore|Additionally), this works\.$/);
});

test('watermarking is idempotent: marked text is already at every keyed choice', () => {
  const key = testKey(5);
  for (const text of [...TRICKY, ...gpt4Responses().slice(0, 200), ...assistantResponses('hh-rlhf').slice(0, 200)]) {
    const once = watermarkText(key, text).text;
    const twice = watermarkText(key, once);
    assert.equal(twice.text, once);
    assert.equal(twice.changed, 0);
  }
});

test('at most 10% of prose words change on real assistant text, and the share is reported', () => {
  const key = testKey(6);
  for (const [name, texts] of [['gpt-4 (GPTeacher)', gpt4Responses()], ['hh-rlhf', assistantResponses('hh-rlhf')]] as const) {
    let words = 0, changed = 0;
    for (const t of texts.slice(0, 2000)) {
      const r = watermarkText(key, t);
      words += r.words;
      changed += r.changed;
    }
    assert.ok(words > 50_000, `${name}: ${words} words`);
    assert.ok(changed > 0 && changed / words <= 0.1, `${name}: ${changed}/${words} changed`);
  }
});

test('over contexts each member of a group is chosen about equally often (no frequency skew from the key)', () => {
  const key = testKey(7);
  const counts = new Map<string, number>();
  for (const t of gpt4Responses().concat(assistantResponses('hh-rlhf'))) {
    const out = watermarkText(key, t).text.toLowerCase().replace(/\u2019/g, "'");
    for (const w of ['often', 'frequently', "don't", 'do not', "can't", 'cannot']) counts.set(w, (counts.get(w) ?? 0) + (out.split(w).length - 1));
  }
  // Natural text strongly prefers "don't" and "often"; the keyed choice pulls both members towards a similar share.
  const share = (a: string, b: string) => counts.get(a)! / (counts.get(a)! + counts.get(b)!);
  for (const [a, b] of [['often', 'frequently'], ["don't", 'do not']] as const) {
    const s = share(a, b);
    assert.ok(s > 0.2 && s < 0.8, `${a}/${b}: ${s.toFixed(2)}`);
  }
});
