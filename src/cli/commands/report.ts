/** `veto report`: what is on record for a person. */
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'
import type { Report } from '../../services/reports.js'

function reportText(r: Report): string {
  const lines = [`Report as of ${r.as_of}`, '', 'Accounts:']
  for (const a of r.accounts) {
    lines.push(
      `  ${a.id} (${a.network}) ${a.email}, born ${a.birthdate ?? 'unknown'}, ` +
        `${a.country ?? 'country unknown'}, center ${a.center ?? 'none'}`,
    )
  }
  lines.push('', 'Centers:')
  if (r.centers.length === 0) lines.push('  none')
  for (const c of r.centers) {
    lines.push(`  ${c.id}`)
    for (const m of c.members) lines.push(`    ${m.account} from ${m.from}${m.until ? ` until ${m.until}` : ''}`)
  }
  for (const [title, list] of [
    ['Objections', r.objections],
    ['Consents', r.consents],
  ] as const) {
    lines.push('', `${title}:`)
    if (list.length === 0) lines.push('  none')
    for (const f of list) {
      lines.push(
        `  ${f.id} received ${f.received_at} via ${f.channel}${f.withdrawn_at ? `, withdrawn ${f.withdrawn_at}` : ''}`,
      )
      lines.push(`    filed for ${f.filed_for.join(', ')}; covers ${f.covers.join(', ')}`)
      if (f.reason) lines.push(`    reason: ${f.reason}`)
    }
  }
  lines.push('', 'Notices delivered:')
  if (r.notices.length === 0) lines.push('  none')
  for (const n of r.notices) lines.push(`  ${n.account} at ${n.delivered_at}`)
  lines.push('', 'Snapshots:')
  if (r.snapshots.length === 0) lines.push('  none')
  for (const s of r.snapshots) {
    lines.push(`  ${s.id} (${s.policy}, cutoff ${s.at}): ${s.items_in.length} items in, ${s.items_out.length} out`)
    if (s.items_in.length > 0) lines.push(`    in: ${s.items_in.join(', ')}`)
    for (const o of s.items_out) lines.push(`    out: ${o.content_id} (${o.reason})`)
  }
  lines.push('', 'Models:')
  if (r.models.length === 0) lines.push('  none')
  for (const m of r.models)
    lines.push(`  ${m.name} (${m.id}), trained on ${m.snapshots.join(', ')}: ${m.items_in} of the person's items`)
  return lines.join('\n')
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'show what is on record for a person: accounts, centers, objections, consents, notices',
  help: `Usage: veto report (--account ID | --email ADDRESS)

Shows the person's accounts, the centers they were in, every objection and consent
that covers them (with the accounts each covers) and the notices that reached them.
The report holds the person's own data, e-mail address included: hand it to them only.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('report', args, { account: { type: 'string' }, email: { type: 'string' } })
    if (positionals.length > 0) usage('report', `unexpected argument ${positionals[0]}`)
    if ((values.account === undefined) === (values.email === undefined)) usage('report', 'give --account or --email')
    const ctx = contextOf(io, values)
    const r = await withVeto(ctx, (veto) =>
      veto.reports.report(
        values.account !== undefined ? { account: values.account } : { email: values.email as string },
      ),
    )
    ctx.print(reportText(r), r)
  },
}
