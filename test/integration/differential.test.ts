/**
 * Equal answers (issue: snapshots, point 3): the DuckDB export engine and the domain core
 * decide every item of random histories the same way — centers joining and leaving,
 * timely, late and withdrawn objections, consents, notices, minors, visibility and kinds.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDuckDb } from '../../src/content/duckdb.js'
import {
  type ContentItem,
  createDecisionContext,
  decide,
  definePolicy,
  type Evidence,
  evidenceLabel,
  type Facts,
  formatInstant,
  type Policy,
  PRESETS,
} from '../../src/domain/index.js'
import { createContentView } from '../../src/export/content-source.js'
import { loadAccountFacts } from '../../src/export/engine.js'
import { decisionsSql } from '../../src/export/plan.js'
import { BUILT, factsArb, instant, itemArb, policyArb } from '../fixtures/arbitraries.js'
import { writeFactFilesOf } from '../fixtures/fact-files.js'
import { account, link, objection, t } from '../fixtures/facts.js'

let duck: Awaited<ReturnType<typeof openDuckDb>>
let dir: string
beforeAll(async () => {
  duck = await openDuckDb({ threads: 1 })
  dir = mkdtempSync(join(tmpdir(), 'veto-diff-'))
})
afterAll(() => {
  duck.close()
  rmSync(dir, { recursive: true, force: true })
})

const label = (e: Evidence | null) => (e === null ? null : evidenceLabel(e))

/** Decides `items` both ways and expects the same answer for each. */
async function compare(policy: Policy, at: number, facts: Facts, items: ContentItem[]): Promise<void> {
  const file = join(dir, `content-${run++}.jsonl`)
  writeFileSync(
    file,
    items
      .map((it) =>
        JSON.stringify({
          id: it.id,
          account: it.account,
          kind: it.kind,
          visibility: it.visibility,
          published_at: formatInstant(it.publishedAt),
          public_since: it.publicSince == null ? null : formatInstant(it.publicSince),
          lang: it.lang ?? null,
        }),
      )
      .join('\n'),
  )
  await createContentView(duck.connection, [file])
  await loadAccountFacts(duck.connection, await writeFactFilesOf(dir, facts), policy, at, BUILT)
  await duck.connection.run(`create or replace table decided as ${decisionsSql(policy, at)}`)
  const rows = (
    await duck.connection.runAndReadAll(
      `select content_id, included, reason, decided_by from decided order by content_id`,
    )
  ).getRowObjectsJson() as { content_id: string; included: boolean; reason: string | null; decided_by: string | null }[]
  const ctx = createDecisionContext({ policy, at, built: BUILT, facts })
  const expected = items
    .map((it) => {
      const d = decide(it, ctx)
      return { content_id: it.id, included: d.included, reason: d.reason, decided_by: label(d.decidedBy) }
    })
    .sort((a, b) => (a.content_id < b.content_id ? -1 : 1))
  expect(rows).toEqual(expected)
}
let run = 0

it('decides like the domain core on 500 random histories', async () => {
  await fc.assert(
    fc.asyncProperty(
      policyArb,
      instant.filter((x) => x <= BUILT),
      factsArb,
      fc.array(itemArb, { minLength: 1, maxLength: 25 }),
      async (policy, at, facts, rawItems) => {
        // Items on the boundaries, where an off-by-one would hide: published at the cutoff,
        // and made public at the very instant an objection was received.
        const boundary = [
          ...facts.filings.map((f) => ({
            account: f.accounts[0] as string,
            kind: 'post',
            visibility: 'public',
            publishedAt: Math.min(f.receivedAt, at),
            publicSince: f.receivedAt,
            lang: null,
          })),
          ...[...facts.accounts.keys()].map((account) => ({
            account,
            kind: 'comment',
            visibility: 'public',
            publishedAt: at,
            publicSince: null,
            lang: null,
          })),
          // Made public at the cutoff (in) and a millisecond after it (out, rule 1).
          ...[...facts.accounts.keys()].flatMap((account) =>
            [0, 1].map((after) => ({
              account,
              kind: 'post',
              visibility: 'public',
              publishedAt: at - 86_400_000,
              publicSince: at + after,
              lang: null,
            })),
          ),
        ]
        await compare(
          policy,
          at,
          facts,
          [...rawItems, ...boundary].map((it, i) => ({ ...it, id: `i${i}` })),
        )
      },
    ),
    { numRuns: 500 },
  )
}, 300_000)

