import { describe, expect, it } from 'vitest'
import { AppError } from '../domain/app-error.js'
import { InputError } from '../input/input-error.js'
import { describeError, rebuildError } from './thread-errors.js'

// An error of a worker thread crosses as a description: this side throws the same error.
const across = (e: unknown) => rebuildError(structuredClone(describeError(e)))

describe("a worker thread's errors", () => {
  it('come back as the same input error, every problem and the total kept', () => {
    const problems = Array.from({ length: 25 }, (_, i) => ({ line: i + 2, field: 'email', message: 'is required' }))
    const e = across(new InputError('IMPORT_INVALID', '/data/a.csv', problems, 40))
    expect(e).toBeInstanceOf(InputError)
    expect(e).toMatchObject({ code: 'IMPORT_INVALID', file: '/data/a.csv', total: 40, details: { line: 2 } })
    expect((e as InputError).problems).toHaveLength(20)
    expect(e.message).toContain('… and 20 more')
  })

  it('come back as the same application error, code and details kept', () => {
    const e = across(new AppError('INPUT_NOT_FOUND', '/data/a.csv: no such file', { file: '/data/a.csv' }))
    expect(e).toBeInstanceOf(AppError)
    expect(e).not.toBeInstanceOf(InputError)
    expect(e).toMatchObject({ code: 'INPUT_NOT_FOUND', message: '/data/a.csv: no such file' })
    expect((e as AppError).details).toEqual({ file: '/data/a.csv' })
  })

  it("come back with any other error's name, code, message and the worker's stack", () => {
    const io = Object.assign(new RangeError('EIO: i/o error, read'), { code: 'EIO' })
    const e = across(io)
    expect(e).toMatchObject({ name: 'RangeError', code: 'EIO', message: 'EIO: i/o error, read' })
    expect(e.stack).toBe(io.stack)
    expect(across('a string thrown')).toMatchObject({ name: 'Error', message: 'a string thrown' })
  })
})
