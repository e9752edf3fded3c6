import { describe, expect, it } from 'vitest'
import { addMonths, type Case, caseState, dueAfterExtension, dueAfterReceipt, nextStep } from './cases.js'

const t = (s: string) => Date.parse(s)
const iso = (n: number) => new Date(n).toISOString()

describe('due dates (GDPR Art. 12(3))', () => {
  it('falls on the same day one month later, or on the last day of a shorter month, at the same time', () => {
    expect(iso(dueAfterReceipt(t('2025-05-20T10:15:00Z')))).toBe('2025-06-20T10:15:00.000Z')
    expect(iso(dueAfterReceipt(t('2025-01-31T23:59:59.999Z')))).toBe('2025-02-28T23:59:59.999Z')
    expect(iso(dueAfterReceipt(t('2024-01-31T08:00:00Z')))).toBe('2024-02-29T08:00:00.000Z')
    expect(iso(dueAfterReceipt(t('2025-12-15T00:00:00Z')))).toBe('2026-01-15T00:00:00.000Z')
    // Extended by two months from the first due date, not from the request.
    expect(iso(dueAfterExtension(t('2025-02-28T08:00:00Z')))).toBe('2025-04-28T08:00:00.000Z')
    expect(iso(addMonths(t('2025-12-31T12:00:00Z'), 2))).toBe('2026-02-28T12:00:00.000Z')
  })
})

describe('a case', () => {
  const received = t('2025-06-01T00:00:00Z')
  const c: Case = {
    id: 'case_1',
    items: ['a', 'b'],
    description: 'shows me',
    contact: null,
    evidence: null,
    lang: null,
    zone: null,
    channel: 'form',
    receivedAt: received,
    dueAt: dueAfterReceipt(received),
    recordedAt: received,
  }
  it('is overdue only while undecided past its due date', () => {
    expect(caseState(c, [], c.dueAt)).toMatchObject({ status: 'open', overdue: false })
    expect(caseState(c, [], c.dueAt + 1)).toMatchObject({ status: 'open', overdue: true })
    const rejected = nextStep(c, [], { kind: 'rejected', at: c.dueAt + 5, reviewer: 'r', reason: 'not them' })
    expect(caseState(c, [rejected], c.dueAt + 10)).toMatchObject({ status: 'rejected', overdue: false })
  })
  it('accepts all its items by default, and only items it names', () => {
    expect(nextStep(c, [], { kind: 'accepted', at: received, reviewer: 'r' }).items).toEqual(['a', 'b'])
    expect(nextStep(c, [], { kind: 'accepted', at: received, reviewer: 'r', items: ['b', 'b'] }).items).toEqual(['b'])
    expect(() => nextStep(c, [], { kind: 'accepted', at: received, reviewer: 'r', items: ['z'] })).toThrow(/item z/)
    expect(() => nextStep(c, [], { kind: 'accepted', at: received, reviewer: ' ' })).toThrow(/reviewer/)
  })
})
