import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/open-store.js'
import { createTestDatabase, PG_ADMIN_URL } from './pg.js'
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
      const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [new URL(db.url).pathname.slice(1)])
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
})
