import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:'); const c = await db.connect();
for (const [f, extra] of [['dup',''],['utf',''],['arr',''],['num',''],['multi',''],['big',', maximum_object_size=1000'],['crlf',''],['bign',', columns={n:\'JSON\'}']]) {
  const cols = extra.includes('columns') ? '' : ", columns={id:'JSON'}";
  try { const r = (await c.runAndReadAll(`SELECT *, json_type(${extra.includes('columns') ? 'n' : 'id'}) t FROM read_json('/tmp/fr/t/${f}.jsonl', format='newline_delimited'${cols}${extra})`)).getRowObjectsJS(); console.log(f, JSON.stringify(r)); } catch (e) { console.log(f, 'ERR', e.message.split('\n')[0].slice(0, 150)); }
}
