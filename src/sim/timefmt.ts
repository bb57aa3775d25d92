/**
 * Fast RFC 3339 formatting of epoch milliseconds (`2026-04-22T13:45:12.345Z`), identical to
 * `new Date(t).toISOString()` for years 1970-9999 but without allocating a Date per line: the date part is cached
 * per UTC day and the time part is assembled from lookup tables.
 */
const DAY = 86_400_000;
const P2 = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const P3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));

let cachedDay = NaN;
let cachedPrefix = '';

export function isoTime(t: number): string {
  const day = Math.floor(t / DAY);
  if (day !== cachedDay) {
    cachedDay = day;
    cachedPrefix = new Date(day * DAY).toISOString().slice(0, 11);
  }
  let ms = t - day * DAY;
  const h = Math.floor(ms / 3_600_000);
  ms -= h * 3_600_000;
  const m = Math.floor(ms / 60_000);
  ms -= m * 60_000;
  const s = Math.floor(ms / 1000);
  ms -= s * 1000;
  return cachedPrefix + P2[h] + ':' + P2[m] + ':' + P2[s] + '.' + P3[ms] + 'Z';
}
