import fc from 'fast-check'
import { expect, it } from 'vitest'
import { REASONS } from '../domain/index.js'
import { decisionLine, decisionRecord } from './decisions.js'

it('writes the same line by hand as JSON.stringify would', () => {
  fc.assert(
    fc.property(fc.string(), fc.option(fc.constantFrom(...REASONS), { nil: null }), (id, reason) => {
      const d = { included: reason === null, reason, decidedBy: null }
      expect(decisionLine(id, d)).toBe(JSON.stringify(decisionRecord(id, d, false)))
    }),
    { numRuns: 1000 },
  )
})
