import { DuckDBInstance } from '@duckdb/node-api';
const db = await DuckDBInstance.create(':memory:'); const c = await db.connect();
const t0 = performance.now();
await c.runAndReadAll(`SELECT account_id, count(*) FROM read_json('${process.argv[2]}', format='newline_delimited', columns={account_id:'VARCHAR'}) GROUP BY 1`);
console.log('agg', ((performance.now() - t0) / 1000).toFixed(1));
