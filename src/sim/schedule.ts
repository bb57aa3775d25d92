/**
 * The generator's two queues. `Schedule` holds planned session starts as plain numbers (typed arrays, sorted with a
 * packed numeric key, no per-session objects); `EventHeap` orders the requests of sessions already expanded. The
 * world loop always takes whichever comes first, so requests come out sorted by time while only the sessions in
 * progress exist as objects.
 */
import type { SessionSink, SimAccount } from './context.js';
import type { Ev } from './event.js';

export class Schedule implements SessionSink {
  private t = new Float64Array(1 << 16);
  private acct = new Int32Array(1 << 16);
  private arg = new Int32Array(1 << 16);
  private n = 0;
  /** Sorted order of the pending sessions, as indices into the arrays above. */
  private order = new Int32Array(0);
  private pos = 0;

  constructor(private readonly accounts: SimAccount[]) {}

  add(t: number, acct: SimAccount, arg: number): void {
    if (this.n === this.t.length) this.grow();
    this.t[this.n] = Math.floor(t);
    this.acct[this.n] = acct.idx;
    this.arg[this.n] = arg;
    this.n++;
  }

  private grow(): void {
    const size = this.t.length * 2;
    const t = new Float64Array(size); t.set(this.t); this.t = t;
    const a = new Int32Array(size); a.set(this.acct); this.acct = a;
    const g = new Int32Array(size); g.set(this.arg); this.arg = g;
  }

  /**
   * Sorts everything pending (carried sessions first, then new ones) by start time; ties keep insertion order.
   * `base` is a time no pending session starts before; keys pack (t - base, index) exactly into a double.
   */
  sort(base: number): void {
    const n = this.n;
    const mul = 2 ** Math.ceil(Math.log2(n + 1));
    let maxSpan = 0;
    for (let i = 0; i < n; i++) maxSpan = Math.max(maxSpan, this.t[i]! - base);
    this.order = new Int32Array(n);
    if ((maxSpan + 1) * mul < 2 ** 53) {
      // Fast path: one native numeric sort of packed (time, index) keys.
      const keys = new Float64Array(n);
      for (let i = 0; i < n; i++) keys[i] = (this.t[i]! - base) * mul + i;
      keys.sort();
      for (let i = 0; i < n; i++) this.order[i] = keys[i]! % mul;
    } else {
      for (let i = 0; i < n; i++) this.order[i] = i;
      const t = this.t;
      this.order.sort((a, b) => t[a]! - t[b]! || a - b);
    }
    this.pos = 0;
  }

  /** Start time of the next pending session in order, or Infinity. */
  peekTime(): number {
    return this.pos < this.order.length ? this.t[this.order[this.pos]!]! : Infinity;
  }

  /** Takes the next session in order. */
  take(): { t: number; acct: SimAccount; arg: number } {
    const i = this.order[this.pos++]!;
    return { t: this.t[i]!, acct: this.accounts[this.acct[i]!]!, arg: this.arg[i]! };
  }

  /** Drops the sessions already taken and keeps the rest (in sorted order) for the next sort. */
  compact(): void {
    const rest = this.order.length - this.pos;
    const t = new Float64Array(Math.max(1 << 16, rest * 2));
    const a = new Int32Array(t.length);
    const g = new Int32Array(t.length);
    for (let k = 0; k < rest; k++) {
      const i = this.order[this.pos + k]!;
      t[k] = this.t[i]!;
      a[k] = this.acct[i]!;
      g[k] = this.arg[i]!;
    }
    this.t = t; this.acct = a; this.arg = g;
    this.n = rest;
    this.order = new Int32Array(0);
    this.pos = 0;
  }
}

/** Binary min-heap of requests by (time, insertion sequence). */
export class EventHeap {
  private readonly items: Ev[] = [];
  private readonly seqs: number[] = [];
  private seq = 0;

  get size(): number {
    return this.items.length;
  }

  peekTime(): number {
    return this.items.length ? this.items[0]!.t : Infinity;
  }

  push(ev: Ev): void {
    const items = this.items, seqs = this.seqs;
    let i = items.length;
    const s = this.seq++;
    items.push(ev);
    seqs.push(s);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pe = items[p]!;
      if (pe.t < ev.t || (pe.t === ev.t && seqs[p]! < s)) break;
      items[i] = pe;
      seqs[i] = seqs[p]!;
      i = p;
    }
    items[i] = ev;
    seqs[i] = s;
  }

  pop(): Ev {
    const items = this.items, seqs = this.seqs;
    const top = items[0]!;
    const last = items.pop()!;
    const ls = seqs.pop()!;
    const n = items.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n && (items[r]!.t < items[l]!.t || (items[r]!.t === items[l]!.t && seqs[r]! < seqs[l]!))) c = r;
        const ce = items[c]!;
        if (last.t < ce.t || (last.t === ce.t && ls < seqs[c]!)) break;
        items[i] = ce;
        seqs[i] = seqs[c]!;
        i = c;
      }
      items[i] = last;
      seqs[i] = ls;
    }
    return top;
  }
}
