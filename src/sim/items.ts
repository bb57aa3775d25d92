/**
 * Work-queue items: the harvest a campaign wants answered, built combinatorially from the extraction corpora so that
 * tens of millions of items are (nearly) all distinct — gsm8k with perturbed numbers, HumanEval / GPTeacher codegen
 * with language and constraint variations, Toolformer tasks with tool names, generated logic puzzles, self-instruct
 * seeds under the Alpaca generation prompt over a topic taxonomy, rubric-grading prompts and role-play prompts.
 * Item k of a source is a pure function of (k, salt): the queue hands items out in time order, so the text does not
 * depend on which account happens to receive it.
 */
import type { Capability, Corpora } from './corpora.js';
import type { RubricParts, SweepParts } from './grammar/operation-grammar.js';
import { PEOPLE, TAXONOMY } from './phrasing.js';
import { Rng } from './rng.js';

export const ITEM_SOURCES = ['maths', 'coding', 'agentic', 'reasoning', 'creative', 'instruction-sweep', 'rubric-grading'] as const;
export type ItemSource = (typeof ITEM_SOURCES)[number];

export interface Item {
  text: string;
  cap: Capability;
  tools: string[] | null;
  /** Coding/agentic items use the code trace for token shapes. */
  code: boolean;
  /** Structured content the operation's grammar frames (rubric grading, instruction generation). */
  rubric?: RubricParts;
  sweep?: SweepParts;
}

const LANGS = ['Python', 'JavaScript', 'TypeScript', 'Go', 'Rust', 'Java', 'C++', 'C#', 'Ruby', 'Kotlin', 'Swift', 'PHP', 'Scala', 'Haskell'];
const CONSTRAINTS = [
  'without using any built-in sort functions', 'with O(n log n) time complexity or better', 'with full type annotations and docstrings', 'and include unit tests',
  'handling all edge cases (empty input, duplicates, very large values)', 'using recursion', 'iteratively, without recursion', 'in a functional style',
  'with detailed comments explaining each line', 'optimised for memory usage', 'as a reusable class with a clean interface', 'and explain the time and space complexity',
  'using only the standard library', 'with input validation and clear error messages', 'following idiomatic style for the language',
];
const EXTRA_TOOLS = ['search', 'calculator', 'calendar', 'weather', 'wikipedia', 'python_exec', 'http_get', 'sql_query', 'send_email', 'translate'];

function perturbNumbers(text: string, rng: Rng): string {
  return text.replace(/\d+(?:\.\d+)?/g, (m) => {
    if (m.includes('.')) return (Number(m) * rng.uniform(0.5, 1.8)).toFixed(m.split('.')[1]!.length);
    const n = Number(m);
    if (n >= 1900 && n <= 2100) return m; // years stay plausible
    const d = Math.max(1, Math.round(n * rng.uniform(0.15, 0.6)));
    const v = n + (rng.chance(0.5) ? d : -d);
    return String(Math.max(1, v));
  });
}

const RELATIONS = [
  ['taller than', 'tallest', 'shortest'], ['older than', 'oldest', 'youngest'], ['faster than', 'fastest', 'slowest'], ['richer than', 'richest', 'poorest'],
] as const;

function shuffle<T>(a: T[], rng: Rng): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a;
}

/** k distinct elements in random order (partial Fisher-Yates). */
function sample<T>(src: readonly T[], k: number, rng: Rng): T[] {
  const a = src.slice();
  for (let i = 0; i < k; i++) {
    const j = i + rng.int(a.length - i);
    const t = a[i]!;
    a[i] = a[j]!;
    a[j] = t;
  }
  return a.slice(0, k);
}

