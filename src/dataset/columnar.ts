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
  'tool_names', 'input_tokens', 'output_tokens', 'reasoning_tokens', 'max_tokens', 'status',
] as const;
export type EngineField = (typeof ENGINE_FIELDS)[number];
/** An interaction reduced to what the engine reads; a whole `Interaction` is one too. */
export type EngineRecord = Pick<Interaction, EngineField>;

/** Largest integer the Node validator accepts (Number.isSafeInteger). */
const MAX_SAFE = '9007199254740991';

/** A chunk of rows as columns, in ENGINE_FIELDS order, and the row's verdict: may the engine take it as it stands? */
export interface ColumnChunk {
  rows: number;
  columns: unknown[][];
  clean: boolean[];
}

const quoteIdent = (s: string): string => `"${s.replaceAll('"', '""')}"`;
const quoteLiteral = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** SQL that is true when a JSON-typed column holds what the Node validator accepts for the field's type. */
function jsonCheck(col: string, type: FieldType): string {
  const t = `json_type(${col})`;
  const isInt = `(${t} = 'UBIGINT' AND TRY_CAST(${col} AS UBIGINT) <= ${MAX_SAFE})`;
  switch (type) {
    case 'string': return `(${t} = 'VARCHAR')`;
    case 'string?': return `(${col} IS NULL OR ${t} = 'VARCHAR')`;
    case 'int': return isInt;
    case 'int?': return `(${col} IS NULL OR ${isInt})`;
    case 'number': return `(${t} IN ('UBIGINT', 'BIGINT', 'DOUBLE') AND isfinite(TRY_CAST(${col} AS DOUBLE)))`;
    case 'number?': return `(${col} IS NULL OR (${t} IN ('UBIGINT', 'BIGINT', 'DOUBLE') AND isfinite(TRY_CAST(${col} AS DOUBLE))))`;
    case 'bool': return `(${t} = 'BOOLEAN')`;
    case 'bool?': return `(${col} IS NULL OR ${t} = 'BOOLEAN')`;
    // Checked in JavaScript (its JSON text is handed back).
    case 'strings?': return 'true';
  }
}

/** How an engine field is handed to JavaScript from a JSON-typed column. */
function jsonValue(col: string, type: FieldType): string {
  switch (type) {
    case 'string':
    case 'string?': return `(${col} ->> '$')`;
    case 'int':
    case 'int?':
    case 'number':
    case 'number?': return `TRY_CAST(${col} AS DOUBLE)`;
    case 'bool':
    case 'bool?': return `TRY_CAST(${col} AS BOOLEAN)`;
    case 'strings?': return `CAST(${col} AS VARCHAR)`;
  }
}

const FIELD_TYPES = new Map(SCHEMAS.interactions.map((f) => [f.name, f.type]));
const typeOf = (name: string): FieldType => FIELD_TYPES.get(name)!;

/** The query over a JSON-lines file (gzip detected by DuckDB from the name). */
function jsonlQuery(path: string): string {
  const columns = SCHEMAS.interactions.map((f) => `${quoteIdent(f.name)}: 'JSON'`).join(', ');
  const values = ENGINE_FIELDS.map((name) => `${jsonValue(quoteIdent(name), typeOf(name))} AS ${quoteIdent(name)}`);
  const clean = SCHEMAS.interactions.map((f) => jsonCheck(quoteIdent(f.name), f.type)).join(' AND ');
  return (
    `SELECT ${values.join(', ')}, coalesce(${clean}, false) AS clean ` +
    `FROM read_json(${quoteLiteral(path)}, format = 'newline_delimited', records = true, ignore_errors = false, ` +
    `columns = {${columns}})`
  );
}

/** Parquet column types the Node path would hand to the validator as values of each field type. */
function parquetTypeFits(type: FieldType, column: string): boolean {
  const base = type.replace('?', '');
  if (base === 'string') return column === 'VARCHAR';
  if (base === 'int') return /^(U?TINYINT|U?SMALLINT|U?INTEGER|U?BIGINT)$/.test(column);
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
    const value = base === 'int' ? `(${q} >= 0 AND ${q} <= ${MAX_SAFE})` : base === 'number' ? `isfinite(${q})` : base === 'strings' ? `len(list_filter(${q}, x -> x IS NULL)) = 0` : 'true';
    checks.push(nullable ? `(${q} IS NULL OR ${value})` : `(${q} IS NOT NULL AND ${value})`);
  }
  const values = ENGINE_FIELDS.map((name) => {
    const q = quoteIdent(name);
    if (!types.has(name)) return `NULL AS ${q}`;
    const base = typeOf(name).replace('?', '');
    if (types.get(name)!.startsWith('TIMESTAMP')) return `strftime(CAST(${q} AS TIMESTAMP), '%Y-%m-%dT%H:%M:%S.%gZ') AS ${q}`;
    if (base === 'int' || base === 'number') return `CAST(${q} AS DOUBLE) AS ${q}`;
    if (base === 'strings') return `CAST(to_json(${q}) AS VARCHAR) AS ${q}`;
    return q;
  });
  return `SELECT ${values.join(', ')}, coalesce(${checks.join(' AND ') || 'true'}, false) AS clean FROM read_parquet(${lit})`;
}

/**
 * Streams an interactions file through DuckDB, chunk by chunk (about 2,048 rows). Errors (a malformed line, a
 * damaged file) are thrown from `chunks()` after every chunk before them has been handed back.
 */
export class ColumnarInteractions {
  private instance: DuckDBInstance | null = null;
  private conn: DuckDBConnection | null = null;
  private readonly absolute: string;

  constructor(readonly path: string) {
    this.absolute = resolve(path);
  }

  /** Null when the file's shape is one DuckDB cannot vouch for (then nothing was read). */
  async open(): Promise<DuckDBResult | null> {
    this.instance = await DuckDBInstance.create(':memory:', { preserve_insertion_order: 'true' });
    this.conn = await this.instance.connect();
    const query = this.path.endsWith('.parquet') ? await parquetQuery(this.conn, this.path) : jsonlQuery(this.path);
    if (query === null) return null;
    return this.conn.stream(query);
  }

  async *chunks(result: DuckDBResult): AsyncGenerator<ColumnChunk> {
    const width = ENGINE_FIELDS.length;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) return;
      const columns: unknown[][] = [];
      for (let c = 0; c < width; c++) columns.push(chunk.getColumnValues(c) as unknown[]);
      yield { rows: chunk.rowCount, columns, clean: chunk.getColumnValues(width) as boolean[] };
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
