import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../src/server/start-server.js'
import { CATALOGS, type Lang } from '../../src/i18n/messages.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { openBrowser, serveWithInbox } from '../fixtures/browser.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname
let f: VetoFolder
let server: RunningServer
const closers: (() => Promise<void>)[] = []

beforeAll(async () => {
  f = await createVetoFolder('sqlite', Date.now())
  f.now = Date.now()
  const accountsCsv = ACCOUNTS_CSV.replaceAll('2016-01-01', '2016-01-02')
  await f.veto.imports.importFile(
    'accounts',
    f.write(
      'a.csv',
      `${accountsCsv}fb-cleo,facebook,cleo@example.com,1990-04-04,FR,c-cleo,2016-01-02T00:00:00Z
fb-dawid,facebook,dawid@example.com,1991-05-05,PL,c-dawid,2016-01-02T00:00:00Z
`,
    ),
  )
  Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
  server = await serveWithInbox(f.veto)
})
afterAll(async () => {
  await server?.close()
  await f?.dispose()
  for (const close of closers) await close().catch(() => undefined)
})

async function browser(locale: string): Promise<{ context: BrowserContext; page: Page }> {
  const opened = await openBrowser(locale)
  closers.push(opened.close)
  return opened
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true })

/** What a person reads, from the language's catalog: the flow must work in each. */
const words = (lang: Lang) => {
  const m = CATALOGS[lang]
  return {
    signin: m['nav.signin'],
    email: m['signin.email'],
    send: m['signin.submit'],
    object: m['nav.object'],
    submit: m['object.submit'],
    reason: m['object.reason'],
    done: m['object.done.title'],
    covers: m['object.done.covers'],
    withdraw: m['status.withdraw'],
    confirm: m['withdraw.confirm'],
    withdrawn: m['withdraw.done.title'],
    subject: m['mail.confirmation.subject'],
    status: m['nav.status'],
  }
}

// Ana has three accounts (two addresses) in one center; the others one each.
const PEOPLE = [
  ['en', 'en-GB', 'ana@example.com'],
  ['de', 'de-DE', 'bo@example.com'],
  ['fr', 'fr-FR', 'cleo@example.com'],
  ['pl', 'pl-PL', 'dawid@example.com'],
] as const

describe.each(PEOPLE)('the portal in %s', (lang, locale, email) => {
  it(
    'signs in by e-mail link, objects, confirms on screen and by mail, ' +
      'and withdraws after a step that says what changes',
    async () => {
      const x = words(lang)
      const { context, page } = await browser(locale)
      try {
        // step: the notice
        await page.goto(`${server.url}/`)
        await page.getByRole('heading', { level: 1 }).waitFor()
        expect(await page.locator('html').getAttribute('lang')).toBe(lang)
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
        await page.getByRole('button', { name: x.submit, exact: true }).click()
        // step: the confirmation lists every covered account
        await page.getByRole('heading', { name: x.done }).waitFor()
        const covered = await page.getByRole('list', { name: x.covers }).getByRole('listitem').allTextContents()
        expect(covered).toEqual(
          lang === 'en'
            ? ['fb-ana (facebook)', 'ig-ana (instagram)', 'th-ana (threads)']
            : [`fb-${email.split('@')[0]} (facebook)`],
        )
        await shot(page, `${lang}-4-confirmation`)
        // step: the confirmation mail says the same, in the same language
        const confirmation = await server.inbox!.waitFor((m) => m.to === email && m.subject === x.subject)
        for (const a of covered) expect(confirmation.text).toContain(a)
        // step: withdraw from the status page, through a step that says what changes
        await page.getByRole('navigation').getByRole('link', { name: x.status }).click()
        await shot(page, `${lang}-5-status`)
        await page.getByRole('link', { name: x.withdraw }).click()
        await page.getByRole('button', { name: x.confirm }).waitFor()
        await shot(page, `${lang}-6-withdraw`)
        await page.getByRole('button', { name: x.confirm }).click()
        await page.getByRole('heading', { name: x.withdrawn }).waitFor()
        await server.inbox!.waitFor((m) => m.to === email && m.subject === CATALOGS[lang]['mail.withdrawal.subject'])
      } finally {
        await context.close()
      }
    },
  )
})

describe('the portal under an opt-in policy', () => {
  let consent: VetoFolder
  let consentServer: RunningServer
  beforeAll(async () => {
    consent = await createVetoFolder('sqlite', Date.now(), { server: { policy: 'consent' } })
    await consent.veto.imports.importFile(
      'accounts',
      consent.write('a.csv', ACCOUNTS_CSV.replaceAll('2016-01-01', '2016-01-02')),
    )
    Object.defineProperty(consent, 'now', { get: () => Date.now(), set: () => {} })
    consentServer = await serveWithInbox(consent.veto)
  })
  afterAll(async () => {
    await consentServer?.close()
    await consent?.dispose()
  })

  it('lets a person give consent and withdraw it as easily', async () => {
    const m = CATALOGS.en
    const { context, page } = await browser('en-GB')
    try {
      await page.goto(`${consentServer.url}/`)
      await page.getByRole('heading', { name: m['notice.title.opt_in'] }).waitFor()
      await page.getByRole('link', { name: m['nav.signin'], exact: true }).click()
      await page.getByLabel(m['signin.email']).fill('bo@example.com')
      await page.getByRole('button', { name: m['signin.submit'] }).click()
      const mail = await consentServer.inbox!.waitFor((x) => x.to === 'bo@example.com' && /token=/.test(x.text))
      await page.goto(/(http\S+token=[\w-]+)/.exec(mail.text)?.[1] ?? '')
      await page.getByRole('button', { name: m['nav.signin'] }).click()
      await page.getByRole('heading', { name: m['status.title.opt_in'] }).waitFor()
      // One click to give, on the form the navigation leads to …
      await page.getByRole('navigation').getByRole('link', { name: m['nav.consent'], exact: true }).click()
      await shot(page, 'en-7-consent')
      await page.getByRole('button', { name: m['consent.submit'] }).click()
      await page.getByRole('heading', { name: m['consent.done.title'] }).waitFor()
      await consentServer.inbox!.waitFor(
        (x) => x.to === 'bo@example.com' && x.subject === m['mail.confirmation.subject.opt_in'],
      )
      // … and two to withdraw: the link on the status page, then the button that says what changes.
      await page.getByRole('navigation').getByRole('link', { name: m['nav.status.consent'] }).click()
      await page.getByRole('link', { name: m['status.withdraw.opt_in'] }).click()
      await shot(page, 'en-8-consent-withdraw')
      await page.getByRole('button', { name: m['withdraw.confirm'] }).click()
      await page.getByRole('heading', { name: m['withdraw.done.title.opt_in'] }).waitFor()
      const [filing] = await consent.veto.store.filingsFor(['fb-bo'])
      expect(filing).toMatchObject({ type: 'consent' })
      expect((await consent.veto.store.findFiling(filing?.id ?? ''))?.withdrawal).not.toBeNull()
    } finally {
      await context.close()
    }
  })
})
