/**
 * An error thrown in a worker thread, described so that it crosses to the thread that waits on
 * the work (`postMessage` keeps no class), and thrown there again as the same error.
 * @module
 */
import { AppError } from '../domain/app-error.js'
import type { ErrorCode } from '../domain/error-codes.js'
import { InputError, type InputProblem } from '../input/input-error.js'

/** An error as it crosses from a worker: enough to throw the same one on the other side. */
export type ErrorDescription =
  | {
      readonly kind: 'input'
      readonly code: 'IMPORT_INVALID'
      readonly file: string
      readonly problems: InputProblem[]
      readonly total: number
    }
  | {
      readonly kind: 'app'
      readonly code: ErrorCode
      readonly message: string
      readonly details: Record<string, string | number>
    }
  | {
      readonly kind: 'other'
      readonly name: string
      readonly message: string
      readonly code: string | undefined
      /** The worker's stack: where it failed there, not where this side found out. */
      readonly stack: string | undefined
    }

export function describeError(e: unknown): ErrorDescription {
  if (e instanceof InputError && e.code === 'IMPORT_INVALID')
    return { kind: 'input', code: e.code, file: e.file, problems: [...e.problems], total: e.total }
  if (e instanceof AppError) return { kind: 'app', code: e.code, message: e.message, details: { ...e.details } }
  const { name, message, code, stack } = (e ?? {}) as {
    name?: unknown
    message?: unknown
    code?: unknown
    stack?: unknown
  }
  return {
    kind: 'other',
    name: typeof name === 'string' ? name : 'Error',
    message: typeof message === 'string' ? message : String(e),
    code: typeof code === 'string' ? code : undefined,
    stack: typeof stack === 'string' ? stack : undefined,
  }
}

/** The error a description stands for, of the same class, code and details. */
export function rebuildError(d: ErrorDescription): Error {
  switch (d.kind) {
    case 'input':
      return new InputError(d.code, d.file, d.problems, d.total)
    case 'app':
      return new AppError(d.code, d.message, d.details)
    case 'other': {
      const e = Object.assign(new Error(d.message), d.code === undefined ? {} : { code: d.code })
      e.name = d.name
      if (d.stack !== undefined) e.stack = d.stack
      return e
    }
  }
}
