/**
 * Radioactivity benchmark: can a provider prove that a student model learned from its watermarked outputs?
 *
 *   npx tsc -p . && node dist/bench/radioactivity.js [--quick] [--seeds N] [--null-students N] [--texts N]
 *     [--context two-words|one-word|adaptive] [--shares 0,0.05,0.25,1] [--attacks both,reorder,synonyms]
 *     [--train-limit N] [--probe-repeats 3] [--probe-tokens 8] [--probe-limit 3000] [--probe-subsets 500x3,1500x1]
 *     [--skip-plain] [--null-offset N] [--seed-offset N]
 *     [--student ngram|neural] [--neural-context 3] [--neural-embedding 48] [--neural-hidden 128]
 *     [--neural-vocab 8000] [--neural-epochs 2] [--neural-lr 0.03] [--temperature 1]
 *
 * The teacher's outputs are real assistant responses (GPTeacher GPT-4 responses and hh-rlhf assistant turns,
 * data/corpora). For each student a seed draws a key, a held-out set of openings and a training set; a share of
 * the training responses (0, 5, 25 or 100%) is watermarked with the key, the rest stays clean, and a word n-gram
 * model with Kneser–Ney smoothing (`--student ngram`, the default) or a small feed-forward neural language model
 * (`--student neural`, radioactivity/neural.ts) is trained on the mix. The student then answers varied openings
 * (the first words of held-out responses) and its continuations are scored with `scoreTexts` under the same key.
 *
 * Each student's samples are scored by several methods: every site or only the sites served to the campaign
 * (`served/…`: the provider knows the watermarked answers it served, see src/watermark/served.ts), each with the
 * `first`, `majority` or `share` vote; `campaign/served/…` samples the student from the served answers' (clean)
 * openings, as a provider probing with the campaign's own prompts would; `prefix/served/…` cuts each served answer
 * (as the upstream wrote it, so the probes do not depend on the key) before a word of the synonym table and scores
 * only the student's continuations (`WatermarkScorer.addContinuation`, `verify --prompt-field`). `--probe-subsets`
 * also scores smaller probe budgets of the same student (`prefix@CUTSxREPEATS/served/…`: CUTS of the cuts, drawn
 * without the key, with the first REPEATS of their continuations), so a fixed count of sampled texts (e.g. 1,500 as
 * 500 × 3 or 1,500 × 1) is reported beside the full budget without training the student again.
 *
 * The 0% students never saw the key, so their p-values must be uniform on (0,1): many of them (one key each, the
 * served filter built from watermarked versions of texts they were trained on clean) are checked with a
 * Kolmogorov–Smirnov test for every method. The attacker variant rewrites every training response before
 * training (random synonyms from a thesaurus of its own, sentences shuffled within paragraphs), as a distiller
 * who suspects a watermark but has no key would.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Rng } from '../src/sim/rng.js';
import { keyFromSecret, type WatermarkKey } from '../src/watermark/key.js';
import { watermarkText } from '../src/watermark/lexical.js';
import { scoreTexts, WatermarkScorer, type SiteVote } from '../src/watermark/verify.js';
import { ServedSites } from '../src/watermark/served.js';
import { ProseScanner, SITE_CONTEXTS, type SiteContext } from '../src/watermark/scanner.js';
import { LATEST_TABLE, synonymTable, TABLE_VERSIONS, type TableVersion } from '../src/watermark/synonyms.js';
import { attackerRewrites, reorderSentences, synonymShuffle } from './radioactivity/attacker.js';
import { detokenize, KneserNeyModel, tokenize } from './radioactivity/ngram.js';
import { DEFAULT_NEURAL_OPTIONS, NeuralLanguageModel, type NeuralOptions } from './radioactivity/neural.js';
import { ksUniform } from '../src/watermark/stats.js';
import { formatLog10P, quantile } from './radioactivity/stats.js';
import { stealth } from './radioactivity/stealth.js';
import { loadTeacherTexts, type TeacherText } from './radioactivity/teacher.js';
import { probeSubset, probeTextCount, shuffled, type ProbeBudget } from './radioactivity/probes.js';

/** `plain`: no edits; the attacks: sentence reordering, thesaurus synonyms, or both (the default attacker). */
const CONDITIONS = ['plain', 'both', 'reorder', 'synonyms'] as const;
type Condition = (typeof CONDITIONS)[number];
const CONDITION_LABEL: Record<Condition, string> = {
  plain: 'none', both: 'synonyms + reordering', reorder: 'sentence reordering', synonyms: 'synonym shuffle',
};

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seeds: { type: 'string' },
    'null-students': { type: 'string' },
    texts: { type: 'string' },
    'max-tokens': { type: 'string', default: '200' },
    order: { type: 'string', default: '4' },
    shares: { type: 'string', default: '0,0.05,0.25,1' },
    'opening-tokens': { type: 'string', default: '2' },
    'attack-rate': { type: 'string', default: '1' },
    'holdout': { type: 'string', default: '1000' },
    'train-limit': { type: 'string' },
    'extra-texts': { type: 'string' },
    attacks: { type: 'string' },
    /** Only the attacked conditions (to split a run over processes). */
    'skip-plain': { type: 'boolean', default: false },
    json: { type: 'string' },
    context: { type: 'string', default: 'two-words' },
    table: { type: 'string', default: String(LATEST_TABLE) },
    'null-offset': { type: 'string', default: '0' },
    'seed-offset': { type: 'string', default: '0' },
    'probe-repeats': { type: 'string', default: '3' },
    'probe-tokens': { type: 'string', default: '8' },
    'probe-limit': { type: 'string', default: '3000' },
    'probe-subsets': { type: 'string', default: '' },
    student: { type: 'string', default: 'ngram' },
    'neural-context': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.context) },
    'neural-embedding': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.embedding) },
    'neural-hidden': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.hidden) },
    'neural-vocab': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.vocabulary) },
    'neural-epochs': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.epochs) },
    'neural-lr': { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.learningRate) },
    temperature: { type: 'string', default: String(DEFAULT_NEURAL_OPTIONS.temperature) },
  },
});

