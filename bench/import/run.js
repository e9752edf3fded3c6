#!/usr/bin/env node
// Benchmark: `veto import accounts` against the floor the same rows set, in one run.
//  1. `veto import accounts FILE` as its own process on an empty store: seconds, accounts/s and
//     the process's peak RSS (sampled from /proc).
//  2. The raw loop: the same accounts and their membership rows written straight into an empty
//     store of the same schema — SQLite: prepared inserts in 10,000-row transactions with the
//     same durability (WAL, synchronous=FULL); PostgreSQL: COPY of both tables.
//     Beside it, what reading and checking the file once costs (the CSV reader and zod): an import
//     must do it once (its write pass takes the checked rows from a scratch file). That and the
//     raw writes one after the other were the bound of an import that did one thing at a time;
//     an import now reads the file in a worker thread beside its checks against the store, and on
//     PostgreSQL writes three batches at once, so it can beat that sum on a machine of two cores.
//  3. Objections over HTTP while a large import runs: a `veto serve` on the store, objections
//     due at a steady rate for as long as the import runs, each timed from when it was due; their
//     p50, p99 and slowest, and any not acknowledged; and first for 10 s with no import, for what
//     the import adds. --served-only runs this part alone; with --beside-copy (PostgreSQL), `psql`
//     copies the file beside the portal instead of `veto import`: a floor of the database's work.
//     They come through the API, or with --via portal through the portal's form, each by a person
//     signed in beforehand (a session each, opened as an identity provider's sign-in opens one).
// Usage: npm run bench:import [-- --accounts 1000000] [--store postgres://…] [--rate 200]
//        [--via api|portal] [--served-only [--beside-copy]]
import { execFileSync, spawn } from 'node:child_process'
import { appendFileSync, createReadStream, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createInterface } from 'node:readline'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { createApiTokenService } from '../../dist/services/api-tokens.js'
import { newId } from '../../dist/services/ids.js'
import { createEntries } from '../../dist/ledger/entries.js'
import { linked } from '../../dist/ledger/events.js'
import { initVeto, openVeto } from '../../dist/veto.js'
import { bin, binFlags } from '../veto-bin.js'
import { startServe } from '../serve.js'
import { addAccounts, describeLatencies, objectionsDuring, openSessions, throughApi, throughPortal } from './served.js'

const here = new URL('.', import.meta.url).pathname

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '200000' },
    store: { type: 'string' },
    rate: { type: 'string', default: '200' },
    out: { type: 'string', default: 'bench/out/import' },
    'served-only': { type: 'boolean', default: false },
    'beside-copy': { type: 'boolean', default: false },
    via: { type: 'string', default: 'api' },
  },
})
if (!['api', 'portal'].includes(values.via)) throw new Error('--via: api or portal')
const n = Number(values.accounts)
const rate = Number(values.rate)
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const line = (label, text) => process.stdout.write(`${label.padEnd(48)}${text}\n`)
const fmt = (x) => Math.round(x).toLocaleString('en-US')
const postgres = values.store?.startsWith('postgres')
if (values['beside-copy'] && !(postgres && values['served-only']))
  throw new Error('--beside-copy: with --served-only and --store postgres://… only')

/** An empty store for one part of the run: a SQLite file in its folder, or a database of its own. */
const dropped = []
async function freshStore(name) {
  if (!postgres) return undefined
  const db = `veto_bench_import_${name}_${process.pid}`
  const admin = new pg.Client({ connectionString: values.store })
  await admin.connect()
  await admin.query(`create database ${db}`)
  await admin.end()
  dropped.push(db)
  return values.store.replace(/\/[^/]*$/, `/${db}`)
}

// The file: accounts of a synthetic platform, each in a center of its own.
const created = '2016-01-01T00:00:00Z'
const file = join(out, 'accounts.csv')
// Written 100,000 lines at a time: at 10M the whole file is longer than a string may be.
writeFileSync(file, 'id,network,email,birthdate,country,center,created_at\n')
for (let from = 0; from < n; from += 100_000) {
  const lines = []
  for (let i = from; i < Math.min(n, from + 100_000); i++)
    lines.push(
      `acct-${i},facebook,person${i}@example.com,19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10},DE,c-${i},${created}\n`,
    )
  appendFileSync(file, lines.join(''))
}
process.stdout.write(`veto import bench: ${fmt(n)} accounts, ${postgres ? 'PostgreSQL' : 'SQLite'}\n`)

