import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { assistantResponses, gpt4Responses } from './assistant-corpus.js';
import { keyFromSecret, type WatermarkKey } from './key.js';
import { watermarkText } from './lexical.js';
import { ProseScanner } from './scanner.js';
import { LATEST_TABLE, synonymGroups, TABLE_VERSIONS, type TableVersion } from './synonyms.js';
import { scoreTexts } from './verify.js';

function key(i: number, table: TableVersion = LATEST_TABLE, context?: WatermarkKey['context']): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`tables test key ${i}`).digest(), { table, ...(context ? { context } : {}) });
}

const texts = [...gpt4Responses().slice(0, 400), ...assistantResponses('hh-rlhf').slice(0, 400)];

test('table 1 marks exactly as it always did, so texts marked with table-1 keys stay verifiable', () => {
  // Digests of the output of the table-1 watermark on 800 real responses, recorded before table 2 existed.
  const recorded = { 'two-words': ['055f83fdc3e282c8', 537], 'one-word': ['9e06cae859cbb57b', 558], adaptive: ['353209d0065f16e6', 559] };
  for (const [context, [digest, changed]] of Object.entries(recorded)) {
    const k = keyFromSecret(createHash('sha256').update('table 1 fixture').digest(), { context: context as never, table: 1 });
    assert.equal(k.id, 'wm_f68ca839fd62');
    const h = createHash('sha256');
    let n = 0;
    for (const t of texts) {
      const r = watermarkText(k, t);
      h.update(r.text + '\0');
      n += r.changed;
    }
    assert.deepEqual([h.digest('hex').slice(0, 16), n], [digest, changed], `${context} contexts`);
  }
});

test('a text verifies with the table it was marked with, not with the other', () => {
  const secret = createHash('sha256').update('tables cross').digest();
  const k1 = keyFromSecret(secret, { table: 1 }), k2 = keyFromSecret(secret, { table: 2 });
  const marked1 = texts.slice(0, 300).map((t) => watermarkText(k1, t).text);
  const marked2 = texts.slice(0, 300).map((t) => watermarkText(k2, t).text);
  assert.ok(scoreTexts(k1, marked1).p_value < 1e-30);
  assert.ok(scoreTexts(k2, marked2).p_value < 1e-30);
  // Table 2 keeps table 1's groups, so table-1 text still leans towards the key under table 2, but much less.
  const cross = scoreTexts(k2, marked1);
  assert.ok(cross.hits < cross.scored * 0.85, `${cross.hits}/${cross.scored}`);
  const other = scoreTexts(keyFromSecret(Buffer.alloc(32, 1), { table: 2 }), marked2);
  assert.ok(other.p_value > 1e-4, `another key: p = ${other.p_value}`);
});

test('table 2 changes several times more words than table 1, still under 10%', () => {
  const share = (table: TableVersion) => {
    let words = 0, changed = 0;
    for (const t of assistantResponses('hh-rlhf').slice(0, 1500)) {
      const r = watermarkText(key(1, table), t);
      words += r.words;
      changed += r.changed;
    }
    return changed / words;
  };
  const s1 = share(1), s2 = share(2);
  assert.ok(s2 > 2 * s1 && s2 < 0.1, `table 1: ${(100 * s1).toFixed(2)}%, table 2: ${(100 * s2).toFixed(2)}%`);
});

/** Every site of a text: group, canonical context and the member written. */
function sites(text: string, k: WatermarkKey): string[] {
  const out: string[] = [];
  const scanner = new ProseScanner((s) => {
    out.push(`${s.group.id}|${s.canonicalContext}`);
    return s.observed;
  }, k);
  scanner.push(text);
  scanner.end();
  return out;
}

test('every table and context: marked text offers the same sites as the original and every one is a hit', () => {
  const hard = [
    "You'll need to go. I guess you'd have to ask. It isn't here, it is not there, it's not mine. I haven't, I have not.",
    "I'd see the day when we'd have to work. You will have to try. He's been there; I'd never seen it; I'd better go.",
    'I know who you are and what it is now. That is, not yet. What is it? Here is a list, and there is no way.',
    "Make sure it's clear. It seems like it's the latest and the most recent one; it's most likely the best.",
  ];
  for (const table of TABLE_VERSIONS) {
    for (const context of ['two-words', 'one-word', 'adaptive'] as const) {
      for (let i = 0; i < 3; i++) {
        const k = key(10 + i, table, context);
        for (const t of [...hard, ...texts.slice(0, 250)]) {
          const marked = watermarkText(k, t).text;
          assert.deepEqual(sites(marked, k), sites(t, k), `table ${table}, ${context}: ${JSON.stringify(t.slice(0, 120))}`);
          const r = scoreTexts(k, [marked]);
          assert.equal(r.hits, r.scored, `table ${table}, ${context}: ${JSON.stringify(marked.slice(0, 120))}`);
        }
      }
    }
  }
});

test('table 2 leaves alone what cannot contract or swap, under many keys', () => {
  const fixed = [
    'I know who you are and what it is now.', // stranded verbs
    "It's been a while and he's got it.", // 's = has
    "I'd never seen it and I'd better go.", // 'd = had
    'That is, no. What is it?', // "that is," = i.e.; inverted question
    'The individual needs vary in person; individual and group work.', // adjective "individual", "in person"
    'They were challenging the rule with all her might.', // verb "challenging", noun "might"
    'Have to do with it. You may not enter.', // "have to do with"; permission
    'Talk about it at the latest.', // no word after "latest"
  ];
  for (let i = 0; i < 64; i++) {
    for (const t of fixed) assert.equal(watermarkText(key(100 + i), t).text, t, `key ${i}`);
  }
  // The same words where they can change do change under some key.
  const seen = new Set<string>();
  for (let i = 0; i < 64; i++) {
    const out = watermarkText(key(100 + i), "It is important. I am sure you're right, and I would like to use it. You might need to try to go.").text;
    for (const w of ["It's", "I'm", 'you are', "I'd", 'utilize', 'may', 'have to', 'attempt']) if (out.includes(w)) seen.add(w);
  }
  assert.deepEqual([...seen].sort(), ["I'd", "I'm", "It's", 'attempt', 'have to', 'may', 'utilize', 'you are'].sort());
});

test('table 2 keeps table 1 groups and adds groups whose members take the same article', () => {
  const ids1 = new Set(synonymGroups(1).map((g) => g.id));
  const groups2 = synonymGroups(2);
  for (const id of ids1) assert.ok(groups2.some((g) => g.id === id), id);
  assert.ok(groups2.length > 1.3 * ids1.size, `${groups2.length} groups in table 2`);
});
