/** Throwaway PostgreSQL databases for tests, on the server `.ci/run` makes sure is up. */
import { randomBytes } from 'node:crypto'
import pg from 'pg'

export const PG_ADMIN_URL = process.env.VETO_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres'

export interface TestDatabase {
  readonly url: string
  exec(sql: string): Promise<void>
  drop(): Promise<void>
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `veto_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`)
  return {
    url,
    async exec(sql) {
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      try {
        await c.query(sql)
      } finally {
        await c.end()
      }
    },
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL })
      await c.connect()
      try {
        // A closed pool's connections say goodbye a moment after pool.end() resolves; forcing
        // the drop before then would hand them an error nobody listens for any more.
        for (let i = 0; i < 50; i++) {
          const r = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [name])
          if (r.rows[0].n === 0) break
          await new Promise((done) => setTimeout(done, 100))
        }
        await c.query(`drop database if exists ${name} with (force)`)
      } finally {
        await c.end()
      }
    },
  }
}
