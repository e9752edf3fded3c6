/** Mail through the outbox to a real SMTP server: confirmations, retries, notice campaigns. */
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { type MailCatcher, startMailCatcher } from '../../src/mail/mail-catcher.js'
import { createSmtpMailer, type Mailer } from '../../src/mail/mailer.js'
import { createOutboxWorker } from '../../src/mail/outbox-worker.js'
import { createSessionService } from '../../src/services/sessions.js'
import { newId } from '../../src/services/ids.js'
import { createNoticeService } from '../../src/services/notices.js'
import { resolvePolicy } from '../../src/services/policies.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'
import { type Policy, PRESETS } from '../../src/domain/index.js'
import { account } from '../fixtures/facts.js'

let f: VetoFolder
let catcher: MailCatcher
let mailer: Mailer
beforeEach(async () => {
  f = await createVetoFolder('sqlite', Date.parse('2025-05-20T10:00:00Z'))
  await f.veto.imports.importFile('accounts', f.write('a.csv', ACCOUNTS_CSV))
  catcher = await startMailCatcher()
  mailer = createSmtpMailer(catcher.url, 'Veto <no-reply@veto.invalid>')
})
afterEach(async () => {
  mailer.close()
  await catcher.close()
  await f.dispose()
})

const confirm = { to: 'ana@example.com', lang: 'de' as const, url: 'http://localhost/me', policy: PRESETS[0] as Policy }

it(
  "delivers the confirmation in the person's language, listing the covered accounts, " +
    'with a Message-ID from its record',
  async () => {
    const { filing } = await f.veto.filings.file({
      type: 'objection',
      target: { email: 'ana@example.com' },
      channel: 'portal',
      confirm,
    })
    const worker = createOutboxWorker({ outbox: f.veto.outbox, mailer, seal: f.veto.mailSeal, clock: () => f.now })
    expect(await worker.runOnce()).toBe(1)
    const mail = await catcher.waitFor((m) => m.to === 'ana@example.com')
    expect(mail.messageId).toBe(`<mail_${filing.id}@veto.invalid>`)
    expect(mail.subject).toBe('Ihr Widerspruch wurde erfasst')
    for (const a of ['fb-ana (facebook)', 'ig-ana (instagram)', 'th-ana (threads)']) expect(mail.text).toContain(a)
    expect(await worker.runOnce()).toBe(0)
  },
)

it('retries with back-off while the server refuses, then delivers once', async () => {
  await f.veto.filings.file({
    type: 'objection',
    target: { account: 'fb-bo' },
    channel: 'api',
    confirm: { ...confirm, to: 'bo@example.com', lang: 'en' },
  })
  const worker = createOutboxWorker({
    outbox: f.veto.outbox,
    mailer,
    seal: f.veto.mailSeal,
    clock: () => f.now,
    retryBaseMs: 1000,
  })
  catcher.refusing = true
  expect(await worker.runOnce()).toBe(0)
  f.now += 500
  expect(await worker.runOnce()).toBe(0)
  const [m] = await f.veto.store.portal.listMail()
  expect(m).toMatchObject({ attempts: 1, sentAt: null })
  catcher.refusing = false
  f.now += 600
  expect(await worker.runOnce()).toBe(1)
  expect(catcher.messages.filter((x) => x.to === 'bo@example.com')).toHaveLength(1)
})

it('queues a campaign of thousands of addresses in pages and transactions, each address once', async () => {
  // 2,500 addresses: more than a page of accounts, and on SQLite several transactions a page (the
  // store's contract holds a page's end inside an address's accounts). One address with two
  // accounts; one account too young.
  const accounts = Array.from({ length: 2500 }, (_, i) =>
    account(`p-${String(i).padStart(4, '0')}`, { email: `p${String(i).padStart(4, '0')}@example.com` }),
  )
  accounts.push(account('p-twin', { email: 'P1999@example.com' }), account('p-young', { birthdate: '2010-01-01' }))
  await f.veto.store.upsertAccounts(accounts, f.now)
  const notices = createNoticeService({ store: f.veto.store, clock: () => f.now, newId })
  const policy = resolvePolicy('meta-2025', [])
  const queued = await notices.queue(policy, 'http://localhost/')
  const mail = (await f.veto.store.portal.listMail()).filter((m) => m.kind === 'notice')
  // The folder's own accounts (three addresses of age) and these.
  expect(queued).toEqual({ addresses: 2503, queued: 2503 })
  expect(new Set(mail.map((m) => m.to.toLowerCase())).size).toBe(2503)
  expect(mail.find((m) => m.accounts.includes('p-twin'))?.accounts).toEqual(['p-1999', 'p-twin'])
  expect(mail.some((m) => m.accounts.includes('p-young'))).toBe(false)
  expect(await notices.queue(policy, 'http://localhost/')).toEqual({ addresses: 2503, queued: 0 })
})

