/**
 * Literal gates for the pattern families: most prompts match none of a family's patterns, yet a regular expression
 * with a large alternation tries every alternative at every position of the text (≈ 85 ns per character for the
 * intent families). Each pattern is analysed once, at load, for literals of which every match must contain one
 * ("step-by-step", {"reasoning", "thinking", …} in "show … your reasoning"); one Aho–Corasick pass over the text finds
 * which patterns' literals occur, and only those patterns run. The gate is sound by construction: it only skips a
 * pattern when none of its required literals is in the text, so results are exactly those of running every pattern.
 *
 * Patterns are matched against text lowered by the caller, so they must be case-folded (see case-fold.ts) or have
 * no letters whose case matters; a pattern without a usable literal (every alternative needs ≥ 2 characters) is
 * simply always run.
 */
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** Products of alternatives past this many strings stop growing a literal (the run is cut and restarted). */
const MAX_PRODUCT = 512;
/** Small character classes ([sz], [- ]) are expanded into literals; larger ones break a literal. */
const MAX_CLASS = 8;
/**
 * The gate looks for literals cut to this length (a text holding a literal holds its prefix): the automaton stays
 * small enough to sit in cache, at the price of a few more texts let through to the pattern.
 */
const MAX_LITERAL = 10;
/** Clauses a disjunction may distribute into (see ofAlternatives). */
const MAX_CLAUSES = 16;

/**
 * A condition on the text as a conjunction of clauses, each a set of literals of which the text must contain one.
 * An empty conjunction is no condition.
 */
type Clauses = string[][];

/**
 * What a node of a pattern can match, as far as literals go: `exact` lists every string it can match when that set
 * is small and finite (null otherwise); `required` is a condition every text it matches in satisfies.
 */
interface Literals {
  exact: string[] | null;
  required: Clauses;
}

const ANY: Literals = { exact: null, required: [] };
const EMPTY: Literals = { exact: [''], required: [] };

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 10 || c > 127;

/**
 * A literal says something when it is two characters or more, or one symbol (`{`, `<`): a single letter, digit or
 * space is in every prompt.
 */
function usable(set: readonly string[] | null): set is string[] {
  return set !== null && set.length > 0 && set.every((s) => s.length >= 2 || (s.length === 1 && !isWordChar(s.charCodeAt(0))));
}

/** A guess at how often a clause holds: a clause of longer literals holds more rarely. */
const shortest = (set: readonly string[]): number => Math.min(...set.map((s) => s.length));

