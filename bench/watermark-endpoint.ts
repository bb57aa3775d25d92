/**
 * The watermark test against a suspect endpoint, through real HTTP: n-gram students (radioactivity/ngram.ts) trained
 * on 0, 5 or 25% watermarked answers are served over the Anthropic messages API on loopback, and `probeEndpoint` (what
 * `verify --model-url` runs) probes them with served-prefix probes (`--prefix-probes`) and with free prompts.
 *
 *   npx tsc -p . && node dist/bench/watermark-endpoint.js [--seeds 2] [--shares 0,0.05,0.25] [--budgets 1500,4650]
 *     [--attack none|both] [--student ngram|neural] [--neural-epochs 2] [--table 1|2]
 *
 * As in the radioactivity bench, the watermarked share of the training answers is what the provider served to the
 * campaign (it knows their originals); behind a 0% student are watermarked versions of 25% of its clean training
 * answers (the hardest null: every served context was learned, never the keyed word). Prefix probes ask for 8 student
 * tokens per continuation, free prompts for up to 200. `--attack both` rewrites every training answer before
 * training as the radioactivity bench's attacker does (thesaurus synonyms and shuffled sentences, without the key);
 * the served originals the provider cuts stay as the upstream wrote them. `--student neural` serves the small neural
 * student (radioactivity/neural.ts, default sizes) instead of the n-gram one.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Rng } from '../src/sim/rng.js';
import { keyFromSecret } from '../src/watermark/key.js';
import { watermarkText } from '../src/watermark/lexical.js';
import { planPrefixProbes } from '../src/watermark/prefix-probes.js';
import { loadProbes, probeEndpoint } from '../src/watermark/probe.js';
import { ServedSites } from '../src/watermark/served.js';
import { LATEST_TABLE, TABLE_VERSIONS, type TableVersion } from '../src/watermark/synonyms.js';
import { reorderSentences, synonymShuffle } from './radioactivity/attacker.js';
import { KneserNeyModel, tokenize } from './radioactivity/ngram.js';
import { DEFAULT_NEURAL_OPTIONS, NeuralLanguageModel } from './radioactivity/neural.js';
import { formatLog10P, quantile } from './radioactivity/stats.js';
import { StudentEndpoint, type SamplingModel } from './radioactivity/student-endpoint.js';
import { loadTeacherTexts } from './radioactivity/teacher.js';

const { values: args } = parseArgs({
  options: {
    seeds: { type: 'string', default: '2' },
    shares: { type: 'string', default: '0,0.05,0.25' },
    budgets: { type: 'string', default: '1500,4650' },
    'free-budget': { type: 'string', default: '1500' },
    attack: { type: 'string', default: 'none' },
    student: { type: 'string', default: 'ngram' },
    'neural-epochs': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.epochs) },
    /** The synonym table of the students' keys (new keys use the latest). */
    table: { type: 'string', default: String(LATEST_TABLE) },
  },
});
const SEEDS = Number(args.seeds);
const SHARES = args.shares!.split(',').map(Number);
const BUDGETS = args.budgets!.split(',').map(Number);
const FREE_BUDGET = Number(args['free-budget']);
const ATTACK = args.attack;
if (ATTACK !== 'none' && ATTACK !== 'both') throw new Error('--attack is none or both');
const STUDENT = args.student;
if (STUDENT !== 'ngram' && STUDENT !== 'neural') throw new Error('--student is ngram or neural');
const NEURAL_EPOCHS = Number(args['neural-epochs']);
const TABLE = Number(args.table) as TableVersion;
if (!TABLE_VERSIONS.includes(TABLE)) throw new Error(`--table is one of ${TABLE_VERSIONS.join(', ')}`);

const teacher = loadTeacherTexts().map((t) => t.text);

interface Row {
  share: number; seed: number; mode: string; requests: number; log10p: number; scored: number; seconds: number;
}
const rows: Row[] = [];

