/**
 * Watermark keys: a 256-bit secret plus a short public fingerprint. The secret keys the synonym choices
 * (HMAC-SHA256), so whoever holds it can both watermark and verify; the fingerprint names the key in logs,
 * verdicts and case files without revealing it. A key also names the synonym table it marks with: new keys take
 * the latest table, key files without one (format version 1) keep table 1, so texts marked before stay verifiable.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { DistillguardError } from '../errors.js';
import { SITE_CONTEXTS, type SiteContext } from './scanner.js';
import { LATEST_TABLE, TABLE_VERSIONS, type TableVersion } from './synonyms.js';

export interface WatermarkKey {
  /** Key file format: 1 (table 1, no `table` field) or 2 (`table` recorded). */
  version: 1 | 2;
  /** Short public fingerprint, e.g. `wm_3f9a0c1e2b7d`; safe to log. */
  id: string;
  secret: Buffer;
  /**
   * What a site's context is (default `two-words`). Part of the watermark's definition: texts marked with one
   * setting only verify with the same setting, so it is stored in the key file.
   */
  context?: SiteContext;
  /**
   * The synonym table the key marks with (synonyms.ts). Part of the watermark's definition like the context: a text
   * verifies only with the table it was marked with, so it is fixed when the key is made and stored in the key file.
   */
  table: TableVersion;
}

const KEY_FILE_TYPE = 'distillguard-watermark-key';
const SECRET_BYTES = 32;

/**
 * The public id of a secret used with a table. Table 1 ids are a hash of the secret alone; later tables add the
 * table, so one secret used with two tables gets two ids and an id in a log says which table marked the text.
 */
export function fingerprint(secret: Buffer, table: TableVersion = 1): string {
  const h = createHash('sha256').update('distillguard watermark key id\0').update(secret);
  if (table !== 1) h.update(`\0table ${table}`);
  return 'wm_' + h.digest('hex').slice(0, 12);
}

export interface KeyOptions {
  /** What a site's context is; default `two-words`. */
  context?: SiteContext;
  /** The synonym table; default the latest. Give 1 to rebuild a table-1 key from its stored secret. */
  table?: TableVersion;
}

function tableOf(options: KeyOptions): TableVersion {
  const table = options.table ?? LATEST_TABLE;
  if (!(TABLE_VERSIONS as readonly unknown[]).includes(table)) {
    throw new DistillguardError('WATERMARK_KEY', `watermark table must be one of ${TABLE_VERSIONS.join(', ')}, got ${String(table)}`);
  }
  return table;
}

function makeKey(secret: Buffer, options: KeyOptions): WatermarkKey {
  const table = tableOf(options);
  return { version: table === 1 ? 1 : 2, id: fingerprint(secret, table), secret, ...contextOf(options), table };
}

export function generateKey(options: KeyOptions = {}): WatermarkKey {
  return makeKey(randomBytes(SECRET_BYTES), options);
}

/** A key from a known secret (tests, benchmarks, keys kept in a secrets manager). */
export function keyFromSecret(secret: Buffer, options: KeyOptions = {}): WatermarkKey {
  if (secret.length < 16) {
    throw new DistillguardError('WATERMARK_KEY', `watermark secret must be at least 16 bytes, got ${secret.length}`);
  }
  return makeKey(Buffer.from(secret), options);
}

/** The default (two words) is left out of keys and key files, so default keys look as they always did. */
function contextOf(options: KeyOptions): { context?: SiteContext } {
  if (options.context === undefined || options.context === 'two-words') return {};
  if (!(SITE_CONTEXTS as readonly string[]).includes(options.context)) {
    throw new DistillguardError('WATERMARK_KEY', `watermark context must be one of ${SITE_CONTEXTS.join(', ')}, got ${String(options.context)}`);
  }
  return { context: options.context };
}

export function serializeKey(key: WatermarkKey): string {
  return JSON.stringify({
    type: KEY_FILE_TYPE, version: key.table === 1 ? 1 : 2, id: key.id, secret: key.secret.toString('base64'),
    ...(key.context && key.context !== 'two-words' ? { context: key.context } : {}),
    ...(key.table === 1 ? {} : { table: key.table }),
  }) + '\n';
}

/** Writes the key with mode 0600; refuses to overwrite an existing file (a lost key cannot be re-derived). */
export function saveKey(path: string, key: WatermarkKey): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DistillguardError('WATERMARK_KEY', `${path} already exists; refusing to overwrite a watermark key`);
    throw new DistillguardError('IO', `cannot create ${path}: ${(e as Error).message}`, { cause: e });
  }
  try {
    writeSync(fd, serializeKey(key));
  } finally {
    closeSync(fd);
  }
}

export function parseKey(text: string, source = 'watermark key'): WatermarkKey {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DistillguardError('WATERMARK_KEY', `${source} is not a distillguard watermark key (not JSON)`);
  }
  const o = raw as { type?: unknown; version?: unknown; id?: unknown; secret?: unknown; context?: unknown; table?: unknown };
  const fail = (why: string): never => {
    throw new DistillguardError('WATERMARK_KEY', `${source} ${why}`);
  };
  if (typeof o !== 'object' || o === null || o.type !== KEY_FILE_TYPE) fail(`is not a distillguard watermark key (type must be "${KEY_FILE_TYPE}")`);
  // Version 1 files predate tables and mark with table 1; version 2 files name their table.
  if (o.version !== 1 && o.version !== 2) fail(`has unsupported version ${String(o.version)} (expected 1 or 2)`);
  if (o.version === 1 && o.table !== undefined) fail('has a table but file version 1 (table 1 files have none)');
  if (o.version === 2 && !(TABLE_VERSIONS as readonly unknown[]).includes(o.table)) {
    fail(`has invalid table ${JSON.stringify(o.table)} (one of ${TABLE_VERSIONS.join(', ')})`);
  }
  const table = (o.version === 1 ? 1 : o.table) as TableVersion;
  if (typeof o.secret !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(o.secret)) fail('has no valid base64 secret');
  const secret = Buffer.from(o.secret as string, 'base64');
  if (secret.length < 16) fail(`secret is too short (${secret.length} bytes)`);
  const id = fingerprint(secret, table);
  if (o.id !== undefined && o.id !== id) fail(`is corrupted: id ${String(o.id)} does not match its secret (${id})`);
  if (o.context !== undefined && !(SITE_CONTEXTS as readonly unknown[]).includes(o.context)) {
    fail(`has invalid context ${JSON.stringify(o.context)} (one of ${SITE_CONTEXTS.join(', ')})`);
  }
  return makeKey(secret, { context: o.context as SiteContext | undefined, table });
}

export interface LoadKeyOptions {
  /** Receives the warning about a key file readable by group or others; default: stderr. */
  onWarning?: (message: string) => void;
}

export function loadKey(path: string, options: LoadKeyOptions = {}): WatermarkKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `watermark key ${path} does not exist` : `cannot read watermark key ${path}: ${(e as Error).message}`;
    throw new DistillguardError('WATERMARK_KEY', why, { cause: e });
  }
  const key = parseKey(text, `watermark key ${path}`);
  const mode = statSync(path).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    const warn = options.onWarning ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
    const octal = mode.toString(8).padStart(4, '0');
    warn(`watermark key ${path} (${key.id}) is readable by others (mode ${octal}); run chmod 600 ${path}`);
  }
  return key;
}
