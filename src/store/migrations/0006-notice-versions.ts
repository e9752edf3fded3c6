/**
 * Versioned notices: each delivery records the policy (name and version) whose notice reached
 * the account and the language of its text. Rows from before stay, with none: "unversioned".
 * @module
 */
import type { Kysely, Migration } from 'kysely'
import type { DialectName } from './0001-initial.js'

export function noticeVersionsMigration(_dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('notices').addColumn('policy_name', 'text').execute()
      await db.schema.alterTable('notices').addColumn('policy_version', 'integer').execute()
      await db.schema.alterTable('notices').addColumn('lang', 'text').execute()
    },
  }
}
