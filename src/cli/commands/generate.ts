/** `veto generate`: a synthetic platform for demos, tests and benchmarks. */
import { resolve } from 'node:path'
import { generatePlatform } from '../../generate/generate-platform.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'

export const generateCommand: Command = {
  name: 'generate',
  summary: 'write a synthetic platform (accounts, links, content, objections, notices)',
  help: `Usage: veto generate --accounts N --out DIR [--seed S] [--objections N] [--items-per-account N]

Writes accounts, links, content, objections and notices as JSON Lines, and accounts,
links and content as Parquet, shaped like the 2025 reference case. The same seed gives
the same files. E-mail addresses are all under example.com.
  --accounts N           how many accounts
  --out DIR              where to write
  --seed S               default 1
  --objections N         default 1 % of the accounts
  --items-per-account N  average activity items per account, default 6

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('generate', args, {
      accounts: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      objections: { type: 'string' },
      'items-per-account': { type: 'string' },
    })
    if (positionals.length > 0) usage('generate', `unexpected argument ${positionals[0]}`)
    if (!values.out) usage('generate', '--out is required')
    const accounts = positiveOrUsage(values.accounts)
    const ctx = contextOf(io, values)
    const progress = io.stderr.isTTY && !ctx.json
    const res = await generatePlatform({
      accounts,
      outDir: resolve(io.cwd, values.out),
      seed: values.seed ?? '1',
      ...(values.objections !== undefined
        ? { objections: positiveIntFlag('generate', 'objections', values.objections, 0) }
        : {}),
      itemsPerAccount: positiveIntFlag('generate', 'items-per-account', values['items-per-account'], 6),
      ...(progress
        ? {
            onProgress: (n: number) => {
              if (n % 1000 < 3) io.stderr.write(`\rgenerated ${n} of ${accounts} accounts`)
            },
          }
        : {}),
    })
    if (progress) io.stderr.write('\n')
    ctx.print(
      `Generated ${res.accounts} accounts of ${res.people} people, ` +
        `${res.links} center changes, ${res.items} content items, ` +
        `${res.objections} objections and ${res.notices} notice deliveries (seed ${res.seed}) ` +
        `in ${res.outDir}:\n  ${res.files.join('\n  ')}`,
      res,
    )
  },
}

function positiveOrUsage(value: string | undefined): number {
  const n = positiveIntFlag('generate', 'accounts', value, -1)
  if (n < 1) usage('generate', '--accounts N is required, N ≥ 1')
  return n
}
