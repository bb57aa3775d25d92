/**
 * The lexical watermark on real assistant text: share of words changed, p-values of watermarked texts by
 * number of responses, uniformity of p on unwatermarked text over many keys (Kolmogorov–Smirnov), and
 * throughput of apply (whole texts and 16-character stream chunks) and verify, against a reference measured in
 * the same run: a Unicode word split of the same texts (the least any word-level rewrite must do).
 *
 *   npx tsc -p . && node dist/bench/watermark.js [--keys 500] [--rounds 3] [--table 1|2]
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { assistantResponses, gpt4Responses } from '../src/watermark/assistant-corpus.js';
import { keyFromSecret, type WatermarkKey } from '../src/watermark/key.js';
import { WatermarkStream, watermarkText } from '../src/watermark/lexical.js';
import { ksUniform, randomisedTail } from '../src/watermark/stats.js';
import { scoreTexts } from '../src/watermark/verify.js';
import { LATEST_TABLE, TABLE_VERSIONS, type TableVersion } from '../src/watermark/synonyms.js';

let table: TableVersion = LATEST_TABLE;

function key(label: string, i: number): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`bench ${label} ${i}`).digest(), { table });
}

function fmtP(log10p: number): string {
  if (log10p > -3) return Math.pow(10, log10p).toFixed(3);
  const e = Math.floor(log10p);
  return `${Math.pow(10, log10p - e).toFixed(1)}e${e}`;
}

function mbps(bytes: number, ms: number): string {
  return (bytes / 1e6 / (ms / 1000)).toFixed(1);
}

function best(rounds: number, fn: () => void): number {
  let min = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    min = Math.min(min, performance.now() - t0);
  }
  return min;
}

function main(): void {
  const { values } = parseArgs({ options: {
    keys: { type: 'string', default: '500' }, rounds: { type: 'string', default: '3' }, table: { type: 'string', default: String(LATEST_TABLE) },
  } });
  table = Number(values.table) as TableVersion;
  if (!TABLE_VERSIONS.includes(table)) throw new Error(`--table is one of ${TABLE_VERSIONS.join(', ')}`);
  console.log(`synonym table ${table}`);
  const nKeys = Number(values.keys);
  const rounds = Number(values.rounds);
  const corpora: [string, string[]][] = [
    ['gpt-4 roleplay (GPTeacher)', assistantResponses('gpteacher-roleplay')],
    ['gpt-4 toolformer (GPTeacher)', assistantResponses('gpteacher-toolformer')],
    ['gpt-4 codegen (GPTeacher)', assistantResponses('gpteacher-codegen')],
    ['hh-rlhf assistant turns', assistantResponses('hh-rlhf')],
  ];
  const k0 = key('main', 0);

  console.log('share of prose words changed');
  for (const [name, texts] of corpora) {
    let words = 0, changed = 0;
    for (const t of texts) {
      const r = watermarkText(k0, t);
      words += r.words;
      changed += r.changed;
    }
    console.log(`  ${name.padEnd(30)} ${texts.length.toString().padStart(5)} responses  ${changed}/${words} = ${((100 * changed) / words).toFixed(2)}%`);
  }

  console.log('\np-value of watermarked responses (first N in file order; hits/scored unique contexts)');
  for (const [name, texts] of [['gpt-4 (GPTeacher, all three)', gpt4Responses()], ['hh-rlhf assistant turns', assistantResponses('hh-rlhf')]] as const) {
    const marked = texts.slice(0, 2000).map((t) => watermarkText(k0, t).text);
    const row = [2000, 200, 50, 10].map((n) => {
      const r = scoreTexts(k0, marked.slice(0, n));
      return `N=${n}: ${r.hits}/${r.scored} p=${fmtP(r.log10_p_value!)}`;
    });
    console.log(`  ${name.padEnd(30)} ${row.join('   ')}`);
  }

  console.log(`\nunwatermarked text, ${nKeys} keys: the exact p is super-uniform (discrete), the randomised p Uniform(0,1)`);
  const nullSets = [['gpt-4 (GPTeacher)', gpt4Responses(), 2000], ['hh-rlhf', assistantResponses('hh-rlhf'), 2000],
    ['gpt-4 (GPTeacher)', gpt4Responses(), 200], ['gpt-4 (GPTeacher)', gpt4Responses(), 10]] as const;
  for (const [name, texts, n] of nullSets) {
    const sample = texts.slice(0, n);
    const ps: number[] = [];
    const randomised: number[] = [];
    let scored = 0;
    for (let i = 0; i < nKeys; i++) {
      const r = scoreTexts(key('null', i), sample);
      ps.push(r.p_value);
      const sizes = new Map(Object.entries(r.scored_by_group_size ?? {}).map(([k, v]) => [Number(k), v]));
      randomised.push(randomisedTail(sizes, r.hits, (i + 0.5) / nKeys));
      scored = r.scored;
    }
    const ks = ksUniform(ps);
    const ksr = ksUniform(randomised);
    const below = (a: number) => ((100 * ps.filter((p) => p <= a).length) / ps.length).toFixed(1);
    console.log(`  ${name.padEnd(20)} N=${String(n).padEnd(5)} ${scored} contexts  exact p: KS D=${ks.d.toFixed(3)} (p=${ks.p.toFixed(2)}), ` +
      `P(p<=0.05)=${below(0.05)}%, P(p<=0.01)=${below(0.01)}%, mean ${(ps.reduce((a, b) => a + b, 0) / ps.length).toFixed(3)};  ` +
      `randomised p: KS D=${ksr.d.toFixed(3)} (p=${ksr.p.toFixed(2)})`);
  }

  const texts = [...gpt4Responses(), ...assistantResponses('hh-rlhf')];
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
  for (const t of texts.slice(0, 500)) watermarkText(k0, t);
  const ref = best(rounds, () => {
    for (const t of texts) t.match(/[\p{L}']+/gu);
  });
  const whole = best(rounds, () => {
    for (const t of texts) watermarkText(k0, t);
  });
  const streamed = best(rounds, () => {
    for (const t of texts) {
      const s = new WatermarkStream(k0);
      for (let i = 0; i < t.length; i += 16) s.push(t.slice(i, i + 16));
      s.end();
    }
  });
  const verify = best(rounds, () => {
    scoreTexts(k0, texts);
  });
  console.log(`\nthroughput over ${(bytes / 1e6).toFixed(1)} MB (${texts.length} responses), best of ${rounds}`);
  console.log(`  reference: Unicode word split    ${mbps(bytes, ref)} MB/s`);
  console.log(`  apply, whole texts               ${mbps(bytes, whole)} MB/s  (${(whole / ref).toFixed(2)}x the reference time)`);
  console.log(`  apply, streamed in 16-char chunks ${mbps(bytes, streamed)} MB/s  (${(streamed / ref).toFixed(2)}x)`);
  console.log(`  verify                           ${mbps(bytes, verify)} MB/s  (${(verify / ref).toFixed(2)}x)`);
}

main();
