/**
 * The one error model: failures a caller must handle carry a stable `code`.
 * Messages never contain personal data (e-mail addresses, reasons, names): they
 * name files, lines, fields and ids only.
 * @module
 */
import type { ErrorCode } from './error-codes.js'

export class AppError extends Error {
  readonly code: ErrorCode
  readonly details: Readonly<Record<string, string | number>>

  constructor(
    code: ErrorCode,
    message: string,
    details: Record<string, string | number> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'AppError'
    this.code = code
    this.details = Object.freeze({ ...details })
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError
}
