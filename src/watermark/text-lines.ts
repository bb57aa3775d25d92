/**
 * Reading texts for `watermark apply` and `verify`: JSON lines with a text field, JSON strings, plain lines or
 * one whole file. A line that cannot be read is reported with its number and reason; it never stops the run.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { DistillguardError } from '../errors.js';

export type TextFormat = 'jsonl' | 'lines' | 'text';
export const TEXT_FORMATS: readonly TextFormat[] = ['jsonl', 'lines', 'text'];

export type ParsedLine =
  | { kind: 'object'; record: Record<string, unknown>; text: string }
  | { kind: 'string'; text: string }
  | { kind: 'blank' }
  | { kind: 'bad'; reason: string };

/** Parses one JSON line: an object with a string `field`, or a JSON string. */
export function parseTextLine(line: string, field: string): ParsedLine {
  if (line.trim() === '') return { kind: 'blank' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return { kind: 'bad', reason: `not JSON (${(e as Error).message})` };
  }
  if (typeof value === 'string') return { kind: 'string', text: value };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { kind: 'bad', reason: `expected an object with a "${field}" string` };
  const text = (value as Record<string, unknown>)[field];
  if (typeof text !== 'string') return { kind: 'bad', reason: `no string field "${field}"` };
  return { kind: 'object', record: value as Record<string, unknown>, text };
}

/** stdin for undefined or "-", else the file (checked first, so a missing file is a clear coded error). */
export function inputStream(path: string | undefined): Readable {
  if (path === undefined || path === '-') return process.stdin;
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch (e) {
    throw new DistillguardError('IO', `cannot read ${path}: ${(e as Error).message}`, { cause: e });
  }
  return createReadStream(path);
}

export interface BadLine {
  line: number;
  reason: string;
}

/** Yields the texts of a file in the given format; bad lines go to `onBad`. */
export async function* readTexts(path: string | undefined, format: TextFormat, field: string, onBad: (bad: BadLine) => void): AsyncGenerator<string> {
  const stream = inputStream(path);
  if (format === 'text') {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    yield Buffer.concat(chunks).toString('utf8');
    return;
  }
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (format === 'lines') {
      if (line.trim() !== '') yield line;
      continue;
    }
    const parsed = parseTextLine(line, field);
    if (parsed.kind === 'bad') onBad({ line: n, reason: parsed.reason });
    else if (parsed.kind !== 'blank') yield parsed.text;
  }
}
