/**
 * Trains the extraction-intent model (data/models/intent-v1.json) from the real corpora in data/corpora.
 *
 *   npx tsc -p . && node dist/scripts/train-intent.js [--out data/models/intent-v1.json] [--seed 7] [--dry-run]
 *   node dist/scripts/train-intent.js --eval-model old.json   # score an existing model file on the same sets
 *
 * Diagnostics (stderr / extra keys, never in the shipped file): SUMMARY=1 (one line per set instead of the JSON),
 * DIAG=1 (recall per phrasing), DIAG_FP=<n> [DIAG_SET=fresh|gram|i18n|lang] (highest-scoring negatives),
 * DIAG_NGRAM='re1|re2' (train pos/neg counts per regex).
 * Recipe knobs (env, recorded in trainedWith): EPOCHS LR L2 DROPOUT GRAMMAR_SHARE ORGANIC_GRAMMAR_SHARE
 * BARE_SHARE ORGANIC_WEIGHT SLOT_GRAMMAR_SHARE ORDINARY_GRAMMAR_SHARE ORGANIC_ITEM_SHARE ORDINARY_STANDALONE NEG_WEIGHT
 * I18N_SHARE I18N_STANDALONE; DUMP_SETS=<dir> writes the evaluation sets as JSONL (to score another feature version).
 *
 * Data (all real text; only the wrappers are ours, see intent-grammar.ts and intent-phrasings.ts):
 * - positives: mostly (SLOT_GRAMMAR_SHARE) items in wrappers composed by the slot grammar (intent-grammar.ts),
 *   some around organic prompts used as items (ORGANIC_ITEM_SHARE); the rest as below;
 * - hard negatives: items in ordinary-user prompts from the ordinary grammar (learner, developer, teacher, app
 *   template, casual; ORDINARY_GRAMMAR_SHARE) plus standalone ones (ORDINARY_STANDALONE per item), every
 *   negative repeated NEG_WEIGHT times so the 0.35/0.5 thresholds sit at a low false-positive rate;
 * - older recipe, for the remaining share: extraction items (gsm8k, HumanEval, GPTeacher codegen/roleplay/toolformer, self-instruct seeds)
 *   wrapped in extraction phrasings of the five kinds (+ the alpaca generation prompt itself);
 *   Half of the training positives use a composed phrasing (composePhrasing), a third of those in a polite
 *   register, so "can you…" is not evidence of innocence;
 * - negatives: organic prompts (koala, arena-hard, mt-bench, vicuna, hh-rlhf human turns, self-instruct
 *   user-oriented) AND the same extraction items bare (30%) or in ordinary-user wrappers (listed, or composed
 *   by composeOrganicWrapper: explain / step by step / walk me through / hint / review), so that "a maths
 *   question", "a coding task" or "explain it step by step" alone is not evidence — only the extraction frame is;
 * - system prompts: benign ones and application prompts with format/tutoring instructions (TRAIN_APP_SYSTEMS),
 *   attached to positives and negatives alike.
 * - multilingual (I18N_SHARE per training item, scripts/intent-i18n.ts): a wrapper in one of the nine training
 *   languages (intent-langs-train.ts) around the item (or an organic prompt, or a question in that language), and an
 *   ordinary request in the same language around the same item (learner, developer, application, teacher), plus
 *   standalone ordinary requests in those languages (I18N_STANDALONE per item);
 * Splits: items and organic prompts by a hash of their text (20% held out); phrasings, wrappers and topics by
 * explicit held-out lists. The held-out set combines held-out items with held-out phrasings only.
 * Evaluation sets (each from its own random stream, so recipe changes never change them): held-out, FINAL
 * (older held-out phrasings), FRESH and BLIND (scripts/intent-fresh.ts, never trained on), GRAMMAR-VAL (validation
 * slot values of the grammars), I18N-VAL (validation slot values of the multilingual grammars) and LANG-VAL
 * (languages never trained on, intent-langs-heldout.ts); every figure at
 * the two thresholds the engine uses (0.35 and 0.5).
 * Training is deterministic: seeded shuffle, seeded sampling, Adagrad logistic regression with L2.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DENSE, DENSE_NAMES, DIM, extractFeatures, FEATURES, HASH_BITS, SparseVec } from '../src/signals/intent-features.js';
import { INTENT_KIND_LIST, type IntentKind } from '../src/signals/intent-patterns.js';
import type { IntentModelFile } from '../src/signals/intent.js';
import { fnv1a } from '../src/signals/text.js';
import {
  BENIGN_SYSTEMS, composeOrganicWrapper, TRAIN_APP_SYSTEMS, composePhrasing, FINAL_PHRASINGS, HELDOUT_ORGANIC_WRAPPERS, HELDOUT_PHRASINGS, HELDOUT_TOPICS, TRAIN_ORGANIC_WRAPPERS, TRAIN_PHRASINGS, TRAIN_TOPICS,
  type Phrasing,
} from './intent-phrasings.js';
import { composeExtraction, composeOrdinary, type GrammarSplit } from './intent-grammar.js';
import { composeExtractionI18n, composeOrdinaryI18n, ordinaryQuestion, type I18nSplit, type LangGrammar } from './intent-i18n.js';
import { TRAIN_LANGS } from './intent-langs-train.js';
import { HELDOUT_LANGS } from './intent-langs-heldout.js';
import { composeFamilyExtraction, composeFamilyOrdinary, dataRows, FAMILY_LANGS, wordProblem, type FamilyLang } from './intent-families.js';
import { BLIND_ORGANIC_PROMPTS, BLIND_ORGANIC_WRAPPERS, BLIND_PHRASINGS, FRESH_APP_SYSTEMS, FRESH_FOLLOWUPS_EXTRACTION, FRESH_FOLLOWUPS_ORGANIC, FRESH_ORGANIC_PROMPTS, FRESH_ORGANIC_WRAPPERS, FRESH_PHRASINGS, FRESH_TOPICS } from './intent-fresh.js';

// dist/scripts/train-intent.js → repo root is two levels up.
const ROOT = new URL('../../', import.meta.url);
const path = (p: string): string => fileURLToPath(new URL(p, ROOT));

// ---- deterministic randomness ----------------------------------------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- corpora ----------------------------------------------------------------------------------------------

function readMaybeGz(p: string): string {
  const buf = readFileSync(path(p));
  return p.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}
function jsonl(p: string): Record<string, unknown>[] {
  return readMaybeGz(p).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
function jsonArray(p: string): Record<string, unknown>[] {
  return JSON.parse(readMaybeGz(p)) as Record<string, unknown>[];
}

interface Item { source: string; text: string; answer: string | null; code: boolean }

function loadItems(rand: () => number): Item[] {
  const items: Item[] = [];
  const gsm = [...jsonl('data/corpora/extraction/gsm8k-train.jsonl.gz'), ...jsonl('data/corpora/extraction/gsm8k-test.jsonl')];
  for (const r of sample(gsm, 3000, rand)) {
    items.push({ source: 'gsm8k', text: String(r.question), answer: String(r.answer).replace(/<<[^>]*>>/g, ''), code: false });
  }
  for (const r of jsonl('data/corpora/extraction/humaneval.jsonl.gz')) {
    items.push({ source: 'humaneval', text: String(r.prompt), answer: String(r.prompt) + String(r.canonical_solution), code: true });
  }
  const gpt = (file: string, source: string, n: number, code: boolean): void => {
    for (const r of sample(jsonArray(file), n, rand)) {
      const input = String(r.input ?? '').trim();
      items.push({ source, text: input ? `${String(r.instruction)}\n${input}` : String(r.instruction), answer: String(r.response ?? ''), code });
    }
  };
  gpt('data/corpora/extraction/gpteacher-codegen.json.gz', 'gpteacher-codegen', 1500, true);
  gpt('data/corpora/extraction/gpteacher-roleplay.json.gz', 'gpteacher-roleplay', 1000, false);
  gpt('data/corpora/extraction/gpteacher-toolformer.json.gz', 'gpteacher-toolformer', 600, false);
  for (const r of jsonl('data/corpora/extraction/self-instruct-seed-tasks.jsonl')) {
    const inst = (r.instances as Array<{ input: string; output: string }>)[0];
    const input = inst?.input?.trim() ?? '';
    items.push({ source: 'self-instruct-seed', text: input ? `${String(r.instruction)}\n${input}` : String(r.instruction), answer: inst?.output ?? null, code: false });
  }
  return items;
}

function loadOrganic(): Array<{ source: string; text: string }> {
  const out: Array<{ source: string; text: string }> = [];
  for (const r of jsonl('data/corpora/organic/koala.jsonl')) out.push({ source: 'koala', text: String(r.prompt) });
  for (const r of jsonl('data/corpora/organic/arena-hard-v0.1.jsonl')) out.push({ source: 'arena-hard', text: String(r.prompt) });
  for (const r of jsonl('data/corpora/organic/mt-bench.jsonl')) for (const t of r.turns as string[]) out.push({ source: 'mt-bench', text: t });
  for (const r of jsonl('data/corpora/organic/vicuna-bench.jsonl')) out.push({ source: 'vicuna', text: (r.turns as string[])[0]! });
  for (const r of jsonl('data/corpora/organic/hh-rlhf-harmless-test.jsonl.gz')) {
    const m = /Human:\s*([\s\S]*?)\n\nAssistant:/.exec(String(r.chosen));
    if (m && m[1]!.trim()) out.push({ source: 'hh-rlhf', text: m[1]!.trim() });
  }
  for (const r of jsonl('data/corpora/organic/self-instruct-user-oriented.jsonl')) {
    const input = (r.instances as Array<{ input: string }>)[0]?.input?.trim() ?? '';
    out.push({ source: 'self-instruct-user', text: input ? `${String(r.instruction)}\n\n${input}` : String(r.instruction) });
  }
  return out;
}

function sample<T>(xs: T[], n: number, rand: () => number): T[] {
  const a = xs.slice();
  shuffle(a, rand);
  return a.slice(0, n);
}
function shuffle<T>(a: T[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
function pick<T>(a: readonly T[], rand: () => number): T {
  return a[Math.floor(rand() * a.length)]!;
}
const GRAMMAR_SHARE = Number(process.env.GRAMMAR_SHARE ?? 0.5);
/** Share of item negatives whose ordinary-user wrapper is composed (composeOrganicWrapper) rather than listed. */
const ORGANIC_GRAMMAR_SHARE = Number(process.env.ORGANIC_GRAMMAR_SHARE ?? 0.5);
const BARE_SHARE = Number(process.env.BARE_SHARE ?? 0.3);
/** Share of training positives whose wrapper comes from the slot grammar (intent-grammar.ts). */
const SLOT_GRAMMAR_SHARE = Number(process.env.SLOT_GRAMMAR_SHARE ?? 0.7);
/** Share of item negatives wrapped by the ordinary-user slot grammar (intent-grammar.ts). */
const ORDINARY_GRAMMAR_SHARE = Number(process.env.ORDINARY_GRAMMAR_SHARE ?? 0.5);
/** Share of training positives whose item is an organic prompt instead of a corpus item (the frame, not the content). */
const ORGANIC_ITEM_SHARE = Number(process.env.ORGANIC_ITEM_SHARE ?? 0.15);
/** Standalone ordinary prompts (teacher, app template, casual) per training item. */
const ORDINARY_STANDALONE = Number(process.env.ORDINARY_STANDALONE ?? 0.3);
/** Weight of a negative relative to a positive (repeats; >1 lowers false positives at a fixed threshold). */
const NEG_WEIGHT = Number(process.env.NEG_WEIGHT ?? 3);
const ORGANIC_WEIGHT = Number(process.env.ORGANIC_WEIGHT ?? 5);
/** Share of training items that also get a multilingual positive and negative (scripts/intent-i18n.ts). */
const I18N_SHARE = Number(process.env.I18N_SHARE ?? 1);
/** Standalone ordinary prompts in a training language per training item (questions, casual, teacher, app). */
const I18N_STANDALONE = Number(process.env.I18N_STANDALONE ?? 1);
/** Positives (and as many negatives) from the further families per training item (intent-families.ts); may exceed 1. */
const FAMILY_SHARE = Number(process.env.FAMILY_SHARE ?? 2);
/** Share of family examples written in English (the rest spread over the other languages). */
const FAMILY_EN_SHARE = Number(process.env.FAMILY_EN_SHARE ?? 0.35);
/** Bare in-language word problems (what students send) per training item, as negatives. */
const FAMILY_BARE = Number(process.env.FAMILY_BARE ?? 0.2);
const isHeldOut = (text: string): boolean => fnv1a(text) % 5 === 0;

