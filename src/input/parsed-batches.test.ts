import { existsSync, readdirSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { AppError } from '../domain/app-error.js'
import { InputError } from './input-error.js'
import { describeError, rebuildError } from './parsed-batches.js'

// An error of the reader thread crosses as a description: this side throws the same error.
const across = (e: unknown) => rebuildError(structuredClone(describeError(e)))

describe("the reader thread's errors", () => {
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

  it("come back with any other error's name, code, message and the reader's stack", () => {
    const io = Object.assign(new RangeError('EIO: i/o error, read'), { code: 'EIO' })
    const e = across(io)
    expect(e).toMatchObject({ name: 'RangeError', code: 'EIO', message: 'EIO: i/o error, read' })
    expect(e.stack).toBe(io.stack)
    expect(across('a string thrown')).toMatchObject({ name: 'Error', message: 'a string thrown' })
  })
})

// The reader thread runs the built code (dist/) even under the test runner: a test of imports run
// without `npm run build` after a change here would test the code before it, and pass or fail for
// the wrong reason. `npm test` builds first; this says so when a run did not.
describe('the reader thread the tests start', () => {
  it('is built from the sources as they are now', () => {
    const root = new URL('../../', import.meta.url)
    const stale = ['input', 'domain'].flatMap((dir) =>
      readdirSync(new URL(`src/${dir}/`, root))
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
        .filter((f) => {
          const built = new URL(`dist/${dir}/${f.replace(/\.ts$/, '.js')}`, root)
          return !existsSync(built) || statSync(built).mtimeMs < statSync(new URL(`src/${dir}/${f}`, root)).mtimeMs
        })
        .map((f) => `src/${dir}/${f}`),
    )
    expect(stale, 'changed since the last `npm run build`').toEqual([])
  })
})
