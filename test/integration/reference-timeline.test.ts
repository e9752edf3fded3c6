/**
 * The 2025 reference timeline: training on 27 May 2025; Anna objects on
 * 20 May, Ben on 10 June; Clara has linked accounts; Dan's second account has another
 * address and another center; Emil is a minor; Fay does nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createDecisionService } from '../../src/services/decisions.js'
import { createWorkspace, type Workspace } from '../fixtures/workspace.js'

const TRAINING = Date.parse('2025-05-27T00:00:00+02:00')
const JULY = Date.parse('2025-07-01T00:00:00Z')

const ACCOUNTS = `id,network,email,birthdate,country,center,created_at
fb-anna,facebook,anna@example.com,1985-03-02,DE,c-anna,2016-01-01T00:00:00Z
fb-ben,facebook,ben@example.com,1979-11-20,AT,c-ben,2016-01-01T00:00:00Z
fb-clara,facebook,clara@example.com,1992-06-13,FR,c-clara,2016-01-01T00:00:00Z
ig-clara,instagram,clara@example.com,1992-06-13,FR,c-clara,2018-01-01T00:00:00Z
fb-dan,facebook,dan@example.com,1990-01-01,IT,c-dan,2016-01-01T00:00:00Z
ig-dan,instagram,dan.other@example.com,1990-01-01,IT,c-dan-2,2019-01-01T00:00:00Z
fb-emil,facebook,emil@example.com,2009-03-01,DE,,2023-01-01T00:00:00Z
fb-fay,facebook,fay@example.com,1970-07-07,PL,,2016-01-01T00:00:00Z
`
const TIMELY = `account,email,received_at,channel
fb-anna,,2025-05-20T09:00:00+02:00,portal
fb-clara,,2025-05-21T12:00:00+02:00,portal
,dan@example.com,2025-05-22T08:00:00+02:00,portal
`
const LATE = `account,received_at,channel
fb-ben,2025-06-10T18:30:00+02:00,portal
`
const NOTICED = ['fb-anna', 'fb-ben', 'fb-clara', 'ig-clara', 'fb-dan', 'ig-dan', 'fb-emil', 'fb-fay']
const NOTICES = `account,delivered_at
${NOTICED.map((a) => `${a},2025-04-14T08:00:00Z`).join('\n')}
`
const item = (id: string, account: string, published: string) =>
  JSON.stringify({ id, account, kind: 'post', visibility: 'public', published_at: published })
const CONTENT = [
  item('anna-old', 'fb-anna', '2024-02-01T10:00:00Z'),
  item('ben-old', 'fb-ben', '2024-02-01T10:00:00Z'),
  item('ben-june', 'fb-ben', '2025-06-20T10:00:00Z'),
  item('clara-fb', 'fb-clara', '2024-02-01T10:00:00Z'),
  item('clara-ig', 'ig-clara', '2024-02-01T10:00:00Z'),
  item('dan-fb', 'fb-dan', '2024-02-01T10:00:00Z'),
  item('dan-ig', 'ig-dan', '2024-02-01T10:00:00Z'),
  item('emil', 'fb-emil', '2024-02-01T10:00:00Z'),
  item('fay', 'fb-fay', '2024-02-01T10:00:00Z'),
  item('fay-june', 'fb-fay', '2025-06-20T10:00:00Z'),
].join('\n')

let ws: Workspace
let content: string
beforeEach(async () => {
  // Each fact is recorded when it happened, as a platform syncing daily would.
  ws = await createWorkspace(Date.parse('2025-05-23T00:00:00Z'))
  await ws.imports.importFile('accounts', ws.write('accounts.csv', ACCOUNTS))
  await ws.imports.importFile('notices', ws.write('notices.csv', NOTICES))
  await ws.imports.importFile('objections', ws.write('timely.csv', TIMELY))
  ws.now = Date.parse('2025-06-11T00:00:00Z')
  await ws.imports.importFile('objections', ws.write('late.csv', LATE))
  content = ws.write('content.jsonl', CONTENT)
})
afterEach(async () => ws.dispose())

async function decisions(policy: string, at: number, built: number) {
  const service = createDecisionService({ store: ws.store, clock: () => built }, [])
  const lines: string[] = []
  await service.decideFiles({
    policy,
    at,
    content: [content],
    sink: (c) => {
      lines.push(c)
    },
  })
  return Object.fromEntries(
    lines
      .join('')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .map((d: { content_id: string; reason: string | null }) => [d.content_id, d.reason ?? 'in']),
  )
}

describe('the reference timeline', () => {
  it('trains on 27 May with what was on record in time', async () => {
    // Built on 5 June: Ben's objection of 10 June does not exist yet.
    expect(await decisions('meta-2025', TRAINING, Date.parse('2025-06-05T00:00:00Z'))).toEqual({
      'anna-old': 'objection',
      'ben-old': 'in',
      'ben-june': 'published',
      'clara-fb': 'objection',
      'clara-ig': 'objection',
      'dan-fb': 'objection',
      'dan-ig': 'in',
      emil: 'age',
      fay: 'in',
      'fay-june': 'published',
    })
  })

  it('keeps older content of a late objector under meta-2025, takes none of it under strict', async () => {
    const meta = await decisions('meta-2025', JULY, JULY)
    expect(meta).toMatchObject({ 'ben-old': 'in', 'ben-june': 'objection', 'fay-june': 'in', 'anna-old': 'objection' })
    const strict = await decisions('strict', JULY, JULY)
    expect(strict).toMatchObject({ 'ben-old': 'objection', 'ben-june': 'objection', fay: 'in', 'dan-ig': 'in' })
  })

  it("does not let Dan's objection by address reach his account with another address and center", async () => {
    const r = await (await import('../../src/services/reports.js'))
      .createReportService({ store: ws.store, clock: () => ws.now })
      .report({ email: 'dan@example.com' })
    expect(r.objections).toMatchObject([{ filed_for: ['fb-dan'], covers: ['fb-dan'] }])
  })
})

describe('the reference timeline, round 2 (docs/policy.md)', () => {
  it('keeps out an item made public only after the cutoff (published), and takes it in a later snapshot', async () => {
    const file = ws.write(
      'late-public.jsonl',
      JSON.stringify({
        id: 'fay-private',
        account: 'fb-fay',
        kind: 'post',
        visibility: 'public',
        published_at: '2020-01-01T10:00:00Z',
        public_since: '2025-06-15T00:00:00Z',
      }),
    )
    const run = async (at: number) => {
      const lines: string[] = []
      await createDecisionService({ store: ws.store, clock: () => JULY }, []).decideFiles({
        policy: 'meta-2025',
        at,
        content: [file],
        sink: (c) => {
          lines.push(c)
        },
      })
      return JSON.parse(lines.join('').trim()) as { reason: string | null }
    }
    expect((await run(TRAINING)).reason).toBe('published')
    expect((await run(JULY)).reason).toBeNull()
  })

  it('refuses to seal a meta-2025 snapshot before its deadline, and seals one from then on', async () => {
    const { createVetoFolder } = await import('../fixtures/veto-folder.js')
    const f = await createVetoFolder('sqlite', Date.parse('2025-05-20T12:00:00Z'))
    try {
      await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS))
      const at = Date.parse('2025-05-20T00:00:00Z')
      const content = f.write(
        'c.jsonl',
        JSON.stringify({
          id: 'fay-1',
          account: 'fb-fay',
          kind: 'post',
          visibility: 'public',
          published_at: '2024-01-01T00:00:00Z',
          text: 'hello',
        }),
      )
      // Anna and Dan might still object on 21-26 May: a seal on 20 May could not honour them.
      await expect(f.veto.snapshots.create({ policy: 'meta-2025', at, content: [content] })).rejects.toMatchObject({
        code: 'SNAPSHOT_BEFORE_DEADLINE',
      })
      expect(await f.veto.store.listSnapshots()).toEqual([])
      f.now = TRAINING
      await expect(f.veto.snapshots.create({ policy: 'meta-2025', at, content: [content] })).resolves.toMatchObject({
        record: { policyName: 'meta-2025' },
      })
    } finally {
      await f.dispose()
    }
  })

  it(
    "counts only notices of the snapshot's policy name for notice_days; " + 'unversioned ones count for every policy',
    async () => {
      ws.now = Date.parse('2025-06-20T00:00:00Z')
      await ws.imports.importFile(
        'accounts',
        ws.write(
          'more.csv',
          `id,network,email,birthdate,country,center,created_at
fb-gus,facebook,gus@example.com,1980-01-01,DE,,2016-01-01T00:00:00Z
fb-hal,facebook,hal@example.com,1980-01-01,DE,,2016-01-01T00:00:00Z
`,
        ),
      )
      await ws.imports.importFile(
        'notices',
        ws.write(
          'versioned.csv',
          `account,delivered_at,policy,lang
fb-gus,2025-04-14T08:00:00Z,meta-2025@1,de
fb-hal,2025-04-14T08:00:00Z,strict@1,de
`,
        ),
      )
      const file = ws.write(
        'gus-hal.jsonl',
        ['fb-gus', 'fb-hal', 'fb-fay'].map((a) => item(`${a}-post`, a, '2024-02-01T10:00:00Z')).join('\n'),
      )
      const lines: string[] = []
      await createDecisionService({ store: ws.store, clock: () => JULY }, []).decideFiles({
        policy: 'strict',
        at: JULY,
        content: [file],
        sink: (c) => {
          lines.push(c)
        },
      })
      const got = Object.fromEntries(
        lines
          .join('')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { content_id: string; reason: string | null })
          .map((d) => [d.content_id, d.reason ?? 'in']),
      )
      // Gus was told about meta-2025 only; Hal about strict; Fay's notice predates versioning.
      expect(got).toEqual({ 'fb-gus-post': 'notice', 'fb-hal-post': 'in', 'fb-fay-post': 'in' })
      const notices = await ws.store.noticesTo(['fb-gus', 'fb-fay'])
      expect(notices.map((n) => [n.account, n.policy ?? null, n.lang ?? null])).toEqual([
        ['fb-fay', null, null],
        ['fb-gus', { name: 'meta-2025', version: 1 }, 'de'],
      ])
      const { createReportService } = await import('../../src/services/reports.js')
      const reports = createReportService({ store: ws.store, clock: () => ws.now })
      expect((await reports.report({ email: 'gus@example.com' })).notices).toEqual([
        { account: 'fb-gus', delivered_at: '2025-04-14T08:00:00.000Z', policy: 'meta-2025@1', lang: 'de' },
      ])
      expect((await reports.report({ email: 'fay@example.com' })).notices).toEqual([
        { account: 'fb-fay', delivered_at: '2025-04-14T08:00:00.000Z', policy: 'unversioned', lang: null },
      ])
    },
  )

  it(
    'gives a person who came of age after the deadline a window of their own, ' + 'under a policy that sets one',
    async () => {
      const policies = [{ name: 'meta-2025-coa', version: 1, extends: 'meta-2025', coming_of_age_days: 30 }]
      ws.now = Date.parse('2025-07-10T00:00:00Z')
      // Both turn 18 on 1 June 2025, after the deadline: their window ends on 1 July.
      await ws.imports.importFile(
        'accounts',
        ws.write(
          'young.csv',
          `id,network,email,birthdate,country,center,created_at
fb-ida,facebook,ida@example.com,2007-06-01,DE,,2023-01-01T00:00:00Z
fb-jon,facebook,jon@example.com,2007-06-01,DE,,2023-01-01T00:00:00Z
`,
        ),
      )
      await ws.imports.importFile(
        'objections',
        ws.write(
          'young-objections.csv',
          `account,received_at,channel
fb-ida,2025-06-20T10:00:00Z,portal
fb-jon,2025-07-05T10:00:00Z,portal
`,
        ),
      )
      const file = ws.write(
        'young.jsonl',
        ['fb-ida', 'fb-jon'].map((a) => item(`${a}-as-minor`, a, '2024-02-01T10:00:00Z')).join('\n'),
      )
      const decide = async (policy: string) => {
        const lines: string[] = []
        await createDecisionService({ store: ws.store, clock: () => ws.now }, policies).decideFiles({
          policy,
          at: ws.now,
          content: [file],
          sink: (c) => {
            lines.push(c)
          },
        })
        return Object.fromEntries(
          lines
            .join('')
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as { content_id: string; reason: string | null })
            .map((d) => [d.content_id, d.reason ?? 'in']),
        )
      }
      // Inside the window: timely, all of Ida's content is out. Outside: late, and old content is spared.
      expect(await decide('meta-2025-coa')).toEqual({ 'fb-ida-as-minor': 'objection', 'fb-jon-as-minor': 'in' })
      // meta-2025 sets no window, as the reference case did: both are late.
      expect(await decide('meta-2025')).toEqual({ 'fb-ida-as-minor': 'in', 'fb-jon-as-minor': 'in' })
    },
  )

  it(
    'lets only a holder of an account it was filed for withdraw an objection, ' +
      'not one who joined the center with another address',
    async () => {
      const { createFilingService } = await import('../../src/services/filings.js')
      const { newId } = await import('../../src/services/ids.js')
      const { PRESETS } = await import('../../src/domain/index.js')
      ws.now = Date.parse('2025-06-12T00:00:00Z')
      // Dan's other account joins Anna's center after she objected: it is covered, but not hers to withdraw.
      await ws.imports.importFile(
        'links',
        ws.write('join.csv', 'account,center,at\nig-dan,c-anna,2025-06-11T00:00:00Z\n'),
      )
      const [anna] = await ws.store.filingsFor(['fb-anna'])
      const filings = createFilingService({ store: ws.store, clock: () => ws.now, newId })
      const by = (email: string) => ({
        by: {
          email,
          lang: 'en' as const,
          zone: 'Europe/Berlin',
          url: 'https://veto.example.org/object',
          policy: PRESETS[0] as never,
        },
      })
      await expect(filings.withdraw(anna?.id ?? '', by('dan.other@example.com'))).rejects.toMatchObject({
        code: 'FILING_NOT_YOURS',
      })
      expect((await ws.store.findFiling(anna?.id ?? ''))?.withdrawal).toBeNull()
      await expect(filings.withdraw(anna?.id ?? '', by('ANNA@example.com'))).resolves.toMatchObject({
        withdrawal: { at: ws.now },
      })
    },
  )
})
