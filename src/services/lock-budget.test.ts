import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LOCK_BUDGET_MS, MIN_RECORDS, nextBatchSize } from './lock-budget.js'

describe('nextBatchSize', () => {
  it('keeps a quick batch whole', () => {
    expect(nextBatchSize(2048, 20, 2048)).toBe(2048)
  })

  it('cuts a slow batch to what fits the budget at its pace', () => {
    // 2,048 records in 300 ms: 40 ms hold about 273 of them.
    expect(nextBatchSize(2048, 300, 2048, 40)).toBe(273)
  })

  it('grows back at most twofold a step once the pace is quick again', () => {
    expect(nextBatchSize(273, 5, 2048, 40)).toBe(546)
    expect(nextBatchSize(546, 5, 2048, 40)).toBe(1092)
    expect(nextBatchSize(1092, 5, 2048, 40)).toBe(2048)
  })

  it('never goes below the floor, nor above the most', () => {
    expect(nextBatchSize(100, 100_000, 2048)).toBe(MIN_RECORDS)
    expect(nextBatchSize(10, 100_000, 8)).toBe(8)
    expect(nextBatchSize(0, 0, 2048)).toBe(2048)
  })

  it('stays within its bounds and the budget for any pace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 100_000 }),
        (records, ms, most) => {
          const n = nextBatchSize(records, ms, most)
          expect(n).toBeGreaterThanOrEqual(Math.min(MIN_RECORDS, most))
          expect(n).toBeLessThanOrEqual(most)
          expect(n).toBeLessThanOrEqual(Math.max(2 * records, Math.min(MIN_RECORDS, most)))
          // At the last batch's pace, the next one fits the budget unless the floor keeps it larger.
          if (n > Math.min(MIN_RECORDS, most))
            expect((n * Math.max(ms, 1)) / records).toBeLessThanOrEqual(LOCK_BUDGET_MS + 1e-6)
        },
      ),
    )
  })
})
