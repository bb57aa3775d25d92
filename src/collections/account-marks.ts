/**
 * A set of accounts (dense indices) as stamps in a typed array: membership is one load and compare, and emptying it
 * is one increment. The cross-account step tests membership once per edge of every member of a campaign of
 * thousands (millions of tests per step), where a Set<number> paid a hash lookup each.
 */
export class AccountMarks {
  private stamps = new Uint32Array(1024);
  private stamp = 1;

  /** Empties the set, then adds `members`. */
  reset(members: Iterable<number> = []): this {
    if (++this.stamp === 0xffffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
    for (const a of members) this.add(a);
    return this;
  }

  add(a: number): void {
    if (a >= this.stamps.length) {
      const next = new Uint32Array(Math.max(a + 1, this.stamps.length * 2));
      next.set(this.stamps);
      this.stamps = next;
    }
    this.stamps[a] = this.stamp;
  }

  has(a: number): boolean {
    return a < this.stamps.length && this.stamps[a] === this.stamp;
  }
}
