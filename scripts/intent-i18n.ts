/**
 * Multilingual phrasing grammars for the intent model: extraction wrappers and ordinary requests composed from
 * per-language slot lists (scripts/intent-langs-train.ts for the training languages, scripts/intent-langs-heldout.ts
 * for languages that are never trained on).
 *
 * Each language gives sentence-level slots (openers, task lines, reasoning demands, final-answer lines,
 * answer-only and code-only demands, JSON format demands, judge lines, generation lines, batch lines, item and
 * answer labels, closers) and ordinary-request slots (learner asks, developer asks, application templates,
 * standalone questions over topics, teacher asks, casual prompts). A phrasing draws several slots and an envelope,
 * so one language yields thousands of distinct wrappers. As in intent-grammar.ts, every slot list of five or more
 * values is split by position: four in five for training, the fifth for validation (held-out grammar values).
 *
 * Items stay as the corpora give them (mostly English benchmark items): that is how a harvester wraps a pool of
 * items in its own language. Some positives wrap a question in the language itself.
 */
import type { IntentKind } from '../src/signals/intent-patterns.js';
import type { Phrasing } from './intent-phrasings.js';
import type { GrammarSplit, Rand } from './intent-grammar.js';

/** Slot lists of one language. Placeholders: {item} {answer} {n} {k} {topic} {t} {rk} {ak} {tag} {text}. */
export interface LangGrammar {
  code: string;
  /** Sentence separator: ' ' for spaced scripts, '' for Chinese and Japanese. */
  sep: string;
  open: string[];
  close: string[];
  role: string[];
  solve: string[];
  reason: string[];
  /** Reasoning demand as tagged output; `{tag}` is an English tag name. */
  reasonTag: string[];
  final: string[];
  only: string[];
  code_only: string[];
  /** JSON demand with reasoning and answer keys `{rk}` and `{ak}`. */
  json: string[];
  judge: string[];
  judgeOut: string[];
  q: string[];
  a: string[];
  gen: string[];
  /** Generation from a seed item that follows. */
  genSeed: string[];
  purpose: string[];
  batch: string[];
  batchRule: string[];
  harness: string[];
  topics: string[];
  // ordinary requests
  learnAsk: string[];
  learnCtx: string[];
  devAsk: string[];
  /** Application templates around a user's `{text}`. */
  app: string[];
  /** Standalone question templates over `{t}` (a topic from qTopics). */
  qTpl: string[];
  qTopics: string[];
  teach: string[];
  casual: string[];
}

/** Grammar split, or 'all' for languages that are held out as a whole. */
export type I18nSplit = GrammarSplit | 'all';

function pick<T>(list: readonly T[], r: Rand, split: I18nSplit): T {
  if (list.length < 5 || split === 'all') return list[Math.floor(r() * list.length)]!;
  const valCount = Math.floor(list.length / 5);
  if (split === 'val') return list[5 * Math.floor(r() * valCount) + 4]!;
  const i = Math.floor(r() * (list.length - valCount));
  return list[i + Math.floor(i / 4)]!;
}
const chance = (p: number, r: Rand): boolean => r() < p;
const anyPick = <T>(list: readonly T[], r: Rand): T => list[Math.floor(r() * list.length)]!;

const REASON_KEYS = ['reasoning', 'rationale', 'steps', 'thinking', 'explanation', 'analysis', 'cot', 'work'];
const ANSWER_KEYS = ['answer', 'final_answer', 'result', 'solution', 'output', 'final'];
const TAGS = ['think', 'reasoning', 'thoughts', 'scratchpad', 'analysis', 'working'];

/** Fills the slot-internal placeholders that are not items. */
function slots(s: string, r: Rand, lang: LangGrammar, split: I18nSplit): string {
  return s
    .replaceAll('{rk}', anyPick(REASON_KEYS, r)).replaceAll('{ak}', anyPick(ANSWER_KEYS, r)).replaceAll('{tag}', anyPick(TAGS, r))
    .replaceAll('{topic}', pick(lang.topics, r, split));
}

function envelope(lang: LangGrammar, instr: string, itemBlock: string, r: Rand): string {
  const first = chance(0.55, r);
  const u = r();
  if (u < 0.55) {
    const sep = anyPick(['\n\n', '\n', lang.sep === '' ? '' : ' ', '\n\n'], r);
    return first ? `${instr}${sep}${itemBlock}` : `${itemBlock}${sep}${instr}`;
  }
  if (u < 0.7) {
    const q = anyPick(lang.q, r);
    return first ? `${instr}\n\n${q}:\n${itemBlock}` : `${q}:\n${itemBlock}\n\n${instr}`;
  }
  if (u < 0.8) return first ? `## ${instr}\n\n${itemBlock}` : `${itemBlock}\n\n---\n${instr}`;
  if (u < 0.9) {
    const tag = anyPick(['task', 'input', 'question', 'problem'], r);
    return `<instructions>${instr}</instructions>\n<${tag}>\n${itemBlock}\n</${tag}>`;
  }
  const [s, us] = anyPick([['System', 'User'], ['SYSTEM', 'USER'], ['system', 'user']] as const, r);
  return `${s}: ${instr}\n${us}: ${itemBlock}`;
}

