import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { AppError } from '../../src/domain/app-error.js'
import { InputError } from '../../src/input/input-error.js'
import { newId } from '../../src/services/ids.js'
import { createImportService } from '../../src/services/imports.js'
import { createLedgerService } from '../../src/services/ledger.js'
import { FIRST_RECORDS } from '../../src/services/lock-budget.js'
import { openStore } from '../../src/store/open-store.js'
import { generateNoteKey } from '../../src/ledger/signed-note.js'
import { createWorkspace, type Workspace } from '../fixtures/workspace.js'
import { createTestDatabase } from './pg.js'

const HEADER = 'id,network,email,birthdate,country,center,created_at'
const accountLines = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `acc${i},facebook,person${i}@example.com,1990-01-0${(i % 9) + 1},DE,c${i % 3},2020-01-01T00:00:00Z`,
  )

let ws: Workspace
beforeEach(async () => {
  ws = await createWorkspace()
})
afterEach(async () => ws.dispose())

describe('accounts import', () => {
  it('rejects a bad date on line 7 naming the line and the field, and writes nothing', async () => {
    await ws.imports.importFile('accounts', ws.write('ok.csv', [HEADER, ...accountLines(3)].join('\n')))
    const before = await ws.store.counts()
    const lines = [HEADER, ...accountLines(10).slice(3)]
    lines[6] = 'acc9,facebook,person9@example.com,1990-02-30,DE,,2020-01-01T00:00:00Z'
    const file = ws.write('accounts.csv', lines.join('\n'))
    const err = await ws.imports.importFile('accounts', file).catch((e) => e)
    expect(err).toMatchObject({ code: 'IMPORT_INVALID', details: { file, line: 7, field: 'birthdate' } })
    expect(err.message).toContain(`${file}:7: field birthdate: expected a date YYYY-MM-DD or empty`)
    expect(err.message).not.toContain('person9@example.com')
    expect(await ws.store.counts()).toEqual(before)
  })

  it('names the line and field in JSON Lines too', async () => {
    const file = ws.write(
      'a.jsonl',
      [
        JSON.stringify({
          id: 'a',
          network: 'x',
          email: 'a@example.com',
          birthdate: null,
          country: 'DE',
          center: null,
          created_at: '2020-01-01T00:00:00Z',
        }),
        '',
        JSON.stringify({
          id: 'b',
          network: 'x',
          email: 'b@example.com',
          birthdate: null,
          country: 'XX',
          center: null,
          created_at: '2020-01-01T00:00:00Z',
        }),
      ].join('\n'),
    )
    await expect(ws.imports.importFile('accounts', file)).rejects.toMatchObject({
      details: { line: 3, field: 'country' },
    })
    expect((await ws.store.counts()).accounts).toBe(0)
  })

  it('is idempotent', async () => {
    const file = ws.write('a.csv', [HEADER, ...accountLines(5)].join('\n'))
    expect(await ws.imports.importFile('accounts', file)).toMatchObject({ records: 5, inserted: 5 })
    const after = await ws.store.counts()
    expect(await ws.imports.importFile('accounts', file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 5 })
    expect(await ws.store.counts()).toEqual(after)
    expect(after.memberships).toBe(5)
  })

  it.each([
    ['a future created_at', 'a,facebook,a@example.com,,DE,,2099-01-01T00:00:00Z', 'created_at', 'lies in the future'],
    ['a local time', 'a,facebook,a@example.com,,DE,,2020-01-01T00:00:00', 'created_at', 'RFC 3339'],
    ['an unknown country', 'a,facebook,a@example.com,,XX,,2020-01-01T00:00:00Z', 'country', 'ISO 3166-1'],
    ['a missing e-mail', 'a,facebook,,,DE,,2020-01-01T00:00:00Z', 'email', 'is required'],
    ['a malformed e-mail', 'a,facebook,not-an-address,,DE,,2020-01-01T00:00:00Z', 'email', 'is not an e-mail address'],
    ['a missing field', 'a,facebook,a@example.com,,DE,2020-01-01T00:00:00Z', '(line)', 'number of fields'],
  ])('rejects %s', async (_, line, field, message) => {
    const err = await ws.imports.importFile('accounts', ws.write('a.csv', `${HEADER}\n${line}\n`)).catch((e) => e)
    expect(err.details).toMatchObject({ line: 2, field })
    expect(err.message).toContain(message)
  })

  it('rejects an unknown column and a repeated id', async () => {
    await expect(
      ws.imports.importFile('accounts', ws.write('a.csv', `${HEADER},extra\n${accountLines(1)[0]},x\n`)),
    ).rejects.toMatchObject({ details: { line: 2, field: 'extra' } })
    await expect(
      ws.imports.importFile('accounts', ws.write('b.csv', [HEADER, ...accountLines(2), accountLines(1)[0]].join('\n'))),
    ).rejects.toMatchObject({ details: { line: 4, field: 'id' } })
  })
})

