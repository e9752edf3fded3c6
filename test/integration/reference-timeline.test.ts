/**
 * The 2025 reference timeline (DESIGN §1): training on 27 May 2025; Anna objects on
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
const NOTICES = `account,delivered_at
${['fb-anna', 'fb-ben', 'fb-clara', 'ig-clara', 'fb-dan', 'ig-dan', 'fb-emil', 'fb-fay'].map((a) => `${a},2025-04-14T08:00:00Z`).join('\n')}
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
  await service.decideFiles({ policy, at, content: [content], sink: (c) => { lines.push(c) } })
  return Object.fromEntries(lines.join('').trim().split('\n').map((l) => JSON.parse(l))
    .map((d: { content_id: string; reason: string | null }) => [d.content_id, d.reason ?? 'in']))
}

describe('the reference timeline', () => {
  it('trains on 27 May with what was on record in time', async () => {
    // Built on 5 June: Ben's objection of 10 June does not exist yet.
    expect(await decisions('meta-2025', TRAINING, Date.parse('2025-06-05T00:00:00Z'))).toEqual({
      'anna-old': 'objection', 'ben-old': 'in', 'ben-june': 'published',
      'clara-fb': 'objection', 'clara-ig': 'objection',
      'dan-fb': 'objection', 'dan-ig': 'in',
      emil: 'age', fay: 'in', 'fay-june': 'published',
    })
  })

  it('keeps older content of a late objector under meta-2025, takes none of it under strict', async () => {
    const meta = await decisions('meta-2025', JULY, JULY)
    expect(meta).toMatchObject({ 'ben-old': 'in', 'ben-june': 'objection', 'fay-june': 'in', 'anna-old': 'objection' })
    const strict = await decisions('strict', JULY, JULY)
    expect(strict).toMatchObject({ 'ben-old': 'objection', 'ben-june': 'objection', fay: 'in', 'dan-ig': 'in' })
  })

  it('does not let Dan\'s objection by address reach his account with another address and center', async () => {
    const r = await (await import('../../src/services/reports.js')).createReportService({ store: ws.store, clock: () => ws.now })
      .report({ email: 'dan@example.com' })
    expect(r.objections).toMatchObject([{ filed_for: ['fb-dan'], covers: ['fb-dan'] }])
  })
})
