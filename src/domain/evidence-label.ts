/**
 * The deciding fact as a decisions file names it, in one column: a filing by its id, a notice
 * as `notice:<instant>` (RFC 3339 in UTC with milliseconds). The export writes the same label in
 * SQL (`export/account-facts.ts`), held to this one by the differential test.
 * @module
 */
import type { Evidence } from './decide.js'
import { formatInstant, parseInstant } from './time.js'

/** What a notice's label starts with; no filing id does. */
export const NOTICE_LABEL_PREFIX = 'notice:'

export function evidenceLabel(e: Evidence): string {
  return e.type === 'notice' ? `${NOTICE_LABEL_PREFIX}${formatInstant(e.deliveredAt)}` : e.id
}

/** The fact a label names: a notice with its instant, or a filing by id. */
export function parseEvidenceLabel(
  label: string,
): { readonly type: 'notice'; readonly deliveredAt: number } | { readonly type: 'filing'; readonly id: string } {
  if (!label.startsWith(NOTICE_LABEL_PREFIX)) return { type: 'filing', id: label }
  const deliveredAt = parseInstant(label.slice(NOTICE_LABEL_PREFIX.length))
  if (deliveredAt === undefined) throw new Error(`not a notice label: ${label}`)
  return { type: 'notice', deliveredAt }
}
