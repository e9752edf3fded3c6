/**
 * The row shapes of each import kind (issue: strict imports). Unknown fields are errors,
 * so that a misspelt column is not silently ignored.
 * @module
 */
import { z } from 'zod'
import { CHANNELS } from '../domain/index.js'
import { emailField, idField, instantField, optionalCountryField, optionalDateField, optionalText } from './fields.js'

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)
const optionalId = z.preprocess(
  blankToNull,
  z.union([
    z.null(),
    z
      .string({ error: 'must be text' })
      .max(256, 'is longer than 256 characters')
      .regex(/^\S+$/, 'must not contain white space'),
  ]),
)
const optionalEmail = z.preprocess(blankToNull, z.union([z.null(), emailField]))
const channelField = z.preprocess(
  blankToNull,
  z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }).nullable(),
)

export function accountRow(now: number) {
  return z.strictObject({
    id: idField,
    network: idField,
    email: emailField,
    birthdate: optionalDateField,
    country: optionalCountryField,
    center: optionalId,
    created_at: instantField(now),
  })
}

export function linkRow(now: number) {
  return z.strictObject({ account: idField, center: optionalId, at: instantField(now) })
}

export function filingRow(now: number) {
  return z
    .strictObject({
      account: optionalId,
      email: optionalEmail,
      received_at: instantField(now),
      reason: optionalText,
      channel: channelField,
    })
    .superRefine((row, ctx) => {
      if ((row.account === null) === (row.email === null)) {
        ctx.addIssue({
          code: 'custom',
          path: ['account'],
          message: 'give either account or email, not both or neither',
        })
      }
    })
}

/** `name@version` of a policy: which notice reached the account. */
export const policyRefField = z
  .string({ error: 'must be text' })
  .regex(/^[^\s@]{1,128}@[1-9]\d{0,8}$/, 'expected a policy as name@version, e.g. meta-2025@1')
/** A language tag (BCP 47, e.g. de, pt-PT): the language of the text that reached the account. */
export const langTagField = z
  .string({ error: 'must be text' })
  .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,3}$/, 'expected a language tag, e.g. de or pt-PT')

/** Without policy and lang a notice is recorded as unversioned: it counts for every policy. */
export function noticeRow(now: number) {
  return z.strictObject({
    account: idField,
    delivered_at: instantField(now),
    policy: z.preprocess(blankToNull, z.union([z.null(), policyRefField])).optional(),
    lang: z.preprocess(blankToNull, z.union([z.null(), langTagField])).optional(),
  })
}

/** `name@version` as the notice's policy. */
export function policyRefOf(ref: string | null | undefined): { name: string; version: number } | null {
  if (!ref) return null
  const at = ref.lastIndexOf('@')
  return { name: ref.slice(0, at), version: Number(ref.slice(at + 1)) }
}

export const IMPORT_KINDS = ['accounts', 'links', 'objections', 'consents', 'notices'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

/** The row shape of each kind of import file, its instants checked against `now`. */
export function importRow(kind: ImportKind, now: number) {
  switch (kind) {
    case 'accounts':
      return accountRow(now)
    case 'links':
      return linkRow(now)
    case 'objections':
    case 'consents':
      return filingRow(now)
    case 'notices':
      return noticeRow(now)
  }
}