const QUICK = args.quick === true;
const STUDENT_KINDS = ['ngram', 'neural'] as const;
type StudentKind = (typeof STUDENT_KINDS)[number];
const STUDENT = args.student as StudentKind;
if (!STUDENT_KINDS.includes(STUDENT)) throw new Error(`--student is one of ${STUDENT_KINDS.join(', ')}`);
const NEURAL: NeuralOptions = {
  context: Number(args['neural-context']), embedding: Number(args['neural-embedding']),
  hidden: Number(args['neural-hidden']), vocabulary: Number(args['neural-vocab']),
  epochs: Number(args['neural-epochs']), learningRate: Number(args['neural-lr']), temperature: Number(args.temperature),
};
if (STUDENT === 'neural') new NeuralLanguageModel(NEURAL); // validates the options before any work
const CONTEXT = args.context as SiteContext;
if (!SITE_CONTEXTS.includes(CONTEXT)) throw new Error(`--context is one of ${SITE_CONTEXTS.join(', ')}`);
const TABLE = Number(args.table) as TableVersion;
if (!TABLE_VERSIONS.includes(TABLE)) throw new Error(`--table is one of ${TABLE_VERSIONS.join(', ')}`);
const P = {
  order: Number(args.order),
  seeds: Number(args.seeds ?? (QUICK ? 2 : 10)),
  nullStudents: Number(args['null-students'] ?? (QUICK ? 12 : 60)),
  texts: Number(args.texts ?? (QUICK ? 600 : 1500)),
  maxTokens: Number(args['max-tokens']),
  openingTokens: Number(args['opening-tokens']),
  shares: args.shares!.split(',').map(Number),
  attackRate: Number(args['attack-rate']),
  holdout: Number(args.holdout),
  trainLimit: args['train-limit'] !== undefined ? Number(args['train-limit']) : QUICK ? 5000 : Infinity,
  /** Larger sample sizes tried on the 5% students, to show how many texts that share needs. */
  extraTexts: (args['extra-texts'] ?? (QUICK ? '' : '6000')).split(',').filter(Boolean).map(Number),
  /** Served-prefix probes: continuations sampled per probe, their length, and the most probe positions used. */
  probeRepeats: Number(args['probe-repeats']),
  probeTokens: Number(args['probe-tokens']),
  probeLimit: Number(args['probe-limit']),
};
const ATTACKS = (args.attacks ?? (QUICK ? 'both' : 'both,reorder,synonyms')).split(',').filter(Boolean) as Condition[];
for (const a of ATTACKS) {
  if (a === 'plain' || !CONDITIONS.includes(a)) throw new Error(`unknown --attacks ${a}: both, reorder, synonyms`);
}
for (const [name, v] of Object.entries(P)) {
  const bad = Array.isArray(v)
    ? v.some((x) => !Number.isFinite(x) || x < 0)
    : typeof v === 'number' && (Number.isNaN(v) || v < 0);
  if (bad) throw new Error(`invalid --${name}: ${String(v)}`);
}
if (P.shares.some((s) => s > 1)) throw new Error('--shares are fractions in [0, 1]');
/** Smaller served-prefix probe budgets scored from the same probes: `CUTSxREPEATS`. */
const PROBE_SUBSETS = args['probe-subsets']!.split(',').filter(Boolean).map((spec) => {
  const m = /^(\d+)x(\d+)$/.exec(spec.trim());
  const cuts = Number(m?.[1]), repeats = Number(m?.[2]);
  if (!m || cuts < 1 || repeats < 1) throw new Error(`--probe-subsets ${spec}: expected CUTSxREPEATS, e.g. 500x3`);
  if (cuts > P.probeLimit || repeats > P.probeRepeats) {
    throw new Error(`--probe-subsets ${spec}: at most --probe-limit ${P.probeLimit} cuts and ` +
      `--probe-repeats ${P.probeRepeats} continuations`);
  }
  return { cuts, repeats, id: `prefix@${cuts}x${repeats}` };
});


