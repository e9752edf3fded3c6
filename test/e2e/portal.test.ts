/**
 * The portal in a real browser (Debian's Chromium, driven by playwright-core), found by role
 * and label as a person with a screen reader would: sign in by the link from the mail, object,
 * read the confirmation page and mail, withdraw — in English and in German. Each page is
 * saved under docs/screenshots/.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/server/start-server.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname
let f: VetoFolder
let server: RunningServer
const profiles: string[] = []

beforeAll(async () => {
  f = await createVetoFolder('sqlite', Date.now())
  f.now = Date.now()
  await f.veto.imports.importFile('accounts', f.write('a.csv', ACCOUNTS_CSV.replaceAll('2016-01-01', '2016-01-02')))
  Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
  server = await startServer({ veto: f.veto, port: 0, host: '127.0.0.1', catchMail: true, logger: pino({ level: 'silent' }), outboxIntervalMs: 50 })
})
afterAll(async () => {
  await server?.close()
  await f?.dispose()
  for (const p of profiles) rmSync(p, { recursive: true, force: true })
})

async function browser(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const profile = mkdtempSync(join(tmpdir(), 'veto-chromium-'))
  profiles.push(profile)
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, locale,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--lang=${locale}`],
  })
  const page = context.pages()[0] ?? await context.newPage()
  return { context, page }
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

const TEXT = {
  en: { signin: 'Sign in', email: 'E-mail address', send: 'Send me a link', object: 'Object', reason: 'Reason (optional)', done: 'Your objection is recorded', covers: 'It covers these accounts:', withdraw: 'Withdraw this objection', withdrawn: 'Withdrawn', subject: 'Your objection is recorded', status: 'My objections' },
  de: { signin: 'Anmelden', email: 'E-Mail-Adresse', send: 'Link zusenden', object: 'Widersprechen', reason: 'Begründung (freiwillig)', done: 'Ihr Widerspruch ist eingegangen', covers: 'Er gilt für diese Konten:', withdraw: 'Diesen Widerspruch zurückziehen', withdrawn: 'Zurückgezogen', subject: 'Ihr Widerspruch ist eingegangen', status: 'Meine Widersprüche' },
}

describe.each([['en', 'en-GB', 'ana@example.com'], ['de', 'de-DE', 'bo@example.com']] as const)('the portal in %s', (lang, locale, email) => {
  it('signs in by e-mail link, objects, confirms on screen and by mail, and withdraws', async () => {
    const x = TEXT[lang]
    const { context, page } = await browser(locale)
    try {
      // step: the notice
      await page.goto(`${server.url}/`)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await shot(page, `${lang}-1-notice`)
      // step: ask for a sign-in link
      await page.getByRole('link', { name: x.signin, exact: true }).click()
      await page.getByLabel(x.email).fill(email)
      await shot(page, `${lang}-2-signin`)
      await page.getByRole('button', { name: x.send }).click()
      // step: open the link from the mail
      const mail = await server.inbox!.waitFor((m) => m.to === email && /token=/.test(m.text))
      const link = /(http\S+token=[\w-]+)/.exec(mail.text)?.[1] ?? ''
      await page.goto(link)
      await page.getByRole('button', { name: x.signin }).click()
      await page.getByRole('heading', { name: x.status }).waitFor()
      // step: object
      await page.getByRole('navigation').getByRole('link', { name: x.object, exact: true }).click()
      await page.getByLabel(x.reason).fill('Not for machines.')
      await shot(page, `${lang}-3-object`)
      await page.getByRole('button', { name: x.object, exact: true }).click()
      // step: the confirmation lists every covered account
      await page.getByRole('heading', { name: x.done }).waitFor()
      const covered = await page.getByRole('list', { name: x.covers }).getByRole('listitem').allTextContents()
      expect(covered).toEqual(lang === 'en' ? ['fb-ana (facebook)', 'ig-ana (instagram)', 'th-ana (threads)'] : ['fb-bo (facebook)'])
      await shot(page, `${lang}-4-confirmation`)
      // step: the confirmation mail says the same
      const confirmation = await server.inbox!.waitFor((m) => m.to === email && m.subject === x.subject)
      for (const a of covered) expect(confirmation.text).toContain(a)
      // step: withdraw on the status page
      await page.getByRole('navigation').getByRole('link', { name: x.status }).click()
      await shot(page, `${lang}-5-status`)
      await page.getByRole('button', { name: x.withdraw }).click()
      await page.getByText(x.withdrawn).waitFor()
    } finally {
      await context.close()
    }
  })
})