/** Runs `veto ARGS` as its own process; resolves with its exit code, seconds and peak RSS (MB). */
function vetoProcess(args, env = {}) {
  const t0 = performance.now()
  const child = spawn(process.execPath, [...binFlags, bin, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: 'pipe',
  })
  let stderr = ''
  child.stderr.on('data', (d) => {
    stderr += d
  })
  let peak = 0
  const sample = setInterval(() => {
    try {
      const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0)
      peak = Math.max(peak, kb / 1024)
    } catch {
      // gone already
    }
  }, 50)
  const done = new Promise((r) =>
    child.once('exit', (code) => {
      clearInterval(sample)
      r({ code, seconds: (performance.now() - t0) / 1000, peakMb: peak, stderr })
    }),
  )
  return { child, done }
}

// 3. Objections over HTTP while the same file is imported into a store the server is serving.
async function served() {
  const servedData = join(out, 'served')
  const servedUrl = await freshStore('served')
  await initVeto({ dataDir: servedData, storeUrl: servedUrl, env: {} })
  // Enough accounts that every objection timed below is its account's first, as in a rush: at
  // 200/s, a run of 16 minutes (10M accounts take about 7).
  const targets = 200_000
  let token
  const sessionOfTarget = []
  const at = (i, length, last) => (last ? length - 1 - (i % length) : i % length)
  {
    const setup = await openVeto({ dataDir: servedData, env: {} })
    await addAccounts(setup.store, targets, 'target')
    const tokens = createApiTokenService({ store: setup.store, clock: Date.now, newId })
    token = (await tokens.create('bench', ['objections:write'])).token
    if (values.via === 'portal') {
      // A session for each person who objects in the first 200 s or so at this rate; later ones
      // (a slow import) are repeats by the same people, which the bench counts.
      const people = Array.from({ length: Math.min(targets, rate * 200) }, (_, i) => `target${i}@example.com`)
      sessionOfTarget.push(...(await openSessions(setup, people)))
    }
    await setup.close()
  }
  const server = await startServe(servedData)
  // The i-th objection counting from the end (`last`) or the start of the targets.
  const sendTo = (last) =>
    values.via === 'portal'
      ? throughPortal({ base: server.base, sessionOf: (i) => sessionOfTarget.at(at(i, sessionOfTarget.length, last)) })
      : throughApi({ base: server.base, token, accountOf: (i) => `target-${at(i, targets, last)}` })
  // The same objections with nothing else running (for other accounts), for what the import adds to them.
  const idle = await objectionsDuring({ send: sendTo(true), rate }, () => new Promise((r) => setTimeout(r, 10_000)))
  const during = await objectionsDuring(
    { send: sendTo(false), rate },
    values['beside-copy']
      ? () => copyBeside(servedUrl)
      : () => vetoProcess(['import', 'accounts', file, '--data', servedData]).done,
  )
  const servedImport = during.result
  await server.stop()
  await dropStores()
  if (servedImport.code !== 0)
    throw new Error(`the run beside the portal failed (exit ${servedImport.code}): ${servedImport.stderr ?? ''}`)
  const people = values.via === 'portal' ? sessionOfTarget.length : targets
  const repeats = Math.max(0, idle.sent + during.sent - people)
  return { idle, during, servedImport, repeats }
}

/**
 * A floor of an import's work in the database, beside the portal: `psql` copies the accounts
 * file into a table of its own with a key and two indexes, as text, three times in turn (emptied
 * between, to last long enough to measure), in one process that needs almost no processor of its
 * own. It writes less than an import must (no memberships, no ledger).
 */
