/**
 * The API document as its consumers use it: `@redocly/cli` lints the live document and finds
 * no error, and `openapi-typescript` generates types from it against which a small client —
 * named functions by `operationId` — compiles under strict TypeScript.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../fixtures/app.js'

const ROOT = join(import.meta.dirname, '..', '..')
let t: TestApp
let dir: string
let doc: Record<string, unknown>
beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://privacy.example.org/veto' })
  dir = mkdtempSync(join(tmpdir(), 'veto-openapi-'))
  doc = (await (await t.app.request('http://localhost/openapi.json')).json()) as Record<string, unknown>
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc))
})
afterAll(async () => {
  await t.dispose()
  rmSync(dir, { recursive: true, force: true })
})

it('names every operation, its server, licence and instants', () => {
  expect(doc.servers).toEqual([{ url: 'https://privacy.example.org/veto', description: 'this Veto server' }])
  expect(doc.info).toMatchObject({ license: { identifier: 'Apache-2.0' } })
  const ops = Object.values(doc.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((p) =>
    Object.values(p),
  )
  expect(ops.map((o) => o.operationId).sort()).toEqual([
    'changeCenter',
    'fileObjection',
    'fileRequest',
    'getObjection',
    'recordNotice',
    'upsertAccount',
    'withdrawObjection',
  ])
  const text = JSON.stringify(doc)
  // Every field named for an instant says it is one.
  for (const m of text.matchAll(/"(\w+_at)":\{([^{}]*)\}/g)) expect(m[2], m[1]).toContain('"format":"date-time"')
})

it('passes the Redocly linter with no error', { timeout: 120_000 }, async () => {
  const out = await promisify(execFile)(
    join(ROOT, 'node_modules', '.bin', 'redocly'),
    ['lint', join(dir, 'openapi.json'), '--format', 'json'],
    { cwd: dir, env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' } },
  ).catch((e: { stdout: string; code: number }) => e)
  const report = JSON.parse(out.stdout) as {
    totals: { errors: number }
    problems: { severity: string; message: string }[]
  }
  expect(report.problems.filter((p) => p.severity === 'error')).toEqual([])
  expect(report.totals.errors).toBe(0)
})

it('gives openapi-typescript types a strict client compiles against', { timeout: 120_000 }, async () => {
  writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(JSON.stringify(doc))))
  writeFileSync(
    join(dir, 'client.ts'),
    `import type { operations } from './api'
type Json<T> = { content: { 'application/json': T } }
type Body<O extends keyof operations> = operations[O] extends { requestBody?: Json<infer B> } ? B : never
type Created<O extends keyof operations> = operations[O]['responses'] extends { 201: Json<infer R> } ? R : never
async function call<O extends keyof operations>(op: O, path: string, body: Body<O>): Promise<Created<O>> {
  const res = await fetch(path, { method: 'POST', body: JSON.stringify(body) })
  return (await res.json()) as Created<O>
}
export async function example(): Promise<string> {
  const filed = await call('fileObjection', '/v1/objections', { account: 'fb-1', reason: null })
  const request = await call('fileRequest', '/v1/requests', { items: ['c-1'], description: 'shows me' })
  const at: string = filed.received_at
  const due: string = request.due_at
  return \`\${filed.id} \${at} \${request.status} \${due}\`
}
`,
  )
  const program = ts.createProgram([join(dir, 'client.ts')], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    skipLibCheck: true,
  })
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  expect(problems).toEqual([])
})
