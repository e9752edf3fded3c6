/**
 * Snapshots end to end on real stores: the reference timeline across two snapshots, a
 * sealed snapshot that stays as it was, tampering that `verify` names, proofs, re-runs,
 * and crashes that leave nothing looking sealed.
 */
import { createHmac } from 'node:crypto'
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join, relative } from 'node:path'
import Sqlite from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openDuckDb } from '../../src/content/duckdb.js'
import { listFiles } from '../../src/export/files.js'
import { provenStatement, verifyProof } from '../../src/services/proofs.js'
import { ACCOUNT_INDEX_DIR } from '../../src/export/account-index.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const ACCOUNTS = `id,network,email,birthdate,country,center,created_at
fb-anna,facebook,anna@example.com,1985-03-02,DE,c-anna,2016-01-01T00:00:00Z
fb-ben,facebook,ben@example.com,1979-11-20,AT,c-ben,2016-01-01T00:00:00Z
ig-ben,instagram,ben@example.com,1979-11-20,AT,c-ben,2017-01-01T00:00:00Z
fb-fay,facebook,fay@example.com,1970-07-07,PL,,2016-01-01T00:00:00Z
`
const NOTICES =
  `account,delivered_at\nfb-anna,2025-04-14T08:00:00Z\nfb-ben,2025-04-14T08:00:00Z\n` +
  `ig-ben,2025-04-14T08:00:00Z\nfb-fay,2025-04-14T08:00:00Z\n`
const item = (id: string, account: string, published: string, extra: object = {}) =>
  JSON.stringify({
    id,
    account,
    kind: 'post',
    visibility: 'public',
    published_at: published,
    lang: 'de',
    text: `text of ${id}`,
    ...extra,
  })
const CONTENT = [
  item('anna-1', 'fb-anna', '2024-02-01T10:00:00Z'),
  item('ben-1', 'fb-ben', '2024-02-01T10:00:00Z'),
  item('ben-2', 'ig-ben', '2025-03-01T10:00:00Z'),
  item('ben-3', 'ig-ben', '2025-06-20T10:00:00Z'),
  item('ben-4', 'fb-ben', '2024-01-01T10:00:00Z', { public_since: '2025-06-15T00:00:00Z' }),
  item('fay-1', 'fb-fay', '2024-02-01T10:00:00Z'),
  item('fay-2', 'fb-fay', '2025-06-20T10:00:00Z', { visibility: 'friends' }),
].join('\n')
const TRAINING = '2025-05-27T00:00:00+02:00'
const JULY = '2025-07-01T00:00:00Z'

async function dataIds(dir: string): Promise<string[]> {
  const { connection, close } = await openDuckDb()
  try {
    return (
      await connection.runAndReadAll(`select id from read_parquet('${join(dir, 'data', '*.parquet')}') order by id`)
    )
      .getRowObjectsJson()
      .map((r) => String(r.id))
  } finally {
    close()
  }
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  describe(`snapshots on ${dialect}`, () => {
    let f: VetoFolder
    let content: string
    beforeEach(async () => {
      f = await createVetoFolder(dialect, Date.parse('2025-05-20T00:00:00Z'))
      await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS))
      await f.veto.imports.importFile('notices', f.write('notices.csv', NOTICES))
      await f.veto.filings.file({ type: 'objection', target: { account: 'fb-anna' }, channel: 'portal' })
      content = f.write('content.jsonl', CONTENT)
    })
    afterEach(async () => f.dispose())

    it('keeps the 27 May snapshot as it was after a late objection, and applies it to the next one', async () => {
      // Training starts: the snapshot is built on 28 May, before Ben objects.
      f.now = Date.parse('2025-05-28T00:00:00Z')
      const first = await f.veto.snapshots.create({
        policy: 'meta-2025',
        at: Date.parse(TRAINING),
        content: [content],
        name: 'training',
      })
      // ben-4 was published before the cutoff but made public only after it (rule 1): out.
      expect(await dataIds(first.dir)).toEqual(['ben-1', 'ben-2', 'fay-1'])
      expect(await f.veto.checks.explain(first.record.id, 'ben-4')).toMatchObject({
        included: false,
        reason: 'published',
      })
      // Ben objects late, on 10 June, through his Facebook account.
      f.now = Date.parse('2025-06-10T12:00:00Z')
      await f.veto.filings.file({ type: 'objection', target: { account: 'fb-ben' }, channel: 'portal' })
      f.now = Date.parse('2025-07-02T00:00:00Z')
      const july = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(JULY), content: [content] })
      const strict = await f.veto.snapshots.create({ policy: 'strict', at: Date.parse(JULY), content: [content] })
      // The first is unchanged and still holds Ben's items.
      expect(await f.veto.checks.verify(first.record.id)).toEqual([])
      expect(await dataIds(first.dir)).toEqual(['ben-1', 'ben-2', 'fay-1'])
      // meta-2025 keeps out only what Ben made public after objecting, on both linked accounts.
      expect(await dataIds(july.dir)).toEqual(['ben-1', 'ben-2', 'fay-1'])
      const july3 = await f.veto.checks.explain(july.record.id, 'ben-3')
      expect(july3).toMatchObject({
        included: false,
        reason: 'objection',
        decided_by: { type: 'objection', timely: false },
      })
      expect(await f.veto.checks.explain(july.record.id, 'ben-4')).toMatchObject({
        included: false,
        reason: 'objection',
      })
      // strict keeps out all of it.
      expect(await dataIds(strict.dir)).toEqual(['fay-1'])
      expect(strict.manifest.counts.out).toMatchObject({ objection: 5, visibility: 1 })
      expect(await f.veto.ledger.verify()).toMatchObject({ problems: [] })
    })

    it('gives the same items, decisions and root when run again on the same inputs', async () => {
      f.now = Date.parse('2025-06-01T00:00:00Z')
      const a = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      const b = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      expect(b.record.root).toEqual(a.record.root)
      expect(readFileSync(join(b.dir, 'decisions.parquet'))).toEqual(readFileSync(join(a.dir, 'decisions.parquet')))
      expect(readFileSync(join(b.dir, 'data', 'part-00000.parquet'))).toEqual(
        readFileSync(join(a.dir, 'data', 'part-00000.parquet')),
      )
    })

    it('proves to a person that an item is in, or out, against the root alone', async () => {
      f.now = Date.parse('2025-06-01T00:00:00Z')
      const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      const inProof = await f.veto.proofs.prove(s.record.id, 'fay-1')
      expect(inProof.type).toBe('inclusion')
      expect(verifyProof(inProof, s.record.root.toString('hex'))).toMatchObject({ valid: true })
      const outProof = await f.veto.proofs.prove(s.record.id, 'anna-1')
      expect(outProof.type).toBe('exclusion')
      expect(verifyProof(outProof)).toMatchObject({ valid: true, type: 'exclusion' })
      const [first, ...rest] = inProof.item!.proof
      const forged = {
        ...inProof,
        item: { ...inProof.item!, proof: [`${first?.startsWith('0') ? '1' : '0'}${first?.slice(1)}`, ...rest] },
      }
      expect(verifyProof(forged).valid).toBe(false)
      expect(verifyProof({ ...outProof, type: 'inclusion', item: outProof.left ?? outProof.right! }).valid).toBe(false)
    })

    it('binds every key to its item through the account key the proof carries', async () => {
      f.now = Date.parse('2025-06-01T00:00:00Z')
      const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      expect(s.record.keyScheme).toBe(2)
      expect(s.manifest.merkle).toMatchObject({ key_scheme: 2 })
      // Fay's items, one in and one out: one account key recomputes both keys.
      const [fay1, fay2] = await Promise.all(['fay-1', 'fay-2'].map((id) => f.veto.proofs.prove(s.record.id, id)))
      expect([fay1?.type, fay2?.type]).toEqual(['inclusion', 'exclusion'])
      expect(fay1?.account_key).toBe(fay2?.account_key)
      for (const p of [fay1!, fay2!]) {
        expect(p).toMatchObject({ format: 'veto-proof/2', account_id: 'fb-fay' })
        expect(createHmac('sha256', Buffer.from(p.account_key!, 'hex')).update(p.content_id).digest('hex')).toBe(p.key)
        expect(verifyProof(p)).toEqual({ valid: true, bound: true, type: p.type })
      }
      // The flaw this closes: a key nudged so that it still lies between the same neighbours.
      const out = fay2!
      const nudged = `${out.key.slice(0, 63)}${(Number.parseInt(out.key.slice(63), 16) ^ 1).toString(16)}`
      expect((out.left?.key ?? '') < nudged && nudged < (out.right?.key ?? 'g')).toBe(true)
      // Without the account key such a file proves only that the nudged key is absent; with it, nothing.
      const { account_key: _, ...bare } = out
      expect(verifyProof({ ...bare, key: nudged })).toMatchObject({ valid: true, bound: false })
      expect(verifyProof({ ...out, key: nudged })).toMatchObject({ valid: false, problem: /HMAC-SHA256/ })
      expect(verifyProof({ ...out, content_id: 'fay-1' }).valid).toBe(false)
      expect(
        verifyProof({ ...out, account_key: fay1!.account_key!.replace(/^./, (c) => (c === '0' ? '1' : '0')) }).valid,
      ).toBe(false)
      // Without the account key the check holds for the key alone, and says so.
      expect(verifyProof(bare)).toEqual({ valid: true, bound: false, type: 'exclusion' })
      expect(provenStatement(bare, verifyProof(bare))).toMatch(
        /^Key [0-9a-f]{64} is absent from the tree .* carries no account key/,
      )
      // An item the snapshot did not consider is proven absent under the account named for it.
      await expect(f.veto.proofs.prove(s.record.id, 'fay-99')).rejects.toMatchObject({ code: 'PROOF_ACCOUNT_UNKNOWN' })
      const absent = await f.veto.proofs.prove(s.record.id, 'fay-99', { id: 'fb-fay' })
      // An item the snapshot decided is proven under its own account, not one named for it.
      await expect(f.veto.proofs.prove(s.record.id, 'fay-1', { id: 'fb-anna' })).rejects.toMatchObject({
        code: 'PROOF_ACCOUNT_UNKNOWN',
      })
      expect(absent).toMatchObject({ type: 'exclusion', account_key: fay1!.account_key })
      expect(verifyProof(absent, s.record.root.toString('hex'))).toMatchObject({ valid: true, bound: true })
    })
  })
}

describe('sealed snapshots resist change', () => {
  let f: VetoFolder
  let content: string
  beforeEach(async () => {
    f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'))
    await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS))
    await f.veto.imports.importFile('notices', f.write('notices.csv', NOTICES))
    content = f.write('content.jsonl', CONTENT)
  })
  afterEach(async () => f.dispose())

  it('names a data file with one byte changed, and a ledger row that was edited', async () => {
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
    const part = join(s.dir, 'data', 'part-00000.parquet')
    const bytes = readFileSync(part)
    bytes[Math.floor(bytes.length / 2)] = (bytes[Math.floor(bytes.length / 2)] as number) ^ 0x01
    writeFileSync(part, bytes)
    expect(await f.veto.checks.verify(s.record.id)).toContain(
      'data/part-00000.parquet: its SHA-256 differs from the manifest',
    )
    const [indexFile] = listFiles(join(s.dir, ACCOUNT_INDEX_DIR))
    writeFileSync(indexFile as string, Buffer.concat([readFileSync(indexFile as string), Buffer.from([0])]))
    expect(await f.veto.checks.verify(s.record.id)).toContain(
      `${relative(s.dir, indexFile as string)}: ${statSync(indexFile as string).size} bytes, ` +
        `the manifest says ${statSync(indexFile as string).size - 1}`,
    )

    const raw = new Sqlite(join(f.dir, 'data', 'veto.sqlite'))
    // An operator with a database shell gets past the append-only trigger first.
    raw.exec(
      'drop trigger ledger_no_update; ' +
        `update ledger set payload = replace(payload, '2025-04-14', '2025-03-14') where seq = 5`,
    )
    raw.close()
    const { problems } = await f.veto.ledger.verify()
    expect(problems).toContain('ledger entry 5 (notice.delivered): its content does not match its recorded hash')
  })

  it('names an index that says otherwise than the decisions, or holds an item twice', async () => {
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
    const [indexFile] = listFiles(join(s.dir, ACCOUNT_INDEX_DIR)) as [string]
    const decisionsFile = join(s.dir, 'decisions.parquet')
    const originals = new Map([indexFile, decisionsFile].map((file) => [file, readFileSync(file)]))
    /** Writes `file` anew from `select` over its rows as sealed (`sealed`), in the index's order. */
    const rewrite = async (file: string, select: string) => {
      const { connection, close } = await openDuckDb()
      try {
        writeFileSync(`${file}.orig`, originals.get(file) as Buffer)
        await connection.run(
          `copy (select * from (${select.replaceAll('sealed', `read_parquet('${file}.orig')`)})
            order by account_id, content_id) to '${file}' (format parquet)`,
        )
      } finally {
        close()
        rmSync(`${file}.orig`)
      }
    }
    // Not the files' own problems (their sizes, their hashes, the root), which the test above covers.
    const indexProblems = async () =>
      (await f.veto.checks.verify(s.record.id)).filter(
        (p) => p.startsWith(`${ACCOUNT_INDEX_DIR}: `) || p.startsWith('decisions.parquet: decides'),
      )

    await rewrite(indexFile, `select * from sealed`)
    expect(await indexProblems()).toEqual([])
    // One decision turned round in the index: a person's page would show it wrongly.
    await rewrite(indexFile, `select * replace (included <> (content_id = 'anna-1') as included) from sealed`)
    expect(await indexProblems()).toEqual([`${ACCOUNT_INDEX_DIR}: differs from decisions.parquet in 1 row`])
    // One row replaced by another's copy: the counts agree, the items do not.
    await rewrite(
      indexFile,
      `select * from sealed where content_id <> 'ben-1' union all select * from sealed where content_id = 'anna-1'`,
    )
    expect(await indexProblems()).toEqual([
      `${ACCOUNT_INDEX_DIR}: differs from decisions.parquet in 1 row`,
      `${ACCOUNT_INDEX_DIR}: holds an item again in 1 row`,
    ])
    await rewrite(indexFile, `select * from sealed`)
    await rewrite(decisionsFile, `select * from sealed union all select * from sealed where content_id = 'fay-2'`)
    expect(await indexProblems()).toEqual(['decisions.parquet: decides an item again in 1 row'])
  })

  it('leaves nothing that looks sealed when a snapshot fails, and finishes one interrupted after sealing', async () => {
    const bad = f.write('bad.jsonl', `${CONTENT}\n${item('x', 'fb-fay', 'tomorrow')}`)
    await expect(
      f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [bad] }),
    ).rejects.toMatchObject({ code: 'CONTENT_INVALID', details: { line: 8, field: 'published_at' } })
    const root = join(f.dir, 'data', 'snapshots')
    expect(readdirSync(root)).toEqual([])
    expect(await f.veto.snapshots.list()).toEqual([])
    // A crash before the seal: a half-written folder with no record is cleared away.
    mkdirSync(join(root, '.building-snap_crashed', 'data'), { recursive: true })
    expect(await f.veto.snapshots.list()).toEqual([])
    expect(existsSync(join(root, '.building-snap_crashed'))).toBe(false)
  })

  it(
    'proves from the index kept beside a snapshot, ' + 'and writes it anew when it is missing, damaged or another one',
    async () => {
      const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      const other = await f.veto.snapshots.create({ policy: 'strict', at: Date.parse(TRAINING), content: [content] })
      expect(other.record.root).not.toEqual(s.record.root)
      const index = join(f.dir, 'data', 'proof-index', s.record.id)
      const proves = async () => {
        for (const id of ['fay-1', 'anna-1', 'nobody']) {
          const proof = await f.veto.proofs.prove(s.record.id, id, id === 'nobody' ? { id: 'fb-anna' } : {})
          expect(verifyProof(proof, s.record.root.toString('hex'))).toMatchObject({
            valid: true,
          })
        }
      }
      expect(existsSync(join(index, '0.hex'))).toBe(true)
      await proves()
      rmSync(index, { recursive: true })
      await proves()
      expect(existsSync(join(index, '0.hex'))).toBe(true)
      writeFileSync(join(index, '0.hex'), 'not an index')
      await proves()
      const keys = readFileSync(join(index, '0.hex'))
      keys[3] = keys[3] === 0x30 ? 0x31 : 0x30
      writeFileSync(join(index, '0.hex'), keys)
      await proves()
      rmSync(index, { recursive: true })
      cpSync(join(f.dir, 'data', 'proof-index', other.record.id), index, { recursive: true })
      await proves()
      // Its index is no part of the sealed snapshot: verify has nothing to say about it.
      expect(await f.veto.checks.verify(s.record.id)).toEqual([])
    },
  )

  it('puts the proof index in place when a build stopped after sealing', async () => {
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
    const data = join(f.dir, 'data')
    const index = join(data, 'proof-index', s.record.id)
    // As a crash between the ledger transaction and the renames leaves it.
    renameSync(s.dir, join(data, 'snapshots', `.building-${s.record.id}`))
    renameSync(index, join(data, 'tmp', `${s.record.id}-proof-index`))
    expect((await f.veto.snapshots.list()).map((r) => r.id)).toEqual([s.record.id])
    expect(existsSync(s.dir)).toBe(true)
    expect(existsSync(join(index, '0.hex'))).toBe(true)
    expect(existsSync(join(data, 'tmp', `${s.record.id}-proof-index`))).toBe(false)
    expect(await f.veto.checks.verify(s.record.id)).toEqual([])
  })

  it('writes no e-mail address, reason or birthdate into any file of a snapshot', async () => {
    const canaryMail = 'canary.snap.9e1@example.com'
    const canaryReason = 'CANARY-REASON-snap-77'
    await f.veto.imports.importFile(
      'accounts',
      f.write(
        'more.csv',
        'id,network,email,birthdate,country,center,created_at\n' +
          `fb-can,facebook,${canaryMail},1966-06-06,DE,,2016-01-01T00:00:00Z\n`,
      ),
    )
    await f.veto.filings.file({
      type: 'objection',
      target: { email: canaryMail },
      reason: canaryReason,
      channel: 'portal',
      at: Date.parse('2025-06-01T00:00:00Z') - 1000,
    })
    const withEmails = f.write(
      'content2.jsonl',
      `${CONTENT}\n${item('can-1', 'fb-can', '2024-01-01T00:00:00Z', { author_email: canaryMail })}`,
    )
    f.now = Date.parse('2025-06-02T00:00:00Z')
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [withEmails] })
    const files: string[] = []
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name))
        else files.push(join(d, e.name))
      }
    }
    walk(s.dir)
    const { connection, close } = await openDuckDb()
    try {
      for (const file of files) {
        const text = file.endsWith('.parquet')
          ? JSON.stringify(
              (await connection.runAndReadAll(`select * from read_parquet('${file}')`)).getRowObjectsJson(),
            )
          : readFileSync(file, 'utf8')
        for (const canary of [canaryMail, canaryReason, '1966-06-06']) expect(text, file).not.toContain(canary)
      }
    } finally {
      close()
    }
  })

  it('tells a person which of their items went into which snapshot and model', async () => {
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
    await f.veto.models.register('assistant-2025', [s.record.id])
    const r = await f.veto.reports.report({ email: 'ben@example.com' })
    expect(r.snapshots).toEqual([
      {
        id: s.record.id,
        name: null,
        policy: 'meta-2025@1',
        at: '2025-05-26T22:00:00.000Z',
        items_in: ['ben-1', 'ben-2'],
        items_out: [
          { content_id: 'ben-3', reason: 'published' },
          { content_id: 'ben-4', reason: 'published' },
        ],
      },
    ])
    expect(r.models).toMatchObject([{ name: 'assistant-2025', items_in: 2 }])
  })
})

describe('a snapshot of many items', () => {
  let f: VetoFolder
  afterEach(async () => f.dispose())

  it.each(['parquet', 'jsonl'])(
    'writes parts of at most rows_per_file items in one order, the same bytes on every run (%s)',
    async (format) => {
      f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'), {
        export: { rows_per_file: 4000, threads: 2 },
      })
      const accounts = Array.from({ length: 300 }, (_, i) => {
        const birthdate = `${1950 + (i % 70)}-03-0${1 + (i % 9)}`
        const country = i % 7 === 0 ? 'US' : 'DE'
        return `a${i},facebook,p${i}@example.com,${birthdate},${country},,2016-01-01T00:00:00Z`
      })
      await f.veto.imports.importFile(
        'accounts',
        f.write('accounts.csv', `id,network,email,birthdate,country,center,created_at\n${accounts.join('\n')}\n`),
      )
      await f.veto.filings.file({ type: 'objection', target: { account: 'a5' }, channel: 'portal' })
      // Many small row groups, so that DuckDB reads the content on several threads at once.
      const content = join(f.dir, `content.${format}`)
      const { connection, close } = await openDuckDb()
      try {
        await connection.run(`copy (select printf('c%06d', (k * 7919) % 30000) as id, printf('a%d', k % 300) as account,
          ['post', 'comment', 'story'][1 + k % 3] as kind,
          case when k % 5 = 0 then 'friends' else 'public' end as visibility,
          ${format === 'parquet' ? 'published' : `strftime(published, '%Y-%m-%dT%H:%M:%SZ')`} as published_at,
          'de' as lang, 'text ' || k as text
        from (select k, timestamptz '2024-01-01 00:00:00+00' + to_seconds(k * 60) as published from range(30000) t(k)))
        to '${content}' ${format === 'parquet' ? '(format parquet, row_group_size 2048)' : '(format json)'}`)
      } finally {
        close()
      }
      const a = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      const b = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: [content] })
      const parts = readdirSync(join(a.dir, 'data')).sort()
      expect(parts.length).toBe(Math.ceil(a.record.items / 4000))
      expect(parts.length).toBeGreaterThan(2)
      expect(readdirSync(join(b.dir, 'data')).sort()).toEqual(parts)
      const index = listFiles(join(a.dir, ACCOUNT_INDEX_DIR)).map((p) => relative(a.dir, p))
      expect(index.length).toBeGreaterThan(0)
      expect(listFiles(join(b.dir, ACCOUNT_INDEX_DIR)).map((p) => relative(b.dir, p))).toEqual(index)
      for (const file of ['decisions.parquet', ...parts.map((p) => join('data', p)), ...index]) {
        expect(readFileSync(join(b.dir, file)).equals(readFileSync(join(a.dir, file))), file).toBe(true)
      }
      const duck = await openDuckDb()
      try {
        const rows = async (sql: string) =>
          (await duck.connection.runAndReadAll(sql)).getRowObjectsJson().map((r) => String(r.id))
        // Parquet keeps the files' order; text files are put in id order.
        const source =
          format === 'parquet'
            ? await rows(`select id from read_parquet('${content}')`)
            : await rows(`select id from read_json('${content}') order by id`)
        const decided = await rows(`select content_id as id from read_parquet('${join(a.dir, 'decisions.parquet')}')`)
        expect(decided).toEqual(source)
        const included = await rows(
          `select content_id as id from read_parquet('${join(a.dir, 'decisions.parquet')}') where included`,
        )
        const inParts: string[] = []
        for (const p of parts) {
          const ids = await rows(`select id from read_parquet('${join(a.dir, 'data', p)}')`)
          expect(ids.length).toBeLessThanOrEqual(4000)
          inParts.push(...ids)
        }
        expect(inParts).toEqual(included)
      } finally {
        duck.close()
      }
      expect(await f.veto.checks.verify(a.record.id)).toEqual([])
    },
  )

  it('keeps the order of several Parquet files, one of them empty, in its data parts', async () => {
    f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'), {
      export: { rows_per_file: 700, threads: 2 },
    })
    const accounts = Array.from(
      { length: 50 },
      (_, i) => `a${i},facebook,p${i}@example.com,1980-01-01,DE,,2016-01-01T00:00:00Z`,
    )
    await f.veto.imports.importFile(
      'accounts',
      f.write('accounts.csv', `id,network,email,birthdate,country,center,created_at\n${accounts.join('\n')}\n`),
    )
    const sizes = [1500, 0, 2500, 900]
    const files = sizes.map((_, i) => join(f.dir, `content-${i}.parquet`))
    const { connection, close } = await openDuckDb()
    try {
      for (const [i, n] of sizes.entries()) {
        await connection.run(`copy (select printf('f%d-%05d', ${i}, (k * 331) % ${Math.max(n, 1)}) as id,
            printf('a%d', k % 50) as account, 'post' as kind,
            case when (k + ${i}) % 4 = 0 then 'friends' else 'public' end as visibility,
            timestamptz '2024-01-01 00:00:00+00' as published_at, 'de' as lang, 'text ' || k as text
          from range(${n}) t(k)) to '${files[i]}' (format parquet, row_group_size 256)`)
      }
    } finally {
      close()
    }
    const s = await f.veto.snapshots.create({ policy: 'meta-2025', at: Date.parse(TRAINING), content: files })
    const duck = await openDuckDb()
    try {
      const ids = async (sql: string) =>
        (await duck.connection.runAndReadAll(sql)).getRowObjectsJson().map((r) => String(r.id))
      const wanted = await ids(`select id from read_parquet(${JSON.stringify(files).replaceAll('"', "'")})
        where visibility = 'public'`)
      const parts = readdirSync(join(s.dir, 'data')).sort()
      expect(parts.length).toBe(Math.ceil(wanted.length / 700))
      const written: string[] = []
      for (const p of parts) written.push(...(await ids(`select id from read_parquet('${join(s.dir, 'data', p)}')`)))
      expect(written).toEqual(wanted)
    } finally {
      duck.close()
    }
    expect(await f.veto.checks.verify(s.record.id)).toEqual([])
  })
})
