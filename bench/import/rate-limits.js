// A rate limit's count during an import, as the store counted it before and as it counts it now,
// each timed from when it was due. A portal objection counts one attempt before it files.
//
// - PostgreSQL: the same upsert committed waiting for its WAL to reach the disk (before) and with
//   synchronous_commit off for its own transaction (now).
// - SQLite: the upsert in the store's file, which takes the store's write lock and syncs (before),
//   and in the file of counts beside it (now, `store/sqlite-rate-limits.ts`).
//
// The two run in processes of their own, each at half the rate, beside one `veto import accounts`:
// on SQLite the wait for a lock is SQLite's busy wait, which stops its whole process.
//
// Usage: npm run build && node bench/import/rate-limits.js [--accounts 1000000] [--rate 200]
//        [--store sqlite | postgres://postgres@127.0.0.1:5432/postgres] [--out bench/out/rate-limits]
import { execFileSync, fork, spawn } from 'node:child_process'
import { appendFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { sqliteRateLimits } from '../../dist/store/sqlite-rate-limits.js'
import { quantile } from './served.js'

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000000' },
    rate: { type: 'string', default: '200' },
    store: { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    out: { type: 'string', default: 'bench/out/rate-limits' },
    // Internal: run as one of the two counting processes.
    counter: { type: 'string' },
    at: { type: 'string' },
  },
})
const rate = Number(values.rate)
const UPSERT = (table) => `insert into ${table} (key, period, hits) values ($1, $2, 1)
  on conflict (key, period) do update set hits = ${table}.hits + 1 returning hits`
const UNSYNCED = `with unsynced as (select set_config('synchronous_commit', 'off', true))
  insert into rate_limits (key, period, hits) select $1, $2, 1 from unsynced
  on conflict (key, period) do update set hits = rate_limits.hits + 1 returning hits`

if (values.counter) await count(values.counter, values.at)
else await main()

/** One counting process: counts at `rate` a second until told to stop, then sends its times. */
async function count(variant, at) {
  let hit
  if (variant === 'postgres-synced' || variant === 'postgres-unsynced') {
    const pool = new pg.Pool({ connectionString: at, max: 10 })
    pool.on('error', () => {})
    await Promise.all(Array.from({ length: 10 }, () => pool.query('select 1')))
    const text = variant === 'postgres-synced' ? UPSERT('rate_limits') : UNSYNCED
    hit = (key) => pool.query(text, [key, 1])
  } else if (variant === 'sqlite-store') {
    // As the store's connection was: WAL, synchronous=FULL, SQLite's busy wait up to 5 s.
    const db = new Sqlite(at)
    db.pragma('synchronous = FULL')
    db.pragma('busy_timeout = 5000')
    const upsert = db.prepare(UPSERT('bench_rate_limits').replaceAll(/\$\d/g, '?'))
    hit = async (key) => upsert.get(key, 1)
  } else {
    const counts = sqliteRateLimits(at)
    hit = (key) => counts.hit(key, 1)
  }
  const times = []
  let running = true
  process.on('message', () => {
    running = false
  })
  const inFlight = []
  const t0 = performance.now()
  for (let i = 0; running; i++) {
    const due = t0 + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((done) => setTimeout(done, wait))
    inFlight.push(hit(`ip:${i % 1000}`).then(() => times.push(performance.now() - due)))
  }
  await Promise.all(inFlight)
  process.send(times, () => process.exit(0))
}

async function main() {
  const n = Number(values.accounts)
  const postgres = values.store !== 'sqlite'
  const here = dirname(fileURLToPath(import.meta.url))
  const bin = join(here, '..', '..', 'bin', 'veto.js')
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

  const data = join(out, 'data')
  const db = `veto_bench_rate_limits_${process.pid}`
  const admin = postgres ? new pg.Client({ connectionString: values.store }) : undefined
  let storeAt = join(data, 'veto.sqlite')
  if (admin) {
    await admin.connect()
    await admin.query(`create database ${db}`)
    storeAt = values.store.replace(/\/[^/]*$/, `/${db}`)
  }
  execFileSync(process.execPath, [bin, 'init', '--data', data, ...(admin ? ['--store', storeAt] : [])], {
    stdio: 'ignore',
  })
  if (!admin) {
    // The store's table of counts as it was, before it moved to a file of its own.
    const raw = new Sqlite(storeAt)
    raw.exec(`create table bench_rate_limits (key text not null, period bigint not null, hits integer not null,
      primary key (key, period))`)
    raw.close()
  }

  const variants = admin ? ['postgres-synced', 'postgres-unsynced'] : ['sqlite-store', 'sqlite-limits']
  const counters = variants.map((variant) =>
    fork(fileURLToPath(import.meta.url), ['--counter', variant, '--at', storeAt, '--rate', String(rate / 2)]),
  )
  const results = counters.map((c) => new Promise((done) => c.once('message', done)))
  await new Promise((done) => setTimeout(done, 2000))
  const started = performance.now()
  const code = await new Promise((done) =>
    spawn(process.execPath, [bin, 'import', 'accounts', file, '--data', data], { stdio: 'ignore' }).on('exit', done),
  )
  const seconds = (performance.now() - started) / 1000
  for (const c of counters) c.send('stop')
  const times = await Promise.all(results)
  if (admin) {
    await admin.query(`drop database ${db} with (force)`)
    await admin.end()
  }
  if (code !== 0) throw new Error(`veto import exited with ${code}`)

  process.stdout.write(
    `rate limit counts during an import of ${n.toLocaleString('en')} accounts on ${admin ? 'PostgreSQL' : 'SQLite'} ` +
      `(${seconds.toFixed(1)} s), ${rate / 2}/s each, ms from when each was due\n`,
  )
  variants.forEach((variant, i) => {
    const sorted = times[i].sort((a, b) => a - b)
    const q = (f) => quantile(sorted, f).toFixed(1)
    const label = { 'postgres-synced': 'before', 'sqlite-store': 'before' }[variant] ?? 'now'
    process.stdout.write(
      `  ${`${variant} (${label})`.padEnd(27)} n ${sorted.length}  p50 ${q(0.5)}  p90 ${q(0.9)}  p99 ${q(0.99)}  ` +
        `max ${sorted.at(-1).toFixed(1)}\n`,
    )
  })
}
