/**
 * Loads the configuration once: file < environment (`VETO__SECTION__KEY`) < flags.
 * Every bad key is listed at once; the result is frozen.
 *
 * An environment variable `VETO__SERVER__PORT=8081` sets `server.port`, for every key of the
 * sections `store`, `export`, `server`, `mail`, `oidc` and `lineage` (policies are only set in the file).
 * A value that reads as a JSON number, `true`, `false`, `null` or a quoted string is taken as
 * that; any other is a string. An unknown section or key is refused, like one in the file.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { AppError } from '../domain/app-error.js'
import { definePolicy } from '../domain/index.js'
import { type Config, configSchema } from './schema.js'

export const CONFIG_FILE = 'veto.json'

export interface LoadOptions {
  readonly dataDir: string
  readonly env?: Readonly<Record<string, string | undefined>>
  /** Overrides from flags, e.g. `{ store: { url } }`. */
  readonly overrides?: { store?: { url?: string | undefined } }
}

export interface LoadedConfig extends Config {
  readonly dataDir: string
  /** The store URL with a relative SQLite path resolved against the data folder. */
  readonly storeUrl: string
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v)
    Object.freeze(o)
  }
  return o
}

export function resolveStoreUrl(dataDir: string, url: string): string {
  if (/^postgres(ql)?:\/\//.test(url)) return url
  const path = url.replace(/^sqlite:/, '')
  return isAbsolute(path) ? path : join(resolve(dataDir), path)
}

const ENV_SECTIONS = ['store', 'export', 'server', 'mail', 'oidc', 'lineage'] as const

/** The file's settings with the environment's `VETO__SECTION__KEY` variables laid over them. */
function withEnvironment(
  raw: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw }
  for (const [name, value] of Object.entries(env)) {
    const m = /^VETO__([A-Z0-9_]+?)__([A-Z0-9_]+)$/.exec(name)
    if (!m || value === undefined || value === '') continue
    const section = (m[1] as string).toLowerCase()
    if (!(ENV_SECTIONS as readonly string[]).includes(section)) {
      throw new AppError('CONFIG_INVALID', `${name}: no section ${section} takes environment variables`, {
        variable: name,
      })
    }
    out[section] = { ...(out[section] as object | undefined), [(m[2] as string).toLowerCase()]: envValue(value) }
  }
  return out
}

function envValue(text: string): unknown {
  if (/^(true|false|null|-?\d+(\.\d+)?|".*")$/s.test(text)) {
    try {
      return JSON.parse(text)
    } catch {
      return text
    }
  }
  return text
}

export function loadConfig({ dataDir, env = process.env, overrides = {} }: LoadOptions): LoadedConfig {
  const file = join(dataDir, CONFIG_FILE)
  if (!existsSync(file)) {
    throw new AppError(
      'DATA_NOT_INITIALIZED',
      `no Veto data folder at ${dataDir}; run \`veto init --data ${dataDir}\` first`,
      { dataDir },
    )
  }
  let raw: Record<string, unknown>
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (cause) {
    throw new AppError('CONFIG_INVALID', `${file}: not valid JSON`, { file }, { cause })
  }
  const merged = withEnvironment(raw, env)
  const store = { ...(merged.store as object | undefined) } as Record<string, unknown>
  if (overrides.store?.url) store.url = overrides.store.url
  const parsed = configSchema.safeParse({ ...merged, store })
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(root)'}: ${i.message}`)
    throw new AppError('CONFIG_INVALID', lines.join('\n'), { file })
  }
  // A policy that cannot be built is a configuration error, found at start, not at first use.
  for (const p of parsed.data.policies) {
    try {
      definePolicy(p)
    } catch (e) {
      if (e instanceof AppError) throw new AppError('CONFIG_INVALID', `${file}: ${e.message}`, { file }, { cause: e })
      throw e
    }
  }
  return deepFreeze({ ...parsed.data, dataDir, storeUrl: resolveStoreUrl(dataDir, parsed.data.store.url) })
}
