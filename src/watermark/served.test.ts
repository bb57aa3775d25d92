import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { DistillguardError } from '../errors.js';
import { assistantResponses, gpt4Responses } from './assistant-corpus.js';
import { keyFromSecret, type WatermarkKey } from './key.js';
import { watermarkText } from './lexical.js';
import { ProseScanner } from './scanner.js';
import { eligibilityFollowsChoice, ServedSites, siteId, type SiteFilter } from './served.js';
import { ksUniform } from './stats.js';
import { scoreTexts, SITE_VOTES, WatermarkScorer, type SiteVote } from './verify.js';

function testKey(label: string, i: number): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`served test key ${label} ${i}`).digest());
}

/** First member seen per site, keyed as the served filter is asked (group, canonical context). */
function sites(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const scanner = new ProseScanner((s) => {
    const id = siteId(s.group.id, s.canonicalContext);
    if (!out.has(id)) out.set(id, s.observed);
    return s.observed;
  });
  scanner.push(text);
  scanner.end();
  return out;
}

/** Randomised and exact p-values of `texts` over `n` keys per vote, with the filter each key's served answers give. */
function nullPValues(texts: readonly string[], n: number, filter: (key: WatermarkKey) => SiteFilter, votes: readonly SiteVote[]) {
  const out = new Map(votes.map((v) => [v, { randomised: [] as number[], exact: [] as number[] }]));
  for (let i = 0; i < n; i++) {
    const key = testKey('null', i);
    const served = filter(key);
    for (const vote of votes) {
      const scorer = new WatermarkScorer(key, { vote, served });
      for (const t of texts) scorer.add(t);
      out.get(vote)!.exact.push(scorer.result().p_value);
      out.get(vote)!.randomised.push(scorer.randomisedP((i * 0.618034) % 1));
    }
  }
  return out;
}

const suspect = gpt4Responses().slice(0, 250);
/** The hardest null for the filter: the campaign was served watermarked versions of the very texts the suspect writes. */
const servedFilter = (key: WatermarkKey) => ServedSites.from(suspect.map((t) => watermarkText(key, t).text));

test('restricted to served sites, the p-value stays valid: uniform over keys for every vote (KS)', () => {
  const n = 200;
  for (const [vote, { randomised, exact }] of nullPValues(suspect, n, servedFilter, SITE_VOTES)) {
    const ks = ksUniform(randomised);
    // Critical value at alpha = 0.001 is 1.95/sqrt(n); keys are fixed, so this never flakes.
    assert.ok(ks.d < 1.95 / Math.sqrt(n), `${vote}: randomised p KS D = ${ks.d.toFixed(3)} (p = ${ks.p.toExponential(2)})`);
    // The exact p is conservative: P(p <= alpha) <= alpha up to noise. With 200 keys and three votes read on the
    // same keys, alpha = 0.01 is too coarse to check (2 expected); the KS test above covers the whole range.
    for (const alpha of [0.05, 0.25]) {
      const share = exact.filter((p) => p <= alpha).length / n;
      assert.ok(share <= alpha + 3.5 * Math.sqrt((alpha * (1 - alpha)) / n), `${vote}: P(p <= ${alpha}) = ${share}`);
    }
  }
});

test('the uniformity check catches a filter that looks at the keyed choice (it is not a formality)', () => {
  // An invalid filter: keep the sites where the served (keyed) member agrees with the suspect's word.
  const leaky = (key: WatermarkKey): SiteFilter => {
    const served = new Map<string, number>();
    for (const t of suspect) for (const [id, m] of sites(watermarkText(key, t).text)) if (!served.has(id)) served.set(id, m);
    const mine = new Map<string, number>();
    for (const t of suspect) for (const [id, m] of sites(t)) if (!mine.has(id)) mine.set(id, m);
    return {
      context: 'two-words', table: key.table, size: served.size, textCount: suspect.length,
      textsWith: (id) => (served.has(id) && served.get(id) === mine.get(id) ? 1 : 0),
    };
  };
  const n = 60;
  const { randomised } = nullPValues(suspect, n, leaky, ['first']).get('first')!;
  const ks = ksUniform(randomised);
  assert.ok(ks.d > 1.95 / Math.sqrt(n), `the leaky filter should fail the check: KS D = ${ks.d.toFixed(3)}`);
});