/** Ways of scoring the same sampled texts: which sites (all, or only those served to the campaign) and what vote. */
const METHODS = [
  { id: 'all/first', vote: 'first', served: false },
  { id: 'all/majority', vote: 'majority', served: false },
  { id: 'all/share', vote: 'share', served: false },
  { id: 'served/first', vote: 'first', served: true },
  { id: 'served/majority', vote: 'majority', served: true },
  { id: 'served/share', vote: 'share', served: true },
  { id: 'campaign/served/first', vote: 'first', served: true, campaign: true },
  { id: 'campaign/served/majority', vote: 'majority', served: true, campaign: true },
  { id: 'campaign/served/share', vote: 'share', served: true, campaign: true },
  { id: 'prefix/served/first', vote: 'first', served: true, prefix: true },
  { id: 'prefix/served/majority', vote: 'majority', served: true, prefix: true },
  { id: 'prefix/served/share', vote: 'share', served: true, prefix: true },
] as const satisfies readonly { id: string; vote: SiteVote; served: boolean; campaign?: boolean; prefix?: boolean }[];
type MethodId = (typeof METHODS)[number]['id'];
interface Method {
  id: string; vote: SiteVote; served: boolean; campaign?: boolean; prefix?: boolean;
  /** A smaller probe budget: this many cuts, this many continuations of each. */
  subset?: ProbeBudget;
}
/** The fixed methods, then the served-prefix probes of every `--probe-subsets` budget with each vote. */
const ALL_METHODS: readonly Method[] = [
  ...METHODS,
  ...PROBE_SUBSETS.flatMap((b) => (['first', 'majority', 'share'] as const).map((vote) => ({
    id: `${b.id}/served/${vote}`, vote, served: true, prefix: true, subset: { cuts: b.cuts, repeats: b.repeats },
  }))),
];

interface MethodScore {
  p_value: number;
  log10_p: number;
  /** The randomised p (exactly uniform under the null; for the uniformity check only, never evidence). */
  randomised_p: number;
  scored: number;
  hits: number;
  expected: number;
}

