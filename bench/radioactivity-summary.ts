/**
 * Summarises several `radioactivity.js --json` outputs as one: runs split over processes (null students by
 * `--null-offset`, one share per run) are merged, and the uniformity check and the per-share table are printed for
 * the union of their students.
 *
 *   node dist/bench/radioactivity-summary.js RUN.json [RUN.json …]
 *
 * The 0% rows are checked with Kolmogorov–Smirnov against U(0,1) on the randomised p (exactly uniform under the
 * null) and on the exact p (conservative with few contexts); the share rows give the median p, its range over the
 * students and the median number of scored contexts, for the scoring methods the docs report.
 */
import { readFileSync } from 'node:fs';
import { ksUniform } from '../src/watermark/stats.js';
import { formatLog10P, quantile } from './radioactivity/stats.js';

interface MethodScore { p_value: number; log10_p: number; randomised_p: number; scored: number; hits: number }
interface Student {
  seed: number; share: number; condition: string; texts: number; words: number;
  methods: Record<string, MethodScore>;
  /** Sampled continuations behind each probe budget (`prefix`, `prefix@500x3`, …). */
  probeTexts?: Record<string, number>;
}
interface Run { parameters: { student?: string }; students: Student[] }

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: radioactivity-summary RUN.json [RUN.json …]\n');
  process.exit(2);
}
const students: Student[] = [];
const kinds = new Set<string>();
for (const f of files) {
  const run = JSON.parse(readFileSync(f, 'utf8')) as Run;
  kinds.add(run.parameters.student ?? 'ngram');
  students.push(...run.students);
}
if (kinds.size > 1) throw new Error(`runs mix student kinds: ${[...kinds].join(', ')}`);

/** The methods the docs report, then the `share` vote of every smaller probe budget the runs scored. */
const METHODS = ['all/first', 'all/share', 'served/share', 'campaign/served/share', 'prefix/served/first',
  'prefix/served/share', ...new Set(students.flatMap((s) => Object.keys(s.methods))
    .filter((m) => m.startsWith('prefix@') && m.endsWith('/share')).sort())];
const f = (ks: { d: number; p: number }) => `${ks.d.toFixed(3)} (${formatLog10P(Math.log10(ks.p))})`;

const nulls = students.filter((s) => s.share === 0 && s.condition === 'plain');
const nullSeeds = new Set<number>();
for (const s of nulls) {
  // A student counted twice would make the KS check look tighter than the evidence is.
  if (nullSeeds.has(s.seed)) throw new Error(`null student seed ${s.seed} appears in more than one run`);
  nullSeeds.add(s.seed);
}
if (nulls.length) {
  console.log(`Uniformity at 0% (${nulls.length} students, seeds ${Math.min(...nulls.map((s) => s.seed))}–` +
    `${Math.max(...nulls.map((s) => s.seed))}):`);
  console.log('| method | randomised p: KS D (p) | exact p: KS D (p) | exact p < 0.05 | exact p < 0.01 | median p | ' +
    'median scored |');
  console.log('|---|---|---|---|---|---|---|');
  // Every method the runs scored, not only the ones of the share table: the check is for all of them.
  for (const m of Object.keys(nulls[0]!.methods)) {
    const exact = nulls.map((s) => s.methods[m]!.p_value);
    const rand = nulls.map((s) => s.methods[m]!.randomised_p);
    console.log(`| ${m} | ${f(ksUniform(rand))} | ${f(ksUniform(exact))} | ` +
      `${exact.filter((p) => p < 0.05).length}/${exact.length} | ` +
      `${exact.filter((p) => p < 0.01).length}/${exact.length} | ` +
      `${quantile(exact, 0.5).toFixed(3)} | ${quantile(nulls.map((s) => s.methods[m]!.scored), 0.5).toFixed(0)} |`);
  }
  console.log('');
}

const rows = new Map<string, Student[]>();
for (const s of students) {
  if (s.share === 0 && s.condition === 'plain') continue;
  const k = `${s.condition}|${s.share}|${s.texts}`;
  rows.set(k, [...(rows.get(k) ?? []), s]);
}
if (rows.size) {
  console.log('Median p (range over students; median scored contexts; median hit rate):');
  console.log(`| share | edits | texts | students | ${METHODS.join(' | ')} | probe texts (median) |`);
  console.log(`|---|---|---|---|${METHODS.map(() => '---|').join('')}---|`);
  for (const [k, rs] of [...rows].sort()) {
    const [condition, share, texts] = k.split('|');
    const cells = METHODS.map((m) => {
      if (!rs[0]!.methods[m]) return '–';
      const logs = rs.map((r) => r.methods[m]!.log10_p);
      const hitRate = quantile(rs.map((r) => r.methods[m]!.hits / Math.max(1, r.methods[m]!.scored)), 0.5);
      return `${formatLog10P(quantile(logs, 0.5))} (${formatLog10P(Math.min(...logs))} – ` +
        `${formatLog10P(Math.max(...logs))}; ${quantile(rs.map((r) => r.methods[m]!.scored), 0.5).toFixed(0)}; ` +
        `${hitRate.toFixed(2)})`;
    });
    const budgets = Object.keys(rs[0]!.probeTexts ?? {}).map((b) =>
      `${b}: ${quantile(rs.map((r) => r.probeTexts?.[b] ?? 0), 0.5).toFixed(0)}`).join(', ');
    console.log(`| ${Number(share) * 100}% | ${condition} | ${texts} | ${rs.length} | ${cells.join(' | ')} | ` +
      `${budgets || '–'} |`);
  }
  const words = quantile(students.map((s) => s.words / s.texts), 0.5);
  console.log(`\nSampled answers: median ${words.toFixed(1)} words.`);
}
