import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createEntries, leafOf } from './entries.js'
import { hashLeaf } from './merkle.js'

describe('ledger entries', () => {
  it('hash each leaf as the verifier recomputes it from the entry alone', () => {
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.integer({ min: 0, max: 4_102_444_800_000 }),
        fc.array(fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), {
          maxLength: 40,
          size: 'max',
        }),
        (first, at, datas) => {
          const entries = createEntries(
            first,
            datas.map((data) => ({ type: 'account.linked', data })),
            at,
          )
          for (const e of entries) expect(e.leafHash.toString('hex')).toBe(leafOf(e).toString('hex'))
        },
      ),
    )
  })

  it('hash the canonical JSON of data, instant, position and type, keys in order', () => {
    const [e] = createEntries(7, [{ type: 'objection.filed', data: { b: 1, a: 'x' } }], Date.UTC(2025, 4, 26, 22))
    const leaf = '{"data":{"a":"x","b":1},"recorded_at":"2025-05-26T22:00:00.000Z","seq":7,"type":"objection.filed"}'
    expect(e?.payload).toBe('{"a":"x","b":1}')
    expect(e?.leafHash).toEqual(hashLeaf(Buffer.from(leaf)))
  })
})
