/** `veto import KIND FILE`: strict, all-or-nothing imports. */
import { resolve } from 'node:path'
import { IMPORT_KINDS, type ImportKind } from '../../services/imports.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const importCommand: Command = {
  name: 'import',
  summary: 'import accounts, links, objections, consents or notices from JSON Lines or CSV',
  help: `Usage: veto import KIND FILE

KIND is one of ${IMPORT_KINDS.join(', ')}. FILE is JSON Lines (.jsonl) or CSV (.csv)
with these fields:
  accounts    id, network, email, birthdate (YYYY-MM-DD or empty),
              country (ISO 3166-1 alpha-2 or empty), center (or empty), created_at
  links       account, center (empty: leaves its center), at
  objections  account or email, received_at, reason (optional), channel (optional)
  consents    as objections
  notices     account, delivered_at
Instants are RFC 3339 with offset. A file with any problem is rejected whole, naming
line and field; nothing of it is written. Importing the same file twice changes nothing.
An import that changed anything ends by signing a ledger checkpoint over its entries.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('import', args, {})
    const [kind, file, ...rest] = positionals
    if (!kind || !file || rest.length > 0) usage('import', 'expected KIND FILE')
    if (!(IMPORT_KINDS as readonly string[]).includes(kind))
      usage('import', `KIND must be one of ${IMPORT_KINDS.join(', ')}`)
    const ctx = contextOf(io, values)
    const res = await withVeto(ctx, async (veto) => {
      const r = await veto.imports.importFile(kind as ImportKind, resolve(io.cwd, file))
      // Signed here, where the entries were made, not by whoever next seals a snapshot.
      if (r.inserted + r.updated > 0) await veto.ledger.checkpoint()
      return r
    })
    ctx.print(
      `Imported ${res.kind} from ${res.file}: ${res.records} records, ${res.inserted} new, ` +
        `${res.updated} updated, ${res.unchanged} already on record`,
      res,
    )
  },
}
