/**
 * Reads JSON Lines and CSV files as records with their line numbers, strictly:
 * a malformed line is an error naming the line, not a line skipped. Records come in
 * batches: one await per batch, not per record, keeps a million-line file fast.
 * @module
 */
import { createReadStream, statSync } from 'node:fs'
import { extname } from 'node:path'
import { parse } from 'csv-parse'
import { AppError } from '../domain/app-error.js'
import { NotPlain, scanCsv } from './csv-scan.js'
import { InputError } from './input-error.js'

export interface SourceRecord {
  readonly line: number
  readonly values: Readonly<Record<string, unknown>>
}

export type RecordFormat = 'jsonl' | 'csv'
type ErrorCode = 'IMPORT_INVALID' | 'CONTENT_INVALID'

const BATCH_RECORDS = 2048

export function formatOf(file: string): RecordFormat | 'parquet' {
  const ext = extname(file).toLowerCase()
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  if (ext === '.csv') return 'csv'
  if (ext === '.parquet') return 'parquet'
  throw new AppError('INPUT_FORMAT_UNKNOWN', `${file}: unknown format; expected .jsonl, .ndjson, .csv or .parquet`, {
    file,
  })
}

export function assertFile(file: string): void {
  let isFile = false
  try {
    isFile = statSync(file).isFile()
  } catch {
    // reported below
  }
  if (!isFile) throw new AppError('INPUT_NOT_FOUND', `${file}: no such file`, { file })
}

function parseJsonLine(file: string, code: ErrorCode, line: number, text: string): SourceRecord | undefined {
  if (text.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    throw new InputError(code, file, [{ line, field: '(line)', message: 'is not valid JSON' }])
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(code, file, [{ line, field: '(line)', message: 'is not a JSON object' }])
  }
  return { line, values: value as Record<string, unknown> }
}

async function* readJsonLines(file: string, code: ErrorCode): AsyncGenerator<SourceRecord[]> {
  // Split on newline bytes and decode whole lines only: a UTF-8 sequence never contains 0x0A.
  let rest: Buffer = Buffer.alloc(0)
  let line = 0
  let batch: SourceRecord[] = []
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buf: Buffer = rest.length > 0 ? Buffer.concat([rest, chunk as Buffer]) : (chunk as Buffer)
    const lastNl = buf.lastIndexOf(0x0a)
    if (lastNl === -1) {
      rest = buf
      continue
    }
    const lines = buf.toString('utf8', 0, lastNl).split('\n')
    for (const text of lines) {
      const r = parseJsonLine(file, code, ++line, text)
      if (r) batch.push(r)
    }
    rest = buf.subarray(lastNl + 1)
    if (batch.length >= BATCH_RECORDS) {
      yield batch
      batch = []
    }
  }
  const last = parseJsonLine(file, code, ++line, rest.toString('utf8'))
  if (last) batch.push(last)
  if (batch.length > 0) yield batch
}

/** The header's names as columns: each named, none twice. */
function columnsOf(file: string, code: ErrorCode, header: string[]): string[] {
  const seen = new Set<string>()
  for (const h of header) {
    if (h === '' || seen.has(h))
      throw new InputError(code, file, [
        { line: 1, field: h || '(empty)', message: 'header names a column twice or not at all' },
      ])
    seen.add(h)
  }
  return header
}

/**
 * CSV by the fast reader of plain files (`csv-scan.ts`); where it meets what only csv-parse
 * decides, csv-parse reads the file again from its start and gives the records after those
 * already given, or names the file's error.
 */
async function* readCsv(file: string, code: ErrorCode): AsyncGenerator<SourceRecord[]> {
  let given = 0
  try {
    const chunks = createReadStream(file, { highWaterMark: 1 << 20 })
    try {
      for await (const batch of scanCsv(chunks, (h) => columnsOf(file, code, h), BATCH_RECORDS)) {
        given += batch.length
        yield batch
      }
      return
    } finally {
      chunks.destroy()
    }
  } catch (e) {
    if (!(e instanceof NotPlain)) throw e
  }
  for await (const batch of parseCsv(file, code)) {
    const rest = given >= batch.length ? [] : batch.slice(given)
    given = Math.max(0, given - batch.length)
    if (rest.length > 0) yield rest
  }
}

/** CSV by csv-parse, from the file's start. */
async function* parseCsv(file: string, code: ErrorCode): AsyncGenerator<SourceRecord[]> {
  const parser = createReadStream(file).pipe(
    parse({
      columns: (header: string[]) => columnsOf(file, code, header),
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: false,
    }),
  )
  let batch: SourceRecord[] = []
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>
      info: { lines: number }
    }>) {
      batch.push({ line: info.lines, values: record })
      if (batch.length >= BATCH_RECORDS) {
        yield batch
        batch = []
      }
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    const err = e as { lines?: number; code?: string }
    const message =
      err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' || err.code === 'CSV_RECORD_INCONSISTENT_COLUMNS'
        ? 'has another number of fields than the header'
        : `is not valid CSV (${err.code ?? 'parse error'})`
    throw new InputError(code, file, [{ line: err.lines ?? 0, field: '(line)', message }])
  }
  if (batch.length > 0) yield batch
}

/** The format of a file `readRecords` can read, or the error that says why it cannot. */
export function recordFormatOf(file: string): RecordFormat {
  const format = formatOf(file)
  if (format === 'parquet') {
    throw new AppError('INPUT_FORMAT_UNSUPPORTED', `${file}: imports read JSON Lines or CSV`, { file })
  }
  assertFile(file)
  return format
}

/** Streams the records of a JSON Lines or CSV file, in batches. */
export function readRecords(file: string, code: ErrorCode = 'IMPORT_INVALID'): AsyncGenerator<SourceRecord[]> {
  return recordFormatOf(file) === 'jsonl' ? readJsonLines(file, code) : readCsv(file, code)
}