for (const share of SHARES) {
  for (let s = 0; s < SEEDS; s++) {
    const seed = 3000 + s;
    const secret = createHash('sha256').update(`distillguard endpoint bench key ${seed}`).digest();
    const key = keyFromSecret(secret, { table: TABLE });
    const rng = new Rng(seed, 1);
    const texts = [...teacher];
    for (let i = texts.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [texts[i], texts[j]] = [texts[j]!, texts[i]!];
    }
    const servedCount = Math.round((share === 0 ? 0.25 : share) * texts.length);
    const served = texts.slice(0, servedCount);
    const attacker = rng.fork(2);
    const training = texts.map((t, i) => {
      const learned = share > 0 && i < servedCount ? watermarkText(key, t).text : t;
      if (ATTACK === 'none') return tokenize(learned);
      return tokenize(reorderSentences(synonymShuffle(learned, attacker, 1).text, attacker));
    });
    let model: SamplingModel;
    if (STUDENT === 'neural') {
      const neural = new NeuralLanguageModel({ epochs: NEURAL_EPOCHS });
      neural.train(training, rng.fork(4));
      model = neural;
    } else {
      const ngram = new KneserNeyModel({ order: 4 });
      ngram.train(training);
      model = ngram;
    }
    const sites = ServedSites.from(served.map((t) => watermarkText(key, t).text), key);
    const endpoint = new StudentEndpoint(model, seed);
    const url = await endpoint.listen();
    type Prompts = Parameters<typeof probeEndpoint>[1]['prompts'];
    const run = async (mode: string, budget: number, prompts: Prompts, maxTokens: number) => {
      const t0 = performance.now();
      const r = await probeEndpoint(key, {
        url, api: 'anthropic', model: 'student', prompts, budget, concurrency: 4, maxTokens,
        scoring: { vote: 'share', served: sites },
      });
      rows.push({
        share, seed, mode, requests: r.requests, log10p: r.log10_p_value ?? Math.log10(r.p_value), scored: r.scored,
        seconds: (performance.now() - t0) / 1000,
      });
    };
    try {
      for (const budget of BUDGETS) {
        const plan = planPrefixProbes(served.map((text) => ({ text })), Math.floor(budget / 3), seed, key);
        await run(`prefix probes, ${budget.toLocaleString('en-US')} requests`, budget,
          { kind: 'prefixes', probes: plan.probes, style: 'assistant', repeats: 3 }, 8);
      }
      await run(`free answers, ${FREE_BUDGET.toLocaleString('en-US')} requests`, FREE_BUDGET, loadProbes(), 200);
    } finally {
      await endpoint.close();
    }
    const mine = rows.filter((r) => r.share === share && r.seed === seed);
    process.stderr.write(`  share ${share * 100}% seed ${seed}: ` +
      `${mine.map((r) => `${r.mode}: p ${formatLog10P(r.log10p)} (${r.scored})`).join('; ')}\n`);
  }
}

console.log(`verify --model-url against ${STUDENT === 'neural' ? 'neural' : 'n-gram'} students served over the ` +
  'Anthropic API on loopback ' +
  `(${SEEDS} students per share, synonym table ${TABLE}` +
  `${ATTACK === 'both' ? ', trained on answers the attacker rewrote (synonyms + reordering)' : ''}; ` +
  'served filter, share vote; median p, range, median scored contexts):');
console.log('| watermarked share | probes | median p | range | scored | requests/s |');
console.log('|---|---|---|---|---|---|');
const modes = [...new Set(rows.map((r) => r.mode))];
for (const share of SHARES) {
  for (const mode of modes) {
    const rs = rows.filter((r) => r.share === share && r.mode === mode);
    if (!rs.length) continue;
    const logs = rs.map((r) => r.log10p);
    const rate = rs.reduce((a, r) => a + r.requests, 0) / rs.reduce((a, r) => a + r.seconds, 0);
    console.log(`| ${share * 100}% | ${mode} | ${formatLog10P(quantile(logs, 0.5))} | ` +
      `${formatLog10P(Math.min(...logs))} – ${formatLog10P(Math.max(...logs))} | ` +
      `${quantile(rs.map((r) => r.scored), 0.5).toFixed(0)} | ${rate.toFixed(0)} |`);
  }
}
