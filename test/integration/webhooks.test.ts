/**
 * Signed webhooks, received by a real HTTP server that checks every signature with the
 * `standardwebhooks` reference package: each event a subscriber asked for arrives once
 * acknowledged, in ledger order, with the same id on a retry, and none for a write that
 * did not commit.
 */
import { randomBytes } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const SECRET = `whsec_${randomBytes(32).toString('base64')}`
const ACCOUNTS = `id,network,email,birthdate,country,center,created_at
fb-ana,facebook,ana@example.com,1985-03-02,DE,,2016-01-01T00:00:00Z
`

interface Received {
  readonly id: string
  readonly type: string
  readonly data: Record<string, unknown>
}

let receiver: Server
let url: string
let received: Received[]
let refuse: number
let bad: string[]
let f: VetoFolder

beforeEach(async () => {
  received = []
  refuse = 0
  bad = []
  const wh = new Webhook(SECRET)
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => {
      body += c
    })
    req.on('end', () => {
      if (refuse > 0) {
        refuse--
        res.writeHead(503).end()
        return
      }
      try {
        const msg = wh.verify(body, req.headers as Record<string, string>) as Omit<Received, 'id'>
        received.push({ id: String(req.headers['webhook-id']), type: msg.type, data: msg.data })
        res.writeHead(204).end()
      } catch (e) {
        bad.push(String(e))
        res.writeHead(400).end()
      }
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  f = await folderWithHooks('sqlite')
})

async function folderWithHooks(dialect: 'sqlite' | 'postgres'): Promise<VetoFolder> {
  const folder = await createVetoFolder(dialect, Date.now(), {
    webhooks: [
      {
        name: 'training-team',
        url,
        secret: SECRET,
        events: ['objection.filed', 'objection.withdrawn', 'case.decided'],
      },
    ],
  })
  await folder.veto.imports.importFile('accounts', folder.write('accounts.csv', ACCOUNTS))
  return folder
}
afterEach(async () => {
  await f.dispose()
  await new Promise((resolve) => receiver.close(resolve))
})

it('delivers the subscribed events in ledger order, signed, once each, retrying with the same id', async () => {
  const hooks = f.veto.webhooks({ retryBaseMs: 1000 })
  // First seen now: what happened before (the import) is not replayed.
  expect(await hooks.runOnce()).toBe(0)
  const filed = await f.veto.filings.file({ type: 'objection', target: { account: 'fb-ana' }, channel: 'api' })
  // A write that fails commits nothing, so nothing is sent for it.
  await expect(
    f.veto.filings.file({ type: 'objection', target: { account: 'nobody' }, channel: 'api' }),
  ).rejects.toThrow()
  const c = await f.veto.cases.receive({ items: ['x-1'], description: 'shows me', channel: 'admin' })
  await f.veto.cases.reject(c.id, { reviewer: 'dpo', reason: 'not the requester' })
  // The subscriber is down: the first event waits, and nothing after it goes ahead of it.
  refuse = 1
  expect(await hooks.runOnce()).toBe(0)
  expect(received).toEqual([])
  // Before its back-off has passed, nothing is tried.
  expect(await hooks.runOnce()).toBe(0)
  f.now += 1000
  expect(await hooks.runOnce()).toBe(2)
  await f.veto.filings.withdraw(filed.filing.id)
  expect(await hooks.runOnce()).toBe(1)
  expect(await hooks.runOnce()).toBe(0)
  expect(bad).toEqual([])
  expect(received.map((r) => r.type)).toEqual(['objection.filed', 'case.decided', 'objection.withdrawn'])
  expect(received[0]?.data).toMatchObject({ id: filed.filing.id, accounts: ['fb-ana'], channel: 'api' })
  expect(received[1]?.data).toMatchObject({ id: c.id, outcome: 'rejected' })
  // Who decided stays with the privacy team and the ledger.
  expect(received[1]?.data).not.toHaveProperty('reviewer')
  // Ids are the ledger positions: the same on a retry, so a receiver can drop a repeat.
  expect(new Set(received.map((r) => r.id)).size).toBe(3)
  for (const r of received) expect(r.id).toMatch(/^evt_\d+$/)
  expect(JSON.stringify(received)).not.toMatch(/shows me|not the requester|ana@example/)
})

for (const dialect of ['sqlite', 'postgres'] as const)
  it(`delivers each event once and in order from one of several processes at a time (${dialect})`, async () => {
    const g = dialect === 'sqlite' ? f : await folderWithHooks('postgres')
    try {
      const leaseMs = 60_000
      const hooks = [g.veto.webhooks({ leaseMs }), g.veto.webhooks({ leaseMs })] as const
      const object = () => g.veto.filings.file({ type: 'objection', target: { account: 'fb-ana' }, channel: 'api' })
      // Both ask at once, round after round: one holds the subscriber and delivers, the other stays out.
      expect(await Promise.all(hooks.map((h) => h.runOnce()))).toEqual([0, 0])
      const holders = new Set<number>()
      for (let i = 0; i < 4; i++) {
        await object()
        const counts = await Promise.all(hooks.map((h) => h.runOnce()))
        expect([...counts].sort()).toEqual([0, 1])
        holders.add(counts.indexOf(1))
      }
      expect(holders.size).toBe(1)
      const holder = [...holders][0] as 0 | 1
      const other = hooks[1 - holder] as (typeof hooks)[number]
      // The holder stalls without stopping: the other waits until its lease has run out, then delivers on.
      await object()
      expect(await other.runOnce()).toBe(0)
      g.now += leaseMs + 1
      expect(await other.runOnce()).toBe(1)
      // Back, the stalled one finds the subscriber taken and sends nothing twice.
      await object()
      expect(await hooks[holder].runOnce()).toBe(0)
      // A process that stops gives its lease up: the one left takes over at once.
      await other.stop()
      expect(await hooks[holder].runOnce()).toBe(1)
      const seqs = received.map((r) => Number(r.id.slice('evt_'.length)))
      expect(seqs).toHaveLength(6)
      expect(new Set(seqs).size).toBe(6)
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y))
      expect(bad).toEqual([])
    } finally {
      if (g !== f) await g.dispose()
    }
  })

it('is refused by the reference verifier when signed with another secret', async () => {
  const other = new Webhook(`whsec_${randomBytes(32).toString('base64')}`)
  const { signWebhook } = await import('../../src/services/webhooks.js')
  const body = '{"type":"objection.filed","timestamp":"2025-05-20T10:00:00.000Z","data":{}}'
  const headers = signWebhook(SECRET, 'evt_1', Math.floor(Date.now() / 1000), body)
  expect(() => new Webhook(SECRET).verify(body, headers)).not.toThrow()
  expect(() => other.verify(body, headers)).toThrow()
  expect(() => new Webhook(SECRET).verify(body.replace('filed', 'withdrawn'), headers)).toThrow()
})
