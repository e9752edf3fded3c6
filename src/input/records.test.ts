/** CSV read strictly: every record with the line it ends on, whatever quotes and blank lines come before. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { readRecords, type SourceRecord } from './records.js'

const dir = mkdtempSync(join(tmpdir(), 'veto-records-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function read(name: string, text: string): Promise<SourceRecord[]> {
  const file = join(dir, name)
  writeFileSync(file, text)
  const out: SourceRecord[] = []
  for await (const batch of readRecords(file)) out.push(...batch)
  return out
}

it('gives each record its fields and the line it ends on, past quoted line breaks and blank lines', async () => {
  const text = '\uFEFFid,note\na,"one\ntwo"\n\nb,"say ""hi"""\nc,\n'
  expect(await read('a.csv', text)).toEqual([
    { line: 3, values: { id: 'a', note: 'one\ntwo' } },
    { line: 5, values: { id: 'b', note: 'say "hi"' } },
    { line: 6, values: { id: 'c', note: '' } },
  ])
})

it('reads a file of more records than a batch, in order', async () => {
  const rows = Array.from({ length: 5000 }, (_, i) => `r${i},${i}`)
  const records = await read('many.csv', `id,n\n${rows.join('\n')}\n`)
  expect(records).toHaveLength(5000)
  expect(records[4999]).toEqual({ line: 5001, values: { id: 'r4999', n: '4999' } })
  expect(records.every((r, i) => r.line === i + 2)).toBe(true)
})

it.each([
  ['a column named twice', 'id,id\na,b\n', 'id', 'header names a column twice or not at all'],
  ['an unnamed column', 'id,\na,b\n', '(empty)', 'header names a column twice or not at all'],
])('refuses a header with %s', async (_, text, field, message) => {
  await expect(read('h.csv', text)).rejects.toMatchObject({
    code: 'IMPORT_INVALID',
    problems: [{ line: 1, field, message }],
  })
})

it('names the line of a record with another number of fields than the header', async () => {
  await expect(read('f.csv', 'id,n\na,1\nb\n')).rejects.toMatchObject({
    problems: [{ line: 3, field: '(line)', message: 'has another number of fields than the header' }],
  })
  await expect(read('g.csv', 'id,n\na,1,2\n')).rejects.toMatchObject({
    problems: [{ line: 2, field: '(line)', message: 'has another number of fields than the header' }],
  })
})

it('names the line of a quote left open', async () => {
  await expect(read('q.csv', 'id,n\na,1\nb,"2\n')).rejects.toMatchObject({
    problems: [{ field: '(line)', message: expect.stringContaining('is not valid CSV') }],
  })
})
