import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCheckedRows, openSeenSet, removeStaleScratch } from './scratch.js'

const folder = () => mkdtempSync(join(tmpdir(), 'veto-scratch-'))

describe('checked rows on disk', () => {
  it('gives back every row in order, in groups, whatever the values hold', async () => {
    const dir = folder()
    const rows = Array.from({ length: 5003 }, (_, i) => ({
      line: i + 2,
      row: { id: `a-${i}`, note: i % 2 ? 'zwei\nZeilen, "zitiert" \u2028 und 😀' : null, n: i * 1.5 },
    }))
    const kept = openCheckedRows<(typeof rows)[number]>(dir)
    const lines = (part: typeof rows) => part.map((r) => `${JSON.stringify(r)}\n`).join('')
    for (let i = 0; i < rows.length; i += 1000)
      kept.addLines(lines(rows.slice(i, i + 1000)), rows.slice(i, i + 1000).length)
    kept.addLines('', 0)
    expect(kept.count).toBe(rows.length)
    // The file has no name: nothing of it is left in the folder, however the process ends.
    expect(readdirSync(dir)).toEqual([])
    const groups: (typeof rows)[] = []
    for await (const g of kept.groups(2048)) groups.push(g)
    expect(groups.map((g) => g.length)).toEqual([2048, 2048, 907])
    expect(groups.flat()).toEqual(rows)
    // Read again, from the start.
    let again = 0
    for await (const g of kept.groups(5003)) again += g.length
    expect(again).toBe(rows.length)
    kept.close()
  })
})

describe('a set of ids seen', () => {
  it('is readable by its owner only, and gone once closed', () => {
    const dir = folder()
    const seen = openSeenSet(dir)
    expect(
      seen.see([
        { key: 'a', line: 2, value: '' },
        { key: 'a', line: 3, value: '' },
      ]),
    ).toEqual([undefined, { line: 2, value: '' }])
    const [name] = readdirSync(dir)
    expect(statSync(join(dir, name ?? '')).mode & 0o777).toBe(0o600)
    seen.close()
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('stale scratch files', () => {
  it("are removed when the process that made them no longer runs, and no one else's", () => {
    const dir = folder()
    // A pid that has been and gone: a child that ran and exited.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout
    const stale = [`checked-${gone}-00aa11bb22cc33dd.jsonl`, `seen-${gone}-00aa11bb22cc33dd.sqlite`]
    const kept = [`checked-${process.ppid}-00aa11bb22cc33dd.jsonl`, 'notes.txt', `seen-${gone}.sqlite`]
    for (const name of [...stale, ...kept]) writeFileSync(join(dir, name), 'x')
    const own = openSeenSet(dir)
    expect(removeStaleScratch(dir)).toBe(2)
    for (const name of stale) expect(existsSync(join(dir, name))).toBe(false)
    for (const name of kept) expect(existsSync(join(dir, name))).toBe(true)
    expect(readdirSync(dir)).toHaveLength(kept.length + 1)
    own.close()
    expect(removeStaleScratch(join(dir, 'none'))).toBe(0)
  })
})
