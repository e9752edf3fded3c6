/**
 * Instants and calendar dates. An instant is kept as milliseconds since the Unix
 * epoch (UTC); on the wire it is RFC 3339 with an explicit offset, never a local time.
 * @module
 */

import { AppError } from './app-error.js'

/** Milliseconds since 1970-01-01T00:00:00Z. */
export type Instant = number

export const DAY_MS = 86_400_000

// RFC 3339 §5.6 date-time; the offset is mandatory so that no instant depends on a server's zone.
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-](\d{2}):(\d{2}))$/

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function isValidYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= daysInMonth(y, m)
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

/** Parses an RFC 3339 instant with offset; `undefined` when the text is not one. */
export function parseInstant(text: string): Instant | undefined {
  const m = RFC3339.exec(text)
  if (!m) return undefined
  const y = +(m[1] as string)
  const mo = +(m[2] as string)
  const d = +(m[3] as string)
  if (!isValidYmd(y, mo, d) || +(m[4] as string) > 23 || +(m[5] as string) > 59 || +(m[6] as string) > 59)
    return undefined
  if (m[9] !== undefined && (+m[9] > 23 || +(m[10] as string) > 59)) return undefined
  // Date.parse reads exactly this ISO form; lower-case t and z are RFC 3339 but not ISO.
  const ms = Date.parse(/[tz]/.test(text) ? text.toUpperCase() : text)
  return Number.isFinite(ms) ? ms : undefined
}

/** Formats an instant as RFC 3339 in UTC, e.g. `2025-05-26T22:00:00.000Z`. */
export function formatInstant(t: Instant): string {
  return new Date(t).toISOString()
}

/** A calendar date `YYYY-MM-DD` with no time zone (birthdates). */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

export function parseDate(text: string): CalendarDate | undefined {
  const m = DATE.exec(text)
  if (!m) return undefined
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return isValidYmd(year, month, day) ? { year, month, day } : undefined
}

/** A calendar date as YYYY-MM-DD, as `parseDate` reads it. */
export function formatDate(d: CalendarDate): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`
}

/**
 * Whole years completed by someone born on `birth` at instant `t`, counted on the UTC
 * calendar date of `t`. Someone born on 29 February completes a year on 1 March in
 * common years (the birthday has not yet been reached on 28 February).
 */
export function ageInYearsAt(birth: CalendarDate, t: Instant): number {
  const d = new Date(t)
  const y = d.getUTCFullYear()
  const m = d.getUTCMonth() + 1
  const day = d.getUTCDate()
  const beforeBirthday = m < birth.month || (m === birth.month && day < birth.day)
  return y - birth.year - (beforeBirthday ? 1 : 0)
}

/**
 * The latest birthdate (`YYYY-MM-DD`, UTC) of a person `years` old at `t`: a birthdate is of that
 * age (`ageInYearsAt`) exactly when it sorts on or before this one, as the store compares them.
 * It may name a day that does not exist (29 February of a common year): it is compared, not read.
 */
export function bornBy(years: number, t: Instant): string {
  const d = new Date(t)
  const pad = (v: number) => String(v).padStart(2, '0')
  return `${String(d.getUTCFullYear() - years).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`
}

/**
 * A fact is recorded when it happens or after, never before: one dated after the moment it is
 * recorded is refused, whichever way it arrives (`field` names what carried the date).
 */
export function requireNotFuture(at: number, now: number, field: string): void {
  if (at > now)
    throw new AppError('DATED_IN_FUTURE', `${field}: lies in the future, after the moment it is recorded`, { field })
}
