/**
 * The row shapes of each import kind (issue: strict imports). Unknown fields are errors,
 * so that a misspelt column is not silently ignored.
 * @module
 */
import { z } from 'zod'
import { CHANNELS } from '../domain/index.js'
import {
  emailField, idField, instantField, optionalCountryField, optionalDateField, optionalText,
} from './fields.js'

const blankToNull = (v: unknown) => (v === '' || v === undefined ? null : v)
const optionalId = z.preprocess(blankToNull, z.union([z.null(), z.string({ error: 'must be text' })
  .max(256, 'is longer than 256 characters').regex(/^\S+$/, 'must not contain white space')]))
const optionalEmail = z.preprocess(blankToNull, z.union([z.null(), emailField]))
const channelField = z.preprocess(blankToNull, z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }).nullable())

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
  return z.strictObject({
    account: optionalId,
    email: optionalEmail,
    received_at: instantField(now),
    reason: optionalText,
    channel: channelField,
  }).superRefine((row, ctx) => {
    if ((row.account === null) === (row.email === null)) {
      ctx.addIssue({ code: 'custom', path: ['account'], message: 'give either account or email, not both or neither' })
    }
  })
}

export function noticeRow(now: number) {
  return z.strictObject({ account: idField, delivered_at: instantField(now) })
}

export type AccountRow = z.output<ReturnType<typeof accountRow>>
export type LinkRow = z.output<ReturnType<typeof linkRow>>
export type FilingRow = z.output<ReturnType<typeof filingRow>>
export type NoticeRow = z.output<ReturnType<typeof noticeRow>>
