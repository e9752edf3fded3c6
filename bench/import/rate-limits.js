// A rate limit's count during an import on PostgreSQL, committed as it was (waiting for its WAL to
// reach the disk) and as the store commits it now (not waiting), the two alternating, each timed
// from when it was due. A portal objection counts one attempt before it files.
//
// Usage: npm run build && node bench/import/rate-limits.js [--accounts 1000000] [--rate 200]
//        [--store postgres://postgres@127.0.0.1:5432/postgres] [--out bench/out/rate-limits]
import { execFileSync, spawn } from 'node:child_process'
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { quantile } from './served.js'

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000000' },
    rate: { type: 'string', default: '200' },
    store: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'bench/out/rate-limits' },
  },
})
const n = Number(values.accounts)
const rate = Number(values.rate)
const bin = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'veto.js')
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })

const file = join(out, 'accounts.csv')
writeFileSync(file, 'id,network,email,birthdate,country,center,created_at\n')
for (let from = 0; from < n; from += 100_000) {
  const lines = []
  for (let i = from; i < Math.min(n, from + 100_000); i++)
    lines.push(`acct-${i},facebook,person${i}@example.com,1970-01-01,DE,c-${i},2016-01-01T00:00:00Z\n`)
  appendFileSync(file, lines.join(''))
}

const db = `veto_bench_rate_limits_${process.pid}`
const admin = new pg.Client({ connectionString: values.store })
await admin.connect()
await admin.query(`create database ${db}`)
const url = values.store.replace(/\/[^/]*$/, `/${db}`)
const data = join(out, 'data')
execFileSync(process.execPath, [bin, 'init', '--data', data, '--store', url], { stdio: 'ignore' })

// The statements of `SqlPortalStore.hitRateLimit` before and after: the same upsert, the second
// with synchronous_commit off for its own transaction.
const STATEMENTS = {
  synced: `insert into rate_limits (key, period, hits) values ($1, $2, 1)
    on conflict (key, period) do update set hits = rate_limits.hits + 1 returning hits`,
  unsynced: `with unsynced as (select set_config('synchronous_commit', 'off', true))
    insert into rate_limits (key, period, hits) select $1, $2, 1 from unsynced
    on conflict (key, period) do update set hits = rate_limits.hits + 1 returning hits`,
}
const pool = new pg.Pool({ connectionString: url, max: 10 })
// A closed pool's connections may still be there when the database is dropped: their goodbye is no error.
pool.on('error', () => {})
await Promise.all(Array.from({ length: 10 }, () => pool.query('select 1')))

const started = performance.now()
const importer = spawn(process.execPath, [bin, 'import', 'accounts', file, '--data', data], { stdio: 'ignore' })
let running = true
const exited = new Promise((done) =>
  importer.on('exit', (code) => {
    running = false
    done(code)
  }),
)
const times = { synced: [], unsynced: [] }
const inFlight = []
const t0 = performance.now() + 2000
for (let i = 0; running; i++) {
  const due = t0 + (i * 1000) / rate
  const wait = due - performance.now()
  if (wait > 0) await new Promise((done) => setTimeout(done, wait))
  const kind = i % 2 === 0 ? 'synced' : 'unsynced'
  inFlight.push(
    pool.query(STATEMENTS[kind], [`ip:${i % 1000}`, 1]).then(() => times[kind].push(performance.now() - due)),
  )
}
const code = await exited
await Promise.all(inFlight)
await pool.end()
await admin.query(`drop database ${db} with (force)`)
await admin.end()
if (code !== 0) throw new Error(`veto import exited with ${code}`)

process.stdout.write(
  `rate limit counts during an import of ${n.toLocaleString('en')} accounts on PostgreSQL ` +
    `(${((performance.now() - started) / 1000).toFixed(1)} s), ${rate}/s alternating, ms from when each was due\n`,
)
for (const kind of ['synced', 'unsynced']) {
  const sorted = times[kind].sort((a, b) => a - b)
  const q = (f) => quantile(sorted, f).toFixed(1)
  process.stdout.write(`  ${kind.padEnd(9)} n ${sorted.length}  p50 ${q(0.5)}  p90 ${q(0.9)}  p99 ${q(0.99)}\n`)
}
