/**
 * Records for authorities (`veto export records`), on SQLite and PostgreSQL: every objection,
 * consent, withdrawal, notice and case step, as DPV JSON-LD that a JSON-LD processor expands
 * with every term resolved (safe mode, nothing fetched) and as CSV; each record matched to its
 * ledger entry under the signed checkpoint the document names; no address, reason or case text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse as parseCsv } from 'csv-parse/sync'
import Sqlite from 'better-sqlite3'
import jsonld from 'jsonld'
import { afterEach, describe, expect, it } from 'vitest'
import { CSV_COLUMNS } from '../../src/export/authority-records.js'
import { VETO_NS } from '../../src/export/croissant.js'
import { leafBytes } from '../../src/ledger/entries.js'
import { hashLeaf, rootOf } from '../../src/ledger/merkle.js'
import { createTestApp, type TestApp } from '../fixtures/app.js'
import { veto as vetoCli } from '../fixtures/cli.js'

/**
 * The DPV 2.2 terms the records may use, each checked by hand against the vocabulary's own files
 * (dpv/modules: rights, status, legal_basis_status, consent_status, consent_controls, notice,
 * entities, entities_legalrole, entities_datasubject, context, process, TOM; legal/eu/gdpr
 * modules: rights, legal_basis, rights_justifications; ai/modules: development). A term outside
 * this list is one nobody checked.
 */
const DPV_TERMS = new Set(
  [
    'RightExerciseRecord',
    'RightExerciseActivity',
    'RecordsOfActivities',
    'ConsentRecord',
    'PrivacyNotice',
    'DataSubject',
    'DataController',
    'LegitimateInterestObjected',
    'LegitimateInterestNotObjected',
    'ConsentGiven',
    'ConsentWithdrawn',
    'WithdrawConsent',
    'NoticeCommunicated',
    'DataSubjectInformed',
    'RequestInitiated',
    'RequestActionDelayed',
    'RequestAccepted',
    'RequestRejected',
    'RequestFulfilled',
    'hasRight',
    'hasLegalBasis',
    'hasStatus',
    'hasConsentStatus',
    'hasRequestStatus',
    'hasNoticeStatus',
    'hasInformedStatus',
    'hasConsentControl',
    'hasJustification',
    'hasProcessing',
    'hasDataSubject',
    'hasDataController',
    'hasIdentifier',
    'hasName',
    'isIndicatedAtTime',
  ].map((t) => `https://w3id.org/dpv#${t}`),
)
const GDPR_TERMS = new Set(
  ['A21', 'A7-3', 'A6-1-f', 'A6-1-a', 'JustificationA12Delay'].map((t) => `https://w3id.org/dpv/legal/eu/gdpr#${t}`),
)
const AI_TERMS = new Set(['https://w3id.org/dpv/ai#ModelTraining'])
const DCT_TERMS = new Set(
  [
    'identifier',
    'replaces',
    'isPartOf',
    'created',
    'date',
    'issued',
    'title',
    'publisher',
    'hasVersion',
    'language',
  ].map((t) => `http://purl.org/dc/terms/${t}`),
)

/** Every IRI an expanded document uses as a property, a type or a value, and whatever is not one of the lists. */
function unknownTerms(expanded: unknown, records: string): string[] {
  const unknown = new Set<string>()
  const known = (iri: string) =>
    DPV_TERMS.has(iri) ||
    GDPR_TERMS.has(iri) ||
    AI_TERMS.has(iri) ||
    DCT_TERMS.has(iri) ||
    iri.startsWith(VETO_NS) ||
    iri.startsWith(records) ||
    iri === 'http://www.w3.org/2001/XMLSchema#dateTime'
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x)
      return
    }
    if (v === null || typeof v !== 'object') return
    for (const [k, x] of Object.entries(v)) {
      if (k === '@id' || k === '@type') for (const iri of [x].flat()) if (!known(String(iri))) unknown.add(String(iri))
      if (!k.startsWith('@') && !known(k)) unknown.add(k)
      walk(x)
    }
  }
  walk(expanded)
  return [...unknown]
}

const noFetch = async (url: string) => {
  throw new Error(`the document asked to fetch ${url}`)
}

