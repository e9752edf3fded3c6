/**
 * The privacy team's console in Chromium against `veto serve`: a member signs in by the link
 * the mail catcher receives, reads the figures and their chart, takes a case from the queue and
 * decides it, and verifies a snapshot. Screenshots go to docs/screenshots; every console page,
 * in English, German and Polish at 1280 and 320 px, passes axe-core with no sideways scrolling.
 */
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS } from '../../src/i18n/messages.js'
import { resolvePolicy } from '../../src/services/policies.js'
import type { RunningServer } from '../../src/server/start-server.js'
import { auditor, focused } from '../fixtures/axe.js'
import { openBrowser, serveWithInbox } from '../fixtures/browser.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname
const DAY = 86_400_000
const MEMBERS = [
  { email: 'dpo@platform.example', role: 'reviewer', name: 'dpo' },
  { email: 'analyst@platform.example', role: 'viewer' },
]
const COUNTRIES = ['DE', 'AT', 'PL', 'FR', 'IT']
const NETWORKS = ['facebook', 'instagram', 'threads']
// Sixty people, some on two networks, born across the decades; a few under the minimum age.
const ACCOUNTS = `id,network,email,birthdate,country,center,created_at\n${Array.from({ length: 60 }, (_, i) => {
  const birth = i % 15 === 0 ? '2012-04-01' : `${1960 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}`
  const row = (n: string) =>
    `${n.slice(0, 2)}-${i},${n},person${i}@example.com,${birth},${COUNTRIES[i % 5]},c-${i},2016-01-01T00:00:00Z\n`
  return row(NETWORKS[i % 3] as string) + (i % 4 === 0 ? row(NETWORKS[(i + 1) % 3] as string) : '')
}).join('')}`

let f: VetoFolder
let server: RunningServer
let overdueCase = ''
let freshCase = ''
let snapshot = ''
beforeAll(async () => {
  // A request received 45 days ago, and due 15 days ago; from then on the clock is the real one.
  f = await createVetoFolder('sqlite', Date.now() - 45 * DAY, { console: { members: MEMBERS } })
  await f.veto.imports.importFile('accounts', f.write('a.csv', ACCOUNTS))
  overdueCase = (
    await f.veto.cases.receive({
      items: ['post-7', 'post-8'],
      description: 'These photos show me at a private party; I never agreed to them being public.',
      contact: 'requester@example.org',
      channel: 'form',
    })
  ).id
  Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
  // A rush before the deadline (27 May 2025), a tail of late objections after it, some withdrawn.
  const start = Date.parse('2025-05-12T09:00:00Z')
  let n = 0
  for (let d = 0; d < 24; d++) {
    const perDay = d < 15 ? 1 + Math.floor(d / 3) : Math.max(1, 6 - (d - 15))
    for (let k = 0; k < perDay && n < 60; k++, n++) {
      const at = start + d * DAY + k * 3_600_000
      const filed = await f.veto.filings.file({
        type: 'objection',
        target: { email: `person${n}@example.com` },
        at,
        channel: n % 3 === 0 ? 'api' : 'portal',
      })
      if (n % 7 === 3) await f.veto.filings.withdraw(filed.filing.id, { at: at + 2 * DAY })
    }
  }
  for (let i = 0; i < 60; i += 2)
    await f.veto.notices.record({
      account: `${(NETWORKS[i % 3] as string).slice(0, 2)}-${i}`,
      deliveredAt: Date.parse('2025-05-02T08:00:00Z'),
      policy: { name: 'meta-2025', version: 1 },
      lang: i % 5 === 1 ? 'de' : 'en',
    })
  freshCase = (
    await f.veto.cases.receive({
      items: ['post-3'],
      description: 'My child is in this picture.',
      evidence: 'I am the parent; the school can confirm.',
      channel: 'api',
    })
  ).id
  const item = (id: string, account: string, kind: string, lang: string) =>
    JSON.stringify({ id, account, kind, lang, visibility: 'public', published_at: '2024-02-01T10:00:00Z', text: 'x' })
  const content = f.write(
    'c.jsonl',
    Array.from({ length: 60 }, (_, i) =>
      item(
        `post-${i}`,
        `${(NETWORKS[i % 3] as string).slice(0, 2)}-${i}`,
        i % 4 ? 'post' : 'comment',
        i % 3 ? 'en' : 'de',
      ),
    ).join('\n'),
  )
  snapshot = (
    await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse('2025-05-27T00:00:00Z'), content: [content] })
  ).record.id
  await f.veto.models.register('assistant-eu-1', [snapshot])
  // The notice campaign: its mails wait in the outbox until the server's worker hands them over.
  await f.veto.notices.queue(resolvePolicy('meta-2025', []), 'https://platform.example/privacy')
  await f.veto.ledger.checkpoint()
  server = await serveWithInbox(f.veto)
}, 120_000)
afterAll(async () => {
  await server?.close()
  await f?.dispose()
})

