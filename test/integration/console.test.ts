/**
 * The privacy team's console over HTTP, on SQLite and PostgreSQL: only listed members get in,
 * each with their role; a person's session opens nothing here and a console session nothing of
 * the portal; the figures count what the store holds; a reviewer's decision and a verification
 * are ledger entries naming the member, never by address.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFigureService } from '../../src/services/figures.js'
import { resolvePolicy } from '../../src/services/policies.js'
import { createSessionService, hashToken } from '../../src/services/sessions.js'
import { newId } from '../../src/services/ids.js'
import { Browser, createTestApp, signIn, type TestApp } from '../fixtures/app.js'

const DAY = 86_400_000
const MEMBERS = [
  { email: 'dpo@platform.example', role: 'reviewer', name: 'dpo' },
  { email: 'Watcher@Platform.example', role: 'viewer' },
]
const item = (id: string, account: string) =>
  JSON.stringify({ id, account, kind: 'post', visibility: 'public', published_at: '2024-02-01T10:00:00Z', text: 'x' })
const CONTENT = [item('ana-1', 'fb-ana'), item('bo-1', 'fb-bo'), item('bo-2', 'fb-bo')].join('\n')

/** Signs a member in by the link mailed to them, as they would from their inbox. */
async function consoleSignIn(t: TestApp, b: Browser, email: string): Promise<Response> {
  t.f.now += 1
  await b.get('/console/signin')
  await b.post('/console/signin', { email })
  const mail = (await t.f.veto.store.portal.listMail()).filter((m) => m.kind === 'signin' && m.to === email).at(-1)
  const token = /\/console\/signin\/verify\?token=([\w-]+)/.exec(t.f.veto.mailSeal.open(mail?.body ?? ''))?.[1]
  if (!token) throw new Error('no console sign-in link')
  await b.get(`/console/signin/verify?token=${token}`)
  return b.post('/console/signin/verify', { token })
}

