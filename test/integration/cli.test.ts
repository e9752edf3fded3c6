import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { veto } from '../fixtures/cli.js'

let dir: string
const run = (...args: string[]) => veto(args, { cwd: dir })
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text)
  return name
}

const ACCOUNTS = `id,network,email,birthdate,country,center,created_at
fb-1,facebook,one@example.com,1990-01-01,DE,c1,2020-01-01T00:00:00Z
ig-1,instagram,one@example.com,1990-01-01,DE,c1,2020-01-01T00:00:00Z
th-9,threads,other@example.com,1990-01-01,DE,,2020-01-01T00:00:00Z
`
const CONTENT = [
  { id: 'p1', account: 'fb-1', kind: 'post', visibility: 'public', published_at: '2024-01-01T00:00:00Z' },
  { id: 'p2', account: 'ig-1', kind: 'comment', visibility: 'public', published_at: '2024-01-01T00:00:00Z' },
  { id: 'p3', account: 'th-9', kind: 'post', visibility: 'public', published_at: '2024-01-01T00:00:00Z' },
  { id: 'p4', account: 'th-9', kind: 'story', visibility: 'public', published_at: '2024-01-01T00:00:00Z' },
]
  .map((x) => JSON.stringify(x))
  .join('\n')

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'veto-cli-'))
  expect((await run('init')).code).toBe(0)
  expect((await run('import', 'accounts', write('accounts.csv', ACCOUNTS))).code).toBe(0)
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('veto CLI', () => {
  it('signs a ledger checkpoint after an import that changed something, and none after one that did not', async () => {
    const checkpoints = async () => JSON.parse((await run('ledger', 'verify', '--json')).stdout).checkpoints as number
    expect(await checkpoints()).toBe(1)
    expect((await run('import', 'accounts', write('accounts.csv', ACCOUNTS))).code).toBe(0)
    expect(await checkpoints()).toBe(1)
  })

  it('init is safe to run again and uses ./veto-data by default', async () => {
    const again = await run('init', '--json')
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout)).toMatchObject({ created: false, data_dir: join(dir, 'veto-data') })
  })

  it('honours --data and VETO_DATA', async () => {
    expect((await veto(['init', '--data', 'elsewhere'], { cwd: dir })).code).toBe(0)
    const r = await veto(['policy', 'list', '--json'], { cwd: dir, env: { VETO_DATA: 'elsewhere' } })
    expect(r.code).toBe(0)
  })

  it('object --email covers every account of the address and its center, and prints one JSON document', async () => {
    const r = await run('object', '--email', 'ONE@example.com', '--reason', 'private reason', '--json')
    expect(r.code).toBe(0)
    const doc = JSON.parse(r.stdout)
    expect(doc).toMatchObject({ type: 'objection', filed_for: ['fb-1', 'ig-1'], covers: ['fb-1', 'ig-1'] })
    expect(doc.id).toMatch(/^obj_[0-9a-hjkmnp-tv-z]{26}$/)
    expect(r.stdout).not.toContain('private reason')
  })

  it('object refuses a future --at and an unknown address, as user errors without a stack', async () => {
    const future = await run('object', '--account', 'fb-1', '--at', '2999-01-01T00:00:00Z')
    expect(future).toMatchObject({ code: 1 })
    expect(future.stderr).toContain('future')
    const unknown = await run('object', '--email', 'nobody-here@example.com')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toBe('veto object: no account carries the given e-mail address\n')
  })

  it('withdraws once, and says so the second time', async () => {
    const { id } = JSON.parse((await run('object', '--account', 'fb-1', '--json')).stdout)
    expect((await run('withdraw', id)).code).toBe(0)
    const again = await run('withdraw', id, '--json')
    expect(again.code).toBe(1)
    expect(JSON.parse(again.stdout).error.code).toBe('FILING_ALREADY_WITHDRAWN')
  })

  it('consent files the mirror image', async () => {
    const r = await run('consent', '--account', 'th-9', '--json')
    expect(JSON.parse(r.stdout)).toMatchObject({ type: 'consent', covers: ['th-9'] })
    expect(JSON.parse(r.stdout).id).toMatch(/^con_/)
  })

  it('decides a content file, with and without --explain', async () => {
    const { id } = JSON.parse(
      (await run('object', '--account', 'ig-1', '--at', '2025-05-01T00:00:00Z', '--json')).stdout,
    )
    write('content.jsonl', CONTENT)
    const r = await run(
      'decide',
      '--policy',
      'meta-2025',
      '--at',
      '2025-05-27T00:00:00+02:00',
      '--content',
      'content.jsonl',
    )
    expect(r.code).toBe(0)
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { content_id: 'p1', included: false, reason: 'objection' },
      { content_id: 'p2', included: false, reason: 'objection' },
      { content_id: 'p3', included: true, reason: null },
      { content_id: 'p4', included: false, reason: 'kind' },
    ])
    expect(r.stderr).toContain('included              1')
    const explained = await run(
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
      '--json',
    )
    expect(JSON.parse(explained.stdout)).toMatchObject({ items: 4, included: 1, out: { objection: 2, kind: 1 } })
    const first = JSON.parse(readFileSync(join(dir, 'd.jsonl'), 'utf8').split('\n')[0] as string)
    expect(first).toEqual({
      content_id: 'p1',
      included: false,
      reason: 'objection',
      decided_by: { type: 'objection', id, received_at: '2025-05-01T00:00:00.000Z', timely: true },
    })
  })

  it('names the line and field of a bad content item and writes no decisions file', async () => {
    write(
      'content.jsonl',
      `${CONTENT}\n{"id":"p5","account":"fb-1","kind":"post","visibility":"public","published_at":"yesterday"}`,
    )
    const r = await run(
      'decide',
      '--policy',
      'strict',
      '--at',
      '2025-07-01T00:00:00Z',
      '--content',
      'content.jsonl',
      '--out',
      'd.jsonl',
    )
    expect(r.code).toBe(1)
    expect(r.stderr).toContain('content.jsonl:5: field published_at')
    expect(() => readFileSync(join(dir, 'd.jsonl'))).toThrow()
  })

  it('lists and shows policies', async () => {
    const list = JSON.parse((await run('policy', 'list', '--json')).stdout)
    expect(list.map((p: { name: string }) => p.name)).toEqual(['meta-2025', 'strict', 'consent'])
    const show = await run('policy', 'show', 'strict')
    expect(show.stdout).toContain('late_objection  all_content')
    expect((await run('policy', 'show', 'nope')).code).toBe(1)
  })

  it('uses a policy of veto.json and refuses a changed rule under the same version', async () => {
    const configFile = join(dir, 'veto-data', 'veto.json')
    const config = JSON.parse(readFileSync(configFile, 'utf8'))
    config.policies = [{ name: 'house', version: 1, extends: 'strict', notice_days: 0 }]
    writeFileSync(configFile, JSON.stringify(config))
    write('content.jsonl', CONTENT)
    const args = [
      'decide',
      '--policy',
      'house',
      '--at',
      '2025-07-01T00:00:00Z',
      '--content',
      'content.jsonl',
      '--out',
      'd.jsonl',
    ]
    expect((await run(...args)).code).toBe(0)
    config.policies[0].notice_days = 7
    writeFileSync(configFile, JSON.stringify(config))
    const changed = await run(...args)
    expect(changed.code).toBe(1)
    expect(changed.stderr).toContain('give the changed rules a new version')
  })

  it('reports what is on record for a person', async () => {
    await run('object', '--account', 'fb-1', '--at', '2025-05-20T10:00:00Z')
    const r = JSON.parse((await run('report', '--email', 'one@example.com', '--json')).stdout)
    expect(r.accounts.map((a: { id: string }) => a.id)).toEqual(['fb-1', 'ig-1'])
    expect(r.centers).toMatchObject([{ id: 'c1' }])
    expect(r.objections).toMatchObject([{ filed_for: ['fb-1'], covers: ['fb-1', 'ig-1'] }])
  })

  it('answers usage errors and an uninitialized folder with exit 1 and a hint', async () => {
    const bad = await run('object', '--acount', 'fb-1')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain("Unknown option '--acount'")
    expect(bad.stderr).toContain('veto object --help')
    const none = await veto(['object', '--account', 'x', '--data', 'missing'], { cwd: dir })
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('run `veto init')
    expect((await run('frobnicate')).code).toBe(1)
  })

  it('seals, lists, verifies, explains and proves a snapshot, and registers a model', async () => {
    await run('object', '--account', 'ig-1', '--at', '2025-05-01T00:00:00Z')
    write('content.jsonl', CONTENT.replaceAll('"visibility":"public"', '"visibility":"public","text":"hello"'))
    const created = await run(
      'snapshot',
      'create',
      '--policy',
      'meta-2025',
      '--at',
      '2025-05-27T00:00:00+02:00',
      '--content',
      'content.jsonl',
      '--name',
      'first',
      '--json',
    )
    expect(created.code).toBe(0)
    const snap = JSON.parse(created.stdout)
    expect(snap).toMatchObject({ items: 1, considered: 4, counts: { out: { objection: 2, kind: 1 } } })
    expect(JSON.parse((await run('snapshot', 'list', '--json')).stdout)).toHaveLength(1)
    expect((await run('snapshot', 'verify', snap.id)).stdout).toContain('is intact')
    const explained = (await run('explain', '--snapshot', snap.id, '--content', 'p1')).stdout
    expect(explained).toContain('is OUT (objection) in snapshot')
    expect(explained).toMatch(/decided by objection obj_\w+ received 2025-05-01T00:00:00.000Z \(timely\)/)
    expect((await run('proof', '--snapshot', snap.id, '--content', 'p3', '--out', 'p3.json')).code).toBe(0)
    expect((await run('proof', 'verify', 'p3.json', '--root', snap.root)).stdout).toMatch(
      /^Valid inclusion proof\. Item p3 is in snapshot snap_\w+: its key [0-9a-f]{64}, recomputed from the content id/,
    )
    // An item the snapshot never considered: its account must be named.
    const unknown = await run('proof', '--snapshot', snap.id, '--content', 'p9')
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('did not consider item p9; name its account')
    expect((await run('proof', 'verify', 'p3.json', '--root', '00'.repeat(32))).code).toBe(1)
    expect((await run('model', 'register', 'assistant', '--snapshot', snap.id)).code).toBe(0)
    expect((await run('ledger', 'verify')).stdout).toContain('Ledger intact')
    const manifest = join(dir, 'veto-data', 'snapshots', snap.id, 'README.md')
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}\nedited\n`)
    const tampered = await run('snapshot', 'verify', snap.id)
    expect(tampered.code).toBe(1)
    expect(tampered.stderr).toContain('README.md: ')
  })

  it('prints help for every command', async () => {
    const overview = await run('help')
    expect(overview.stdout).toContain('decide')
    expect((await run('decide', '--help')).stdout).toContain('--explain')
  })
})
