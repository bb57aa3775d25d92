import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKey } from '../watermark/key.js';
import { watermarkText } from '../watermark/lexical.js';
import { scoreTexts } from '../watermark/verify.js';
import { renderCaseHtml } from './html.js';
import { readProvenance, testsFor, provenanceSentence } from './provenance.js';
import { toStixBundle } from './stix.js';
import { stixBundleValidator } from './stix-schema.js';
import { sampleCase } from './test-fixtures.js';
import { assistantResponses } from '../watermark/assistant-corpus.js';

const validate = stixBundleValidator();

/** A real `verify` result on real assistant text, watermarked or not, as `verify --json` writes it. */
function verifyLine(watermarked: boolean, campaign?: string): string {
  const key = generateKey();
  const texts = assistantResponses('hh-rlhf').slice(0, 300).map((t) => (watermarked ? watermarkText(key, t).text : t));
  return JSON.stringify({ ...scoreTexts(key, texts), subject: 'suspect-samples.jsonl', tested_at: '2026-07-01T00:00:00.000Z', ...(campaign ? { campaign } : {}) });
}

test('a verify result becomes a true sentence in the case file and a report on the campaign in a valid STIX bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-prov-'));
  const file = join(dir, 'verify.jsonl');
  const c = sampleCase();
  writeFileSync(file, verifyLine(true, c.campaign.id) + '\n' + verifyLine(false, 'C-other') + '\n');
  const all = readProvenance(file);
  assert.equal(all.length, 2);
  const mine = testsFor(all, c.campaign.id);
  assert.equal(mine.length, 1, 'a test tied to another campaign stays out');
  c.provenance = mine;
  const t = mine[0]!;
  assert.ok(t.p_value < 1e-9 && t.hits > 0.9 * t.scored, `watermarked text: p ${t.p_value}, ${t.hits}/${t.scored}`);
  const sentence = provenanceSentence(t);
  assert.match(sentence, new RegExp(`${t.hits.toLocaleString('en-US')} of ${t.scored.toLocaleString('en-US')} unique scored contexts`));
  assert.match(sentence, /is evidence that the source learned/);
  assert.ok(renderCaseHtml(c).includes('Output watermark'));
  const b = toStixBundle(c);
  const v = validate(b);
  assert.ok(v.valid, v.errors.join('; '));
  const note = b.objects.find((o) => o.type === 'report')!;
  const campaign = b.objects.find((o) => o.type === 'campaign')!;
  assert.deepEqual(note.object_refs, [campaign.id]);
  assert.ok(String(note.description).includes(sentence));
});

test('an unwatermarked source is not called a distiller, and a file that is not a verify result is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dg-prov-'));
  const file = join(dir, 'verify.jsonl');
  writeFileSync(file, verifyLine(false) + '\n');
  const [t] = readProvenance(file);
  assert.ok(t!.p_value > 1e-6, `clean text p ${t!.p_value}`);
  assert.match(provenanceSentence(t!), /does not show that the source learned/);
  writeFileSync(file, '{"text": "hello"}\n');
  assert.throws(() => readProvenance(file), (e: Error & { code?: string }) => e.code === 'FILE_FORMAT' && /:1: not a `verify --json` result/.test(e.message));
});
