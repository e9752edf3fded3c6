/** `veto object` and `veto consent`: file one for an account, or every account of an address. */
import { type FilingType, formatInstant } from '../../domain/index.js'
import type { FilingTarget } from '../../services/filings.js'
import { instantFlag, parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

function filingCommand(type: FilingType, name: string): Command {
  const noun = type === 'objection' ? 'objection' : 'consent'
  return {
    name,
    summary: `file ${type === 'objection' ? 'an objection' : 'a consent'} for an account or an e-mail address`,
    help: `Usage: veto ${name} (--account ID | --email ADDRESS) [--reason TEXT] [--at INSTANT]

Files ${type === 'objection' ? 'an objection' : 'a consent'} and prints its id and the accounts it covers now:
the accounts it was filed for and every account linked with them in an accounts center.
  --account ID      the account it is filed for
  --email ADDRESS   every account carrying this address
  --reason TEXT     optional; kept, never logged
  --at INSTANT      back-fill the receipt time (RFC 3339); never in the future

${COMMON_HELP}`,
    async run(args, io) {
      const { values, positionals } = parse(name, args, {
        account: { type: 'string' },
        email: { type: 'string' },
        reason: { type: 'string' },
        at: { type: 'string' },
      })
      if (positionals.length > 0) usage(name, `unexpected argument ${positionals[0]}`)
      if ((values.account === undefined) === (values.email === undefined)) usage(name, 'give --account or --email')
      const target: FilingTarget =
        values.account !== undefined ? { account: values.account } : { email: values.email as string }
      const at = instantFlag(name, 'at', values.at)
      const ctx = contextOf(io, values)
      const { filing, covered } = await withVeto(ctx, (veto) =>
        veto.filings.file({ type, target, reason: values.reason, at, channel: 'admin' }),
      )
      ctx.print(
        [
          `${noun[0]?.toUpperCase()}${noun.slice(1)} ${filing.id} received ${formatInstant(filing.receivedAt)}`,
          `  filed for: ${filing.accounts.join(', ')}`,
          `  covers now: ${covered.join(', ')}`,
        ].join('\n'),
        {
          id: filing.id,
          type,
          received_at: formatInstant(filing.receivedAt),
          filed_for: filing.accounts,
          covers: covered,
        },
      )
    },
  }
}

export const objectCommand = filingCommand('objection', 'object')
export const consentCommand = filingCommand('consent', 'consent')
