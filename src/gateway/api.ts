/**
 * The two wire dialects the gateway speaks and their error shapes. Clients and SDKs branch on
 * status and error type, so every error the gateway itself produces uses the dialect's own shape:
 * OpenAI `{"error":{"message","type","param","code"}}`, Anthropic `{"type":"error","error":{"type","message"}}`.
 */
import type { ServerResponse } from 'node:http';

export type Api = 'openai' | 'anthropic';

export type ErrorKind =
  | 'invalid_request' // 400
  | 'authentication' // 401
  | 'permission' // 403
  | 'verification_required' // 403: step-up verification (identity check) before more service
  | 'not_found' // 404
  | 'request_timeout' // 408
  | 'too_large' // 413
  | 'rate_limit' // 429
  | 'upstream' // 502
  | 'upstream_timeout' // 504
  | 'unavailable' // 503: the gateway cannot record the request (fail-closed)
  | 'internal'; // 500

const STATUS: Record<ErrorKind, number> = {
  invalid_request: 400, authentication: 401, permission: 403, verification_required: 403, not_found: 404, request_timeout: 408, too_large: 413,
  rate_limit: 429, upstream: 502, upstream_timeout: 504, unavailable: 503, internal: 500,
};

const OPENAI_TYPE: Record<ErrorKind, [type: string, code: string | null]> = {
  invalid_request: ['invalid_request_error', null],
  authentication: ['invalid_request_error', 'invalid_api_key'],
  permission: ['permission_error', 'account_blocked'],
  verification_required: ['permission_error', 'verification_required'],
  not_found: ['invalid_request_error', 'not_found'],
  request_timeout: ['invalid_request_error', 'request_timeout'],
  too_large: ['invalid_request_error', 'request_too_large'],
  rate_limit: ['rate_limit_error', 'rate_limit_exceeded'],
  upstream: ['api_error', 'bad_gateway'],
  upstream_timeout: ['api_error', 'gateway_timeout'],
  unavailable: ['api_error', 'service_unavailable'],
  internal: ['api_error', 'internal_error'],
};

const ANTHROPIC_TYPE: Record<ErrorKind, string> = {
  invalid_request: 'invalid_request_error', authentication: 'authentication_error', permission: 'permission_error', verification_required: 'permission_error',
  not_found: 'not_found_error', request_timeout: 'timeout_error', too_large: 'request_too_large', rate_limit: 'rate_limit_error',
  upstream: 'api_error', upstream_timeout: 'timeout_error', unavailable: 'overloaded_error', internal: 'api_error',
};

export function statusOf(kind: ErrorKind): number {
  return STATUS[kind];
}

/** `extra` adds fields to the error object (e.g. `verification_url`); SDKs keep unknown fields on their error objects. */
export function errorBody(api: Api, kind: ErrorKind, message: string, extra: Record<string, unknown> = {}): string {
  if (api === 'anthropic') {
    // Anthropic's error types are a closed set: the step-up case is a permission_error told apart by its code.
    const code = kind === 'verification_required' ? { code: 'verification_required' } : {};
    return JSON.stringify({ type: 'error', error: { type: ANTHROPIC_TYPE[kind], message, ...code, ...extra } });
  }
  const [type, code] = OPENAI_TYPE[kind];
  return JSON.stringify({ error: { message, type, param: null, code, ...extra } });
}

export interface ErrorOptions {
  retryAfterMs?: number;
  close?: boolean;
  /** Fields added to the error object. */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** Writes an error response unless headers are already out. `close` also ends the connection. */
export function sendError(res: ServerResponse, api: Api, kind: ErrorKind, message: string, opts: ErrorOptions = {}): number {
  const status = STATUS[kind];
  if (res.headersSent) {
    res.destroy();
    return status;
  }
  const body = errorBody(api, kind, message, opts.extra);
  const headers: Record<string, string | number> = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...opts.headers };
  if (opts.retryAfterMs !== undefined) {
    headers['retry-after'] = Math.max(1, Math.ceil(opts.retryAfterMs / 1000));
    headers['retry-after-ms'] = Math.max(1, Math.ceil(opts.retryAfterMs));
  }
  if (opts.close) headers.connection = 'close';
  res.writeHead(status, headers);
  res.end(body);
  return status;
}
