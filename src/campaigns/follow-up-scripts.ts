/**
 * Follow-up scripts: a few short follow-up lines (signals/follow-up-line.ts) that one closed group of accounts uses
 * together, far more often together than chance allows, and that hardly anyone outside the group uses.
 *
 * Every line is a key with the accounts that sent it. Two lines are tied when the accounts sending both are at least
 * SCRIPT_LIFT times what independent use would give (their askers' product over the accounts that send any line) and
 * MIN_PAIR_ASKERS or more: the lines everyone says ("why?", "can you make it shorter") are used independently of one
 * another, whatever their counts, while a pipeline's script is turned over item after item by each of its accounts, so
 * its lines travel together. Lines tied to one another, MIN_SCRIPT_LINES or more, are a script; the accounts sending two
 * or more of them are its users, and a line most of whose senders are not users is not the script's (an everyday line
 * the script's users say too).
 *
 * A script alone does not make an operation: a class is handed one worksheet, a product offers suggested follow-ups.
 * What it is used on does (campaigns/unlinked.ts, scriptCohorts).
 * Evade: write each follow-up afresh for each thread (no line shared), or give each account its own script (then each
 * is alone and is judged on its own evidence).
 */

/** Lines kept per account (a script is a handful; an account's first lines show it). */
const MAX_LINES_PER_ACCOUNT = 64;
/**
 * Distinct lines kept: once as many are held, lines not seen before are not kept (a script's lines are sent by many
 * accounts from its first days, so they are among the first held; what is left out is the long tail of one-off lines).
 */
const MAX_LINES = 1 << 20;
/** Senders kept per line: beyond, the line is everyone's and is no script's. */
const MAX_SENDERS = 4096;
/** Senders a line needs to be read as part of a script. */
export const MIN_LINE_SENDERS = 10;
/** Accounts sending both lines of a tie. */
export const MIN_PAIR_ASKERS = 8;
/** Co-use of two lines over independent use that ties them. */
export const SCRIPT_LIFT = 4;
/** Lines a script needs. */
export const MIN_SCRIPT_LINES = 3;
/** Lines of the script an account must send to be one of its users. */
const MIN_USER_LINES = 2;
/** Share of a line's senders that must be the script's users for the line to stay in it. */
const LINE_USER_SHARE = 0.5;

export interface Script {
  /** The script's lines (hashes), sorted. */
  lines: number[];
  /** Its users (account indices), sorted. */
  users: number[];
}

export class FollowUpScripts {
  /** Line → its senders (in order of first use; saturated lines are kept empty with `saturated`). */
  private readonly senders = new Map<number, number[]>();
  private readonly saturated = new Set<number>();
  /** Per account: its distinct lines. */
  private readonly linesOf: (number[] | undefined)[] = [];

  /** A follow-up line (hash, never 0) sent by `account`. */
  see(account: number, line: number): void {
    if (line === 0 || this.saturated.has(line)) return;
    const list = this.senders.get(line);
    if (!list && this.senders.size >= MAX_LINES) return;
    let mine = this.linesOf[account];
    if (mine?.includes(line)) return;
    if (!mine) this.linesOf[account] = mine = [];
    if (mine.length >= MAX_LINES_PER_ACCOUNT) return;
    mine.push(line);
    if (!list) this.senders.set(line, [account]);
    else if (list.length >= MAX_SENDERS) {
      this.saturated.add(line);
      this.senders.delete(line);
    } else list.push(account);
  }

