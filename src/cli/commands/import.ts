/** `veto import KIND FILE`: strict, all-or-nothing imports. */
import { resolve } from 'node:path'
import { formatInstant } from '../../domain/index.js'
import { IMPORT_KINDS, type ImportKind, type ImportRecord } from '../../services/imports.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

/** What the journal says of an import, in `--json`. */
function statusDoc(r: ImportRecord) {
  return {
    id: r.id,
    kind: r.kind,
    file: r.file,
    sha256: r.sha256,
    state: r.state,
    records: r.records,
    applied: r.applied,
    inserted: r.inserted,
    updated: r.updated,
    unchanged: r.unchanged,
    started_at: formatInstant(r.startedAt),
    updated_at: formatInstant(r.updatedAt),
    finished_at: r.finishedAt === null ? null : formatInstant(r.finishedAt),
    finished_by: r.finishedBy,
  }
}

function statusLine(r: ImportRecord): string {
  const head = `${r.id} ${r.kind} ${r.file}: `
  if (r.state === 'applying')
    return (
      `${head}writing, ${r.applied} of ${r.records} records written, last at ${formatInstant(r.updatedAt)}; ` +
      'if no import is running, it was interrupted: run the same import again to finish it'
    )
  const by = r.finishedBy && r.finishedBy !== r.id ? ` (finished by ${r.finishedBy})` : ''
  return (
    `${head}done ${formatInstant(r.finishedAt ?? r.updatedAt)}${by}, ${r.records} records: ` +
    `${r.inserted} new, ${r.updated} updated, ${r.unchanged} already on record`
  )
}

export const importCommand: Command = {
  name: 'import',
  // Objections filed meanwhile wait for a core as well as for the store: at the lowest priority
  // the import gives way to a portal on the same machine (bench/import, SQLite at 1M accounts,
  // their p99 118 → 71–75 ms), and takes what is left, which on a machine of its own is all.
  batch: true,
  summary: 'import accounts, links, objections, consents or notices from JSON Lines or CSV',
  help: `Usage: veto import KIND FILE
       veto import status [--json]

KIND is one of ${IMPORT_KINDS.join(', ')}. FILE is JSON Lines (.jsonl) or CSV (.csv)
with these fields:
  accounts    id, network, email, birthdate (YYYY-MM-DD or empty),
              country (ISO 3166-1 alpha-2 or empty), center (or empty), created_at
  links       account, center (empty: leaves its center), at
  objections  account or email, received_at, reason (optional), channel (optional)
  consents    as objections
  notices     account, delivered_at
Instants are RFC 3339 with offset. The whole file is checked first: a file with any
problem is rejected whole, naming line and field (the first 20, and how many), and nothing
of it is written. Then it is written in short committed batches, so that a serving portal
and API go on answering meanwhile. Importing the same file twice changes nothing: an
import that was interrupted while writing (status shows how far it got) is finished by
running it again. An import that changed anything ends by signing a ledger checkpoint.
It runs at the lowest CPU priority (nice 19), so that a portal on the same machine gets
the processor first; alone, that costs it nothing. Linux weighs priorities within a
session or cgroup: where the portal runs as a service, start the import with a low CPU
weight as well (as root: systemd-run --scope --uid=USER -p CPUWeight=1 veto import ...,
USER being the portal's, whose files the import writes).

status lists the latest imports, newest first: how many records each has written, and
whether it is done or was left writing.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('import', args, {})
    if (positionals[0] === 'status') {
      if (positionals.length > 1) usage('import', 'expected veto import status')
      const ctx = contextOf(io, values)
      const list = await withVeto(ctx, (veto) => veto.imports.status())
      ctx.print(list.length === 0 ? 'No imports yet.' : list.map(statusLine).join('\n'), list.map(statusDoc))
      return
    }
    const [kind, file, ...rest] = positionals
    if (!kind || !file || rest.length > 0) usage('import', 'expected KIND FILE')
    if (!(IMPORT_KINDS as readonly string[]).includes(kind))
      usage('import', `KIND must be one of ${IMPORT_KINDS.join(', ')}`)
    const ctx = contextOf(io, values)
    const res = await withVeto(ctx, async (veto) => {
      const r = await veto.imports.importFile(kind as ImportKind, resolve(io.cwd, file))
      // Signed here, where the entries were made, not by whoever next seals a snapshot.
      // An interrupted run that wrote its last batch never signed; the run that finished it does.
      if (r.inserted + r.updated > 0 || r.resumed > 0) await veto.ledger.checkpoint()
      return r
    })
    ctx.print(
      `Imported ${res.kind} from ${res.file} (${res.id}): ${res.records} records, ${res.inserted} new, ` +
        `${res.updated} updated, ${res.unchanged} already on record`,
      res,
    )
  },
}
