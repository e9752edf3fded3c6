/**
 * The one table from error codes to HTTP statuses: total, so that a new code cannot answer 500 by
 * being forgotten. Services never speak HTTP. The CLI's codes are here too: they never reach
 * HTTP, and have the status they would have if they did.
 * @module
 */
import type { ErrorCode } from '../domain/error-codes.js'

export const STATUS: Readonly<Record<ErrorCode, number>> = {
  // The caller's mistake in what they sent.
  API_INVALID: 400,
  CLI_USAGE: 400,
  CONTENT_FORMATS_MIXED: 400,
  CONTENT_INVALID: 400,
  CONTENT_UNREADABLE: 400,
  DATED_IN_FUTURE: 400,
  DECIDE_CUTOFF_AFTER_BUILD: 400,
  IMPORT_INVALID: 400,
  IMPORT_FILE_CHANGED: 409,
  INPUT_FORMAT_UNKNOWN: 400,
  INPUT_FORMAT_UNSUPPORTED: 400,
  INPUT_NOT_FOUND: 400,
  MODEL_WITHOUT_SNAPSHOT: 400,
  OIDC_FAILED: 400,
  POLICY_INVALID: 400,
  POLICY_NOT_FOUND: 400,
  TOKEN_SCOPE_UNKNOWN: 400,
  WITHDRAWAL_BEFORE_FILING: 400,
  AUTH_REQUIRED: 401,
  AUTH_FORBIDDEN: 403,
  CSRF_INVALID: 403,
  FILING_NOT_YOURS: 403,
  ACCOUNT_NOT_FOUND: 404,
  FILING_NOT_FOUND: 404,
  NOT_FOUND: 404,
  SNAPSHOT_NOT_FOUND: 404,
  // Well formed, but at odds with what is on record.
  DEMO_FOLDER_IN_USE: 409,
  OUTPUT_UNWRITABLE: 400,
  FILING_ALREADY_WITHDRAWN: 409,
  POLICY_VERSION_CHANGED: 409,
  SNAPSHOT_BEFORE_DEADLINE: 409,
  BODY_TOO_LARGE: 413,
  API_MEDIA_TYPE: 415,
  IDEMPOTENCY_KEY_REUSED: 422,
  PROOF_INVALID: 422,
  CASE_NOT_FOUND: 404,
  CASE_DECIDED: 409,
  CASE_EXTENDED_ALREADY: 409,
  CASE_STEP_INVALID: 400,
  REQUEST_INVALID: 400,
  PROOF_ACCOUNT_UNKNOWN: 422,
  RATE_LIMITED: 429,
  // The installation's own state: nothing the caller can change.
  CONFIG_INVALID: 500,
  DATA_NOT_INITIALIZED: 500,
  LEDGER_INVALID: 500,
  LEDGER_KEY_MISSING: 500,
  SNAPSHOT_INVALID: 500,
  STORE_BUSY: 503,
  STORE_MIGRATION_FAILED: 500,
  STORE_UNAVAILABLE: 503,
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code]
}
