/**
 * Server mode (docs/architecture.md, "Scale"): two `veto serve` processes on one PostgreSQL store share
 * everything that matters. A rate limit counted in one process holds in the other; a session
 * opened in one is good in the other; an API token and an Idempotency-Key work across both;
 * and each confirmation mail goes out once although both run an outbox worker.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { type MailCatcher, startMailCatcher } from '../../src/mail/mail-catcher.js'
import { createApiTokenService } from '../../src/services/api-tokens.js'
import { newId } from '../../src/services/ids.js'
import { createSessionService } from '../../src/services/sessions.js'
import { BIN } from '../fixtures/cli.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const LIMIT = 4
let f: VetoFolder
let catcher: MailCatcher
const servers: ChildProcess[] = []
const bases: string[] = []
let token: string

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  catcher = await startMailCatcher()
  f = await createVetoFolder('postgres', Date.now())
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS_CSV))
  token = (
    await createApiTokenService({ store: f.veto.store, clock: Date.now, newId }).create('two', [
      'objections:write',
      'objections:read',
    ])
  ).token
  const data = join(f.dir, 'data')
  const configFile = join(data, 'veto.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8'))
  writeFileSync(
    configFile,
    JSON.stringify({
      ...config,
      server: { public_url: 'http://localhost', rate_limit_per_minute: LIMIT },
      mail: { smtp_url: catcher.url },
    }),
  )
  for (let i = 0; i < 2; i++) {
    const port = await freePort()
    servers.push(
      spawn(process.execPath, [BIN, 'serve', '--data', data, '--port', String(port)], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: 'ignore',
      }),
    )
    bases.push(`http://127.0.0.1:${port}`)
  }
  for (const base of bases) {
    for (let up = false; !up; ) {
      up = await fetch(`${base}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
      if (!up) await new Promise((r) => setTimeout(r, 50))
    }
  }
})

afterAll(async () => {
  for (const s of servers) {
    s.kill('SIGTERM')
    await new Promise((r) => s.once('exit', r))
  }
  await catcher.close()
  await f.dispose()
})

/** Cookies shared across both servers, as one browser would carry them to one site. */
class Browser {
  readonly cookies = new Map<string, string>()
  async request(base: string, path: string, init: RequestInit = {}) {
    const res = await fetch(`${base}${path}`, {
      redirect: 'manual',
      ...init,
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    })
    for (const c of res.headers.getSetCookie()) {
      const [k, v] = (c.split(';')[0] ?? '').split('=')
      if (k) this.cookies.set(k, v ?? '')
    }
    return res
  }
  post(base: string, path: string, fields: Record<string, string>) {
    return this.request(base, path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrf: this.cookies.get('__Host-veto_csrf') ?? '', ...fields }),
    })
  }
}

it("holds a client's rate limit across both processes", async () => {
  // A fixed window of a minute: start well inside one.
  const left = 60_000 - (Date.now() % 60_000)
  if (left < 15_000) await new Promise((r) => setTimeout(r, left + 100))
  const b = new Browser()
  await b.request(bases[0] as string, '/signin')
  const statuses: number[] = []
  for (let i = 0; i < LIMIT + 2; i++) {
    statuses.push((await b.post(bases[i % 2] as string, '/signin', { email: `someone${i}@example.com` })).status)
  }
  expect(statuses).toEqual([...Array(LIMIT).fill(303), 429, 429])
})

it('signs in at one process and serves the session at the other', async () => {
  // The link is asked for here, beside the servers: the client's sign-in budget is spent above.
  const asked = Date.now()
  await createSessionService(
    { store: f.veto.store, clock: Date.now, newId },
    { publicUrl: 'http://localhost', signinLinkMinutes: 15, sessionHours: 12, seal: f.veto.mailSeal },
  ).requestLink('bo@example.com', 'en')
  // One of the two servers' workers delivers it.
  const mail = await catcher.waitFor((m) => m.to === 'bo@example.com' && m.receivedAt >= asked, 20_000)
  const link = /token=([\w-]+)/.exec(mail.text)?.[1] ?? ''
  const b = new Browser()
  await b.request(bases[0] as string, '/signin')
  expect((await b.post(bases[0] as string, '/signin/verify', { token: link })).status).toBe(303)
  const me = await b.request(bases[1] as string, '/me')
  expect(me.status).toBe(200)
  expect(await me.text()).toContain('fb-bo')
  expect((await b.post(bases[1] as string, '/signin/verify', { token: link })).status).toBe(400)
})

it('honours a token and an Idempotency-Key across both, and sends each confirmation once', async () => {
  const file = (base: string) =>
    fetch(`${base}/v1/objections`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'same-key' },
      body: JSON.stringify({ account: 'fb-ana' }),
    })
  const first = await file(bases[0] as string)
  const again = await file(bases[1] as string)
  expect(first.status).toBe(201)
  expect(again.status).toBe(201)
  const id = ((await first.json()) as { id: string }).id
  expect(((await again.json()) as { id: string }).id).toBe(id)
  await catcher.waitFor((m) => m.to === 'ana@example.com' && m.text.includes(id), 20_000)
  // Both workers have had their turns at the outbox by now.
  await new Promise((r) => setTimeout(r, 3000))
  expect(catcher.messages.filter((m) => m.text.includes(id))).toHaveLength(1)
}, 30_000)
