import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ageInYearsAt, bornBy, parseDate, parseInstant } from './time.js'

describe('parseInstant', () => {
  it('reads RFC 3339 with an offset into UTC', () => {
    expect(parseInstant('2025-05-27T00:00:00+02:00')).toBe(Date.UTC(2025, 4, 26, 22))
    expect(parseInstant('2025-05-27T00:00:00.5Z')).toBe(Date.UTC(2025, 4, 27, 0, 0, 0, 500))
  })
  it.each([
    '2025-05-27',
    '2025-05-27T00:00:00',
    '2025-02-30T00:00:00Z',
    '2025-05-27 00:00:00Z',
    '2025-05-27T24:00:00Z',
    'now',
    '',
  ])('refuses %j', (text) => expect(parseInstant(text)).toBeUndefined())
})

describe('dates and ages', () => {
  it('refuses impossible dates', () => {
    expect(parseDate('2023-02-29')).toBeUndefined()
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 })
    expect(parseDate('2024-13-01')).toBeUndefined()
  })
  it('completes a year on the birthday, and on 1 March for 29 February in common years', () => {
    const b = parseDate('2004-02-29')!
    expect(ageInYearsAt(b, Date.UTC(2022, 1, 28))).toBe(17)
    expect(ageInYearsAt(b, Date.UTC(2022, 2, 1))).toBe(18)
  })
  it('tells an age by comparing birthdates as text, as the store does, exactly as it counts one', () => {
    const day = fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    fc.assert(
      // Birthdates near the birthday that completes the age, where the two could disagree, and anywhere.
      fc.property(
        day,
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: -3, max: 3 }),
        day,
        fc.boolean(),
        (at, years, off, any, near) => {
          const birth = near
            ? new Date(Date.UTC(at.getUTCFullYear() - years, at.getUTCMonth(), at.getUTCDate() + off))
            : any
          const text = birth.toISOString().slice(0, 10)
          const date = parseDate(text) as NonNullable<ReturnType<typeof parseDate>>
          expect(text <= bornBy(years, at.getTime())).toBe(ageInYearsAt(date, at.getTime()) >= years)
        },
      ),
    )
    // Born on 29 February: of age on 1 March in a common year, not on 28 February.
    expect('2008-02-29' <= bornBy(18, Date.UTC(2026, 1, 28))).toBe(false)
    expect('2008-02-29' <= bornBy(18, Date.UTC(2026, 2, 1))).toBe(true)
  })
})
