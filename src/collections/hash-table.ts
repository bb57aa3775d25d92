/** Small pieces shared by the open-addressing tables of this folder and of the link graph. */

/** Slots for `entries` keys at a load of at most one half: a power of two, at least `min`. */
export function tableSize(entries: number, min = 16): number {
  let c = min;
  while (c < entries * 2) c *= 2;
  return c;
}

/** A 32-bit finaliser (a bijection on 32-bit integers) that spreads the bits of a key. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}
