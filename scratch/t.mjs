import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:'); const c = await db.connect();
for (const q of [
 `SELECT a, json_type(a) ta, b, json_type(b) tb, c, json_type(c) tc, c IS NULL cn, d, json_type(d) td FROM read_json('/tmp/fr/t/x.jsonl', format='newline_delimited', columns={a:'JSON',b:'JSON',c:'JSON',d:'JSON'})`,
 `SELECT * FROM read_json('/tmp/fr/t/x.jsonl', format='newline_delimited', columns={a:'BIGINT'})`,
 `SELECT * FROM read_json('/tmp/fr/t/x.jsonl', format='newline_delimited', columns={b:'VARCHAR'})`,
]) { try { console.log((await c.runAndReadAll(q)).getRowObjectsJS()); } catch (e) { console.log('ERR', e.message); } }
