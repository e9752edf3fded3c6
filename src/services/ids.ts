/** Ids: a prefix naming the kind, then 80 random bits in base32 (after the instant, for rows written in bulk). */
import { randomBytes } from 'node:crypto'

/** Crockford's base32 in lower case: its characters are in ASCII order, so text order is number order. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/** Makes an id of the kind `prefix`; given `at`, one that sorts by it (`newId`). */
export type NewId = (prefix: string, at?: number) => string

/**
 * A new id. Given `at`, for rows written in bulk (filings, mails), the id starts with that instant
 * in milliseconds as ten base32 characters, before the same 80 random bits: ids made later sort
 * after, so a batch's rows go to the end of their table's key instead of to pages all over it.
 * Importing 100k objections into a store of 2M accounts then dirtied and wrote back about half the
 * pages (its commits 10.0 → 5.5 s; BENCHMARKS.md, `bench/import`). The instant is the row's own
 * recording time, which the record holds anyway; the random part is what makes the id unguessable.
 */
export function newId(prefix: string, at?: number): string {
  if (at === undefined) return `${prefix}_${random80()}`
  let time = ''
  let t = Math.max(0, Math.floor(at))
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32] + time
    t = Math.floor(t / 32)
  }
  return `${prefix}_${time}${random80()}`
}

function random80(): string {
  const bytes = randomBytes(10)
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  return out
}

/** The id prefix of each filing type. */
export const FILING_PREFIX = { objection: 'obj', consent: 'con' } as const
