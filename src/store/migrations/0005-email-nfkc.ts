/**
 * Addresses are compared in NFKC form now (`domain/email.ts`). Only an address with a
 * character beyond ASCII can change under it, so only those accounts are read and written.
 * @module
 */
import { type Kysely, type Migration, sql } from 'kysely'
import { normalizeEmail } from '../../domain/email.js'
import type { DialectName } from './0001-initial.js'

export function emailNfkcMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      const beyondAscii = dialect === 'postgres' ? sql`email ~ '[^ -~]'` : sql`email glob '*[^ -~]*'`
      const rows = await sql<{
        id: string
        email: string
      }>`select id, email from accounts where ${beyondAscii}`.execute(db)
      for (const r of rows.rows) {
        await sql`update accounts set email_norm = ${normalizeEmail(r.email)} where id = ${r.id}`.execute(db)
      }
    },
  }
}