describe.each(['sqlite', 'postgres'] as const)('records for authorities on %s', (dialect) => {
  let t: TestApp
  afterEach(async () => t.dispose())

  it('writes every step as DPV and CSV, each matched to its entry under the signed checkpoint', async () => {
    const publicUrl = 'https://privacy.example.org/veto'
    t = await createTestApp({ dialect, publicUrl, config: { server: { public_url: publicUrl } } })
    const { veto } = t.f
    const start = t.f.now
    await veto.notices.record({
      account: 'fb-ana',
      deliveredAt: start - 1000,
      policy: { name: 'meta-2025', version: 1 },
      lang: 'de',
    })
    const objection = await veto.filings.file({
      type: 'objection',
      target: { account: 'ig-ana' },
      reason: 'my own words',
      channel: 'portal',
    })
    t.f.now += 1000
    const consent = await veto.filings.file({
      type: 'consent',
      target: { account: 'fb-bo' },
      reason: null,
      channel: 'api',
    })
    t.f.now += 1000
    await veto.filings.withdraw(consent.filing.id)
    const request = await veto.cases.receive({
      items: ['bo-1', 'bo-2'],
      description: 'a secret description',
      channel: 'form',
    })
    t.f.now += 1000
    await veto.cases.extend(request.id, { reviewer: 'console:dana', reason: 'a reason kept in the store' })
    t.f.now += 1000
    await veto.cases.accept(request.id, { reviewer: 'console:dana', items: ['bo-1'] })
    const late = t.f.now

    const run = async (...args: string[]) => {
      const r = await vetoCli(['export', 'records', ...args], {
        cwd: t.f.dir,
        env: { VETO_DATA: join(t.f.dir, 'data') },
        clock: () => t.f.now,
      })
      return { code: r.code, out: r.stdout + r.stderr }
    }
    const dpv = await run('--format', 'dpv', '--out', 'records.jsonld')
    expect(dpv).toMatchObject({ code: 0 })
    expect(dpv.out).toMatch(/^Wrote 8 record\(s\) as dpv to records\.jsonld/)
    const text = readFileSync(join(t.f.dir, 'records.jsonld'), 'utf8')
    // No address, reason, case text or item id: only the ledger's words.
    expect(text).not.toMatch(/@example\.com|my own words|secret description|kept in the store|bo-1|bo-2/)

    const doc = JSON.parse(text) as { '@graph': Record<string, unknown>[]; 'veto:checkpoint': Record<string, unknown> }
    const expanded = await jsonld.expand(doc as never, { safe: true, documentLoader: noFetch } as never)
    expect(unknownTerms(expanded, 'https://privacy.example.org/veto/records')).toEqual([])
    const graph = doc['@graph']
    const status = (n: Record<string, unknown>) =>
      n['dpv:hasStatus'] ?? n['dpv:hasConsentStatus'] ?? n['dpv:hasRequestStatus'] ?? n['dpv:hasInformedStatus']
    expect(graph.map((n) => [n['@type'], status(n)])).toEqual([
      ['dpv:PrivacyNotice', 'dpv:DataSubjectInformed'],
      ['dpv:RightExerciseRecord', 'dpv:LegitimateInterestObjected'],
      ['dpv:ConsentRecord', 'dpv:ConsentGiven'],
      ['dpv:ConsentRecord', 'dpv:ConsentWithdrawn'],
      ['dpv:RightExerciseActivity', 'dpv:RequestInitiated'],
      ['dpv:RightExerciseActivity', 'dpv:RequestActionDelayed'],
      ['dpv:RightExerciseActivity', 'dpv:RequestAccepted'],
      ['dpv:RightExerciseActivity', 'dpv:RequestFulfilled'],
    ])
    const records = 'https://privacy.example.org/veto/records'
    expect(graph[1]).toMatchObject({
      '@id': `${records}/filings/${objection.filing.id}`,
      'dpv:hasRight': 'eu-gdpr:A21',
      'dpv:hasLegalBasis': 'eu-gdpr:A6-1-f',
      // The account it was filed for; the linked ones it covers follow from the center changes on record.
      'dpv:hasDataSubject': [
        { '@id': `${records}/accounts/ig-ana`, '@type': 'dpv:DataSubject', 'dpv:hasIdentifier': 'ig-ana' },
      ],
      'dpv:isIndicatedAtTime': new Date(start).toISOString(),
      'veto:channel': 'portal',
    })
    // A withdrawal names the accounts of its filing, and the record it replaces.
    expect(graph[3]).toMatchObject({
      'dct:replaces': `${records}/filings/${consent.filing.id}`,
      'dpv:hasRight': 'eu-gdpr:A7-3',
      'dpv:hasDataSubject': [{ 'dpv:hasIdentifier': 'fb-bo' }],
    })
    expect(graph[0]).toMatchObject({ 'dct:hasVersion': 'meta-2025@1', 'dct:language': 'de' })
    expect(graph[5]).toMatchObject({ 'dpv:hasJustification': 'eu-gdpr:JustificationA12Delay' })
    expect(graph[7]).toMatchObject({
      'dct:isPartOf': { '@id': `${records}/cases/${request.id}`, '@type': 'dpv:RightExerciseRecord' },
      'dct:date': new Date(late).toISOString(),
      'veto:itemCount': 1,
    })

    // Each record is its ledger entry: the leaf hash is the entry's, and the entry is under the checkpoint named.
    const checkpoint = doc['veto:checkpoint']
    const size = Number(checkpoint['veto:ledgerSize'])
    const entries = await veto.ledger.entries(0, size)
    const leaves = entries.map((e) => hashLeaf(leafBytes(e.seq, e.type, e.recordedAt, e.payload)))
    expect(rootOf(leaves).toString('hex')).toBe(checkpoint['veto:rootHash'])
    expect(String(checkpoint['veto:signedNote'])).toContain(
      Buffer.from(String(checkpoint['veto:rootHash']), 'hex').toString('base64'),
    )
    for (const n of graph) expect(leaves[Number(n['veto:ledgerIndex'])]?.toString('hex')).toBe(n['veto:leafHash'])

    // The same records as CSV; a span of instants picks the steps inside it.
    expect(await run('--format', 'csv', '--out', 'records.csv')).toMatchObject({ code: 0 })
    const rows = parseCsv(readFileSync(join(t.f.dir, 'records.csv')), { columns: true }) as Record<string, string>[]
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS])
    expect(rows.map((r) => r.event)).toEqual([
      'notice.delivered',
      'objection.filed',
      'consent.filed',
      'consent.withdrawn',
      'case.received',
      'case.extended',
      'case.decided',
      'exclusion.recorded',
    ])
    expect(rows[1]).toMatchObject({ id: objection.filing.id, accounts: 'ig-ana', channel: 'portal' })
    expect(rows[6]).toMatchObject({ outcome: 'accepted', reviewer: 'console:dana' })
    expect(rows.map((r) => r.leaf_hash)).toEqual(graph.map((n) => n['veto:leafHash']))

    const span = ['--from', new Date(start + 1000).toISOString(), '--to', new Date(late).toISOString()]
    expect(await run('--format', 'csv', '--out', 'span.csv', ...span)).toMatchObject({ code: 0 })
    const inSpan = parseCsv(readFileSync(join(t.f.dir, 'span.csv')), { columns: true }) as Record<string, string>[]
    expect(inSpan.map((r) => r.event)).toEqual(['consent.filed', 'consent.withdrawn', 'case.received', 'case.extended'])

    // Bad flags are named, and nothing is written.
    expect(await run('--format', 'xml', '--out', 'x')).toMatchObject({
      code: 1,
      out: expect.stringMatching(/--format expects dpv or csv/),
    })
    expect(await run('--format', 'csv', '--out', 'y', '--from', 'yesterday')).toMatchObject({ code: 1 })
  })

  it('reads past a ledger page, names withdrawals and rejections, leaves nothing when it cannot write', async () => {
    t = await createTestApp({ dialect })
    const { veto } = t.f
    // More than one page of ledger entries (10,000) before the records.
    const rows = Array.from(
      { length: 10_050 },
      (_, i) => `zz-${i},facebook,zz${i}@example.com,1990-01-01,DE,c-zz-${i},2020-01-01T00:00:00Z`,
    )
    await veto.imports.importFile(
      'accounts',
      t.f.write('many.csv', `id,network,email,birthdate,country,center,created_at\n${rows.join('\n')}\n`),
    )
    const o = await veto.filings.file({ type: 'objection', target: { account: 'fb-bo' }, reason: null, channel: 'api' })
    t.f.now += 1000
    await veto.filings.withdraw(o.filing.id)
    const c = await veto.cases.receive({ items: ['zz-1'], description: 'no', channel: 'form' })
    await veto.cases.reject(c.id, { reviewer: 'cli:dpo', reason: 'it does not show you' })
    const run = (...args: string[]) =>
      vetoCli(['export', 'records', ...args], { cwd: t.f.dir, env: { VETO_DATA: join(t.f.dir, 'data') } })
    expect(await run('--format', 'csv', '--out', 'r.csv')).toMatchObject({ code: 0 })
    const file = join(t.f.dir, 'r.csv')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const got = parseCsv(readFileSync(file), { columns: true }) as Record<string, string>[]
    expect(got.map((r) => [r.event, r.accounts, r.outcome])).toEqual([
      ['objection.filed', 'fb-bo', ''],
      ['objection.withdrawn', 'fb-bo', ''],
      ['case.received', '', ''],
      ['case.decided', '', 'rejected'],
    ])
    expect(Number(got[0]?.ledger_index)).toBeGreaterThan(10_000)
    expect(readdirSync(t.f.dir).filter((f) => f.endsWith('.partial'))).toEqual([])

    // A folder that is not there: said plainly, exit 1, nothing written.
    const failed = await run('--format', 'dpv', '--out', 'nowhere/r.jsonld')
    expect(failed.code).toBe(1)
    expect(failed.stderr).toMatch(/cannot write .*nowhere\/r\.jsonld: ENOENT/)
    expect(existsSync(join(t.f.dir, 'nowhere'))).toBe(false)
  })
})

