import { describe, expect, it } from 'vitest'
import { openDuckDb } from '../content/duckdb.js'
import { AppError } from './app-error.js'
import { errorReport, errorSummary } from './error-summary.js'

describe("an unexpected error's summary", () => {
  it('keeps the first line of a message, where a driver may go on to quote a row', () => {
    const e = new Error('insert failed\nfailing row contains (ada@example.org, Ada)')
    expect(errorSummary(e)).toEqual({ name: 'Error', message: 'insert failed' })
    expect(errorReport(e)).not.toContain('ada@example.org')
    expect(errorReport(e).split('\n').slice(1)).toEqual(expect.arrayContaining([expect.stringMatching(/^\s+at /)]))
  })

  it("keeps an AppError's message, which is written to hold no personal data", () => {
    const e = new AppError('IMPORT_INVALID', 'accounts.csv line 3, field email: not an e-mail address')
    expect(errorSummary(e).message).toBe('accounts.csv line 3, field email: not an e-mail address')
  })

  it("keeps only the name of a syntax error and the kind of DuckDB's, which quote what they refused", async () => {
    let parsed: unknown
    try {
      JSON.parse('ada@example.org')
    } catch (e) {
      parsed = e
    }
    expect((parsed as Error).message).toContain('ada@example')
    expect(errorSummary(parsed)).toEqual({ name: 'SyntaxError', message: '' })
    const duck = await openDuckDb()
    try {
      const refused = await duck.connection.run("select 'ada@example.org'::integer").catch((e: unknown) => e)
      expect((refused as Error).message).toContain('ada@example.org')
      expect(errorSummary(refused).message).toBe('Conversion Error')
      expect(errorReport(refused)).not.toContain('ada@example.org')
    } finally {
      duck.close()
    }
  })

  it('says only the kind of a thrown value that is not an Error', () => {
    expect(errorSummary('ada@example.org')).toEqual({ name: 'string', message: '' })
    expect(errorReport('ada@example.org')).toBe('string: ')
  })
})
