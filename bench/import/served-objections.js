#!/usr/bin/env node
// Benchmark: objections filed over HTTP while an objections import runs into the same SQLite
// store, which `veto serve` serves. An objections import's rows land at random places in large
// indexes (the dedupe keys, the filings by account), so its batches hold the write lock far
// longer than an accounts import's; this prints the import's time and the p50/p99 of the
// objections filed meanwhile (target p99 < 100 ms), and of those filed for 10 s before it, alone.
// Usage: npm run build && node bench/import/served-objections.js [--from bench/out/export/veto-data]
//        [--objections 200000] [--rate 200] [--out bench/out/served-objections]
// --from: a data folder with a SQLite store holding accounts, e.g. the one `npm run bench:export --
// --setup-only` makes (2M accounts); its store and keys are copied, never written.
import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { createApiTokenService } from '../../dist/services/api-tokens.js'
import { newId } from '../../dist/services/ids.js'
import { openVeto } from '../../dist/veto.js'
import { bin, binFlags } from '../veto-bin.js'
import { startServe } from '../serve.js'
import { describeLatencies, objectionsDuring, throughApi } from './served.js'

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: 'bench/out/export/veto-data' },
    objections: { type: 'string', default: '200000' },
    rate: { type: 'string', default: '200' },
    out: { type: 'string', default: 'bench/out/served-objections' },
  },
})
const count = Number(values.objections)
const rate = Number(values.rate)
const out = resolve(values.out)
const data = join(out, 'veto-data')
rmSync(out, { recursive: true, force: true })
mkdirSync(data, { recursive: true })
copyFileSync(join(resolve(values.from), 'veto.sqlite'), join(data, 'veto.sqlite'))
cpSync(join(resolve(values.from), 'keys'), join(data, 'keys'), { recursive: true })
writeFileSync(join(data, 'veto.json'), JSON.stringify({ store: { url: 'veto.sqlite' } }))

// The file: one objection for each of the store's last `count` accounts; the HTTP clients object
// for its first accounts, so that the two never file for the same account.
const db = new Database(join(data, 'veto.sqlite'), { readonly: true })
const accounts = db.prepare('select id from accounts order by rowid desc limit ?').pluck().all(count)
// In no order, as people object: a file in the accounts' order would write the filings' index by
// account in order too, far cheaper than objections ever come (a fixed seed: the same file each run).
for (let i = accounts.length - 1, seed = 1; i > 0; i--) {
  seed = (seed * 48271) % 2147483647
  const j = seed % (i + 1)
  ;[accounts[i], accounts[j]] = [accounts[j], accounts[i]]
}
// Accounts no filing names yet, enough that every objection timed below is its account's first,
// as in a rush (the store has an objection for one account in five).
const targets = db
  .prepare(
    `select id from accounts a where not exists (select 1 from filing_accounts f where f.account = a.id)
     order by rowid limit 20000`,
  )
  .pluck()
  .all()
db.close()
const file = join(out, 'objections.jsonl')
writeFileSync(
  file,
  accounts
    .map((account) => JSON.stringify({ account, received_at: '2025-05-20T10:00:00Z', channel: 'api' }))
    .join('\n'),
)

let token
{
  const setup = await openVeto({ dataDir: data, env: {} })
  token = (
    await createApiTokenService({ store: setup.store, clock: Date.now, newId }).create('bench', ['objections:write'])
  ).token
  await setup.close()
}
const server = await startServe(data)
// The same objections with nothing else running, for what the import adds to them.
const idle = await objectionsDuring(
  {
    send: throughApi({
      base: server.base,
      token,
      accountOf: (i) => targets[targets.length - 1 - (i % targets.length)],
    }),
    rate,
  },
  () => new Promise((r) => setTimeout(r, 10_000)),
)
const served = await objectionsDuring(
  { send: throughApi({ base: server.base, token, accountOf: (i) => targets[i % targets.length] }), rate },
  async () => {
    const started = performance.now()
    const code = await new Promise((r) =>
      spawn(process.execPath, [...binFlags, bin, 'import', 'objections', file, '--data', data], {
        stdio: 'ignore',
      }).once('exit', r),
    )
    return { code, seconds: (performance.now() - started) / 1000 }
  },
)
await server.stop()
const { code, seconds } = served.result
console.log(
  `veto import objections (${count.toLocaleString('en-US')}) while serving   ${seconds.toFixed(1)} s (exit ${code})`,
)
console.log(`objections with no import       ${describeLatencies(idle, rate)}`)
console.log(`objections during the import   ${describeLatencies(served, rate)}`)