it(
  'sends a notice campaign once per address, records each delivery as proof of notice, ' +
    'and resumes without duplicates',
  async () => {
    const notices = createNoticeService({ store: f.veto.store, clock: () => f.now, newId })
    const policy = resolvePolicy('strict', [])
    expect(await notices.queue(policy, 'http://localhost/')).toEqual({ addresses: 3, queued: 3 })
    expect(await notices.queue(policy, 'http://localhost/')).toEqual({ addresses: 3, queued: 0 })
    const worker = createOutboxWorker({ outbox: f.veto.outbox, mailer, seal: f.veto.mailSeal, clock: () => f.now })
    expect(await worker.runOnce()).toBe(3)
    expect(catcher.messages.map((m) => m.to).sort()).toEqual([
      'ana.work@example.com',
      'ana@example.com',
      'bo@example.com',
    ])
    expect(
      (await f.veto.store.noticesTo(['fb-ana', 'ig-ana', 'th-ana', 'fb-bo'])).map((n) => n.account).sort(),
    ).toEqual(['fb-ana', 'fb-bo', 'ig-ana', 'th-ana'])
    expect(await f.veto.ledger.verify()).toMatchObject({ problems: [] })
  },
)

it(
  'keeps a sign-in link sealed in the outbox, erases it once delivered, ' +
    'and keeps nothing of an address without an account',
  async () => {
    const sessions = createSessionService(
      { store: f.veto.store, clock: () => f.now, newId },
      {
        publicUrl: 'http://localhost',
        signinLinkMinutes: 15,
        sessionHours: 12,
        seal: f.veto.mailSeal,
      },
    )
    await sessions.requestLink('ana@example.com', 'en')
    await sessions.requestLink('stranger@example.com', 'en')
    // Whoever reads the database, as an operator with a shell would.
    const outbox = () => {
      const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'), { readonly: true })
      try {
        return raw.prepare('select to_address, body from outbox').all() as { to_address: string; body: string }[]
      } finally {
        raw.close()
      }
    }
    expect(outbox()).toHaveLength(2)
    expect(
      outbox()
        .map((r) => r.body)
        .join('\n'),
    ).not.toMatch(/token=|signin/)
    const worker = createOutboxWorker({ outbox: f.veto.outbox, mailer, seal: f.veto.mailSeal, clock: () => f.now })
    expect(await worker.runOnce()).toBe(1)
    const mail = await catcher.waitFor((m) => m.to === 'ana@example.com')
    const token = /token=([\w-]+)/.exec(mail.text)?.[1] ?? ''
    expect(outbox()).toEqual([{ to_address: 'ana@example.com', body: '' }])
    expect(await sessions.signIn(token)).toMatchObject({ email: 'ana@example.com' })
  },
)

