/**
 * Imports write in committed batches, on SQLite and PostgreSQL: another process writes while a
 * large import runs, and an import killed while writing (kill -9) has written whole batches
 * only — exactly what its journal says — and is finished by running it again, with nothing
 * twice, the ledger whole and nothing of the killed run's scratch files left.
 */
import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BIN } from '../fixtures/cli.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const ROWS = 60_000
const csv = () =>
  `id,network,email,birthdate,country,center,created_at\n${Array.from(
    { length: ROWS },
    (_, i) => `acct-${i},facebook,p${i}@example.com,1980-01-0${1 + (i % 9)},DE,c-${i},2016-01-01T00:00:00Z\n`,
  ).join('')}`

const count = async (f: VetoFolder, table: 'accounts' | 'memberships') => (await f.veto.store.counts())[table]

/** Waits until an import has committed a batch and is still writing. */
async function writing(f: VetoFolder): Promise<void> {
  while (!(await f.veto.imports.status()).some((j) => j.state === 'applying' && j.applied > 0))
    await new Promise((r) => setTimeout(r, 10))
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`imports on ${dialect}`, () => {
    let f: VetoFolder
    afterEach(async () => f?.dispose())

    it('is killed mid-write with whole batches on record, and finished by running it again', async () => {
      f = await createVetoFolder(dialect, Date.now())
      Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
      const file = f.write('accounts.csv', csv())
      const child = spawn(process.execPath, [BIN, 'import', 'accounts', file, '--data', join(f.dir, 'data')], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: 'ignore',
      })
      const exited = new Promise((r) => child.once('exit', r))
      // Killed once some batches are in, well before the last.
      await writing(f)
      child.kill('SIGKILL')
      await exited
      const [left] = await f.veto.imports.status()
      expect(left).toMatchObject({ kind: 'accounts', state: 'applying', records: ROWS, finishedAt: null })
      expect(left?.applied).toBeGreaterThan(0)
      expect(left?.applied).toBeLessThan(ROWS)
      // What the journal says was written is exactly what is on record: batch and progress commit together.
      expect(await count(f, 'accounts')).toBe(left?.applied)
      expect(await count(f, 'memberships')).toBe(left?.applied)

      // The rows the killed run checked (addresses, birthdates) went with it: its scratch file had no name.
      expect(readdirSync(join(f.dir, 'data', 'tmp'))).toEqual([])
      const again = await f.veto.imports.importFile('accounts', file)
      expect(readdirSync(join(f.dir, 'data', 'tmp'))).toEqual([])
      expect(again).toMatchObject({
        records: ROWS,
        inserted: ROWS - (left?.applied ?? 0),
        unchanged: left?.applied,
        resumed: 1,
      })
      expect(await count(f, 'accounts')).toBe(ROWS)
      expect(await count(f, 'memberships')).toBe(ROWS)
      const [done, before] = await f.veto.imports.status()
      expect(done).toMatchObject({ id: again.id, state: 'done', applied: ROWS })
      expect(before).toMatchObject({ id: left?.id, state: 'done', finishedBy: again.id })
      expect((await f.veto.ledger.verify()).problems).toEqual([])
      // And once more: nothing changes.
      expect(await f.veto.imports.importFile('accounts', file)).toMatchObject({ inserted: 0, updated: 0 })
    }, 120_000)

    it("lets another process's writes through while it runs", async () => {
      f = await createVetoFolder(dialect, Date.now())
      Object.defineProperty(f, 'now', { get: () => Date.now(), set: () => {} })
      await f.veto.imports.importFile('accounts', f.write('one.csv', csv().split('\n').slice(0, 2).join('\n')))
      const file = f.write('accounts.csv', csv())
      const child = spawn(process.execPath, [BIN, 'import', 'accounts', file, '--data', join(f.dir, 'data')], {
        env: { PATH: process.env.PATH ?? '' },
        stdio: 'ignore',
      })
      let code: number | null | undefined
      const exited = new Promise<number | null>((r) => child.once('exit', r)).then((c) => {
        code = c
        return c
      })
      await writing(f)
      // Objections filed from here, one every few milliseconds, while the import writes: each
      // commits, none waits out the lock (on SQLite 5 s, then a failure), and the import finishes
      // too. How long they wait is bench/import's to measure.
      let filed = 0
      while (code === undefined) {
        await f.veto.filings.file({ type: 'objection', target: { account: 'acct-0' }, channel: 'api' })
        filed++
        await new Promise((r) => setTimeout(r, 5))
      }
      expect(await exited).toBe(0)
      expect(filed).toBeGreaterThan(0)
      expect(await count(f, 'accounts')).toBe(ROWS)
    }, 120_000)
  })
}
