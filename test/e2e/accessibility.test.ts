/**
 * Every portal page, in three languages, at 1280 px and at 320 px, checked in Chromium by
 * axe-core (WCAG 2.0, 2.1 and 2.2, A and AA): no violation; and at 320 px no page may be wider
 * than the screen (WCAG 1.4.10, reflow), long ids included.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CATALOGS } from '../../src/i18n/messages.js'
import type { RunningServer } from '../../src/server/start-server.js'
import { openBrowser, serveWithInbox } from '../fixtures/browser.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
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

/** The element that has the focus: its role and its text. */
function focused(page: Page): Promise<{ role: string | null; text: string }> {
  return page.evaluate(() => {
    const e = (
      globalThis as unknown as {
        document: { activeElement: { getAttribute(n: string): string | null; textContent: string } | null }
      }
    ).document.activeElement
    return { role: e?.getAttribute('role') ?? null, text: e?.textContent ?? '' }
  })
}

interface Found {
  readonly id: string
  readonly nodes: string[]
}

/** axe-core's violations on the page as it stands, and how much wider than the screen it is. */
async function check(page: Page): Promise<{ violations: Found[]; overflow: number }> {
  // axe-core's source, run in the page through the debugger, which the page's CSP does not govern.
  await page.evaluate(AXE)
  const result = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }).axe
    const r = await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    })
    return {
      violations: (r.violations as { id: string; nodes: { target: string[] }[] }[]).map((v) => ({
        id: v.id,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      })),
      overflow: (() => {
        const w = globalThis as unknown as {
          innerWidth: number
          document: { documentElement: { scrollWidth: number } }
        }
        return w.document.documentElement.scrollWidth - w.innerWidth
      })(),
    }
  })
  return result
}

describe.each(LANGS)('the portal in %s', (lang, locale) => {
  it('has no axe-core violation and no sideways scrolling, at 1280 and 320 px', { timeout: 120_000 }, async () => {
    const m = CATALOGS[lang]
    const { page, close } = await openBrowser(locale, { width: 1280, height: 900 })
    const problems: string[] = []
    const visit = async (name: string, go: () => Promise<unknown>) => {
      await go()
      await page.getByRole('heading', { level: 1 }).first().waitFor()
      for (const width of [1280, 320]) {
        await page.setViewportSize({ width, height: 900 })
        const { violations, overflow } = await check(page)
        for (const v of violations) problems.push(`${lang} ${width}px ${name}: ${v.id} at ${v.nodes.join(', ')}`)
        if (width === 320 && overflow > 0) problems.push(`${lang} 320px ${name}: ${overflow} px wider than the screen`)
      }
      await page.setViewportSize({ width: 1280, height: 900 })
    }
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
