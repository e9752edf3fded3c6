/**
 * `veto ledger verify` names each checkpoint that no longer fits the log: a root changed in the
 * store, a checkpoint claiming more entries than the log holds, and the checkpoints after a
 * changed one no longer consistent with it; an untouched ledger gives no problem.
 */
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, expect, it } from 'vitest'
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
