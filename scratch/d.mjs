import { DuckDBInstance } from '@duckdb/node-api';
const file = process.argv[2]; const mode = process.argv[3] ?? 'json';
const db = await DuckDBInstance.create(':memory:', { threads: process.argv[4] ?? '2' }); const c = await db.connect();
const t0 = performance.now();
const J = mode === 'json';
const cols = J ? `{id:'JSON',ts:'JSON',account_id:'JSON',api_key_id:'JSON',ip:'JSON',user_agent:'JSON',tls_ja4:'JSON',endpoint:'JSON',model:'JSON',conversation_id:'JSON',turn:'JSON',system:'JSON',prompt:'JSON',tool_names:'JSON',response:'JSON',input_tokens:'JSON',output_tokens:'JSON',reasoning_tokens:'JSON',max_tokens:'JSON',temperature:'JSON',stream:'JSON',status:'JSON',latency_ms:'JSON'}`
 : `{id:'VARCHAR',ts:'VARCHAR',account_id:'VARCHAR',ip:'VARCHAR',user_agent:'VARCHAR',tls_ja4:'VARCHAR',model:'VARCHAR',conversation_id:'VARCHAR',turn:'DOUBLE',system:'VARCHAR',prompt:'VARCHAR',tool_names:'VARCHAR[]',input_tokens:'DOUBLE',output_tokens:'DOUBLE',reasoning_tokens:'DOUBLE',max_tokens:'DOUBLE',status:'DOUBLE'}`;
const sel = J ? `id->>'$' id, ts->>'$' ts, account_id->>'$' a, ip->>'$' ip, user_agent->>'$' ua, prompt->>'$' prompt, system->>'$' "system", (json_type(endpoint)='VARCHAR' and json_type(response) in ('VARCHAR','NULL')) ok` : '*';
const r = await c.stream(`SELECT ${sel} FROM read_json('${file}', format='newline_delimited', columns=${cols})`);
let n = 0, chunks = 0, len = 0;
for (;;) { const ch = await r.fetchChunk(); if (!ch || ch.rowCount === 0) break; chunks++; n += ch.rowCount; const p = ch.getColumnValues(J ? 5 : 10); len += p.length; if (chunks % 200 === 0) console.error(n, c.progress); }
console.log(mode, n, chunks, ((performance.now() - t0) / 1000).toFixed(1), 's');
