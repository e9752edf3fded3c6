/**
 * PostgreSQL: what a filing reads before it is written (`Store.filingParties`) in one statement.
 * A person's objection read its accounts, then the membership histories around them, then the
 * other accounts those name, one round trip after another; during an import each of them waits
 * for a core beside the import and the database, and the person waits for all three.
 * @module
 */
import { type Kysely, sql } from 'kysely'
import type { Database } from './schema.js'

/** The rows as the statement gives them back: each part a JSON array, its numbers as numbers. */
export interface FilingPartiesRow {
  readonly found: Database['accounts'][]
  readonly around: Pick<Database['memberships'], 'account' | 'center' | 'at' | 'recorded_at'>[]
  readonly others: Database['accounts'][]
}

export async function readFilingParties(
  db: Kysely<Database>,
  target: { readonly account: string } | { readonly emailNorm: string },
): Promise<FilingPartiesRow> {
  const found =
    'account' in target
      ? sql`select * from accounts where id = ${target.account}`
      : sql`select * from accounts where email_norm = ${target.emailNorm}`
  // `around` is `membershipsAround`'s union: an OR of the two would read memberships whole.
  const { rows } = await sql<FilingPartiesRow>`
    with found as materialized (${found}),
    around as (
      select account, center, at, recorded_at from memberships
        where account in (select id from found)
      union
      select account, center, at, recorded_at from memberships
        where account in (
          select m.account from memberships m where m.center in (
            select o.center from memberships o
              where o.account in (select id from found) and o.center is not null))
    )
    select
      (select coalesce(json_agg(f order by f.id), '[]') from found f) as found,
      (select coalesce(json_agg(r order by r.account, r.at), '[]') from around r) as around,
      (select coalesce(json_agg(a), '[]') from accounts a
        where a.id in (select account from around) and a.id not in (select id from found)) as others
  `.execute(db)
  return rows[0] as FilingPartiesRow
}
