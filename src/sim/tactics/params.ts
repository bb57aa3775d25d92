/**
 * Parameter readers for tactic modules: each tactic validates its own parameters from the scenario file and reports
 * problems as SCENARIO_INVALID with the parameter's path.
 */
import { DistillguardError } from '../../errors.js';

export type Params = Record<string, unknown>;

export function bad(path: string, msg: string): never {
  throw new DistillguardError('SCENARIO_INVALID', `${path}: ${msg}`);
}

export function allow(p: Params, path: string, keys: string[]): void {
  for (const k of Object.keys(p)) if (!keys.includes(k)) bad(`${path}.${k}`, `unknown parameter (expected ${keys.length ? keys.join(', ') : 'none'})`);
}

export function numParam(p: Params, key: string, path: string, lo: number, hi: number, fallback: number): number {
  const v = p[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < lo || v > hi) bad(`${path}.${key}`, `expected a number between ${lo} and ${hi}, got ${JSON.stringify(v)}`);
  return v;
}

export function strListParam(p: Params, key: string, path: string, fallback: string[] | null): string[] | null {
  const v = p[key];
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'string')) bad(`${path}.${key}`, 'expected a non-empty list of strings');
  return v as string[];
}

export function numListParam(p: Params, key: string, path: string, fallback: number[]): number[] {
  const v = p[key];
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.length === 0 || v.some((x) => typeof x !== 'number' || !Number.isFinite(x))) bad(`${path}.${key}`, 'expected a non-empty list of numbers');
  return v as number[];
}

export function enumParam<T extends string>(p: Params, key: string, path: string, values: readonly T[], fallback: T): T {
  const v = p[key];
  if (v === undefined) return fallback;
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v)) bad(`${path}.${key}`, `expected one of ${values.join(', ')}`);
  return v as T;
}
