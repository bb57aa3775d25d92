/** Small pieces shared by the open-addressing tables of this folder and of the link graph. */

/** Slots for `entries` keys at a load of at most `load` (one half by default): a power of two, at least `min`. */
export function tableSize(entries: number, min = 16, load = 0.5): number {
  let c = min;
  while (c * load < entries) c *= 2;
  return c;
}

/** A 32-bit finaliser (a bijection on 32-bit integers) that spreads the bits of a key. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * Two independent 32-bit running hashes of text (FNV-1a, and a multiply-rotate hash with other constants), kept in a
 * pair: start from HASH2_SEED, fold in strings (and single code units), then finish. Together a 64-bit fingerprint.
 */
export const HASH2_SEED: readonly [number, number] = [0x811c9dc5, 0x9747b28c];

/** Folds one code unit (or any 32-bit integer) into the running pair. */
export function hash2Unit(state: [number, number], c: number): void {
  const b = Math.imul(state[1] ^ c, 0x5bd1e995);
  state[0] = Math.imul(state[0] ^ c, 16777619);
  state[1] = (b << 13) | (b >>> 19);
}

/** Folds the code units of `s` into the running pair (one loop over locals: it runs on every request's text). */
export function hash2Chars(state: [number, number], s: string): void {
  let a = state[0];
  let b = state[1];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  state[0] = a;
  state[1] = b;
}

/** Final avalanche of both hashes, in place, as unsigned 32-bit integers; returns the pair. */
export function hash2Finish(state: [number, number]): [number, number] {
  const b = Math.imul(state[1] ^ (state[1] >>> 15), 0x85ebca6b);
  state[0] = (state[0] ^ (state[0] >>> 13)) >>> 0;
  state[1] = (b ^ (b >>> 16)) >>> 0;
  return state;
}

const fingerprintPair: [number, number] = [0, 0];
/** The 64-bit fingerprint of `s` as two unsigned 32-bit halves (a shared pair: read it before the next call). */
export function fingerprint64(s: string): [number, number] {
  fingerprintPair[0] = HASH2_SEED[0];
  fingerprintPair[1] = HASH2_SEED[1];
  hash2Chars(fingerprintPair, s);
  return hash2Finish(fingerprintPair);
}
