#!/usr/bin/env node
// Benchmark: people objecting through the portal while `veto snapshot create` runs beside it on
// the same machine and store. On the platform `bench/portal` sets up, a `veto serve` takes
// objections through the portal's form, each by a person of the platform signed in beforehand,
// `rate` a second, each timed from when it was due: first for 10 s alone, then for as long as a
// snapshot of the platform's content is built. Prints both, the snapshot's time, and how many
// objections came from a person who had objected before. Each run leaves the platform larger: a
// sealed snapshot more, its objections, their mails and sessions; a later `bench:portal --reuse`
// measures that platform.
// Usage: npm run bench:portal -- --setup-only [--store postgres://…]     (once)
//        npm run build && node bench/portal/beside-snapshot.js [--out bench/out/portal-1000000[-pg]]
//        [--rate 100] [--policy meta-2025] [--at 2025-09-01T00:00:00Z]
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openVeto } from '../../dist/veto.js'
import { describeLatencies, objectionsDuring, openSessions, throughPortal } from '../import/served.js'
import { startServe } from '../serve.js'
import { bin, binFlags } from '../veto-bin.js'

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'bench/out/portal-1000000' },
    rate: { type: 'string', default: '100' },
    policy: { type: 'string', default: 'meta-2025' },
    at: { type: 'string', default: '2025-09-01T00:00:00Z' },
  },
})
const out = resolve(values.out)
const data = join(out, 'data')
const rate = Number(values.rate)

// People spread over the platform, one for each objection of a run of up to three minutes.
const wanted = 200 + rate * 180
const emails = [
  ...new Set(
    readFileSync(join(out, 'platform', 'accounts.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line).email),
  ),
]
const step = Math.max(1, Math.floor(emails.length / wanted))
const veto = await openVeto({ dataDir: data, env: {} })
const sessions = await openSessions(veto, emails.filter((_, i) => i % step === 0).slice(0, wanted))
await veto.close()

const server = await startServe(data)
const people = sessions.length
const send = (from) =>
  throughPortal({ base: server.base, sessionOf: (i) => sessions[(((from + i) % people) + people) % people] })
// The 10 s alone take the last people (200 as a warm-up, then 10 s of them); the run beside the snapshot, the first.
const idle = await objectionsDuring(
  { send: send(-(200 + rate * 10)), rate },
  () => new Promise((r) => setTimeout(r, 10_000)),
)
const during = await objectionsDuring({ send: send(0), rate }, () => {
  const t0 = performance.now()
  const args = ['snapshot', 'create', '--policy', values.policy, '--at', values.at]
  const child = spawn(
    process.execPath,
    [...binFlags, bin, ...args, '--content', join(out, 'platform', 'content.parquet'), '--data', data],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { PATH: process.env.PATH ?? '' } },
  )
  let stderr = ''
  child.stderr.on('data', (d) => {
    stderr += d
  })
  return new Promise((r) => child.once('exit', (code) => r({ code, seconds: (performance.now() - t0) / 1000, stderr })))
})
await server.stop()
const line = (label, text) => process.stdout.write(`${label.padEnd(40)}${text}\n`)
line('snapshot create while serving', `${during.result.seconds.toFixed(1)} s (exit ${during.result.code})`)
if (during.result.code !== 0) process.stdout.write(during.result.stderr)
line('objections with no snapshot', describeLatencies(idle, rate))
line('objections during the snapshot', describeLatencies(during, rate))
const sent = idle.sent + during.sent
line('objections sent', `${sent} by ${people} people, ${Math.max(0, sent - people)} by one who had objected before`)