// ---- example construction ---------------------------------------------------------------------------------

interface Example { prompt: string; system: string | null; y: 0 | 1; kind: IntentKind | null; source: string; phrasing?: number }

function fill(p: Phrasing, item: Item, pool: Item[], topics: string[], rand: () => number): string {
  const n = String(pick([5, 10, 10, 20, 20, 25, 30, 50, 100], rand));
  const k = String(1 + Math.floor(rand() * 500));
  const others = (c: number): Item[] => Array.from({ length: c }, () => pick(pool, rand));
  let t = p.t;
  if (t.includes('{examples}')) t = t.replaceAll('{examples}', others(3).map((x, i) => `${i + 1}. ${x.text.split('\n')[0]}`).join('\n'));
  if (t.includes('{items}')) t = t.replaceAll('{items}', [item, ...others(3)].map((x, i) => `${i + 1}. ${x.text}`).join('\n'));
  // Replace the item last so its own text can never be re-interpreted as a placeholder.
  const [a, b] = others(2);
  return t
    .replaceAll('{n}', n).replaceAll('{k}', k).replaceAll('{topic}', pick(topics, rand))
    .replaceAll('{answer}', item.answer ?? '').replaceAll('{item2}', a!.text).replaceAll('{item3}', b!.text)
    .replaceAll('{item}', item.text);
}