it("renews a mail's lease as its send starts, and leaves one another worker claimed meanwhile", async () => {
  const notices = createNoticeService({ store: f.veto.store, clock: () => f.now, newId })
  await notices.queue(resolvePolicy('strict', []), 'http://localhost/')
  for (const account of ['fb-ana', 'fb-bo'])
    await f.veto.filings.file({ type: 'objection', target: { account }, channel: 'api', confirm })
  expect(await f.veto.store.portal.unsentMailCount()).toBe(5)
  const worker = (m: Mailer) =>
    createOutboxWorker({ outbox: f.veto.outbox, mailer: m, seal: f.veto.mailSeal, clock: () => f.now, leaseMs: 1000 })
  const other = worker(mailer)
  /** A server that takes 0.6 s of the workers' clock a mail; `during(n)` runs within the n-th send. */
  const slow = (during: (n: number, start: number) => Promise<void>): Mailer => {
    let sends = 0
    return {
      async send(m) {
        const start = f.now
        await mailer.send(m)
        await during(++sends, start)
        f.now = Math.max(f.now, start + 600)
      },
      close() {},
    }
  }
  // The fifth mail, started at 0.6 s, is leased anew until 1.6 s: at 1.2 s, in its send, the other
  // worker finds nothing to claim, although the round's claim ran out at 1 s.
  const first = worker(
    slow(async (n, start) => {
      if (n === 5) {
        f.now = start + 600
        expect(await other.runOnce()).toBe(0)
      }
    }),
  )
  expect(await first.runOnce()).toBe(5)
  expect(catcher.messages).toHaveLength(5)

  // Five more. The first four sends outlast the round's claim; before the fifth starts, the other
  // worker claims it and is sending it: this worker leaves it.
  await notices.queue(resolvePolicy('meta-2025', []), 'http://localhost/')
  for (const account of ['fb-ana', 'fb-bo'])
    await f.veto.filings.file({ type: 'objection', target: { account }, channel: 'api', confirm })
  let sending = () => {}
  const otherSending = new Promise<void>((resolve) => {
    sending = resolve
  })
  let release = () => {}
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const held = worker({
    async send(m) {
      sending()
      await released
      await mailer.send(m)
    },
    close() {},
  })
  let renewals = 0
  let otherRound: Promise<number> = Promise.resolve(0)
  const second = createOutboxWorker({
    outbox: {
      ...f.veto.outbox,
      async renewLease(id, until, to) {
        if (++renewals !== 5) return f.veto.outbox.renewLease(id, until, to)
        f.now += 500
        otherRound = held.runOnce()
        await otherSending
        const renewed = await f.veto.outbox.renewLease(id, until, to)
        release()
        return renewed
      },
    },
    mailer: slow(async () => {}),
    seal: f.veto.mailSeal,
    clock: () => f.now,
    leaseMs: 1000,
  })
  expect(await second.runOnce()).toBe(4)
  expect(await otherRound).toBe(1)
  expect(catcher.messages).toHaveLength(10)
  expect(new Set(catcher.messages.map((m) => m.messageId)).size).toBe(10)
  expect(await f.veto.store.portal.unsentMailCount()).toBe(0)
})

it("keeps renewing a mail's lease while its send runs past the lease", async () => {
  await f.veto.filings.file({ type: 'objection', target: { account: 'fb-bo' }, channel: 'api', confirm })
  // On the real clock: the renewals beat on it.
  const leaseMs = 300
  const other = createOutboxWorker({ outbox: f.veto.outbox, mailer, seal: f.veto.mailSeal, clock: Date.now, leaseMs })
  let claimedMeanwhile = -1
  const slowServer: Mailer = {
    async send(m) {
      await sleep(500)
      claimedMeanwhile = await other.runOnce()
      await sleep(200)
      await mailer.send(m)
    },
    close() {},
  }
  const worker = createOutboxWorker({
    outbox: f.veto.outbox,
    mailer: slowServer,
    seal: f.veto.mailSeal,
    clock: Date.now,
    leaseMs,
  })
  expect(await worker.runOnce()).toBe(1)
  expect(claimedMeanwhile).toBe(0)
  expect(catcher.messages).toHaveLength(1)
})

it('the running worker tells of a round that failed, and goes on trying', async () => {
  const seen: unknown[] = []
  const worker = createOutboxWorker({
    outbox: f.veto.outbox,
    mailer,
    seal: f.veto.mailSeal,
    clock: () => f.now,
    onError: (e) => seen.push(e),
  })
  // The store gone from under it: every round fails, and each failure is told.
  await f.veto.store.close()
  worker.start(5)
  await new Promise((r) => setTimeout(r, 100))
  await worker.stop()
  expect(seen.length).toBeGreaterThan(1)
  expect(seen[0]).toBeInstanceOf(Error)
})
