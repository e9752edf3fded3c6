#!/usr/bin/env node
// Benchmark: objections filed over HTTP while an objections import runs into the same SQLite
// store, which `veto serve` serves. An objections import's rows land at random places in large
// indexes (the dedupe keys, the filings by account), so its batches hold the write lock far
// longer than an accounts import's; this prints the import's time and the p50/p99 of the
// objections filed meanwhile (target p99 < 100 ms).
// Usage: npm run build && node bench/import/served-objections.js [--from bench/out/export/veto-data]
//        [--objections 200000] [--rate 200] [--out bench/out/served-objections]
// --from: a data folder with a SQLite store holding accounts, e.g. the one `npm run bench:export --
// --setup-only` makes (2M accounts); its store and keys are copied, never written.
import { spawn } from 'node:child_process'
import { copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { createApiTokenService } from '../../dist/services/api-tokens.js'
import { newId } from '../../dist/services/ids.js'
import { openVeto } from '../../dist/veto.js'
import { bin, binFlags } from '../veto-bin.js'

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
const targets = db.prepare('select id from accounts order by rowid limit 10000').pluck().all()
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
const port = await new Promise((r) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const p = s.address().port
    s.close(() => r(p))
  })
})
const server = spawn(process.execPath, [...binFlags, bin, 'serve', '--data', data, '--port', String(port)], {
  env: { PATH: process.env.PATH ?? '' },
  stdio: 'ignore',
})
const base = `http://127.0.0.1:${port}`
for (let up = false; !up; ) {
  up = await fetch(`${base}/healthz`).then(
    (r) => r.ok,
    () => false,
  )
  if (!up) await new Promise((r) => setTimeout(r, 25))
}
const post = async (i) => {
  const t = performance.now()
  const res = await fetch(`${base}/v1/objections`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ account: targets[i % targets.length] }),
  })
  await res.arrayBuffer()
  return { ms: performance.now() - t, ok: res.status === 201 }
}
for (let i = 0; i < 200; i++) await post(i) // warm-up

const started = performance.now()
const imported = spawn(process.execPath, [...binFlags, bin, 'import', 'objections', file, '--data', data], {
  stdio: 'ignore',
})
let running = true
const done = new Promise((r) =>
  imported.once('exit', (code) => {
    running = false
    r(code)
  }),
)
const latencies = []
let refused = 0
let sent = 0
await Promise.all(
  Array.from({ length: 4 }, async (_, w) => {
    // A steady pace: each client sends its share of `rate` per second, whatever the answers take.
    const every = 4000 / rate
    let next = performance.now()
    while (running) {
      const r = await post(200 + sent++ * 4 + w)
      latencies.push(r.ms)
      if (!r.ok) refused++
      next += every
      await new Promise((res) => setTimeout(res, Math.max(0, next - performance.now())))
    }
  }),
)
const code = await done
const seconds = (performance.now() - started) / 1000
server.kill('SIGTERM')
await new Promise((r) => server.once('exit', r))
latencies.sort((a, b) => a - b)
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(1)
console.log(
  `veto import objections (${count.toLocaleString('en-US')}) while serving   ${seconds.toFixed(1)} s (exit ${code})`,
)
console.log(
  `objections during the import   ${latencies.length} at ${rate}/s: p50 ${q(0.5)} ms, p99 ${q(0.99)} ms, ` +
    `slowest ${latencies.at(-1).toFixed(1)} ms, not acknowledged ${refused} (target p99 < 100 ms)`,
)
