/** Ids: unguessable, and where made for an instant, in the order of their instants. */
import fc from 'fast-check'
import { expect, it } from 'vitest'
import { newId } from './ids.js'

const FORM = /^obj_[0-9a-hjkmnp-tv-z]{26}$/

it('makes ids of an instant that sort as their instants do, whatever their random part', () => {
  const instant = fc.integer({ min: 0, max: 2 ** 50 - 1 })
  fc.assert(
    fc.property(instant, instant, (a, b) => {
      const [x, y] = [newId('obj', a), newId('obj', b)]
      expect(x).toMatch(FORM)
      expect(y).toMatch(FORM)
      if (a < b) expect(x < y).toBe(true)
      if (a > b) expect(x > y).toBe(true)
      expect(x.slice(0, 14) === y.slice(0, 14)).toBe(a === b)
    }),
    { numRuns: 2000 },
  )
})

it('keeps 80 random bits in every id, with an instant or without', () => {
  const at = Date.parse('2025-05-26T22:00:00Z')
  const ids = Array.from({ length: 2000 }, (_, i) => (i % 2 ? newId('obj', at) : newId('obj')))
  expect(new Set(ids).size).toBe(ids.length)
  expect(ids.filter((id) => id.length === 'obj_'.length + 16)).toHaveLength(1000)
  expect(new Set(ids.filter((id) => id.length > 20).map((id) => id.slice(0, 14))).size).toBe(1)
})
