// The hand-written query: the same filter as `veto snapshot create` under meta-2025 and the
// same Parquet write, straight from the files, with no per-account facts, ledger, decisions
// file or Merkle tree. Usage: node hand-written.js DIR MEMORY_LIMIT
import { DuckDBInstance } from '@duckdb/node-api'

const [dir, memoryLimit] = process.argv.slice(2)
const instance = await DuckDBInstance.create(':memory:', {
  autoinstall_known_extensions: 'false',
  memory_limit: memoryLimit,
  // As the snapshot's DuckDB has it (src/content/duckdb.ts): freed blocks kept for reuse.
  block_allocator_memory: memoryLimit,
})
const c = await instance.connect()
await c.run(`set TimeZone = 'UTC'`)
await c.run(`set temp_directory = '${dir}/tmp-hand'`)
await c.run(`set preserve_insertion_order = false`)
const t0 = performance.now()
await c.run(
  'create table acct as select id, country, center, birthdate::date as birthdate ' +
    `from read_json('${dir}/accounts.jsonl', format = 'newline_delimited')`,
)
await c.run(
  'create table obj as select account, received_at::timestamptz as received_at ' +
    `from read_json('${dir}/objections.jsonl', format = 'newline_delimited')`,
)
// Objections cover every account of the objector's center.
await c.run(`create table objector as
  select id, min(received_at) filter (where received_at < timestamptz '2025-05-27 00:00:00+02') as timely,
    min(received_at) as first
  from (
    select o.account as id, o.received_at from obj o
    union all
    select a2.id, o.received_at from obj o join acct a1 on a1.id = o.account join acct a2 on a2.center = a1.center
  ) group by id`)
await c.run(`copy (
  select c.id, c.kind, c.lang, c.published_at, c.text
  from read_parquet('${dir}/content.parquet') c join acct a on a.id = c.account
  anti join (select id from objector where timely is not null) t on t.id = c.account
  left join objector l on l.id = c.account
  where c.published_at <= timestamptz '2025-05-27 00:00:00+02' and c.visibility = 'public'
    and c.kind in ('avatar', 'channel_post', 'comment', 'group_post', 'marketplace_review', 'name', 'page_post', 'post',
      'profile_picture', 'username')
    and a.country in ('AT', 'BE', 'BG', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'HU', 'IE', 'IS',
      'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE', 'SI', 'SK')
    and a.birthdate is not null and a.birthdate + interval 18 year <= date '2025-05-26'
    and (l.first is null or coalesce(c.public_since, c.published_at) < l.first)
) to '${dir}/hand-written.parquet' (format parquet)`)
const rows = (
  await c.runAndReadAll(`select count(*) as n from read_parquet('${dir}/hand-written.parquet')`)
).getRowObjectsJson()[0].n
console.log(JSON.stringify({ seconds: (performance.now() - t0) / 1000, included: Number(rows) }))
