/**
 * A fast reader for the CSV files imports see nearly always: records ending in `\n` or `\r\n`,
 * fields separated by commas, quoted by RFC 4180's rules or not at all. It gives exactly what
 * csv-parse gives for such a file with the options of `records.ts` — the same records, each with
 * csv-parse's line number — at a quarter of its cost (a million accounts: about 1.8 s against
 * 7 s). Whatever it is not sure of (a bare `\r`, a quote inside an unquoted field, text after a
 * closing quote, a quote never closed, a record with another number of fields than the header)
 * it does not decide: it stops with `NotPlain`, having given only records it is sure of, and the
 * caller reads the rest with csv-parse, which decides what such a file holds or names its error.
 * A property test holds the two readers to each other (`csv-scan.test.ts`).
 * @module
 */
import { StringDecoder } from 'node:string_decoder'

/** Met something only csv-parse decides; the records given so far are csv-parse's too. */
export class NotPlain extends Error {}

export interface ScannedRecord {
  /** csv-parse's `info.lines` for the record: the line it ends on, a `\r` or `\n` inside quotes counted alone. */
  readonly line: number
  readonly fields: string[]
}

type Ending = '\n' | '\r\n'
const MORE = null

/**
 * Splits CSV text into records as it comes. `push` takes the next piece of text; `end` says no
 * more comes. Each returns the whole records the text so far completes.
 */
export class CsvScanner {
  private text = ''
  private pos = 0
  private line = 1
  private ending: Ending | undefined
  private started = false
  /** The next quote at or after `pos`, or -1 when the text holds none there. */
  private quoteAt = 0

  push(piece: string): ScannedRecord[] {
    return this.scan(piece, false)
  }

  end(): ScannedRecord[] {
    return this.scan('', true)
  }

  private scan(piece: string, final: boolean): ScannedRecord[] {
    let text = this.text.length > this.pos ? this.text.slice(this.pos) + piece : piece
    if (!this.started && text.length > 0) {
      // The byte order mark csv-parse's `bom` option drops.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      this.started = true
    }
    this.text = text
    this.pos = 0
    this.quoteAt = text.indexOf('"')
    const out: ScannedRecord[] = []
    for (;;) {
      if (this.pos >= text.length) break
      const r = this.record(text, final)
      if (r === MORE) break
      if (r.fields.length > 0) out.push(r)
    }
    return out
  }

  /** The record at `pos` (no fields: an empty line), or MORE when the text ends inside it. */
  private record(text: string, final: boolean): ScannedRecord | typeof MORE {
    const start = this.pos
    const nl = text.indexOf('\n', start)
    // Where the next quote is, looked up again only once passed: a search per record to the
    // text's end, in a file without quotes, would read each piece as often as it has records.
    if (this.quoteAt !== -1 && this.quoteAt < start) this.quoteAt = text.indexOf('"', start)
    const quote = this.quoteAt
    if (quote === -1 || (nl !== -1 && quote > nl)) {
      // No quote in the record: it ends at the line's end.
      if (nl === -1 && !final) return MORE
      const stop = nl === -1 ? text.length : this.endingOf(text, nl) === '\r\n' ? nl - 1 : nl
      const body = text.slice(start, stop)
      if (body.includes('\r')) throw new NotPlain('a carriage return inside a record')
      this.pos = nl === -1 ? text.length : nl + 1
      const line = this.line
      if (nl !== -1) this.line++
      if (body === '') return { line, fields: [] }
      return { line, fields: body.split(',') }
    }
    return this.quotedRecord(text, final)
  }

  /** How records end, told by the first (as csv-parse tells it): `\r\n` or `\n`; a bare `\r` is not plain. */
  private endingOf(text: string, nl: number): Ending {
    const ending: Ending = nl > 0 && text.charCodeAt(nl - 1) === 13 ? '\r\n' : '\n'
    if (this.ending === undefined) this.ending = ending
    else if (ending !== this.ending) throw new NotPlain('records end in two ways')
    return ending
  }