async function copyBeside(url) {
  const t0 = performance.now()
  const sqlText = [
    'create table bench_copy (id text primary key, network text, email text, birthdate text,',
    'country text, center text, created_at text);',
    'create index on bench_copy (email); create index on bench_copy (center);',
  ].join(' ')
  const commands = ['-c', sqlText]
  for (let i = 0; i < 3; i++)
    commands.push(
      '-c',
      `\\copy bench_copy from '${file.replaceAll("'", "''")}' csv header`,
      '-c',
      'truncate bench_copy',
    )
  let stderr = ''
  const code = await new Promise((r) => {
    const child = spawn('psql', ['-q', '-v', 'ON_ERROR_STOP=1', '-d', url, ...commands], {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    child.once('error', (e) => {
      stderr += e.message
      r(-1)
    })
    child.once('exit', r)
  })
  return { code, seconds: (performance.now() - t0) / 1000, stderr }
}

async function dropStores() {
  for (const db of dropped.splice(0)) {
    const c = new pg.Client({ connectionString: values.store })
    await c.connect()
    await c.query(`drop database if exists ${db} with (force)`)
    await c.end()
  }
}

/** The lines of part 3. */
function servedLines({ idle, during, servedImport, repeats }) {
  const what = values['beside-copy'] ? 'psql copying the file three times' : 'import'
  line(`${what} while serving`, `${servedImport.seconds.toFixed(1)} s (exit ${servedImport.code})`)
  line('objections with no import', describeLatencies(idle, rate))
  line(`objections during the ${values['beside-copy'] ? 'copies' : 'import'}`, describeLatencies(during, rate))
  const again = values.via === 'portal' ? 'by a person who had objected before' : 'for an account objected for before'
  line('objections sent', `${fmt(idle.sent + during.sent)} through the ${values.via}; ${fmt(repeats)} ${again}`)
}

if (values['served-only']) {
  servedLines(await served())
  process.exit(0)
}
// 1. veto import on an empty store.
const importData = join(out, 'import')
await initVeto({ dataDir: importData, storeUrl: await freshStore('veto'), env: {} })
const imported = await vetoProcess(['import', 'accounts', file, '--data', importData]).done
if (imported.code !== 0) throw new Error(`veto import failed: ${imported.stderr}`)
const vetoRate = n / imported.seconds

// 2. The raw loop on an empty store of the same schema; then again with the ledger's rows an
//    import must write too (one hashed entry per membership), the floor of its necessary writes.
// The rows parsed beforehand, so that the loop times the writes alone (at 10M, several GB of
// heap: `npm run bench:import` gives the process room).
let rows = []
let header = true
for await (const text of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
  if (header || !text) {
    header = false
    continue
  }
  const [id, network, email, birthdate, country, center, createdAt] = text.split(',')
  rows.push({ id, network, email, birthdate, country, center, at: Date.parse(createdAt) })
}

/** The ledger's rows of `part` (from position `seq`), as an import makes them: payload and leaf hash. */
const ledgerRows = (part, seq, now) =>
  createEntries(
    seq,
    part.map((r) => linked({ account: r.id, center: r.center, at: r.at, recordedAt: now })),
    now,
  )

/** Seconds the raw writes of every row take in a fresh store named `name`. */
async function rawLoop(name, withLedger) {
  const rawData = join(out, name)
  const rawUrl = await freshStore(name)
  await initVeto({ dataDir: rawData, storeUrl: rawUrl, env: {} })
  const now = Date.now()
  const t0 = performance.now()
  if (!postgres) {
    const db = new Database(join(rawData, 'veto.sqlite'))
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = FULL')
    const account = db.prepare(
      'insert into accounts (id, network, email, email_norm, birthdate, country, created_at, recorded_at, ' +
        'updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    const membership = db.prepare('insert into memberships (account, center, at, recorded_at) values (?, ?, ?, ?)')
    const entry = db.prepare('insert into ledger (seq, type, recorded_at, payload, leaf_hash) values (?, ?, ?, ?, ?)')
    const batch = db.transaction((part, seq) => {
      for (const r of part) {
        account.run(r.id, r.network, r.email, r.email, r.birthdate, r.country, r.at, now, now)
        membership.run(r.id, r.center, r.at, now)
      }
      if (withLedger)
        for (const e of ledgerRows(part, seq, now))
          entry.run(e.seq, e.type, e.recordedAt, e.payload, e.leafHash.toString('hex'))
    })
    for (let i = 0; i < rows.length; i += 10_000) batch(rows.slice(i, i + 10_000), i)
    db.close()
  } else {
    const client = new pg.Client({ connectionString: rawUrl })
    await client.connect()
    const copy = async (sql, lines) => {
      async function* text() {
        for (let i = 0; i < rows.length; i += 10_000) yield lines(rows.slice(i, i + 10_000), i).join('')
      }
      await pipeline(Readable.from(text()), client.query(copyFrom(sql)))
    }
    await client.query('begin')
    await copy(
      'copy accounts (id, network, email, email_norm, birthdate, country, created_at, recorded_at, updated_at) ' +
        'from stdin',
      (part) =>
        part.map(
          (r) =>
            `${r.id}\t${r.network}\t${r.email}\t${r.email}\t${r.birthdate}\t${r.country}\t${r.at}\t${now}\t${now}\n`,
        ),
    )
    await copy('copy memberships (account, center, at, recorded_at) from stdin', (part) =>
      part.map((r) => `${r.id}\t${r.center}\t${r.at}\t${now}\n`),
    )
    if (withLedger)
      // A payload is JSON of plain ids and instants: nothing in it COPY's text format must escape.
      await copy('copy ledger (seq, type, recorded_at, payload, leaf_hash) from stdin', (part, seq) =>
        ledgerRows(part, seq, now).map(
          (e) => `${e.seq}\t${e.type}\t${e.recordedAt}\t${e.payload}\t${e.leafHash.toString('hex')}\n`,
        ),
      )
    await client.query('commit')
    await client.end()
  }
  return (performance.now() - t0) / 1000
}
const rawSeconds = await rawLoop('raw', false)
const ledgerSeconds = await rawLoop('rawledger', true)
rows = []
const rawRate = n / rawSeconds

// The work an import cannot skip besides the writes: reading the file (the CSV reader of
// imports) and checking each record (zod), once, in a process of its own (read-once.js).
const readSeconds = Number(
  execFileSync(process.execPath, [...binFlags, join(here, 'read-once.js'), file], { encoding: 'utf8' }).trim(),
)
const seriesSeconds = readSeconds + rawSeconds
// The same with the ledger's rows: the work an import must do, counted at its cheapest, one step at a time.
const necessarySeconds = readSeconds + ledgerSeconds

const part3 = await served()

line(
  'veto import accounts',
  `${imported.seconds.toFixed(1)} s, ${fmt(vetoRate)} accounts/s, peak RSS ${fmt(imported.peakMb)} MB`,
)
line(
  postgres ? 'raw COPY (accounts + memberships)' : 'raw prepared inserts, 10k-row transactions',
  `${fmt(rawRate)} accounts/s`,
)
line('ratio veto / raw', `${(vetoRate / rawRate).toFixed(2)}× (target ≥ 0.5×)`)
line('reading and checking the file once', `${readSeconds.toFixed(1)} s (${fmt(n / readSeconds)} records/s)`)
line(
  'in series: one read and check, the raw writes',
  `${seriesSeconds.toFixed(1)} s, ${fmt(n / seriesSeconds)} accounts/s; ` +
    `veto import at ${(seriesSeconds / imported.seconds).toFixed(2)}× of it`,
)
line(
  postgres ? "raw COPY with the ledger's rows" : "raw inserts with the ledger's rows",
  `${fmt(n / ledgerSeconds)} accounts/s (${ledgerSeconds.toFixed(1)} s; each entry's payload and leaf hashed)`,
)
line(
  'in series with them: one read and check, those',
  `${necessarySeconds.toFixed(1)} s → ${(rawSeconds / necessarySeconds).toFixed(2)}× of the raw loop; ` +
    `veto import at ${(necessarySeconds / imported.seconds).toFixed(2)}× of it`,
)
servedLines(part3)
