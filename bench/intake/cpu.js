#!/usr/bin/env node
// Benchmark: the processor time one objection costs, and whose it is. A real `veto serve` on
// loopback takes objections at a steady rate for 30 s, through the API or through the portal's
// form (each by its own person, signed in beforehand); meanwhile the server's processor time and
// all PostgreSQL processes' (from /proc; a process that exits meanwhile takes its share with it)
// and this client's (process.cpuUsage) are divided by the objections sent.
// Their sum times the rate is the share of the machine's cores objections alone take: on a
// machine of two cores, what is left for an import beside them.
// Usage: npm run build && node bench/intake/cpu.js [--via api|portal] [--rate 150] [--seconds 30]
//        [--store postgres://postgres@127.0.0.1:5432/postgres]
import { readFileSync, readdirSync, rmSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { createApiTokenService } from '../../dist/services/api-tokens.js'
import { newId } from '../../dist/services/ids.js'
import { initVeto, openVeto } from '../../dist/veto.js'
import {
  addAccounts,
  describeLatencies,
  objectionsDuring,
  openSessions,
  throughApi,
  throughPortal,
} from '../import/served.js'
import { startServe } from '../serve.js'

const { values } = parseArgs({
  options: {
    via: { type: 'string', default: 'portal' },
    rate: { type: 'string', default: '150' },
    seconds: { type: 'string', default: '30' },
    store: { type: 'string' },
    out: { type: 'string', default: 'bench/out/intake-cpu' },
  },
})
if (!['api', 'portal'].includes(values.via)) throw new Error('--via: api or portal')
const rate = Number(values.rate)
const dataDir = resolve(values.out)
rmSync(dataDir, { recursive: true, force: true })

let storeUrl
const database = `veto_bench_cpu_${process.pid}`
const admin = values.store ? new pg.Client({ connectionString: values.store }) : undefined
if (admin) {
  await admin.connect()
  await admin.query(`create database ${database}`)
  storeUrl = values.store.replace(/\/[^/]*$/, `/${database}`)
}

// One account, and for the portal one session, per objection the run can file.
const people = 200 + Math.ceil(rate * (Number(values.seconds) + 5))
await initVeto({ dataDir, storeUrl, env: {} })
const setup = await openVeto({ dataDir, env: {} })
await addAccounts(setup.store, people, 'person')
const token = (
  await createApiTokenService({ store: setup.store, clock: Date.now, newId }).create('bench', ['objections:write'])
).token
const sessions =
  values.via === 'portal'
    ? await openSessions(
        setup,
        Array.from({ length: people }, (_, i) => `person${i}@example.com`),
      )
    : []
await setup.close()
// The planner's statistics of the tables just filled, as an operator's autovacuum would have them.
if (storeUrl) {
  const store = new pg.Client({ connectionString: storeUrl })
  await store.connect()
  await store.query('analyze')
  await store.end()
}

/** A process's user and system time so far, in ms (0 once it is gone). */
const cpuOf = (pid) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
    return (Number(fields[11]) + Number(fields[12])) * 10
  } catch {
    return 0
  }
}
const postgresCpu = () =>
  readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/comm`, 'utf8').trim() === 'postgres'
      } catch {
        return false
      }
    })
    .reduce((sum, p) => sum + cpuOf(p), 0)
const machine = () => {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1).map(Number)
  return { busy: f[0] + f[1] + f[2] + f[5] + f[6] + f[7], all: f.reduce((a, b) => a + b, 0) }
}

const server = await startServe(dataDir)
const send =
  values.via === 'portal'
    ? throughPortal({ base: server.base, sessionOf: (i) => sessions[i] })
    : throughApi({ base: server.base, token, accountOf: (i) => `person-${i}` })
const before = { server: cpuOf(server.pid), postgres: postgresCpu(), client: process.cpuUsage(), machine: machine() }
const run = await objectionsDuring(
  { send, rate },
  () => new Promise((r) => setTimeout(r, Number(values.seconds) * 1000)),
)
const client = process.cpuUsage(before.client)
const after = { server: cpuOf(server.pid), postgres: postgresCpu(), machine: machine() }
await server.stop()
if (admin) {
  await admin.query(`drop database if exists ${database} with (force)`)
  await admin.end()
}

const filed = run.latencies.length + 200
const each = (ms) => `${(ms / filed).toFixed(2)} ms`
const line = (label, text) => process.stdout.write(`${label.padEnd(30)}${text}\n`)
line('objections', `through the ${values.via}, ${values.store ? 'PostgreSQL' : 'SQLite'}`)
line('answers', describeLatencies(run, rate))
line('processor time an objection', `server ${each(after.server - before.server)}`)
if (admin) line('', `PostgreSQL ${each(after.postgres - before.postgres)}`)
line('', `this client ${each((client.user + client.system) / 1000)}`)
const share = (after.machine.busy - before.machine.busy) / (after.machine.all - before.machine.all)
line('the machine busy', `${(100 * share).toFixed(0)} % of its cores, the warm-up included`)
