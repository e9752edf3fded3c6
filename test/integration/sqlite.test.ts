import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { runStoreContract } from './store.contract.js'

runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  const store = await openStore(file)
  return {
    store,
    async exec(sql) {
      const raw = new Sqlite(file)
      try { raw.exec(sql) } finally { raw.close() }
    },
    async dispose() {
      await store.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
})

it('opens SQLite in WAL mode with synchronous=FULL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-sqlite-'))
  const file = join(dir, 'veto.sqlite')
  const store = await openStore(file)
  const raw = new Sqlite(file)
  expect(raw.pragma('journal_mode', { simple: true })).toBe('wal')
  raw.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})
