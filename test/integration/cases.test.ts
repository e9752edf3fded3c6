/**
 * Third parties' requests end to end, on SQLite and PostgreSQL: a request through the API
 * becomes a case; accepting it keeps its items out of every snapshot built after (rule 9),
 * and `explain` names the case; every step is in the ledger, with no text of the request.
 */
import Sqlite from 'better-sqlite3'
import pg from 'pg'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addMonths } from '../../src/domain/index.js'
import { hashToken } from '../../src/services/sessions.js'
import { dialectOf } from '../../src/store/open-store.js'
import { rateLimitsPathOf } from '../../src/store/sqlite-rate-limits.js'
import { Browser, createTestApp, type TestApp } from '../fixtures/app.js'

const DAY = 86_400_000
const URLS = ['^https://social\\.example/p/(?<id>[\\w-]+)$']
const item = (id: string, account: string) =>
  JSON.stringify({ id, account, kind: 'post', visibility: 'public', published_at: '2024-02-01T10:00:00Z', text: 'x' })
const CONTENT = [item('ana-1', 'fb-ana'), item('bo-1', 'fb-bo'), item('bo-2', 'fb-bo')].join('\n')
const TRAINING = Date.parse('2025-05-27T00:00:00+02:00')

/** Every key a rate limit counted, wherever the store keeps its counts. */
async function rateLimitKeys(storeUrl: string): Promise<string[]> {
  if (dialectOf(storeUrl) === 'postgres') {
    const client = new pg.Client({ connectionString: storeUrl })
    await client.connect()
    try {
      return (await client.query('select key from rate_limits')).rows.map((r) => String(r.key))
    } finally {
      await client.end()
    }
  }
  const raw = new Sqlite(rateLimitsPathOf(storeUrl), { readonly: true })
  try {
    return raw
      .prepare<[], { key: string }>('select key from rate_limits')
      .all()
      .map((r) => r.key)
  } finally {
    raw.close()
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`third parties' requests on ${dialect}`, () => {
    let t: TestApp
    beforeEach(async () => {
      t = await createTestApp({ dialect, config: { requests: { item_urls: URLS } } })
    })
    afterEach(async () => t.dispose())

    const post = async (token: string, body: unknown) => {
      const res = await t.app.request('http://localhost/v1/requests', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
      return { status: res.status, body: (await res.json()) as Record<string, unknown> }
    }

    it('flows from the API to an accepted case, and the next snapshot keeps the items out', async () => {
      const { token } = await t.f.veto.tokens.create('platform', ['requests:write'])
      const { token: other } = await t.f.veto.tokens.create('other', ['objections:write'])
      const request = {
        items: ['https://social.example/p/bo-1', 'bo-2'],
        description: 'These photos show me; I never agreed to them',
        contact: 'someone@example.org',
      }
      expect((await post(other, request)).status).toBe(403)
      const bad = await post(token, { ...request, items: ['https://elsewhere.example/p/bo-1'] })
      expect(bad).toMatchObject({ status: 400, body: { error: { code: 'REQUEST_INVALID' } } })
      expect(String((bad.body.error as { message: string }).message)).toMatch(/^items\[0\]: is a URL/)
      expect((await post(token, { ...request, items: [] })).status).toBe(400)
      const filed = await post(token, request)
      expect(filed).toMatchObject({ status: 201, body: { items: ['bo-1', 'bo-2'], status: 'open' } })
      const id = String(filed.body.id)
      expect(Date.parse(String(filed.body.due_at))).toBe(addMonths(t.f.now, 1))
      // Nothing of the request's texts in the logs.
      expect(t.logs.join('')).not.toMatch(/never agreed|someone@example\.org/)

      // Training starts; the first snapshot is built before the decision.
      const content = t.f.write('content.jsonl', CONTENT)
      t.f.now = Date.parse('2025-06-01T00:00:00Z')
      const before = await t.f.veto.snapshots.create({ policy: 'meta-2025', at: TRAINING, content: [content] })
      expect(before.record.items).toBe(3)
      // Accepted for one of its two items.
      t.f.now += DAY
      const accepted = await t.f.veto.cases.accept(id, { reviewer: 'dpo@platform.example', items: ['bo-1'] })
      expect(accepted).toMatchObject({ status: 'accepted', overdue: false, exclusions: [{ contentId: 'bo-1' }] })
      t.f.now += DAY
      const after = await t.f.veto.snapshots.create({ policy: 'meta-2025', at: TRAINING, content: [content] })
      expect(after.record.items).toBe(2)
      expect(after.manifest.counts.out.excluded).toBe(1)
      expect(await t.f.veto.checks.explain(after.record.id, 'bo-1')).toMatchObject({
        included: false,
        reason: 'excluded',
        decided_by: { type: 'case', id, accepted_at: new Date(t.f.now - DAY).toISOString() },
      })
      expect(await t.f.veto.checks.explain(after.record.id, 'bo-2')).toMatchObject({ included: true })
      // The snapshot sealed before the decision stays as it was.
      expect(await t.f.veto.checks.explain(before.record.id, 'bo-1')).toMatchObject({ included: true })
      expect(await t.f.veto.checks.verify(after.record.id)).toEqual([])

      const ledger = await t.f.veto.ledger.verify()
      expect(ledger.problems).toEqual([])
      const entries = await t.f.veto.store.readLedger(0, 1000)
      const types = entries.map((e) => e.type)
      expect(types).toEqual(expect.arrayContaining(['case.received', 'case.decided', 'exclusion.recorded']))
      const decided = entries.find((e) => e.type === 'case.decided')
      expect(JSON.parse(decided?.payload ?? '{}')).toMatchObject({
        id,
        outcome: 'accepted',
        reviewer: 'dpo@platform.example',
      })
      for (const e of entries) expect(e.payload).not.toMatch(/never agreed|someone@example\.org/)
    })

    it('takes a request through the public form in its language; mails go to a confirmed address', async () => {
      const b = new Browser(t.app, { 'accept-language': 'de' })
      const page = await b.get('/request')
      expect(page.status).toBe(200)
      expect(await page.text()).toContain('lang="de"')
      const mails = async () => (await t.f.veto.store.portal.listMail()).filter((m) => m.kind === 'case')
      // An address of another site: the form comes back with the field named, and nothing is written.
      const bad = await b.post('/request', {
        items: 'https://elsewhere.example/x\nbo-1',
        description: 'Das Foto zeigt mich',
        contact: 'me@example.org',
      })
      expect(bad.status).toBe(400)
      const badText = await bad.text()
      expect(badText).toContain('role="alert"')
      expect(badText).toMatch(/id="items"[^>]*aria-invalid="true"/)
      expect(badText).toContain('Das Foto zeigt mich')
      expect(await t.f.veto.cases.list()).toEqual([])
      // As long as the form allows, in any script: 5,000 characters of description, 20,000 of evidence.
      const long = await b.post('/request', {
        items: 'ana-1',
        description: 'Ж'.repeat(5000),
        evidence: 'ü'.repeat(20000),
      })
      expect(long.status).toBe(200)
      await expect(t.f.veto.cases.list()).resolves.toHaveLength(1)
      const before = (await t.f.veto.cases.list()).length
      const done = await b.post('/request', {
        items: 'https://social.example/p/bo-1\r\n\r\nbo-2',
        description: 'Das Foto zeigt mich',
        contact: 'me@example.org',
        evidence: '',
      })
      expect(done.status).toBe(200)
      // Counted under keys that name nobody: neither the client's address, nor the contact address
      // or its plain hash, which a list of candidate addresses would reverse.
      const keys = await rateLimitKeys(t.f.veto.config.storeUrl)
      expect(keys.length).toBeGreaterThan(1)
      for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/)
      expect(keys).not.toContain(hashToken('me@example.org'))
      expect(keys).not.toContain(`request-contact:${hashToken('me@example.org')}`)
      const c = (await t.f.veto.cases.list()).find((x) => x.case.items.includes('bo-1'))
      expect(await t.f.veto.cases.list()).toHaveLength(before + 1)
      expect(c?.case).toMatchObject({ channel: 'form', items: ['bo-1', 'bo-2'], lang: 'de', evidence: null })
      expect(await done.text()).toContain(c?.case.id)
      // Only the confirmation link goes to the address, sealed in the outbox, in German.
      const [confirm, ...others] = await mails()
      expect(others).toEqual([])
      expect(confirm).toMatchObject({ to: 'me@example.org', lang: 'de', ref: `${c?.case.id}:contact` })
      expect(confirm?.body).not.toContain('/request/confirm')
      const link = /\/request\/confirm\?token=(\S+)/.exec(t.f.veto.mailSeal.open(confirm?.body ?? ''))
      const token = link?.[1] ?? ''
      // A step before the confirmation is not mailed yet.
      await t.f.veto.cases.extend(String(c?.case.id), { reviewer: 'r', reason: 'wir prüfen' })
      expect(await mails()).toHaveLength(1)
      expect((await b.get(`/request/confirm?token=${token}`)).status).toBe(200)
      expect((await b.post('/request/confirm', { token: `${token.slice(0, -2)}xx` })).status).toBe(404)
      expect((await b.post('/request/confirm', { token })).status).toBe(200)
      // Receipt and the extension are told now, the decision when it comes; a second confirmation changes nothing.
      expect((await b.post('/request/confirm', { token })).status).toBe(200)
      expect((await mails()).map((m) => m.ref?.split(':')[1]).sort()).toEqual(['contact', 'extended', 'received'])
      await t.f.veto.cases.accept(String(c?.case.id), { reviewer: 'r', items: ['bo-1'] })
      const accepted = (await mails()).find((m) => m.ref === `${c?.case.id}:accepted`)
      expect(accepted).toMatchObject({ to: 'me@example.org', lang: 'de' })
      expect(accepted?.body).toContain('bo-1')
      expect(accepted?.body).not.toContain('bo-2')
      expect(t.logs.join('')).not.toMatch(/Das Foto|me@example\.org/)
    })

    it('extends a case once, decides it once, and lists overdue cases first', async () => {
      const first = await t.f.veto.cases.receive({ items: ['bo-1'], description: 'first', channel: 'admin' })
      t.f.now += 10 * DAY
      const second = await t.f.veto.cases.receive({ items: ['bo-2', 'ana-1'], description: 'second', channel: 'form' })
      const reviewer = 'reviewer@platform.example'
      // 35 days on: the first is overdue, the second not yet.
      t.f.now += 25 * DAY
      expect((await t.f.veto.cases.list()).map((c) => [c.case.id, c.overdue])).toEqual([
        [first.id, true],
        [second.id, false],
      ])
      expect((await t.f.veto.cases.list({ overdue: true })).map((c) => c.case.id)).toEqual([first.id])
      await expect(t.f.veto.cases.extend(first.id, { reviewer, reason: ' ' })).rejects.toMatchObject({
        code: 'CASE_STEP_INVALID',
      })
      // Overdue: too late to extend (Art. 12(3) wants the extension told within the month).
      await expect(t.f.veto.cases.extend(first.id, { reviewer, reason: 'late' })).rejects.toMatchObject({
        code: 'CASE_STEP_INVALID',
      })
      const extended = await t.f.veto.cases.extend(second.id, { reviewer, reason: 'we asked the author' })
      expect(extended).toMatchObject({ status: 'extended', overdue: false, dueAt: addMonths(second.dueAt, 2) })
      await expect(t.f.veto.cases.extend(second.id, { reviewer, reason: 'again' })).rejects.toMatchObject({
        code: 'CASE_EXTENDED_ALREADY',
      })
      // Overdue first, then by due date.
      expect((await t.f.veto.cases.list()).map((c) => c.case.id)).toEqual([first.id, second.id])
      await expect(t.f.veto.cases.accept(first.id, { reviewer, items: ['bo-2'] })).rejects.toMatchObject({
        code: 'CASE_STEP_INVALID',
      })
      await expect(t.f.veto.cases.reject(first.id, { reviewer, reason: '' })).rejects.toMatchObject({
        code: 'CASE_STEP_INVALID',
      })
      expect(
        await t.f.veto.cases.reject(first.id, { reviewer, reason: 'the items do not show the requester' }),
      ).toMatchObject({ status: 'rejected', overdue: false, exclusions: [] })
      await expect(t.f.veto.cases.accept(first.id, { reviewer })).rejects.toMatchObject({ code: 'CASE_DECIDED' })
      await expect(t.f.veto.cases.get('case_nope')).rejects.toMatchObject({ code: 'CASE_NOT_FOUND' })
      // Decided cases come after the undecided ones.
      expect((await t.f.veto.cases.list()).map((c) => c.status)).toEqual(['extended', 'rejected'])
      expect((await t.f.veto.ledger.verify()).problems).toEqual([])
    })
  })
}
