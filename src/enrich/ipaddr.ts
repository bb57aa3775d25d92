/**
 * Allocation-free IP address parsing for the enrichment hot path.
 *
 * Addresses are parsed into a caller-owned Uint32Array of four big-endian 32-bit words (IPv6) or into
 * word 0 (IPv4), so the lookup code can binary-search typed arrays without BigInt or string work.
 * IPv4-mapped IPv6 (`::ffff:a.b.c.d`) is reported as IPv4: the edge often logs v4 clients that way and
 * the same client must land in the same prefix either way.
 */

/** Result of {@link parseIpInto}: 4 = IPv4 in words[0], 6 = IPv6 in words[0..3], 0 = not an address. */
export type IpVersion = 0 | 4 | 6;

/** Parses dotted-quad IPv4 at [start, end) of `s`; returns the unsigned value or -1. */
export function parseIPv4Range(s: string, start: number, end: number): number {
  let value = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // Leading zeros ("01") are ambiguous (octal in some parsers): reject, as inet_pton does.
      if (digits > 0 && part === 0) return -1;
      part = part * 10 + (c - 48);
      if (part > 255) return -1;
      digits++;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      value = value * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else {
      return -1;
    }
  }
  if (dots !== 3 || digits === 0) return -1;
  return value * 256 + part;
}

function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const groups = new Uint16Array(8);

/**
 * Parses `ip` into `out`. Never throws. Zone ids (`fe80::1%eth0`) are ignored.
 */
export function parseIpInto(ip: string, out: Uint32Array): IpVersion {
  const len0 = ip.length;
  if (len0 < 2 || len0 > 64) return 0;
  if (ip.indexOf(':') < 0) {
    const v = parseIPv4Range(ip, 0, len0);
    if (v < 0) return 0;
    out[0] = v;
    return 4;
  }
  let len = ip.indexOf('%');
  if (len < 0) len = len0;
  // Parse groups left to right; `gap` records where '::' was seen.
  let n = 0;
  let gap = -1;
  let i = 0;
  if (ip.charCodeAt(0) === 58) {
    if (ip.charCodeAt(1) !== 58) return 0;
    gap = 0;
    i = 2;
    if (i === len) {
      out[0] = 0; out[1] = 0; out[2] = 0; out[3] = 0;
      return 6;
    }
  }
  while (i < len) {
    // Find the end of this group.
    let j = i;
    let isV4 = false;
    while (j < len) {
      const c = ip.charCodeAt(j);
      if (c === 58) break;
      if (c === 46) isV4 = true;
      j++;
    }
    if (isV4) {
      if (j !== len || n > 6) return 0;
      const v4 = parseIPv4Range(ip, i, j);
      if (v4 < 0) return 0;
      groups[n++] = Math.floor(v4 / 65536);
      groups[n++] = v4 & 0xffff;
      i = j;
      break;
    }
    const glen = j - i;
    if (glen === 0 || glen > 4 || n >= 8) return 0;
    let g = 0;
    for (let k = i; k < j; k++) {
      const h = hexVal(ip.charCodeAt(k));
      if (h < 0) return 0;
      g = g * 16 + h;
    }
    groups[n++] = g;
    if (j === len) { i = j; break; }
    // j is at ':'; check for '::'.
    if (ip.charCodeAt(j + 1) === 58) {
      if (gap >= 0) return 0;
      gap = n;
      i = j + 2;
    } else {
      i = j + 1;
      if (i === len) return 0; // trailing single ':'
    }
  }
  if (gap < 0) {
    if (n !== 8) return 0;
  } else {
    if (n > 7) return 0;
    // Shift the groups after the gap to the end and zero-fill the gap.
    const tail = n - gap;
    for (let k = 0; k < tail; k++) groups[7 - k] = groups[n - 1 - k]!;
    for (let k = gap; k < 8 - tail; k++) groups[k] = 0;
  }
  // IPv4-mapped (::ffff:0:0/96) → IPv4.
  if (groups[0] === 0 && groups[1] === 0 && groups[2] === 0 && groups[3] === 0 && groups[4] === 0 && groups[5] === 0xffff) {
    out[0] = groups[6]! * 65536 + groups[7]!;
    return 4;
  }
  for (let k = 0; k < 4; k++) out[k] = groups[2 * k]! * 65536 + groups[2 * k + 1]!;
  return 6;
}

/** `a.b.c.0/24` for an IPv4 value. */
export function ipv4Prefix24(v: number): string {
  // Joined, not a template: a template string this long is a tree of pieces in V8 (≈ 100 bytes more per prefix, and
  // a replay keeps hundreds of thousands of prefixes as link keys).
  return [v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, '0/24'].join('.');
}

/** `x:y:z::/48` (canonical lowercase, no leading zeros) for IPv6 words. */
export function ipv6Prefix48(w: Uint32Array): string {
  const g0 = w[0]! >>> 16;
  const g1 = w[0]! & 0xffff;
  const g2 = w[1]! >>> 16;
  // Compress trailing zero groups of the /48 the way RFC 5952 would for the whole address.
  if (g2 === 0) {
    if (g1 === 0) return g0 === 0 ? '::/48' : `${g0.toString(16)}::/48`;
    return [g0.toString(16), g1.toString(16), ':/48'].join(':');
  }
  return [g0.toString(16), g1.toString(16), g2.toString(16), ':/48'].join(':');
}

/** Parses a decimal string of up to 39 digits (a 128-bit integer) into four big-endian uint32 words. */
export function decimalToWords(s: string, start: number, end: number, out: Uint32Array, offset: number): void {
  // Fast path: values that fit a double exactly (IPv4-sized) are not expected here; use BigInt once.
  let v = BigInt(s.slice(start, end));
  for (let k = 3; k >= 0; k--) {
    out[offset + k] = Number(v & 0xffffffffn);
    v >>= 32n;
  }
}
