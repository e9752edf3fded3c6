/** The config's layers: file < environment (`VETO__SECTION__KEY`) < flags, and refusals that name the culprit. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { loadConfig } from './load.js'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'veto-config-'))
  writeFileSync(join(dir, 'veto.json'), JSON.stringify({ store: { url: 'a.sqlite' }, server: { port: 8080 } }))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('an environment variable sets its key over the file, with its type; a flag wins over both', () => {
  const env = {
    VETO__SERVER__PORT: '8081',
    VETO__SERVER__PUBLIC_URL: 'https://veto.example',
    VETO__MAIL__FROM: 'Veto <veto@example.org>',
    VETO__STORE__URL: 'b.sqlite',
  }
  const c = loadConfig({ dataDir: dir, env })
  expect(c.server.port).toBe(8081)
  expect(c.server.public_url).toBe('https://veto.example')
  expect(c.mail.from).toBe('Veto <veto@example.org>')
  expect(c.storeUrl).toBe(join(dir, 'b.sqlite'))
  expect(loadConfig({ dataDir: dir, env, overrides: { store: { url: 'c.sqlite' } } }).storeUrl).toBe(
    join(dir, 'c.sqlite'),
  )
  expect(loadConfig({ dataDir: dir, env: {} }).server.port).toBe(8080)
})

it('a quoted value stays a string', () => {
  const c = loadConfig({ dataDir: dir, env: { VETO__SERVER__METRICS_TOKEN: '"12345678901234567890"' } })
  expect(c.server.metrics_token).toBe('12345678901234567890')
})

it('an unknown section or key is refused by name, and the value is never repeated', () => {
  expect(() => loadConfig({ dataDir: dir, env: { VETO__POLICIES__X: 'secret-value' } })).toThrow(
    expect.objectContaining({ code: 'CONFIG_INVALID', message: expect.stringContaining('VETO__POLICIES__X') }),
  )
  try {
    loadConfig({ dataDir: dir, env: { VETO__SERVER__NO_SUCH_KEY: 'secret-value' } })
    expect.unreachable()
  } catch (e) {
    expect(e).toMatchObject({ code: 'CONFIG_INVALID' })
    expect(String((e as Error).message)).toContain('no_such_key')
    expect(String((e as Error).message)).not.toContain('secret-value')
  }
})