  /** A record with a quote in it, a character at a time. */
  private quotedRecord(text: string, final: boolean): ScannedRecord | typeof MORE {
    const fields: string[] = []
    let i = this.pos
    let inside = 0
    for (;;) {
      let value = ''
      if (text.charCodeAt(i) === 34) {
        // Quoted: up to the quote not doubled; line breaks inside are data, each counted as csv-parse counts them.
        let j = i + 1
        for (;;) {
          const q = text.indexOf('"', j)
          if (q === -1 || q + 1 >= text.length) {
            if (!final) return MORE
            if (q === -1) throw new NotPlain('a quote never closed')
          }
          const part = text.slice(j, q)
          for (let k = 0; k < part.length; k++) {
            const c = part.charCodeAt(k)
            if (c === 10 || c === 13) inside++
          }
          value += part
          if (text.charCodeAt(q + 1) === 34) {
            value += '"'
            j = q + 2
            continue
          }
          i = q + 1
          break
        }
      } else {
        let j = i
        for (; j < text.length; j++) {
          const c = text.charCodeAt(j)
          if (c === 44 || c === 10 || c === 13) break
          if (c === 34) throw new NotPlain('a quote inside an unquoted field')
        }
        value = text.slice(i, j)
        i = j
      }
      fields.push(value)
      if (i >= text.length) {
        if (!final) return MORE
        this.pos = i
        const line = this.line + inside
        this.line = line
        return { line, fields }
      }
      const c = text.charCodeAt(i)
      if (c === 44) {
        i++
        continue
      }
      if (c === 13 || c === 10) {
        if (c === 13 && i + 1 >= text.length && !final) return MORE
        if (c === 13 && text.charCodeAt(i + 1) !== 10) throw new NotPlain('a bare carriage return')
        const nl = c === 10 ? i : i + 1
        this.endingOf(text, nl)
        this.pos = nl + 1
        const line = this.line + inside
        this.line = line + 1
        return { line, fields }
      }
      throw new NotPlain('text after a closing quote')
    }
  }
}

/**
 * Text of bytes that were not UTF-8 (decoded to U+FFFD: a UTF-16 byte order mark among them,
 * after which csv-parse reads the file as UTF-16) or that hold NUL (UTF-16 without the mark):
 * csv-parse decides what such a file holds, not this scanner.
 */
function plain(text: string): string {
  if (text.includes('\uFFFD') || text.includes('\0')) throw new NotPlain('bytes that are not plain UTF-8 text')
  return text
}

/**
 * The records of a CSV byte stream as objects keyed by `columns` (the header, read by the
 * caller from the first record), in batches. Throws `NotPlain` where csv-parse must decide.
 */
export async function* scanCsv(
  chunks: AsyncIterable<Buffer>,
  header: (fields: string[]) => readonly string[],
  batchRecords: number,
): AsyncGenerator<{ line: number; values: Record<string, string> }[]> {
  const scanner = new CsvScanner()
  const decoder = new StringDecoder('utf8')
  let columns: readonly string[] | undefined
  type Batch = { line: number; values: Record<string, string> }[]
  let batch: Batch = []
  // A piece of a megabyte holds thousands of records: they go on in batches of the size asked.
  const ready: Batch[] = []
  const take = (records: ScannedRecord[]) => {
    for (const { line, fields } of records) {
      if (columns === undefined) {
        columns = header(fields)
        if (columns.includes('__proto__')) throw new NotPlain('a column named __proto__')
        continue
      }
      if (fields.length !== columns.length) throw new NotPlain('another number of fields than the header')
      const values: Record<string, string> = {}
      for (let k = 0; k < fields.length; k++) values[columns[k] as string] = fields[k] as string
      batch.push({ line, values })
      if (batch.length === batchRecords) {
        ready.push(batch)
        batch = []
      }
    }
  }
  for await (const chunk of chunks) {
    take(scanner.push(plain(decoder.write(chunk))))
    yield* ready.splice(0)
  }
  take(scanner.push(plain(decoder.end())))
  take(scanner.end())
  yield* ready.splice(0)
  if (batch.length > 0) yield batch
}
