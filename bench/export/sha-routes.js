#!/usr/bin/env node
// Benchmark: is there a faster route for a snapshot's hashing than DuckDB's `sha256`? The same
// work — an item's key, HMAC-SHA256(secret, content id), and its RFC 9162 leaf hash,
// SHA-256(0x00 || key) — done by DuckDB on all its threads, and by Node's OpenSSL (which uses
// the CPU's SHA extensions) in as many worker threads, over batches. Both routes are first
// checked against RFC 4231's HMAC-SHA256 test case 1 and against each other on a sample of keys.
// The Node route is timed on ids made inside each worker: moving ids out of DuckDB and keys back
// in would only add to its time, so its figure is a best case. The WebAssembly route (SHA-256
// four messages at a time, what a snapshot hashes with) runs on the main thread alone, its ids
// made there too, a batch of 4,096 at a time, as length-prefixed text parsed by the module.
// Usage: npm run build && node bench/export/sha-routes.js [--items 10000000] [--threads 2] [--runs 2]
import { hash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { parseArgs } from 'node:util'
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads'

const id = (i) => `c-${String(i).padStart(10, '0')}`

/** HMAC-SHA256 as two one-shot hashes over pads made once: the fastest spelling found in Node. */
function hmacer(secret) {
  const block = Buffer.alloc(64)
  secret.copy(block)
  const inner = Buffer.alloc(64 + 256)
  const outer = Buffer.alloc(64 + 32)
  for (let i = 0; i < 64; i++) {
    inner[i] = (block[i] ?? 0) ^ 0x36
    outer[i] = (block[i] ?? 0) ^ 0x5c
  }
  return (message) => {
    const n = inner.write(message, 64)
    hash('sha256', inner.subarray(0, 64 + n), 'buffer').copy(outer, 64)
    return hash('sha256', outer, 'buffer')
  }
}

/** Keys and leaves of ids lo…hi-1; the keys of the first `sample` ids come back for the check. */
function work({ secret, lo, hi, sample }) {
  const hmac = hmacer(Buffer.from(secret, 'hex'))
  const leaf = Buffer.alloc(33)
  const keys = []
  const t0 = performance.now()
  for (let i = lo; i < hi; i++) {
    const key = hmac(id(i))
    key.copy(leaf, 1)
    hash('sha256', leaf, 'buffer')
    if (i - lo < sample) keys.push(key.toString('hex'))
  }
  return { seconds: (performance.now() - t0) / 1000, keys }
}

if (!isMainThread) {
  parentPort.postMessage(work(workerData))
} else {
  const { values } = parseArgs({
    options: {
      items: { type: 'string', default: '10000000' },
      threads: { type: 'string', default: String(Math.min(2, availableParallelism())) },
      runs: { type: 'string', default: '2' },
    },
  })
  const items = Number(values.items)
  const threads = Number(values.threads)
  const { openDuckDb } = await import('../../dist/content/duckdb.js')
  const { hmacSql } = await import('../../dist/export/item-keys.js')
  const fmt = (n) => Math.round(n).toLocaleString('en-US')

  // RFC 4231, test case 1.
  const vectorKey = Buffer.alloc(20, 0x0b)
  const vector = 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
  if (hmacer(vectorKey)('Hi There').toString('hex') !== vector) throw new Error('Node route fails RFC 4231 case 1')
  const duck = await openDuckDb({ memoryLimit: '2GB' })
  const c = duck.connection
  await c.run(`set threads = ${threads}`)
  const duckVector = (await c.runAndReadAll(`select ${hmacSql(vectorKey, "'Hi There'")} as k`)).getRowObjectsJson()[0]
  if (duckVector?.k !== vector) throw new Error('DuckDB route fails RFC 4231 case 1')

  const secret = Buffer.alloc(32, 7)
  const idSql = `'c-' || lpad(i::varchar, 10, '0')`
  await c.run(`create or replace temp table ids as select i, ${idSql} as content_id from range(${items}) t(i)`)
  console.log(`${fmt(items)} items, ${threads} threads; each item: an HMAC key and its leaf hash`)

  const best = async (name, run) => {
    let seconds = Number.POSITIVE_INFINITY
    for (let r = 0; r < Number(values.runs); r++) seconds = Math.min(seconds, await run())
    console.log(`${name.padEnd(40)} ${seconds.toFixed(2)} s  ${fmt(items / seconds)} items/s`)
    return seconds
  }
  const duckSeconds = await best('DuckDB sha256', async () => {
    const t0 = performance.now()
    await c.run(`create or replace temp table keys as
      select i, key, sha256(unhex('00') || unhex(key)) as leaf
      from (select i, ${hmacSql(secret, 'content_id')} as key from ids)`)
    return (performance.now() - t0) / 1000
  })
  const sample = 1000
  let sampled = []
  const nodeSeconds = await best(`Node OpenSSL, ${threads} worker threads`, async () => {
    const per = Math.ceil(items / threads)
    const t0 = performance.now()
    const parts = await Promise.all(
      Array.from({ length: threads }, (_, k) => {
        const lo = k * per
        const hi = Math.min(items, lo + per)
        const worker = new Worker(new URL(import.meta.url), {
          workerData: { secret: secret.toString('hex'), lo, hi, sample },
        })
        return new Promise((done, fail) => {
          worker.once('message', (m) => done({ lo, ...m }))
          worker.once('error', fail)
        })
      }),
    )
    sampled = parts
    return (performance.now() - t0) / 1000
  })
  // The two routes agree on the sampled keys.
  for (const part of sampled) {
    const rows = (
      await c.runAndReadAll(`select key from keys where i >= ${part.lo} and i < ${part.lo + sample} order by i`)
    ).getRowObjectsJson()
    const theirs = rows.map((r) => r.key)
    if (theirs.join() !== part.keys.join()) throw new Error(`routes disagree on the keys from item ${part.lo}`)
  }
  const { DESC, NO_TAG, Sha256Lanes } = await import('../../dist/hash/sha256-lanes.js')
  /** Keys and leaves of ids lo…hi-1 in WebAssembly; the keys of the first `sample` ids come back. */
  const wasmRoute = (key, lo, hi) => {
    const lanes = new Sha256Lanes()
    const x = lanes.x
    const pads = lanes.padsOf(Buffer.concat([key, Buffer.alloc(32 - key.length)]))
    const encoder = new TextEncoder()
    const keys = []
    for (let from = lo; from < hi; from += 4096) {
      const mark = lanes.mark()
      const n = Math.min(4096, hi - from)
      let text = ''
      for (let i = from; i < from + n; i++) text += `${Buffer.byteLength(id(i))}:${id(i)}`
      const input = lanes.alloc(text.length * 3)
      const written = encoder.encodeInto(text, lanes.bytes(input, text.length * 3)).written
      const desc = lanes.alloc(n * DESC)
      const inner = lanes.alloc(n * 32)
      const out = lanes.alloc(n * 32)
      const leaves = lanes.alloc(n * 32)
      x.parseRecords(input, written, false, 0, desc, 0, 0, 0, n)
      x.setPrefix(desc, n, pads)
      x.digest(desc, n, inner)
      x.describe(desc, n, pads + 32, inner, 32, 32, NO_TAG)
      x.digest(desc, n, out)
      x.describe(desc, n, 0, out, 32, 32, 0)
      x.digest(desc, n, leaves)
      if (from - lo < sample) {
        const got = lanes.bytes(out, Math.min(n, sample - (from - lo)) * 32)
        for (let k = 0; k < got.length; k += 32) keys.push(Buffer.from(got.subarray(k, k + 32)).toString('hex'))
      }
      lanes.release(mark)
    }
    return keys
  }
  // RFC 4231 case 1 through the module.
  const module = new Sha256Lanes().hmac(Buffer.concat([vectorKey, Buffer.alloc(12)]), Buffer.from('Hi There'))
  if (module.toString('hex') !== vector) throw new Error('WebAssembly route fails RFC 4231 case 1')
  let wasmKeys = []
  const wasmSeconds = await best('WebAssembly SHA-256 x4, 1 thread', async () => {
    const t0 = performance.now()
    wasmKeys = wasmRoute(secret, 0, items)
    return (performance.now() - t0) / 1000
  })
  const first = (await c.runAndReadAll(`select key from keys where i < ${sample} order by i`)).getRowObjectsJson()
  if (first.map((r) => r.key).join() !== wasmKeys.join()) throw new Error('the WebAssembly route disagrees on the keys')
  duck.close()
  console.log(`Node route against DuckDB's: ${(duckSeconds / nodeSeconds).toFixed(2)}× its speed (sampled keys equal)`)
  console.log(
    `WebAssembly route (1 thread) against DuckDB's (${threads}): ${(duckSeconds / wasmSeconds).toFixed(2)}× its speed`,
  )
}
