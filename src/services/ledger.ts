/**
 * The ledger as a service: signed checkpoints over the log, and `verify`, which recomputes
 * every leaf, every checkpoint root and signature, and holds the facts tables and the log
 * against each other, naming whatever differs.
 * @module
 */
import { formatInstant, type MembershipChange, type NoticeDelivery } from '../domain/index.js'
import { canonicalJson } from '../ledger/canonical-json.js'
import { hashLeaves, hashPairs } from '../ledger/batch-hashes.js'
import { type LedgerEntry, leafText } from '../ledger/entries.js'
import {
  caseReceived,
  caseStepped,
  delivered,
  excluded,
  filed,
  type LedgerEvent,
  linked,
  registered,
  sealed,
  withdrawn,
} from '../ledger/events.js'
import { type Hash, MerkleFrontier } from '../ledger/merkle.js'
import { checkpointBody, type NoteKey, openCheckpoint, signNote } from '../ledger/signed-note.js'
import { type FactMatch, openFactMatch, removeStaleScratch } from '../store/scratch.js'
import type { CheckpointRecord, FilingRecord, Store } from '../store/store.js'
import type { Clock } from './deps.js'

const PAGE = 10_000
/** Problems of one kind `verify` lists before it only counts the rest. */
const MAX_LISTED = 1000
/** Leaf hashes a checkpoint reads at a time: 64 hex characters each, no payloads. */
const LEAF_PAGE = 50_000

export type { CheckpointRecord }

export interface LedgerVerification {
  readonly entries: number
  readonly checkpoints: number
  readonly problems: readonly string[]
}

export function createLedgerService({
  store,
  clock,
  key,
  scratchDir,
  pageSize,
}: {
  store: Store
  clock: Clock
  key: NoteKey
  /** Where `verify` matches entries with facts on disk: the data folder's `tmp`. */
  scratchDir: string
  /** Entries, facts and leaf hashes read at a time; unset, the sizes above (tests make pages small). */
  pageSize?: number
}) {
  const page = pageSize ?? PAGE
  const leafPage = pageSize ?? LEAF_PAGE
  return {
    /** Entries in the ledger; answering it also shows that the store is reachable (/healthz). */
    size: () => store.ledgerSize(),
    /** Up to `limit` entries from position `from` on, in order. */
    entries: (from: number, limit: number) => store.readLedger(from, limit),
    /** The latest signed checkpoint, or undefined when none was signed. */
    latestCheckpoint: async (): Promise<CheckpointRecord | undefined> => (await store.listCheckpoints()).at(-1),

    /** Signs a checkpoint over the whole log, unless the latest one already covers it. */
    async checkpoint(): Promise<CheckpointRecord> {
      // Extend the latest checkpoint's frontier with the entries since; `verify` recomputes from scratch.
      const latest = (await store.listCheckpoints()).at(-1)
      const frontier = latest ? new MerkleFrontier(latest.size, latest.frontier) : new MerkleFrontier()
      for (let from = frontier.size; ; from += leafPage) {
        const leaves = await store.readLeafHashes(from, leafPage)
        frontier.appendMany(leaves, hashPairs)
        if (leaves.length < leafPage) break
      }
      const size = frontier.size
      const root = frontier.root()
      const note = signNote(checkpointBody(key.name, size, root), key)
      const record = { size, root, note, frontier: frontier.hashes(), recordedAt: clock() }
      await store.insertCheckpoint(record)
      return (await store.listCheckpoints()).find((c) => c.size === size) ?? record
    },

    async verify(): Promise<LedgerVerification> {
      const problems: string[] = []
      const checkpoints = await store.listCheckpoints()
      removeStaleScratch(scratchDir)
      const match = openFactMatch(scratchDir)
      try {
        const { entries, next, roots } = await checkLog(store, page, checkpoints, match, problems)
        let previous: { size: number; root: Hash } | undefined
        for (const c of checkpoints) {
          const opened = openCheckpoint(c.note, key)
          if (!opened) problems.push(`checkpoint at size ${c.size}: the signature does not verify with key ${key.name}`)
          else if (opened.size !== c.size || !opened.root.equals(c.root))
            problems.push(
              `checkpoint at size ${c.size}: the signed note says something else than the stored size and root`,
            )
          if (!isSize(c.size)) {
            problems.push(`checkpoint at size ${c.size}: no log has that size`)
            continue
          }
          const root = roots.get(c.size)
          if (root === undefined) {
            problems.push(`checkpoint at size ${c.size}: the ledger holds only ${entries} entries`)
            continue
          }
          if (!root.equals(c.root))
            problems.push(`checkpoint at size ${c.size}: its root does not match the ledger's entries`)
          let frontierOk = false
          try {
            frontierOk = new MerkleFrontier(c.size, c.frontier).root().equals(c.root)
          } catch {
            // a frontier of the wrong shape is reported below
          }
          if (!frontierOk) problems.push(`checkpoint at size ${c.size}: its stored frontier does not give its root`)
          // The log only grew from the one before to this one: the one before's root is the root of
          // this log's first entries. (That is what a consistency proof shows to someone who holds
          // both roots and not the log; holding the log, the root of the prefix is the whole check.)
          else if (previous && previous.size > 0 && !previous.root.equals(roots.get(previous.size) as Hash))
            problems.push(`checkpoints at sizes ${previous.size} and ${c.size}: not consistent`)
          previous = { size: c.size, root: c.root }
        }
        await addFacts(store, page, match)
        // A fact recorded while the log was read has its entry past the part read: the entries
        // appended since are matched too (a fact and its entry commit together), and not checked.
        for await (const later of logPages(store, next, page)) addEntries(match, later, true)
        problems.push(
          ...listed(
            match.entriesWithoutFact(),
            (e) => `ledger entry ${e.seq} (${e.type}): no such fact in the store`,
            'ledger entries with no fact',
          ),
        )
        problems.push(
          ...listed(
            match.repeatedEntries(),
            (e) => `ledger entry ${e.seq} (${e.type}): records again what entry ${e.first} records`,
            'ledger entries recording a fact again',
          ),
        )
        problems.push(
          ...listed(
            match.withdrawalsBeforeFiling(),
            (e) => `ledger entry ${e.seq} (${e.type}): withdraws ${e.filing}, which no entry before it files`,
            'withdrawals with no filing before them',
          ),
        )
        problems.push(
          ...listed(
            match.factsWithoutEntry(),
            (what) => `${what}: in the store but not in the ledger`,
            'facts not in the ledger',
          ),
        )
        return { entries, checkpoints: checkpoints.length, problems }
      } finally {
        match.close()
      }
    },
  }
}

