/**
 * `veto ledger verify` names each checkpoint that no longer fits the log: a root changed in the
 * store, a checkpoint claiming more entries than the log holds, and the checkpoints after a
 * changed one no longer consistent with it; each entry no fact stands behind, each entry recording
 * a fact again, each withdrawal before its filing and each fact the ledger lacks; an untouched
 * ledger gives no problem. It reads a page at a time: each check runs again with pages of three,
 * so that page ends fall inside the log, a gap and the checkpoints.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { leafOf } from '../../src/ledger/entries.js'
import type { LedgerEventType } from '../../src/ledger/events.js'
import { loadLedgerKey } from '../../src/ledger/keys.js'
import { recordFilings } from '../../src/services/facts.js'
import { createLedgerService, type LedgerVerification } from '../../src/services/ledger.js'
import type { Store } from '../../src/store/store.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const accounts = (from: number, to: number) =>
  `id,network,email,birthdate,country,center,created_at\n${Array.from(
    { length: to - from },
    (_, i) => `fb-${from + i},facebook,p${from + i}@example.com,1980-01-01,DE,c-${from + i},2020-01-01T00:00:00Z`,
  ).join('\n')}\n`

let f: VetoFolder
beforeEach(async () => {
  f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'))
})
afterEach(async () => f.dispose())

/** What `verify` says, the same with pages of three entries and facts as with its own. */
async function verify(): Promise<LedgerVerification> {
  const whole = await f.veto.ledger.verify()
  const data = join(f.dir, 'data')
  const paged = createLedgerService({
    store: f.veto.store,
    clock: Date.now,
    key: loadLedgerKey(data),
    scratchDir: join(data, 'tmp'),
    pageSize: 3,
  })
  expect(await paged.verify()).toEqual(whole)
  return whole
}

it('names each checkpoint that no longer fits the log, and none while nothing changed', async () => {
  // Three checkpoints over a growing log: 3, 7 and 12 entries (one per account linked to its center).
  const sizes = []
  for (const [from, to] of [
    [0, 3],
    [3, 7],
    [7, 12],
  ] as const) {
    await f.veto.imports.importFile('accounts', f.write(`accounts-${from}.csv`, accounts(from, to)))
    sizes.push((await f.veto.ledger.checkpoint()).size)
  }
  expect(sizes).toEqual([3, 7, 12])
  expect(await verify()).toEqual({ entries: 12, checkpoints: 3, problems: [] })

  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  // An operator with a database shell gets past the append-only triggers first.
  raw.exec('drop trigger checkpoints_no_update')
  raw.prepare('update checkpoints set root = ? where size = 7').run('ab'.repeat(32))
  const last = raw.prepare('select * from checkpoints where size = 12').get() as Record<string, unknown>
  raw
    .prepare('insert into checkpoints (size, root, note, frontier, recorded_at) values (?, ?, ?, ?, ?)')
    .run(20, last.root, last.note, last.frontier, last.recorded_at)
  raw.close()
  const { problems, checkpoints } = await verify()
  expect(checkpoints).toBe(4)
  expect(problems).toEqual([
    'checkpoint at size 7: the signed note says something else than the stored size and root',
    "checkpoint at size 7: its root does not match the ledger's entries",
    'checkpoint at size 7: its stored frontier does not give its root',
    'checkpoints at sizes 7 and 12: not consistent',
    'checkpoint at size 20: the signed note says something else than the stored size and root',
    'checkpoint at size 20: the ledger holds only 12 entries',
  ])
})

