/** Every language says everything English says, with the same placeholders, in its own formats. */
import { describe, expect, it } from 'vitest'
import { en } from './catalog/en.js'
import { CATALOGS, formatList, formatNumber, formatWhen, LANGS, negotiate } from './messages.js'
import { zoneFromLanguages } from './zones.js'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('the catalogs', () => {
  it('are the 24 official languages of the EU', () => {
    expect([...LANGS].sort()).toEqual([
      'bg',
      'cs',
      'da',
      'de',
      'el',
      'en',
      'es',
      'et',
      'fi',
      'fr',
      'ga',
      'hr',
      'hu',
      'it',
      'lt',
      'lv',
      'mt',
      'nl',
      'pl',
      'pt',
      'ro',
      'sk',
      'sl',
      'sv',
    ])
  })

  it.each(LANGS.filter((l) => l !== 'en'))(
    '%s has every key of English, no other, with the same placeholders',
    (lang) => {
      const catalog: Readonly<Record<string, string>> = CATALOGS[lang]
      expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort())
      for (const [key, text] of Object.entries(en)) {
        expect({ key, placeholders: placeholders(catalog[key] ?? '') }).toEqual({
          key,
          placeholders: placeholders(text),
        })
        expect(catalog[key]?.trim(), `${lang} ${key}`).not.toBe('')
      }
    },
  )

  it("format dates, numbers and lists in each language's own way, with the zone's offset", () => {
    const deadline = Date.parse('2025-05-27T00:00:00+02:00')
    expect(formatWhen('de', deadline, 'Europe/Berlin')).toBe('27. Mai 2025 um 00:00 GMT+2')
    expect(formatWhen('en', deadline, 'Europe/Lisbon')).toBe('26 May 2025 at 23:00 GMT+1')
    expect(formatWhen('fi', deadline, 'Europe/Helsinki')).toContain('klo 01.00')
    expect(formatNumber('de', 12345)).toBe('12.345')
    expect(formatNumber('fr', 12345)).toMatch(/^12\s345$/u)
    expect(formatList('pl', ['a', 'b', 'c'])).toBe('a, b i c')
  })

  it('are chosen from Accept-Language, English when none fits', () => {
    expect(negotiate('pt-PT,pt;q=0.9,en;q=0.5')).toBe('pt')
    expect(negotiate('ja, ga;q=0.3')).toBe('ga')
    expect(negotiate('ja')).toBe('en')
  })
})

describe("time zones from the browser's languages", () => {
  it.each([
    ['de-AT,de;q=0.9', 'Europe/Vienna'],
    ['pt-PT', 'Europe/Lisbon'],
    ['fi', 'Europe/Helsinki'],
    ['de-DE', 'Europe/Berlin'],
    ['fr-BE,fr;q=0.8', 'Europe/Brussels'],
    ['en', 'Europe/Brussels'],
    [undefined, 'Europe/Brussels'],
    ['nl-NL', 'Europe/Amsterdam'],
  ])('%s → %s', (header, zone) => {
    expect(zoneFromLanguages(header)).toBe(zone)
  })
})
