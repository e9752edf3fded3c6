import { fc, test } from '@fast-check/vitest'
import { expect, it } from 'vitest'
import { evidenceLabel, parseEvidenceLabel } from './evidence-label.js'

test.prop([fc.integer({ min: 0, max: 4_102_444_800_000 })])('a notice label reads back as its instant', (ms) => {
  const label = evidenceLabel({ type: 'notice', account: 'a1', deliveredAt: ms })
  expect(label).toMatch(/^notice:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  expect(parseEvidenceLabel(label)).toEqual({ type: 'notice', deliveredAt: ms })
})

it('a filing is named by its id', () => {
  expect(evidenceLabel({ type: 'objection', id: 'obj_1', receivedAt: 0, timely: true })).toBe('obj_1')
  expect(parseEvidenceLabel('obj_1')).toEqual({ type: 'filing', id: 'obj_1' })
})

it('a label that starts as a notice but names no instant is refused, not misread', () => {
  expect(() => parseEvidenceLabel('notice:yesterday')).toThrow(/not a notice label/)
})