/** Signs a member in through the page and the link the mail catcher received. */
async function signIn(page: Page, email: string, lang: keyof typeof CATALOGS) {
  const m = CATALOGS[lang]
  const since = Date.now()
  await page.goto(`${server.url}/console/signin`)
  await page.getByLabel(m['signin.email']).fill(email)
  await page.getByRole('button', { name: m['signin.submit'] }).click()
  await page.getByRole('heading', { name: m['signin.sent.title'] }).waitFor()
  const mail = await server.inbox!.waitFor(
    (x) => x.to === email && x.receivedAt >= since && /\/console\/signin\/verify\?token=/.test(x.text),
  )
  await page.goto(/(http\S+\/console\/signin\/verify\?token=[\w-]+)/.exec(mail.text)?.[1] ?? '')
  await page.getByRole('button', { name: m['signin.confirm.submit'] }).click()
  await page.getByRole('heading', { level: 1, name: m['console.overview.title'] }).waitFor()
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

it('takes a reviewer from the figures to a decided case and a verified snapshot', { timeout: 120_000 }, async () => {
  const m = CATALOGS.en
  const { page, close } = await openBrowser('en-GB', { width: 1280, height: 900 })
  try {
    await signIn(page, 'dpo@platform.example', 'en')
    // The chart is a picture with a text alternative, and its numbers are a table too.
    const chart = page.getByRole('img', { name: m['console.chart.title'] })
    await expect(chart.count()).resolves.toBe(1)
    expect(await page.locator('svg polyline').count()).toBe(4)
    await expect(page.getByRole('table', { name: m['console.totals.caption'] }).textContent()).resolves.toMatch(/60/)
    await shot(page, 'console-1-overview')

    await page.getByRole('navigation').getByRole('link', { name: m['console.nav.cases'] }).click()
    const rows = await page.getByRole('row').allTextContents()
    // Overdue first.
    expect(rows[1]).toContain(overdueCase)
    expect(rows[1]).toContain(m['console.status.overdue'])
    await shot(page, 'console-2-cases')

    await page.getByRole('link', { name: overdueCase }).click()
    await page.getByText('private party').waitFor()
    await shot(page, 'console-3-case')
    await page.getByRole('checkbox', { name: 'post-8' }).uncheck()
    await page.getByRole('button', { name: m['console.case.accept'], exact: true }).click()
    expect(await focused(page)).toMatchObject({ role: 'status', text: expect.stringContaining(overdueCase) })
    expect(await f.veto.cases.get(overdueCase)).toMatchObject({
      status: 'accepted',
      exclusions: [{ contentId: 'post-7' }],
      decision: { reviewer: 'console:dpo' },
    })

    await page.getByRole('navigation').getByRole('link', { name: m['console.nav.snapshots'] }).click()
    await page.getByRole('table', { name: m['console.snapshot.out.caption'] }).waitFor()
    await shot(page, 'console-4-snapshots')
    await page
      .getByRole('region', { name: snapshot })
      .getByRole('button', { name: m['console.snapshot.verify'] })
      .click()
    expect(await focused(page)).toMatchObject({
      role: 'status',
      text: expect.stringContaining('is as it was sealed'),
    })
    await page.getByRole('navigation').getByRole('link', { name: m['console.nav.ledger'] }).click()
    await page.getByText('snapshot.verified').first().waitFor()
    await shot(page, 'console-5-ledger')
  } finally {
    await close()
  }
})

describe.each([
  ['en', 'en-GB'],
  ['de', 'de-DE'],
  ['pl', 'pl-PL'],
] as const)('the console in %s', (lang, locale) => {
  it('has no axe-core violation and no sideways scrolling, at 1280 and 320 px', { timeout: 120_000 }, async () => {
    const m = CATALOGS[lang]
    const { page, close } = await openBrowser(locale, { width: 1280, height: 900 })
    const { visit, problems } = auditor(page, `${lang} console`)
    try {
      await visit('sign-in', () => page.goto(`${server.url}/console/signin`))
      await signIn(page, 'analyst@platform.example', lang)
      await visit('overview', () => page.goto(`${server.url}/console`))
      await visit('cases', () => page.goto(`${server.url}/console/cases`))
      await visit('case (viewer)', () => page.goto(`${server.url}/console/cases/${freshCase}`))
      await visit('snapshots', () => page.goto(`${server.url}/console/snapshots`))
      await visit('verified', () => page.getByRole('button', { name: m['console.snapshot.verify'] }).first().click())
      await visit('models', () => page.goto(`${server.url}/console/models`))
      await visit('ledger', () => page.goto(`${server.url}/console/ledger`))
      await signIn(page, 'dpo@platform.example', lang)
      await visit('case (reviewer)', () => page.goto(`${server.url}/console/cases/${freshCase}`))
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })
})
