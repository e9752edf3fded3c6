/**
 * The ledger as a service: signed checkpoints over the log, and `verify`, which recomputes
 * every leaf, every checkpoint root and signature, and holds the facts tables and the log
 * against each other, naming whatever differs.
 * @module
 */
import { formatInstant } from '../domain/index.js'
import { canonicalJson } from '../ledger/canonical-json.js'
import { leafOf } from '../ledger/entries.js'
import {
  caseReceived,
  caseStepped,
  delivered,
  excluded,
  filed,
  linked,
  registered,
  sealed,
  withdrawn,
} from '../ledger/events.js'
import { hashPairs } from '../ledger/batch-hashes.js'
import { type Hash, MerkleFrontier } from '../ledger/merkle.js'
import { checkpointBody, type NoteKey, openCheckpoint, signNote } from '../ledger/signed-note.js'
import type { CheckpointRecord, Store } from '../store/store.js'
import type { Clock } from './deps.js'

const PAGE = 10_000
/** Leaf hashes a checkpoint reads at a time: 64 hex characters each, no payloads. */
const LEAF_PAGE = 50_000

export type { CheckpointRecord }

export interface LedgerVerification {
  readonly entries: number
  readonly checkpoints: number
  readonly problems: readonly string[]
}

async function allEntries(store: Store) {
  const out = []
  for (let from = 0; ; from += PAGE) {
    const page = await store.readLedger(from, PAGE)
    out.push(...page)
    if (page.length < PAGE) return out
  }
}

/**
 * The root of the first `size` leaves for each of `sizes` not beyond the log, in one pass: the
 * frontier that grows leaf by leaf gives each one's root as it passes that size. (Computing each
 * root over its prefix anew took 239 s of a 1.8M-entry ledger with 7 checkpoints.)
 */
function prefixRoots(leaves: readonly Hash[], sizes: readonly number[]): Map<number, Hash> {
  const wanted = [...new Set(sizes)].filter((n) => n <= leaves.length).sort((a, b) => a - b)
  const roots = new Map<number, Hash>()
  const frontier = new MerkleFrontier()
  for (const size of wanted) {
    frontier.appendMany(leaves.slice(frontier.size, size), hashPairs)
    roots.set(size, frontier.root())
  }
  return roots
}

export function createLedgerService({ store, clock, key }: { store: Store; clock: Clock; key: NoteKey }) {
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
      for (let from = frontier.size; ; from += LEAF_PAGE) {
        const page = await store.readLeafHashes(from, LEAF_PAGE)
        frontier.appendMany(page, hashPairs)
        if (page.length < LEAF_PAGE) break
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
      const entries = await allEntries(store)
      const computed: Hash[] = []
      entries.forEach((e, i) => {
        if (e.seq !== i) problems.push(`ledger entry ${i}: missing (found ${e.seq} in its place)`)
        const h = leafOf(e)
        if (!h.equals(e.leafHash))
          problems.push(`ledger entry ${e.seq} (${e.type}): its content does not match its recorded hash`)
        computed.push(h)
      })
      const checkpoints = await store.listCheckpoints()
      const roots = prefixRoots(
        computed,
        checkpoints.map((c) => c.size),
      )
      let previous: { size: number; root: Hash } | undefined
      for (const c of checkpoints) {
        const opened = openCheckpoint(c.note, key)
        if (!opened) problems.push(`checkpoint at size ${c.size}: the signature does not verify with key ${key.name}`)
        else if (opened.size !== c.size || !opened.root.equals(c.root))
          problems.push(
            `checkpoint at size ${c.size}: the signed note says something else than the stored size and root`,
          )
        const root = roots.get(c.size)
        if (root === undefined) {
          problems.push(`checkpoint at size ${c.size}: the ledger holds only ${computed.length} entries`)
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
      problems.push(...(await crossCheckFacts(store, entries)))
      return { entries: entries.length, checkpoints: checkpoints.length, problems }
    },
  }
}

/** Every fact has its ledger entry with the same content, and every entry its fact. */
async function crossCheckFacts(
  store: Store,
  entries: { seq: number; type: string; payload: string }[],
): Promise<string[]> {
  const problems: string[] = []
  const facts = await store.loadFacts()
  const expected = new Map<string, string>()
  const typeOf = new Map(facts.filings.map((f) => [f.id, f.type]))
  for (const f of facts.filings) expected.set(`${filed(f).type} ${canonicalJson(filed(f).data)}`, `${f.type} ${f.id}`)
  for (const w of facts.withdrawals) {
    const e = withdrawn(w, typeOf.get(w.filingId) ?? 'objection')
    expected.set(`${e.type} ${canonicalJson(e.data)}`, `withdrawal of ${w.filingId}`)
  }
  for (const n of facts.notices)
    expected.set(
      `notice.delivered ${canonicalJson(delivered(n).data)}`,
      `notice to ${n.account} at ${formatInstant(n.deliveredAt)}`,
    )
  for (const m of facts.memberships)
    expected.set(
      `account.linked ${canonicalJson(linked(m).data)}`,
      `center change of ${m.account} at ${formatInstant(m.at)}`,
    )
  for (const s of await store.listSnapshots())
    expected.set(`snapshot.sealed ${canonicalJson(sealed(s).data)}`, `snapshot ${s.id}`)
  for (const m of await store.listModels())
    expected.set(`model.registered ${canonicalJson(registered(m).data)}`, `model ${m.id}`)
  for (const r of await store.listCases()) {
    expected.set(`case.received ${canonicalJson(caseReceived(r.case).data)}`, `case ${r.case.id}`)
    for (const s of r.steps) {
      const e = caseStepped(s)
      expected.set(`${e.type} ${canonicalJson(e.data)}`, `${s.kind} step of case ${r.case.id}`)
      if (s.kind === 'accepted' && s.items.length > 0) {
        const x = excluded(s.caseId, s.items, s.at)
        expected.set(`${x.type} ${canonicalJson(x.data)}`, `exclusions of case ${r.case.id}`)
      }
    }
  }
  const seen = new Set<string>()
  for (const e of entries) {
    const k = `${e.type} ${e.payload}`
    // A policy's entry is checked by the policy service; a verification is an audit entry, with no fact behind it.
    if (e.type === 'policy.recorded' || e.type === 'snapshot.verified') continue
    if (!expected.has(k)) problems.push(`ledger entry ${e.seq} (${e.type}): no such fact in the store`)
    seen.add(k)
  }
  for (const [k, what] of expected) if (!seen.has(k)) problems.push(`${what}: in the store but not in the ledger`)
  return problems
}
