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
import { createDecisionContext, decide, type Evidence, formatInstant } from '../../src/domain/index.js'
import { noticeLabel } from '../../src/export/account-facts.js'
import { createContentView } from '../../src/export/content-source.js'
import { decideAll } from '../../src/export/engine.js'
import { BUILT, factsArb, instant, itemArb, policyArb } from '../fixtures/arbitraries.js'

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

const label = (e: Evidence | null) => (e === null ? null : e.type === 'notice' ? noticeLabel(e.deliveredAt) : e.id)

it('decides like the domain core on 500 random histories', async () => {
  let run = 0
  await fc.assert(fc.asyncProperty(
    policyArb, instant.filter((x) => x <= BUILT), factsArb, fc.array(itemArb, { minLength: 1, maxLength: 25 }),
    async (policy, at, facts, rawItems) => {
      // Items on the boundaries, where an off-by-one would hide: published at the cutoff,
      // and made public at the very instant an objection was received.
      const boundary = [
        ...facts.filings.map((f) => ({ account: f.accounts[0] as string, kind: 'post', visibility: 'public', publishedAt: Math.min(f.receivedAt, at), publicSince: f.receivedAt, lang: null })),
        ...[...facts.accounts.keys()].map((account) => ({ account, kind: 'comment', visibility: 'public', publishedAt: at, publicSince: null, lang: null })),
      ]
      const items = [...rawItems, ...boundary].map((it, i) => ({ ...it, id: `i${i}` }))
      const file = join(dir, `content-${run++}.jsonl`)
      writeFileSync(file, items.map((it) => JSON.stringify({
        id: it.id, account: it.account, kind: it.kind, visibility: it.visibility,
        published_at: formatInstant(it.publishedAt), public_since: it.publicSince == null ? null : formatInstant(it.publicSince),
        lang: it.lang ?? null,
      })).join('\n'))
      await createContentView(duck.connection, [file])
      await decideAll(duck.connection, facts, policy, at, BUILT)
      const rows = (await duck.connection.runAndReadAll(`select content_id, included, reason, decided_by from decided order by content_id`))
        .getRowObjectsJson() as { content_id: string; included: boolean; reason: string | null; decided_by: string | null }[]
      const ctx = createDecisionContext({ policy, at, built: BUILT, facts })
      const expected = items.map((it) => {
        const d = decide(it, ctx)
        return { content_id: it.id, included: d.included, reason: d.reason, decided_by: label(d.decidedBy) }
      }).sort((a, b) => (a.content_id < b.content_id ? -1 : 1))
      expect(rows).toEqual(expected)
    }), { numRuns: 500 })
}, 300_000)
