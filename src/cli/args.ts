/** Flag parsing on node:util, with user errors that say which flag and what to do. */
import { type ParseArgsConfig, parseArgs } from 'node:util'
import { AppError } from '../domain/app-error.js'
import { type Instant, parseInstant } from '../domain/index.js'

export type Options = NonNullable<ParseArgsConfig['options']>

export const GLOBAL_OPTIONS = {
  data: { type: 'string' },
  store: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies Options

type ValueOf<T> = T extends { type: 'string'; multiple: true }
  ? string[]
  : T extends { type: 'string' }
    ? string
    : T extends { type: 'boolean' }
      ? boolean
      : never

export interface ParsedOf<O extends Options> {
  readonly values: { [K in keyof (O & typeof GLOBAL_OPTIONS)]?: ValueOf<(O & typeof GLOBAL_OPTIONS)[K]> }
  readonly positionals: string[]
}

export function parse<O extends Options>(command: string, args: string[], options: O): ParsedOf<O> {
  try {
    const res = parseArgs({ args, options: { ...GLOBAL_OPTIONS, ...options }, allowPositionals: true, strict: true })
    return res as unknown as ParsedOf<O>
  } catch (e) {
    const message = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '')
    throw new AppError('CLI_USAGE', `${message}; see \`veto ${command} --help\``)
  }
}

export function usage(command: string, message: string): never {
  throw new AppError('CLI_USAGE', `${message}; see \`veto ${command} --help\``)
}

export function instantFlag(command: string, flag: string, value: string | undefined): Instant | undefined {
  if (value === undefined) return undefined
  const t = parseInstant(value)
  if (t === undefined)
    usage(command, `--${flag} expects an RFC 3339 instant with offset, e.g. 2025-05-27T00:00:00+02:00`)
  return t
}

export function positiveIntFlag(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0) usage(command, `--${flag} expects a whole number`)
  return n
}
