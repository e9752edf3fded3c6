#!/usr/bin/env node
// Benchmark: real people on a generated platform, through a real `veto serve` on loopback.
// Each person signs in by e-mail link (read from a local SMTP catcher), opens /me and
// /me/data, downloads the access document, objects, reads the confirmation page, withdraws,
// and downloads a proof. Prints p50/p99 per route for one person at a time, then for 4 and 40
// at once, the latency of /healthz while pages are served, throughput, and the server's RSS
// above its idle size.
// Usage: npm run bench:portal [-- --accounts 1000000] [--people 40] [--rounds 3] [--store postgres://…]
//        [--think MS] [--out bench/out/portal] [--reuse] [--setup-only]
//   --reuse: measure again on the platform a previous run (or --setup-only) set up
//   --think: a pause between one person's pages, as people take; 0 (the default) asks back to back
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import pg from 'pg'
import { startMailCatcher } from '../../dist/mail/mail-catcher.js'
import { startServe } from '../serve.js'
import { bin, binFlags } from '../veto-bin.js'

const { values } = parseArgs({
  options: {
    accounts: { type: 'string', default: '1000000' },
    people: { type: 'string', default: '40' },
    rounds: { type: 'string', default: '3' },
    store: { type: 'string' },
    out: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    'setup-only': { type: 'boolean', default: false },
    think: { type: 'string', default: '0' },
  },
})
const accounts = Number(values.accounts)
const people = Number(values.people)
const out = resolve(values.out ?? `bench/out/portal-${accounts}${values.store ? '-pg' : ''}`)
const fmt = (n) => Math.round(n).toLocaleString('en-US')
const step = (s) => console.log(`- ${s}`)
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
const TRAINING = '2025-05-27T00:00:00+02:00'

const data = join(out, 'data')
const platform = join(out, 'platform')
const veto = (...args) => {
  const t = performance.now()
  const stdout = execFileSync(
    process.execPath,
    [...binFlags, '--max-old-space-size=8192', bin, ...args, '--data', data],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  )
  return { stdout, seconds: (performance.now() - t) / 1000 }
}

let storeUrl = 'veto.sqlite'
if (values.store) storeUrl = values.store.replace(/\/[^/]*$/, `/veto_bench_portal_${accounts}`)
if (!values.reuse || !existsSync(join(data, 'veto.json'))) {
  rmSync(out, { recursive: true, force: true })
  mkdirSync(out, { recursive: true })
  if (values.store) {
    const admin = new pg.Client({ connectionString: values.store })
    await admin.connect()
    await admin.query(`drop database if exists veto_bench_portal_${accounts} with (force)`)
    await admin.query(`create database veto_bench_portal_${accounts}`)
    await admin.end()
  }
  const t = performance.now()
  execFileSync(process.execPath, [bin, 'generate', '--accounts', String(accounts), '--out', platform], {
    stdio: 'ignore',
  })
  step(`generated ${fmt(accounts)} accounts in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  execFileSync(process.execPath, [bin, 'init', '--data', data, ...(values.store ? ['--store', storeUrl] : [])], {
    stdio: 'ignore',
  })
  for (const kind of ['accounts', 'links', 'objections', 'notices']) {
    step(`import ${kind}: ${veto('import', kind, join(platform, `${kind}.jsonl`)).seconds.toFixed(1)} s`)
  }
  const snapshots = []
  for (const [policy, at] of [
    ['meta-2025', TRAINING],
    ['strict', TRAINING],
    ['meta-2025', '2025-09-01T00:00:00Z'],
  ]) {
    const r = veto(
      'snapshot',
      'create',
      '--policy',
      policy,
      '--at',
      at,
      '--content',
      join(platform, 'content.parquet'),
      '--json',
    )
    const s = JSON.parse(r.stdout)
    snapshots.push(s.id)
    const stages = Object.entries(s.timings)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`)
      .join(', ')
    step(
      `snapshot ${policy} at ${at}: ${fmt(s.considered)} items, ${fmt(s.items)} in, ` +
        `${r.seconds.toFixed(1)} s (${stages})`,
    )
  }
  veto('model', 'register', 'assistant-2025', '--snapshot', snapshots[0], '--snapshot', snapshots[1])
}
if (values['setup-only']) process.exit(0)

// The people: addresses from the generated accounts, spread over the whole platform.
const addresses = []
{
  const lines = readFileSync(join(platform, 'accounts.jsonl'), 'utf8').split('\n').filter(Boolean)
  const seen = new Set()
  for (let i = 0; addresses.length < people && i < lines.length; i++) {
    const email = JSON.parse(lines[Math.floor((i * 7919 * 104729) % lines.length)]).email
    if (!seen.has(email)) {
      seen.add(email)
      addresses.push(email)
    }
  }
}

const catcher = await startMailCatcher()
const server = await startServe(data, {
  configure(port) {
    const configFile = join(data, 'veto.json')
    const config = JSON.parse(readFileSync(configFile, 'utf8'))
    // One client address for every simulated person: the per-client limit is set out of the way.
    writeFileSync(
      configFile,
      JSON.stringify({
        ...config,
        server: { port, public_url: `http://localhost:${port}`, rate_limit_per_minute: 1_000_000 },
        mail: { smtp_url: catcher.url },
      }),
    )
  },
})
const { base } = server
const rss = (field) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024