it('decides like the domain core where a center history meets a filing at its edges', async () => {
  const [t0, t1, t2] = [t('2024-07-01T00:00:00Z'), t('2024-09-01T00:00:00Z'), t('2024-10-01T00:00:00Z')]
  const people = ['left', 'stayer', 'edge', 'edge-mate', 'twice', 'twice-mate', 'gone', 'gone-mate']
  const accounts = new Map(people.map((id) => [id, account(id, { birthdate: '1980-01-01' })]))
  const facts: Facts = {
    accounts,
    memberships: [
      // left C before objecting: its objection does not reach stayer.
      link('left', 'C', t0),
      link('stayer', 'C', t0),
      link('left', null, t1),
      // edge leaves E at the very instant it objects: not a member then, so edge-mate is not covered.
      link('edge', 'E', t0),
      link('edge-mate', 'E', t0),
      link('edge', null, t2),
      // twice leaves and joins T at one instant: the join counts (no center sorts first).
      link('twice', 'T', t0),
      link('twice-mate', 'T', t0),
      link('twice', 'T', t1),
      link('twice', null, t1),
      // gone-mate leaves G at the instant gone objects: not covered.
      link('gone', 'G', t0),
      link('gone-mate', 'G', t0),
      link('gone-mate', null, t2),
    ],
    filings: [
      objection('o-left', ['left'], t2),
      objection('o-edge', ['edge'], t2),
      objection('o-twice', ['twice'], t2),
      objection('o-gone', ['gone'], t2),
    ],
    withdrawals: [],
    notices: [],
    exclusions: [],
  }
  const items = people.map((a, i) => ({
    id: `e${i}`,
    account: a,
    kind: 'post',
    visibility: 'public',
    publishedAt: t0,
    publicSince: null,
    lang: null,
  }))
  for (const policy of PRESETS) await compare(policy, BUILT, facts, items)
  // The cases above are what they claim to be: the domain core covers only these.
  const ctx = createDecisionContext({ policy: PRESETS[0] as Policy, at: BUILT, built: BUILT, facts })
  expect(people.filter((a) => ctx.filingsCovering('objection', a).length > 0)).toEqual([
    'left',
    'edge',
    'twice',
    'twice-mate',
    'gone',
  ])
})

it(
  'decides like the domain core for people who come of age after the deadline, ' + 'at the edges of their window',
  async () => {
    const policy = definePolicy({
      name: 'coming-of-age',
      version: 1,
      extends: 'meta-2025',
      deadline: '2024-12-01T00:00:00Z',
      coming_of_age_days: 30,
    })
    // 18 on 2025-01-15: their own deadline is 30 days later, 2025-02-14T00:00Z.
    const cases = [
      { id: 'window-last-ms', birthdate: '2007-01-15', at: '2025-02-13T23:59:59.999Z', out: true },
      { id: 'window-end', birthdate: '2007-01-15', at: '2025-02-14T00:00:00Z', out: false },
      { id: 'before-birthday', birthdate: '2007-01-15', at: '2025-01-10T00:00:00Z', out: true },
      { id: 'before-deadline', birthdate: '2007-01-15', at: '2024-11-30T00:00:00Z', out: true },
      { id: 'adult-before-deadline', birthdate: '1990-01-01', at: '2025-01-10T00:00:00Z', out: false },
      // 18 at the deadline's very instant: not after it, so no window of their own.
      { id: 'adult-at-deadline', birthdate: '2006-12-01', at: '2024-12-20T00:00:00Z', out: false },
    ]
    const facts: Facts = {
      accounts: new Map(cases.map((c) => [c.id, account(c.id, { birthdate: c.birthdate })])),
      memberships: [],
      filings: cases.map((c) => objection(`o-${c.id}`, [c.id], t(c.at))),
      withdrawals: [],
      notices: [],
      exclusions: [],
    }
    // Old content, public long before every objection: a late objection spares it.
    const items = cases.map((c, i) => ({
      id: `y${i}`,
      account: c.id,
      kind: 'post',
      visibility: 'public',
      publishedAt: t('2024-07-01T00:00:00Z'),
      publicSince: null,
      lang: null,
    }))
    await compare(policy, BUILT, facts, items)
    const ctx = createDecisionContext({ policy, at: BUILT, built: BUILT, facts })
    expect(items.map((it) => decide(it, ctx).reason === 'objection')).toEqual(cases.map((c) => c.out))
  },
)

it('keeps out items excluded by a request accepted by the build instant (rule 9), in both modes', async () => {
  const [t0, t1] = [t('2024-07-01T00:00:00Z'), t('2024-09-01T00:00:00Z')]
  const facts: Facts = {
    accounts: new Map(['p', 'q'].map((id) => [id, account(id, { birthdate: '1980-01-01' })])),
    memberships: [],
    filings: [objection('o-q', ['q'], t0), { ...objection('k-p', ['p'], t0), type: 'consent' }],
    withdrawals: [],
    notices: [],
    exclusions: [
      // x1 by two cases: the earlier one names it; at one instant, the smaller case id.
      { contentId: 'x1', caseId: 'case_b', recordedAt: t1 },
      { contentId: 'x1', caseId: 'case_a', recordedAt: t0 },
      { contentId: 'x2', caseId: 'case_d', recordedAt: t1 },
      { contentId: 'x2', caseId: 'case_c', recordedAt: t1 },
      // Recorded after the build instant: it does not count yet.
      { contentId: 'x3', caseId: 'case_e', recordedAt: BUILT + 1 },
      // q objected: its item stays out for the objection, the first rule that fails.
      { contentId: 'x4', caseId: 'case_f', recordedAt: t0 },
    ],
  }
  const item = (id: string, account: string) => ({
    id,
    account,
    kind: 'post',
    visibility: 'public',
    publishedAt: t0,
    publicSince: null,
    lang: null,
  })
  const items = [item('x1', 'p'), item('x2', 'p'), item('x3', 'p'), item('x4', 'q'), item('x5', 'p')]
  for (const policy of PRESETS) await compare(policy, BUILT, facts, items)
  const ctx = createDecisionContext({ policy: PRESETS[0] as Policy, at: BUILT, built: BUILT, facts })
  expect(items.map((it) => [decide(it, ctx).reason, label(decide(it, ctx).decidedBy)])).toEqual([
    ['excluded', 'case:case_a'],
    ['excluded', 'case:case_c'],
    [null, null],
    ['objection', 'o-q'],
    [null, null],
  ])
})
