#!/usr/bin/env node
// Benchmark: what the outbox worker's round asks of the store once a notice campaign has filled
// the outbox, on SQLite: dropping the mails never to be sent and claiming the due ones, each timed
// over many rounds (p50 and p99), with the store's indexes and again with `outbox_suppressed`
// dropped (the store before it). Every serve process runs such a round every 200 ms, and a
// SQLite write statement holds the lock a person's objection waits for.
// Usage: npm run build && node bench/outbox/rounds.js [--mails 1000000] [--out bench/out/outbox]
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { initVeto, openVeto } from '../../dist/veto.js'

const { values } = parseArgs({
  options: { mails: { type: 'string', default: '1000000' }, out: { type: 'string', default: 'bench/out/outbox' } },
})
const mails = Number(values.mails)
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const fmt = (n) => Math.round(n).toLocaleString('en-US')
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]

const dataDir = join(out, 'data')
await initVeto({ dataDir, env: {} })
// The mails of a campaign, delivered, as the outbox keeps them (their proof of notice).
const raw = new Database(join(dataDir, 'veto.sqlite'))
raw.pragma('journal_mode = WAL')
const insert = raw.prepare(`insert into outbox (id, kind, to_address, lang, subject, body, accounts, ref, suppressed,
  created_at, attempts, next_attempt_at, lease_until, sent_at, last_error) values (?, 'notice', ?, 'en', 'Notice', ?,
  ?, ?, 0, 1, 1, 0, 0, 2, null)`)
const body = 'The text of a notice mail, a few hundred bytes long. '.repeat(6)
raw.transaction(() => {
  for (let i = 0; i < mails; i++) insert.run(`m${i}`, `person${i}@example.com`, body, `["acct-${i}"]`, `n${i}`)
})()
raw.pragma('wal_checkpoint(TRUNCATE)')
raw.close()
process.stdout.write(`outbox rounds bench: ${fmt(mails)} mails sent, SQLite\n`)

async function rounds(label) {
  const veto = await openVeto({ dataDir, env: {} })
  const portal = veto.store.portal
  const times = { drop: [], claim: [] }
  for (let r = 0; r < 50; r++) {
    let t = performance.now()
    await portal.dropSuppressedMail()
    times.drop.push(performance.now() - t)
    t = performance.now()
    await portal.claimDueMail(Date.now(), Date.now() + 60_000, 50)
    times.claim.push(performance.now() - t)
  }
  await veto.close()
  for (const [step, list] of Object.entries(times)) {
    list.sort((a, b) => a - b)
    const what = step === 'drop' ? 'mails never to be sent dropped' : 'due mails claimed'
    process.stdout.write(
      `${label.padEnd(34)} ${what.padEnd(32)} p50 ${quantile(list, 0.5).toFixed(3)} ms, ` +
        `p99 ${quantile(list, 0.99).toFixed(3)} ms\n`,
    )
  }
}

await rounds('with the store as it is')
const dropIndex = new Database(join(dataDir, 'veto.sqlite'))
dropIndex.exec('drop index outbox_suppressed')
dropIndex.close()
await rounds('without outbox_suppressed (before)')
