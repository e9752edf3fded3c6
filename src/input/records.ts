/**
 * Reads JSON Lines and CSV files as records with their line numbers, strictly:
 * a malformed line is an error naming the line, not a line skipped.
 * @module
 */
import { createReadStream, statSync } from 'node:fs'
import { extname } from 'node:path'
import { createInterface } from 'node:readline'
import { parse } from 'csv-parse'
import { AppError } from '../domain/app-error.js'
import { InputError } from './input-error.js'

export interface SourceRecord {
  readonly line: number
  readonly values: Readonly<Record<string, unknown>>
}

export type RecordFormat = 'jsonl' | 'csv'

export function formatOf(file: string): RecordFormat | 'parquet' {
  const ext = extname(file).toLowerCase()
  if (ext === '.jsonl' || ext === '.ndjson' || ext === '.json') return 'jsonl'
  if (ext === '.csv') return 'csv'
  if (ext === '.parquet') return 'parquet'
  throw new AppError('INPUT_FORMAT_UNKNOWN', `${file}: unknown format; expected .jsonl, .ndjson, .csv or .parquet`, { file })
}

function openStream(file: string) {
  let isFile = false
  try {
    isFile = statSync(file).isFile()
  } catch {
    // reported below
  }
  if (!isFile) throw new AppError('INPUT_NOT_FOUND', `${file}: no such file`, { file })
  return createReadStream(file)
}

async function* readJsonLines(file: string, code: 'IMPORT_INVALID' | 'CONTENT_INVALID'): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: openStream(file), crlfDelay: Infinity })
  let line = 0
  for await (const text of lines) {
    line++
    if (text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      throw new InputError(code, file, [{ line, field: '(line)', message: 'is not valid JSON' }])
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(code, file, [{ line, field: '(line)', message: 'is not a JSON object' }])
    }
    yield { line, values: value as Record<string, unknown> }
  }
}

async function* readCsv(file: string, code: 'IMPORT_INVALID' | 'CONTENT_INVALID'): AsyncGenerator<SourceRecord> {
  const parser = openStream(file).pipe(parse({
    columns: (header: string[]) => {
      const seen = new Set<string>()
      for (const h of header) {
        if (h === '' || seen.has(h)) throw new InputError(code, file, [{ line: 1, field: h || '(empty)', message: 'header names a column twice or not at all' }])
        seen.add(h)
      }
      return header
    },
    bom: true,
    info: true,
    skip_empty_lines: true,
    trim: false,
  }))
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      yield { line: info.lines, values: record }
    }
  } catch (e) {
    if (e instanceof InputError) throw e
    const err = e as { lines?: number; code?: string; message?: string }
    const message = err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH' || err.code === 'CSV_RECORD_INCONSISTENT_COLUMNS'
      ? 'has another number of fields than the header'
      : `is not valid CSV (${err.code ?? 'parse error'})`
    throw new InputError(code, file, [{ line: err.lines ?? 0, field: '(line)', message }])
  }
}

/** Streams the records of a JSON Lines or CSV file. */
export function readRecords(file: string, code: 'IMPORT_INVALID' | 'CONTENT_INVALID' = 'IMPORT_INVALID'): AsyncGenerator<SourceRecord> {
  const format = formatOf(file)
  if (format === 'parquet') {
    throw new AppError('INPUT_FORMAT_UNSUPPORTED', `${file}: imports read JSON Lines or CSV`, { file })
  }
  return format === 'jsonl' ? readJsonLines(file, code) : readCsv(file, code)
}
