/**
 * Catalogue of coded errors. Every error the CLI or gateway reports carries a stable string code
 * so that scripts and tests match on the code, never on the message.
 */

export const ERROR_CODES = {
  USAGE: 'usage error',
  DATASET_NOT_FOUND: 'dataset directory or required file is missing',
  VERDICTS_NOT_FOUND: 'verdicts file or directory is missing',
  DATASET_EMPTY: 'dataset has no valid records',
  SCENARIO_INVALID: 'scenario file is invalid',
  SCENARIO_NOT_FOUND: 'scenario is not built in and no such file exists',
  FILE_FORMAT: 'file format is not supported',
  IO: 'input/output failure',
  WATERMARK_KEY: 'watermark key file is missing, malformed, already exists or unsafe',
  CONFIG_INVALID: 'configuration is invalid',
  WATERMARK_KEY_MISSING: 'a watermark policy is set but no watermark key was given',
  STORE_LOCKED: 'the data directory is in use by another process (a running gateway)',
  ADMIN_API: 'the gateway admin API refused the request or could not be reached',
  ENGINE_START: 'the detection engine could not be loaded or started',
  ENGINE_STOPPED: 'the detection engine stopped while the gateway was serving',
  INTERNAL: 'internal error',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DistillguardError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DistillguardError';
    this.code = code;
  }
}

/** Exit code for an error: usage errors are 2, everything else 1. */
export function exitCodeFor(err: unknown): 1 | 2 {
  return err instanceof DistillguardError && err.code === 'USAGE' ? 2 : 1;
}

/** An error as plain data, to cross a thread boundary (structured clone keeps neither the class nor `code`). */
export interface ErrorData {
  name: string;
  message: string;
  code?: string;
  stack?: string;
}

export function errorToData(err: unknown): ErrorData {
  if (!(err instanceof Error)) return { name: 'Error', message: String(err) };
  const code = (err as { code?: unknown }).code;
  return { name: err.name, message: err.message, ...(typeof code === 'string' ? { code } : {}), ...(err.stack ? { stack: err.stack } : {}) };
}

/** Rebuilds an error sent by errorToData: a DistillguardError keeps its code; others keep name, message and `code`. */
export function errorFromData(data: ErrorData): Error {
  const err: Error & { code?: string } =
    data.name === 'DistillguardError' && data.code !== undefined && data.code in ERROR_CODES ? new DistillguardError(data.code as ErrorCode, data.message) : new Error(data.message);
  if (!(err instanceof DistillguardError)) {
    err.name = data.name;
    if (data.code !== undefined) err.code = data.code;
  }
  if (data.stack) err.stack = data.stack;
  return err;
}
