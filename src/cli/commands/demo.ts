/**
 * `veto demo`: the whole CLI flow on a small generated platform in a fresh folder —
 * generate, init, import, object, decide under two policies, report — printed as it goes.
 * @module
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { REASONS } from '../../domain/index.js'
import { generatePlatform } from '../../generate/generate-platform.js'
import { IMPORT_KINDS } from '../../services/imports.js'
import { initVeto, openVeto } from '../../veto.js'
import { AppError } from '../../domain/app-error.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'

const MARKER = '.veto-demo'

function freshFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) {
      throw new AppError('DEMO_FOLDER_IN_USE', `${dir} holds other files; give the demo an empty or new --data folder`, { dir })
    }
    rmSync(dir, { recursive: true, force: true })
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, MARKER), 'This folder was made by `veto demo` and is replaced on its next run.\n')
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the whole flow on a small synthetic platform',
  help: `Usage: veto demo [--accounts N] [--data DIR]

Generates a small synthetic platform into a fresh data folder (default ./veto-demo,
replaced on every run), imports it, files an objection, decides the content under
meta-2025 and strict and shows a person's report — the commands it stands for are
printed beside each step.
  --accounts N   default 2000

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('demo', args, { accounts: { type: 'string' } })
    if (positionals.length > 0) usage('demo', `unexpected argument ${positionals[0]}`)
    const ctx = contextOf(io, { ...values, data: values.data ?? join(io.cwd, 'veto-demo') })
    const accounts = positiveIntFlag('demo', 'accounts', values.accounts, 2000)
    const out = (s: string) => io.stdout.write(`${s}\n`)
    const step = (title: string, command: string) => out(`\n== ${title}\n   $ ${command}`)
    const dir = ctx.dataDir
    freshFolder(dir)
    const platform = join(dir, 'platform')

    step('A synthetic platform', `veto generate --accounts ${accounts} --out ${platform}`)
    const gen = await generatePlatform({ accounts, outDir: platform, seed: 'demo' })
    out(`   ${gen.accounts} accounts of ${gen.people} people, ${gen.items} content items, ${gen.objections} objections, ${gen.notices} notices`)

    step('A data folder with its store', `veto init --data ${dir}`)
    await initVeto({ dataDir: dir, env: io.env })
    const veto = await openVeto({ dataDir: dir, env: io.env })
    try {
      for (const kind of IMPORT_KINDS) {
        const file = join(platform, `${kind}.jsonl`)
        if (!existsSync(file)) continue
        step(`Import ${kind}`, `veto import ${kind} ${file} --data ${dir}`)
        const res = await veto.imports.importFile(kind, file)
        out(`   ${res.records} records, ${res.inserted} new`)
      }

      const person = (await veto.store.findAccountsByEmail('person2@example.com'))[0]
      if (person) {
        step('One more objection, for a person with linked accounts', `veto object --account ${person.id} --data ${dir}`)
        const { filing, covered } = await veto.filings.file({ type: 'objection', target: { account: person.id }, channel: 'admin' })
        out(`   ${filing.id} covers ${covered.join(', ')}`)
      }

      for (const [policy, at] of [['meta-2025', '2025-05-27T00:00:00+02:00'], ['strict', '2025-07-01T00:00:00Z']] as const) {
        const decisions = join(dir, `decisions-${policy}.jsonl`)
        step(`Decide every item under ${policy}`, `veto decide --policy ${policy} --at ${at} --content ${join(platform, 'content.parquet')} --out ${decisions} --data ${dir}`)
        const chunks: string[] = []
        const s = await veto.decisions.decideFiles({
          policy, at: Date.parse(at), content: [join(platform, 'content.parquet')], sink: (c) => { chunks.push(c) },
        })
        writeFileSync(decisions, chunks.join(''))
        out(`   ${s.items} items: ${s.included} included`)
        for (const r of REASONS) if (s.out[r] > 0) out(`     out: ${r.padEnd(11)} ${s.out[r]}`)
      }

      if (person) {
        step('What is on record for that person', `veto report --email person2@example.com --data ${dir}`)
        const r = await veto.reports.report({ email: 'person2@example.com' })
        out(`   accounts: ${r.accounts.map((a) => a.id).join(', ')}; centers: ${r.centers.map((c) => c.id).join(', ') || 'none'}`)
        out(`   objections: ${r.objections.map((o) => `${o.id} (covers ${o.covers.join(', ')})`).join('; ')}`)
      }
    } finally {
      await veto.close()
    }
    out(`\nDone. Try the commands above yourself, e.g.\n   veto report --email person2@example.com --data ${dir}`)
  },
}
