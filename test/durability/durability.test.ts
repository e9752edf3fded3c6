/**
 * kill -9, at least 20 times, on SQLite and on PostgreSQL: every acknowledged objection is
 * stored and confirmed by mail at least once. A server that acknowledges before it commits
 * must make the same harness fail — proof that it can.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { createTestDatabase } from '../integration/pg.js'
import { runHarness } from './harness.js'

const report = (name: string, r: Awaited<ReturnType<typeof runHarness>>) =>
  process.stdout.write(
    `durability ${name}: kills ${r.kills}, attempted ${r.attempted}, acknowledged ${r.acknowledged}, ` +
      `lost ${r.lost}, without mail ${r.withoutMail}, duplicate mails ${r.duplicateMails}\n`,
  )

it('loses no acknowledged objection and no confirmation on SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-kill-'))
  try {
    const r = await runHarness({ dataDir: join(dir, 'data'), minKills: 20, minAcknowledged: 500 })
    report('sqlite', r)
    expect(r).toMatchObject({ lost: 0, withoutMail: 0 })
    expect(r.kills).toBeGreaterThanOrEqual(20)
    expect(r.acknowledged).toBeGreaterThanOrEqual(500)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 300_000)

it('loses no acknowledged objection and no confirmation on PostgreSQL', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-kill-'))
  const db = await createTestDatabase()
  try {
    const r = await runHarness({ dataDir: join(dir, 'data'), storeUrl: db.url, minKills: 20, minAcknowledged: 500 })
    report('postgres', r)
    expect(r).toMatchObject({ lost: 0, withoutMail: 0 })
    expect(r.kills).toBeGreaterThanOrEqual(20)
    expect(r.acknowledged).toBeGreaterThanOrEqual(500)
  } finally {
    await db.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}, 300_000)

it('catches a server that acknowledges before it commits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'veto-kill-'))
  try {
    const r = await runHarness({ dataDir: join(dir, 'data'), minKills: 20, minAcknowledged: 200, unsafe: true })
    report('ack-before-commit', r)
    expect(r.lost).toBeGreaterThan(0)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}, 300_000)
