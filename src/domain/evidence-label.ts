/**
 * The deciding fact as a decisions file names it, in one column: a filing by its id, a notice
 * as `notice:<instant>` (RFC 3339 in UTC with milliseconds), a third party's case as
 * `case:<id>`. The export writes the same labels in SQL (`export/account-facts.ts`,
 * `export/plan.ts`), held to these by the differential test.
 * @module
 */
import type { Evidence } from './decide.js'
import { formatInstant, parseInstant } from './time.js'

/** What a notice's label starts with; no filing id does. */
export const NOTICE_LABEL_PREFIX = 'notice:'
/** What a case's label starts with; no filing id does (they hold no colon). */
export const CASE_LABEL_PREFIX = 'case:'

export function evidenceLabel(e: Evidence): string {
  if (e.type === 'notice') return `${NOTICE_LABEL_PREFIX}${formatInstant(e.deliveredAt)}`
  return e.type === 'case' ? `${CASE_LABEL_PREFIX}${e.id}` : e.id
}

/** The fact a label names: a notice with its instant, a case or a filing by id. */
export function parseEvidenceLabel(
  label: string,
):
  | { readonly type: 'notice'; readonly deliveredAt: number }
  | { readonly type: 'case'; readonly id: string }
  | { readonly type: 'filing'; readonly id: string } {
  if (label.startsWith(CASE_LABEL_PREFIX)) return { type: 'case', id: label.slice(CASE_LABEL_PREFIX.length) }
  if (!label.startsWith(NOTICE_LABEL_PREFIX)) return { type: 'filing', id: label }
  const deliveredAt = parseInstant(label.slice(NOTICE_LABEL_PREFIX.length))
  if (deliveredAt === undefined) throw new Error(`not a notice label: ${label}`)
  return { type: 'notice', deliveredAt }
}
