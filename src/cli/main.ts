/**
 * The `veto` command line: dispatch, and the one place where errors become exit codes.
 * 0 success; 1 a user error, with a message and no stack trace; 2 a bug.
 * @module
 */
import { isAppError } from '../domain/app-error.js'
import { errorReport } from '../domain/error-summary.js'
import { yieldProcessor } from '../os/processes.js'
import type { Command } from './command.js'
import { consentCommand, objectCommand } from './commands/file.js'
import { decideCommand } from './commands/decide.js'
import { demoCommand } from './commands/demo.js'
import { generateCommand } from './commands/generate.js'
import { importCommand } from './commands/import.js'
import { initCommand } from './commands/init.js'
import { policyCommand } from './commands/policy.js'
import { reportCommand } from './commands/report.js'
import { accessCommand } from './commands/access.js'
import { exportCommand } from './commands/export.js'
import { withdrawCommand } from './commands/withdraw.js'
import { explainCommand } from './commands/explain.js'
import { ledgerCommand } from './commands/ledger.js'
import { modelCommand } from './commands/model.js'
import { proofCommand } from './commands/proof.js'
import { caseCommand } from './commands/case.js'
import { snapshotCommand } from './commands/snapshot.js'
import { noticeCommand } from './commands/notice.js'
import { serveCommand } from './commands/serve.js'
import { tokenCommand } from './commands/token.js'
import type { Io } from './io.js'

export const COMMANDS: readonly Command[] = [
  demoCommand,
  initCommand,
  importCommand,
  objectCommand,
  consentCommand,
  withdrawCommand,
  policyCommand,
  decideCommand,
  snapshotCommand,
  explainCommand,
  proofCommand,
  caseCommand,
  modelCommand,
  ledgerCommand,
  reportCommand,
  accessCommand,
  exportCommand,
  serveCommand,
  tokenCommand,
  noticeCommand,
  generateCommand,
]

function overview(): string {
  return [
    'Usage: veto COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`),
    '',
    "Run `veto COMMAND --help` for a command's options.",
  ].join('\n')
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const about = name === 'help' && rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : undefined
    io.stdout.write(`${about ? about.help : overview()}\n`)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === name)
  if (!command) {
    io.stderr.write(`veto: unknown command ${name}; see \`veto help\`\n`)
    return 1
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.help}\n`)
    return 0
  }
  try {
    await command.run(rest, io)
    return 0
  } catch (e) {
    if (isAppError(e)) {
      io.stderr.write(`veto ${command.name}: ${e.message}\n`)
      if (rest.includes('--json'))
        io.stdout.write(`${JSON.stringify({ error: { code: e.code, message: e.message, ...e.details } })}\n`)
      return 1
    }
    io.stderr.write(`veto ${command.name}: internal error, please report it:\n${errorReport(e)}\n`)
    return 2
  }
}

export async function main(): Promise<void> {
  const command = COMMANDS.find((c) => c.name === process.argv[2])
  if (command?.batch) yieldProcessor()
  const code = await runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
  })
  process.exitCode = code
}
