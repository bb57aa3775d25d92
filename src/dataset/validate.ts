/**
 * Field-by-field validation of dataset records against the spec. A validator returns the normalised
 * record or a reason code; it never throws, so one bad line can never stop a run.
 */
import { isIP } from 'node:net';
import type { RecordKind, RecordOf } from './types.js';
import { TIERS } from './types.js';

export type FieldType = 'string' | 'string?' | 'int' | 'int?' | 'number' | 'number?' | 'bool' | 'bool?' | 'strings?';
export type FieldCheck = 'timestamp' | 'timestamp?' | 'ip' | 'ip?' | 'tier' | 'label' | 'unit';

interface FieldSpec {
  name: string;
  type: FieldType;
  check?: FieldCheck;
}

const f = (name: string, type: FieldType, check?: FieldCheck): FieldSpec => (check ? { name, type, check } : { name, type });

export const SCHEMAS: { [K in RecordKind]: readonly FieldSpec[] } = {
  interactions: [
    f('id', 'string'), f('ts', 'string', 'timestamp'), f('account_id', 'string'), f('api_key_id', 'string?'),
    f('ip', 'string', 'ip'), f('user_agent', 'string?'), f('tls_ja4', 'string?'), f('endpoint', 'string'),
    f('model', 'string'), f('conversation_id', 'string?'), f('turn', 'int?'), f('system', 'string?'),
    f('prompt', 'string'), f('tool_names', 'strings?'), f('response', 'string?'), f('input_tokens', 'int'),
    f('output_tokens', 'int'), f('reasoning_tokens', 'int?'), f('max_tokens', 'int?'), f('temperature', 'number?'),
    f('stream', 'bool?'), f('status', 'int'), f('latency_ms', 'int?'),
  ],
  accounts: [
    f('account_id', 'string'), f('created_at', 'string', 'timestamp'), f('org_id', 'string?'), f('email_domain', 'string'),
    f('payment_fingerprint', 'string?'), f('signup_ip', 'string?', 'ip?'), f('country', 'string?'), f('tier', 'string', 'tier'),
    f('verified', 'bool'),
  ],
  labels: [f('account_id', 'string'), f('label', 'string', 'label'), f('campaign', 'string?'), f('persona', 'string?')],
  verdicts: [
    f('account_id', 'string'), f('risk', 'number', 'unit'), f('flagged', 'bool'), f('campaign_id', 'string?'),
    f('first_flagged_at', 'string?', 'timestamp?'), f('reasons', 'strings?'),
  ],
};

/** Reason codes a record can be quarantined for. */
export type RejectReason =
  | 'invalid_json'
  | 'not_an_object'
  | 'missing_field'
  | 'wrong_type'
  | 'invalid_timestamp'
  | 'implausible_timestamp'
  | 'invalid_ip'
  | 'invalid_value'
  | 'invalid_utf8'
  | 'line_too_long'
  | 'corrupt_file';

export type Validated<T> = { ok: true; record: T } | { ok: false; reason: RejectReason; detail: string };

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/**
 * Parses an RFC 3339 timestamp to epoch milliseconds, or NaN. Calendar fields are checked exactly (no 31 February,
 * no 24:00, offsets below 24 h): Date.parse alone rolls such values over into a different, valid time.
 */
export function parseTimestamp(s: string): number {
  const m = RFC3339.exec(s);
  if (!m) return Number.NaN;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  if (day > (month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1]!)) return Number.NaN;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59) return Number.NaN;
  const zone = m[8]!;
  if (zone.length === 6 && (Number(zone.slice(1, 3)) > 23 || Number(zone.slice(4, 6)) > 59)) return Number.NaN;
  return Date.parse(s);
}

/** A canonical `…Z` form; a timestamp already in UTC `Z` form is returned unchanged (no reformatting cost). */
export function canonicalTimestamp(s: string): string | null {
  const ms = parseTimestamp(s);
  if (Number.isNaN(ms)) return null;
  const last = s.charCodeAt(s.length - 1);
  if (last === 90 /* Z */ && s.charCodeAt(10) === 84 /* T */) return s;
  return new Date(ms).toISOString();
}

function typeOk(v: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string': return typeof v === 'string';
    case 'string?': return v === null || typeof v === 'string';
    case 'int': return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
    case 'int?': return v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    case 'number?': return v === null || (typeof v === 'number' && Number.isFinite(v));
    case 'bool': return typeof v === 'boolean';
    case 'bool?': return v === null || typeof v === 'boolean';
    case 'strings?': return v === null || (Array.isArray(v) && v.every((x) => typeof x === 'string'));
  }
}

/** Validates and normalises (absent nullable fields become null, timestamps become `…Z`) in place. */
export function validateRecord<K extends RecordKind>(kind: K, value: unknown): Validated<RecordOf[K]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, reason: 'not_an_object', detail: `expected a JSON object, got ${Array.isArray(value) ? 'array' : typeof value}` };
  }
  const rec = value as Record<string, unknown>;
  for (const field of SCHEMAS[kind]) {
    let v = rec[field.name];
    const nullable = field.type.endsWith('?');
    if (v === undefined) {
      if (!nullable) return { ok: false, reason: 'missing_field', detail: field.name };
      rec[field.name] = v = null;
    }
    if (!typeOk(v, field.type)) {
      return { ok: false, reason: 'wrong_type', detail: `${field.name}: expected ${field.type}, got ${v === null ? 'null' : typeof v}` };
    }
    if (field.check === undefined || v === null) continue;
    switch (field.check) {
      case 'timestamp':
      case 'timestamp?': {
        const c = canonicalTimestamp(v as string);
        if (c === null) return { ok: false, reason: 'invalid_timestamp', detail: `${field.name}: ${String(v).slice(0, 64)}` };
        rec[field.name] = c;
        break;
      }
      case 'ip':
      case 'ip?':
        if (isIP(v as string) === 0) return { ok: false, reason: 'invalid_ip', detail: `${field.name}: ${String(v).slice(0, 64)}` };
        break;
      case 'tier':
        if (!(TIERS as readonly string[]).includes(v as string)) return { ok: false, reason: 'invalid_value', detail: `${field.name}: ${String(v).slice(0, 32)}` };
        break;
      case 'label':
        if (v !== 'organic' && v !== 'attack') return { ok: false, reason: 'invalid_value', detail: `${field.name}: ${String(v).slice(0, 32)}` };
        break;
      case 'unit':
        if ((v as number) < 0 || (v as number) > 1) return { ok: false, reason: 'invalid_value', detail: `${field.name}: ${String(v)}` };
        break;
    }
  }
  if (kind === 'verdicts' && rec.reasons === null) rec.reasons = [];
  return { ok: true, record: rec as unknown as RecordOf[K] };
}
