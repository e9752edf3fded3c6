import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { NotPlain, scanCsv } from './csv-scan.js'
import { readRecords } from './records.js'

type Rec = { line: number; values: Record<string, string> }

/** What csv-parse gives with the options of records.ts: the records, or where it stops. */
function reference(text: string): { records: Rec[]; error?: number } {
  const records: Rec[] = []
  try {
    const out = parse(text, { columns: true, bom: true, info: true, skip_empty_lines: true, trim: false }) as {
      record: Record<string, string>
      info: { lines: number }
    }[]
    for (const r of out) records.push({ line: r.info.lines, values: r.record })
    return { records }
  } catch (e) {
    return { records, error: (e as { lines?: number }).lines ?? 0 }
  }
}

/** The scanner's records for `text` cut into the given pieces, and whether it stopped as not plain. */
async function scanned(text: string, cuts: number[] = []): Promise<{ records: Rec[]; notPlain: boolean }> {
  const bytes = Buffer.from(text)
  const bounds = [0, ...new Set(cuts.map((c) => c % (bytes.length + 1))), bytes.length].sort((a, b) => a - b)
  async function* chunks() {
    for (let i = 1; i < bounds.length; i++) yield bytes.subarray(bounds[i - 1], bounds[i])
  }
  const records: Rec[] = []
  try {
    for await (const batch of scanCsv(chunks(), (h) => h, 3)) records.push(...batch)
    return { records, notPlain: false }
  } catch (e) {
    if (e instanceof NotPlain) return { records, notPlain: true }
    throw e
  }
}

const header = fc.constantFrom(['a'], ['a', 'b'], ['a', 'b', 'c'])
const value = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r', 'é', '€'), maxLength: 4 })
const quoted = (v: string) => `"${v.replaceAll('"', '""')}"`

/** A file as plain as imports see them: one line ending, quoted where it must be (or by whim), any data. */
const plainFile = header.chain((columns) =>
  fc
    .record({
      ending: fc.constantFrom('\n', '\r\n'),
      bom: fc.boolean(),
      last: fc.boolean(),
      rows: fc.array(
        fc.oneof(
          fc.constant(null),
          fc.array(fc.tuple(value, fc.boolean()), { minLength: columns.length, maxLength: columns.length }),
        ),
        { maxLength: 8 },
      ),
    })
    .map(({ ending, bom, last, rows }) => {
      const lines = [columns.join(',')]
      for (const row of rows)
        lines.push(
          row === null
            ? ''
            : row
                .map(([v, q]) => (q || /[",\r\n]/.test(v) || (row.length === 1 && v === '') ? quoted(v) : v))
                .join(','),
        )
      return (bom ? '\ufeff' : '') + lines.join(ending) + (last ? ending : '')
    }),
)

/** Anything at all after a header. */
const wildFile = fc
  .tuple(header, fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', 'é'), maxLength: 40 }))
  .map(([columns, rest]) => `${columns.join(',')}${rest}`)

const cuts = fc.array(fc.nat(200), { maxLength: 4 })

describe('the fast CSV reader', () => {
  it('reads every plain file whole, as csv-parse reads it, however its bytes are cut', async () => {
    await fc.assert(
      fc.asyncProperty(plainFile, cuts, async (text, at) => {
        const ref = reference(text)
        expect(ref.error).toBeUndefined()
        const got = await scanned(text, at)
        expect(got).toEqual({ records: ref.records, notPlain: false })
      }),
      { numRuns: 400 },
    )
  })

  it('gives of any file only records csv-parse gives too, and stops where it is not sure', async () => {
    await fc.assert(
      fc.asyncProperty(wildFile, cuts, async (text, at) => {
        const ref = reference(text)
        const got = await scanned(text, at)
        expect(got.records).toEqual(ref.records.slice(0, got.records.length))
        // Sure of the whole file: then csv-parse found no fault in it either.
        if (!got.notPlain) expect(ref).toEqual({ records: got.records })
      }),
      { numRuns: 600 },
    )
  })
})

describe('reading CSV files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-csv-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const read = async (text: string) => {
    const file = join(dir, 'f.csv')
    writeFileSync(file, text)
    const out: Rec[] = []
    for await (const batch of readRecords(file)) out.push(...(batch as Rec[]))
    return out
  }

  it('hands a file the fast reader is not sure of to csv-parse, past the records it gave', async () => {
    // 5,000 plain records (two batches given), then a carriage return inside a field: data to csv-parse.
    const rows = Array.from({ length: 5000 }, (_, i) => `r${i},x`)
    rows[4500] = 'odd\rone,x'
    const text = `a,b\n${rows.join('\n')}\n`
    const got = await read(text)
    expect(got).toEqual(reference(text).records)
    expect(got).toHaveLength(5000)
    // csv-parse counts the carriage return as a line of its own.
    expect(got[4500]).toEqual({ line: 4503, values: { a: 'odd\rone', b: 'x' } })
  })

  it('leaves a file of UTF-16 or of bytes that are not UTF-8 to csv-parse', async () => {
    const options = { columns: true, bom: true, info: true, skip_empty_lines: true, trim: false }
    for (const bytes of [
      Buffer.from('\ufeffa,b\nx,y\n', 'utf16le'),
      Buffer.from('a,b\nGr\xfc\xdfe,y\nx,\u0000\n', 'latin1'),
    ]) {
      const file = join(dir, 'bytes.csv')
      writeFileSync(file, bytes)
      const out: Rec[] = []
      for await (const batch of readRecords(file)) out.push(...(batch as Rec[]))
      const ref = (
        parse(bytes, options) as unknown as { record: Record<string, string>; info: { lines: number } }[]
      ).map((r) => ({
        line: r.info.lines,
        values: r.record,
      }))
      expect(out).toEqual(ref)
      expect(out.length).toBeGreaterThan(0)
      async function* whole() {
        yield bytes
      }
      await expect(scanCsv(whole(), (h) => h, 10).next()).rejects.toBeInstanceOf(NotPlain)
    }
  })

  it("names csv-parse's error for a file that is not plain and not valid", async () => {
    const text = `a,b\n${Array.from({ length: 3000 }, (_, i) => `r${i},x`).join('\n')}\nbad"quote,x\n`
    await expect(read(text)).rejects.toMatchObject({ code: 'IMPORT_INVALID', details: { line: 3002 } })
  })
})
