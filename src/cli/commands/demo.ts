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
import { verifyProof } from '../../services/proofs.js'
import { initVeto, openVeto, type Veto } from '../../veto.js'
import pino from 'pino'
import { startServer } from '../../server/start-server.js'
import { AppError } from '../../domain/app-error.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'
import { writeFileAtomically } from '../io.js'

const MARKER = '.veto-demo'

/** A few people with linked accounts and no objection yet: good first sign-ins. */
async function demoPeople(veto: Veto): Promise<{ email: string; accounts: string[] }[]> {
  const out: { email: string; accounts: string[] }[] = []
  for (let n = 3; n < 60 && out.length < 4; n++) {
    const email = `person${n}@example.com`
    const p = await veto.reports.person({ email }).catch(() => undefined)
    if (!p || p.accounts.length < 2 || p.filings.length > 0) continue
    out.push({ email, accounts: p.accounts.map((a) => a.id) })
  }
  return out
}

function freshFolder(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER))) {
      throw new AppError(
        'DEMO_FOLDER_IN_USE',
        `${dir} holds other files; give the demo an empty or new --data folder`,
        { dir },
      )
    }
    rmSync(dir, { recursive: true, force: true })
  }
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, MARKER), 'This folder was made by `veto demo` and is replaced on its next run.\n')
}

