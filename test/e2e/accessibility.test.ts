/**
 * Every portal page, in three languages, at 1280 px and at 320 px, checked in Chromium by
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA): no violation; and at 320 px no page may be wider
 * than the screen (WCAG 1.4.10, reflow), long ids included.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS } from '../../src/i18n/messages.js'
import type { RunningServer } from '../../src/server/start-server.js'
import { auditor, focused } from '../fixtures/axe.js'
import { openBrowser, serveWithInbox } from '../fixtures/browser.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

// Ids as long as a platform may make them: they must wrap, not push the page sideways.
const LONG = 'x'.repeat(60)
const LANGS = [
  ['en', 'en-GB'],
  ['de', 'de-DE'],
  ['pl', 'pl-PL'],
] as const
// One person a language, each with an account, a center and items of long ids.
const ACCOUNTS = `id,network,email,birthdate,country,center,created_at\n${LANGS.map(
  ([l]) => `fb-${l}-${LONG},facebook,${l}@example.com,1985-03-02,DE,c-${l}-${LONG},2016-01-02T00:00:00Z\n`,
).join('')}`
const item = (id: string, lang: string) =>
  JSON.stringify({
    id,
    account: `fb-${lang}-${LONG}`,
    kind: 'post',
    visibility: 'public',
    published_at: '2024-02-01T10:00:00Z',
    text: 'x',
  })

let f: VetoFolder
let server: RunningServer
beforeAll(async () => {
  f = await createVetoFolder('sqlite', Date.now())
  Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
  await f.veto.imports.importFile('accounts', f.write('a.csv', ACCOUNTS))
  const content = f.write(
    'c.jsonl',
    LANGS.flatMap(([l]) => [item(`post-${l}-${LONG}-1`, l), item(`post-${l}-${LONG}-2`, l)]).join('\n'),
  )
  await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse('2025-05-27T00:00:00Z'), content: [content] })
  server = await serveWithInbox(f.veto)
}, 60_000)
afterAll(async () => {
  await server?.close()
  await f?.dispose()
})

describe.each(LANGS)('the portal in %s', (lang, locale) => {
  it('has no axe-core violation and no sideways scrolling, at 1280 and 320 px', { timeout: 120_000 }, async () => {
    const m = CATALOGS[lang]
    const { page, close } = await openBrowser(locale, { width: 1280, height: 900 })
    const { visit, problems } = auditor(page, lang)
    try {
      await visit('notice', () => page.goto(`${server.url}/`))
      await visit('sign-in', () => page.goto(`${server.url}/signin`))
      await visit('request', () => page.goto(`${server.url}/request`))
      await visit('request refused', () => page.getByRole('button', { name: m['request.submit'] }).click())
      await page.getByLabel(m['request.items']).fill(`post-${lang}-${LONG}-1`)
      await page.getByLabel(m['request.description']).fill('It shows me.')
      await visit('request sent', () => page.getByRole('button', { name: m['request.submit'] }).click())
      expect(await focused(page), 'after a request').toMatchObject({ role: 'status' })
      await page.goto(`${server.url}/signin`)
      await page.getByLabel(m['signin.email']).fill(`${lang}@example.com`)
      await visit('sign-in sent', () => page.getByRole('button', { name: m['signin.submit'] }).click())
      const mail = await server.inbox!.waitFor((x) => x.to === `${lang}@example.com` && /token=/.test(x.text))
      await visit('sign-in confirm', () => page.goto(/(http\S+token=[\w-]+)/.exec(mail.text)?.[1] ?? ''))
      await visit('status', () => page.getByRole('button', { name: m['nav.signin'] }).click())
      await visit('object', () => page.goto(`${server.url}/object`))
      await visit('objected', () => page.getByRole('button', { name: m['object.submit'], exact: true }).click())
      expect(await focused(page), 'after objecting').toMatchObject({ role: 'status' })
      await visit('objection', () =>
        page
          .getByRole('navigation')
          .getByRole('link', { name: m['nav.status'] })
          .click()
          .then(() => page.getByRole('link', { name: m['status.withdraw'] }).first().click()),
      )
      await visit('withdrawn', () => page.getByRole('button', { name: m['withdraw.confirm'] }).click())
      // What happened is said where the focus lands, and read at once.
      expect(await focused(page), 'after withdrawing').toMatchObject({
        role: 'status',
        text: expect.stringContaining(m['withdraw.done.text'].split('{')[0]?.trim() ?? ''),
      })
      // The status page names each objection by what it is and its day, not by a raw id.
      await page.getByRole('navigation').getByRole('link', { name: m['nav.status'] }).click()
      const before = m['status.section'].split('{date}')[0] ?? ''
      await page.getByRole('heading', { name: before.trim() }).first().waitFor()
      const headings = await page.getByRole('heading', { level: 2 }).allTextContents()
      // "Objection of 2 December 2026", its day in the person's time zone.
      expect(
        headings.some((h) => h.startsWith(before) && /\b20\d\d\b/.test(h)),
        headings.join(' | '),
      ).toBe(true)
      await visit('my data', () => page.goto(`${server.url}/me/data`))
      await visit('not found', () => page.goto(`${server.url}/nowhere`))
    } finally {
      await close()
    }
    expect(problems).toEqual([])
  })
})