const textOf = async (res: Response) => (await res.text()).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`the console on ${dialect}`, () => {
    let t: TestApp
    beforeEach(async () => {
      t = await createTestApp({ dialect, config: { console: { members: MEMBERS } } })
    })
    afterEach(async () => t.dispose())

    it('lets in listed members only, by a link of its own, and tells nobody who is a member', async () => {
      const b = new Browser(t.app)
      expect((await b.get('/console')).headers.get('location')).toBe('/console/signin')
      const member = await b.post('/console/signin', { email: 'dpo@platform.example' })
      const stranger = await b.post('/console/signin', { email: 'ana@example.com' })
      expect(member.status).toBe(200)
      expect(await textOf(stranger)).toBe(await textOf(member))
      // A person with an account is no member: nothing leaves for them.
      const mails = await t.f.veto.store.portal.listMail()
      expect(mails.filter((m) => m.to === 'ana@example.com' && !m.suppressed)).toEqual([])
      // A portal link does not open the console, nor a console link the portal.
      const signin = mails.find((m) => m.to === 'dpo@platform.example')
      expect(t.f.veto.mailSeal.open(signin?.body ?? '')).toMatch(/\/console\/signin\/verify\?token=/)
      const token = /token=([\w-]+)/.exec(t.f.veto.mailSeal.open(signin?.body ?? ''))?.[1] ?? ''
      expect((await b.post('/signin/verify', { token })).status).toBe(400)

      const res = await consoleSignIn(t, b, 'Watcher@Platform.example')
      expect(res.status).toBe(303)
      expect(res.headers.get('location')).toBe('/console')
      expect(await textOf(await b.get('/console'))).toContain('Signed in as watcher, viewer.')
      // The console session gives nothing of the portal.
      expect(b.cookies.has('__Host-veto_session')).toBe(false)
      expect((await b.get('/me')).headers.get('location')).toBe('/signin')

      // A person's session gives nothing of the console.
      const person = new Browser(t.app)
      await signIn(t, person, 'ana@example.com')
      expect((await person.get('/me')).status).toBe(200)
      const tried = await person.get('/console/cases')
      expect(tried.status).toBe(303)
      expect(tried.headers.get('location')).toBe('/console/signin')
      // And a forged cookie of either kind is worth nothing in the other place.
      const forged = new Browser(t.app)
      forged.cookies.set('__Host-veto_console', person.cookies.get('__Host-veto_session') ?? '')
      expect((await forged.get('/console')).status).toBe(303)

      // Taken off the list, a member's session ends at its next request.
      const sessionToken = b.cookies.get('__Host-veto_console') ?? ''
      const without = createSessionService(
        { store: t.f.veto.store, clock: () => t.f.now, newId },
        {
          publicUrl: 'http://localhost',
          signinLinkMinutes: 15,
          sessionHours: 12,
          seal: t.f.veto.mailSeal,
          realm: { name: 'console', members: ['dpo@platform.example'] },
        },
      )
      expect(await without.sessionEmail(sessionToken)).toBeUndefined()
      // Nor is it a session of the portal's.
      expect(await t.f.veto.store.portal.findSession(hashToken(sessionToken), t.f.now)).toBeUndefined()
      expect(await t.f.veto.store.portal.findSession(hashToken(sessionToken), t.f.now, 'console')).toBeDefined()

      // Signing out ends the session.
      await b.post('/console/signout', {})
      expect((await b.get('/console')).status).toBe(303)
    })

    it('counts objections, late ones, withdrawals, consents by day, channel and network; notice reach', async () => {
      const deadline = Date.parse('2025-05-27T00:00:00+02:00')
      const file = (email: string, at: number, channel: 'portal' | 'api') =>
        t.f.veto.filings.file({ type: 'objection', target: { email }, at, channel })
      t.f.now = Date.parse('2025-06-02T12:00:00Z')
      const early = await file('ana@example.com', Date.parse('2025-05-20T10:00:00Z'), 'portal')
      await file('bo@example.com', Date.parse('2025-05-20T18:00:00Z'), 'api')
      await file('bo@example.com', Date.parse('2025-05-28T09:00:00Z'), 'portal')
      await t.f.veto.filings.withdraw(early.filing.id, { at: Date.parse('2025-05-21T08:00:00Z') })
      await t.f.veto.notices.record({
        account: 'fb-bo',
        deliveredAt: Date.parse('2025-05-01T00:00:00Z'),
        policy: { name: 'meta-2025', version: 1 },
        lang: 'de',
      })
      const policy = resolvePolicy('meta-2025', [])
      const { figures, computedAt } = await t.f.veto.figures.of(policy)
      expect(figures.days).toEqual([
        { day: '2025-05-20', objections: 2, late: 0, consents: 0, objectionsWithdrawn: 0, consentsWithdrawn: 0 },
        { day: '2025-05-21', objections: 0, late: 0, consents: 0, objectionsWithdrawn: 1, consentsWithdrawn: 0 },
        { day: '2025-05-28', objections: 1, late: 1, consents: 0, objectionsWithdrawn: 0, consentsWithdrawn: 0 },
      ])
      expect(deadline).toBeLessThan(Date.parse('2025-05-28T09:00:00Z'))
      expect(figures.byChannel).toEqual([
        { type: 'objection', key: 'portal', filed: 2, withdrawn: 1 },
        { type: 'objection', key: 'api', filed: 1, withdrawn: 0 },
      ])
      // Ana's objection was filed for her two accounts with that address, on Facebook and Instagram: once each.
      expect(figures.byNetwork).toEqual([
        { type: 'objection', key: 'facebook', filed: 3, withdrawn: 1 },
        { type: 'objection', key: 'instagram', filed: 1, withdrawn: 1 },
      ])
      expect(figures.notices).toMatchObject({
        proofs: [{ policy: 'meta-2025@1', lang: 'de', accounts: 1 }],
        adults: 4,
        neverReached: 3,
      })

      // Kept for five minutes for every viewer, then computed again.
      await t.f.veto.filings.file({ type: 'objection', target: { email: 'ana@example.com' }, channel: 'api' })
      expect(await t.f.veto.figures.of(policy)).toMatchObject({ computedAt, figures: { byChannel: figures.byChannel } })
      t.f.now += 5 * 60_000
      const later = await t.f.veto.figures.of(policy)
      expect(later.computedAt).toBe(t.f.now)
      expect(later.figures.byChannel.find((r) => r.key === 'api')).toMatchObject({ filed: 2 })

      // Figures that took long to compute are kept ten times as long: here a clock that moves on a
      // minute each time it is read makes their computation take one.
      let clock = t.f.now
      const slow = createFigureService({ store: t.f.veto.store, clock: () => (clock += 60_000) })
      const first = await slow.of(policy)
      expect(first.keptFor).toBe(10 * 60_000)
      // Read once more as each asks: 9 minutes after, then 10.
      clock = first.computedAt + 8 * 60_000
      expect((await slow.of(policy)).computedAt).toBe(first.computedAt)
      clock = first.computedAt + 9 * 60_000
      expect((await slow.of(policy)).computedAt).toBeGreaterThan(first.computedAt)

      const b = new Browser(t.app)
      await consoleSignIn(t, b, 'dpo@platform.example')
      const page = await b.get('/console')
      const html = await page.text()
      expect(page.status).toBe(200)
      expect(html).toMatch(/<svg[^>]*role="img"/)
      expect(html).toContain('<polyline')
      expect(html).toContain('<caption>By network of the accounts filed for (once for each network)</caption>')
      expect(await textOf(new Response(html))).toContain('3 of 4 accounts of the minimum age have no notice')
      // Counts only: no address, no reason.
      expect(html).not.toMatch(/ana@example|bo@example/)
    })

    it("shows the queue, a case's texts to reviewers only, and records a reviewer's decision by name", async () => {
      const overdue = await t.f.veto.cases.receive({
        items: ['bo-1'],
        description: 'A photo of me at a party',
        contact: 'someone@example.org',
        channel: 'api',
      })
      t.f.now += 40 * DAY
      const fresh = await t.f.veto.cases.receive({ items: ['bo-1', 'bo-2'], description: 'Me again', channel: 'api' })

      const viewer = new Browser(t.app)
      await consoleSignIn(t, viewer, 'Watcher@Platform.example')
      const queue = await textOf(await viewer.get('/console/cases'))
      expect(queue.indexOf(overdue.id)).toBeLessThan(queue.indexOf(fresh.id))
      expect(queue).toContain('overdue')
      const seen = await textOf(await viewer.get(`/console/cases/${fresh.id}`))
      expect(seen).toContain('bo-2')
      expect(seen).not.toContain('Me again')
      expect(seen).toContain('only reviewers see them')
      const refused = await viewer.post(`/console/cases/${fresh.id}/accept`, { items: 'bo-1' })
      expect(refused.status).toBe(403)
      expect(await textOf(refused)).toContain('Your role does not allow this.')

      const dpo = new Browser(t.app)
      await consoleSignIn(t, dpo, 'dpo@platform.example')
      const page = await textOf(await dpo.get(`/console/cases/${overdue.id}`))
      expect(page).toContain('A photo of me at a party')
      expect(page).toContain('someone@example.org (not confirmed')
      // Without the page's token, nothing happens.
      const forged = await dpo.post(`/console/cases/${fresh.id}/accept`, { items: 'bo-1', csrf: 'x'.repeat(24) })
      expect(forged.status).toBe(403)
      expect((await t.f.veto.cases.get(fresh.id)).decision).toBeNull()

      const none = await dpo.post(`/console/cases/${fresh.id}/accept`, {})
      expect(none.status).toBe(400)
      const extended = await dpo.post(`/console/cases/${fresh.id}/extend`, { reason: 'We ask the uploader' })
      expect(await textOf(extended)).toContain(`Case ${fresh.id} is extended`)
      const accepted = await dpo.post(`/console/cases/${fresh.id}/accept`, { items: 'bo-2' })
      expect(accepted.status).toBe(200)
      expect(await t.f.veto.cases.get(fresh.id)).toMatchObject({
        status: 'accepted',
        exclusions: [{ contentId: 'bo-2' }],
      })
      const rejected = await dpo.post(`/console/cases/${overdue.id}/reject`, { reason: 'It is not you' })
      expect(await textOf(rejected)).toContain(`Case ${overdue.id} is rejected.`)
      expect(await textOf(await dpo.get(`/console/cases/${overdue.id}`))).toContain('Rejected by console:dpo')

      const entries = await t.f.veto.store.readLedger(0, 1000)
      const steps = entries.filter((e) => e.type === 'case.extended' || e.type === 'case.decided')
      expect(steps.map((e) => JSON.parse(e.payload).reviewer)).toEqual(['console:dpo', 'console:dpo', 'console:dpo'])
      for (const e of entries) expect(e.payload).not.toMatch(/@platform\.example|A photo|not you/)
      expect(t.logs.join('')).not.toMatch(/A photo|someone@example|dpo@platform|not you/)
      expect((await t.f.veto.ledger.verify()).problems).toEqual([])
    })

    it("erases a decided case's texts and the mails to its contact once kept their days, and says so", async () => {
      const reviewer = 'dpo@platform.example'
      const receive = (items: string[], description: string, contact: string) =>
        t.f.veto.cases.receive({ items, description, contact, evidence: 'my passport', channel: 'api' })
      const told = await receive(['bo-1'], 'A photo of me', 'told@example.org')
      const unsent = await receive(['bo-2'], 'Another photo', 'unsent@example.org')
      const open = await receive(['ana-1'], 'Still open', 'open@example.org')
      const caseMails = async () => (await t.f.veto.store.portal.listMail()).filter((m) => m.kind === 'case')
      const toldMail = (await caseMails()).find((m) => m.ref === `${told.id}:contact`)
      await t.f.veto.store.portal.markMailSent(String(toldMail?.id), t.f.now)
      await t.f.veto.cases.accept(told.id, { reviewer, items: ['bo-1'] })
      await t.f.veto.cases.reject(unsent.id, { reviewer, reason: 'the photo is not of you' })
      const decidedAt = t.f.now
      const housekeeper = t.f.veto.housekeeper()
      // Kept 365 days after the decision (the default): a day before, nothing goes.
      t.f.now = decidedAt + 364 * DAY
      await housekeeper.runOnce()
      expect((await t.f.veto.cases.get(told.id)).textsErasedAt).toBeNull()
      t.f.now = decidedAt + 365 * DAY
      await housekeeper.runOnce()
      const erased = await t.f.veto.cases.get(told.id)
      expect(erased.case).toMatchObject({ description: '', contact: null, evidence: null, items: ['bo-1'] })
      expect(erased.textsErasedAt).toBe(decidedAt + 365 * DAY)
      // What was decided stays: the decision, its reason, the exclusion.
      expect(erased.decision).toMatchObject({ kind: 'accepted', reviewer })
      expect(erased.exclusions.map((x) => x.contentId)).toEqual(['bo-1'])
      expect((await t.f.veto.cases.get(unsent.id)).decision?.reason).toBe('the photo is not of you')
      expect((await t.f.veto.cases.get(unsent.id)).case.contact).toBeNull()
      expect((await t.f.veto.cases.get(open.id)).case).toMatchObject({
        description: 'Still open',
        evidence: 'my passport',
      })
      // The sent mail keeps no address, subject or body; the unsent one is dropped; the open case's stays.
      await t.f.veto.store.portal.dropSuppressedMail()
      const left = await caseMails()
      expect(left.map((m) => m.ref).sort()).toEqual([`${told.id}:contact`, `${open.id}:contact`].sort())
      expect(left.find((m) => m.ref === `${told.id}:contact`)).toMatchObject({ to: '', subject: '', body: '' })
      expect(left.find((m) => m.ref === `${open.id}:contact`)).toMatchObject({ to: 'open@example.org' })
      const dpo = new Browser(t.app)
      await consoleSignIn(t, dpo, reviewer)
      const page = await textOf(await dpo.get(`/console/cases/${told.id}`))
      expect(page).toContain('erased on')
      expect(page).toContain('once the time set by requests.keep_texts_days had passed')
      expect(page).not.toContain('A photo of me')
      expect(page).not.toContain('told@example.org')
      expect((await t.f.veto.ledger.verify()).problems).toEqual([])
    })

    it('lists snapshots with their counts and models, verifies one on request, and shows the ledger head', async () => {
      const content = t.f.write('content.jsonl', CONTENT)
      t.f.now = Date.parse('2025-06-01T00:00:00Z')
      const snap = await t.f.veto.snapshots.create({
        policy: 'meta-2025',
        at: Date.parse('2025-05-27T00:00:00+02:00'),
        content: [content],
      })
      await t.f.veto.models.register('llama-eu', [snap.record.id])
      await t.f.veto.ledger.checkpoint()

      const b = new Browser(t.app)
      await consoleSignIn(t, b, 'Watcher@Platform.example')
      const list = await textOf(await b.get('/console/snapshots'))
      expect(list).toContain(snap.record.id)
      expect(list).toContain('Models trained on it: llama-eu')
      expect(list).toContain('Items out, by reason')
      expect(list).not.toContain(snap.record.secret.toString('hex'))
      const verified = await b.post(`/console/snapshots/${snap.record.id}/verify`, {})
      expect(await textOf(verified)).toContain(`Snapshot ${snap.record.id} is as it was sealed`)
      const entry = (await t.f.veto.store.readLedger(0, 1000)).find((e) => e.type === 'snapshot.verified')
      expect(JSON.parse(entry?.payload ?? '{}')).toMatchObject({
        id: snap.record.id,
        problems: 0,
        reviewer: 'console:watcher',
      })
      expect((await t.f.veto.ledger.verify()).problems).toEqual([])

      expect(await textOf(await b.get('/console/models'))).toContain('llama-eu')
      const ledger = await textOf(await b.get('/console/ledger'))
      const size = await t.f.veto.ledger.size()
      expect(ledger).toContain(`The ledger holds ${size} entries.`)
      expect(ledger).toContain('Its last signed checkpoint covers')
      expect(ledger).toContain('snapshot.verified')
      expect(ledger).toContain('Records for authorities')

      // The records for authorities, downloaded by a viewer: a form's POST, as a file.
      await t.f.veto.filings.file({ type: 'objection', target: { account: 'fb-bo' }, reason: 'mine', channel: 'api' })
      const csv = await b.post('/console/records', { format: 'csv' })
      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-disposition')).toBe('attachment; filename="records-2025-06-01.csv"')
      const rows = (await csv.text()).trim().split('\r\n')
      expect(rows[0]).toMatch(/^event,id,at,accounts,/)
      expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['objection.filed'])
      expect(rows.join('\n')).not.toMatch(/mine|@/)
      const dpv = await b.post('/console/records', { format: 'dpv' })
      expect(dpv.headers.get('content-type')).toBe('application/ld+json')
      expect((JSON.parse(await dpv.text()) as { '@graph': unknown[] })['@graph']).toHaveLength(1)
      expect((await b.post('/console/records', { format: 'xml' })).status).toBe(400)
      expect((await new Browser(t.app).post('/console/records', { format: 'csv' })).status).not.toBe(200)
    })
  })
}
