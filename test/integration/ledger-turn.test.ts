import { afterEach, beforeEach, expect, it } from 'vitest'
import { leafOf } from '../../src/ledger/entries.js'
import { linked } from '../../src/ledger/events.js'
import { appendToLedger, type LedgerTurn } from '../../src/services/facts.js'
import { t } from '../fixtures/facts.js'
import { sqliteHarness, type StoreHarness } from '../fixtures/store-harness.js'

// An import batch makes its ledger entries before it takes the lock, at the position the batch
// before it ended at (imports.ts); a write between them moves the ledger, and the entries must
// then be made again at the position the lock finds.
let h: StoreHarness
beforeEach(async () => {
  h = await sqliteHarness()
})
afterEach(() => h.dispose())

const now = t('2026-01-01T00:00:00Z')
const events = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => linked({ account: `a${from + i}`, center: 'c', at: now, recordedAt: now }))

async function appendWith(likely: number | undefined, n: number, from: number) {
  const told: number[] = []
  const turn: LedgerTurn = { take: async () => likely, done: (next) => told.push(next) }
  const entries = await h.store.transaction((tx) => appendToLedger(tx, events(n, from), now, turn))
  return { entries, told }
}

it('appends at the position the lock finds, whatever position the turn guessed', async () => {
  // Right: the entries made ahead are the ones written.
  const first = await appendWith(0, 3, 0)
  expect(first.entries.map((e) => e.seq)).toEqual([0, 1, 2])
  expect(first.told).toEqual([3])
  // Wrong, behind and ahead (another write came between): made again where the ledger is.
  const behind = await appendWith(1, 2, 3)
  expect(behind.entries.map((e) => e.seq)).toEqual([3, 4])
  const ahead = await appendWith(40, 2, 5)
  expect(ahead.entries.map((e) => e.seq)).toEqual([5, 6])
  // Not known: made under the lock, as every other write makes them.
  expect((await appendWith(undefined, 1, 7)).entries.map((e) => e.seq)).toEqual([7])
  // What the store holds: each leaf the hash of its own position and content.
  const stored = await h.store.readLedger(0, 100)
  expect(stored.map((e) => e.seq)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  for (const e of stored) expect(leafOf(e).equals(e.leafHash)).toBe(true)
})
