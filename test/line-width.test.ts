/** No source line is over 120 characters: Biome wraps code, but not comments and strings. */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, it } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'out' ? [] : sources(path)
    return /\.(ts|tsx|js)$/.test(e.name) ? [path] : []
  })
}

it('no source line is over 120 characters', () => {
  const long: string[] = []
  for (const file of ['src', 'test', 'bench', 'bin'].flatMap((d) => sources(join(ROOT, d)))) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if ([...line].length > 120) long.push(`${relative(ROOT, file)}:${i + 1}`)
      })
  }
  expect(long).toEqual([])
})