function positive(item: Item, pool: Item[], phrasings: Phrasing[], topics: string[], rand: () => number, systems: string[], grammarShare = 0): Example {
  const hasAnswer = item.answer !== null && item.answer !== '';
  const usable = phrasings.filter((p) => (!p.codeOnly || item.code) && (!p.t.includes('{answer}') || hasAnswer));
  let p = pick(usable, rand);
  if (rand() < grammarShare) {
    const kinds = INTENT_KIND_LIST.filter((k) => k !== 'rubric-grading' || hasAnswer);
    p = composePhrasing(pick(kinds, rand), rand);
  }
  let prompt = fill(p, item, pool, topics, rand);
  let system: string | null = null;
  const r = rand();
  if (r < 0.15 && p.t.startsWith('{item}') === false && p.t.endsWith('{item}')) {
    // The wrapper travels in the system prompt and the bare item in the user turn.
    system = fill({ ...p, t: p.t.replace(/\{item\}$/, '').trim() }, item, pool, topics, rand);
    prompt = item.text;
  } else if (r < 0.4) {
    system = pick(systems, rand);
  }
  return { prompt, system, y: 1, kind: p.kind, source: item.source, phrasing: phrasings.indexOf(p) };
}

function negative(text: string, source: string, wrappers: string[], rand: () => number, systems: string[], grammarShare = 0): Example {
  // Training: a fixed share of item negatives is the bare item (as most users send it); the rest use a listed
  // or a composed ordinary-user wrapper.
  const w = grammarShare === 0 ? pick(wrappers, rand) : rand() < BARE_SHARE ? '{item}' : rand() < grammarShare ? composeOrganicWrapper(rand) : pick(wrappers, rand);
  const prompt = w.replace('{item}', () => text);
  return { prompt, system: rand() < 0.3 ? pick(systems, rand) : null, y: 0, kind: null, source };
}

/** A positive from the slot grammar (split 'train' or 'val'); rubric phrasings only for items with an answer. */
function grammarPositive(item: Item, pool: Item[], split: GrammarSplit, rand: () => number, systems: string[]): Example {
  const hasAnswer = item.answer !== null && item.answer !== '';
  const kinds = INTENT_KIND_LIST.filter((k) => k !== 'rubric-grading' || hasAnswer);
  const p = composeExtraction(pick(kinds, rand), rand, split);
  const topics = split === 'train' ? TRAIN_TOPICS : HELDOUT_TOPICS;
  let prompt = fill(p, item, pool, topics, rand);
  let system: string | null = null;
  const r = rand();
  if (r < 0.15 && p.t.endsWith('{item}') && !p.t.startsWith('{item}')) {
    // The wrapper travels in the system prompt and the bare item in the user turn.
    system = fill({ ...p, t: p.t.replace(/\{item\}$/, '').trim() }, item, pool, topics, rand);
    prompt = item.text;
  } else if (r < 0.4) system = pick(systems, rand);
  return { prompt, system, y: 1, kind: p.kind, source: `${item.source}:grammar` };
}

/** An ordinary-user prompt from the slot grammar around `item` (or around an organic text, or standalone). */
function grammarNegative(item: Item, texts: string[], split: GrammarSplit, rand: () => number, systems: string[], source: string): Example {
  const t = composeOrdinary(rand, split, item.code);
  const prompt = t.replace('{text}', () => pick(texts, rand)).replace('{item}', () => item.text);
  return { prompt, system: rand() < 0.3 ? pick(systems, rand) : null, y: 0, kind: null, source };
}

/**
 * A positive from the multilingual grammar: a wrapper in `lang` around a corpus item, an organic prompt or a
 * question in the language itself.
 */
function i18nPositive(lang: LangGrammar, item: Item, pool: Item[], organicTexts: string[], split: I18nSplit, rand: () => number, systems: string[]): Example {
  const u = rand();
  const it = u < 0.15 ? { source: 'lang-question', text: ordinaryQuestion(lang, rand, split), answer: null, code: false } : u < 0.25 ? organicItem(pick(organicTexts, rand)) : item;
  const hasAnswer = it.answer !== null && it.answer !== '';
  const kinds = INTENT_KIND_LIST.filter((k) => k !== 'rubric-grading' || hasAnswer);
  const p = composeExtractionI18n(lang, pick(kinds, rand), rand, split);
  let prompt = fill(p, it, pool, lang.topics, rand);
  let system: string | null = null;
  const r = rand();
  if (r < 0.15 && p.t.endsWith('{item}') && !p.t.startsWith('{item}')) {
    system = fill({ ...p, t: p.t.replace(/\{item\}$/, '').trim() }, it, pool, lang.topics, rand);
    prompt = it.text;
  } else if (r < 0.35) system = pick(systems, rand);
  return { prompt, system, y: 1, kind: p.kind, source: `i18n:${lang.code}` };
}

/** An ordinary request in `lang`, around a corpus item, a question in the language or an organic text. */
function i18nNegative(lang: LangGrammar, item: Item, organicTexts: string[], split: I18nSplit, rand: () => number, systems: string[], source: string): Example {
  const t = composeOrdinaryI18n(lang, rand, split, item.code);
  // Same item mix as i18nPositive, so item words carry no weight of their own.
  const inner = item.code || rand() < 0.85 ? item.text : ordinaryQuestion(lang, rand, split);
  const text = rand() < 0.5 ? pick(organicTexts, rand) : ordinaryQuestion(lang, rand, split);
  const prompt = t.replace('{item}', () => inner).replace('{text}', () => text);
  return { prompt, system: rand() < 0.3 ? pick(systems, rand) : null, y: 0, kind: null, source };
}

