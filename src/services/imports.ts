/**
 * All-or-nothing imports (issue: strict imports), streamed: the file is read batch by batch
 * inside one transaction. Each batch is checked against the file so far and the store, and
 * written while no problem has been found; from the first problem on the rest is only
 * checked, so the error still names every problem (the first 20, and how many), and the
 * transaction is rolled back: nothing of a bad file is written. Memory holds one batch and
 * what the checks across the file need (the ids or keys seen), not the whole file.
 * Importing the same file again changes nothing.
 * @module
 */
import { createHash } from 'node:crypto'
import type { z } from 'zod'
import type { Account, FilingType, MembershipChange } from '../domain/index.js'
import { firstIssue } from '../input/fields.js'
import { InputError, type InputProblem } from '../input/input-error.js'
import { readRecords } from '../input/records.js'
import { accountRow, filingRow, linkRow, noticeRow, policyRefOf } from '../input/rows.js'
import { recordCenterChanges, recordFilings, recordNotices } from './facts.js'
import { normalizeEmail } from '../domain/email.js'
import type { NewFiling, Store, UpsertResult } from '../store/store.js'
import type { ServiceDeps } from './deps.js'
import { FILING_PREFIX } from './ids.js'

export const IMPORT_KINDS = ['accounts', 'links', 'objections', 'consents', 'notices'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export interface ImportResult {
  readonly kind: ImportKind
  readonly file: string
  readonly records: number
  readonly inserted: number
  readonly updated: number
  readonly unchanged: number
}

interface Parsed<T> {
  readonly line: number
  readonly row: T
}

class Problems {
  readonly list: InputProblem[] = []
  total = 0
  add(line: number, field: string, message: string) {
    this.total++
    if (this.list.length < 20) this.list.push({ line, field, message })
  }
  throwIfAny(file: string) {
    const sorted = [...this.list].sort((a, b) => a.line - b.line)
    if (this.total > 0) throw new InputError('IMPORT_INVALID', file, sorted, this.total)
  }
}

/**
 * Reads `file` in batches inside one transaction of `store`: each batch's valid rows go to
 * `batch`, told whether to write them (not once a problem has been found). Throws the file's
 * problems at the end, which rolls back whatever the batches wrote.
 */
async function streamed<S extends z.ZodType>(
  store: Store,
  file: string,
  schema: S,
  problems: Problems,
  batch: (tx: Store, rows: Parsed<z.output<S>>[], write: () => boolean) => Promise<UpsertResult>,
): Promise<Omit<ImportResult, 'kind' | 'file'>> {
  return store.transaction(async (tx) => {
    let records = 0
    const total = { inserted: 0, updated: 0, unchanged: 0 }
    for await (const batchRecords of readRecords(file)) {
      const rows: Parsed<z.output<S>>[] = []
      for (const { line, values } of batchRecords) {
        const res = schema.safeParse(values)
        if (res.success) rows.push({ line, row: res.data })
        else {
          const { field, message } = firstIssue(res.error)
          problems.add(line, field, message)
        }
      }
      records += rows.length
      const c = await batch(tx, rows, () => problems.total === 0)
      total.inserted += c.inserted
      total.updated += c.updated
      total.unchanged += c.unchanged
    }
    problems.throwIfAny(file)
    return { records, ...total }
  })
}

const NOTHING: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 }

const key = (account: string, at: number) => `${account}\u0000${at}`

