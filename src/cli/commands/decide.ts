/** `veto decide`: decides every item of content files with the domain core. */
import { createWriteStream, openSync, renameSync, rmSync, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { resolve } from 'node:path'
import { REASONS } from '../../domain/index.js'
import type { DecideSummary } from '../../services/decisions.js'
import { instantFlag, parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'
import { writeAsync } from '../io.js'

export function summaryText(s: DecideSummary): string {
  const pct = (n: number) => (s.items === 0 ? '0.0' : ((100 * n) / s.items).toFixed(1))
  const lines = [
    `Decided ${s.items} items under ${s.policy.name}@${s.policy.version}, cutoff ${s.at}, built ${s.built}`,
    `  included     ${String(s.included).padStart(10)}  ${pct(s.included).padStart(5)}%`,
  ]
  for (const r of REASONS)
    lines.push(`  ${`out: ${r}`.padEnd(16)}${String(s.out[r]).padStart(7)}  ${pct(s.out[r]).padStart(5)}%`)
  return lines.join('\n')
}

export const decideCommand: Command = {
  name: 'decide',
  summary: 'decide every item of content files under a policy',
  help: `Usage: veto decide --policy NAME --at INSTANT --content FILE... [--explain] [--out FILE]

Decides every item of the content files (JSON Lines, CSV or Parquet with the fields
id, account, kind, visibility, published_at, public_since, lang) against the facts on
record now, and writes one JSON line per item:
  {"content_id": "...", "included": true|false, "reason": null|"published"|"visibility"|
   "kind"|"region"|"age"|"notice"|"consent"|"objection"}
  --policy NAME     a preset (meta-2025, strict, consent) or a policy of veto.json
  --at INSTANT      the content cutoff (RFC 3339 with offset)
  --content FILE    a content file; give it more than once for several
  --explain         also name the deciding objection, consent or notice
  --out FILE        write the decisions there (atomically) and the summary to stdout;
                    without it decisions go to stdout and the summary to stderr

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('decide', args, {
      policy: { type: 'string' },
      at: { type: 'string' },
      content: { type: 'string', multiple: true },
      explain: { type: 'boolean' },
      out: { type: 'string' },
    })
    if (positionals.length > 0) usage('decide', `unexpected argument ${positionals[0]}`)
    if (!values.policy) usage('decide', '--policy is required')
    const at = instantFlag('decide', 'at', values.at) ?? usage('decide', '--at is required')
    if (!values.content?.length) usage('decide', '--content is required')
    const ctx = contextOf(io, values)
    const content = values.content.map((f) => resolve(io.cwd, f))
    const outFile = values.out === undefined ? undefined : resolve(io.cwd, values.out)
    const partial = outFile && `${outFile}.partial`
    // Opened at once, so that a failure before the first write still finds a file to remove.
    const file: WriteStream | undefined = partial ? createWriteStream('', { fd: openSync(partial, 'w') }) : undefined
    const target = file ?? io.stdout
    const progress = io.stderr.isTTY && !ctx.json ? (n: number) => io.stderr.write(`\rdecided ${n} items`) : undefined
    try {
      const summary = await withVeto(ctx, (veto) =>
        veto.decisions.decideFiles({
          policy: values.policy as string,
          at,
          content,
          explain: values.explain ?? false,
          sink: (chunk) => writeAsync(target, chunk),
          ...(progress ? { onProgress: progress } : {}),
        }),
      )
      if (progress) io.stderr.write('\n')
      if (file && partial && outFile) {
        file.end()
        await once(file, 'finish')
        renameSync(partial, outFile)
        ctx.print(`${summaryText(summary)}\nDecisions written to ${outFile}`, { ...summary, decisions: outFile })
      } else {
        io.stderr.write(`${ctx.json ? JSON.stringify(summary) : summaryText(summary)}\n`)
      }
    } finally {
      if (file && !file.writableFinished) file.destroy()
      if (partial) rmSync(partial, { force: true })
    }
  },
}
