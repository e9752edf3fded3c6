/** The shape of a `veto` command, and what every command gets from the global flags. */
import { resolve } from 'node:path'
import { openVeto, type Veto } from '../veto.js'
import type { CommandContext, Io } from './io.js'

export interface Command {
  readonly name: string
  readonly summary: string
  /** The full `--help` text. */
  readonly help: string
  /**
   * A batch job that shares the machine with a serving portal: run as the `veto` process, it
   * takes the lowest CPU priority (`yieldProcessor`). Not when run inside another program (the
   * tests run commands in their own process, which must keep its priority).
   */
  readonly batch?: boolean
  run(args: string[], io: Io): Promise<void>
}

export function dataDirOf(flag: string | undefined, io: Io): string {
  return resolve(io.cwd, flag ?? io.env.VETO_DATA ?? './veto-data')
}

export function contextOf(
  io: Io,
  values: { data?: string | undefined; json?: boolean | undefined; store?: string | undefined },
): CommandContext {
  const json = values.json ?? false
  return {
    io,
    json,
    dataDir: dataDirOf(values.data, io),
    storeUrl: values.store,
    print(human, doc) {
      io.stdout.write(json ? `${JSON.stringify(doc)}\n` : `${human}\n`)
    },
  }
}

/** Opens the data folder for one command and closes it afterwards, whatever happens. */
export async function withVeto<T>(ctx: CommandContext, fn: (veto: Veto) => Promise<T>): Promise<T> {
  const veto = await openVeto({
    dataDir: ctx.dataDir,
    env: ctx.io.env,
    storeUrl: ctx.storeUrl,
    ...(ctx.io.clock ? { clock: ctx.io.clock } : {}),
  })
  try {
    return await fn(veto)
  } finally {
    await veto.close()
  }
}

export const COMMON_HELP = `Common options:
  --data DIR   the data folder (default ./veto-data, or $VETO_DATA)
  --store URL  use this store instead of the one in veto.json (postgres://… or a SQLite file)
  --json       print one JSON document instead of text
  -h, --help   show this help`