describe("a span's records on SQLite, where an entry can be changed by hand", () => {
  let t: TestApp
  afterEach(async () => t.dispose())

  it('hashes only its own entries: a changed entry outside the span leaves it whole, inside it fails', async () => {
    t = await createTestApp()
    const { veto } = t.f
    const object = (account: string) =>
      veto.filings.file({ type: 'objection', target: { account }, reason: null, channel: 'api' })
    const first = await object('fb-bo')
    t.f.now += 86_400_000
    const second = await object('fb-ana')
    const run = (...args: string[]) =>
      vetoCli(['export', 'records', '--format', 'csv', ...args], {
        cwd: t.f.dir,
        env: { VETO_DATA: join(t.f.dir, 'data') },
      })
    const raw = new Sqlite(join(t.f.dir, 'data', 'veto.sqlite'))
    const seqOf = (id: string) =>
      (raw.prepare('select seq from ledger where payload like ?').get(`%"${id}"%`) as { seq: number }).seq
    const firstSeq = seqOf(first.filing.id)
    raw.exec('drop trigger ledger_no_update')
    raw
      .prepare(`update ledger set payload = replace(payload, '"channel":"api"', '"channel":"form"') where seq = ?`)
      .run(firstSeq)
    const from = new Date(second.filing.receivedAt).toISOString()
    expect(await run('--from', from, '--out', 'later.csv')).toMatchObject({ code: 0 })
    const later = parseCsv(readFileSync(join(t.f.dir, 'later.csv')), { columns: true }) as Record<string, string>[]
    expect(later.map((r) => r.id)).toEqual([second.filing.id])

    const whole = await run('--out', 'all.csv')
    expect(whole.code).toBe(1)
    expect(whole.stderr).toContain(`ledger entry ${firstSeq} (objection.filed) does not match its recorded hash`)
    expect(existsSync(join(t.f.dir, 'all.csv'))).toBe(false)

    // A payload that is no longer JSON is named the same way, whatever the span.
    raw.prepare(`update ledger set payload = 'ada@example.org' where seq = ?`).run(firstSeq)
    raw.close()
    const unreadable = await run('--from', from, '--out', 'again.csv')
    expect(unreadable.code).toBe(1)
    expect(unreadable.stderr).toContain(`ledger entry ${firstSeq} (objection.filed) does not match its recorded hash`)
    expect(unreadable.stderr).not.toContain('ada@example.org')
  })
})