interface StudentResult {
  seed: number;
  share: number;
  condition: Condition;
  texts: number;
  p_value: number;
  /** log10 of the p-value (exact where p_value underflows to 0). */
  log10_p: number;
  /** The randomised p (exactly uniform under the null; for the uniformity check only, never evidence). */
  randomised_p: number;
  scored: number;
  hits: number;
  expected: number;
  statistic: number;
  words: number;
  watermarkedWordsChanged: number;
  watermarkedWords: number;
  attackerReplaced: number;
  attackerWords: number;
  seconds: number;
  /** Served answers the provider knows of (the watermarked training texts; for 0% students, see nullServedShare). */
  servedTexts: number;
  methods: Record<MethodId, MethodScore> & Partial<Record<string, MethodScore>>;
  /** Sampled continuations behind each probe budget (`prefix` for the full one), e.g. to check a 1,500-text budget. */
  probeTexts: Record<string, number>;
}

/** Bench keys are derived from the seed so that a run is reproducible; each seed is an independent key. */
const log = (s: string) => process.stderr.write(s + '\n');

function benchKey(seed: number, context: SiteContext = CONTEXT): WatermarkKey {
  return keyFromSecret(createHash('sha256').update(`distillguard radioactivity bench key ${seed}`).digest(), { context, table: TABLE });
}

const teacher: TeacherText[] = loadTeacherTexts();

/** What the bench needs of a student: continue a history by sampling. */
interface StudentModel {
  sample(history: readonly string[], rng: Rng, maxTokens: number): string[];
}

interface Trained {
  model: StudentModel;
  openings: string[][];
  /** The openings of the served answers (clean: the prompts a campaign sent carry no watermark). */
  campaignOpenings: string[][];
  watermarkedWordsChanged: number;
  watermarkedWords: number;
  attackerReplaced: number;
  attackerWords: number;
  served: ServedSites;
  /** The served answers as the upstream wrote them (before the watermark): what served-prefix probes are cut from. */
  servedOriginals: string[];
}

/**
 * What the provider served to the campaign behind a 0% student: watermarked versions of a share of the texts the
 * student was trained on in their clean form (the hardest null for the filter: the student knows every served
 * context, never the keyed choice). The share cycles with the seed so that the uniformity check covers them all.
 */
function nullServedShare(seed: number): number {
  return [0.05, 0.25, 1][seed % 3]!;
}

function trainStudent(seed: number, share: number, condition: Condition): Trained {
  const rng = new Rng(seed, 1);
  const key = benchKey(seed);
  const order = shuffled(teacher, rng);
  const openings = order.slice(0, P.holdout).map((t) => tokenize(t.text).slice(0, P.openingTokens));
  const train = order.slice(P.holdout, P.holdout + Math.min(P.trainLimit, order.length - P.holdout)).map((t) => t.text);
  const marked = Math.round(share * train.length);
  let watermarkedWordsChanged = 0, watermarkedWords = 0, attackerReplaced = 0, attackerWords = 0;
  const served = new ServedSites(key);
  const servedCount = share === 0 ? Math.round(nullServedShare(seed) * train.length) : marked;
  const campaignOpenings = train.slice(0, servedCount).map((t) => tokenize(t).slice(0, P.openingTokens));
  const servedOriginals = train.slice(0, servedCount);
  for (let i = 0; i < marked; i++) {
    const r = watermarkText(key, train[i]!);
    train[i] = r.text;
    served.add(r.text);
    watermarkedWordsChanged += r.changed;
    watermarkedWords += r.words;
  }
  if (share === 0) for (let i = 0; i < servedCount; i++) served.add(watermarkText(key, train[i]!).text);
  if (condition !== 'plain') {
    const attacker = rng.fork(2);
    for (let i = 0; i < train.length; i++) {
      if (condition === 'both' || condition === 'synonyms') {
        const edited = synonymShuffle(train[i]!, attacker, P.attackRate);
        attackerReplaced += edited.replaced;
        attackerWords += edited.words;
        train[i] = edited.text;
      }
      if (condition === 'both' || condition === 'reorder') train[i] = reorderSentences(train[i]!, attacker);
    }
  }
  const texts = shuffled(train, rng).map(tokenize);
  let model: StudentModel;
  if (STUDENT === 'neural') {
    const neural = new NeuralLanguageModel(NEURAL);
    const t0 = performance.now();
    neural.train(texts, rng.fork(4), (epoch, loss) => log(`    seed ${seed} share ${share * 100}% ${condition}: ` +
      `epoch ${epoch}, training loss ${loss.toFixed(3)} nats/token, ${neural.clippedSteps} steps clipped, ` +
      `${((performance.now() - t0) / 1000).toFixed(0)} s`));
    model = neural;
  } else {
    const ngram = new KneserNeyModel({ order: P.order });
    ngram.train(texts);
    model = ngram;
  }
  return {
    model, openings, campaignOpenings, watermarkedWordsChanged, watermarkedWords, attackerReplaced, attackerWords,
    served, servedOriginals,
  };
}

