import { expect, it } from 'vitest'
import { normalizeEmail } from './email.js'

it('folds white space, compatibility forms and case, and nothing else', () => {
  expect(normalizeEmail('  Kate@Example.NET ')).toBe('kate@example.net')
  // The Kelvin sign and a fullwidth letter are the letters they look like.
  expect(normalizeEmail('\u212Aate@example.net')).toBe('kate@example.net')
  expect(normalizeEmail('\uFF4Bate@example.net')).toBe('kate@example.net')
  // Letters that are letters of their own stay apart.
  expect(normalizeEmail('käte@example.net')).not.toBe(normalizeEmail('kate@example.net'))
  expect(normalizeEmail('K\u0061\u0308te@example.net')).toBe(normalizeEmail('käte@example.net'))
})
