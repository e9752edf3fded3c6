/** `veto export records`: records for supervisory authorities, as DPV JSON-LD or CSV. */
import { resolve } from 'node:path'
import { instantFlag, parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'
import { writeFileAtomically } from '../io.js'

export const exportCommand: Command = {
  name: 'export',
  summary: 'write records of objections, consents, notices and cases for authorities (DPV or CSV)',
  help: `Usage: veto export records --format dpv|csv --out FILE [--from INSTANT] [--to INSTANT]

Writes a record of every objection, consent, withdrawal, delivered notice and step of a
third party's case (received, extended, decided, items excluded), read from the ledger:

  dpv   W3C Data Privacy Vocabulary (DPV 2.2) JSON-LD, its context inline: GDPR Art. 21
        objections (dpv:LegitimateInterestObjected), Art. 7(3) consents and withdrawals,
        notices, request statuses, with the ISO/IEC TS 27560 record fields DPV maps
  csv   one row per record, for spreadsheets

A checkpoint of the ledger is signed first (unless the latest covers it all); the records
are those of the entries it covers, each naming its entry (position and leaf hash), and the
document names the checkpoint, so that whoever holds the ledger checks each record against
the signed root.
Records hold account ids, instants, channels, a case's reviewer names and its items' count and
SHA-256 digest: no address, no reason, no case text. The file is readable by its owner only.

Options:
  --format F        dpv or csv
  --out FILE        where to write it (written whole, synced, then moved into place)
  --from INSTANT    only steps at or after this RFC 3339 instant
  --to INSTANT      only steps before this instant

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('export', args, {
      format: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    })
    const [what, ...rest] = positionals
    if (what !== 'records') usage('export', 'expected records')
    if (rest.length > 0) usage('export', `unexpected argument ${rest[0]}`)
    if (values.format !== 'dpv' && values.format !== 'csv') usage('export', '--format expects dpv or csv')
    if (!values.out) usage('export', '--out is required')
    const from = instantFlag('export', 'from', values.from) ?? null
    const to = instantFlag('export', 'to', values.to) ?? null
    if (from !== null && to !== null && to <= from) usage('export', '--to must come after --from')
    const format = values.format
    const ctx = contextOf(io, values)
    const out = resolve(io.cwd, values.out)
    const summary = await writeFileAtomically(out, (sink) =>
      withVeto(ctx, (veto) => veto.records.write({ format, from, to, sink })),
    )
    const counts = Object.entries(summary.byEvent)
      .filter(([, n]) => n > 0)
      .map(([e, n]) => `${e} ${n}`)
    ctx.print(
      `Wrote ${summary.records} record(s) as ${format} to ${values.out}` +
        (counts.length > 0 ? `\n  ${counts.join(', ')}` : '') +
        `\n  Each names its entry among the ledger's first ${summary.checkpointSize}, ` +
        'which a signed checkpoint covers.',
      { file: values.out, format, ...summary },
    )
  },
}
