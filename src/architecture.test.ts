/**
 * The shape of the code base, as tests: the faces (server, CLI, mail worker) go through the
 * services and never touch the store; each kind of fact is written in one function; no module
 * imports itself through others. `domain/architecture.test.ts` keeps the core free of I/O.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const SRC = new URL('.', import.meta.url).pathname

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : []
  })
}

const FILES = sourceFiles(SRC)
const rel = (file: string) => relative(SRC, file)
const text = new Map(FILES.map((f) => [f, readFileSync(f, 'utf8')]))

/** The source files a file imports (statically, dynamically, or for types only). */
function importsOf(file: string): string[] {
  const out: string[] = []
  for (const m of (text.get(file) ?? '').matchAll(
    /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]/g,
  )) {
    const target = resolve(dirname(file), (m[1] ?? m[2] ?? '').replace(/\.js$/, ''))
    const found = [`${target}.ts`, `${target}.tsx`, join(target, 'index.ts')].find((f) => text.has(f))
    if (found) out.push(found)
  }
  return out
}

/** The faces: what people, platforms and operators talk to. */
const FACES = FILES.filter((f) => /^(server|cli)\//.test(rel(f)) || rel(f) === 'mail/outbox-worker.ts')

describe('the faces go through the services', () => {
  it('no route, command or the mail worker imports a store module', () => {
    const offenders = FACES.flatMap((f) =>
      importsOf(f)
        .filter((t) => rel(t).startsWith('store/'))
        .map((t) => `${rel(f)} → ${rel(t)}`),
    )
    expect(offenders).toEqual([])
  })

  it('no route, command or the mail worker reaches the store through the Veto object', () => {
    const offenders = FACES.filter((f) => /\bveto\.store\b/.test(text.get(f) ?? '')).map(rel)
    expect(offenders).toEqual([])
  })
})

describe('each kind of fact is written in one function', () => {
  // The store's writes of facts and of ledger entries: only services/facts.ts calls them.
  const WRITES = [
    'insertFilings',
    'writeFilings',
    'insertWithdrawal',
    'appendMemberships',
    'appendNotices',
    'insertPolicy',
    'insertSnapshot',
    'insertModel',
    'appendLedger',
    'appendLedgerAtCommit',
    'newEntries',
  ]

  it.each(WRITES)('%s is called only in services/facts.ts', (write) => {
    const callers = FILES.filter((f) => !rel(f).startsWith('store/') && !rel(f).startsWith('ledger/'))
      .filter((f) => new RegExp(`\\b${write}\\(`).test(text.get(f) ?? ''))
      .map(rel)
    expect(callers).toEqual(['services/facts.ts'])
  })
})

it('no module imports itself through others, not even for types', () => {
  const cycles: string[] = []
  const state = new Map<string, 'open' | 'done'>()
  const path: string[] = []
  const visit = (file: string) => {
    state.set(file, 'open')
    path.push(file)
    for (const next of importsOf(file)) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map(rel).join(' → '))
      else if (!state.has(next)) visit(next)
    }
    path.pop()
    state.set(file, 'done')
  }
  for (const f of FILES) if (!state.has(f)) visit(f)
  expect(cycles).toEqual([])
})
