// What `veto snapshot create` must do beyond the hand-written query, each part measured alone
// on the same platform with the same DuckDB settings: the cheapest form of each, not the
// snapshot's own code path (that is what run.js times). Their sum beside the hand-written
// query bounds the ratio any snapshot can reach while doing them on this machine.
// Usage: node extras.js DIR MEMORY_LIMIT STORE_URL [DECISIONS]   (after hand-written.js has written
//        DIR/hand-written.parquet; DECISIONS: a sealed snapshot's decisions.parquet)
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { openDuckDb } from '../../dist/content/duckdb.js'
import { ACCOUNT_INDEX_COLUMNS } from '../../dist/export/account-index.js'
import { createContentView } from '../../dist/export/content-source.js'
import { hashIncluded } from '../../dist/export/item-hashes.js'
import { hmacSql, includedKeysSql, merkleRootSql } from '../../dist/export/item-keys.js'
import { openStore } from '../../dist/store/open-store.js'

const [dir, memoryLimit, storeUrl, decisionsFile] = process.argv.slice(2)
const content = join(dir, 'content.parquet')
const seconds = {}

async function timed(name, work) {
  const duck = await openDuckDb({ memoryLimit })
  try {
    await duck.connection.run(`set temp_directory = '${dir}/tmp-extras'`)
    const t0 = performance.now()
    // A part that gathers its input first returns the seconds of the work alone.
    const own = await work(duck.connection)
    seconds[name] = typeof own === 'number' ? own : (performance.now() - t0) / 1000
  } finally {
    duck.close()
  }
}

// The strict check of every item (fields, RFC 3339 instants, unique ids).
await timed('content check', (c) => createContentView(c, [content]))
// A decisions file with the four columns the issue names, straight from the content in its
// order: no join, no sort, no facts.
await timed('decisions file', async (c) => {
  await c.run('set preserve_insertion_order = true')
  await c.run(`copy (select id as content_id, account as account_id, true as included, null::varchar as reason
    from read_parquet('${content}'))
    to '${dir}/extras-decisions.parquet' (format parquet)`)
})
// The per-account index people's pages read, at its cheapest: the decisions sorted by account
// and content id into one Parquet file (no cutting into files, no decided_by column).
await timed('per-account index', async (c) => {
  await c.run('set preserve_insertion_order = true')
  await c.run(`copy (select * from read_parquet('${dir}/extras-decisions.parquet') order by account_id, content_id)
    to '${dir}/extras-by-account.parquet' (format parquet, row_group_size 16384)`)
})
// The same sort over a snapshot's own decisions (run.js passes the one it just sealed): the
// index's columns as they are, values and labels that the file above holds as constants.
if (decisionsFile)
  await timed('per-account index, real decisions', async (c) => {
    await c.run('set preserve_insertion_order = true')
    await c.run(`copy (select ${ACCOUNT_INDEX_COLUMNS} from read_parquet('${decisionsFile}')
        order by account_id, content_id)
      to '${dir}/extras-by-account.parquet' (format parquet, row_group_size 16384)`)
  })
// HMAC item keys and the RFC 9162 root over the items the hand-written query included, by both
// routes: the snapshot's (SHA-256 in WebAssembly, four lanes at a time) and DuckDB's `sha256`.
// The bound takes the faster.
const included = `(select id as content_id, null::varchar as account_id, true as included
  from read_parquet('${dir}/hand-written.parquet'))`
await timed('item keys and Merkle root', (c) =>
  hashIncluded(c, included, { secret: Buffer.alloc(32, 1), keyScheme: 1 }, join(dir, 'tmp-extras-keys')),
)
await timed('item keys and Merkle root, DuckDB sha256', async (c) => {
  await c.run(
    `create temp table keys as select ${hmacSql(Buffer.alloc(32, 1), 'id')} as key ` +
      `from read_parquet('${dir}/hand-written.parquet')`,
  )
  await merkleRootSql(c, 'keys')
})
// The same under the key scheme a snapshot seals with now (2: a key per account, each item's
// key under its account's): the included items with their accounts, gathered first and not
// timed, then their keys and the root.
async function byAccount(c) {
  await c.run(`create temp table inc as select c.id as content_id, c.account as account_id, true as included
    from read_parquet('${content}') c semi join read_parquet('${dir}/hand-written.parquet') h on h.id = c.id`)
  return performance.now()
}
await timed('item keys by account and Merkle root', async (c) => {
  const t0 = await byAccount(c)
  await hashIncluded(c, 'inc', { secret: Buffer.alloc(32, 1), keyScheme: 2 }, join(dir, 'tmp-extras-keys'))
  return (performance.now() - t0) / 1000
})
await timed('item keys by account and Merkle root, DuckDB sha256', async (c) => {
  const t0 = await byAccount(c)
  await c.run(`create temp table keys as ${includedKeysSql(2, Buffer.alloc(32, 1), 'inc')}`)
  await merkleRootSql(c, 'keys')
  return (performance.now() - t0) / 1000
})
// The store's side of reading it: the database writing its fact files (SQLite: one thread).
const store = await openStore(storeUrl)
const factDir = join(dir, 'extras-facts')
mkdirSync(factDir, { recursive: true })
try {
  const t0 = performance.now()
  await store.writeFactFiles(factDir, { filingType: 'objection', notices: false })
  seconds['store writes its facts'] = (performance.now() - t0) / 1000
} finally {
  await store.close()
  rmSync(factDir, { recursive: true, force: true })
  rmSync(join(dir, 'extras-decisions.parquet'), { force: true })
  rmSync(join(dir, 'extras-by-account.parquet'), { force: true })
  rmSync(join(dir, 'tmp-extras'), { recursive: true, force: true })
}
console.log(JSON.stringify(seconds))
