import { describe, expect, it } from 'vitest'
import { link, t } from '../../test/fixtures/facts.js'
import { createCenterIndex, scopeOf } from './centers.js'

const T0 = t('2025-01-01T00:00:00Z')
const BUILT = t('2025-12-31T00:00:00Z')

describe('createCenterIndex', () => {
  it('gives the same history whatever order same-instant changes arrive in', () => {
    const a = createCenterIndex([link('x', 'C1', T0), link('x', 'C0', T0)], BUILT)
    const b = createCenterIndex([link('x', 'C0', T0), link('x', 'C1', T0)], BUILT)
    expect(a.intervalsOf('x')).toEqual(b.intervalsOf('x'))
    expect(a.centerAt('x', T0)).toBe('C1')
  })
  it('ends a membership when the account leaves', () => {
    const idx = createCenterIndex([link('x', 'C', T0), link('x', null, T0 + 10)], BUILT)
    expect(idx.centerAt('x', T0 + 9)).toBe('C')
    expect(idx.centerAt('x', T0 + 10)).toBeNull()
  })
  it('ignores changes recorded or taking effect after the as-of instant', () => {
    const idx = createCenterIndex([link('x', 'C', T0, BUILT + 1), link('y', 'C', BUILT + 1)], BUILT)
    expect(idx.intervalsIn('C')).toEqual([])
  })
})

describe('scopeOf', () => {
  it('is just the filed-for account when it belongs to no center', () => {
    const idx = createCenterIndex([link('y', 'C', T0)], BUILT)
    expect([...scopeOf(idx, ['x'], T0, BUILT)]).toEqual(['x'])
  })
  it('takes in a center the filed-for account joins after filing', () => {
    const idx = createCenterIndex([link('x', 'C', T0 + 100), link('y', 'C', T0)], BUILT)
    expect([...scopeOf(idx, ['x'], T0, BUILT)].sort()).toEqual(['x', 'y'])
  })
})
