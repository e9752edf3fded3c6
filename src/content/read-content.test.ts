import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentItemSchema, fastContentItem } from './read-content.js'

const field = fc.oneof(
  fc.constantFrom('p1', 'fb-1', 'post', 'public', '', ' ', 'a b', 'x'.repeat(257), null, undefined, 3, true),
  fc.string({ maxLength: 4 }),
)
const instant = fc.oneof(
  fc.constantFrom(
    '2024-01-01T00:00:00Z',
    '2024-01-01t00:00:00z',
    '2024-02-30T00:00:00Z',
    '2024-01-01T00:00:00',
    '2024-01-01T10:00:00.123+02:00',
    '',
    null,
    undefined,
    5,
  ),
  fc.date({ noInvalidDate: false }),
)

describe('fastContentItem', () => {
  it('accepts only what the schema accepts, with the same result', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            id: field,
            account: field,
            kind: field,
            visibility: field,
            published_at: instant,
            public_since: instant,
            lang: field,
          },
          { requiredKeys: [] },
        ),
        (values) => {
          const fast = fastContentItem(values)
          if (fast === undefined) return
          const res = contentItemSchema.safeParse(values)
          expect(res.success).toBe(true)
          if (!res.success) return
          expect(fast).toEqual({
            id: res.data.id,
            account: res.data.account,
            kind: res.data.kind,
            visibility: res.data.visibility,
            publishedAt: res.data.published_at,
            publicSince: res.data.public_since,
            lang: res.data.lang,
          })
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('takes the common case', () => {
    expect(
      fastContentItem({
        id: 'p1',
        account: 'a',
        kind: 'post',
        visibility: 'public',
        published_at: '2024-01-01T00:00:00Z',
        text: 'hi',
      }),
    ).toEqual({
      id: 'p1',
      account: 'a',
      kind: 'post',
      visibility: 'public',
      publishedAt: Date.UTC(2024, 0, 1),
      publicSince: null,
      lang: null,
    })
  })
})
