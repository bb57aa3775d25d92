/** Test helper: small deterministic samples of the shipped corpora (data/corpora) for signal tests. */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../data/corpora/', import.meta.url);

function read(p: string): string {
  const buf = readFileSync(fileURLToPath(new URL(p, root)));
  return p.endsWith('.gz') ? gunzipSync(buf).toString('utf8') : buf.toString('utf8');
}
export function jsonl(p: string): Record<string, unknown>[] {
  return read(p).split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
}
export function jsonArray(p: string): Record<string, unknown>[] {
  return JSON.parse(read(p)) as Record<string, unknown>[];
}
/** Every `step`-th element: deterministic, spread over the file. */
export function every<T>(xs: T[], step: number): T[] {
  return xs.filter((_, i) => i % step === 0);
}
