/**
 * Personal data: e-mail addresses and reasons never appear in logs or error messages.
 * Canaries are planted in every input; the real binary runs every command, on success
 * and failure paths, and nothing it prints may hold them — except `report`, whose
 * purpose is to show a person their own data.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import Sqlite from 'better-sqlite3'
import { listFiles } from '../../src/export/files.js'
import { BIN, type CliResult, vetoBin } from '../fixtures/cli.js'

const EMAIL = 'canary.7f3a9@example.com'
const UNKNOWN_EMAIL = 'canary.unknown.51d@example.com'
const REASON = 'CANARY-REASON-c0ffee'
// A third party's request: its texts and contact address are personal data too.
const CASE_TEXT = 'CANARY-CASE-d00d1e'
const CASE_EVIDENCE = 'CANARY-EVIDENCE-beef42'
const CASE_CONTACT = 'canary.case.3c1@example.org'
const CASE_REASON = 'CANARY-STEP-fade99'
const CASE_CANARIES = [CASE_TEXT, CASE_EVIDENCE, CASE_CONTACT, CASE_REASON, 'd00d1e', 'beef42', 'fade99']
const CANARIES = [EMAIL, UNKNOWN_EMAIL, REASON, 'canary.7f3a9', 'c0ffee', ...CASE_CANARIES]

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'veto-canary-'))
  if (!existsSync(join(BIN, '../../dist/cli/main.js'))) throw new Error('dist/ is missing: run `npm run build` first')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('no command prints a planted address or reason, on success or failure', async () => {
  const w = (name: string, text: string) => {
    writeFileSync(join(dir, name), text)
    return name
  }
  const run = (...args: string[]) => vetoBin(args, { cwd: dir })
  const outputs: [string, CliResult][] = []
  const step = async (...args: string[]) => {
    const r = await run(...args)
    outputs.push([args.join(' '), r])
    return r
  }
  await step('init')
  const header = 'id,network,email,birthdate,country,center,created_at'
  expect(
    (
      await step(
        'import',
        'accounts',
        w(
          'a.csv',
          `${header}\nfb-c,facebook,${EMAIL},1990-01-01,DE,c1,2020-01-01T00:00:00Z\n` +
            `ig-c,instagram,${EMAIL},1990-01-01,DE,c1,2020-01-01T00:00:00Z\n` +
            `fb-d,facebook,someone.else@example.com,1990-01-01,DE,,2020-01-01T00:00:00Z\n`,
        ),
      )
    ).code,
  ).toBe(0)
  // Failure paths with the canary in the very row at fault.
  expect(
    (
      await step(
        'import',
        'accounts',
        w('bad1.csv', `${header}\nx,facebook,${EMAIL},1990-13-01,DE,,2020-01-01T00:00:00Z\n`),
      )
    ).code,
  ).toBe(1)
  expect(
    (
      await step(
        'import',
        'accounts',
        w('bad2.csv', `${header}\nx,facebook,${EMAIL} ${REASON},1990-01-01,DE,,2020-01-01T00:00:00Z\n`),
      )
    ).code,
  ).toBe(1)
  expect(
    (
      await step(
        'import',
        'objections',
        w('bad3.csv', `email,received_at,reason\n${UNKNOWN_EMAIL},2025-05-20T10:00:00Z,${REASON}\n`),
      )
    ).code,
  ).toBe(1)
  expect(
    (
      await step(
        'import',
        'objections',
        w('bad4.jsonl', `${JSON.stringify({ email: EMAIL, received_at: 'soon', reason: REASON })}\n`),
      )
    ).code,
  ).toBe(1)
  expect(
    (await step('import', 'objections', w('bad5.jsonl', `{"email": "${EMAIL}", "reason": "${REASON}"`))).code,
  ).toBe(1)
  expect((await step('object', '--email', UNKNOWN_EMAIL, '--reason', REASON)).code).toBe(1)
  expect((await step('object', '--email', EMAIL, '--reason', REASON, '--at', 'not-a-time')).code).toBe(1)
  // Success paths.
  expect(
    (
      await step(
        'import',
        'objections',
        w('o.csv', `email,received_at,reason\n${EMAIL},2025-05-20T10:00:00Z,${REASON}\n`),
      )
    ).code,
  ).toBe(0)
  const filed = await step('object', '--email', EMAIL, '--reason', REASON, '--json')
  expect(filed.code).toBe(0)
  expect((await step('withdraw', JSON.parse(filed.stdout).id)).code).toBe(0)
  const item = (id: string, account: string) =>
    JSON.stringify({
      id,
      account,
      kind: 'post',
      visibility: 'public',
      published_at: '2024-01-01T00:00:00Z',
      text: 'hi',
    })
  w('content.jsonl', `${item('p1', 'fb-c')}\n${item('p2', 'fb-d')}\n`)
  expect(
    (
      await step(
        'decide',
        '--policy',
        'meta-2025',
        '--at',
        '2025-05-27T00:00:00+02:00',
        '--content',
        'content.jsonl',
        '--explain',
        '--out',
        'd.jsonl',
      )
    ).code,
  ).toBe(0)
  expect(
    (
      await step(
        'decide',
        '--policy',
        'meta-2025',
        '--at',
        '2025-05-27T00:00:00+02:00',
        '--content',
        'content.jsonl',
        '--explain',
      )
    ).code,
  ).toBe(0)
  expect((await step('policy', 'list')).code).toBe(0)
  // A request about p2 (which shows someone else than its author): refused once for an item no
  // pattern maps, then opened, extended and accepted.
  const openCase = (item: string) =>
    step(
      'case',
      'open',
      '--item',
      item,
      '--description',
      CASE_TEXT,
      '--evidence',
      CASE_EVIDENCE,
      '--contact',
      CASE_CONTACT,
      '--json',
    )
  expect((await openCase(`https://elsewhere.example/${CASE_TEXT}`)).code).toBe(1)
  const opened = await openCase('p2')
  expect(opened.code).toBe(0)
  const caseId = JSON.parse(opened.stdout).id as string
  expect((await step('case', 'list')).code).toBe(0)
  expect((await step('case', 'list', '--json')).code).toBe(0)
  expect((await step('case', 'extend', caseId, '--reason', CASE_REASON)).code).toBe(0)
  expect((await step('case', 'extend', caseId, '--reason', CASE_REASON)).code).toBe(1)
  expect((await step('case', 'accept', caseId, '--reason', CASE_REASON)).code).toBe(0)
  expect((await step('case', 'reject', caseId, '--reason', CASE_REASON)).code).toBe(1)
  const snap = await step(
    'snapshot',
    'create',
    '--policy',
    'meta-2025',
    '--at',
    '2025-05-27T00:00:00+02:00',
    '--content',
    'content.jsonl',
    '--json',
  )
  expect(snap.code).toBe(0)
  const id = JSON.parse(snap.stdout).id as string
  expect((await step('snapshot', 'verify', id)).code).toBe(0)
  expect((await step('explain', '--snapshot', id, '--content', 'p1')).code).toBe(0)
  expect((await step('proof', '--snapshot', id, '--content', 'p1')).code).toBe(0)
  expect((await step('ledger', 'verify')).code).toBe(0)

  for (const [command, r] of outputs) {
    for (const canary of CANARIES) {
      expect(r.stdout, `stdout of ${command}`).not.toContain(canary)
      expect(r.stderr, `stderr of ${command}`).not.toContain(canary)
    }
  }
  const decisions = readFileSync(join(dir, 'd.jsonl'), 'utf8')
  for (const canary of CANARIES) expect(decisions).not.toContain(canary)
  // The snapshot built after the acceptance keeps p2 out and holds no text of the case, in any file.
  expect((await run('explain', '--snapshot', id, '--content', 'p2')).stdout).toContain(`OUT (excluded)`)
  expect((await run('explain', '--snapshot', id, '--content', 'p2')).stdout).toContain(`request ${caseId}`)
  for (const file of listFiles(join(dir, 'veto-data', 'snapshots', id))) {
    const bytes = readFileSync(file).toString('latin1')
    for (const canary of CANARIES) expect(bytes, file).not.toContain(canary)
  }
  // Nor does the ledger, which is meant to be handed to auditors.
  const ledger = new Sqlite(join(dir, 'veto-data', 'veto.sqlite'), { readonly: true })
  const payloads = ledger.prepare('select payload from ledger').all() as { payload: string }[]
  ledger.close()
  expect(payloads.some((p) => p.payload.includes(caseId))).toBe(true)
  for (const { payload } of payloads) for (const canary of CANARIES) expect(payload).not.toContain(canary)
  // The privacy team reads a case's texts where it decides on them.
  const shown = await run('case', 'show', caseId)
  expect(shown.stdout).toContain(CASE_TEXT)

  // The one place the person's own data is shown, to them.
  const report = await run('report', '--email', EMAIL)
  expect(report.stdout).toContain(EMAIL)
  expect(report.stderr).toBe('')
})
