/**
 * DuckDB reads an interactions file (JSON lines, gzip or not, or Parquet) and hands back only the fields the engine
 * uses (`EngineRecord`), a column chunk at a time: no JSON.parse of whole lines in JavaScript, and the large fields
 * the engine never reads (the response) are never turned into JavaScript strings.
 *
 * DuckDB does not report line numbers and is more lenient than the spec (it casts "5" to 5, and 5 to "5"), so it
 * only *vouches* for records: every field is read as JSON (JSON lines) or checked against its Parquet column type,
 * and a row is `clean` only when the Node validator would accept it as it stands. The reader (reader.ts) takes the
 * clean rows and, from the first row that is not clean or the first DuckDB error, hands over to the Node path at the
 * same record, which quarantines with file:line and reason as it always does.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection, type DuckDBResult } from '@duckdb/node-api';
import type { Interaction } from './types.js';
import { SCHEMAS, type FieldType } from './validate.js';

/** The interaction fields the engine reads (observe.ts, prompt samples). */
export const ENGINE_FIELDS = [
  'id', 'ts', 'account_id', 'ip', 'user_agent', 'tls_ja4', 'model', 'conversation_id', 'turn', 'system', 'prompt',
  'tool_names', 'input_tokens', 'output_tokens', 'reasoning_tokens', 'max_tokens', 'temperature', 'status',
] as const;
export type EngineField = (typeof ENGINE_FIELDS)[number];
/** An interaction reduced to what the engine reads; a whole `Interaction` is one too. */
export type EngineRecord = Pick<Interaction, EngineField>;

/** Largest integer the Node validator accepts (Number.isSafeInteger). */
const MAX_SAFE = '9007199254740991';

/**
 * A chunk of rows: each row's engine fields as one JSON object text (one string per row crosses from DuckDB to
 * JavaScript, not one per field), and the row's verdict: may the engine take it as it stands?
 */
export interface ColumnChunk {
  rows: number;
  records: string[];
  clean: boolean[];
}

const quoteIdent = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const quoteLiteral = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/**
 * SQL that is true when a JSON-typed column holds what the Node validator accepts for the field's type, judged from
 * the value's JSON text alone (no second parse of long strings): a string starts with a quote, an integer is digits.
 */
function jsonCheck(col: string, type: FieldType): string {
  const text = `CAST(${col} AS VARCHAR)`;
  const isString = `starts_with(${text}, '"')`;
  const isInt = `(regexp_full_match(${text}, '[0-9]{1,16}') AND TRY_CAST(${text} AS UBIGINT) <= ${MAX_SAFE})`;
  const isNumber = `(regexp_full_match(${text}, '-?[0-9][0-9.eE+-]*') AND isfinite(TRY_CAST(${text} AS DOUBLE)))`;
  const isBool = `(${text} IN ('true', 'false'))`;
  switch (type) {
    case 'string': return isString;
    case 'string?': return `(${col} IS NULL OR ${isString})`;
    case 'int': return isInt;
    case 'int?': return `(${col} IS NULL OR ${isInt})`;
    case 'number': return isNumber;
    case 'number?': return `(${col} IS NULL OR ${isNumber})`;
    case 'bool': return isBool;
    case 'bool?': return `(${col} IS NULL OR ${isBool})`;
    // Checked in JavaScript (its JSON text is handed on).
    case 'strings?': return 'true';
  }
}

const FIELD_TYPES = new Map(SCHEMAS.interactions.map((f) => [f.name, f.type]));
const typeOf = (name: string): FieldType => FIELD_TYPES.get(name)!;

/**
 * Share of the line limit the fields' JSON texts may fill for DuckDB to vouch for a line: DuckDB has no limit on a
 * line's length, and a line may be longer than its fields' texts (escapes written out, padding, unknown fields), so
 * lines anywhere near the limit are left to the Node path, which measures them.
 */
const LINE_LIMIT_SHARE = 1 / 8;

/** The query over a JSON-lines file (gzip detected by DuckDB from the name). */
function jsonlQuery(path: string, maxLineBytes: number): string {
  const columns = SCHEMAS.interactions.map((f) => `${quoteIdent(f.name)}: 'JSON'`).join(', ');
  // The fields' JSON texts as they are in the line, put together again: JavaScript parses them as it parses a line.
  const record = `concat('{', ${ENGINE_FIELDS.map((name, k) => `'${k ? ',' : ''}"${name}":', coalesce(CAST(${quoteIdent(name)} AS VARCHAR), 'null')`).join(', ')}, '}')`;
  const size = SCHEMAS.interactions.map((f) => `coalesce(strlen(CAST(${quoteIdent(f.name)} AS VARCHAR)), 0)`).join(' + ');
  const clean = [...SCHEMAS.interactions.map((f) => jsonCheck(quoteIdent(f.name), f.type)), `(${size}) <= ${Math.floor(maxLineBytes * LINE_LIMIT_SHARE)}`].join(' AND ');
  return (
    `SELECT ${record} AS record, coalesce(${clean}, false) AS clean ` +
    `FROM read_json(${quoteLiteral(path)}, format = 'newline_delimited', records = true, ignore_errors = false, ` +
    `columns = {${columns}})`
  );
}

