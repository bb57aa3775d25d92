/**
 * Per-account randomised TLS: operators that use ClientHello-randomising stacks (uTLS, curl-impersonate, tls-client)
 * show a different JA4 on every account. The JA4_a part (version, cipher and extension counts, ALPN) follows a
 * long-tailed family — a few shapes common, most rare — and the two hash parts are the account's own, so accounts
 * share no fingerprint with each other while their shapes still cluster loosely.
 */
import type { Rng } from './rng.js';

/** Family of JA4_a shapes, most common first; weights fall off as 1/rank^1.1. */
const SHAPES: string[] = (() => {
  const base = ['t13d1516h2', 't13d1715h2', 't13d2014h2', 't13d1812h2', 't13d1713h2', 't13d1611h2', 't13d1914h2', 't13d1512h1'];
  const out = [...base];
  for (let c = 8; c <= 31; c += 1) for (const e of [9, 11, 13, 17, 19]) out.push(`t13d${String(c).padStart(2, '0')}${e}${(c + e) % 3 === 0 ? 'h1' : 'h2'}`);
  for (const c of [11, 14, 19, 24]) out.push(`t12d${c}12h1`, `t12d${c}10h2`);
  return out;
})();
const CUM = (() => {
  const w = SHAPES.map((_s, i) => 1 / Math.pow(i + 1, 1.1));
  let s = 0;
  return w.map((x) => (s += x));
})();

const HEX = '0123456789abcdef';

/** A fresh JA4 from the long-tailed family, with account-specific hashes. */
export function randomisedJa4(rng: Rng): string {
  const shape = SHAPES[rng.weighted(CUM)]!;
  return `${shape}_${rng.token(12, HEX)}_${rng.token(12, HEX)}`;
}