describe('a file the reader refuses', () => {
  // A file that is not there, or not of a format read here, is named before the reader thread
  // starts; a malformed one by the reader thread, its error thrown here as the same error.
  it('is named by the same error as if read here', async () => {
    const missing = join(ws.dir, 'missing.csv')
    const gone = await ws.imports.importFile('accounts', missing).catch((e) => e)
    expect(gone).toBeInstanceOf(AppError)
    expect(gone).toMatchObject({ code: 'INPUT_NOT_FOUND', details: { file: missing } })
    await expect(ws.imports.importFile('accounts', ws.write('a.txt', HEADER))).rejects.toMatchObject({
      code: 'INPUT_FORMAT_UNKNOWN',
    })
    await expect(ws.imports.importFile('accounts', ws.write('a.parquet', HEADER))).rejects.toMatchObject({
      code: 'INPUT_FORMAT_UNSUPPORTED',
    })
    const quote = ws.write('q.csv', [HEADER, ...accountLines(3000), 'a,"open quote'].join('\n'))
    const open = await ws.imports.importFile('accounts', quote).catch((e) => e)
    expect(open).toBeInstanceOf(InputError)
    expect(open).toMatchObject({ code: 'IMPORT_INVALID', details: { file: quote, line: 3002, field: '(line)' } })
    expect(open.total).toBe(1)
    expect(await ws.store.counts()).toMatchObject({ accounts: 0, memberships: 0 })
    expect(await ws.store.ledgerSize()).toBe(0)
  })
})

describe('links, objections, consents and notices imports', () => {
  beforeEach(async () => {
    await ws.imports.importFile('accounts', ws.write('a.csv', [HEADER, ...accountLines(6)].join('\n')))
  })

  it('appends center changes once and refuses contradictions', async () => {
    const file = ws.write('links.csv', 'account,center,at\nacc0,,2021-01-01T00:00:00Z\nacc1,c0,2021-02-01T00:00:00Z\n')
    expect(await ws.imports.importFile('links', file)).toMatchObject({ inserted: 2 })
    expect(await ws.imports.importFile('links', file)).toMatchObject({ inserted: 0, unchanged: 2 })
    const bad = ws.write('bad.csv', 'account,center,at\nacc0,c9,2021-01-01T00:00:00Z\nghost,c1,2021-01-01T00:00:00Z\n')
    const err = await ws.imports.importFile('links', bad).catch((e) => e)
    expect(err.problems).toEqual([
      { line: 2, field: 'center', message: 'contradicts the center on record for this account at this instant' },
      { line: 3, field: 'account', message: 'names no known account' },
    ])
  })

  it('imports objections by account or e-mail, once', async () => {
    const file = ws.write(
      'o.jsonl',
      [
        JSON.stringify({ account: 'acc0', received_at: '2025-05-20T10:00:00Z', reason: 'no thanks' }),
        JSON.stringify({ email: 'PERSON1@example.com', received_at: '2025-06-10T10:00:00+02:00', channel: 'portal' }),
      ].join('\n'),
    )
    expect(await ws.imports.importFile('objections', file)).toMatchObject({ records: 2, inserted: 2 })
    expect(await ws.imports.importFile('objections', file)).toMatchObject({ inserted: 0, unchanged: 2 })
    const [o] = await ws.store.filingsFor(['acc1'])
    expect(o).toMatchObject({
      type: 'objection',
      accounts: ['acc1'],
      channel: 'portal',
      receivedAt: Date.parse('2025-06-10T08:00:00Z'),
    })
  })

  it('writes a batch in several transactions when one would hold the write lock too long, in file order', async () => {
    // A budget of 0 ms: every transaction is over it, so after the first (FIRST_RECORDS: nothing is
    // known of the pace yet) each goes 64 records at a time. The store is the workspace's file,
    // opened again to hear each transaction's journal entry.
    let journalled = 0
    const store = await openStore(join(ws.dir, 'veto.sqlite'), {
      onQuery: (sql) => {
        if (sql.startsWith('update "imports" set "applied"')) journalled++
      },
    })
    onTestFinished(() => store.close())
    const imports = createImportService(
      { store, clock: () => ws.now, newId },
      { scratchDir: join(ws.dir, 'tmp'), lockBudgetMs: 0 },
    )
    await imports.importFile('accounts', ws.write('a.csv', [HEADER, ...accountLines(3000)].join('\n')))
    const unique = Array.from({ length: 3000 }, (_, i) => `acc${i},2025-05-20T10:00:00Z`)
    // Repeats in the same transaction as their first (line 12 repeats line 11), in later
    // transactions of the same batch, and in the next batch.
    const rows = [...unique.slice(0, 11), unique[10] as string, ...unique.slice(11)]
    rows.push(...unique.slice(60, 70), ...unique.slice(2040, 2050))
    const from = await ws.store.ledgerSize()
    journalled = 0
    const file = ws.write('o.csv', `account,received_at\n${rows.join('\n')}\n`)
    expect(await imports.importFile('objections', file)).toMatchObject({ records: 3021, inserted: 3000, unchanged: 21 })
    expect(journalled).toBe(1 + Math.ceil((2048 - FIRST_RECORDS) / 64) + Math.ceil((3021 - 2048) / 64))
    expect((await imports.status()).find((r) => r.kind === 'objections')).toMatchObject({
      state: 'done',
      applied: 3021,
    })
    const entries = await ws.store.readLedger(from, 3001)
    expect(entries.map((e) => JSON.parse(e.payload).accounts[0])).toEqual(unique.map((r) => r.split(',')[0]))
    const ledger = createLedgerService({
      store: ws.store,
      clock: () => ws.now,
      key: generateNoteKey('test').key,
      scratchDir: join(ws.dir, 'tmp'),
    })
    expect(await ledger.verify()).toEqual({ entries: from + 3000, checkpoints: 0, problems: [] })
  })

  it('refuses an objection for an address nobody has, without repeating it', async () => {
    const file = ws.write('o.csv', 'email,received_at\ncanary-nobody@example.com,2025-05-20T10:00:00Z\n')
    const err = await ws.imports.importFile('objections', file).catch((e) => e)
    expect(err.details).toMatchObject({ line: 2, field: 'email' })
    expect(err.message).not.toContain('canary-nobody')
  })

  it('refuses an objection naming both account and e-mail', async () => {
    const file = ws.write('o.csv', 'account,email,received_at\nacc0,person0@example.com,2025-05-20T10:00:00Z\n')
    await expect(ws.imports.importFile('consents', file)).rejects.toMatchObject({
      details: { line: 2, field: 'account' },
    })
  })

  it('records notice deliveries once', async () => {
    const file = ws.write('n.csv', 'account,delivered_at\nacc0,2025-04-10T09:00:00Z\nacc1,2025-04-10T09:00:00Z\n')
    expect(await ws.imports.importFile('notices', file)).toMatchObject({ inserted: 2 })
    expect(await ws.imports.importFile('notices', file)).toMatchObject({ inserted: 0, unchanged: 2 })
  })
})