it('names each entry no fact stands behind and each fact the ledger lacks, and a gap in the log', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 12)))
  await f.veto.imports.importFile(
    'objections',
    f.write('objections.csv', 'account,received_at\nfb-1,2025-05-20T10:00:00Z\nfb-2,2025-05-21T10:00:00Z\n'),
  )
  await f.veto.imports.importFile(
    'notices',
    f.write('notices.csv', 'account,delivered_at\nfb-4,2025-04-10T09:00:00Z\nfb-5,2025-04-10T09:00:00Z\n'),
  )
  await f.veto.ledger.checkpoint()
  expect(await verify()).toEqual({ entries: 16, checkpoints: 1, problems: [] })

  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  raw.exec('drop trigger memberships_no_update; drop trigger notices_no_delete')
  // A center changed and a delivery deleted behind the ledger's back; an entry appended past a gap.
  raw.prepare("update memberships set center = 'c-other' where account = 'fb-3'").run()
  raw.prepare("delete from notices where account = 'fb-5'").run()
  const payload = '{"account":"fb-99","at":"2020-01-01T00:00:00.000Z","center":"c-99"}'
  raw
    .prepare('insert into ledger (seq, type, recorded_at, payload, leaf_hash) values (?, ?, ?, ?, ?)')
    .run(
      17,
      'account.linked',
      0,
      payload,
      leafOf({ seq: 17, type: 'account.linked', recordedAt: 0, payload }).toString('hex'),
    )
  raw.close()
  const { entries, problems } = await verify()
  expect(entries).toBe(17)
  expect(problems).toEqual([
    'ledger entry 16: missing (found 17 in its place)',
    'ledger entry 3 (account.linked): no such fact in the store',
    'ledger entry 15 (notice.delivered): no such fact in the store',
    'ledger entry 17 (account.linked): no such fact in the store',
    'center change of fb-3 at 2020-01-01T00:00:00.000Z: in the store but not in the ledger',
  ])
})

it('names an entry that records a fact again, one the store holds once', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 3)))
  await f.veto.imports.importFile(
    'objections',
    f.write('objections.csv', 'account,received_at\nfb-1,2025-05-20T10:00:00Z\n'),
  )
  expect(await verify()).toEqual({ entries: 4, checkpoints: 0, problems: [] })
  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  // The objection's entry appended once more, hash and all: each entry alone is sound.
  const filed = raw.prepare("select * from ledger where type = 'objection.filed'").get() as {
    seq: number
    recorded_at: number
    payload: string
  }
  for (const seq of [4, 5])
    raw
      .prepare('insert into ledger (seq, type, recorded_at, payload, leaf_hash) values (?, ?, ?, ?, ?)')
      .run(
        seq,
        'objection.filed',
        filed.recorded_at,
        filed.payload,
        leafOf({ seq, type: 'objection.filed', recordedAt: filed.recorded_at, payload: filed.payload }).toString('hex'),
      )
  raw.close()
  expect(await verify()).toEqual({
    entries: 6,
    checkpoints: 0,
    problems: [
      `ledger entry 4 (objection.filed): records again what entry ${filed.seq} records`,
      `ledger entry 5 (objection.filed): records again what entry ${filed.seq} records`,
    ],
  })
})

it("names a withdrawal's entry that comes before the entry of the filing it withdraws", async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 2)))
  const { filing } = await f.veto.filings.file({ type: 'objection', target: { account: 'fb-1' }, channel: 'api' })
  await f.veto.filings.withdraw(filing.id)
  expect(await verify()).toEqual({ entries: 4, checkpoints: 0, problems: [] })
  // The two entries swapped, hashes and all: every fact still has its entry, in the wrong order.
  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  raw.exec('drop trigger ledger_no_update')
  const rows = raw
    .prepare('select seq, type, recorded_at, payload from ledger where seq in (2, 3) order by seq')
    .all() as {
    seq: number
    type: LedgerEventType
    recorded_at: number
    payload: string
  }[]
  expect(rows.map((r) => r.type)).toEqual(['objection.filed', 'objection.withdrawn'])
  for (const [seq, r] of [
    [2, rows[1]],
    [3, rows[0]],
  ] as const) {
    if (!r) throw new Error('two entries expected')
    const leaf = leafOf({ seq, type: r.type, recordedAt: r.recorded_at, payload: r.payload }).toString('hex')
    raw
      .prepare('update ledger set type = ?, recorded_at = ?, payload = ?, leaf_hash = ? where seq = ?')
      .run(r.type, r.recorded_at, r.payload, leaf, seq)
  }
  raw.close()
  expect((await verify()).problems).toEqual([
    `ledger entry 2 (objection.withdrawn): withdraws ${filing.id}, which no entry before it files`,
  ])
})

