/**
 * Reading sealed snapshots back: `verify` (what was touched since sealing), `explain`
 * (why one item is in or out).
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join, relative } from 'node:path'
import { openDuckDb } from '../content/duckdb.js'
import { formatInstant, isTimely, parseEvidenceLabel, parseInstant, type TimelyRules } from '../domain/index.js'
import { includedKeysSql, merkleRootSql } from '../export/item-keys.js'
import { literal } from '../store/sql-text.js'
import { canonicalJson } from '../ledger/canonical-json.js'
import { sealed } from '../ledger/events.js'
import type { Store } from '../store/store.js'
import type { SnapshotService } from './snapshots.js'
import { listFiles, sha256File } from '../export/files.js'
import { recordVerification } from './facts.js'
import { ACCOUNT_INDEX_DIR, compareAccountIndex } from '../export/account-index.js'
import type { ItemDecision } from './snapshot-items.js'

/** What decides timeliness, from a sealed snapshot's manifest (written before coming_of_age_days: none). */
function timelyRulesOf(p: {
  deadline: string | null
  min_age: number
  coming_of_age_days?: number | null | undefined
}): TimelyRules {
  return {
    deadline: p.deadline === null ? null : (parseInstant(p.deadline) ?? null),
    minAge: p.min_age,
    comingOfAgeDays: p.coming_of_age_days ?? null,
  }
}

/** The fact a decision names; a label that is not one (a changed file) is shown as it stands. */
function labelOf(text: string): ReturnType<typeof parseEvidenceLabel> {
  try {
    return parseEvidenceLabel(text)
  } catch {
    return { type: 'filing', id: text }
  }
}

