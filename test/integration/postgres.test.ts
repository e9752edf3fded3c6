import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { createTestDatabase, PG_ADMIN_URL } from './pg.js'
import { ACCOUNTS_CSV } from '../fixtures/app.js'
import { createVetoFolder } from '../fixtures/veto-folder.js'
import { runStoreContract } from './store.contract.js'
import { postgresHarness } from '../fixtures/store-harness.js'

runStoreContract('postgres', () => postgresHarness())

describe('a PostgreSQL store', () => {
  it('outlives the server closing its idle connections, and answers the next query', async () => {
    const db = await createTestDatabase()
    const store = await openStore(db.url)
    try {
      await store.counts()
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
      await admin.connect()
      const killed = await admin.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [new URL(db.url).pathname.slice(1)],
      )
      await admin.end()
      expect(killed.rowCount).toBeGreaterThan(0)
      // The terminated connection's error arrives on its own; give it the moment it takes.
      await new Promise((done) => setTimeout(done, 200))
      expect(await store.counts()).toMatchObject({ accounts: 0 })
    } finally {
      await store.close()
      await db.drop()
    }
  })

  it("brings the planner's statistics up to date after an import, so a person's reads stay on indexes", async () => {
    const f = await createVetoFolder('postgres', Date.parse('2026-01-01T00:00:00Z'))
    const client = new pg.Client({ connectionString: f.veto.config.storeUrl })
    await client.connect()
    try {
      const analysed = async () =>
        (
          await client.query(`select relname from pg_stat_user_tables
        where relname in ('accounts', 'memberships') and last_analyze is not null order by relname`)
        ).rows.map((r) => r.relname)
      expect(await analysed()).toEqual([])
      await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS_CSV))
      expect(await analysed()).toEqual(['accounts', 'memberships'])
    } finally {
      await client.end()
      await f.dispose()
    }
  })
})
