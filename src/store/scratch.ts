/**
 * Scratch space for a long check, in the data folder's `tmp`, never in the JavaScript heap. The
 * set of ids seen across a file of 10 million lines (and where) is a SQLite file written with no
 * journal and no syncs, its page cache capped; the rows the check passed are JSON lines, read
 * back by the pass that writes them so that it does not parse and check the file again. Both are
 * readable by their owner only. The rows (addresses, birthdates) are in a file without a name,
 * gone with the process however it ends; a set of ids is named for the process that made it,
 * and one left by a process killed before it could remove it is removed by the next check in
 * that folder.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { closeSync, createReadStream, mkdirSync, openSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { removeOrphans } from '../os/processes.js'
import { writeAll } from './write-all.js'

const SCRATCH_FILE = /^(?:seen|checked|match)-(\d+)-[0-9a-f]+\.(?:sqlite|jsonl)$/

function scratchFile(dir: string, kind: 'seen' | 'checked' | 'match', ext: 'sqlite' | 'jsonl'): string {
  mkdirSync(dir, { recursive: true })
  return join(dir, `${kind}-${process.pid}-${randomBytes(8).toString('hex')}.${ext}`)
}

/** Removes the scratch files in `dir` of processes that no longer run; returns how many. */
export function removeStaleScratch(dir: string): number {
  return removeOrphans(dir, (name) => {
    const pid = SCRATCH_FILE.exec(name)?.[1]
    return pid === undefined ? undefined : Number(pid)
  })
}

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

