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
  CONFIG_INVALID: 'configuration is invalid',
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
