/** Random identifiers: a prefix naming the kind, then 80 bits in lower-case base32. */
import { randomBytes } from 'node:crypto'

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

export type NewId = (prefix: string) => string

export function newId(prefix: string): string {
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
  return `${prefix}_${out}`
}

/** The id prefix of each filing type. */
export const FILING_PREFIX = { objection: 'obj', consent: 'con' } as const