/** The item-dependent placeholders of the further families (intent-families.ts). */
function fillFamily(t: string, item: Item, pool: Item[], rand: () => number): string {
  const [a, b] = [pick(pool, rand), pick(pool, rand)];
  const oneline = (x: string): string => x.replace(/\s+/g, ' ').trim();
  const records = (): string => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => {
    const x = pick(pool, rand);
    const out = (x.answer ?? '').slice(0, 160);
    return JSON.stringify({ instruction: x.text.split('\n')[0]!.slice(0, 200), input: '', output: out });
  }).join('\n');
  // A candidate answer for judging: the item's own answer or another item's (right and wrong ones alike).
  const candidate = rand() < 0.5 ? item.answer ?? '' : a!.answer ?? a!.text;
  const n = String(pick([3, 5, 8, 10, 12, 15, 20, 25, 30, 50], rand));
  return t
    .replaceAll('{n}', n).replaceAll('{records}', records()).replaceAll('{candidate}', () => candidate)
    .replaceAll('{json2}', () => JSON.stringify(b!.text)).replaceAll('{oneline2}', () => oneline(b!.text))
    .replaceAll('{json}', () => JSON.stringify(item.text)).replaceAll('{oneline}', () => oneline(item.text))
    .replaceAll('{indented}', () => item.text.replace(/\n/g, '\n    '))
    .replaceAll('{answer}', () => item.answer ?? '').replaceAll('{item}', () => item.text);
}

/** System prompts of legitimate agent frameworks (coding agents, tool-using apps). */
const AGENT_SYSTEMS = [
  'You are an autonomous software engineering assistant with shell and editor tools. Make minimal, tested changes.',
  'You are a data assistant. Call the sql tool to answer questions about the warehouse; never invent numbers.',
  'Assistant for the support team. Tools: lookup_order, refund, escalate. Ask before refunding.',
];

function familyLang(rand: () => number): FamilyLang {
  return rand() < FAMILY_EN_SHARE ? FAMILY_LANGS[0]! : pick(FAMILY_LANGS.slice(1), rand);
}

/** A positive from the further families: corpus item, in-language word problem or organic prompt as the item. */
function familyPositive(lang: FamilyLang, item: Item, pool: Item[], organicTexts: string[], rand: () => number, systems: string[]): Example {
  const u = rand();
  const it = item.code ? item : u < 0.2 ? { source: 'family-problem', text: wordProblem(lang, rand), answer: String(Math.floor(rand() * 100)), code: false } : u < 0.3 ? organicItem(pick(organicTexts, rand)) : item;
  const p = composeFamilyExtraction(lang, rand, { hasAnswer: it.answer !== null && it.answer !== '', code: it.code });
  const prompt = fillFamily(p.t, it, pool, rand);
  return { prompt, system: rand() < 0.2 ? pick(systems, rand) : null, y: 1, kind: p.kind, source: `family:${lang.code}:${p.family}` };
}

/** An ordinary request from the further families around the same kind of item. */
function familyNegative(lang: FamilyLang, item: Item, organicTexts: string[], rand: () => number, systems: string[]): Example {
  const { t, family } = composeFamilyOrdinary(lang, rand, item.code);
  const inner = item.code || rand() < 0.6 ? item.text : wordProblem(lang, rand);
  const text = family === 'devJson' ? dataRows(lang, rand) : pick(organicTexts, rand);
  const prompt = t.replace('{item}', () => inner).replace('{text}', () => text);
  // Agent-loop turns travel with an agent framework's system prompt half of the time.
  const system = family === 'agentTurn' && rand() < 0.5 ? pick(AGENT_SYSTEMS, rand) : rand() < 0.3 ? pick(systems, rand) : null;
  return { prompt, system, y: 0, kind: null, source: `family:${lang.code}:${family}` };
}

/** An organic prompt as an extraction "item" (harvesters wrap whatever prompt pool they have). */
const organicItem = (text: string): Item => ({ source: 'organic-as-item', text, answer: null, code: false });

