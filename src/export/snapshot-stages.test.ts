/** A snapshot's counting stage alone, on a handful of decisions: what the card and manifest report. */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { countDecisions } from './snapshot-stages.js'

let duck: Awaited<ReturnType<typeof openDuckDb>>
beforeAll(async () => {
  duck = await openDuckDb()
  await duck.connection.run(`create view decided as select * from (values
    ('c1', 'a1', true, null, 'post', 'de'),
    ('c2', 'a1', false, 'objection', 'post', 'de'),
    ('c3', 'a2', false, 'age', 'comment', null),
    ('c4', 'a3', true, null, 'comment', 'fr')
  ) as t(content_id, account_id, included, reason, kind, lang)`)
})
afterAll(() => duck.close())

it('counts every decision, those left out by reason, and in and out by kind and language', async () => {
  const counts = await countDecisions(duck.connection)
  expect(counts.considered).toBe(4)
  expect(counts.out.objection).toBe(1)
  expect(counts.out.age).toBe(1)
  expect(counts.out.region).toBe(0)
  expect(counts.byKind).toEqual({ comment: { included: 1, excluded: 1 }, post: { included: 1, excluded: 1 } })
  expect(counts.byLang).toEqual({
    '(none)': { included: 0, excluded: 1 },
    de: { included: 1, excluded: 1 },
    fr: { included: 1, excluded: 0 },
  })
})