/** A browser without JavaScript: a cookie jar and forms. */
class Person {
  constructor(email) {
    this.email = email
    this.cookies = new Map()
  }
  remember(res) {
    for (const c of res.headers.getSetCookie()) {
      const [k, v] = c.split(';')[0].split('=')
      if (v === '' || /max-age=0/i.test(c)) this.cookies.delete(k)
      else this.cookies.set(k, v)
    }
  }
  async request(path, init = {}) {
    const res = await fetch(`${base}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { ...init.headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    })
    this.remember(res)
    const body = await res.text()
    if (res.status >= 400) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status}`)
    return { res, body }
  }
  post(path, fields) {
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: this.cookies.get('__Host-veto_csrf') ?? '', ...fields }),
    })
  }
}

const latencies = new Map()
const think = Number(values.think)
/** Times one page; then the person reads it for --think milliseconds. */
async function timed(route, fn) {
  const t = performance.now()
  const r = await fn()
  const list = latencies.get(route) ?? []
  list.push(performance.now() - t)
  latencies.set(route, list)
  if (think > 0) await new Promise((done) => setTimeout(done, think))
  return r
}

/** One person's visit: every person-facing route once. */
async function visit(email) {
  const p = new Person(email)
  await p.request('/signin')
  const asked = Date.now()
  await timed('POST /signin', () => p.post('/signin', { email }))
  const mail = await catcher.waitFor(
    (m) => m.to === email && m.receivedAt >= asked - 1 && /token=/.test(m.text),
    30_000,
  )
  const token = /token=([\w-]+)/.exec(mail.text)[1]
  catcher.messages.splice(catcher.messages.indexOf(mail), 1)
  await timed('POST /signin/verify', () => p.post('/signin/verify', { token }))
  await timed('GET /me', () => p.request('/me'))
  const { body: dataPage } = await timed('GET /me/data', () => p.request('/me/data'))
  await timed('GET /me/access', () => p.request('/me/access'))
  const { res } = await timed('POST /object', () => p.post('/object', {}))
  const location = res.headers.get('location')
  await timed('GET /me/objections/:id', () => p.request(location))
  await timed('POST …/withdraw', () => p.post(`${location}/withdraw`, {}))
  const proof = /href="(\/me\/data\/[^"]+\/proof\/[^"]+)"/.exec(dataPage)?.[1]
  if (proof) await timed('GET proof', () => p.request(proof.replaceAll('&amp;', '&')))
  return proof !== undefined
}

/** `n` people at once, each through `rounds` visits; /healthz probed all the while. */
async function load(n, rounds) {
  latencies.clear()
  let serving = true
  const health = []
  const probe = (async () => {
    while (serving) {
      const t = performance.now()
      await fetch(`${base}/healthz`).then((r) => r.arrayBuffer())
      health.push(performance.now() - t)
      await new Promise((r) => setTimeout(r, 20))
    }
  })()
  const t = performance.now()
  let visits = 0
  let proofs = 0
  await Promise.all(
    Array.from({ length: n }, async (_, w) => {
      for (let r = 0; r < rounds; r++) {
        if (await visit(addresses[(w + r * n) % addresses.length])) proofs++
        visits++
      }
    }),
  )
  const seconds = (performance.now() - t) / 1000
  serving = false
  await probe
  const rows = [...latencies].map(([route, list]) => {
    list.sort((a, b) => a - b)
    return { route, n: list.length, p50: quantile(list, 0.5), p99: quantile(list, 0.99) }
  })
  health.sort((a, b) => a - b)
  return {
    rows,
    health: { p50: quantile(health, 0.5), p99: quantile(health, 0.99), max: health.at(-1) },
    seconds,
    visits,
    proofs,
  }
}

await visit(addresses[0]) // warm-up: JIT, page cache, the snapshots' index footers
const idle = rss('VmRSS')
const results = []
for (const n of [1, 4, people])
  results.push({ n, ...(await load(n, n === 1 ? Number(values.rounds) * 5 : Number(values.rounds))) })
const peak = rss('VmHWM')
await server.stop()
await catcher.close()

console.log('')
console.log(
  `platform     ${fmt(accounts)} accounts, store ${values.store ? 'postgresql' : 'sqlite'}, ` +
    `${addresses.length} people, ${think} ms between a person's pages`,
)
const single = new Map(results[0].rows.map((r) => [r.route, r]))
for (const { n, rows, health, seconds, visits, proofs } of results) {
  const requestRate = rows.reduce((s, r) => s + r.n, 0) / seconds
  console.log(
    `\n${n} at once: ${visits} visits in ${seconds.toFixed(1)} s (${(visits / seconds).toFixed(1)} visits/s, ` +
      `${fmt(requestRate)} requests/s), ${proofs} with a proof`,
  )
  console.log(
    `  ${'route'.padEnd(24)} ${'n'.padStart(5)} ${'p50 ms'.padStart(9)} ` +
      `${'p99 ms'.padStart(9)}${n > 1 ? '  p99 / one person p99' : ''}`,
  )
  for (const r of rows) {
    const ratio = n > 1 ? `  ${(r.p99 / (single.get(r.route)?.p99 ?? NaN)).toFixed(2)}×` : ''
    console.log(
      `  ${r.route.padEnd(24)} ${String(r.n).padStart(5)} ${r.p50.toFixed(1).padStart(9)} ` +
        `${r.p99.toFixed(1).padStart(9)}${ratio}`,
    )
  }
  console.log(
    `  ${'/healthz meanwhile'.padEnd(24)} ${''.padStart(5)} ${health.p50.toFixed(1).padStart(9)} ` +
      `${health.p99.toFixed(1).padStart(9)}  max ${health.max.toFixed(1)} ms`,
  )
}
console.log(`\nserver RSS   idle ${fmt(idle)} MiB, peak ${fmt(peak)} MiB, ${fmt(peak - idle)} MiB above idle`)
