#!/usr/bin/env node
// Benchmark: objections per second through `POST /v1/objections` of a real `veto serve` on
// loopback (the objection, its ledger entry and its confirmation mail committed in one
// transaction, the outbox worker delivering to a local SMTP catcher), against a raw durable
// insert loop on the same database in the same run: one transaction per objection writing
// a filing row and an outbox row, nothing else — and a bare endpoint on the same server stack
// (bare-server.js: Hono, a JSON body, no work). Prints all three, the ratios, p50/p99 latency
// and how many objections shared a commit (the server's group commit, from /metrics).
// Usage: npm run bench:intake [-- --requests 5000] [--concurrency 16] [--store postgres://…] [--processes N]
//   --processes N: N `veto serve` processes on the one store, requests spread over them in turn
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import pg from 'pg'
import { startMailCatcher } from '../../dist/mail/mail-catcher.js'
import { createApiTokenService } from '../../dist/services/api-tokens.js'
import { newId } from '../../dist/services/ids.js'
import { initVeto, openVeto } from '../../dist/veto.js'
import { bin, binFlags } from '../veto-bin.js'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
    accounts: { type: 'string', default: '10000' },
    store: { type: 'string' },
    out: { type: 'string', default: 'bench/out/intake' },
    processes: { type: 'string', default: '1' },
  },
})
const requests = Number(values.requests)
const concurrency = Number(values.concurrency)
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const here = new URL('.', import.meta.url).pathname
const fmt = (n) => Math.round(n).toLocaleString('en-US')
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
const ms = (x) => `${x.toFixed(2)} ms`

let storeUrl = values.store
let dropDatabase = async () => {}
if (storeUrl?.startsWith('postgres')) {
  // A database of its own, dropped at the end, so the run starts empty every time.
  const name = `veto_bench_intake_${process.pid}`
  const admin = new pg.Client({ connectionString: storeUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const adminUrl = storeUrl
  storeUrl = storeUrl.replace(/\/[^/]*$/, `/${name}`)
  dropDatabase = async () => {
    const c = new pg.Client({ connectionString: adminUrl })
    await c.connect()
    // Closed connections can linger a moment on the server; let them go before the drop, so
    // that `force` has nobody left to terminate.
    for (let i = 0; i < 50; i++) {
      const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
      if (rows[0].n === 0) break
      await new Promise((r) => setTimeout(r, 100))
    }
    await c.query(`drop database if exists ${name} with (force)`)
    await c.end()
  }
}

const freePort = () =>
  new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port
      s.close(() => r(p))
    })
  })
const processes = Number(values.processes)
const ports = []
for (let i = 0; i < processes; i++) ports.push(await freePort())
const catcher = await startMailCatcher()
const data = join(out, 'data')
await initVeto({ dataDir: data, storeUrl, env: {} })
const configFile = join(data, 'veto.json')
const config = JSON.parse(readFileSync(configFile, 'utf8'))
const setup = await openVeto({ dataDir: data, env: {} })
const accounts = Array.from({ length: Number(values.accounts) }, (_, i) => `acc-${i}`)
await setup.store.upsertAccounts(
  accounts.map((id, i) => ({
    id,
    network: 'facebook',
    email: `p${i}@example.com`,
    birthdate: null,
    country: 'DE',
    createdAt: Date.parse('2020-01-01T00:00:00Z'),
  })),
  Date.now(),
)
const { token } = await createApiTokenService({ store: setup.store, clock: Date.now, newId }).create('bench', [
  'objections:write',
])
await setup.close()

// SERVER_NODE_FLAGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", shows where a request's time goes.
const flags = (process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean)
const metricsToken = 'bench-intake-metrics-token'
writeFileSync(
  configFile,
  JSON.stringify({
    ...config,
    server: { public_url: `http://localhost:${ports[0]}`, metrics_token: metricsToken },
    mail: { smtp_url: catcher.url },
  }),
)
// Each process listens on its own --port; the data folder and the store are shared.
const servers = ports.map((port) =>
  spawn(process.execPath, [...binFlags, ...flags, bin, 'serve', '--data', data, '--port', String(port)], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: 'ignore',
  }),
)
const bases = ports.map((p) => `http://127.0.0.1:${p}`)
const barePort = await freePort()
const bare = spawn(process.execPath, [join(here, 'bare-server.js'), String(barePort)], { stdio: 'ignore' })
for (const b of [...bases, `http://127.0.0.1:${barePort}`]) {
  for (let up = false; !up; ) {
    up = await fetch(`${b}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (!up) await new Promise((r) => setTimeout(r, 25))
  }
}
/** The group-commit figures of every server process, added up. */
async function commitFigures() {
  const sum = { commits: 0, writes: 0, largest: 0 }
  for (const b of bases) {
    const text = await (await fetch(`${b}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } })).text()
    const figure = (name) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0)
    sum.commits += figure('veto_filing_commits')
    sum.writes += figure('veto_filing_commit_writes')
    sum.largest = Math.max(sum.largest, figure('veto_filing_commit_largest_batch'))
  }
  return sum
}

