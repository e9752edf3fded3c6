/** Docs that name things the code defines must name exactly those things. */
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { configSchema } from '../src/config/schema.js'
import { CLI_ERRORS } from '../src/cli/error-codes.js'
import { CORE_ERRORS } from '../src/domain/error-codes.js'
import { SERVER_ERRORS } from '../src/server/error-codes.js'
import { STATUS } from '../src/server/error-handler.js'

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')

it('docs/errors.md lists every error code, and no other, each with its status and meaning', () => {
  const documented = [...read('docs/errors.md').matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \| (.*) \|$/gm)].map((m) => [
    m[1],
    Number(m[2]),
    m[3],
  ])
  const codes: Record<string, string> = { ...CORE_ERRORS, ...SERVER_ERRORS, ...CLI_ERRORS }
  const expected = Object.keys(codes).map((c) => [c, STATUS[c as keyof typeof STATUS], codes[c]])
  expect(documented.sort()).toEqual(expected.sort())
  // No layer declares another's code.
  expect(Object.keys(codes)).toHaveLength(
    Object.keys(CORE_ERRORS).length + Object.keys(SERVER_ERRORS).length + Object.keys(CLI_ERRORS).length,
  )
})

it('docs/config.md names every key of the config schema', () => {
  const doc = read('docs/config.md')
  const exportKeys = Object.keys(
    (configSchema.shape.export.unwrap() as unknown as { shape: Record<string, unknown> }).shape,
  )
  const sectionKeys = (name: 'server' | 'mail' | 'oidc' | 'dataset' | 'lineage') =>
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
    'console',
    'console.members',
    ...sectionKeys('server'),
    ...sectionKeys('mail'),
    ...sectionKeys('oidc'),
    'dataset',
    ...sectionKeys('dataset'),
    'lineage',
    ...sectionKeys('lineage'),
    ...exportKeys.map((k) => `export.${k}`),
    ...Object.keys(
      (configSchema.shape.policies.unwrap().element as unknown as { shape: Record<string, unknown> }).shape,
    ).map((k) => `policies[].${k}`),
  ]
  for (const key of keys) expect(doc, key).toContain(`\`${key}\``)
})
