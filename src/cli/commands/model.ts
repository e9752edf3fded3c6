/** `veto model register | list`: which models were trained on which snapshots. */
import { formatInstant } from '../../domain/index.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

export const modelCommand: Command = {
  name: 'model',
  summary: 'record that a model was trained on snapshots; list models',
  help: `Usage: veto model register NAME --snapshot ID [--snapshot ID ...]
       veto model list

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('model', args, { snapshot: { type: 'string', multiple: true } })
    const ctx = contextOf(io, values)
    const [sub, name, ...rest] = positionals
    if (sub === 'register' && name && rest.length === 0) {
      const m = await withVeto(ctx, (veto) => veto.models.register(name, values.snapshot ?? []))
      ctx.print(`Registered model ${m.name} (${m.id}), trained on ${m.snapshots.join(', ')}`, {
        id: m.id,
        name: m.name,
        snapshots: m.snapshots,
        registered_at: formatInstant(m.registeredAt),
      })
    } else if (sub === 'list' && name === undefined) {
      const list = await withVeto(ctx, (veto) => veto.models.list())
      ctx.print(
        list.length === 0
          ? 'No models yet.'
          : list.map((m) => `${m.id}  ${m.name}  ${m.snapshots.join(', ')}`).join('\n'),
        list.map((m) => ({
          id: m.id,
          name: m.name,
          snapshots: m.snapshots,
          registered_at: formatInstant(m.registeredAt),
        })),
      )
    } else usage('model', 'expected register NAME --snapshot ID, or list')
  },
}
