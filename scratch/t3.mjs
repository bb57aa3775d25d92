import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:'); const c = await db.connect();
for (const f of ['w1','w2','w3','w4','w5','w6']) {
  try { const r = (await c.runAndReadAll(`SELECT * FROM read_json('/tmp/fr/t/${f}.jsonl', format='newline_delimited', records=true, columns={id:'JSON'})`)).getRowObjectsJS(); console.log(f, JSON.stringify(r)); } catch (e) { console.log(f, 'ERR', e.message.split('\n')[0].slice(0, 150)); }
}
