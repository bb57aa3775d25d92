/**
 * Provenance tests in a case file: the results of `distillguard verify --json` (a suspect model's texts, or its
 * endpoint probed) that a provider attaches to a campaign with `report --provenance FILE`. They go into case.json,
 * the case file, the letter and the STIX bundle (a `note` tied to the campaign), stated as the test states them:
 * a p-value under the null of a source that never saw the key, never a probability of guilt.
 */
import { readFileSync } from 'node:fs';
import { DistillguardError } from '../errors.js';

export interface ProvenanceTest {
  /** Campaign the suspect model is tied to (`verify --campaign`); absent: every campaign of the report. */
  campaign?: string;
  /** What was tested: the texts file, or the endpoint URL and model. */
  subject: string;
  tested_at?: string;
  key_id?: string;
  method: string;
  p_value: number;
  log10_p_value?: number;
  scored: number;
  hits: number;
  expected: number;
  statistic: number;
  texts?: number;
  /** How repeated contexts were scored (`verify --vote`); absent: first occurrence. */
  vote?: string;
  /** Served answers the test was restricted to (`verify --served`). */
  served_texts?: number;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Reads one `verify --json` object, or several as JSON lines; every line must carry the fields a statement needs. */
export function readProvenance(path: string): ProvenanceTest[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DistillguardError('IO', `--provenance ${path}: ${(e as Error).message}`, { cause: e });
  }
  const out: ProvenanceTest[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      throw new DistillguardError('FILE_FORMAT', `${path}:${i + 1}: not JSON (expected the output of \`distillguard verify --json\`)`);
    }
    const need = ['p_value', 'scored', 'hits', 'expected', 'statistic', 'method'] as const;
    if (!isObj(v) || need.some((k) => v[k] === undefined)) throw new DistillguardError('FILE_FORMAT', `${path}:${i + 1}: not a \`verify --json\` result (needs ${need.join(', ')})`);
    const num = (k: string): number => {
      const x = v[k];
      if (typeof x !== 'number' || !Number.isFinite(x)) throw new DistillguardError('FILE_FORMAT', `${path}:${i + 1}: ${k} must be a number`);
      return x;
    };
    const str = (k: string): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
    const endpoint = str('endpoint');
    const subject = str('subject') ?? (endpoint ? `${endpoint}${str('model') ? ` (model ${str('model')})` : ''}` : path);
    const campaign = str('campaign'), testedAt = str('tested_at'), keyId = str('key_id');
    out.push({
      ...(campaign ? { campaign } : {}),
      subject,
      ...(testedAt ? { tested_at: testedAt } : {}),
      ...(keyId ? { key_id: keyId } : {}),
      method: String(v.method),
      p_value: num('p_value'),
      ...(typeof v.log10_p_value === 'number' ? { log10_p_value: v.log10_p_value } : {}),
      scored: num('scored'),
      hits: num('hits'),
      expected: num('expected'),
      statistic: num('statistic'),
      ...(typeof v.texts === 'number' ? { texts: v.texts } : {}),
      ...(str('vote') && str('vote') !== 'first' ? { vote: str('vote') } : {}),
      ...(isObj(v.served) && typeof v.served.texts === 'number' ? { served_texts: v.served.texts } : {}),
    });
  });
  if (out.length === 0) throw new DistillguardError('FILE_FORMAT', `--provenance ${path}: no result in the file`);
  return out;
}

/** The tests that belong to a campaign: those naming it, and those naming none. */
export function testsFor(tests: readonly ProvenanceTest[], campaignId: string): ProvenanceTest[] {
  return tests.filter((t) => t.campaign === undefined || t.campaign === campaignId);
}

/** A p-value as printed, exact in exponent form even where the double underflows. */
export function formatPValue(t: Pick<ProvenanceTest, 'p_value' | 'log10_p_value'>): string {
  if (t.p_value > 1e-300 || t.log10_p_value === undefined) return t.p_value >= 0.001 ? t.p_value.toFixed(3) : t.p_value.toExponential(1);
  const e = Math.floor(t.log10_p_value);
  return `${Math.pow(10, t.log10_p_value - e).toFixed(1)}e${e}`;
}

/** One sentence a reader can check against the numbers, saying what the test shows and what it does not. */
export function provenanceSentence(t: ProvenanceTest): string {
  const texts = t.texts !== undefined ? `${t.texts.toLocaleString('en-US')} texts from ` : 'texts from ';
  const head = `The output watermark${t.key_id ? ` (key ${t.key_id})` : ''} was tested on ${texts}${t.subject}${t.tested_at ? ` on ${t.tested_at.slice(0, 10)}` : ''}: ` +
    `${t.hits.toLocaleString('en-US')} of ${t.scored.toLocaleString('en-US')} unique scored contexts` +
    `${t.served_texts !== undefined ? ` (only contexts found in the ${t.served_texts.toLocaleString('en-US')} answers served to the campaign)` : ''}` +
    `${t.vote === 'majority' ? ', each scored by the word the source wrote most often there,' : ''}` +
    ` followed the key, against ${t.expected.toFixed(1)} expected from a source that never saw it` +
    `${t.vote === 'share' ? ` (the p-value scores each context by the share of its uses that are the keyed word)` : ''}` +
    ` (p = ${formatPValue(t)}).`;
  const strong = t.p_value < 1e-6 || (t.log10_p_value !== undefined && t.log10_p_value < -6);
  return strong
    ? `${head} Text this far from chance is evidence that the source learned from watermarked answers; it does not say which accounts supplied them.`
    : `${head} This does not show that the source learned from watermarked answers; it does not show that it did not (a paraphrasing distiller or too few texts leave no trace).`;
}
