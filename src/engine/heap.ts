/** A binary min-heap keyed by a number, for the replay's reorder buffer. */
export class MinHeap<T> {
  private readonly keys: number[] = [];
  private readonly values: T[] = [];

  get size(): number {
    return this.keys.length;
  }

  peekKey(): number {
    return this.keys.length > 0 ? this.keys[0]! : Number.POSITIVE_INFINITY;
  }

  push(key: number, value: T): void {
    const keys = this.keys;
    const values = this.values;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (keys[p]! <= key) break;
      keys[i] = keys[p]!;
      values[i] = values[p]!;
      i = p;
    }
    keys[i] = key;
    values[i] = value;
  }

  pop(): T | undefined {
    const keys = this.keys;
    const values = this.values;
    const n = keys.length;
    if (n === 0) return undefined;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (n > 1) {
      const m = n - 1;
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= m) break;
        if (c + 1 < m && keys[c + 1]! < keys[c]!) c++;
        if (keys[c]! >= lastKey) break;
        keys[i] = keys[c]!;
        values[i] = values[c]!;
        i = c;
      }
      keys[i] = lastKey;
      values[i] = lastValue;
    }
    return top;
  }
}