function reasoningPuzzle(rng: Rng): string {
  const kind = rng.int(4);
  const names = sample(PEOPLE, 3 + rng.int(3), rng);
  if (kind === 0) {
    const [rel, top, bottom] = rng.pick(RELATIONS);
    const facts: string[] = [];
    for (let i = 0; i + 1 < names.length; i++) facts.push(`${names[i]} is ${rel} ${names[i + 1]}.`);
    shuffle(facts, rng);
    return `${facts.join(' ')} Who is the ${rng.chance(0.5) ? top : bottom}? Is ${names[names.length - 1]} ${rel} ${names[0]}?`;
  }
  if (kind === 1) {
    const a = names[0]!, b = names[1]!;
    return `On an island, knights always tell the truth and knaves always lie. ${a} says: "${b} and I are ${rng.pick(['both knaves', 'of different kinds', 'of the same kind'])}." ${b} says: "${rng.pick(['At least one of us is a knight', a + ' is a knave', 'We are both knights'])}." What are ${a} and ${b}?`;
  }
  if (kind === 2) {
    const d = rng.range(2, 400);
    const day = rng.pick(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    return `If today is ${day}, what day of the week will it be in ${d} days? And what day was it ${rng.range(2, 90)} days ago?`;
  }
  const n = names.length;
  return `${names.join(', ')} sit around a round table. ${names[0]} sits directly to the left of ${names[1 + rng.int(n - 1)]}, and ${names[n - 1]} does not sit next to ${names[1]}. How many seating arrangements satisfy these constraints (rotations count as the same arrangement)?`;
}

export class ItemFactory {
  private readonly toolIndex = new Map<string, number[]>();

  constructor(private readonly c: Corpora, private readonly salt: number) {
    c.toolformer.forEach((t, i) => {
      const key = t.tools[0] ?? 'search';
      if (!this.toolIndex.has(key)) this.toolIndex.set(key, []);
      this.toolIndex.get(key)!.push(i);
    });
  }

  make(source: ItemSource, k: number): Item {
    const rng = new Rng(this.salt ^ Math.imul(k + 1, 0x9e3779b1), k & 0xffff);
    const c = this.c;
    switch (source) {
      case 'maths': {
        // One in five items comes from the test split. The first pass over each split uses the original wording,
        // later passes perturb the numbers, so items stay distinct at tens of millions.
        const j = Math.floor(k / 5);
        const r = k % 5;
        const pool = r === 0 ? c.gsm8kTest : c.gsm8kTrain;
        const pos = r === 0 ? j : 4 * j + r - 1;
        const base = pool[pos % pool.length]!;
        const text = pos < pool.length ? base.question : perturbNumbers(base.question, rng);
        return { text, cap: 'maths', tools: null, code: false };
      }
      case 'coding': {
        // Base task x language x constraint (x a second constraint on later passes): combinatorially distinct.
        const useHe = k % 9 === 0;
        const n = useHe ? c.humaneval.length : c.codegen.length;
        const kk = useHe ? Math.floor(k / 9) : k - Math.floor(k / 9) - 1;
        const pass = Math.floor(kk / n);
        const lang = LANGS[pass % LANGS.length]!;
        const cons = CONSTRAINTS[Math.floor(pass / LANGS.length) % CONSTRAINTS.length]!;
        const round = Math.floor(pass / (LANGS.length * CONSTRAINTS.length));
        const cons2 = round > 0 ? ` Also, ${CONSTRAINTS[(round * 7) % CONSTRAINTS.length]!}.` : '';
        if (useHe) {
          const h = c.humaneval[kk % n]!;
          return { text: `Implement the following function in ${lang} (adapt the signature to the language), ${cons}.${cons2}\n\n${h.prompt}`, cap: 'coding', tools: null, code: true };
        }
        const it = c.codegen[kk % n]!;
        const input = it.input ? `\nInput: ${pass > 0 ? perturbNumbers(it.input, rng) : it.input}` : '';
        const inst = it.instruction.replace(/\b(Python|JavaScript|Java|C\+\+|C#|Ruby|Go|Rust|PHP|TypeScript)\b/, lang);
        const text = inst === it.instruction ? `${inst} Use ${lang}, ${cons}.${cons2}${input}` : `${inst} Write it ${cons}.${cons2}${input}`;
        return { text, cap: 'coding', tools: null, code: true };
      }
      case 'agentic': {
        const t = c.toolformer[k % c.toolformer.length]!;
        const peers = this.toolIndex.get(t.tools[0] ?? 'search') ?? [k % c.toolformer.length];
        const pass = Math.floor(k / c.toolformer.length);
        const other = c.toolformer[peers[pass % peers.length]!]!;
        const input = pass === 0 ? t.input : other.input;
        const tools = [...t.tools];
        for (let i = rng.int(3); i > 0; i--) {
          const x = rng.pick(EXTRA_TOOLS);
          if (!tools.includes(x)) tools.push(x);
        }
        return { text: `${t.instruction}\nInput: ${pass > peers.length ? perturbNumbers(input, rng) : input}`, cap: 'agentic', tools, code: true };
      }
      case 'reasoning':
        return { text: reasoningPuzzle(rng), cap: 'reasoning', tools: null, code: false };
      case 'creative': {
        const it = c.roleplay[k % c.roleplay.length]!;
        const style = rng.pick(['', ' Make it vivid and detailed.', ' Write at least 500 words.', ' Use a humorous tone.', ' Write it in the style of a noir novel.', ' Keep it under 200 words.']);
        return { text: `${it.instruction}${it.input ? '\n' + it.input : ''}${style}`, cap: 'creative', tools: null, code: false };
      }
      case 'instruction-sweep': {
        const [area, topics] = TAXONOMY[k % TAXONOMY.length]!;
        const topic = topics[Math.floor(k / TAXONOMY.length) % topics.length]!;
        const seeds: string[] = [];
        for (let i = 0; i < 3; i++) {
          const s = rng.pick(c.seedTasks);
          seeds.push(`${i + 1}. Instruction: ${s.instruction}\n${i + 1}. Input:\n${s.input || '<noinput>'}`);
        }
        const cap: Capability = area === 'coding' ? 'coding' : area === 'maths' ? 'maths' : area === 'reasoning' ? 'reasoning' : area === 'agentic' ? 'agentic' : area === 'creative' ? 'creative' : 'other';
        const sweep = { topic, area, difficulty: 1 + rng.int(5), seeds };
        return { text: `${topic}\n${seeds.join('\n')}`, cap, tools: null, code: false, sweep };
      }
      case 'rubric-grading': {
        const useMath = rng.chance(0.6);
        let q: string, a: string;
        if (useMath) {
          const m = c.gsm8kTrain[k % c.gsm8kTrain.length]!;
          q = m.question;
          a = rng.chance(0.4) ? perturbNumbers(m.answer, rng) : m.answer;
        } else {
          const it = c.codegen[k % c.codegen.length]!;
          q = it.instruction + (it.input ? `\n${it.input}` : '');
          a = '(candidate solution omitted for brevity: see attached)';
        }
        const scale = rng.pick(['1-10', '1-5', '0-100', '1-7', 'A-F', '0-4']);
        const criteria = rng.pick(['correctness, completeness, clarity of reasoning', 'factual accuracy and logical validity of every step', 'helpfulness, harmlessness and honesty', 'correctness first, then efficiency and style', 'accuracy, concision and tone', 'rigour of each step and the final result']);
        const rubric = { question: q, answer: a, scale, criteria };
        return { text: `${q}\n${a}`, cap: 'reasoning', tools: null, code: false, rubric };
      }
    }
  }
}