  /** Scripts with at least `minUsers` users (accounts for which `skip` holds are neither counted nor users). */
  scripts(minUsers: number, skip: (a: number) => boolean = () => false): Script[] {
    // Accounts that send any line, and the population independent use is measured against.
    const skipped = new Uint8Array(this.linesOf.length);
    let population = 0;
    for (let a = 0; a < this.linesOf.length; a++) {
      if (!this.linesOf[a]) continue;
      if (skip(a)) skipped[a] = 1;
      else population++;
    }
    // Candidate lines (MIN_LINE_SENDERS or more senders counted), numbered densely in the senders' order.
    const dense = new Map<number, number>();
    const lineOf: number[] = [];
    const countOf: number[] = [];
    for (const [line, list] of this.senders) {
      let n = 0;
      for (const a of list) if (skipped[a] === 0) n++;
      if (n < MIN_LINE_SENDERS) continue;
      dense.set(line, lineOf.length);
      lineOf.push(line);
      countOf.push(n);
    }
    const lines = lineOf.length;
    if (lines < MIN_SCRIPT_LINES) return [];
    // Co-use of candidate lines, pair by pair (key x·lines + y, x < y), counted per account.
    const pairs = new Map<number, number>();
    const cand: number[] = [];
    for (let a = 0; a < this.linesOf.length; a++) {
      const mine = this.linesOf[a];
      if (!mine || skipped[a] === 1) continue;
      cand.length = 0;
      for (const l of mine) {
        const d = dense.get(l);
        if (d !== undefined) cand.push(d);
      }
      if (cand.length < 2) continue;
      cand.sort((x, y) => x - y);
      for (let i = 0; i < cand.length; i++) {
        const row = cand[i]! * lines;
        for (let j = i + 1; j < cand.length; j++) {
          const key = row + cand[j]!;
          pairs.set(key, (pairs.get(key) ?? 0) + 1);
        }
      }
    }
    const ties: (number[] | undefined)[] = [];
    for (const [key, both] of pairs) {
      if (both < MIN_PAIR_ASKERS) continue;
      const x = Math.floor(key / lines);
      const y = key - x * lines;
      if ((both * population) / (countOf[x]! * countOf[y]!) < SCRIPT_LIFT) continue;
      (ties[x] ??= []).push(y);
      (ties[y] ??= []).push(x);
    }
    // Components of tied lines, found from their smallest line hash up (the scripts' order).
    const starts: number[] = [];
    for (let d = 0; d < lines; d++) if (ties[d]) starts.push(d);
    starts.sort((x, y) => lineOf[x]! - lineOf[y]!);
    const out: Script[] = [];
    const seen = new Uint8Array(lines);
    for (const start of starts) {
      if (seen[start] === 1) continue;
      const component: number[] = [];
      const stack = [start];
      seen[start] = 1;
      while (stack.length > 0) {
        const d = stack.pop()!;
        component.push(lineOf[d]!);
        for (const e of ties[d] ?? []) {
          if (seen[e] === 1) continue;
          seen[e] = 1;
          stack.push(e);
        }
      }
      if (component.length < MIN_SCRIPT_LINES) continue;
      const script = this.usersOf(component, (a) => skipped[a] === 1);
      if (script && script.users.length >= minUsers) out.push(script);
    }
    return out;
  }

  /** The users of a component of tied lines, and the lines most of whose senders are users (null: too few left). */
  private usersOf(component: number[], skip: (a: number) => boolean): Script | null {
    const usersFor = (lines: number[]): Map<number, number> => {
      const uses = new Map<number, number>();
      for (const l of lines) for (const a of this.senders.get(l) ?? []) if (!skip(a)) uses.set(a, (uses.get(a) ?? 0) + 1);
      return uses;
    };
    const uses = usersFor(component);
    const kept = component.filter((l) => {
      let senders = 0;
      let users = 0;
      for (const a of this.senders.get(l) ?? []) {
        if (skip(a)) continue;
        senders++;
        if (uses.get(a)! >= MIN_USER_LINES) users++;
      }
      return senders > 0 && users >= LINE_USER_SHARE * senders;
    });
    if (kept.length < MIN_SCRIPT_LINES) return null;
    const users: number[] = [];
    for (const [a, n] of usersFor(kept)) if (n >= MIN_USER_LINES) users.push(a);
    return { lines: kept.sort((x, y) => x - y), users: users.sort((x, y) => x - y) };
  }
}