it('lists a thousand problems of a kind and counts the rest, and leaves no scratch behind', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 1003)))
  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  raw.exec("drop trigger memberships_no_update; update memberships set center = 'c-other'")
  raw.exec('drop trigger ledger_no_update; update ledger set recorded_at = recorded_at + 1')
  raw.close()
  const { problems } = await verify()
  expect(problems).toHaveLength(3003)
  expect(problems[999]).toBe('ledger entry 999 (account.linked): its content does not match its recorded hash')
  expect(problems[1000]).toBe("and 3 more problems of the log's entries")
  expect(problems[2000]).toBe('ledger entry 999 (account.linked): no such fact in the store')
  expect(problems[2001]).toBe('and 3 more ledger entries with no fact')
  expect(problems[2002]).toBe('center change of fb-0 at 2020-01-01T00:00:00.000Z: in the store but not in the ledger')
  expect(problems[3002]).toBe('and 3 more facts not in the ledger')
  expect(readdirSync(join(f.dir, 'data', 'tmp')).filter((n) => n.startsWith('match-'))).toEqual([])
})

it('names a checkpoint whose size no log can have, and goes on', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 3)))
  await f.veto.ledger.checkpoint()
  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  const last = raw.prepare('select * from checkpoints where size = 3').get() as Record<string, unknown>
  const insert = raw.prepare('insert into checkpoints (size, root, note, frontier, recorded_at) values (?, ?, ?, ?, ?)')
  for (const size of [-1, 2.5]) insert.run(size, last.root, last.note, last.frontier, last.recorded_at)
  raw.close()
  expect((await verify()).problems).toEqual([
    'checkpoint at size -1: the signed note says something else than the stored size and root',
    'checkpoint at size -1: no log has that size',
    'checkpoint at size 2.5: the signed note says something else than the stored size and root',
    'checkpoint at size 2.5: no log has that size',
  ])
})

it("matches a filing's entry to the filing whatever order its accounts are read back in", async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 3)))
  // Recorded in an order the store does not read them back in (as a PostgreSQL under another collation may).
  const filing = {
    id: 'obj_unordered',
    type: 'objection' as const,
    accounts: ['fb-2', 'fb-1'],
    receivedAt: Date.parse('2025-05-20T10:00:00Z'),
    recordedAt: Date.parse('2025-05-20T10:00:00Z'),
    channel: 'api' as const,
  }
  await f.veto.store.transaction((tx) =>
    recordFilings(tx, [{ filing, reason: null, dedupeKey: null }], filing.recordedAt),
  )
  expect((await f.veto.store.findFiling('obj_unordered'))?.accounts).toEqual(['fb-1', 'fb-2'])
  expect(await verify()).toEqual({ entries: 4, checkpoints: 0, problems: [] })
})

it('does not name a fact recorded while it ran, whose entry came after the part of the log it read', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 12)))
  const data = join(f.dir, 'data')
  let wrote = false
  // The store itself; only, as the facts are first read, another import writes three accounts more.
  const store = new Proxy(f.veto.store, {
    get(target, name) {
      const value = Reflect.get(target, name)
      if (name !== 'filingsPage' || wrote) return typeof value === 'function' ? value.bind(target) : value
      return async (...args: Parameters<Store['filingsPage']>) => {
        wrote = true
        await f.veto.imports.importFile('accounts', f.write('more.csv', accounts(12, 15)))
        return target.filingsPage(...args)
      }
    },
  })
  const key = loadLedgerKey(data)
  const ledger = createLedgerService({ store, clock: Date.now, key, scratchDir: join(data, 'tmp'), pageSize: 5 })
  expect(await ledger.verify()).toEqual({ entries: 12, checkpoints: 0, problems: [] })
  expect(wrote).toBe(true)
})
