/** The domain core knows no I/O: a test, not a hope. */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'

const DOMAIN = new URL('.', import.meta.url).pathname

it('domain files import only other domain files', () => {
  const offenders: string[] = []
  for (const file of readdirSync(DOMAIN)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue
    const text = readFileSync(join(DOMAIN, file), 'utf8')
    for (const m of text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g)) {
      const target = m[1] ?? m[2] ?? ''
      if (!target.startsWith('./') || target.includes('..')) offenders.push(`${file} → ${target}`)
    }
    if (/\b(Date\.now|new Date\(\)|process\.|Math\.random)/.test(text))
      offenders.push(`${file} → clock, process or randomness`)
  }
  expect(offenders).toEqual([])
})