/** Parquet column types the Node path would hand to the validator as values of each field type. */
function parquetTypeFits(type: FieldType, column: string): boolean {
  const base = type.replace('?', '');
  if (base === 'string') return column === 'VARCHAR';
  // Whole numbers in a floating-point column pass the validator (5.0 is 5 to JavaScript): checked row by row.
  if (base === 'int') return /^(U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT|FLOAT|DOUBLE)$/.test(column);
  if (base === 'number') return /^(U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT|FLOAT|DOUBLE)$/.test(column);
  if (base === 'bool') return column === 'BOOLEAN';
  return column === 'VARCHAR[]';
}

/**
 * The query over a Parquet file, or null when its schema is not one the fast path vouches for (a field of another
 * type, a timestamp column): the Node path then reads the whole file.
 */
async function parquetQuery(conn: DuckDBConnection, path: string): Promise<string | null> {
  const lit = quoteLiteral(path);
  const described = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet(${lit})`)).getRowObjectsJS() as { column_name: string; column_type: string }[];
  const types = new Map(described.map((c) => [c.column_name, c.column_type]));
  const checks: string[] = [];
  for (const f of SCHEMAS.interactions) {
    const column = types.get(f.name);
    const nullable = f.type.endsWith('?');
    const q = quoteIdent(f.name);
    if (column === undefined) {
      if (!nullable) return null; // every row would be quarantined: the Node path says so, row by row
      continue;
    }
    // A timestamp column is handed on as the Node path hands it to the validator (reader.ts, parquetBatches).
    const timestamp = f.check === 'timestamp' && column.startsWith('TIMESTAMP');
    if (!timestamp && !parquetTypeFits(f.type, column)) return null;
    const base = f.type.replace('?', '');
    const value = base === 'int' ? `(${q} = floor(${q}) AND ${q} >= 0 AND ${q} <= ${MAX_SAFE})` : base === 'number' ? `isfinite(${q})` : base === 'strings' ? `len(list_filter(${q}, x -> x IS NULL)) = 0` : 'true';
    checks.push(nullable ? `(${q} IS NULL OR ${value})` : `(${q} IS NOT NULL AND ${value})`);
  }
  const values = ENGINE_FIELDS.map((name) => {
    const q = quoteIdent(name);
    if (!types.has(name)) return `${quoteLiteral(name)}, NULL`;
    const base = typeOf(name).replace('?', '');
    if (types.get(name)!.startsWith('TIMESTAMP')) return `${quoteLiteral(name)}, strftime(CAST(${q} AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S.%gZ')`;
    if (base === 'int' || base === 'number') return `${quoteLiteral(name)}, CAST(${q} AS DOUBLE)`;
    return `${quoteLiteral(name)}, ${q}`;
  });
  const record = `CAST(json_object(${values.join(', ')}) AS VARCHAR)`;
  return `SELECT ${record} AS record, coalesce(${checks.join(' AND ') || 'true'}, false) AS clean FROM read_parquet(${lit})`;
}

/**
 * Streams an interactions file through DuckDB, chunk by chunk (about 2,048 rows). Errors (a malformed line, a
 * damaged file) are thrown from `chunks()` after every chunk before them has been handed back.
 */
export class ColumnarInteractions {
  private instance: DuckDBInstance | null = null;
  private conn: DuckDBConnection | null = null;
  private readonly absolute: string;

  constructor(readonly path: string, private readonly maxLineBytes: number) {
    this.absolute = resolve(path);
  }

  /** Null when the file's shape is one DuckDB cannot vouch for (then nothing was read). */
  async open(): Promise<DuckDBResult | null> {
    this.instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'true' });
    this.conn = await this.instance.connect();
    const query = this.path.endsWith('.parquet') ? await parquetQuery(this.conn, this.path) : jsonlQuery(this.path, this.maxLineBytes);
    if (query === null) return null;
    return this.conn.stream(query);
  }

  async *chunks(result: DuckDBResult): AsyncGenerator<ColumnChunk> {
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) return;
      yield { rows: chunk.rowCount, records: chunk.getColumnValues(0) as string[], clean: chunk.getColumnValues(1) as boolean[] };
    }
  }

  /**
   * Bytes of the file DuckDB has read so far, from the position of its descriptor (Linux /proc), or null when it
   * cannot be seen (another system, a reader that does not move the position).
   */
  position(): number | null {
    try {
      for (const fd of readdirSync('/proc/self/fd')) {
        let target: string;
        try {
          target = readlinkSync(`/proc/self/fd/${fd}`);
        } catch {
          continue;
        }
        if (target !== this.absolute) continue;
        const pos = /^pos:\s*(\d+)/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'));
        if (pos && Number(pos[1]) > 0) return Number(pos[1]);
      }
    } catch {
      // No /proc: position unknown.
    }
    return null;
  }

  close(): void {
    this.conn?.closeSync();
    this.instance?.closeSync();
    this.conn = null;
    this.instance = null;
  }
}