export function createImportService({ store, clock, newId }: ServiceDeps) {
  async function requireAccounts(
    tx: Store,
    rows: Parsed<{ account: string | null }>[],
    problems: Problems,
  ): Promise<void> {
    const ids = rows.map((r) => r.row.account).filter((a): a is string => a !== null)
    const known = await tx.getAccounts(ids)
    for (const { line, row } of rows) {
      if (row.account !== null && !known.has(row.account)) problems.add(line, 'account', 'names no known account')
    }
  }

  function importAccounts(file: string, now: number, problems: Problems) {
    const firstLine = new Map<string, number>()
    return streamed(store, file, accountRow(now), problems, async (tx, parsed, write) => {
      // A repeated id is reported and goes no further: an earlier batch may have written the
      // first one, which is not "on record" for the checks below.
      const rows = parsed.filter(({ line, row }) => {
        const seen = firstLine.get(row.id)
        if (seen === undefined) firstLine.set(row.id, line)
        else problems.add(line, 'id', `repeats the account of line ${seen}`)
        return seen === undefined
      })
      const ids = rows.map((r) => r.row.id)
      const existing = await tx.getAccounts(ids)
      const centerOnRecord = new Map((await tx.membershipsOf(ids)).map((m) => [key(m.account, m.at), m.center]))
      const accounts: Account[] = []
      const memberships: MembershipChange[] = []
      for (const { line, row } of rows) {
        const old = existing.get(row.id)
        if (old && old.createdAt !== row.created_at)
          problems.add(line, 'created_at', 'differs from the account on record')
        if (old && old.network !== row.network) problems.add(line, 'network', 'differs from the account on record')
        const recorded = centerOnRecord.get(key(row.id, row.created_at))
        if (recorded !== undefined && recorded !== row.center) {
          problems.add(line, 'center', 'differs from the center on record; change centers with a links import')
        }
        accounts.push({
          id: row.id,
          network: row.network,
          email: row.email,
          birthdate: row.birthdate,
          country: row.country,
          createdAt: row.created_at,
        })
        if (recorded === undefined && row.center !== null) {
          memberships.push({ account: row.id, center: row.center, at: row.created_at, recordedAt: now })
        }
      }
      if (!write()) return NOTHING
      const upserted = await tx.upsertAccounts(accounts, now)
      await recordCenterChanges(tx, memberships, now)
      return upserted
    })
  }

  function importLinks(file: string, now: number, problems: Problems) {
    const inFile = new Map<string, { center: string | null; line: number }>()
    return streamed(store, file, linkRow(now), problems, async (tx, rows, write) => {
      await requireAccounts(tx, rows, problems)
      const onRecord = new Map(
        (await tx.membershipsOf(rows.map((r) => r.row.account))).map((m) => [key(m.account, m.at), m.center]),
      )
      const fresh: MembershipChange[] = []
      for (const { line, row } of rows) {
        const k = key(row.account, row.at)
        const before = inFile.get(k)
        const recorded = onRecord.get(k)
        if (before && before.center !== row.center) {
          problems.add(line, 'center', `contradicts line ${before.line}: one account, one center at one instant`)
        } else if (recorded !== undefined && recorded !== row.center) {
          problems.add(line, 'center', 'contradicts the center on record for this account at this instant')
        } else if (!before && recorded === undefined) {
          fresh.push({ account: row.account, center: row.center, at: row.at, recordedAt: now })
        }
        inFile.set(k, { center: row.center, line })
      }
      if (!write()) return NOTHING
      const written = await recordCenterChanges(tx, fresh, now)
      return { inserted: written.length, updated: 0, unchanged: rows.length - written.length }
    })
  }

  function importFilings(type: FilingType, file: string, now: number, problems: Problems) {
    const byEmail = new Map<string, string[]>()
    const seen = new Set<string>()
    return streamed(store, file, filingRow(now), problems, async (tx, rows, write) => {
      await requireAccounts(tx, rows, problems)
      for (const { row } of rows) {
        if (row.email !== null && !byEmail.has(normalizeEmail(row.email))) {
          byEmail.set(
            normalizeEmail(row.email),
            (await tx.findAccountsByEmail(row.email)).map((a) => a.id),
          )
        }
      }
      const keyed = rows.map(({ line, row }) => {
        const target = row.account ?? `email:${normalizeEmail(row.email ?? '')}`
        const dedupeKey = createHash('sha256')
          .update(JSON.stringify([type, target, row.received_at, row.channel ?? 'import', row.reason]))
          .digest('hex')
        return { line, row, dedupeKey }
      })
      const known = await tx.findDedupeKeys(keyed.map((k) => k.dedupeKey))
      const fresh: NewFiling[] = []
      for (const { line, row, dedupeKey } of keyed) {
        const accounts = row.account !== null ? [row.account] : (byEmail.get(normalizeEmail(row.email ?? '')) ?? [])
        if (accounts.length === 0) problems.add(line, 'email', 'no account carries this address')
        if (known.has(dedupeKey) || seen.has(dedupeKey)) continue
        seen.add(dedupeKey)
        fresh.push({
          filing: {
            id: newId(FILING_PREFIX[type]),
            type,
            accounts,
            receivedAt: row.received_at,
            recordedAt: now,
            channel: row.channel ?? 'import',
          },
          reason: row.reason,
          dedupeKey,
        })
      }
      if (!write()) return NOTHING
      await recordFilings(tx, fresh, now)
      return { inserted: fresh.length, updated: 0, unchanged: rows.length - fresh.length }
    })
  }

  function importNotices(file: string, now: number, problems: Problems) {
    return streamed(store, file, noticeRow(now), problems, async (tx, rows, write) => {
      await requireAccounts(tx, rows, problems)
      if (!write()) return NOTHING
      const notices = rows.map(({ row }) => ({
        account: row.account,
        deliveredAt: row.delivered_at,
        recordedAt: now,
        policy: policyRefOf(row.policy),
        lang: row.lang ?? null,
      }))
      const written = await recordNotices(tx, notices, now)
      return { inserted: written.length, updated: 0, unchanged: rows.length - written.length }
    })
  }

  return {
    /** Imports one file of one kind, or throws an `InputError` and writes nothing. */
    async importFile(kind: ImportKind, file: string): Promise<ImportResult> {
      const now = clock()
      const problems = new Problems()
      const counts = await (() => {
        switch (kind) {
          case 'accounts':
            return importAccounts(file, now, problems)
          case 'links':
            return importLinks(file, now, problems)
          case 'objections':
            return importFilings('objection', file, now, problems)
          case 'consents':
            return importFilings('consent', file, now, problems)
          case 'notices':
            return importNotices(file, now, problems)
        }
      })()
      // A bulk load leaves the planner's statistics behind: unrefreshed, PostgreSQL reads a
      // person's center histories by whole-table scans (180 ms instead of 0.3 ms at 1M accounts).
      if (counts.inserted + counts.updated > 0) await store.refreshStatistics()
      return { kind, file, ...counts }
    },
  }
}
