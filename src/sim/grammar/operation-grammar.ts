/**
 * One operation's own phrasing grammar, built from its seed: a few fragments per role and language drawn from the
 * lexicon (openers, chain-of-thought instructions, answer-format asks, closers, benchmark, bulk, rubric and
 * instruction-generation frames, follow-ups), its own slot vocabulary (document names, audiences, tag and key
 * names, labels, numbering) and its own habits (how often it opens, closes or puts the item first). Every fragment
 * that can open or close a prompt is claimed in the world's FrameRegistry, so no two operations share a literal
 * edge. Accounts take a voice (a language and a subset of the fragments); each request composes anew from it.
 */
import type { Rng } from '../rng.js';
import { FrameRegistry } from './frame-registry.js';
import { LANGUAGES, shapesOf, SLOT_POOLS, TOPICS, type Language, type Role, type Shape } from './lexicon.js';

export type AskKind = 'cot' | 'benchmark' | 'bulk' | 'rubric' | 'sweep' | 'bare';
export const ASK_KINDS: readonly AskKind[] = ['cot', 'benchmark', 'bulk', 'rubric', 'sweep', 'bare'];

export interface RubricParts { question: string; answer: string; scale: string; criteria: string }
export interface SweepParts { topic: string; area: string; difficulty: number; seeds: string[] }

/** What a request asks about: the item text(s) or structured parts, and its capability (for {topic}). */
export interface AskContent {
  cap: string;
  item?: string;
  items?: string[];
  rubric?: RubricParts;
  sweep?: SweepParts;
}

export interface GrammarOptions {
  languages: Language[];
  /** Fragments per role and language, before accounts take subsets. */
  fragments: number;
}

const EDGES: Record<Role, { lead: boolean; tail: boolean }> = {
  opener: { lead: true, tail: false }, cot: { lead: true, tail: true }, format: { lead: false, tail: true }, closer: { lead: false, tail: true },
  benchLead: { lead: true, tail: false }, benchTail: { lead: false, tail: true }, bulkLead: { lead: true, tail: false }, bulkTail: { lead: false, tail: true },
  rubricLead: { lead: true, tail: false }, rubricTail: { lead: false, tail: true }, sweepLead: { lead: true, tail: false }, sweepTail: { lead: false, tail: true },
  followUp: { lead: true, tail: true },
};
const ROLES = Object.keys(EDGES) as Role[];
const QA_LABELS: readonly [string, string][] = [['[Question]', '[Answer]'], ['Prompt:', 'Response:'], ['### Task', '### Candidate answer'], ['<question>', '<answer>'], ['Q:', 'Candidate:'], ['PROBLEM', 'SUBMISSION'], ['Input:', 'Model output:']];
const CRITERIA_LABELS = ['Rubric', 'Criteria', 'Marking scheme', 'Grading guide', 'Scoring rules'];
const SWEEP_RULES = [
  'Try not to repeat the verb for each instruction.', 'Use different language styles: questions, imperatives, requests.', 'Each task must be answerable by a text model.',
  'Include an input for about half of the tasks.', 'Keep instructions to one or two sentences.', 'Cover different difficulty levels within the topic.',
  'Write every task in English.', 'Avoid tasks that need images or audio.', 'Make inputs concrete and realistic.', 'Vary the length of the expected outputs.',
];
const EXAMPLE_HEADERS = ['Examples:', 'Seed tasks:', 'Here are some examples:', 'Reference tasks:', 'For style, see these:'];

type Fragments = Record<Role, string[]>;

export interface Voice {
  lang: Language;
  frags: Fragments;
  itemFirst: number;
  opener: number;
  format: number;
  closer: number;
  sep: string;
}

function compose(shape: Shape, rng: Rng): string {
  let s = '';
  for (const alts of shape) s += rng.pick(alts);
  return s;
}

function pickOr(list: readonly string[], rng: Rng): string | null {
  return list.length ? rng.pick(list) : null;
}

function subset<T>(all: readonly T[], rng: Rng, keep: number): T[] {
  const out = all.filter(() => rng.chance(keep));
  return out.length > 0 || all.length === 0 ? out : [rng.pick(all)];
}

