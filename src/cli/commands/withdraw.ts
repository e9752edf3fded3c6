/** `veto withdraw ID`: withdraws an objection or a consent, from now or a given instant. */
import { formatInstant } from '../../domain/index.js'
import { instantFlag, parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const withdrawCommand: Command = {
  name: 'withdraw',
  summary: 'withdraw an objection or a consent',
  help: `Usage: veto withdraw ID [--at INSTANT]

Withdraws the objection or consent ID. Nothing is deleted: the withdrawal is a new fact,
and snapshots built before it keep the decisions they made.
  --at INSTANT   back-fill the withdrawal time (RFC 3339); never in the future

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('withdraw', args, { at: { type: 'string' } })
    const [id, ...rest] = positionals
    if (!id || rest.length > 0) usage('withdraw', 'expected one ID')
    const at = instantFlag('withdraw', 'at', values.at)
    const ctx = contextOf(io, values)
    const res = await withVeto(ctx, (veto) => veto.filings.withdraw(id, { at }))
    const when = formatInstant(res.withdrawal?.at ?? 0)
    ctx.print(`Withdrew ${res.type} ${res.id} at ${when}`, { id: res.id, type: res.type, withdrawn_at: when })
  },
}
