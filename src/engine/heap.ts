/** A binary min-heap keyed by a number, for the replay's reorder buffer. Equal keys pop in the order pushed. */
export class MinHeap<T> {
  private keys: number[] = [];
  /** Push order, breaking ties between equal keys (so a replay's order never depends on the heap's shape). */
  private seqs: number[] = [];
  private values: T[] = [];
  private next = 0;

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys.length > 0 ? this.keys[0]! : Number.POSITIVE_INFINITY;
  }

  push(key: number, value: T): void {
    const keys = this.keys;
    const seqs = this.seqs;
    const values = this.values;
    const seq = this.next++;
    let i = keys.length;
    keys.push(key);
    seqs.push(seq);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! < key || (keys[p] === key && seqs[p]! < seq)) break;
      keys[i] = keys[p]!;
      seqs[i] = seqs[p]!;
      values[i] = values[p]!;
      i = p;
    }
    keys[i] = key;
    seqs[i] = seq;
    values[i] = value;
  }

  pop(): T | undefined {
    const keys = this.keys;
    const seqs = this.seqs;
    const values = this.values;
    const n = keys.length;
    if (n === 0) return undefined;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastSeq = seqs.pop()!;
    const lastValue = values.pop()!;
    if (n === 1) {
      // Emptied: let go of the arrays' room (a replay queues every registration at once, then drains them).
      this.keys = [];
      this.seqs = [];
      this.values = [];
    } else {
      const m = n - 1;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= m) break;
        if (c + 1 < m && (keys[c + 1]! < keys[c]! || (keys[c + 1] === keys[c] && seqs[c + 1]! < seqs[c]!))) c++;
        if (keys[c]! > lastKey || (keys[c] === lastKey && seqs[c]! > lastSeq)) break;
        keys[i] = keys[c]!;
        seqs[i] = seqs[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = lastKey;
      seqs[i] = lastSeq;
      values[i] = lastValue;
    }
    return top;
  }
}
