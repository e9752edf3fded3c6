import { parse } from 'csv-parse/sync'
import { expect, it } from 'vitest'
import { csvField } from './authority-records.js'

it('quotes CSV fields as RFC 4180 says and keeps a spreadsheet from reading a formula', () => {
  const fields = ['plain', 'a,b', 'say "hi"', 'two\nlines', '=HYPERLINK("x")', '+1', '-2', '@cmd', 42, null]
  const line = fields.map(csvField).join(',')
  expect(parse(line, { relax_column_count: false })[0]).toEqual([
    'plain',
    'a,b',
    'say "hi"',
    'two\nlines',
    `'=HYPERLINK("x")`,
    `'+1`,
    `'-2`,
    `'@cmd`,
    '42',
    '',
  ])
})
