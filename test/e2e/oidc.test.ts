/**
 * Sign-in through a real OpenID Connect provider (oidc-provider on loopback, with its
 * development login pages) driven in Chromium: the way a platform plugs Veto into its own accounts.
 */
import { createServer, type Server } from 'node:http'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'
import pino from 'pino'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../src/server/start-server.js'
import { initVeto, openVeto, type Veto } from '../../src/veto.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { openBrowser } from '../fixtures/browser.js'

let idp: Server
let veto: Veto
let server: RunningServer
const dir = mkdtempSync(join(tmpdir(), 'veto-oidc-'))

beforeAll(async () => {
  idp = createServer()
  await new Promise<void>((r) => idp.listen(0, '127.0.0.1', r))
  const issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`
  const vetoPort = await new Promise<number>((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port
      s.close(() => r(p))
    })
  })
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: 'veto',
        client_secret: 'test-secret',
        redirect_uris: [`http://localhost:${vetoPort}/signin/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    // The development login accepts any name; the test signs in as Ana, whose address is verified.
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, email: `${sub}@example.com`, email_verified: true }),
    }),
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    cookies: { keys: ['test-cookie-key'] },
    pkce: { required: () => true },
  } as never)
  provider.proxy = false
  idp.on('request', provider.callback())
  const dataDir = join(dir, 'data')
  await initVeto({ dataDir, env: {} })
  const cfgFile = join(dataDir, 'veto.json')
  writeFileSync(
    cfgFile,
    JSON.stringify({
      ...JSON.parse(readFileSync(cfgFile, 'utf8')),
      oidc: { issuer, client_id: 'veto', client_secret: 'test-secret', label: 'Example Social' },
      server: { public_url: `http://localhost:${vetoPort}` },
      console: { members: [{ email: 'dpo@example.com', role: 'reviewer' }] },
    }),
  )
  writeFileSync(join(dir, 'a.csv'), ACCOUNTS_CSV)
  veto = await openVeto({ dataDir, env: {} })
  await veto.imports.importFile('accounts', join(dir, 'a.csv'))
  server = await startServer({ veto, port: vetoPort, host: '127.0.0.1', logger: pino({ level: 'silent' }) })
  Object.assign(server, { url: `http://localhost:${vetoPort}` })
})

afterAll(async () => {
  await server?.close()
  await veto?.close()
  await new Promise((r) => idp?.close(r))
  rmSync(dir, { recursive: true, force: true })
})

it("signs in through the platform's provider and shows the person's accounts", async () => {
  const { page, close } = await openBrowser()
  try {
    // step: choose the provider on the sign-in page
    await page.goto(`${server.url}/signin`)
    await page.getByRole('link', { name: 'Sign in with Example Social' }).click()
    // step: log in at the provider (its development pages) and consent
    await page.locator('input[name=login]').fill('ana')
    await page.locator('input[name=password]').fill('any')
    await page.locator('button[type=submit]').click()
    await page.locator('button[type=submit]').click()
    // step: back at Veto, signed in as Ana
    await page.getByRole('heading', { name: 'My objections' }).waitFor()
    const text = await page.locator('main').textContent()
    expect(text).toContain('fb-ana (facebook)')
    expect(text).toContain('ig-ana (instagram)')
    expect(text).not.toContain('fb-bo')
  } finally {
    await close()
  }
})

it('signs a console member in through the provider, and sends anyone else back told why', async () => {
  const as = async (login: string) => {
    const { page, close } = await openBrowser()
    await page.goto(`${server.url}/console/signin`)
    await page.getByRole('link', { name: 'Sign in with Example Social' }).click()
    await page.locator('input[name=login]').fill(login)
    await page.locator('input[name=password]').fill('any')
    await page.locator('button[type=submit]').click()
    await page.locator('button[type=submit]').click()
    return { page, close }
  }
  const member = await as('dpo')
  try {
    await member.page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor()
    expect(await member.page.locator('main').textContent()).toContain('Signed in as dpo, reviewer.')
    // A console session, and no person's session with it.
    const cookies = (await member.page.context().cookies()).map((c) => c.name)
    expect(cookies).toContain('__Host-veto_console')
    expect(cookies).not.toContain('__Host-veto_session')
  } finally {
    await member.close()
  }
  const person = await as('ana')
  try {
    await person.page.getByRole('alert').waitFor()
    expect(await person.page.getByRole('alert').textContent()).toContain('is not a member of the console')
    const cookies = (await person.page.context().cookies()).map((c) => c.name)
    expect(cookies).not.toContain('__Host-veto_console')
    expect(cookies).not.toContain('__Host-veto_session')
  } finally {
    await person.close()
  }
})
