/** The one table from error codes to HTTP statuses. Services never speak HTTP. */
import type { ErrorCode } from '../domain/error-codes.js'

const STATUS: Partial<Record<ErrorCode, number>> = {
  ACCOUNT_NOT_FOUND: 404,
  FILING_NOT_FOUND: 404,
  SNAPSHOT_NOT_FOUND: 404,
  FILING_ALREADY_WITHDRAWN: 409,
  FILING_NOT_YOURS: 403,
  SNAPSHOT_BEFORE_DEADLINE: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  CLI_USAGE: 400,
  IMPORT_INVALID: 400,
  API_INVALID: 400,
  BODY_TOO_LARGE: 413,
  API_MEDIA_TYPE: 415,
  FILING_IN_FUTURE: 400,
  WITHDRAWAL_BEFORE_FILING: 400,
  POLICY_NOT_FOUND: 400,
  AUTH_REQUIRED: 401,
  AUTH_FORBIDDEN: 403,
  RATE_LIMITED: 429,
  CSRF_INVALID: 403,
  NOT_FOUND: 404,
  OIDC_FAILED: 400,
}

export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 500
}