/** The student's answers to `count` openings; only the continuation (the student's own words) is scored. */
function sampleStudent(student: Trained, rng: Rng, count: number, openings = student.openings): { texts: string[]; words: number } {
  const texts: string[] = [];
  let words = 0;
  for (let i = 0; i < count; i++) {
    const opening = rng.pick(openings);
    const tokens = student.model.sample(opening, rng, P.maxTokens);
    words += tokens.filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
    texts.push(detokenize(tokens));
  }
  return { texts, words };
}

/** A token that starts a word of the synonym table: where a served answer can be cut to probe the student. */
function startsTableWord(token: string): boolean {
  const lower = token.toLowerCase().replace(/\u2019/g, "'");
  const table = synonymTable(TABLE);
  return table.byWord.has(lower) || table.phraseStarts.has(lower);
}

/**
 * Served-prefix probes: each served answer (as the upstream wrote it, so the probes do not depend on the key) is cut
 * just before a word of the synonym table, and the student continues the cut answer (an endpoint that accepts a
 * prefilled answer). Positions are drawn without the key; only the continuation is scored.
 */
function prefixProbes(student: Trained, rng: Rng): { prompt: string; continuations: string[] }[] {
  const positions: { tokens: string[]; at: number }[] = [];
  for (const text of student.servedOriginals) {
    const tokens = tokenize(text);
    for (let at = 2; at < tokens.length; at++) if (startsTableWord(tokens[at]!)) positions.push({ tokens, at });
  }
  const chosen = positions.length > P.probeLimit ? shuffled(positions, rng).slice(0, P.probeLimit) : positions;
  const out: { prompt: string; continuations: string[] }[] = [];
  for (const { tokens, at } of chosen) {
    const head = tokens.slice(0, at);
    const prompt = detokenize(head);
    const continuations: string[] = [];
    for (let r = 0; r < P.probeRepeats; r++) {
      const full = detokenize([...head, ...student.model.sample(head, rng, P.probeTokens)]);
      continuations.push(full.slice(prompt.length));
    }
    out.push({ prompt, continuations });
  }
  return out;
}


function runStudent(seed: number, share: number, condition: Condition, sizes: readonly number[]): StudentResult[] {
  const t0 = performance.now();
  const student = trainStudent(seed, share, condition);
  const key = benchKey(seed);
  const out: StudentResult[] = [];
  for (const count of sizes) {
    const { texts, words } = sampleStudent(student, new Rng(seed, 3 + count), count);
    const campaign = sampleStudent(student, new Rng(seed, 11 + count), count, student.campaignOpenings).texts;
    const probes = count === P.texts ? prefixProbes(student, new Rng(seed, 13)) : [];
    const u = new Rng(seed, 7).next();
    const methods = {} as StudentResult['methods'];
    const probeTexts: Record<string, number> = {};
    if (count === P.texts) probeTexts.prefix = probeTextCount(probes);
    for (const m of ALL_METHODS) {
      if (m.prefix && count !== P.texts) continue;
      const scorer = new WatermarkScorer(key, { vote: m.vote, ...(m.served ? { served: student.served } : {}) });
      if (m.prefix) {
        const used = m.subset ? probeSubset(probes, seed, m.subset) : probes;
        if (m.subset) probeTexts[m.id.split('/')[0]!] = probeTextCount(used);
        for (const p of used) for (const c of p.continuations) scorer.addContinuation(p.prompt, c);
      } else for (const t of m.campaign ? campaign : texts) scorer.add(t);
      const r = scorer.result();
      methods[m.id] = {
        p_value: r.p_value, log10_p: r.log10_p_value ?? Math.log10(r.p_value), randomised_p: scorer.randomisedP(u),
        scored: r.scored, hits: r.hits, expected: r.expected,
      };
    }
    const score = methods['all/first'];
    out.push({
      seed, share, condition, texts: count, words, methods, probeTexts, servedTexts: student.served.textCount,
      p_value: score.p_value, log10_p: score.log10_p, randomised_p: score.randomised_p,
      scored: score.scored, hits: score.hits, expected: score.expected, statistic: 0,
      watermarkedWordsChanged: student.watermarkedWordsChanged, watermarkedWords: student.watermarkedWords,
      attackerReplaced: student.attackerReplaced, attackerWords: student.attackerWords,
      seconds: (performance.now() - t0) / 1000,
    });
  }
  return out;
}

