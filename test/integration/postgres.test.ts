import { openStore } from '../../src/store/open-store.js'
import { createTestDatabase } from './pg.js'
import { runStoreContract } from './store.contract.js'

runStoreContract('postgres', async () => {
  const db = await createTestDatabase()
  const store = await openStore(db.url)
  return {
    store,
    exec: db.exec,
    async dispose() {
      await store.close()
      await db.drop()
    },
  }
})