function buildSets(seed: number): { train: Example[]; heldout: Example[]; heldoutTrainPhr: Example[]; final: Example[]; fresh: Example[]; blind: Example[]; probes: Example[]; grammarVal: Example[]; i18nVal: Example[]; langVal: Example[] } {
  const rand = mulberry32(seed);
  const items = loadItems(rand);
  const organic = loadOrganic();
  const trainItems = items.filter((i) => !isHeldOut(i.text));
  const heldItems = items.filter((i) => isHeldOut(i.text));
  // Training examples continue the item-sampling stream; every evaluation set has its own stream, so changing
  // the training recipe (grammar shares, wrapper lists) never changes what the model is evaluated on, and
  // `--eval-model` scores an older model on exactly the same sets.
  const trainSystems = [...BENIGN_SYSTEMS, ...TRAIN_APP_SYSTEMS];
  const ho = mulberry32(seed ^ 0x401d);
  const train: Example[] = [];
  const heldout: Example[] = [];
  const heldoutTrainPhr: Example[] = [];
  const final: Example[] = [];
  // Training stream for the grammar (its own, so the older recipe's draws stay as they were).
  const gr = mulberry32(seed ^ 0x6a11);
  const organicTrainTexts = organic.filter((o) => !isHeldOut(o.text)).map((o) => o.text);
  for (const it of trainItems) {
    const item = gr() < ORGANIC_ITEM_SHARE ? organicItem(pick(organicTrainTexts, gr)) : it;
    train.push(gr() < SLOT_GRAMMAR_SHARE ? grammarPositive(item, trainItems, 'train', gr, trainSystems) : positive(it, trainItems, TRAIN_PHRASINGS, TRAIN_TOPICS, rand, trainSystems, GRAMMAR_SHARE));
    const neg = gr() < ORDINARY_GRAMMAR_SHARE ? grammarNegative(it, organicTrainTexts, 'train', gr, trainSystems, `${it.source}:ordinary`) : negative(it.text, `${it.source}:bare`, TRAIN_ORGANIC_WRAPPERS, rand, trainSystems, ORGANIC_GRAMMAR_SHARE);
    for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...neg });
    if (gr() < ORDINARY_STANDALONE) {
      const extra = grammarNegative(pick(trainItems, gr), organicTrainTexts, 'train', gr, trainSystems, 'ordinary-standalone');
      for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...extra });
    }
  }
  // Multilingual grammar (its own stream): wrappers and ordinary requests in the training languages.
  const ml = mulberry32(seed ^ 0x1718);
  for (const it of trainItems) {
    if (ml() >= I18N_SHARE) continue;
    const lang = pick(TRAIN_LANGS, ml);
    train.push(i18nPositive(lang, it, trainItems, organicTrainTexts, 'train', ml, trainSystems));
    const neg = i18nNegative(lang, it, organicTrainTexts, 'train', ml, trainSystems, `i18n:${lang.code}:ordinary`);
    for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...neg });
    if (ml() < I18N_STANDALONE) {
      const l2 = pick(TRAIN_LANGS, ml);
      const ex: Example = { prompt: composeOrdinaryI18n(l2, ml, 'train', false).replace('{item}', () => ordinaryQuestion(l2, ml, 'train')).replace('{text}', () => ordinaryQuestion(l2, ml, 'train')), system: null, y: 0, kind: null, source: `i18n:${l2.code}:standalone` };
      for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...ex });
    }
  }
  // Further families (intent-families.ts, its own stream): new grammar families and languages, hard negatives.
  const fm = mulberry32(seed ^ 0xfa11);
  for (const it of trainItems) for (let rep = 0; rep < Math.floor(FAMILY_SHARE) + (fm() < FAMILY_SHARE % 1 ? 1 : 0); rep++) {
    train.push(familyPositive(familyLang(fm), it, trainItems, organicTrainTexts, fm, trainSystems));
    const neg = familyNegative(familyLang(fm), it, organicTrainTexts, fm, trainSystems);
    for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...neg });
    if (fm() < FAMILY_BARE) {
      const lang = familyLang(fm);
      // Homework labels ("Ex 3:", "Q2.") come with bare problems too: a label alone is not a work queue.
      const label = fm() < 0.4 ? `${pick(['Ex', 'Exercise', 'Q', 'Problem', 'No.', '#', lang.qLabel[0]!], fm)} ${1 + Math.floor(fm() * 30)}${pick([':', '.', ')'], fm)} ` : '';
      const ex: Example = { prompt: label + wordProblem(lang, fm), system: null, y: 0, kind: null, source: `family:${lang.code}:bare` };
      for (let k = 0; k < NEG_WEIGHT; k++) train.push({ ...ex });
    }
  }
  for (const it of heldItems) {
    heldout.push(positive(it, heldItems, HELDOUT_PHRASINGS, HELDOUT_TOPICS, ho, BENIGN_SYSTEMS));
    heldout.push(negative(it.text, `${it.source}:bare`, HELDOUT_ORGANIC_WRAPPERS, ho, BENIGN_SYSTEMS));
    heldoutTrainPhr.push(positive(it, heldItems, TRAIN_PHRASINGS, TRAIN_TOPICS, ho, BENIGN_SYSTEMS));
    final.push(positive(it, heldItems, FINAL_PHRASINGS, HELDOUT_TOPICS, ho, BENIGN_SYSTEMS));
  }
  // The real alpaca/self-instruct generation prompt is a positive in its own right (held out: it is one text).
  const alpaca = readMaybeGz('data/corpora/extraction/alpaca-generation-prompt.txt');
  heldout.push({ prompt: alpaca, system: null, y: 1, kind: 'instruction-generation', source: 'alpaca-generation-prompt' });
  for (const o of organic) {
    // Organic prompts are mostly sent as they are; repeat them (ORGANIC_WEIGHT) so they balance the item negatives.
    if (isHeldOut(o.text)) heldout.push({ prompt: o.text, system: ho() < 0.3 ? pick(BENIGN_SYSTEMS, ho) : null, y: 0, kind: null, source: o.source });
    else {
      const ex: Example = { prompt: o.text, system: rand() < 0.3 ? pick(trainSystems, rand) : null, y: 0, kind: null, source: o.source };
      for (let k = 0; k < ORGANIC_WEIGHT * NEG_WEIGHT; k++) train.push({ ...ex });
    }
  }
  // Final set: fresh phrasings on held-out items, against the same held-out negatives.
  for (const e of heldout) if (e.y === 0) final.push(e);
  // FRESH set (scripts/intent-fresh.ts, never trained on): fresh phrasings and fresh ordinary-user wrappers on
  // held-out items, fresh standalone organic prompts, and the held-out organic corpora; system prompts drawn
  // from the benign ones and from FRESH_APP_SYSTEMS (application prompts with format/tutoring instructions),
  // for positives and negatives alike.
  const fr = mulberry32(seed ^ 0xf7e5);
  const freshSystems = [...BENIGN_SYSTEMS, ...FRESH_APP_SYSTEMS];
  const fresh: Example[] = [];
  for (const it of heldItems) {
    fresh.push(positive(it, heldItems, FRESH_PHRASINGS, FRESH_TOPICS, fr, freshSystems));
    fresh.push(negative(it.text, `${it.source}:fresh-wrapper`, FRESH_ORGANIC_WRAPPERS, fr, freshSystems));
  }
  for (const t of FRESH_ORGANIC_PROMPTS) fresh.push({ prompt: t, system: fr() < 0.3 ? pick(freshSystems, fr) : null, y: 0, kind: null, source: 'fresh-organic-prompts' });
  for (const o of organic) if (isHeldOut(o.text)) fresh.push({ prompt: o.text, system: fr() < 0.3 ? pick(freshSystems, fr) : null, y: 0, kind: null, source: o.source });
  // Follow-up probes, reported apart (followUpProbes) and not part of the FRESH figures.
  const probes: Example[] = [
    ...FRESH_FOLLOWUPS_EXTRACTION.map((t): Example => ({ prompt: t, system: null, y: 1, kind: 'cot-elicitation', source: 'follow-up' })),
    ...FRESH_FOLLOWUPS_ORGANIC.map((t): Example => ({ prompt: t, system: null, y: 0, kind: null, source: 'follow-up' })),
  ];
  // BLIND set (same construction, its own stream), see intent-fresh.ts.
  const bl = mulberry32(seed ^ 0xb11d);
  const blind: Example[] = [];
  for (const it of heldItems) {
    blind.push(positive(it, heldItems, BLIND_PHRASINGS, FRESH_TOPICS, bl, BENIGN_SYSTEMS));
    blind.push(negative(it.text, `${it.source}:blind-wrapper`, BLIND_ORGANIC_WRAPPERS, bl, BENIGN_SYSTEMS));
  }
  for (const t of BLIND_ORGANIC_PROMPTS) blind.push({ prompt: t, system: null, y: 0, kind: null, source: 'blind-organic-prompts' });
  for (const e of heldout) if (e.y === 0 && !e.source.endsWith(':bare')) blind.push(e);
  // GRAMMAR-VAL (validation): held-out items in phrasings from the validation part of every slot list, ordinary
  // prompts from the validation part of the ordinary grammar, and the held-out organic prompts as they are.
  const gv = mulberry32(seed ^ 0x9a7a);
  const organicHeldTexts = organic.filter((o) => isHeldOut(o.text)).map((o) => o.text);
  const grammarVal: Example[] = [];
  for (const it of heldItems) {
    grammarVal.push(grammarPositive(gv() < 0.15 ? organicItem(pick(organicHeldTexts, gv)) : it, heldItems, 'val', gv, BENIGN_SYSTEMS));
    grammarVal.push(grammarNegative(it, organicHeldTexts, 'val', gv, BENIGN_SYSTEMS, `ordinary:${it.source}`));
  }
  for (const e of heldout) if (e.y === 0 && !e.source.endsWith(':bare')) grammarVal.push(e);
  // I18N-VAL: the validation slot values of the training languages; LANG-VAL: languages never trained on
  // (scripts/intent-langs-heldout.ts). Both on held-out items and organic prompts, with the held-out organic
  // corpora as further negatives.
  const iv = mulberry32(seed ^ 0x1819);
  const i18nVal: Example[] = [];
  const lv = mulberry32(seed ^ 0x1920);
  const langVal: Example[] = [];
  for (const it of heldItems) {
    const l1 = pick(TRAIN_LANGS, iv);
    i18nVal.push(i18nPositive(l1, it, heldItems, organicHeldTexts, 'val', iv, BENIGN_SYSTEMS));
    i18nVal.push(i18nNegative(l1, it, organicHeldTexts, 'val', iv, BENIGN_SYSTEMS, `i18n:${l1.code}:ordinary`));
    const l2 = pick(HELDOUT_LANGS, lv);
    langVal.push(i18nPositive(l2, it, heldItems, organicHeldTexts, 'all', lv, BENIGN_SYSTEMS));
    langVal.push(i18nNegative(l2, it, organicHeldTexts, 'all', lv, BENIGN_SYSTEMS, `i18n:${l2.code}:ordinary`));
    if (lv() < 0.5) {
      const l3 = pick(HELDOUT_LANGS, lv);
      langVal.push({ prompt: composeOrdinaryI18n(l3, lv, 'all', false).replace('{item}', () => ordinaryQuestion(l3, lv, 'all')).replace('{text}', () => ordinaryQuestion(l3, lv, 'all')), system: null, y: 0, kind: null, source: `i18n:${l3.code}:standalone` });
    }
  }
  for (const e of heldout) if (e.y === 0 && !e.source.endsWith(':bare')) { i18nVal.push(e); langVal.push(e); }
  return { train, heldout, heldoutTrainPhr, final, fresh, blind, probes, grammarVal, i18nVal, langVal };
}

