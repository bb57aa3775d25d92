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
  CLUSTER_PAYLOAD: 'a cluster message is larger than the NATS server accepts (its max_payload)',
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

/**
 * Codes of the errors the admin API and the dashboard answer over HTTP, as `{"error": message, "code": code}` (JSON)
 * or an error page naming both. Lower case, like the codes of the LLM APIs the gateway speaks; the message is for
 * people and may change, the code is for scripts and tests. Each code has one HTTP status.
 */
export const HTTP_ERROR_CODES = {
  invalid_request: { status: 400, meaning: 'the request body or a parameter is malformed' },
  invalid_path: { status: 400, meaning: 'a path segment is malformed (a bad %-escape)' },
  invalid_action: { status: 400, meaning: 'the review action is not one this route accepts' },
  invalid_filter: { status: 400, meaning: 'a review-queue filter or paging parameter is not valid' },
  unauthorized: { status: 401, meaning: 'no token, or a wrong or expired one' },
  reviewer_required: { status: 401, meaning: 'a decision without a reviewer identity (named token or the proxy\'s user header)' },
  forbidden: { status: 403, meaning: 'the token may not do this (reviewer tokens cannot manage keys)' },
  csrf_invalid: { status: 403, meaning: 'a write without the page\'s current CSRF token (the page is older than the server: reload it)' },
  cross_origin: { status: 403, meaning: 'a write sent by another web site' },
  host_not_allowed: { status: 421, meaning: 'the dashboard does not answer to this host name' },
  not_found: { status: 404, meaning: 'no such route' },
  account_not_found: { status: 404, meaning: 'no such account' },
  campaign_not_found: { status: 404, meaning: 'no such campaign' },
  method_not_allowed: { status: 405, meaning: 'the route does not take this HTTP method' },
  too_large: { status: 413, meaning: 'the request body is too large' },
  request_timeout: { status: 408, meaning: 'the request body did not arrive in time' },
  internal: { status: 500, meaning: 'internal error (details in the server log only)' },
  // Never sent by a server: the browser shows it for an answer without a code (502 is what a proxy would answer).
  unreachable: { status: 502, meaning: 'the dashboard\'s browser code got no coded answer (server down, a proxy\'s own error page)' },
} as const satisfies Record<string, { status: number; meaning: string }>;

export type HttpErrorCode = keyof typeof HTTP_ERROR_CODES;

/** An error answered over HTTP: a catalogue code (which sets the status) and a plain message. */
export class HttpError extends Error {
  readonly status: number;
  constructor(readonly code: HttpErrorCode, message: string) {
    super(message);
    this.name = 'HttpError';
    this.status = HTTP_ERROR_CODES[code].status;
  }
}

/** The JSON body of an HTTP error. */
export function httpErrorBody(code: HttpErrorCode, message: string): string {
  return JSON.stringify({ error: message, code });
}