function product(a: readonly string[], b: readonly string[]): string[] | null {
  if (a.length * b.length > MAX_PRODUCT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function ofClass(node: AST.CharacterClass): Literals {
  if (node.negate) return ANY;
  const chars = new Set<string>();
  for (const e of node.elements) {
    if (e.type === 'Character') chars.add(String.fromCodePoint(e.value));
    else if (e.type === 'CharacterClassRange' && e.max.value - e.min.value < MAX_CLASS) {
      for (let c = e.min.value; c <= e.max.value; c++) chars.add(String.fromCodePoint(c));
    } else return ANY;
    if (chars.size > MAX_CLASS) return ANY;
  }
  return { exact: [...chars], required: [] };
}

/** The condition a node's matches satisfy, with its exact strings as one more clause when they are usable. */
function conditionOf(lit: Literals): Clauses {
  return usable(lit.exact) ? [lit.exact, ...lit.required] : lit.required;
}

/** A sequence matches only where each maximal run of fixed text and each other element's condition occur. */
function ofSequence(elements: readonly AST.Element[]): Literals {
  const required: Clauses = [];
  let run: string[] = [''];
  let exact = true;
  const endRun = (): void => {
    if (usable(run)) required.push(run);
  };
  for (const e of elements) {
    const lit = ofNode(e);
    const next = lit.exact ? product(run, lit.exact) : null;
    if (next) {
      run = next;
      continue;
    }
    exact = false;
    endRun();
    required.push(...lit.required);
    run = lit.exact ?? [''];
  }
  if (!exact) endRun();
  return { exact: exact ? run : null, required };
}

/**
 * A disjunction matches where one of its alternatives does: (A1 ∧ A2) ∨ B = (A1 ∨ B) ∧ (A2 ∨ B), distributed while
 * that stays small, else the union of each alternative's most selective clause.
 */
function ofAlternatives(alternatives: readonly AST.Alternative[]): Literals {
  const parts = alternatives.map((a) => ofSequence(a.elements));
  let exact: string[] | null = [];
  for (const p of parts) exact = exact && p.exact && exact.length + p.exact.length <= MAX_PRODUCT ? [...exact, ...p.exact] : null;
  const conditions = parts.map(conditionOf);
  if (conditions.some((c) => c.length === 0)) return { exact: exact && [...new Set(exact)], required: [] };
  let required: Clauses;
  if (conditions.reduce((n, c) => n * c.length, 1) <= MAX_CLAUSES) {
    required = [[]];
    for (const c of conditions) required = required.flatMap((clause) => c.map((set) => [...clause, ...set]));
  } else {
    required = [conditions.flatMap((c) => c.reduce((best, set) => (shortest(set) > shortest(best) ? set : best)))];
  }
  return { exact: exact && [...new Set(exact)], required: required.map((set) => [...new Set(set)]) };
}

function ofNode(node: AST.Element): Literals {
  switch (node.type) {
    case 'Character':
      return { exact: [String.fromCodePoint(node.value)], required: [] };
    case 'CharacterClass':
      return ofClass(node);
    case 'Assertion':
      // Zero-width (^ $ \b lookarounds): matches only the empty string, whatever it checks around it.
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(node.alternatives);
    case 'Quantifier': {
      if (node.max === 0) return EMPTY;
      const inner = ofNode(node.element);
      if (node.min === 0) return node.max === 1 && inner.exact ? { exact: ['', ...inner.exact], required: [] } : ANY;
      return { exact: node.min === 1 && node.max === 1 ? inner.exact : null, required: conditionOf(inner) };
    }
    default:
      // Character sets (\d \s \w .), back-references, class expressions: no literal.
      return ANY;
  }
}

/**
 * The condition every text `re` matches in satisfies, one conjunction of literal sets per top-level alternative
 * (the text must satisfy one of them); null when some alternative has no condition worth gating on.
 */
export function requiredLiterals(re: RegExp): Clauses[] | null {
  const ast = new RegExpParser({ ecmaVersion: 2024 }).parseLiteral(String(re));
  const alternatives = ast.pattern.alternatives.map((a) => {
    const clauses = new Map(conditionOf(ofSequence(a.elements)).map((set) => [JSON.stringify([...set].sort()), set]));
    return [...clauses.values()];
  });
  return alternatives.some((c) => c.length === 0) ? null : alternatives;
}

/**
 * A set of patterns behind one literal scan. `scan(text)` runs the automaton once; `test(i)` then answers
 * `patterns[i].test(text)`, running the pattern only when its condition holds.
 */
export class LiteralGate {
  /** Character → symbol (0: a character in no literal). */
  private readonly symbolOf = new Uint8Array(65536);
  private readonly symbols: number;
  /** Full transition table: state × symbol → state. */
  private readonly next: Int32Array;
  /** 1 for states where some clause holds. */
  private readonly emits: Uint8Array;
  /** Clauses holding once a state is reached (through its fail chain): ids[outStart[s] .. outStart[s + 1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Pattern i's alternatives are conditions[i]: each a list of clause ids, all of which must hold; null: ungated. */
  private readonly conditions: (number[][] | null)[];
  private readonly held: Uint8Array;
  private text = '';

  constructor(readonly patterns: readonly RegExp[]) {
    const clauseIds = new Map<string, number>();
    const clauses: string[][] = [];
    this.conditions = patterns.map((re) =>
      requiredLiterals(re)?.map((alternative) =>
        alternative.map((literals) => {
          const set = [...new Set(literals.map((l) => l.slice(0, MAX_LITERAL)))];
          const key = JSON.stringify([...set].sort());
          let id = clauseIds.get(key);
          if (id === undefined) clauseIds.set(key, (id = clauses.push(set) - 1));
          return id;
        }),
      ) ?? null,
    );
    this.held = new Uint8Array(clauses.length);
    let symbols = 1;
    for (const set of clauses) for (const s of set) for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (this.symbolOf[c] === 0) {
        if (symbols === 256) throw new Error('LiteralGate: more than 255 distinct literal characters');
        this.symbolOf[c] = symbols++;
      }
    }
    this.symbols = symbols;
    // Trie of the literals, then fail links breadth first, turning the trie into a complete automaton.
    const children: Map<number, number>[] = [new Map()];
    const outputs: Set<number>[] = [new Set()];
    clauses.forEach((set, id) => {
      for (const s of set) {
        let state = 0;
        for (let i = 0; i < s.length; i++) {
          const sym = this.symbolOf[s.charCodeAt(i)]!;
          let child = children[state]!.get(sym);
          if (child === undefined) {
            child = children.length;
            children.push(new Map());
            outputs.push(new Set());
            children[state]!.set(sym, child);
          }
          state = child;
        }
        outputs[state]!.add(id);
      }
    });
    const states = children.length;
    const next = new Int32Array(states * symbols);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let sym = 0; sym < symbols; sym++) {
      const child = children[0]!.get(sym);
      if (child !== undefined) queue.push(child);
      next[sym] = child ?? 0;
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      for (const id of outputs[fail[state]!]!) outputs[state]!.add(id);
      for (let sym = 0; sym < symbols; sym++) {
        const child = children[state]!.get(sym);
        if (child === undefined) next[state * symbols + sym] = next[fail[state]! * symbols + sym]!;
        else {
          fail[child] = next[fail[state]! * symbols + sym]!;
          next[state * symbols + sym] = child;
          queue.push(child);
        }
      }
    }
    this.next = next;
    this.outStart = new Int32Array(states + 1);
    const ids: number[] = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = ids.length;
      ids.push(...outputs[s]!);
    }
    this.outStart[states] = ids.length;
    this.emits = Uint8Array.from({ length: states }, (_, s) => (outputs[s]!.size > 0 ? 1 : 0));
    this.outIds = Int32Array.from(ids);
  }

  /** One pass over `text`: which clauses hold in it. */
  scan(text: string): void {
    this.text = text;
    const held = this.held;
    held.fill(0);
    const { next, symbolOf, symbols, emits, outStart, outIds } = this;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      state = next[state * symbols + symbolOf[text.charCodeAt(i)]!]!;
      if (emits[state] === 0) continue;
      for (let k = outStart[state]!, end = outStart[state + 1]!; k < end; k++) held[outIds[k]!] = 1;
    }
  }

  /**
   * Whether pattern `i` may match the text of the last scan, or any text inside it: false means it does not match
   * (its condition does not hold there).
   */
  may(i: number): boolean {
    const alternatives = this.conditions[i];
    if (alternatives === null || alternatives === undefined) return true;
    for (const clauses of alternatives) {
      let all = true;
      for (const c of clauses) if (this.held[c] === 0) { all = false; break; }
      if (all) return true;
    }
    return false;
  }

  /** Whether pattern `i` matches the text of the last scan. */
  test(i: number): boolean {
    return this.may(i) && this.patterns[i]!.test(this.text);
  }

  /** Whether any of the patterns `from` ≤ i < `to` matches the text of the last scan. */
  testRange(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (this.test(i)) return true;
    return false;
  }
}