export class OperationGrammar {
  private readonly byLang = new Map<Language, Fragments>();
  private readonly slots: { doc: string[]; audience: string[]; tagA: string; tagB: string; keyA: string; keyB: string; label: string; itemLabels: string[]; numbering: string; qa: [string, string]; criteria: string; rules: string[]; examples: string };
  private readonly habits: { itemFirst: number; opener: number; format: number; closer: number; seps: string[] };

  private constructor(readonly owner: string, readonly languages: Language[], rng: Rng, registry: FrameRegistry, fragments: number) {
    for (const lang of languages) {
      const frags = {} as Fragments;
      for (const role of ROLES) frags[role] = this.draw(role, lang, rng, registry, fragments);
      this.byLang.set(lang, frags);
    }
    this.slots = {
      doc: subset(SLOT_POOLS.doc, rng, 0.25), audience: subset(SLOT_POOLS.audience, rng, 0.25), tagA: rng.pick(SLOT_POOLS.tag), tagB: rng.pick(SLOT_POOLS.answerTag),
      keyA: rng.pick(SLOT_POOLS.keyA), keyB: rng.pick(SLOT_POOLS.keyB), label: rng.pick(SLOT_POOLS.label), itemLabels: subset(SLOT_POOLS.itemLabel, rng, 0.35),
      numbering: rng.pick(SLOT_POOLS.numbering), qa: rng.pick(QA_LABELS), criteria: rng.pick(CRITERIA_LABELS), rules: subset(SWEEP_RULES, rng, 0.4), examples: rng.pick(EXAMPLE_HEADERS),
    };
    this.habits = {
      itemFirst: rng.uniform(0, 0.6), opener: rng.chance(0.6) ? rng.uniform(0.1, 0.6) : 0, format: rng.uniform(0.1, 0.8), closer: rng.chance(0.5) ? rng.uniform(0.05, 0.4) : 0,
      seps: subset(['\n\n', '\n', ' ', '\n\n', '\n---\n'], rng, 0.5),
    };
  }

  /** Builds the grammar of operation `owner`; `rng` should be the operation's own stream. */
  static build(owner: string, rng: Rng, registry: FrameRegistry, opts: GrammarOptions): OperationGrammar {
    const langs = opts.languages.filter((l) => LANGUAGES.includes(l));
    return new OperationGrammar(owner, langs.length ? langs : ['en'], rng, registry, Math.max(1, Math.round(opts.fragments)));
  }

  /**
   * Up to `count` distinct fragments of a role that no other operation owns an edge of. When the lexicon runs dry for
   * a role (many operations in one world), the operation simply lacks it: optional parts are left out, and a frame
   * without a tail ends with the item.
   */
  private draw(role: Role, lang: Language, rng: Rng, registry: FrameRegistry, count: number): string[] {
    const shapes = shapesOf(lang, role);
    const out: string[] = [];
    for (let attempt = 0; out.length < count && attempt < count * 60; attempt++) {
      const f = compose(rng.pick(shapes), rng);
      if (out.includes(f)) continue;
      if (registry.claim(this.owner, f, EDGES[role])) out.push(f);
    }
    return out;
  }

  /** Fragments of every role and language (for tests and for the manifest's counts). */
  fragments(): { lang: Language; role: Role; text: string }[] {
    const out: { lang: Language; role: Role; text: string }[] = [];
    for (const [lang, f] of this.byLang) for (const role of ROLES) for (const text of f[role]) out.push({ lang, role, text });
    return out;
  }

  /** An account's voice: mostly the operation's first language, a subset of its fragments, its own habits. */
  voice(rng: Rng): Voice {
    const lang = this.languages.length === 1 || rng.chance(0.6) ? this.languages[0]! : rng.pick(this.languages);
    const all = this.byLang.get(lang)!;
    const frags = {} as Fragments;
    for (const role of ROLES) frags[role] = subset(all[role], rng, 0.55);
    const h = this.habits;
    const jitter = (p: number): number => Math.min(1, Math.max(0, p * rng.uniform(0.5, 1.5)));
    return { lang, frags, itemFirst: jitter(h.itemFirst), opener: jitter(h.opener), format: jitter(h.format), closer: jitter(h.closer), sep: rng.pick(h.seps) };
  }