// ---- training ---------------------------------------------------------------------------------------------

interface Vec { idx: Int32Array; val: Float32Array }

function featurize(exs: Example[]): Vec[] {
  const v = new SparseVec();
  return exs.map((e) => {
    extractFeatures(e.prompt, e.system, v);
    return { idx: v.idx.slice(0, v.n), val: v.val.slice(0, v.n) };
  });
}

function dot(w: Float32Array, b: number, x: Vec): number {
  let z = b;
  for (let k = 0; k < x.idx.length; k++) z += w[x.idx[k]!]! * x.val[k]!;
  return z;
}
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function train(xs: Vec[], ys: number[], seed: number, epochs: number, lr: number, l2: number, dropout: number): { w: Float32Array; b: number } {
  const keep = new Uint8Array(65536);
  const w = new Float32Array(FEATURES);
  const g2 = new Float32Array(FEATURES).fill(1e-8);
  let b = 0;
  let gb2 = 1e-8;
  const order = xs.map((_, i) => i);
  const rand = mulberry32(seed ^ 0x5eed);
  for (let ep = 0; ep < epochs; ep++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = xs[i]!;
      // Dropout on hashed n-gram features (never on the dense structural ones): with the phrasings perfectly
      // separable by their words alone, this forces the model to also weight the cues that generalise.
      for (let k = 0; k < x.idx.length; k++) keep[k] = x.idx[k]! >= DIM || rand() >= dropout ? 1 : 0;
      let z = b;
      for (let k = 0; k < x.idx.length; k++) if (keep[k]) z += w[x.idx[k]!]! * x.val[k]! * (x.idx[k]! >= DIM ? 1 : 1 / (1 - dropout));
      const err = sigmoid(z) - ys[i]!;
      for (let k = 0; k < x.idx.length; k++) {
        if (!keep[k]) continue;
        const j = x.idx[k]!;
        const g = err * x.val[k]! * (j >= DIM ? 1 : 1 / (1 - dropout)) + l2 * w[j]!;
        g2[j] = g2[j]! + g * g;
        w[j] = w[j]! - (lr * g) / Math.sqrt(g2[j]!);
      }
      gb2 += err * err;
      b -= (lr * err) / Math.sqrt(gb2);
    }
  }
  return { w, b };
}

// ---- evaluation -------------------------------------------------------------------------------------------

function auc(scores: number[], ys: number[]): number {
  const idx = scores.map((_, i) => i).sort((a, c) => scores[a]! - scores[c]!);
  let rankSum = 0;
  let pos = 0;
  // Average ranks over ties.
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]!] === scores[idx[i]!]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (ys[idx[k]!] === 1) { rankSum += r; pos++; }
    i = j + 1;
  }
  const neg = ys.length - pos;
  return pos === 0 || neg === 0 ? NaN : (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}

interface Metrics { n: number; pos: number; precision: number; recall: number; fpr: number; auc: number }

function metrics(scores: number[], ys: number[], threshold: number): Metrics {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  scores.forEach((s, i) => {
    const p = s >= threshold;
    if (p && ys[i] === 1) tp++; else if (p) fp++; else if (ys[i] === 1) fn++; else tn++;
  });
  const r4 = (x: number): number => Math.round(x * 10000) / 10000;
  return { n: ys.length, pos: tp + fn, precision: r4(tp / Math.max(1, tp + fp)), recall: r4(tp / Math.max(1, tp + fn)), fpr: r4(fp / Math.max(1, fp + tn)), auc: r4(auc(scores, ys)) };
}

function groupRate(exs: Example[], scores: number[], threshold: number, key: (e: Example) => string | null): Record<string, string> {
  const acc = new Map<string, [number, number]>();
  exs.forEach((e, i) => {
    const k = key(e);
    if (k === null) return;
    const a = acc.get(k) ?? [0, 0];
    a[0] += scores[i]! >= threshold ? 1 : 0;
    a[1]++;
    acc.set(k, a);
  });
  return Object.fromEntries([...acc].sort().map(([k, [h, n]]) => [k, `${(h / n).toFixed(3)} (${h}/${n})`]));
}

function loadWeights(p: string): { w: Float32Array; b: number } {
  const m = JSON.parse(readFileSync(p, 'utf8')) as IntentModelFile;
  const w = new Float32Array(FEATURES);
  for (const [i, v] of m.hashed) w[i] = v;
  m.denseWeights.forEach((v, k) => { w[DIM + k] = v; });
  return { w, b: m.bias };
}

