/**
 * Field schemas shared by every input format. CSV gives strings, where an empty string
 * means "not given"; JSON Lines may give null or leave a key out: both read the same.
 * Messages say what was expected, never what was found.
 * @module
 */
import { z } from 'zod'
import { isCountryCode, parseDate, parseInstant } from '../domain/index.js'

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)

const requiredString = z
  .string({ error: (i) => (i.input === null ? 'is required' : 'must be text') })
  .min(1, 'is required')

export const idField = z.preprocess(
  blankToNull,
  requiredString.max(256, 'is longer than 256 characters').regex(/^\S+$/, 'must not contain white space'),
)

export const optionalText = z.preprocess(blankToNull, z.string({ error: 'must be text' }).nullable())

// Deliberately plain: deliverability is the mail system's business; this catches column mix-ups.
export const emailField = z.preprocess(
  blankToNull,
  requiredString
    .max(254, 'is longer than 254 characters')
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'is not an e-mail address'),
)

/** An RFC 3339 instant with offset that does not lie after `now`. */
export function instantField(now: number) {
  return z.preprocess(
    blankToNull,
    z.union([requiredString, z.date()], { error: 'is required' }).transform((v, ctx) => {
      const t = v instanceof Date ? v.getTime() : parseInstant(v)
      if (t === undefined || !Number.isFinite(t)) {
        ctx.addIssue({ code: 'custom', message: 'expected an RFC 3339 instant with offset, e.g. 2025-05-20T10:00:00Z' })
        return z.NEVER
      }
      if (t > now) {
        ctx.addIssue({ code: 'custom', message: 'lies in the future' })
        return z.NEVER
      }
      return t
    }),
  )
}

export const optionalDateField = z.preprocess(
  blankToNull,
  z
    .string({ error: 'must be text' })
    .nullable()
    .transform((v, ctx) => {
      if (v === null) return null
      const d = parseDate(v)
      if (!d) {
        ctx.addIssue({ code: 'custom', message: 'expected a date YYYY-MM-DD or empty' })
        return z.NEVER
      }
      return d
    }),
)

export const optionalCountryField = z.preprocess(
  blankToNull,
  z
    .string({ error: 'must be text' })
    .nullable()
    .refine((v) => v === null || isCountryCode(v), 'expected an ISO 3166-1 alpha-2 code such as DE, or empty'),
)

export interface FieldIssue {
  readonly field: string
  readonly message: string
}

/** The first problem of a failed parse, as field and message. */
export function firstIssue(error: z.ZodError): FieldIssue {
  const issue = error.issues[0]
  if (!issue) return { field: '?', message: 'is invalid' }
  if (issue.code === 'unrecognized_keys') return { field: String(issue.keys[0]), message: 'is not a known field' }
  return { field: issue.path.map(String).join('.') || '?', message: issue.message }
}