export const demoCommand: Command = {
  name: 'demo',
  summary: 'run the whole flow on a small synthetic platform',
  help: `Usage: veto demo [--accounts N] [--data DIR] [--port P] [--no-serve]

Generates a small synthetic platform into a fresh data folder (default ./veto-demo,
replaced on every run), imports it, files an objection, decides the content under
meta-2025 and strict, seals and verifies a snapshot, and shows a person's report, an
explanation and a proof — the commands it stands for are printed beside each step.
Then it serves the portal with a built-in mail catcher whose inbox is at /_mail, and
prints a few addresses to sign in with.
  --accounts N   default 2000
  --port P       default 8080
  --no-serve     stop after the command-line flow

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('demo', args, {
      accounts: { type: 'string' },
      'no-serve': { type: 'boolean' },
      port: { type: 'string' },
    })
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
    out(
      `   ${gen.accounts} accounts of ${gen.people} people, ${gen.items} content items, ` +
        `${gen.objections} objections, ${gen.notices} notices`,
    )

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

      const person = (await veto.reports.person({ email: 'person2@example.com' })).accounts[0]
      if (person) {
        step(
          'A timely objection, back-filled, for a person with linked accounts',
          `veto object --account ${person.id} --at 2025-05-20T10:00:00+02:00 --data ${dir}`,
        )
        const { filing, covered } = await veto.filings.file({
          type: 'objection',
          target: { account: person.id },
          channel: 'admin',
          at: Date.parse('2025-05-20T10:00:00+02:00'),
        })
        out(`   ${filing.id} covers ${covered.join(', ')}`)
      }

      for (const [policy, at] of [
        ['meta-2025', '2025-05-27T00:00:00+02:00'],
        ['strict', '2025-07-01T00:00:00Z'],
      ] as const) {
        const decisions = join(dir, `decisions-${policy}.jsonl`)
        step(
          `Decide every item under ${policy}`,
          `veto decide --policy ${policy} --at ${at} --content ${join(platform, 'content.parquet')} ` +
            `--out ${decisions} --data ${dir}`,
        )
        const chunks: string[] = []
        const s = await veto.decisions.decideFiles({
          policy,
          at: Date.parse(at),
          content: [join(platform, 'content.parquet')],
          sink: (c) => {
            chunks.push(c)
          },
        })
        writeFileSync(decisions, chunks.join(''))
        out(`   ${s.items} items: ${s.included} included`)
        for (const r of REASONS) if (s.out[r] > 0) out(`     out: ${r.padEnd(11)} ${s.out[r]}`)
      }

      const content = join(platform, 'content.parquet')
      step(
        'Seal a training snapshot',
        `veto snapshot create --policy meta-2025 --at 2025-05-27T00:00:00+02:00 --content ${content} ` +
          `--name demo --data ${dir}`,
      )
      const snap = await veto.snapshots.create({
        policy: 'meta-2025',
        at: Date.parse('2025-05-27T00:00:00+02:00'),
        content: [content],
        name: 'demo',
      })
      out(
        `   ${snap.record.id}: ${snap.record.items} of ${snap.record.considered} items, ` +
          `Merkle root ${snap.record.root.toString('hex').slice(0, 16)}…`,
      )
      out(`   files in ${snap.dir}: ${snap.manifest.files.map((f) => f.path).join(', ')}, manifest.json`)
      step('Check it', `veto snapshot verify ${snap.record.id} --data ${dir} && veto ledger verify --data ${dir}`)
      const problems = [...(await veto.checks.verify(snap.record.id)), ...(await veto.ledger.verify()).problems]
      out(
        problems.length === 0
          ? '   intact: every file, the root, the ledger and its signed checkpoints'
          : `   problems: ${problems.join('; ')}`,
      )
      await veto.models.register('demo-assistant', [snap.record.id])

      if (person) {
        step('What is on record for that person', `veto report --email person2@example.com --data ${dir}`)
        const r = await veto.reports.report({ email: 'person2@example.com' })
        out(
          `   accounts: ${r.accounts.map((a) => a.id).join(', ')}; ` +
            `centers: ${r.centers.map((c) => c.id).join(', ') || 'none'}`,
        )
        out(`   objections: ${r.objections.map((o) => `${o.id} (covers ${o.covers.join(', ')})`).join('; ')}`)
        for (const s of r.snapshots)
          out(`   in snapshot ${s.id}: ${s.items_in.length} items in, ${s.items_out.length} out`)
        const anyItem = r.snapshots[0]?.items_out[0]?.content_id ?? r.snapshots[0]?.items_in[0]
        if (anyItem) {
          step(
            'Why one of their items is in or out, and a proof of it',
            `veto explain --snapshot ${snap.record.id} --content ${anyItem} --data ${dir}`,
          )
          const e = await veto.checks.explain(snap.record.id, anyItem)
          const verdict = e.considered && e.included ? 'in' : `out (${e.considered ? e.reason : 'not considered'})`
          out(`   ${anyItem}: ${verdict}`)
          const proof = await veto.proofs.prove(snap.record.id, anyItem)
          const valid = verifyProof(proof).valid ? 'valid' : 'INVALID'
          out(`   ${proof.type} proof against root ${proof.root.slice(0, 16)}…: ${valid}`)
        }
      }
      const records = join(dir, 'records.jsonld')
      step('Records for a supervisory authority', `veto export records --format dpv --out ${records} --data ${dir}`)
      const summary = await writeFileAtomically(records, (sink) =>
        veto.records.write({ format: 'dpv', from: null, to: null, sink }),
      )
      out(
        `   ${summary.records} records (DPV JSON-LD), each matched to its ledger entry under a checkpoint of ` +
          `${summary.checkpointSize} entries`,
      )
      if (!values['no-serve']) {
        const server = await startServer({
          veto,
          catchMail: true,
          port: positiveIntFlag('demo', 'port', values.port, 8080),
          host: '127.0.0.1',
          logger: pino({ level: 'warn', base: null }, pino.destination(2)),
        })
        const people = await demoPeople(veto)
        out(`\n== The portal is running: ${server.url}/`)
        out(`   Sign in with one of these addresses; the link arrives in the demo inbox at ${server.url}/_mail`)
        for (const p of people) out(`     ${p.email.padEnd(24)} ${p.accounts.join(', ')}`)
        out('   Object, read the confirmation mail in the inbox, see the covered accounts. Ctrl-C stops the demo.')
        await new Promise<void>((resolve) => {
          process.once('SIGINT', () => resolve())
          process.once('SIGTERM', () => resolve())
        })
        await server.close()
      }
    } finally {
      await veto.close()
    }
    out(`\nDone. Try the commands above yourself, e.g.\n   veto report --email person2@example.com --data ${dir}`)
  },
}