/** A SQLite file of `dir` for one process's scratch: no journal, no syncs, its page cache capped. */
function scratchDb(dir: string, kind: 'seen' | 'match'): { db: Sqlite.Database; file: string } {
  const file = scratchFile(dir, kind, 'sqlite')
  // Made empty first, readable by its owner only (an empty file is an empty database to SQLite).
  closeSync(openSync(file, 'wx', 0o600))
  const db = new Sqlite(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -65536')
  return { db, file }
}

export function openSeenSet(dir: string): SeenSet {
  const { db, file } = scratchDb(dir, 'seen')
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

/**
 * Ledger entries and facts matched by the hash of their content, on disk: `veto ledger verify`
 * holds every entry of the log against every fact of the store without either in memory.
 */
export interface FactMatch {
  /**
   * Entries of the log as checked; `later`, entries appended after that, which a fact read since
   * may stand behind (they are matched with facts, and are never named themselves).
   */
  addEntries(
    entries: readonly { seq: number; type: string; key: Uint8Array; filing?: string | null }[],
    later?: boolean,
  ): void
  addFacts(facts: readonly { key: Uint8Array; what: string }[]): void
  /** The entries no fact has the key of, in the log's order. */
  entriesWithoutFact(): IterableIterator<{ seq: number; type: string }>
  /** The labels of the facts no entry has the key of, in the order added. */
  factsWithoutEntry(): IterableIterator<string>
  /**
   * The entries that record a fact once more than the store holds it (two entries, one fact), in
   * the log's order, each with the first entry of its key.
   */
  repeatedEntries(): IterableIterator<{ seq: number; type: string; first: number }>
  /** The withdrawals' entries with no entry of the same kind of filing, for the filing they name, before them. */
  withdrawalsBeforeFiling(): IterableIterator<{ seq: number; type: string; filing: string }>
  /** Removes the file. */
  close(): void
}

/**
 * Both sides are written as they come, with no index, and each side's index on the key is built
 * once when the first question is asked: a sort each, where a unique index kept up row by row
 * took 19 s for 1.8M facts in random key order, and the whole check 68 s instead of 58.
 */
export function openFactMatch(dir: string): FactMatch {
  const { db, file } = scratchDb(dir, 'match')
  db.exec(`create table entries (seq integer primary key, type text not null, k blob not null, later integer not null,
      filing text);
    create table facts (k blob not null, what text not null)`)
  const entry = db.prepare('insert into entries (seq, type, k, later, filing) values (?, ?, ?, ?, ?)')
  const fact = db.prepare('insert into facts (k, what) values (?, ?)')
  let indexed = false
  const index = () => {
    if (!indexed)
      db.exec(`create index entries_k on entries (k); create index facts_k on facts (k);
        create index entries_filing on entries (filing, seq) where filing is not null`)
    indexed = true
  }
  return {
    addEntries: db.transaction(
      (entries: readonly { seq: number; type: string; key: Uint8Array; filing?: string | null }[], later = false) => {
        for (const e of entries) entry.run(e.seq, e.type, e.key, later ? 1 : 0, e.filing ?? null)
      },
    ),
    addFacts: db.transaction((facts: readonly { key: Uint8Array; what: string }[]) => {
      for (const f of facts) fact.run(f.key, f.what)
    }),
    entriesWithoutFact() {
      index()
      return db
        .prepare<[], { seq: number; type: string }>(
          'select seq, type from entries e where later = 0 and not exists (select 1 from facts f where f.k = e.k) ' +
            'order by seq',
        )
        .iterate()
    },
    factsWithoutEntry() {
      index()
      return db
        .prepare<[], string>(
          'select what from facts f where not exists (select 1 from entries e where e.k = f.k) order by rowid',
        )
        .pluck()
        .iterate()
    },
    repeatedEntries() {
      index()
      // The keys found more than once first, by the index: a pass over it, where most logs have none.
      return db
        .prepare<[], { seq: number; type: string; first: number }>(
          `with repeated as (select k, min(seq) as first from entries group by k having count(*) > 1)
           select e.seq, e.type, r.first from repeated r join entries e on e.k = r.k
           where e.later = 0 and exists (select 1 from facts f where f.k = e.k)
             and (select count(*) from entries p where p.k = e.k and p.seq <= e.seq)
               > (select count(*) from facts f where f.k = e.k)
           order by e.seq`,
        )
        .iterate()
    },
    withdrawalsBeforeFiling() {
      index()
      return db
        .prepare<[], { seq: number; type: string; filing: string }>(
          `select w.seq, w.type, w.filing from entries w
           where w.later = 0 and w.filing is not null and w.type like '%.withdrawn'
             and not exists (select 1 from entries f where f.filing = w.filing and f.seq < w.seq
               and f.type = replace(w.type, '.withdrawn', '.filed'))
           order by w.seq`,
        )
        .iterate()
    },
    close() {
      db.close()
      rmSync(file, { force: true })
    },
  }
}

/** Rows kept on disk in the order added, for a later pass. */
export interface CheckedRows<T> {
  /** Rows as JSON lines, each ending in a newline (`count` of them), as `JSON.stringify` writes them. */
  addLines(text: string, count: number): void
  /** How many rows were added. */
  readonly count: number
  /** Every row added, in order, in groups of `size` (the last may be shorter). */
  groups(size: number): AsyncGenerator<T[]>
  /** Closes the file, and so frees its space. */
  close(): void
}

/**
 * Rows as JSON lines in a file of `dir` that has no name: it is removed from the folder as soon
 * as it is opened and read back through the same descriptor, so that nothing of it (addresses,
 * birthdates) outlives the process, however it ends. The rows must be plain JSON values.
 */
export function openCheckedRows<T>(dir: string): CheckedRows<T> {
  const file = scratchFile(dir, 'checked', 'jsonl')
  let fd: number | undefined = openSync(file, 'wx+', 0o600)
  rmSync(file)
  let count = 0
  const open = () => {
    if (fd === undefined) throw new Error('the checked rows are closed')
    return fd
  }
  return {
    addLines(text, n) {
      if (n === 0) return
      writeAll(open(), Buffer.from(text))
      count += n
    },
    get count() {
      return count
    },
    async *groups(size) {
      let group: T[] = []
      let rest = ''
      let read = 0
      const stream = createReadStream('', {
        fd: open(),
        start: 0,
        autoClose: false,
        encoding: 'utf8',
        highWaterMark: 1 << 20,
      })
      // JSON escapes every line break inside a value: each line is one row.
      for await (const chunk of stream) {
        const text = rest + chunk
        let start = 0
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
          group.push(parseRow<T>(text.slice(start, end), read + group.length))
          start = end + 1
          if (group.length === size) {
            read += group.length
            yield group
            group = []
          }
        }
        rest = text.slice(start)
      }
      read += group.length
      if (rest !== '' || read !== count)
        throw new Error(`the checked rows came back incomplete: ${read} of ${count}, the last cut short`)
      if (group.length > 0) yield group
    },
    close() {
      if (fd !== undefined) closeSync(fd)
      fd = undefined
    },
  }
}

/** One row back; a line that does not parse is named by its number only, never by its text. */
function parseRow<T>(line: string, index: number): T {
  try {
    return JSON.parse(line) as T
  } catch {
    throw new Error(`checked row ${index + 1} came back damaged`)
  }
}