test('the served filter keeps only served sites and counts served texts, not occurrences', () => {
  const key = testKey('count', 0);
  const servedTexts = suspect.slice(0, 80).map((t) => watermarkText(key, t).text);
  const served = ServedSites.from([...servedTexts, servedTexts[0]!]);
  assert.equal(served.textCount, 81);
  const [firstId] = sites(servedTexts[0]!).keys();
  assert.ok(firstId !== undefined && served.textsWith(firstId) >= 2);
  const all = scoreTexts(key, suspect);
  const only = scoreTexts(key, suspect, { served });
  assert.ok(only.scored > 0 && only.scored < all.scored, `${only.scored} of ${all.scored}`);
  assert.equal(only.served?.texts, 81);
  assert.ok(only.served!.unserved_skipped > 0);
  // The first 80 suspect texts are the served ones in clean form; the watermarked ones score every served site.
  const marked = scoreTexts(key, servedTexts, { served });
  assert.equal(marked.hits, marked.scored);
  const stricter = scoreTexts(key, suspect, { served, minServed: 2 });
  assert.ok(stricter.scored < only.scored);
});

test('a filter read with another context setting than the key is refused', () => {
  const key = keyFromSecret(Buffer.alloc(32, 7), { context: 'one-word' });
  assert.throws(() => new WatermarkScorer(key, { served: new ServedSites('two-words') }),
    (e: unknown) => e instanceof DistillguardError && e.code === 'WATERMARK_KEY');
  assert.throws(() => new WatermarkScorer(key, { served: new ServedSites('one-word'), minServed: 0 }),
    (e: unknown) => e instanceof DistillguardError && e.code === 'USAGE');
});

test('watermarking is idempotent, so served answers can be given as recorded (unmarked) or as served', () => {
  const key = testKey('idem', 0);
  let changed = 0;
  for (const t of gpt4Responses().slice(0, 300)) {
    const once = watermarkText(key, t);
    changed += once.changed;
    assert.equal(watermarkText(key, once.text).text, once.text);
  }
  assert.ok(changed > 50);
});

test('one-word and adaptive keys mark and verify with their own contexts', () => {
  for (const context of ['one-word', 'adaptive'] as const) {
    const key = keyFromSecret(Buffer.alloc(32, 9), { context });
    const marked = suspect.slice(0, 200).map((t) => watermarkText(key, t).text);
    const r = scoreTexts(key, marked, { served: ServedSites.from(marked, context) });
    assert.equal(r.hits, r.scored);
    assert.ok(r.log10_p_value! < -9, `${context}: ${r.log10_p_value}`);
    // Another secret with the same setting finds nothing.
    assert.ok(scoreTexts(keyFromSecret(Buffer.alloc(32, 8), { context }), marked).p_value > 1e-3);
  }
});

/** Served texts per site id (group, canonical context), leaving out the sites the scorer never asks about. */
function servedCounts(texts: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const text of texts) {
    const inText = new Set<string>();
    const scanner = new ProseScanner((s) => {
      if (!eligibilityFollowsChoice(s)) inText.add(siteId(s.group.id, s.canonicalContext));
      return s.observed;
    });
    scanner.push(text);
    scanner.end();
    for (const id of inText) out.set(id, (out.get(id) ?? 0) + 1);
  }
  return out;
}

