/**
 * Nobody learns from Veto whether an address has an account: asking for a
 * sign-in link gives one body, and its timing cannot tell the two apart — a Mann-Whitney U
 * test over interleaved requests for known and unknown addresses stays within |z| < 3 — and
 * neither the operator's metrics nor anything the outbox keeps moves differently.
 */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startMailCatcher } from '../../src/mail/mail-catcher.js'
import { createSmtpMailer } from '../../src/mail/mailer.js'
import { createOutboxWorker } from '../../src/mail/outbox-worker.js'
import { Browser, createTestApp, METRICS_TOKEN, type TestApp } from '../fixtures/app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ ratePerMinute: 1_000_000 })
})
afterAll(async () => t.dispose())

/** z of the Mann-Whitney U statistic of `a` against `b` (normal approximation, average ranks for ties). */
function mannWhitneyZ(a: readonly number[], b: readonly number[]): number {
  const all = [...a.map((v) => ({ v, g: 0 })), ...b.map((v) => ({ v, g: 1 }))].sort((x, y) => x.v - y.v)
  const ranks = new Array<number>(all.length)
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j + 1 < all.length && all[j + 1]?.v === all[i]?.v) j++
    for (let k = i; k <= j; k++) ranks[k] = (i + j) / 2 + 1
    i = j + 1
  }
  const r1 = all.reduce((s, x, i) => s + (x.g === 0 ? (ranks[i] as number) : 0), 0)
  const n1 = a.length
  const n2 = b.length
  const u = r1 - (n1 * (n1 + 1)) / 2
  return (u - (n1 * n2) / 2) / Math.sqrt((n1 * n2 * (n1 + n2 + 1)) / 12)
}

it('mannWhitneyZ sees a real difference and none where there is none', () => {
  const same = Array.from({ length: 200 }, (_, i) => i % 17)
  expect(Math.abs(mannWhitneyZ(same, [...same].reverse()))).toBeLessThan(0.5)
  expect(
    mannWhitneyZ(
      same.map((x) => x + 5),
      same,
    ),
  ).toBeGreaterThan(3)
})

it('answers known and unknown addresses in indistinguishable time, with one body', async () => {
  const known: number[] = []
  const unknown: number[] = []
  const bodies = new Set<string>()
  const b = new Browser(t.app)
  await b.get('/signin')
  // Two addresses on each side, each asked for as often: the per-address limit keeps a row per
  // address, and a fresh address (an insert) against a repeated one (an update) would be timed instead.
  const address = (i: number) =>
    [`ana@example.com`, 'nobody-1@example.com', 'bo@example.com', 'nobody-3@example.com'][i % 4] as string
  for (let i = 0; i < 20; i++) await b.post('/signin', { email: address(i) })
  for (let i = 0; i < 600; i++) {
    const isKnown = i % 2 === 0
    const email = address(i)
    const started = process.hrtime.bigint()
    const res = await b.post('/signin', { email })
    const ns = Number(process.hrtime.bigint() - started)
    bodies.add(`${res.status} ${res.headers.get('location')} ${await res.text()}`)
    ;(isKnown ? known : unknown).push(ns)
  }
  const z = mannWhitneyZ(known, unknown)
  process.stdout.write(
    `enumeration timing: ${known.length} known, ${unknown.length} unknown, Mann-Whitney z = ${z.toFixed(2)}\n`,
  )
  expect(bodies.size).toBe(1)
  expect(Math.abs(z)).toBeLessThan(3)
})

/** Every series of the operator's metrics that is about Veto, but the durations (they are timing). */
async function figures(): Promise<Map<string, number>> {
  const text = await (
    await t.app.request('http://localhost/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text()
  return new Map(
    text
      .split('\n')
      .filter((l) => l.startsWith('veto_') && !l.startsWith('veto_http_request_duration'))
      .map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))]),
  )
}

it('moves no metric differently for a known address than for an unknown one', async () => {
  const b = new Browser(t.app)
  await b.get('/signin')
  const delta = async (emails: string[]) => {
    const before = await figures()
    for (const email of emails) await b.post('/signin', { email })
    const after = await figures()
    return new Map([...after].map(([k, v]) => [k, v - (before.get(k) ?? 0)]))
  }
  const known = await delta(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'ana@example.com' : 'bo@example.com')))
  const unknown = await delta(Array.from({ length: 20 }, (_, i) => `stranger-${i}@example.com`))
  expect(unknown).toEqual(known)
  expect(known.get('veto_signin_links_requested_total')).toBe(20)
})

it('keeps in the outbox, once its mail is handled, nothing of an address without an account', async () => {
  const catcher = await startMailCatcher()
  const mailer = createSmtpMailer(catcher.url, 'Veto <no-reply@veto.invalid>')
  try {
    const b = new Browser(t.app)
    await b.get('/signin')
    for (const email of ['ana@example.com', 'outsider-1@example.com', 'bo@example.com', 'outsider-2@example.com'])
      await b.post('/signin', { email })
    const worker = createOutboxWorker({
      outbox: t.f.veto.outbox,
      mailer,
      seal: t.f.veto.mailSeal,
      clock: () => t.f.now,
      batch: 1000,
    })
    while ((await worker.runOnce()) > 0) {
      /* until every due mail is handled */
    }
    const rows = await t.f.veto.store.portal.listMail()
    expect(
      rows.some(
        (m) =>
          m.to.startsWith('outsider') ||
          m.to.startsWith('nobody') ||
          m.to.startsWith('stranger') ||
          m.to.startsWith('warm'),
      ),
    ).toBe(false)
    expect(rows.filter((m) => m.kind === 'signin').every((m) => m.body === '' && m.sentAt !== null)).toBe(true)
    expect(catcher.messages.some((m) => m.to.startsWith('outsider'))).toBe(false)
  } finally {
    mailer.close()
    await catcher.close()
  }
})