export function createSnapshotChecks(store: Store, snapshots: SnapshotService, clock: () => number) {
  async function query<T>(sql: string, params: string[] = []): Promise<T[]> {
    const { connection, close } = await openDuckDb({ threads: 2 })
    try {
      return (await connection.runAndReadAll(sql, params)).getRowObjectsJson() as T[]
    } finally {
      close()
    }
  }

  return {
    /**
     * `verify`, asked for by a named reviewer (the console): the ledger records who checked which
     * snapshot when, and how many problems were found.
     */
    async verifyAs(id: string, reviewer: string): Promise<string[]> {
      const problems = await this.verify(id)
      const at = clock()
      await store.transaction((tx) => recordVerification(tx, { snapshot: id, at, problems: problems.length, reviewer }))
      return problems
    },

    /** Everything that differs from what was sealed; empty when the snapshot is intact. */
    async verify(id: string): Promise<string[]> {
      const record = await snapshots.get(id)
      const dir = snapshots.dirOf(id)
      const problems: string[] = []
      if (!existsSync(dir)) return [`${dir}: the snapshot folder is missing`]
      const manifestFile = join(dir, 'manifest.json')
      if (!existsSync(manifestFile)) return ['manifest.json: missing']
      const manifestText = readFileSync(manifestFile, 'utf8')
      if (createHash('sha256').update(manifestText).digest('hex') !== record.manifestSha256) {
        problems.push('manifest.json: changed since sealing (its SHA-256 differs from the one in the ledger)')
      }
      const entries = (await store.sealedEntries()).filter((e) => (JSON.parse(e.payload) as { id: string }).id === id)
      if (entries.length === 0) problems.push(`ledger: no snapshot.sealed entry for ${id}`)
      else if (entries[0]?.payload !== canonicalJson(sealed(record).data))
        problems.push(`ledger entry ${entries[0]?.seq}: differs from the stored snapshot record`)
      let manifest: { files: { path: string; bytes: number; sha256: string }[]; merkle: { root: string } }
      try {
        manifest = JSON.parse(manifestText)
      } catch {
        return [...problems, 'manifest.json: not valid JSON']
      }
      if (manifest.merkle?.root !== record.root.toString('hex'))
        problems.push('manifest.json: its Merkle root differs from the sealed one')
      const listed = new Set(manifest.files.map((f) => f.path))
      for (const f of manifest.files) {
        const p = join(dir, f.path)
        if (!existsSync(p)) problems.push(`${f.path}: missing`)
        else if (statSync(p).size !== f.bytes)
          problems.push(`${f.path}: ${statSync(p).size} bytes, the manifest says ${f.bytes}`)
        else if ((await sha256File(p)) !== f.sha256) problems.push(`${f.path}: its SHA-256 differs from the manifest`)
      }
      for (const p of listFiles(dir)) {
        const rel = relative(dir, p)
        if (rel !== 'manifest.json' && !listed.has(rel)) problems.push(`${rel}: not in the manifest`)
      }
      const decisions = join(dir, 'decisions.parquet')
      if (existsSync(decisions)) {
        // Under the export's memory limit: a check must run wherever the snapshot could be built.
        const { connection, close } = await snapshots.openJobDuck()
        try {
          const keys = includedKeysSql(record.keyScheme, record.secret, `read_parquet(${literal(decisions)})`)
          await connection.run(`create table item_keys as ${keys}`)
          const { root } = await merkleRootSql(connection, 'item_keys')
          if (!root.equals(record.root))
            problems.push('decisions.parquet: its included items give another Merkle root than the sealed one')
          const data = join(dir, 'data', '*.parquet')
          const diff = (
            await connection.runAndReadAll(`select
              (select count(*) from read_parquet(${literal(data)})) as in_data,
              (select count(*) from read_parquet(${literal(decisions)}) where included) as in_decisions,
              (select count(*) from read_parquet(${literal(data)}) where id::varchar not in
                (select content_id from read_parquet(${literal(decisions)}) where included)) as strays`)
          ).getRowObjectsJson()[0]
          if (Number(diff?.in_data) !== Number(diff?.in_decisions) || Number(diff?.strays) > 0) {
            problems.push(
              `data files hold ${diff?.in_data} items (${diff?.strays} not decided in), ` +
                `decisions include ${diff?.in_decisions}`,
            )
          }
          if (existsSync(join(dir, ACCOUNT_INDEX_DIR))) {
            // The per-account index must say for every item exactly what the decisions say.
            const d = await compareAccountIndex(connection, decisions, join(dir, ACCOUNT_INDEX_DIR))
            const inRows = (n: number) => (n === 1 ? 'in 1 row' : `in ${n} rows`)
            if (d.differing > 0)
              problems.push(`${ACCOUNT_INDEX_DIR}: differs from decisions.parquet ${inRows(d.differing)}`)
            if (d.repeatedInIndex > 0)
              problems.push(`${ACCOUNT_INDEX_DIR}: holds an item again ${inRows(d.repeatedInIndex)}`)
            if (d.repeatedInDecisions > 0)
              problems.push(`decisions.parquet: decides an item again ${inRows(d.repeatedInDecisions)}`)
          }
        } catch (e) {
          problems.push(`decisions.parquet or data files: unreadable (${(e as Error).message.split('\n')[0]})`)
        } finally {
          close()
        }
      }
      return problems
    },

    async explain(id: string, contentId: string) {
      const record = await snapshots.get(id)
      const rows = await query<ItemDecision>(
        `select content_id, account_id, included, reason, decided_by
        from read_parquet(${literal(join(snapshots.dirOf(id), 'decisions.parquet'))}) where content_id = $1`,
        [contentId],
      )
      const row = rows[0]
      if (!row) return { snapshot: id, content_id: contentId, considered: false as const }
      let decidedBy: Record<string, unknown> | null = null
      const label = row.decided_by === null ? null : labelOf(row.decided_by)
      if (label?.type === 'notice') decidedBy = { type: 'notice', delivered_at: formatInstant(label.deliveredAt) }
      else if (label?.type === 'case') {
        // The request that keeps the item out (rule 9): when it came and when it was accepted, no text of it.
        const found = await store.findCase(label.id)
        const accepted = found?.steps.find((s) => s.kind === 'accepted')
        decidedBy = found
          ? {
              type: 'case',
              id: found.case.id,
              received_at: formatInstant(found.case.receivedAt),
              accepted_at: accepted ? formatInstant(accepted.at) : null,
            }
          : { type: 'case', id: label.id }
      } else if (label) {
        const f = await store.findFiling(label.id)
        const account = (await store.getAccounts([row.account_id])).get(row.account_id)
        decidedBy = f
          ? {
              type: f.type,
              id: f.id,
              received_at: formatInstant(f.receivedAt),
              filed_for: f.accounts,
              ...(f.type === 'objection'
                ? { timely: isTimely(timelyRulesOf(snapshots.readManifest(id).policy), f.receivedAt, account) }
                : {}),
            }
          : { id: row.decided_by }
      }
      return {
        snapshot: id,
        policy: `${record.policyName}@${record.policyVersion}`,
        at: formatInstant(record.at),
        built: formatInstant(record.built),
        content_id: row.content_id,
        account_id: row.account_id,
        considered: true as const,
        included: row.included,
        reason: row.reason,
        decided_by: decidedBy,
      }
    },
  }
}
