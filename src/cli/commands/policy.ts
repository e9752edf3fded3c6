/** `veto policy list | show NAME`. */
import { AppError } from '../../domain/app-error.js'
import { formatInstant, type Policy } from '../../domain/index.js'
import { loadConfig } from '../../config/load.js'
import { listPolicies, resolvePolicy } from '../../services/policies.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'

export function policyDocument(p: Policy) {
  return {
    name: p.name,
    version: p.version,
    description: p.description,
    mode: p.mode,
    deadline: p.deadline === null ? null : formatInstant(p.deadline),
    min_age: p.minAge,
    age_basis: p.ageBasis,
    late_objection: p.lateObjection,
    kinds: p.kinds,
    regions: p.regions,
    notice_days: p.noticeDays,
    coming_of_age_days: p.comingOfAgeDays,
  }
}

export const policyCommand: Command = {
  name: 'policy',
  summary: 'list the policies or show one',
  help: `Usage: veto policy list
       veto policy show NAME[@VERSION]

The presets meta-2025, strict and consent, and the policies of the data folder's
veto.json (when there is one).

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('policy', args, {})
    const ctx = contextOf(io, values)
    let configured: Parameters<typeof listPolicies>[0] = []
    try {
      configured = loadConfig({ dataDir: ctx.dataDir, env: io.env }).policies
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'DATA_NOT_INITIALIZED')) throw e
    }
    const [sub, name, ...rest] = positionals
    if (sub === 'list' && name === undefined) {
      const all = listPolicies(configured)
      ctx.print(
        all.map((p) => `${`${p.name}@${p.version}`.padEnd(20)} ${p.mode.padEnd(8)} ${p.description}`).join('\n'),
        all.map(policyDocument),
      )
    } else if (sub === 'show' && name !== undefined && rest.length === 0) {
      const doc = policyDocument(resolvePolicy(name, configured))
      ctx.print(
        Object.entries(doc)
          .map(([k, v]) => `${k.padEnd(15)} ${Array.isArray(v) ? v.join(', ') : String(v)}`)
          .join('\n'),
        doc,
      )
    } else usage('policy', 'expected `list` or `show NAME`')
  },
}
