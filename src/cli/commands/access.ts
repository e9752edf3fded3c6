/** `veto access`: everything on record about a person as one JSON document (GDPR Art. 15). */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const accessCommand: Command = {
  name: 'access',
  summary: 'write everything on record about a person as one JSON document (GDPR Art. 15)',
  help: `Usage: veto access --email ADDRESS --out FILE

Writes the document a person downloads from "My data" in the portal: their accounts with
birthdate and country, the centers they were in, their objections and consents (with the
reasons they gave), withdrawals, the notices that reached them (policy version, language),
and per snapshot and model their items in and out with the reason. The file holds the
person's own data, e-mail address included: hand it to them only. Nothing is printed of it.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('access', args, { email: { type: 'string' }, out: { type: 'string' } })
    if (positionals.length > 0) usage('access', `unexpected argument ${positionals[0]}`)
    if (!values.email || !values.out) usage('access', '--email and --out are required')
    const ctx = contextOf(io, values)
    const doc = await withVeto(ctx, (veto) => veto.reports.access({ email: values.email as string }))
    writeFileSync(resolve(io.cwd, values.out), `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 })
    ctx.print(`Wrote the access document (${doc.accounts.length} account(s)) to ${values.out}`, {
      file: values.out,
      accounts: doc.accounts.length,
      snapshots: doc.snapshots.length,
    })
  },
}
