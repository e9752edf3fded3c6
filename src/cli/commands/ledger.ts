/** `veto ledger verify | checkpoint`. */
import { AppError } from '../../domain/app-error.js'
import { formatInstant } from '../../domain/index.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const ledgerCommand: Command = {
  name: 'ledger',
  summary: 'verify the ledger, or sign a checkpoint of it',
  help: `Usage: veto ledger verify
       veto ledger checkpoint

verify recomputes every entry's hash and every checkpoint's root, checks the
signatures and the consistency between checkpoints, and holds the facts in the store
against the ledger, naming whatever differs. checkpoint signs the current size and
root (C2SP signed note, Ed25519) and prints the note.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('ledger', args, {})
    const ctx = contextOf(io, values)
    const [sub, ...rest] = positionals
    if (rest.length > 0) usage('ledger', `unexpected argument ${rest[0]}`)
    if (sub === 'verify') {
      const res = await withVeto(ctx, (veto) => veto.ledger.verify())
      if (res.problems.length > 0) {
        throw new AppError('LEDGER_INVALID', `the ledger does not hold together:\n  ${res.problems.join('\n  ')}`)
      }
      ctx.print(`Ledger intact: ${res.entries} entries, ${res.checkpoints} signed checkpoints, every fact on record.`, {
        valid: true,
        ...res,
      })
    } else if (sub === 'checkpoint') {
      const c = await withVeto(ctx, (veto) => veto.ledger.checkpoint())
      ctx.print(c.note.trimEnd(), {
        size: c.size,
        root: c.root.toString('hex'),
        note: c.note,
        recorded_at: formatInstant(c.recordedAt),
      })
    } else usage('ledger', 'expected verify or checkpoint')
  },
}