/** Problems of one kind listed, at most `MAX_LISTED` of them, and then how many more. */
function listed<T>(found: Iterable<T>, say: (x: T) => string, what: string): string[] {
  const out: string[] = []
  let more = 0
  for (const x of found) {
    if (out.length < MAX_LISTED) out.push(say(x))
    else more++
  }
  if (more > 0) out.push(`and ${more} more ${what}`)
  return out
}

/** A table's pages in key order, each read after the last item of the one before, until one comes short. */
async function* pagesOf<T>(read: (after: T | undefined) => Promise<T[]>, pageSize: number): AsyncGenerator<T[]> {
  for (let after: T | undefined; ; ) {
    const page = await read(after)
    if (page.length > 0) yield page
    if (page.length < pageSize) return
    after = page.at(-1)
  }
}

/**
 * The log's pages from `from` on, each from the entry after the last one read, not from a count:
 * where an entry is missing, a count would read one twice.
 */
const logPages = (store: Store, from: number, pageSize: number) =>
  pagesOf<LedgerEntry>((after) => store.readLedger(after ? after.seq + 1 : from, pageSize), pageSize)

/** Entries with a fact behind them into `match`, by their content's key. */
function addEntries(match: FactMatch, page: readonly LedgerEntry[], later = false): void {
  const factual = page.filter(isFactual)
  const matches = factual.map(entryMatch)
  const keys = contentKeys(matches.map((m) => m.text))
  match.addEntries(
    factual.map((e, i) => ({ seq: e.seq, type: e.type, key: keys[i] as Buffer, filing: matches[i]?.filing ?? null })),
    later,
  )
}

/** A policy's entry is checked by the policy service; a verification is an audit entry, with no fact behind it. */
const isFactual = (e: { type: string }) => e.type !== 'policy.recorded' && e.type !== 'snapshot.verified'

/** A size a log can have: a count of entries (a stored checkpoint's may have been changed to anything). */
const isSize = (n: number) => Number.isSafeInteger(n) && n >= 0

/**
 * Reads the log a page at a time: each entry in its place, its content giving its recorded
 * hash; the root of the first `size` entries for each checkpoint's size not beyond the log, from
 * one frontier grown as the pages come (computing each root over its prefix anew took 239 s of a
 * 1.8M-entry ledger with 7 checkpoints); each entry's content into `match`.
 */
