/** The portal and the API over HTTP, without a port (hono's `app.request`), on a real SQLite store. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { API_ROUTES } from '../../src/server/routes/api.js'
import { Browser, createTestApp, METRICS_TOKEN, signIn, type TestApp } from '../fixtures/app.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(async () => t.dispose())

describe('sign-in by e-mail link', () => {
  it('answers the same for a known and an unknown address, and does the same work', async () => {
    const answers = []
    for (const email of ['ana@example.com', 'nobody-here@example.com']) {
      const b = new Browser(t.app)
      await b.get('/signin')
      const res = await b.post('/signin', { email })
      answers.push({ status: res.status, location: res.headers.get('location'), body: await res.text() })
    }
    expect(answers[0]).toEqual(answers[1])
    const mails = await t.f.veto.store.portal.listMail()
    expect(mails.map((m) => [m.to, m.suppressed]).sort()).toEqual([
      ['ana@example.com', false],
      ['nobody-here@example.com', true],
    ])
  })

  it('mails a link only to the address on record, whatever form of it was typed', async () => {
    const b = new Browser(t.app)
    await b.get('/signin')
    // A fullwidth Ａ folds to A (as the Kelvin sign to K): the account is ana's, and so is the
    // mailbox the link goes to — not the typed form, which another mailbox may answer to.
    await b.post('/signin', { email: 'AN\uFF21@example.com' })
    const mails = await t.f.veto.store.portal.listMail()
    expect(mails.map((m) => [m.to, m.suppressed])).toEqual([['ana@example.com', false]])
  })

  it('uses a link once, opens a rotated __Host- session, and ends it at sign-out', async () => {
    const b = new Browser(t.app)
    await b.get('/signin')
    await b.post('/signin', { email: 'ana@example.com' })
    const token =
      /token=([\w-]+)/.exec(t.f.veto.mailSeal.open((await t.f.veto.store.portal.listMail())[0]?.body ?? ''))?.[1] ?? ''
    expect((await b.get(`/signin/verify?token=${token}`)).status).toBe(200)
    const first = await b.post('/signin/verify', { token })
    expect(first.status).toBe(303)
    expect(first.headers.get('set-cookie')).toMatch(
      /__Host-veto_session=[\w-]{22}; Path=\/; HttpOnly; Secure; SameSite=Lax/,
    )
    const session = b.cookies.get('__Host-veto_session')
    expect((await b.get('/me')).status).toBe(200)
    expect((await new Browser(t.app).post('/signin/verify', { token })).status).toBe(403)
    const again = new Browser(t.app)
    await again.get('/signin')
    expect((await again.post('/signin/verify', { token })).status).toBe(400)
    await signIn(t, b, 'ana@example.com')
    expect(b.cookies.get('__Host-veto_session')).not.toBe(session)
    await b.post('/signout', {})
    expect(b.cookies.has('__Host-veto_session')).toBe(false)
    const stale = new Browser(t.app)
    stale.cookies.set('__Host-veto_session', session ?? '')
    expect((await stale.get('/me')).headers.get('location')).toBe('/signin')
  })

  it('signs out on every device at once', async () => {
    const phone = new Browser(t.app, {}, '10.0.4.1')
    const laptop = new Browser(t.app, {}, '10.0.4.2')
    await signIn(t, phone, 'ana@example.com')
    await signIn(t, laptop, 'ana@example.com')
    expect((await laptop.get('/me')).status).toBe(200)
    expect(await (await phone.get('/me')).text()).toContain('Sign out on every device')
    expect((await phone.post('/signout', { everywhere: '1' })).status).toBe(303)
    expect((await laptop.get('/me')).headers.get('location')).toBe('/signin')
    expect((await phone.get('/me')).headers.get('location')).toBe('/signin')
  })

  it('ends every other link of the address once one is used', async () => {
    const b = new Browser(t.app)
    await b.get('/signin')
    await b.post('/signin', { email: 'ana@example.com' })
    t.f.now += 1
    await b.post('/signin', { email: 'ana@example.com' })
    const links = (await t.f.veto.store.portal.listMail())
      .filter((m) => m.kind === 'signin')
      .map((m) => /token=([\w-]+)/.exec(t.f.veto.mailSeal.open(m.body))?.[1] ?? '')
    expect(links).toHaveLength(2)
    expect((await b.post('/signin/verify', { token: links[1] as string })).status).toBe(303)
    expect((await new Browser(t.app).post('/signin/verify', { token: links[0] as string })).status).not.toBe(303)
  })

  it('refuses a link after it expired', async () => {
    const b = new Browser(t.app)
    await b.get('/signin')
    await b.post('/signin', { email: 'ana@example.com' })
    const token =
      /token=([\w-]+)/.exec(t.f.veto.mailSeal.open((await t.f.veto.store.portal.listMail())[0]?.body ?? ''))?.[1] ?? ''
    t.f.now += 16 * 60_000
    expect((await b.post('/signin/verify', { token })).status).toBe(400)
  })
})

describe('objecting in the portal', () => {
  it('files for every account of the address and its center, confirms on screen and by mail in one go', async () => {
    const b = new Browser(t.app)
    await signIn(t, b, 'ana@example.com')
    const form = await (await b.get('/object')).text()
    expect(form).toContain('value="ana@example.com" readonly')
    const res = await b.post('/object', { reason: 'CANARY-REASON-portal' })
    expect(res.status).toBe(303)
    const page = await (await b.get(res.headers.get('location') ?? '')).text()
    for (const a of ['fb-ana (facebook)', 'ig-ana (instagram)', 'th-ana (threads)']) expect(page).toContain(a)
    expect(page).toContain('Accounts with another e-mail address outside those accounts centers are not covered')
    expect(page).toContain('before the deadline')
    const mail = (await t.f.veto.store.portal.listMail()).find((m) => m.kind === 'confirmation')
    expect(mail?.accounts).toEqual(['fb-ana', 'ig-ana', 'th-ana'])
    expect(mail?.body).toContain('fb-ana (facebook)')
    expect(mail?.id).toMatch(/^mail_obj_/)
    expect(t.logs.join('')).not.toMatch(/ana@example|CANARY-REASON/)
  })

  it('shows German to a German browser and lets the person switch', async () => {
    const b = new Browser(t.app, { 'accept-language': 'de-DE,de;q=0.9,en;q=0.5' })
    const page = await (await b.get('/')).text()
    expect(page).toContain('<html lang="de">')
    expect(page).toContain('27. Mai 2025 um 00:00 GMT+2')
    expect(page).toContain('Zeiten werden in der Zeitzone Europe/Berlin angezeigt')
    await b.post('/settings', { lang: 'en', next: '/' })
    expect(await (await b.get('/')).text()).toContain('<html lang="en">')
  })

  it('withdraws an objection from the status page', async () => {
    const b = new Browser(t.app)
    await signIn(t, b, 'ana@example.com')
    await b.post('/object', {})
    const [o] = await t.f.veto.store.filingsFor(['fb-ana'])
    const status = await (await b.get('/me')).text()
    expect(status).toContain(`href="/me/objections/${o?.id}/withdraw"`)
    // A step says what changes before anything does.
    const step = await (await b.get(`/me/objections/${o?.id}/withdraw`)).text()
    expect(step).toContain('may be used in training snapshots made from now on')
    expect(step).toContain('the new objection still keeps all of your content out')
    expect((await t.f.veto.store.findFiling(o?.id ?? ''))?.withdrawal).toBeNull()
    const done = await b.post(`/me/objections/${o?.id}/withdraw`, {})
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('Your objection is withdrawn')
    expect((await t.f.veto.store.findFiling(o?.id ?? ''))?.withdrawal).not.toBeNull()
    const mail = (await t.f.veto.store.portal.listMail()).find((m) => m.kind === 'withdrawal')
    expect(mail).toMatchObject({
      to: 'ana@example.com',
      subject: 'Your objection is withdrawn',
      accounts: ['fb-ana', 'ig-ana'],
    })
    expect((await b.post(`/me/objections/${o?.id}/withdraw`, {})).status).toBe(409)
  })
})

describe('security', () => {
  it("lets someone who joined the filer's center with another address see the objection, not withdraw it", async () => {
    const ana = new Browser(t.app)
    await signIn(t, ana, 'ana@example.com')
    await ana.post('/object', {})
    const [o] = await t.f.veto.store.filingsFor(['fb-ana'])
    t.f.now += 60_000
    await t.f.veto.store.appendMemberships([{ account: 'fb-bo', center: 'c-ana', at: t.f.now, recordedAt: t.f.now }])
    t.f.now += 60_000
    const bo = new Browser(t.app, {}, '10.0.3.1')
    await signIn(t, bo, 'bo@example.com')
    const status = await (await bo.get('/me')).text()
    expect(status).toContain(o?.id)
    expect(status).toContain('only the holder of an account it was filed for can withdraw it')
    expect(status).not.toContain(`/me/objections/${o?.id}/withdraw`)
    expect((await bo.get(`/me/objections/${o?.id}/withdraw`)).status).toBe(403)
    expect((await bo.post(`/me/objections/${o?.id}/withdraw`, {})).status).toBe(403)
    expect((await t.f.veto.store.findFiling(o?.id ?? ''))?.withdrawal).toBeNull()
    expect((await ana.post(`/me/objections/${o?.id}/withdraw`, {})).status).toBe(200)
  })

  it('refuses a state change without the form token, with a wrong one, or from another site', async () => {
    const b = new Browser(t.app)
    await signIn(t, b, 'ana@example.com')
    const before = await t.f.veto.store.counts()
    expect((await b.post('/object', { csrf: '' })).status).toBe(403)
    expect((await b.post('/object', { csrf: 'x'.repeat(24) })).status).toBe(403)
    expect((await b.post('/object', {}, { origin: 'https://evil.example' })).status).toBe(403)
    expect(await t.f.veto.store.counts()).toEqual(before)
  })

  it('changes nothing on GET, on any page', async () => {
    const b = new Browser(t.app)
    await signIn(t, b, 'ana@example.com')
    await b.post('/object', {})
    const before = {
      counts: await t.f.veto.store.counts(),
      ledger: await t.f.veto.store.ledgerSize(),
      mail: (await t.f.veto.store.portal.listMail()).length,
    }
    const [o] = await t.f.veto.store.filingsFor(['fb-ana'])
    for (const path of [
      '/',
      '/signin',
      '/signin/sent',
      '/signin/verify?token=abc',
      '/object',
      '/me',
      `/me/objections/${o?.id}`,
      '/me/data',
      '/healthz',
      '/metrics',
      '/openapi.json',
      '/nope',
    ])
      await b.get(path)
    expect({
      counts: await t.f.veto.store.counts(),
      ledger: await t.f.veto.store.ledgerSize(),
      mail: (await t.f.veto.store.portal.listMail()).length,
    }).toEqual(before)
  })

  it(
    'keeps the language switch on this site, with a Secure cookie, ' +
      'and asks for HTTPS where the portal is served over it',
    async () => {
      const b = new Browser(t.app)
      await b.get('/')
      const res = await b.post('/settings', { lang: 'de', zone: 'Europe/Lisbon', next: '//evil.example/x' })
      expect(res.headers.get('location')).toBe('/')
      expect(res.headers.get('set-cookie')).toMatch(/veto_lang=de;.*Secure/)
      expect(res.headers.get('set-cookie')).toMatch(/veto_tz=Europe%2FLisbon;.*Secure/)
      expect((await b.post('/settings', { lang: 'de', next: '/me' })).headers.get('location')).toBe('/me')
      // The chosen zone is remembered: the deadline reads in Lisbon's time.
      expect(await (await b.get('/')).text()).toContain('26. Mai 2025 um 23:00 GMT+1')
      expect((await t.app.request('http://localhost/')).headers.get('strict-transport-security')).toBeNull()
      const secure = await createTestApp({ publicUrl: 'https://veto.example.org' })
      try {
        expect((await secure.app.request('http://localhost/')).headers.get('strict-transport-security')).toBe(
          'max-age=31536000; includeSubDomains',
        )
      } finally {
        await secure.dispose()
      }
    },
  )

  it('sets security headers and no-store on every page', async () => {
    for (const path of ['/', '/signin', '/me', '/nope']) {
      const res = await new Browser(t.app).get(path)
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('cache-control')).toBe('no-store')
    }
  })

  it('caps sign-in mails to one address, whatever the client address, with the same answer', async () => {
    const limited = await createTestApp({ ratePerMinute: 3 })
    try {
      const statuses = []
      for (let i = 0; i < 5; i++) {
        const b = new Browser(limited.app, {}, `10.0.0.${i}`)
        await b.get('/signin')
        statuses.push((await b.post('/signin', { email: 'ana@example.com' })).status)
      }
      expect(statuses).toEqual([303, 303, 303, 303, 303])
      expect(
        (await limited.f.veto.store.portal.listMail()).filter((m) => m.kind === 'signin' && m.to === 'ana@example.com'),
      ).toHaveLength(3)
    } finally {
      await limited.dispose()
    }
  })

  it('rate-limits sign-in per client address, whatever the target', async () => {
    const limited = await createTestApp({ ratePerMinute: 3 })
    try {
      const b = new Browser(limited.app, {}, '10.0.0.9')
      await b.get('/signin')
      const statuses = []
      for (let i = 0; i < 5; i++) statuses.push((await b.post('/signin', { email: `nobody${i}@example.com` })).status)
      expect(statuses).toEqual([303, 303, 303, 429, 429])
      const other = new Browser(limited.app, {}, '10.0.0.10')
      await other.get('/signin')
      expect((await other.post('/signin', { email: 'nobody9@example.com' })).status).toBe(303)
    } finally {
      await limited.dispose()
    }
  })

  it("spends no address's budget on a request the client limit refuses", async () => {
    const limited = await createTestApp({ ratePerMinute: 3 })
    try {
      const attacker = new Browser(limited.app, {}, '10.0.5.1')
      await attacker.get('/signin')
      for (let i = 0; i < 3; i++) await attacker.post('/signin', { email: `x${i}@example.com` })
      // Over its own limit now: these are refused, and must not count against ana's address.
      for (let i = 0; i < 3; i++)
        expect((await attacker.post('/signin', { email: 'ana@example.com' })).status).toBe(429)
      const ana = new Browser(limited.app, {}, '10.0.5.2')
      await ana.get('/signin')
      for (let i = 0; i < 3; i++) expect((await ana.post('/signin', { email: 'ana@example.com' })).status).toBe(303)
      expect(
        (await limited.f.veto.store.portal.listMail()).filter((m) => m.kind === 'signin' && m.to === 'ana@example.com'),
      ).toHaveLength(3)
    } finally {
      await limited.dispose()
    }
  })

  it("lets nobody else spend the budget of a signed-in person's objections", async () => {
    const limited = await createTestApp({ ratePerMinute: 4 })
    try {
      // An attacker asks for sign-in links to the person's address from many clients.
      for (let i = 0; i < 12; i++) {
        const attacker = new Browser(limited.app, {}, `10.0.2.${i}`)
        await attacker.get('/signin')
        await attacker.post('/signin', { email: 'ana@example.com' })
      }
      const b = new Browser(limited.app, {}, '10.0.1.1')
      await signIn(limited, b, 'ana@example.com')
      const statuses = []
      for (let i = 0; i < 5; i++) {
        await b.get('/object')
        statuses.push((await b.post('/object', { reason: '' })).status)
      }
      // The person's own session has a budget of its own: four objections a minute.
      expect(statuses).toEqual([303, 303, 303, 303, 429])
    } finally {
      await limited.dispose()
    }
  })

  it("shows nobody another person's objection, data or proof, and lets nobody withdraw it", async () => {
    const bo = new Browser(t.app)
    await signIn(t, bo, 'bo@example.com')
    await bo.post('/object', { reason: 'private' })
    const [boObjection] = await t.f.veto.store.filingsFor(['fb-bo'])
    const ana = new Browser(t.app)
    await signIn(t, ana, 'ana@example.com')
    expect((await ana.get(`/me/objections/${boObjection?.id}`)).status).toBe(404)
    expect((await ana.post(`/me/objections/${boObjection?.id}/withdraw`, {})).status).toBe(404)
    expect((await ana.get(`/me/data/snap_x/proof/bo-1`)).status).toBe(404)
    const pages = await Promise.all(['/me', '/me/data'].map(async (p) => (await ana.get(p)).text()))
    for (const p of pages) expect(p).not.toMatch(/fb-bo|bo@example|private/)
    expect((await t.f.veto.store.findFiling(boObjection?.id ?? ''))?.withdrawal).toBeNull()
  })
})

describe('REST API', () => {
  const api = async (
    method: string,
    path: string,
    token: string | null,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const res = await t.app.request(`http://localhost${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        'content-type': 'application/json',
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: res.status, body: (await res.json()) as Record<string, unknown> }
  }
  const token = async (scopes?: string[]) =>
    (
      await (
        await import('../../src/services/api-tokens.js')
      )
        .createApiTokenService({
          store: t.f.veto.store,
          clock: () => t.f.now,
          newId: (await import('../../src/services/ids.js')).newId,
        })
        .create('test', scopes ?? ['accounts:write', 'objections:read', 'objections:write', 'notices:write'])
    ).token

  it('refuses a body over its cap before reading it, and writes nothing of it', async () => {
    const tk = await token()
    const before = await t.f.veto.store.counts()
    const big = await api('POST', '/v1/objections', tk, { account: 'fb-bo', reason: 'x'.repeat(100_000) })
    expect(big).toEqual({
      status: 413,
      body: { error: { code: 'BODY_TOO_LARGE', message: 'the request body is too large' } },
    })
    const b = new Browser(t.app)
    await b.get('/signin')
    expect((await b.post('/signin', { email: 'ana@example.com', padding: 'y'.repeat(100_000) })).status).toBe(413)
    expect(await t.f.veto.store.counts()).toEqual(before)
    expect(await t.f.veto.store.portal.listMail()).toEqual([])
  })

  it('answers malformed JSON with 400 and a wrong content type with 415, not 500', async () => {
    const tk = await token()
    const send = async (body: string, type: string) => {
      const res = await t.app.request('http://localhost/v1/objections', {
        method: 'POST',
        headers: { authorization: `Bearer ${tk}`, 'content-type': type },
        body,
      })
      return { status: res.status, code: ((await res.json()) as { error: { code: string } }).error.code }
    }
    expect(await send('{"account": ', 'application/json')).toEqual({ status: 400, code: 'API_INVALID' })
    expect(await send('account=fb-bo', 'text/plain')).toEqual({ status: 415, code: 'API_MEDIA_TYPE' })
  })

  it('keeps an Idempotency-Key to the token that used it', async () => {
    const a = await token()
    const b = await token()
    const first = await api('POST', '/v1/objections', a, { account: 'fb-bo' }, { 'idempotency-key': 'shared-key' })
    const other = await api('POST', '/v1/objections', b, { account: 'fb-bo' }, { 'idempotency-key': 'shared-key' })
    expect(first.status).toBe(201)
    expect(other.status).toBe(201)
    expect(other.body.id).not.toBe(first.body.id)
    expect(
      (await api('POST', '/v1/objections', a, { account: 'fb-bo' }, { 'idempotency-key': 'shared-key' })).body.id,
    ).toBe(first.body.id)
  })

  it("takes no network or center of more than a name's length", async () => {
    const tk = await token()
    expect(
      (
        await api('PUT', '/v1/accounts/ig-long', tk, {
          network: 'n'.repeat(300),
          email: 'long@example.com',
          created_at: '2020-01-01T00:00:00Z',
        })
      ).body,
    ).toMatchObject({ error: { code: 'API_INVALID', message: expect.stringContaining('network') } })
    expect((await api('POST', '/v1/accounts/fb-bo/center', tk, { center: 'c'.repeat(300) })).body).toMatchObject({
      error: { code: 'API_INVALID', message: expect.stringContaining('center') },
    })
  })

  it('needs a bearer token with the right scope', async () => {
    expect((await api('GET', '/v1/objections/x', null)).status).toBe(401)
    expect((await api('GET', '/v1/objections/x', 'veto_wrong')).status).toBe(401)
    expect((await api('GET', '/v1/objections/x', await token(['notices:write']))).status).toBe(403)
  })

  it(
    'upserts accounts, links them, files an objection idempotently, ' + 'reads and withdraws it, records notices',
    async () => {
      const tk = await token()
      expect(
        await api('PUT', '/v1/accounts/ig-new', tk, {
          network: 'instagram',
          email: 'new@example.com',
          birthdate: '1990-01-01',
          country: 'FR',
          created_at: '2020-01-01T00:00:00Z',
        }),
      ).toEqual({ status: 200, body: { id: 'ig-new', result: 'inserted' } })
      expect((await api('POST', '/v1/accounts/ig-new/center', tk, { center: 'c-bo' })).status).toBe(201)
      const first = await api(
        'POST',
        '/v1/objections',
        tk,
        { account: 'fb-bo', reason: 'no' },
        { 'idempotency-key': 'k-1' },
      )
      expect(first.status).toBe(201)
      expect(first.body).toMatchObject({ filed_for: ['fb-bo'], covers: ['fb-bo', 'ig-new'], channel: 'api' })
      expect(
        await api('POST', '/v1/objections', tk, { account: 'fb-bo', reason: 'no' }, { 'idempotency-key': 'k-1' }),
      ).toEqual(first)
      expect(
        (await api('POST', '/v1/objections', tk, { account: 'fb-bo', reason: 'other' }, { 'idempotency-key': 'k-1' }))
          .status,
      ).toBe(422)
      expect((await t.f.veto.store.filingsFor(['fb-bo'])).length).toBe(1)
      const id = String(first.body.id)
      expect((await api('GET', `/v1/objections/${id}`, tk)).body).toMatchObject({ id, withdrawn_at: null })
      expect((await api('POST', `/v1/objections/${id}/withdraw`, tk)).body).toMatchObject({
        id,
        withdrawn_at: '2025-05-20T10:00:00.000Z',
      })
      expect((await api('POST', `/v1/objections/${id}/withdraw`, tk)).body).toMatchObject({
        error: { code: 'FILING_ALREADY_WITHDRAWN' },
      })
      expect(
        await api('POST', '/v1/notices', tk, { account: 'fb-bo', delivered_at: '2025-04-01T00:00:00Z' }),
      ).toMatchObject({ status: 201, body: { new: true } })
      expect((await api('POST', '/v1/notices', tk, { account: 'fb-bo', delivered_at: 'soon' })).body).toMatchObject({
        error: { code: 'API_INVALID', message: expect.stringContaining('delivered_at') },
      })
      expect((await api('POST', '/v1/objections', tk, { account: 'ghost' })).status).toBe(404)
      expect(await t.f.veto.ledger.verify()).toMatchObject({ problems: [] })
    },
  )

  it('describes exactly its routes in an OpenAPI 3.1 document', async () => {
    const doc = (await t.app.request('http://localhost/openapi.json')).json() as Promise<{
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }>
    const d = await doc
    expect(d.openapi).toBe('3.1.0')
    const documented = Object.entries(d.paths)
      .flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m} ${p.replace(/\{(\w+)\}/g, ':$1')}`))
      .sort()
    expect(documented).toEqual(API_ROUTES.map((r) => `${r.method} ${r.path.replace(/\{(\w+)\}/g, ':$1')}`).sort())
    const tk = await token()
    for (const r of API_ROUTES) {
      const path = r.path.replace(/\{\w+\}/g, 'fb-bo')
      const res = await t.app.request(`http://localhost${path}`, {
        method: r.method.toUpperCase(),
        headers: { authorization: `Bearer ${tk}`, 'content-type': 'application/json' },
        body: r.method === 'get' ? null : '{}',
      })
      const body = (await res.json()) as { error?: { code: string } }
      // Each documented route exists: it answers with validation or domain errors, never "no such route".
      expect(body.error?.code, `${r.method} ${r.path}`).not.toBe('NOT_FOUND')
    }
  })
})

describe('health and metrics', () => {
  it('reports health to anyone, and Prometheus metrics to the operator alone', async () => {
    expect(await (await t.app.request('http://localhost/healthz')).json()).toEqual({ status: 'ok' })
    await new Browser(t.app).get('/')
    expect((await t.app.request('http://localhost/metrics')).status).toBe(401)
    expect(
      (
        await t.app.request('http://localhost/metrics', {
          headers: { authorization: 'Bearer not-the-token-at-all-000' },
        })
      ).status,
    ).toBe(401)
    const res = await t.app.request('http://localhost/metrics', {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/)
    const m = await res.text()
    expect(m).toContain('# HELP veto_http_requests_total ')
    expect(m).toContain('# TYPE veto_http_request_duration_seconds histogram')
    expect(m).toContain('veto_http_requests_total{method="GET",route="/",status="200"} 1')
    expect(m).toMatch(/veto_http_request_duration_seconds_count\{method="GET",route="\/"\} 1/)
    expect(m).toContain('veto_outbox_unsent 0')
    // What prom-client collects by default: the process and its event loop.
    expect(m).toContain('# TYPE process_resident_memory_bytes gauge')
    expect(m).toContain('nodejs_eventloop_lag_seconds')
  })
})
