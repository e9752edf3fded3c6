/**
 * Errors in input files: each names the file, the line and the field, never the value
 * (values may be e-mail addresses or birthdates).
 * @module
 */
import { AppError } from '../domain/app-error.js'

export interface InputProblem {
  readonly line: number
  readonly field: string
  readonly message: string
}

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20

export class InputError extends AppError {
  readonly file: string
  readonly problems: readonly InputProblem[]
  /** How many problems in all, listed or not. */
  readonly total: number

  constructor(
    code: 'IMPORT_INVALID' | 'CONTENT_INVALID',
    file: string,
    problems: readonly InputProblem[],
    total = problems.length,
  ) {
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS)
    const first = listed[0] ?? { line: 0, field: '', message: 'unknown problem' }
    const lines = listed.map((p) => `${file}:${p.line}: field ${p.field}: ${p.message}`)
    if (total > listed.length) lines.push(`… and ${total - listed.length} more`)
    super(code, lines.join('\n'), { file, line: first.line, field: first.field })
    this.file = file
    this.problems = listed
    this.total = total
  }
}