async function checkLog(
  store: Store,
  pageSize: number,
  checkpoints: readonly CheckpointRecord[],
  match: FactMatch,
  problems: string[],
): Promise<{ entries: number; next: number; roots: Map<number, Hash> }> {
  const wanted = [...new Set(checkpoints.map((c) => c.size).filter(isSize))].sort((a, b) => a - b)
  const roots = new Map<number, Hash>()
  const frontier = new MerkleFrontier()
  let w = 0
  const reached = () => {
    for (; wanted[w] === frontier.size; w++) roots.set(frontier.size, frontier.root())
  }
  reached()
  let entries = 0
  // Listed up to MAX_LISTED, then counted: a log damaged throughout must not fill the memory with its problems.
  let found = 0
  const problem = (text: string) => {
    if (found++ < MAX_LISTED) problems.push(text)
  }
  let next = 0
  for await (const page of logPages(store, 0, pageSize)) {
    const computed = hashLeaves(page.map(leafText))
    page.forEach((e, i) => {
      if (e.seq !== entries + i) problem(`ledger entry ${entries + i}: missing (found ${e.seq} in its place)`)
      if (!(computed[i] as Hash).equals(e.leafHash))
        problem(`ledger entry ${e.seq} (${e.type}): its content does not match its recorded hash`)
    })
    for (let i = 0; i < computed.length; ) {
      const size = wanted[w]
      const take = size === undefined ? computed.length - i : Math.min(computed.length - i, size - frontier.size)
      if (take <= 0) throw new Error(`the log's check stalled at entry ${frontier.size}`)
      frontier.appendMany(computed.slice(i, i + take), hashPairs)
      i += take
      reached()
    }
    addEntries(match, page)
    entries += page.length
    next = (page.at(-1) as LedgerEntry).seq + 1
  }
  if (found > MAX_LISTED) problems.push(`and ${found - MAX_LISTED} more problems of the log's entries`)
  return { entries, next, roots }
}

/**
 * Entries and facts are matched by a hash of type and canonical data: its first 16 bytes (the
 * hash a leaf's would be of that text), which a billion entries would not make collide.
 */
const contentKeys = (texts: readonly string[]): Buffer[] => hashLeaves(texts).map((h) => h.subarray(0, 16))

const FILED = new Set(['objection.filed', 'consent.filed'])

/**
 * The text an event is matched by: its type and canonical data, a filing's accounts in one fixed
 * order. The order a filing's accounts were recorded in is the order of their ids as the writing
 * code sorted them; read back, it is the database's collation's, which a PostgreSQL restored
 * under another locale may change. (Their recorded order is still covered by the leaf hash.)
 */
function keyText(type: string, data: unknown): string {
  if (!FILED.has(type)) return `${type} ${canonicalJson(data)}`
  const d = data as { accounts: readonly string[] }
  return `${type} ${canonicalJson({ ...d, accounts: [...d.accounts].sort() })}`
}

const WITHDRAWN = new Set(['objection.withdrawn', 'consent.withdrawn'])

/**
 * An entry's matching text, and the filing a filing's or withdrawal's entry names; a payload that
 * is no JSON (changed by hand) as it is, matching no fact and naming no filing.
 */
function entryMatch(e: { type: string; payload: string }): { text: string; filing: string | null } {
  const plain = `${e.type} ${e.payload}`
  if (!FILED.has(e.type) && !WITHDRAWN.has(e.type)) return { text: plain, filing: null }
  try {
    const data = JSON.parse(e.payload) as { id?: unknown }
    const filing = typeof data?.id === 'string' ? data.id : null
    return { text: FILED.has(e.type) ? keyText(e.type, data) : plain, filing }
  } catch {
    return { text: plain, filing: null }
  }
}

/** Every fact of the store, each as its ledger event's key, with what to call it if the ledger lacks it. */
async function addFacts(store: Store, pageSize: number, match: FactMatch): Promise<void> {
  const add = (events: readonly { event: LedgerEvent; what: string }[]) => {
    const keys = contentKeys(events.map(({ event }) => keyText(event.type, event.data)))
    match.addFacts(events.map(({ what }, i) => ({ key: keys[i] as Buffer, what })))
  }
  for await (const page of pagesOf<FilingRecord>((after) => store.filingsPage(after?.id, pageSize), pageSize))
    add(
      page.flatMap((f) => [
        { event: filed(f), what: `${f.type} ${f.id}` },
        ...(f.withdrawal ? [{ event: withdrawn(f.withdrawal, f.type), what: `withdrawal of ${f.id}` }] : []),
      ]),
    )
  for await (const page of pagesOf<NoticeDelivery>((after) => store.noticesPage(after, pageSize), pageSize))
    add(page.map((n) => ({ event: delivered(n), what: `notice to ${n.account} at ${formatInstant(n.deliveredAt)}` })))
  for await (const page of pagesOf<MembershipChange>((after) => store.membershipsPage(after, pageSize), pageSize))
    add(page.map((m) => ({ event: linked(m), what: `center change of ${m.account} at ${formatInstant(m.at)}` })))
  // Snapshots, models and cases are few: a privacy team's records, not a platform's.
  add((await store.listSnapshots()).map((s) => ({ event: sealed(s), what: `snapshot ${s.id}` })))
  add((await store.listModels()).map((m) => ({ event: registered(m), what: `model ${m.id}` })))
  for (const r of await store.listCases()) {
    const events = [{ event: caseReceived(r.case), what: `case ${r.case.id}` }]
    for (const s of r.steps) {
      events.push({ event: caseStepped(s), what: `${s.kind} step of case ${r.case.id}` })
      if (s.kind === 'accepted' && s.items.length > 0)
        events.push({ event: excluded(s.caseId, s.items, s.at), what: `exclusions of case ${r.case.id}` })
    }
    add(events)
  }
}
