/**
 * Scratch space for a long check: a throw-away SQLite file in the data folder's `tmp`, written
 * with no journal and no syncs, its page cache capped. A check across a file of 10 million lines
 * (every id seen, and where) keeps that set here, on disk, not in the JavaScript heap.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'

/** Where a key was first seen, and what came with it. */
export interface FirstSeen {
  readonly line: number
  readonly value: string
}

export interface SeenSet {
  /**
   * Records each key at its line, with a value, unless seen before; returns, in order, where each
   * key was first seen (the file's earlier line, or an earlier entry of this batch), or undefined
   * for a key new here.
   */
  see(entries: readonly { key: string; line: number; value: string }[]): (FirstSeen | undefined)[]
  /** Removes the file. */
  close(): void
}

export function openSeenSet(dir: string): SeenSet {
  mkdirSync(dir, { recursive: true })
  const file = join(dir, `seen-${randomBytes(8).toString('hex')}.sqlite`)
  const db = new Sqlite(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -65536')
  db.exec('create table seen (k text primary key, line integer not null, v text not null) without rowid')
  const insert = db.prepare('insert into seen (k, line, v) values (?, ?, ?) on conflict (k) do nothing')
  const find = db.prepare<[string], { line: number; v: string }>('select line, v from seen where k = ?')
  const see = db.transaction((entries: readonly { key: string; line: number; value: string }[]) =>
    entries.map(({ key, line, value }) => {
      if (insert.run(key, line, value).changes === 1) return undefined
      const r = find.get(key)
      return r ? { line: r.line, value: r.v } : undefined
    }),
  )
  return {
    see,
    close() {
      db.close()
      rmSync(file, { force: true })
    },
  }
}
