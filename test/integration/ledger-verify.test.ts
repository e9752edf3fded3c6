/**
 * `veto ledger verify` names each checkpoint that no longer fits the log: a root changed in the
 * store, a checkpoint claiming more entries than the log holds, and the checkpoints after a
 * changed one no longer consistent with it; an untouched ledger gives no problem.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { leafOf } from '../../src/ledger/entries.js'
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
  expect(await f.veto.ledger.verify()).toEqual({ entries: 12, checkpoints: 3, problems: [] })

  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  // An operator with a database shell gets past the append-only triggers first.
  raw.exec('drop trigger checkpoints_no_update')
  raw.prepare('update checkpoints set root = ? where size = 7').run('ab'.repeat(32))
  const last = raw.prepare('select * from checkpoints where size = 12').get() as Record<string, unknown>
  raw
    .prepare('insert into checkpoints (size, root, note, frontier, recorded_at) values (?, ?, ?, ?, ?)')
    .run(20, last.root, last.note, last.frontier, last.recorded_at)
  raw.close()
  const { problems, checkpoints } = await f.veto.ledger.verify()
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
  expect(await f.veto.ledger.verify()).toEqual({ entries: 16, checkpoints: 1, problems: [] })

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
  const { entries, problems } = await f.veto.ledger.verify()
  expect(entries).toBe(17)
  expect(problems).toEqual([
    'ledger entry 16: missing (found 17 in its place)',
    'ledger entry 3 (account.linked): no such fact in the store',
    'ledger entry 15 (notice.delivered): no such fact in the store',
    'ledger entry 17 (account.linked): no such fact in the store',
    'center change of fb-3 at 2020-01-01T00:00:00.000Z: in the store but not in the ledger',
  ])
})

it('lists a thousand problems of a kind and counts the rest, and leaves no scratch behind', async () => {
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', accounts(0, 1003)))
  const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
  raw.exec("drop trigger memberships_no_update; update memberships set center = 'c-other'")
  raw.exec('drop trigger ledger_no_update; update ledger set recorded_at = recorded_at + 1')
  raw.close()
  const { problems } = await f.veto.ledger.verify()
  expect(problems).toHaveLength(3003)
  expect(problems[999]).toBe('ledger entry 999 (account.linked): its content does not match its recorded hash')
  expect(problems[1000]).toBe("and 3 more problems of the log's entries")
  expect(problems[2000]).toBe('ledger entry 999 (account.linked): no such fact in the store')
  expect(problems[2001]).toBe('and 3 more ledger entries with no fact')
  expect(problems[2002]).toBe('center change of fb-0 at 2020-01-01T00:00:00.000Z: in the store but not in the ledger')
  expect(problems[3002]).toBe('and 3 more facts not in the ledger')
  expect(readdirSync(join(f.dir, 'data', 'tmp')).filter((n) => n.startsWith('match-'))).toEqual([])
})
