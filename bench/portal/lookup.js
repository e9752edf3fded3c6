#!/usr/bin/env node
// Benchmark: the "my data" look-up alone, against a snapshot's per-account index of N items
// (default 50M, 10M accounts), built by the same SQL that sealing runs, from synthetic decisions
// in the content's (random) account order. Prints the index's build time and size, and p50/p99
// of one person's items, one look-up at a time and 40 at once, through one shared DuckDB instance.
// Usage: npm run build && node bench/portal/lookup.js [--items 50000000] [--out bench/out/lookup]
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createDuckPool, openDuckDb } from '../../dist/content/duckdb.js'
import { ACCOUNT_INDEX_DIR, writeAccountIndex } from '../../dist/export/account-index.js'
import { createSnapshotItems } from '../../dist/services/snapshot-items.js'

const { values } = parseArgs({
  options: { items: { type: 'string', default: '50000000' }, out: { type: 'string', default: 'bench/out/lookup' } },
})
const items = Number(values.items)
const accounts = Math.round(items / 5)
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const fmt = (n) => Math.round(n).toLocaleString('en-US')
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

const { connection, close } = await openDuckDb({ memoryLimit: '2GB', threads: 2 })
let t = performance.now()
await connection.run(`set temp_directory = '${join(out, 'tmp')}'`)
await connection.run(`copy (select printf('c%010d', k) as content_id,
    printf('a%09d', (hash(k, 6) % ${accounts})::bigint) as account_id,
    hash(k, 1) % 3 = 0 as included,
    case when hash(k, 1) % 3 = 0 then null
      else ['published', 'visibility', 'kind', 'objection'][(1 + hash(k, 2) % 4)::int] end as reason,
    case when hash(k, 1) % 7 = 0 then printf('obj_%08d', hash(k, 3) % 100000) else null end as decided_by
  from range(${items}) t(k)) to '${join(out, 'decisions.parquet')}' (format parquet)`)
console.log(
  `- ${fmt(items)} decisions of ${fmt(accounts)} accounts written in ${((performance.now() - t) / 1000).toFixed(1)} s`,
)
t = performance.now()
await writeAccountIndex(connection, `read_parquet('${join(out, 'decisions.parquet')}')`, join(out, ACCOUNT_INDEX_DIR))
const files = readdirSync(join(out, ACCOUNT_INDEX_DIR)).map((p) => join(out, ACCOUNT_INDEX_DIR, p, 'data_0.parquet'))
const bytes = files.reduce((n, f) => n + statSync(f).size, 0)
console.log(
  `- per-account index: ${((performance.now() - t) / 1000).toFixed(1)} s, ${files.length} files, ` +
    `${fmt(bytes / 2 ** 20)} MiB`,
)
close()

const pool = createDuckPool()
const index = createSnapshotItems(pool)
const person = (i) => `a${String((i * 7_919 * 104_729) % accounts).padStart(9, '0')}`
await index.itemsOf(out, [person(0)]) // the files' ranges, read once per snapshot and process
const timed = async (i) => {
  const s = performance.now()
  const found = await index.itemsOf(out, [person(i)])
  if (found.some((r) => r.account_id !== person(i))) throw new Error("another account's item")
  return performance.now() - s
}
const one = []
for (let i = 1; i <= 400; i++) one.push(await timed(i))
one.sort((a, b) => a - b)
const many = []
for (let round = 0; round < 10; round++)
  many.push(...(await Promise.all(Array.from({ length: 40 }, (_, k) => timed(1000 + round * 40 + k)))))
many.sort((a, b) => a - b)
console.log('')
console.log(`items                     ${fmt(items)} in ${files.length} index files`)
console.log(
  `one look-up at a time    p50 ${quantile(one, 0.5).toFixed(2)} ms   ` +
    `p99 ${quantile(one, 0.99).toFixed(2)} ms   (400 people)`,
)
console.log(
  `40 look-ups at once      p50 ${quantile(many, 0.5).toFixed(2)} ms   ` +
    `p99 ${quantile(many, 0.99).toFixed(2)} ms   (10 rounds)`,
)
pool.close()
rmSync(out, { recursive: true, force: true })
