/** `veto token create`: an API token for the platform's back-end. */
import { SCOPES } from '../../services/api-tokens.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const tokenCommand: Command = {
  name: 'token',
  summary: 'create an API token',
  help: `Usage: veto token create NAME [--scope SCOPE ...]

Prints a new bearer token once; only its hash is kept. Scopes: ${SCOPES.join(', ')}
(all of them when none is given).

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('token', args, { scope: { type: 'string', multiple: true } })
    const [sub, name, ...rest] = positionals
    if (sub !== 'create' || !name || rest.length > 0) usage('token', 'expected create NAME')
    const ctx = contextOf(io, values)
    const res = await withVeto(ctx, (veto) =>
      veto.tokens.create(name, values.scope?.length ? values.scope : [...SCOPES]),
    )
    ctx.print(`${res.token}\n(token ${res.id}, scopes ${res.scopes.join(', ')}; shown once, keep it secret)`, res)
  },
}
