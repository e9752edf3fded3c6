/** `veto explain`: why one item is in or out of a sealed snapshot. */
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const explainCommand: Command = {
  name: 'explain',
  summary: 'say why an item is in or out of a snapshot, and which fact decided',
  help: `Usage: veto explain --snapshot ID --content CONTENT_ID

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('explain', args, {
      snapshot: { type: 'string' },
      content: { type: 'string' },
    })
    if (positionals.length > 0 || !values.snapshot || !values.content)
      usage('explain', '--snapshot and --content are required')
    const ctx = contextOf(io, values)
    const e = await withVeto(ctx, (veto) => veto.checks.explain(values.snapshot as string, values.content as string))
    if (!e.considered) {
      ctx.print(`Item ${e.content_id} was not among the content of snapshot ${e.snapshot}.`, e)
      return
    }
    const by = e.decided_by
    const received = by?.received_at ? ` received ${String(by.received_at)}` : ''
    const timeliness = by?.timely === undefined ? '' : by.timely ? ' (timely)' : ' (late)'
    const byText = !by
      ? ''
      : by.type === 'notice'
        ? `; notice delivered ${String(by.delivered_at)}`
        : by.type === 'case'
          ? `; kept out by the third party's request ${String(by.id)}${received}, accepted ${String(by.accepted_at)}`
          : `; decided by ${String(by.type ?? 'filing')} ${String(by.id)}${received}${timeliness}`
    ctx.print(
      `Item ${e.content_id} of account ${e.account_id} is ${e.included ? 'IN' : `OUT (${e.reason})`} ` +
        `in snapshot ${e.snapshot} (${e.policy}, cutoff ${e.at}, built ${e.built})${byText}.`,
      e,
    )
  },
}
