import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openCheckedRows, openFactMatch, openSeenSet, removeStaleScratch } from './scratch.js'

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

describe("a ledger's entries matched with the store's facts", () => {
  it('names the entries beyond the count of a fact the store holds, and the withdrawals before their filings', () => {
    const match = openFactMatch(folder())
    const k = (n: number) => Buffer.alloc(16, n)
    // Key 1: two facts alike, two entries (none named), then a third (named). Key 2: one fact,
    // one entry checked and one appended while the check ran (not named). Key 3: no fact (left to
    // entriesWithoutFact).
    match.addEntries([
      { seq: 0, type: 'objection.filed', key: k(1), filing: 'obj_a' },
      { seq: 1, type: 'objection.filed', key: k(1), filing: 'obj_a' },
      { seq: 2, type: 'objection.withdrawn', key: k(2), filing: 'obj_a' },
      { seq: 3, type: 'objection.filed', key: k(1), filing: 'obj_a' },
      { seq: 4, type: 'objection.withdrawn', key: k(3), filing: 'obj_b' },
      { seq: 5, type: 'consent.withdrawn', key: k(3), filing: 'obj_a' },
      { seq: 6, type: 'notice.delivered', key: k(3) },
      { seq: 7, type: 'notice.delivered', key: k(3) },
    ])
    match.addEntries([{ seq: 8, type: 'objection.withdrawn', key: k(2), filing: 'obj_a' }], true)
    match.addFacts([
      { key: k(1), what: 'one' },
      { key: k(1), what: 'its twin' },
      { key: k(2), what: 'two' },
    ])
    expect([...match.repeatedEntries()]).toEqual([{ seq: 3, type: 'objection.filed', first: 0 }])
    // obj_b was never filed; obj_a was, but as an objection, not a consent.
    expect([...match.withdrawalsBeforeFiling()]).toEqual([
      { seq: 4, type: 'objection.withdrawn', filing: 'obj_b' },
      { seq: 5, type: 'consent.withdrawn', filing: 'obj_a' },
    ])
    expect([...match.entriesWithoutFact()].map((e) => e.seq)).toEqual([4, 5, 6, 7])
    match.close()
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