/** The teacher's own watermarked responses, scored directly: the ceiling any student can reach. */
interface TeacherReference { log10_p: number; scored: number; hitRate: number; changedShare: number }

function teacherReference(seed: number, count: number): TeacherReference {
  const key = benchKey(seed);
  const sample = shuffled(teacher, new Rng(seed, 5)).slice(0, count);
  let changed = 0, words = 0;
  const texts = sample.map((t) => {
    const r = watermarkText(key, t.text);
    changed += r.changed;
    words += r.words;
    return r.text;
  });
  const score = scoreTexts(key, texts);
  return {
    log10_p: score.log10_p_value ?? Math.log10(score.p_value), scored: score.scored,
    hitRate: score.hits / Math.max(1, score.scored), changedShare: changed / Math.max(1, words),
  };
}

/** How much of the watermark the attacker's thesaurus reaches: groups touched, and sites in the teacher text. */
function thesaurusOverlap(): { groups: number; groupsTouched: number; sites: number; sitesTouched: number } {
  const groups = new Set<string>(), touched = new Set<string>();
  let sites = 0, sitesTouched = 0;
  for (const t of teacher) {
    const scanner = new ProseScanner((site) => {
      sites++;
      groups.add(site.group.id);
      if (site.group.words.some(attackerRewrites)) touched.add(site.group.id);
      if (attackerRewrites(site.group.words[site.observed] ?? '')) sitesTouched++;
      return site.observed;
    }, { context: CONTEXT, table: TABLE });
    scanner.push(t.text);
    scanner.end();
  }
  return { groups: groups.size, groupsTouched: touched.size, sites, sitesTouched };
}

// ---- run ----
const started = performance.now();
const results: StudentResult[] = [];
const trainSize = Math.min(P.trainLimit, teacher.length - P.holdout);
console.log('Watermark radioactivity bench');
console.log(`  teacher: ${teacher.length} real assistant responses ` +
  '(GPTeacher role-play + toolformer, hh-rlhf harmless assistant turns)');
console.log(`  student: ${STUDENT === 'neural' ? `feed-forward neural LM (${NEURAL.context} previous tokens, ` +
  `${NEURAL.embedding}-dim embeddings, ${NEURAL.hidden} tanh units, ${NEURAL.vocabulary} words + <unk>, ` +
  `class-factored softmax, ${NEURAL.epochs} epochs of SGD from lr ${NEURAL.learningRate}, ` +
  `temperature ${NEURAL.temperature})` : `${P.order}-gram Kneser–Ney`}, trained on ${trainSize} responses; ` +
  `${P.holdout} held out for openings ` +
  `(${P.openingTokens} tokens each); continuations of up to ${P.maxTokens} tokens are scored`);
console.log(`  ${P.texts} sampled texts per student; ` +
  `${P.nullStudents} students at 0% (one key each) for the uniformity check; ` +
  `${P.seeds} seeds per share and condition; attacker synonym rate ${P.attackRate}; ` +
  `${CONTEXT} watermark context, synonym table ${TABLE}${QUICK ? '; --quick' : ''}`);

const ref = teacherReference(1, 2000);
console.log(`  teacher reference (2,000 watermarked responses scored directly): p = ${formatLog10P(ref.log10_p)}, ` +
  `${ref.scored} scored contexts, hit rate ${ref.hitRate.toFixed(3)}, ` +
  `${(100 * ref.changedShare).toFixed(2)}% of words changed`);
const refAll = teacherReference(1, teacher.length);
console.log(`  all ${teacher.length} teacher responses watermarked and scored: ` +
  `${refAll.scored} unique (group, context) sites ` +
  '(the most a student imitating this text can offer the test)');
