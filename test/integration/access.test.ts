/**
 * GDPR Art. 15: a signed-in person downloads everything on record about them as one JSON
 * document from the real app, and `veto access` gives the platform the same document.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { Browser, createTestApp, signIn, type TestApp } from '../fixtures/app.js'
import { veto as vetoCli } from '../fixtures/cli.js'

let t: TestApp
beforeEach(async () => {
  t = await createTestApp()
})
afterEach(async () => t.dispose())

const item = (id: string, account: string) =>
  JSON.stringify({ id, account, kind: 'post', visibility: 'public', published_at: '2024-02-01T10:00:00Z', text: 'x' })

it("gives a person their accounts, filings with their own reasons, notices and items, and no one else's", async () => {
  const { veto } = t.f
  await veto.notices.record({
    account: 'fb-ana',
    deliveredAt: t.f.now - 1000,
    policy: { name: 'meta-2025', version: 1 },
    lang: 'de',
  })
  const mine = await veto.filings.file({
    type: 'objection',
    target: { account: 'ig-ana' },
    reason: 'my own words',
    channel: 'api',
  })
  await veto.filings.file({ type: 'objection', target: { account: 'fb-bo' }, reason: 'bo words', channel: 'api' })
  t.f.now = Date.parse('2025-06-01T00:00:00Z')
  const content = t.f.write('content.jsonl', [item('ana-1', 'fb-ana'), item('bo-1', 'fb-bo')].join('\n'))
  const snap = await veto.snapshots.create({
    policy: 'meta-2025',
    at: Date.parse('2025-05-27T00:00:00Z'),
    content: [content],
  })
  await veto.models.register('assistant', [snap.record.id])

  const b = new Browser(t.app)
  expect((await b.get('/me/access')).status).toBe(401)
  await signIn(t, b, 'ana@example.com')
  expect(await (await b.get('/me/data')).text()).toContain('href="/me/access"')
  const res = await b.get('/me/access')
  expect(res.status).toBe(200)
  expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="my-data-2025-06-01\.json"$/)
  const doc = (await res.json()) as Record<string, unknown>
  expect(doc).toMatchObject({
    format: 'veto-access/1',
    accounts: [
      { id: 'fb-ana', email: 'ana@example.com', birthdate: '1985-03-02', country: 'DE', center: 'c-ana' },
      { id: 'ig-ana', birthdate: '1985-03-02', country: 'DE' },
    ],
    objections: [{ id: mine.filing.id, own: true, reason: 'my own words', withdrawn_at: null }],
    notices: [{ account: 'fb-ana', policy: 'meta-2025@1', lang: 'de' }],
    snapshots: [{ id: snap.record.id, items_in: [], items_out: [{ content_id: 'ana-1', reason: 'objection' }] }],
    models: [{ name: 'assistant', snapshots: [snap.record.id], items_in: [] }],
  })
  expect((doc.centers as { id: string }[]).map((c) => c.id)).toEqual(['c-ana'])
  expect(JSON.stringify(doc)).not.toMatch(/fb-bo|bo@example|bo words|bo-1/)

  // The platform's side: the same document, written to a file.
  const out = join(t.f.dir, 'access.json')
  const cli = await vetoCli(['access', '--email', 'ana@example.com', '--out', out], {
    cwd: t.f.dir,
    env: { VETO_DATA: join(t.f.dir, 'data') },
    clock: () => t.f.now,
  })
  expect(cli.code).toBe(0)
  expect(cli.stdout + cli.stderr).not.toContain('my own words')
  const written = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>
  expect({ ...written, as_of: null }).toEqual({ ...doc, as_of: null })
})