/** Runs `total` calls of `one` on `workers` concurrent loops; returns seconds and sorted latencies (ms). */
async function drive(total, workers, one) {
  let next = 0
  const latencies = []
  const t0 = performance.now()
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < total) {
        const i = next++
        const s = performance.now()
        await one(i)
        latencies.push(performance.now() - s)
      }
    }),
  )
  return { seconds: (performance.now() - t0) / 1000, latencies: latencies.sort((a, b) => a - b) }
}

let refused = 0
const file = async (i) => {
  const res = await fetch(`${bases[i % bases.length]}/v1/objections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ account: accounts[i % accounts.length] }),
  })
  await res.arrayBuffer()
  if (res.status !== 201) refused++
}
await drive(Math.min(500, requests), concurrency, file) // warm-up: JIT, connection pool, page cache
refused = 0
const before = await commitFigures()
const http = await drive(requests, concurrency, file)
const after = await commitFigures()
for (const server of servers) {
  server.kill('SIGTERM')
  await new Promise((r) => server.once('exit', r))
}
await catcher.close()

// The same client against the bare endpoint: what the HTTP stack alone costs here.
const bareRun = await drive(requests, concurrency, async (i) => {
  const res = await fetch(`http://127.0.0.1:${barePort}/v1/objections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ account: accounts[i % accounts.length] }),
  })
  await res.arrayBuffer()
})
bare.kill('SIGTERM')

// The floor: the same durability (SQLite WAL with synchronous=FULL, or a PostgreSQL commit),
// one transaction per objection, no HTTP, no validation, no ledger.
let raw
const row = (i) => [
  `raw_${i}`,
  accounts[i % accounts.length],
  Date.now(),
  `mail_raw_${i}`,
  `p${i % accounts.length}@example.com`,
]
if (storeUrl?.startsWith('postgres')) {
  const pool = new pg.Pool({ connectionString: storeUrl, max: concurrency })
  // An idle connection ended by the server (57P01) is not the benchmark's failure.
  pool.on('error', (e) => {
    if (e.code !== '57P01') throw e
  })
  await pool.query(`create table raw_filings (id text primary key, account text not null, received_at bigint not null)`)
  await pool.query(`create table raw_outbox (id text primary key, recipient text not null, filing text not null)`)
  raw = await drive(requests, concurrency, async (i) => {
    const [id, account, at, mail, to] = row(i)
    const c = await pool.connect()
    try {
      await c.query('begin')
      await c.query('insert into raw_filings values ($1, $2, $3)', [id, account, at])
      await c.query('insert into raw_outbox values ($1, $2, $3)', [mail, to, id])
      await c.query('commit')
    } finally {
      c.release()
    }
  })
  await pool.end()
} else {
  const db = new Database(join(out, 'raw.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  db.exec(`create table raw_filings (id text primary key, account text not null, received_at integer not null);
    create table raw_outbox (id text primary key, recipient text not null, filing text not null)`)
  const f = db.prepare('insert into raw_filings values (?, ?, ?)')
  const o = db.prepare('insert into raw_outbox values (?, ?, ?)')
  const tx = db.transaction((id, account, at, mail, to) => {
    f.run(id, account, at)
    o.run(mail, to, id)
  })
  // better-sqlite3 is synchronous: one loop is all SQLite can use, as one writer.
  raw = await drive(requests, 1, async (i) => tx(...row(i)))
  db.close()
}
await dropDatabase()

const httpRate = requests / http.seconds
const rawRate = requests / raw.seconds
const bareRate = requests / bareRun.seconds
const commits = after.commits - before.commits
const writes = after.writes - before.writes
console.log(
  `store                          ${storeUrl?.startsWith('postgres') ? 'postgresql' : 'sqlite'}   ` +
    `requests ${fmt(requests)}, concurrency ${concurrency}, ${processes} server process${processes > 1 ? 'es' : ''}`,
)
console.log(
  `POST /v1/objections (HTTP)     ${fmt(httpRate)} objections/s   p50 ${ms(quantile(http.latencies, 0.5))}   ` +
    `p99 ${ms(quantile(http.latencies, 0.99))}   refused ${refused}`,
)
console.log(
  `  group commit                 ${fmt(commits)} commits for ${fmt(writes)} objections: ` +
    `${(writes / Math.max(1, commits)).toFixed(1)} a commit on average, ${after.largest} at most`,
)
console.log(
  `raw durable insert loop        ${fmt(rawRate)} inserts/s      p50 ${ms(quantile(raw.latencies, 0.5))}   ` +
    `p99 ${ms(quantile(raw.latencies, 0.99))}`,
)
console.log(
  `bare endpoint, same stack      ${fmt(bareRate)} requests/s     p50 ${ms(quantile(bareRun.latencies, 0.5))}   ` +
    `p99 ${ms(quantile(bareRun.latencies, 0.99))}`,
)
console.log(`ratio (HTTP / raw)             ${(httpRate / rawRate).toFixed(2)}×`)
console.log(`ratio (HTTP / bare endpoint)   ${(httpRate / bareRate).toFixed(2)}×`)