// ---- main -------------------------------------------------------------------------------------------------

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'data/models/intent-v1.json' }, seed: { type: 'string', default: '7' }, 'dry-run': { type: 'boolean', default: false }, 'eval-model': { type: 'string' } } });
  const seed = Number(values.seed);
  const t0 = performance.now();
  const sets = buildSets(seed);
  if (process.env.DIAG_NGRAM) {
    for (const g of process.env.DIAG_NGRAM.split('|')) {
      const re = new RegExp(g, 'i');
      const c: [number, number] = [0, 0];
      for (const e of sets.train) if (re.test(`${e.system ?? ''} ${e.prompt}`)) c[e.y]++;
      console.error(`train examples matching /${g}/: neg ${c[0]} pos ${c[1]}`);
    }
  }
  if (process.env.DUMP_SETS) {
    // Writes the evaluation sets as JSONL (prompt, system, y, kind, source) to score another feature version on them.
    mkdirSync(process.env.DUMP_SETS, { recursive: true });
    for (const [n, exs] of [['i18nVal', sets.i18nVal], ['langVal', sets.langVal], ['heldout', sets.heldout], ['grammarVal', sets.grammarVal], ['fresh', sets.fresh], ['blind', sets.blind]] as const) {
      writeFileSync(`${process.env.DUMP_SETS}/${n}.jsonl`, exs.map((e) => JSON.stringify(e)).join('\n') + '\n');
    }
  }
  const xsTrain = featurize(sets.train);
  const ysTrain = sets.train.map((e) => e.y);
  const EPOCHS = Number(process.env.EPOCHS ?? 10), LR = Number(process.env.LR ?? 0.2), L2 = Number(process.env.L2 ?? 1e-5);
  const DROPOUT = Number(process.env.DROPOUT ?? 0.3);
  // --eval-model <file>: score an existing model file on the same sets instead of training (before/after).
  const evalModel = values['eval-model'];
  const { w, b } = evalModel ? loadWeights(String(evalModel)) : train(xsTrain, ysTrain, seed, EPOCHS, LR, L2, DROPOUT);
  const threshold = 0.5;
  // The engine uses the score at two thresholds (src/engine/observe.ts): >= 0.35 links frames and items,
  // >= 0.5 feeds the shared-item and share-of-extraction features. Every figure is reported at both.
  const T = [0.5, 0.35] as const;
  const score = (xs: Vec[]): number[] => xs.map((x) => sigmoid(dot(w, b, x)));
  const sTrain = score(xsTrain);
  const sHeld = score(featurize(sets.heldout));
  const sHeldTP = score(featurize(sets.heldoutTrainPhr));
  const sFinal = score(featurize(sets.final));
  const sFresh = score(featurize(sets.fresh));
  const sBlind = score(featurize(sets.blind));
  const sGram = score(featurize(sets.grammarVal));
  const sI18n = score(featurize(sets.i18nVal));
  const sLang = score(featurize(sets.langVal));
  const byLang = (exs: Example[], s: number[], y: 0 | 1) => both((t) => groupRate(exs, s, t, (e) => (e.y === y && e.source.startsWith('i18n:') ? e.source.split(':')[1]! : null)));
  const both = <R>(f: (t: number) => R): Record<string, R> => Object.fromEntries(T.map((t) => [`at${t}`, f(t)]));
  const ys = (exs: Example[]): number[] => exs.map((e) => e.y);
  const byKind = (exs: Example[], s: number[]) => both((t) => groupRate(exs, s, t, (e) => (e.y === 1 ? e.kind : null)));
  const bySource = (exs: Example[], s: number[]) => both((t) => groupRate(exs, s, t, (e) => (e.y === 0 ? e.source : null)));
  const result = {
    thresholds: [...T],
    train: both((t) => metrics(sTrain, ysTrain, t)),
    heldout: both((t) => metrics(sHeld, ys(sets.heldout), t)),
    heldoutRecallByKind: byKind(sets.heldout, sHeld),
    heldoutFlagRateNegativesBySource: bySource(sets.heldout, sHeld),
    ...(process.env.DIAG ? { byPhrasing: groupRate(sets.heldout, sHeld, threshold, (e) => (e.y === 1 ? String(e.phrasing) : null)) } : {}),
    final: both((t) => metrics(sFinal, ys(sets.final), t)),
    finalRecallByKind: byKind(sets.final, sFinal),
    fresh: both((t) => metrics(sFresh, ys(sets.fresh), t)),
    freshRecallByKind: byKind(sets.fresh, sFresh),
    freshFlagRateNegativesBySource: bySource(sets.fresh, sFresh),
    ...(process.env.DIAG ? { finalByPhrasing: groupRate(sets.final, sFinal, 0.5, (e) => (e.y === 1 ? `${e.phrasing} ${FINAL_PHRASINGS[e.phrasing!]!.t.slice(0, 50).replace(/\n/g, ' ')}` : null)) } : {}),
    ...(process.env.DIAG ? { freshByPhrasing: groupRate(sets.fresh, sFresh, 0.35, (e) => (e.y === 1 ? `${e.phrasing} ${FRESH_PHRASINGS[e.phrasing!]!.t.slice(0, 50).replace(/\n/g, ' ')}` : null)) } : {}),
    blind: both((t) => metrics(sBlind, ys(sets.blind), t)),
    blindRecallByKind: byKind(sets.blind, sBlind),
    blindFlagRateNegativesBySource: bySource(sets.blind, sBlind),
    grammarVal: both((t) => metrics(sGram, ys(sets.grammarVal), t)),
    grammarValRecallByKind: byKind(sets.grammarVal, sGram),
    grammarValFlagRateNegativesBySource: bySource(sets.grammarVal, sGram),
    i18nVal: both((t) => metrics(sI18n, ys(sets.i18nVal), t)),
    i18nValRecallByLanguage: byLang(sets.i18nVal, sI18n, 1),
    i18nValRecallByKind: byKind(sets.i18nVal, sI18n),
    i18nValFlagRateNegativesByLanguage: byLang(sets.i18nVal, sI18n, 0),
    langVal: both((t) => metrics(sLang, ys(sets.langVal), t)),
    langValRecallByLanguage: byLang(sets.langVal, sLang, 1),
    langValRecallByKind: byKind(sets.langVal, sLang),
    langValFlagRateNegativesByLanguage: byLang(sets.langVal, sLang, 0),
    heldoutOrganicFlagged: both((t) => groupRate(sets.heldout, sHeld, t, (e) => (e.y === 0 && !e.source.includes(':') && e.source !== 'alpaca-generation-prompt' ? 'organic' : null)).organic),
    followUpProbes: (() => { const sp = score(featurize(sets.probes)); return both((t) => `extraction ${groupRate(sets.probes, sp, t, (e) => (e.y === 1 ? 'x' : null)).x} / organic ${groupRate(sets.probes, sp, t, (e) => (e.y === 0 ? 'x' : null)).x}`); })(),
    heldoutItemsTrainPhrasingsRecall: both((t) => groupRate(sets.heldoutTrainPhr, sHeldTP, t, () => 'all').all),
    evaluationNotes: {
      heldout: 'held-out items x HELDOUT_PHRASINGS; used as validation while tuning',
      final: 'held-out items x FINAL_PHRASINGS; used as validation: some pattern entries were written after its failures were read, so optimistic',
      fresh: 'held-out items x FRESH_PHRASINGS (never trained on); partly tuned against: some pattern entries were written after its baseline failures were read, and training phrasings share its voices, so optimistic',
      blind: 'held-out items x BLIND_PHRASINGS (never trained on, never read per phrasing; its aggregate figures were seen while choosing the recipe)',
      grammarVal: 'held-out items x phrasings and ordinary prompts from the validation part of every grammar slot list (intent-grammar.ts); the validation set the recipe was chosen on',
      i18nVal: 'held-out items x multilingual phrasings and ordinary requests from the validation part of every slot list of the training languages (intent-langs-train.ts), plus held-out organic corpora',
      langVal: 'held-out items x phrasings and ordinary requests in languages never trained on (intent-langs-heldout.ts: it, nl, pl, tr, hi), plus held-out organic corpora',
    },
    alpacaGenerationPromptScore: Number(sHeld[sets.heldout.findIndex((e) => e.source === 'alpaca-generation-prompt')]!.toFixed(4)),
  };
  if (process.env.DIAG_FP) {
    // The highest-scoring held-out negatives (diagnostics only, stderr).
    const [dset, dsc] = process.env.DIAG_SET === 'fresh' ? [sets.fresh, sFresh] : process.env.DIAG_SET === 'gram' ? [sets.grammarVal, sGram] : process.env.DIAG_SET === 'i18n' ? [sets.i18nVal, sI18n] : process.env.DIAG_SET === 'lang' ? [sets.langVal, sLang] : [sets.heldout, sHeld];
    const fp = dset.map((e, i) => ({ e, s: dsc[i]! })).filter((x) => x.e.y === 0).sort((a, c) => c.s - a.s).slice(0, Number(process.env.DIAG_FP));
    for (const { e, s } of fp) console.error(s.toFixed(3), e.source, JSON.stringify((e.system ? `[SYS ${e.system}] ` : '') + e.prompt.slice(0, 140)));
    if (process.env.DIAG_FN) {
      // The lowest-scoring positives of the same set.
      const fn = dset.map((e, i) => ({ e, s: dsc[i]! })).filter((x) => x.e.y === 1).sort((a, c) => a.s - c.s).slice(0, Number(process.env.DIAG_FN));
      for (const { e, s } of fn) console.error('FN', s.toFixed(3), e.source, e.kind, JSON.stringify((e.system ? `[SYS ${e.system}] ` : '') + e.prompt.slice(0, 200)));
    }
  }
  if (process.env.SUMMARY) {
    // One line per set (diagnostics, stderr): AUC, recall/FPR at 0.35 and 0.5.
    const line = (name: string, m: Record<string, Metrics>): string => `${name.padEnd(10)} auc ${m['at0.35']!.auc.toFixed(3)}  @.35 r ${m['at0.35']!.recall.toFixed(3)} f ${m['at0.35']!.fpr.toFixed(3)}  @.5 r ${m['at0.5']!.recall.toFixed(3)} f ${m['at0.5']!.fpr.toFixed(3)}`;
    for (const [n, m] of [['heldout', result.heldout], ['final', result.final], ['fresh', result.fresh], ['blind-v1', result.blind], ['grammarVal', result.grammarVal], ['i18nVal', result.i18nVal], ['langVal', result.langVal]] as const) console.error(line(n, m));
    console.error('held-out organic flagged', JSON.stringify(result.heldoutOrganicFlagged));
    console.error('i18nVal recall by lang @.35', JSON.stringify(result.i18nValRecallByLanguage['at0.35']));
    console.error('i18nVal neg by lang @.35', JSON.stringify(result.i18nValFlagRateNegativesByLanguage['at0.35']));
    console.error('langVal recall by lang @.35', JSON.stringify(result.langValRecallByLanguage['at0.35']));
    console.error('langVal recall by kind @.35', JSON.stringify(result.langValRecallByKind['at0.35']));
    console.error('langVal neg by lang @.35', JSON.stringify(result.langValFlagRateNegativesByLanguage['at0.35']));
    console.error('grammarVal by kind @.35', JSON.stringify(result.grammarValRecallByKind['at0.35']));
    console.error('grammarVal neg @.35', JSON.stringify(result.grammarValFlagRateNegativesBySource['at0.35']));
  } else console.log(JSON.stringify(result, null, 2));
  console.error(`trained on ${sets.train.length} examples, held out ${sets.heldout.length}, in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

  // Keep only non-negligible hashed weights: the file stays small and the model is unchanged in effect.
  const hashed: Array<[number, number]> = [];
  for (let j = 0; j < DIM; j++) if (Math.abs(w[j]!) >= 1e-4) hashed.push([j, Math.round(w[j]! * 1e5) / 1e5]);
  const file: IntentModelFile = {
    name: 'intent-v1',
    hashBits: HASH_BITS,
    dense: DENSE,
    bias: Math.round(b * 1e5) / 1e5,
    denseWeights: Array.from(w.subarray(DIM, DIM + DENSE), (x) => Math.round(x * 1e5) / 1e5),
    hashed,
    threshold,
    trainedWith: {
      command: 'npm run train:intent (node dist/scripts/train-intent.js)',
      seed, epochs: EPOCHS, lr: LR, l2: L2, hashedDropout: DROPOUT, grammarShare: GRAMMAR_SHARE, slotGrammarShare: SLOT_GRAMMAR_SHARE, ordinaryGrammarShare: ORDINARY_GRAMMAR_SHARE, organicItemShare: ORGANIC_ITEM_SHARE, ordinaryStandalone: ORDINARY_STANDALONE, negWeight: NEG_WEIGHT, organicGrammarShare: ORGANIC_GRAMMAR_SHARE, bareShare: BARE_SHARE, organicWeight: ORGANIC_WEIGHT, i18nShare: I18N_SHARE, i18nStandalone: I18N_STANDALONE, familyShare: FAMILY_SHARE, familyEnShare: FAMILY_EN_SHARE, familyBare: FAMILY_BARE, familyLanguages: FAMILY_LANGS.map((l) => l.code), trainLanguages: TRAIN_LANGS.map((l) => l.code), examples: sets.train.length,
      denseFeatures: DENSE_NAMES, kinds: INTENT_KIND_LIST,
      corpora: 'data/corpora (gsm8k, HumanEval, GPTeacher, self-instruct, alpaca prompt; koala, arena-hard, mt-bench, vicuna, hh-rlhf, self-instruct user-oriented)',
    },
    metrics: result,
  };
  if (values['dry-run'] || evalModel) return;
  const out = path(String(values.out));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(file) + '\n');
  console.error(`wrote ${out} (${hashed.length} hashed weights)`);
}

main();