// Imports are read and written batch by batch in one transaction (records.ts: 2,048 records a
// batch): what one batch wrote must go when a later one finds a problem.
const stores = [
  { name: 'sqlite', make: async () => ({ url: undefined as string | undefined, drop: async () => {} }) },
  { name: 'postgres', make: async () => createTestDatabase() },
]
describe.each(stores)('imports longer than a batch, on $name', ({ make }) => {
  let big: Workspace
  let db: Awaited<ReturnType<(typeof stores)[number]['make']>>
  beforeEach(async () => {
    db = await make()
    big = await createWorkspace(Date.parse('2026-01-01T00:00:00Z'), db.url)
  })
  afterEach(async () => {
    await big.dispose()
    await db.drop()
  })

  it('writes nothing when a problem lies batches after the first, and names a repeat by its first line', async () => {
    const lines = [HEADER, ...accountLines(5000)]
    // The same account again, created at another instant.
    lines[4501] = (lines[11] as string).replace('2020-01-01T00:00:00Z', '2021-01-01T00:00:00Z')
    const repeat = big.write('repeat.csv', lines.join('\n'))
    const err = await big.imports.importFile('accounts', repeat).catch((e) => e)
    expect(err).toMatchObject({ code: 'IMPORT_INVALID', details: { line: 4502, field: 'id' } })
    expect(err.message).toContain('repeats the account of line 12')
    // Only the repeat: its first row, written by an earlier batch, is not "on record".
    expect(err.problems).toHaveLength(1)
    expect(await big.store.counts()).toMatchObject({ accounts: 0, memberships: 0 })
    expect(await big.store.ledgerSize()).toBe(0)

    const good = big.write('good.csv', [HEADER, ...accountLines(5000)].join('\n'))
    expect(await big.imports.importFile('accounts', good)).toMatchObject({ records: 5000, inserted: 5000 })
    const after = { counts: await big.store.counts(), ledger: await big.store.ledgerSize() }
    expect(after.counts).toMatchObject({ accounts: 5000, memberships: 5000 })

    const objections = Array.from({ length: 4500 }, (_, i) => `acc${i},2025-05-20T10:00:00Z`)
    objections.push('nobody,2025-05-20T10:00:00Z', ...objections.slice(0, 10))
    const bad = big.write('o.csv', `account,received_at\n${objections.join('\n')}\n`)
    await expect(big.imports.importFile('objections', bad)).rejects.toMatchObject({
      details: { line: 4502, field: 'account' },
    })
    expect({ counts: await big.store.counts(), ledger: await big.store.ledgerSize() }).toEqual(after)
    // Without the unknown account, the repeats of the first batch count once.
    const fine = big.write(
      'o2.csv',
      `account,received_at\n${objections.filter((o) => !o.startsWith('nobody')).join('\n')}\n`,
    )
    expect(await big.imports.importFile('objections', fine)).toMatchObject({
      records: 4510,
      inserted: 4500,
      unchanged: 10,
    })
  })

  it('lists the problems of the lowest lines, whichever check found them first', async () => {
    await big.imports.importFile('accounts', big.write('a.csv', [HEADER, ...accountLines(100)].join('\n')))
    const rows = Array.from({ length: 5000 }, (_, i) => `acc${i % 100},2025-05-20T10:00:00Z`)
    // In one batch: problems the store finds (unknown accounts), found after those the schema
    // finds further down (dates without a time).
    for (let i = 100; i < 130; i++) rows[i] = 'nobody,2025-05-20T10:00:00Z'
    for (let i = 1000; i < 1030; i++) rows[i] = `acc${i % 100},2025-05-20`
    const file = big.write('o.csv', `account,received_at\n${rows.join('\n')}\n`)
    const err = await big.imports.importFile('objections', file).catch((e) => e)
    expect(err).toMatchObject({ code: 'IMPORT_INVALID' })
    expect(err.problems.map((p: { line: number }) => p.line)).toEqual(Array.from({ length: 20 }, (_, k) => 102 + k))
    expect(err.message).toContain('… and 40 more')
  })

  // On PostgreSQL batches are written at once (imports.ts): an account import's three at a time,
  // each appending to the ledger in the file's order, and two of a links or notices import, where
  // the same row in both must land once.
  it('writes a row repeated in the next batch once, with one ledger entry', async () => {
    // The second batch's accounts have no center: a batch that appends nothing keeps its place too.
    const centerless = (i: number) => i >= 2048 && i < 4096
    const accounts = accountLines(9000).map((l, i) => (centerless(i) ? l.replace(/,c\d,/, ',,') : l))
    await big.imports.importFile('accounts', big.write('a.csv', [HEADER, ...accounts].join('\n')))
    const links = Array.from({ length: 3000 }, (_, i) => `acc${i},c${i % 7},2021-0${(i % 9) + 1}-01T00:00:00Z`)
    const notices = Array.from({ length: 3000 }, (_, i) => `acc${i},2025-04-10T09:00:00Z`)
    // Each line of the first batch again, in the second: the two are under way together.
    links.push(...links.slice(0, 1500))
    notices.push(...notices.slice(0, 1500))
    const l = big.write('l.csv', `account,center,at\n${links.join('\n')}\n`)
    const n = big.write('n.csv', `account,delivered_at\n${notices.join('\n')}\n`)
    expect(await big.imports.importFile('links', l)).toMatchObject({ records: 4500, inserted: 3000, unchanged: 1500 })
    expect(await big.imports.importFile('notices', n)).toMatchObject({ records: 4500, inserted: 3000, unchanged: 1500 })
    expect(await big.store.counts()).toMatchObject({ accounts: 9000, memberships: 9952, notices: 3000 })
    const ledger = createLedgerService({
      store: big.store,
      clock: () => big.now,
      key: generateNoteKey('test').key,
      scratchDir: join(big.dir, 'tmp'),
    })
    expect(await ledger.verify()).toEqual({ entries: 12952, checkpoints: 0, problems: [] })
    // A batch appends to the ledger only once the one before has committed: entries in file order.
    const accountOf = async (from: number, n: number) =>
      (await big.store.readLedger(from, n)).map((e) => JSON.parse(e.payload).account)
    const linked = Array.from({ length: 9000 }, (_, i) => i).filter((i) => !centerless(i))
    expect(await accountOf(0, 6952)).toEqual(linked.map((i) => `acc${i}`))
    expect(await accountOf(6952, 3000)).toEqual(Array.from({ length: 3000 }, (_, i) => `acc${i}`))
  })
})