/** An extraction wrapper of `kind` in `lang`. */
export function composeExtractionI18n(lang: LangGrammar, kind: IntentKind, r: Rand, split: I18nSplit): Phrasing {
  const p = (l: readonly string[]): string => slots(pick(l, r, split), r, lang, split);
  const parts: string[] = [];
  let item = '{item}';
  switch (kind) {
    case 'cot-elicitation': {
      if (chance(0.2, r)) parts.push(p(lang.role));
      if (chance(0.6, r)) parts.push(p(lang.solve));
      const u = r();
      parts.push(u < 0.72 ? p(lang.reason) : u < 0.86 ? p(lang.json) : p(lang.reasonTag));
      if (chance(0.2, r)) parts.push(p(lang.reason));
      if (chance(0.4, r)) parts.push(p(lang.final));
      break;
    }
    case 'rubric-grading': {
      parts.push(p(lang.judge));
      if (chance(0.6, r)) parts.push(p(lang.judgeOut));
      const q = pick(lang.q, r, split);
      const a = pick(lang.a, r, split);
      item = anyPick([`${q}: {item}\n${a}: {answer}`, `[${q}]\n{item}\n\n[${a}]\n{answer}`, `### ${q}\n{item}\n### ${a}\n{answer}`], r);
      break;
    }
    case 'instruction-generation': {
      if (chance(0.45, r)) {
        parts.push(p(lang.genSeed));
      } else {
        parts.push(p(lang.gen));
        item = '';
      }
      if (chance(0.5, r)) parts.push(p(lang.purpose));
      if (chance(0.3, r)) parts.push(p(lang.batchRule));
      break;
    }
    case 'benchmark-item': {
      if (chance(0.3, r)) parts.push(p(lang.harness));
      const u = r();
      if (u < 0.35) {
        if (chance(0.6, r)) parts.push(p(lang.only));
        item = `${pick(lang.q, r, split)}${anyPick([' {k}:', ':', ' :'], r)}\n{item}\n${pick(lang.a, r, split)}:`;
      } else if (u < 0.8) parts.push(p(lang.only));
      else parts.push(p(lang.code_only));
      break;
    }
    case 'bulk-format': {
      if (chance(0.55, r)) {
        parts.push(p(lang.batch));
        if (chance(0.6, r)) parts.push(p(lang.json));
        if (chance(0.6, r)) parts.push(p(lang.batchRule));
        const j = anyPick(['\n---\n', '\n\n', '\n'], r);
        item = chance(0.5, r) ? '{items}' : `{item}${j}{item2}${j}{item3}`;
      } else parts.push(p(lang.json));
      break;
    }
  }
  const opener = pick(lang.open, r, split);
  const closer = pick(lang.close, r, split);
  const instr = [opener, ...parts, closer].filter((s) => s !== '').join(lang.sep);
  const t = item === '' ? instr : envelope(lang, instr, item, r);
  return { kind, t };
}

/** A standalone ordinary question in `lang` (also used as an item in the language itself). */
export function ordinaryQuestion(lang: LangGrammar, r: Rand, split: I18nSplit): string {
  return pick(lang.qTpl, r, split).replaceAll('{t}', pick(lang.qTopics, r, split));
}

/**
 * An ordinary request in `lang`: a template with `{item}` (a question or code task) or `{text}` (ordinary text),
 * or a complete prompt. Learners asking for step-by-step explanations, developers, applications, teachers and
 * casual questions, in the proportions ordinary traffic has them.
 */
export function composeOrdinaryI18n(lang: LangGrammar, r: Rand, split: I18nSplit, code: boolean): string {
  const p = (l: readonly string[]): string => pick(l, r, split).replaceAll('{t}', pick(lang.qTopics, r, split));
  const u = r();
  if (u < (code ? 0.15 : 0.35)) {
    const ask = chance(0.5, r) ? `${p(lang.learnCtx)}${lang.sep}${p(lang.learnAsk)}` : p(lang.learnAsk);
    return chance(0.5, r) ? `${ask}\n${chance(0.5, r) ? '\n' : ''}{item}` : `{item}\n\n${ask}`;
  }
  if (u < (code ? 0.6 : 0.42)) {
    const ask = p(lang.devAsk);
    const body = chance(0.3, r) ? '```\n{item}\n```' : '{item}';
    return chance(0.6, r) ? `${ask}\n\n${body}` : `${body}\n\n${ask}`;
  }
  if (u < 0.72) return chance(0.3, r) ? `${ordinaryQuestion(lang, r, split)}${lang.sep}${p(lang.learnCtx)}` : ordinaryQuestion(lang, r, split);
  if (u < 0.8) return p(lang.teach);
  if (u < 0.9) return p(lang.app);
  return p(lang.casual);
}
