/**
 * Loads the configuration once: file < environment (`VETO__SECTION__KEY`) < flags.
 * Every bad key is listed at once; the result is frozen.
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
  const store = { ...(raw.store as object | undefined) } as Record<string, unknown>
  if (env.VETO__STORE__URL) store.url = env.VETO__STORE__URL
  if (overrides.store?.url) store.url = overrides.store.url
  const parsed = configSchema.safeParse({ ...raw, store })
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
