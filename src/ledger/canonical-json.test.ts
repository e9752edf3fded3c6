import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json.js'

/** The plain form, by entries sorted with `<`: what every recorded ledger hash was made with. */
function plainCanonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(plainCanonical).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${plainCanonical(v)}`).join(',')}}`
}

describe('canonical JSON', () => {
  it('is the plain form for any value, and JSON that reads back as the value', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.dictionary(fc.string({ unit: 'binary' }), fc.oneof(fc.jsonValue(), fc.constant(undefined))),
    )
    fc.assert(
      fc.property(value, (v) => {
        const text = canonicalJson(v)
        expect(text).toBe(plainCanonical(v))
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v) ?? 'null'))
      }),
      { numRuns: 2000 },
    )
  })

  it('orders keys by code unit at every level and leaves out undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: undefined }], c: 'x' }, é: true, B: 0 })).toBe(
      '{"B":0,"a":{"c":"x","d":[2,{"z":null}]},"b":1,"é":true}',
    )
  })
})