  /** The text of one request of the given kind in the account's voice. */
  render(kind: AskKind, v: Voice, rng: Rng, c: AskContent): string {
    const fill = (frag: string): string => this.fill(frag, rng, c);
    const f = v.frags;
    const parts: string[] = [];
    const labelled = (item: string): string => {
      const label = rng.pick(this.slots.itemLabels);
      return label ? `${label}\n${item}` : item;
    };
    switch (kind) {
      case 'bare':
        return c.item ?? '';
      case 'cot':
      case 'benchmark': {
        const item = c.item ?? '';
        const instruction = fill(pickOr(kind === 'cot' ? f.cot : f.benchLead, rng) ?? '');
        const tail = rng.chance(v.format) ? pickOr(kind === 'cot' ? f.format : f.benchTail, rng) : null;
        const closer = rng.chance(v.closer) ? pickOr(f.closer, rng) : null;
        // Benchmark leads announce the item, so they only ever precede it; an item-first benchmark ask needs a tail.
        if (rng.chance(v.itemFirst) && (kind === 'cot' || tail)) {
          parts.push(item);
          if (kind === 'cot' && instruction) parts.push(instruction);
        } else {
          const opener = rng.chance(v.opener) ? pickOr(f.opener, rng) : null;
          if (opener) parts.push(fill(opener));
          if (instruction) parts.push(instruction);
          parts.push(labelled(item));
        }
        if (tail) parts.push(fill(tail));
        if (closer) parts.push(fill(closer));
        break;
      }
      case 'bulk': {
        const items = c.items ?? [c.item ?? ''];
        const lead = pickOr(f.bulkLead, rng);
        if (lead) parts.push(this.fill(lead, rng, c, items.length));
        parts.push(items.map((it, i) => this.slots.numbering.replace('{i}', String(i + 1)) + it).join('\n\n'));
        const tail = rng.chance(Math.max(v.format, 0.5)) ? pickOr(f.bulkTail, rng) : null;
        if (tail) parts.push(fill(tail));
        break;
      }
      case 'rubric': {
        const r = c.rubric!;
        const [ql, al] = this.slots.qa;
        const lead = pickOr(f.rubricLead, rng);
        if (lead) parts.push(this.fill(lead, rng, c, undefined, r.scale));
        parts.push(`${this.slots.criteria}: ${r.criteria} (scale ${r.scale}).`);
        parts.push(`${ql}\n${r.question}`, `${al}\n${r.answer}`);
        const tail = pickOr(f.rubricTail, rng);
        if (tail) parts.push(fill(tail));
        break;
      }
      case 'sweep': {
        const s = c.sweep!;
        const n = rng.pick([10, 12, 15, 20, 20, 25, 30]);
        const lead = pickOr(f.sweepLead, rng);
        if (lead) parts.push(this.fill(lead, rng, { ...c, cap: s.area }, n, undefined, s.topic));
        const rules = subset(this.slots.rules, rng, 0.7);
        parts.push(rules.map((x, i) => `${i + 1}. ${x}`).join('\n') + `\nDifficulty: ${s.difficulty}/5.`);
        parts.push(`${this.slots.examples}\n${s.seeds.join('\n###\n')}`);
        const tail = pickOr(f.sweepTail, rng);
        if (tail) parts.push(this.fill(tail, rng, c, n));
        break;
      }
    }
    return parts.join(v.sep);
  }

  /** A follow-up turn in the account's voice. */
  followUp(v: Voice, rng: Rng): string {
    // A grammar without follow-up fragments (lexicon exhausted) re-asks with one of its reasoning instructions.
    return pickOr(v.frags.followUp, rng) ?? pickOr(v.frags.cot, rng) ?? pickOr(v.frags.benchLead, rng) ?? '';
  }

  private fill(frag: string, rng: Rng, c: AskContent, n?: number, scale?: string, topic?: string): string {
    if (!frag.includes('{')) return frag;
    const s = this.slots;
    return frag.replace(/\{(\w+)\}/g, (_m, k: string) => {
      switch (k) {
        case 'topic': return topic ?? rng.pick(TOPICS[c.cap] ?? TOPICS.other!);
        case 'doc': return rng.pick(s.doc);
        case 'audience': return rng.pick(s.audience);
        case 'n': return String(n ?? 1 + rng.int(400));
        case 'scale': return scale ?? '1-10';
        case 'tagA': return s.tagA;
        case 'tagB': return s.tagB;
        case 'keyA': return s.keyA;
        case 'keyB': return s.keyB;
        case 'label': return s.label;
        default: return k;
      }
    });
  }
}