test('which sites the served answers offer does not depend on the key: watermarked and original answers agree', () => {
  // hh-rlhf turns are full of "I don't think", where "think" is a site after "don't" but not after "do not": whether
  // a table word is a site can follow the keyed choice before it, and its canonical form must not.
  const originals = [...assistantResponses('hh-rlhf').slice(0, 1500), ...suspect];
  const clean = servedCounts(originals);
  for (let i = 0; i < 12; i++) {
    const key = testKey('invariance', i);
    const marked = servedCounts(originals.map((t) => watermarkText(key, t).text));
    const differ = [...new Set([...clean.keys(), ...marked.keys()])].filter((id) => clean.get(id) !== marked.get(id));
    assert.deepEqual(differ.slice(0, 5), [], `key ${i}: ${differ.length} of ${clean.size} sites differ`);
  }
});

/** Every site of a text with its offset and (group, context) id, the text pushed in chunks of `chunk` characters. */
function sitesWithOffsets(text: string, chunk = text.length): { offset: number; id: string; word: string }[] {
  const out: { offset: number; id: string; word: string }[] = [];
  const scanner = new ProseScanner((s) => {
    out.push({ offset: s.offset, id: siteId(s.group.id, s.context), word: s.group.words[s.observed]! });
    return s.observed;
  });
  for (let at = 0; at < text.length; at += chunk) scanner.push(text.slice(at, at + chunk));
  scanner.end();
  return out;
}

test('served-prefix probes: only the continuation is scored, with its context read from the prompt', () => {
  const key = testKey('prefix', 0);
  let checked = 0;
  for (const original of suspect) {
    const marked = watermarkText(key, original).text;
    const sites = sitesWithOffsets(marked);
    // Offsets point at the word, whatever the chunking.
    for (const s of sites) {
      assert.equal(marked.slice(s.offset, s.offset + s.word.length).toLowerCase().replace(/\u2019/g, "'"), s.word);
    }
    assert.deepEqual(sitesWithOffsets(marked, 7), sites);
    // Cut before the second site, where the watermark left the start as it was (so the original start lines up).
    const cut = sites[1]?.offset;
    if (cut === undefined || !marked.startsWith(original.slice(0, cut))) continue;
    const scorer = new WatermarkScorer(key);
    scorer.addContinuation(original.slice(0, cut), marked.slice(cut));
    const r = scorer.result();
    assert.equal(r.scored, new Set(sites.filter((s) => s.offset >= cut).map((s) => s.id)).size);
    assert.equal(r.hits, r.scored, 'each continuation site is read with its real context, so each is the keyed word');
    assert.equal(r.texts, 1);
    checked++;
  }
  assert.ok(checked > 20, `${checked} texts checked`);
});

test('served-prefix probes keep the test exact: a suspect reciting the original answers is uniform over keys', () => {
  // The hardest null for probing: the probes are the served answers cut before every table word, and the suspect
  // continues each with the original's own words (a model that memorised the unwatermarked answers).
  const originals = suspect.slice(0, 150);
  const cuts: { prompt: string; continuation: string }[] = [];
  for (const text of originals) {
    const offsets: number[] = [];
    const scanner = new ProseScanner((s) => {
      offsets.push(s.offset);
      return s.observed;
    });
    scanner.push(text);
    scanner.end();
    for (const at of offsets) cuts.push({ prompt: text.slice(0, at), continuation: text.slice(at, at + 60) });
  }
  const n = 200;
  const randomised = new Map(SITE_VOTES.map((v) => [v, [] as number[]]));
  for (let i = 0; i < n; i++) {
    const key = testKey('prefix-null', i);
    const served = ServedSites.from(originals.map((t) => watermarkText(key, t).text));
    for (const vote of SITE_VOTES) {
      const scorer = new WatermarkScorer(key, { vote, served });
      for (const c of cuts) scorer.addContinuation(c.prompt, c.continuation);
      randomised.get(vote)!.push(scorer.randomisedP((i * 0.618034) % 1));
    }
  }
  for (const [vote, ps] of randomised) {
    const ks = ksUniform(ps);
    assert.ok(ks.d < 1.95 / Math.sqrt(n), `${vote}: randomised p KS D = ${ks.d.toFixed(3)} (p = ${ks.p.toExponential(2)})`);
  }
});
