/** Docs that name things the code defines must name exactly those things. */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { configSchema } from '../src/config/schema.js'
import { ERROR_CODES } from '../src/domain/error-codes.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

it('docs/errors.md lists every error code, and no other', () => {
  const documented = [...read('docs/errors.md').matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1])
  expect(documented.sort()).toEqual(Object.keys(ERROR_CODES).sort())
})

it('docs/config.md names every key of the config schema', () => {
  const doc = read('docs/config.md')
  const exportKeys = Object.keys(
    (configSchema.shape.export.unwrap() as unknown as { shape: Record<string, unknown> }).shape,
  )
  const sectionKeys = (name: 'server' | 'mail' | 'oidc') =>
    Object.keys((configSchema.shape[name].unwrap() as unknown as { shape: Record<string, unknown> }).shape).map(
      (k) => `${name}.${k}`,
    )
  const keys = [
    'store',
    'store.url',
    'policies',
    'export',
    'server',
    'mail',
    'oidc',
    ...sectionKeys('server'),
    ...sectionKeys('mail'),
    ...sectionKeys('oidc'),
    ...exportKeys.map((k) => `export.${k}`),
    ...Object.keys(
      (configSchema.shape.policies.unwrap().element as unknown as { shape: Record<string, unknown> }).shape,
    ).map((k) => `policies[].${k}`),
  ]
  for (const key of keys) expect(doc, key).toContain(`\`${key}\``)
})