for (const context of SITE_CONTEXTS) {
  const st = stealth(benchKey(1, context), teacher.map((t) => t.text));
  console.log(`  stealth, ${context} context${context === CONTEXT ? ' (this run)' : ''}: member frequencies of ` +
    `${st.groups} groups moved by total variation ${st.weightedTv.toFixed(3)} (occurrence-weighted; median ` +
    `${st.medianTv.toFixed(3)}); ${st.movedOverQuarter} groups' commonest member moved by > 25 points; ` +
    `${st.vanished} groups lost a member (from >= 5% to < 1%); ` +
    `worst ${st.worst.group} ${st.worst.before} → ${st.worst.after}`);
}
const overlap = thesaurusOverlap();
const touchedShare = (100 * overlap.sitesTouched / Math.max(1, overlap.sites)).toFixed(0);
console.log(`  the attacker's thesaurus touches ${overlap.groupsTouched} of the ${overlap.groups} synonym groups ` +
  `seen in the teacher text, ${overlap.sitesTouched} of its ${overlap.sites} watermark sites (${touchedShare}%)`);

/** First null seed (1000 + offset), to split the null students over several processes. */
const NULL_OFFSET = Number(args['null-offset']);
/** First seed of the share rows (2000 + offset), to split their students over several processes. */
const SEED_OFFSET = Number(args['seed-offset']);
if (!Number.isInteger(SEED_OFFSET) || SEED_OFFSET < 0 || SEED_OFFSET > 999) throw new Error('invalid --seed-offset');
for (let s = 0; s < P.nullStudents; s++) {
  const seed = 1000 + NULL_OFFSET + s;
  results.push(...runStudent(seed, 0, 'plain', [P.texts]));
  if ((s + 1) % 10 === 0) log(`  null students: ${s + 1}/${P.nullStudents}`);
}
for (const condition of [...(args['skip-plain'] ? [] : ['plain'] as const), ...ATTACKS] as const) {
  for (const share of P.shares) {
    if (share === 0 && condition === 'plain') continue;
    for (let s = 0; s < P.seeds; s++) {
      const extra = (share === 0.05 || share === 0.25) && condition === 'plain';
      const sizes = extra ? [P.texts, ...P.extraTexts] : [P.texts];
      results.push(...runStudent(2000 + SEED_OFFSET + s, share, condition, sizes));
    }
    log(`  ${condition} ${share * 100}%: done (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}

// ---- report ----
const nullRuns = results.filter((r) => r.share === 0 && r.condition === 'plain' && r.texts === P.texts);
const frac = (xs: number[], t: number) => xs.filter((p) => p < t).length;
const uniformity: Record<string, unknown> = {};
if (nullRuns.length) {
  console.log('');
  console.log(`Uniformity of the 0% students' p-values (${nullRuns.length} students, one key each; the served filter ` +
    'built from watermarked versions of 5, 25 or 100% of their clean training texts), KS against U(0,1):');
  console.log('| method | exact p: KS D (p) | randomised p: KS D (p) | exact p < 0.05 | < 0.01 | median p |');
  console.log('|---|---|---|---|---|---|');
  for (const m of ALL_METHODS) {
    const exact = nullRuns.map((r) => r.methods[m.id]!.p_value);
    const ksE = ksUniform(exact), ksR = ksUniform(nullRuns.map((r) => r.methods[m.id]!.randomised_p));
    uniformity[m.id] = { exact: ksE, randomised: ksR };
    const f = (ks: { d: number; p: number }) => `${ks.d.toFixed(3)} (${formatLog10P(Math.log10(ks.p))}${ks.p < 0.05 ? ', NOT uniform' : ''})`;
    console.log(`| ${m.id} | ${f(ksE)} | ${f(ksR)} | ${frac(exact, 0.05)}/${exact.length} | ` +
      `${frac(exact, 0.01)}/${exact.length} | ${quantile(exact, 0.5).toFixed(3)} |`);
  }
}

const TARGETS: Record<string, number> = { '0.05': -6, '0.25': -4 };
console.log('');
console.log('Median p over students (scored contexts, median) by method; the target count is for the best method, ' +
  `then for the best method that samples ${P.texts} texts from the student:`);
console.log(`| watermarked share | attacker edits | texts | students | ${ALL_METHODS.map((m) => m.id).join(' | ')} ` +
  '| issue target |');
console.log(`|---|---|---|---|${ALL_METHODS.map(() => '---|').join('')}---|`);
/** Whether a method's score rests on at most `P.texts` sampled texts for every student (the issue's budget). */
const withinBudget = (m: Method, rs: readonly StudentResult[]) => !m.prefix ||
  rs.every((r) => (r.probeTexts[m.subset ? m.id.split('/')[0]! : 'prefix'] ?? Infinity) <= P.texts);
const groups = new Map<string, StudentResult[]>();
for (const r of results) {
  const k = `${r.condition}|${r.share}|${r.texts}`;
  if (!groups.has(k)) groups.set(k, []);
  groups.get(k)!.push(r);
}
const rows: Record<string, unknown>[] = [];
for (const [k, rs] of groups) {
  const [condition, share, texts] = k.split('|');
  const cells: string[] = [];
  const row: Record<string, unknown> = { condition, share: Number(share), texts: Number(texts), students: rs.length };
  let best: { id: string; med: number; logs: number[] } | undefined;
  let bestInBudget: typeof best;
  for (const m of ALL_METHODS) {
    if (!rs[0]!.methods[m.id]) {
      cells.push('–');
      continue;
    }
    const logs = rs.map((r) => r.methods[m.id]!.log10_p);
    const med = quantile(logs, 0.5);
    if (!best || med < best.med) best = { id: m.id, med, logs };
    if (withinBudget(m, rs) && (!bestInBudget || med < bestInBudget.med)) bestInBudget = { id: m.id, med, logs };
    cells.push(`${formatLog10P(med)} (${quantile(rs.map((r) => r.methods[m.id]!.scored), 0.5).toFixed(0)})`);
    row[m.id] = { median_log10_p: med, min_log10_p: Math.min(...logs), max_log10_p: Math.max(...logs),
      median_scored: quantile(rs.map((r) => r.methods[m.id]!.scored), 0.5),
      median_hit_rate: quantile(rs.map((r) => r.methods[m.id]!.hits / Math.max(1, r.methods[m.id]!.scored)), 0.5) };
  }
  const target = condition === 'plain' && Number(texts) === P.texts ? TARGETS[share!] : undefined;
  const count = (b: NonNullable<typeof best>) =>
    `${b.logs.filter((l) => l < target!).length}/${b.logs.length} (${b.id})`;
  const met = target === undefined || !best ? '' : `p < 1e${target}: ${count(best)}` +
    (bestInBudget ? `; from ${P.texts} texts: ${count(bestInBudget)}` : '');
  console.log(`| ${Number(share) * 100}% | ${CONDITION_LABEL[condition as Condition]} | ` +
    `${Number(texts).toLocaleString('en-US')} | ${rs.length} | ${cells.join(' | ')} | ${met} |`);
  rows.push(row);
}
const wm = results.filter((r) => r.share === 1 && r.condition === 'plain');
const att = results.filter((r) => r.condition === 'both' || r.condition === 'synonyms');
const words = quantile(results.map((r) => r.words / r.texts), 0.5);
const pct = (part: number, whole: number, digits: number) => `${(100 * part / Math.max(1, whole)).toFixed(digits)}%`;
console.log('');
console.log(`Sampled texts average ${words.toFixed(0)} words.` +
  (wm[0] ? ` The watermark changed ${pct(wm[0].watermarkedWordsChanged, wm[0].watermarkedWords, 2)} of words.` : '') +
  (att[0] ? ` The synonym attacker replaced ${pct(att[0].attackerReplaced, att[0].attackerWords, 1)} of words.` : ''));
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s.`);
if (args.json) {
  const out = {
    parameters: {
      ...P, context: CONTEXT, table: TABLE, student: STUDENT, ...(STUDENT === 'neural' ? { neural: NEURAL } : {}),
    }, attacks: ATTACKS, teacherReference: ref, teacherAll: refAll, overlap, uniformity,
    rows, students: results,
  };
  writeFileSync(args.json, JSON.stringify(out, null, 1));
}
