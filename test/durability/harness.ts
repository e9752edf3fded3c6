/**
 * The kill -9 harness (the promise: no acknowledged objection is ever lost; every one gets its
 * confirmation mail at least once). It drives objections over HTTP on loopback at a real
 * `veto serve`, kills the server with SIGKILL again and again, restarts it, and finally checks
 * every acknowledged objection against the store and the mail the SMTP peer received.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { writeFileSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { BIN } from '../fixtures/cli.js'
import { startMailCatcher } from '../../src/mail/mail-catcher.js'
import { createApiTokenService } from '../../src/services/api-tokens.js'
import { newId } from '../../src/services/ids.js'
import { initVeto, openVeto } from '../../src/veto.js'

export interface HarnessResult {
  readonly kills: number
  readonly attempted: number
  readonly acknowledged: number
  readonly lost: number
  readonly withoutMail: number
  readonly duplicateMails: number
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

export async function runHarness(opts: {
  dataDir: string
  storeUrl?: string | undefined
  minKills: number
  minAcknowledged: number
  unsafe?: boolean
  log?: (s: string) => void
}): Promise<HarnessResult> {
  const catcher = await startMailCatcher()
  await initVeto({ dataDir: opts.dataDir, storeUrl: opts.storeUrl, env: {} })
  const port = await freePort()
  const configFile = join(opts.dataDir, 'veto.json')
  const config = JSON.parse(readFileSync(configFile, 'utf8'))
  writeFileSync(
    configFile,
    JSON.stringify({
      ...config,
      server: { port, public_url: `http://localhost:${port}` },
      mail: { smtp_url: catcher.url },
    }),
  )
  const setup = await openVeto({ dataDir: opts.dataDir, env: {} })
  const accounts = Array.from({ length: 200 }, (_, i) => `acc-${i}`)
  await setup.store.upsertAccounts(
    accounts.map((id, i) => ({
      id,
      network: 'facebook',
      email: `p${i}@example.com`,
      birthdate: null,
      country: 'DE',
      createdAt: Date.parse('2020-01-01T00:00:00Z'),
    })),
    Date.now(),
  )
  const { token } = await createApiTokenService({ store: setup.store, clock: Date.now, newId }).create('harness', [
    'objections:write',
    'objections:read',
  ])
  await setup.close()

  const base = `http://127.0.0.1:${port}`
  const env = { PATH: process.env.PATH ?? '', ...(opts.unsafe ? { VETO_FAULT_ACK_BEFORE_COMMIT: '1' } : {}) }
  const startServer = async (): Promise<ChildProcess> => {
    const child = spawn(process.execPath, [BIN, 'serve', '--data', opts.dataDir], { env, stdio: 'ignore' })
    let exit: number | string | null | undefined
    child.once('exit', (code, signal) => {
      exit = code ?? signal
    })
    // Up to 30 s: with other test files beside it on two cores, a start has taken over 5 s.
    for (let i = 0; i < 1200 && exit === undefined; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) return child
      } catch {
        // not up yet
      }
      await sleep(25)
    }
    child.kill('SIGKILL')
    throw new Error(
      exit === undefined ? 'the server did not come up in 30 s' : `the server exited (${exit}) before it was up`,
    )
  }

  const acknowledged = new Set<string>()
  let attempted = 0
  let kills = 0
  while (kills < opts.minKills || acknowledged.size < opts.minAcknowledged) {
    const child = await startServer()
    let stop = false
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    const driver = async () => {
      while (!stop) {
        attempted++
        try {
          const res = await fetch(`${base}/v1/objections`, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ account: accounts[attempted % accounts.length] }),
          })
          if (res.status === 201) acknowledged.add(((await res.json()) as { id: string }).id)
        } catch {
          // the server died under this request: not acknowledged
        }
      }
    }
    const drivers = Array.from({ length: 8 }, driver)
    await sleep(150 + Math.random() * 450)
    child.kill('SIGKILL')
    kills++
    await exited
    stop = true
    await Promise.all(drivers)
    opts.log?.(`kill ${kills}: ${acknowledged.size} acknowledged of ${attempted}`)
  }

  const check = await openVeto({ dataDir: opts.dataDir, env: {} })
  const stored: string[] = []
  let lost = 0
  for (const id of acknowledged) {
    if (await check.store.findFiling(id)) stored.push(id)
    else lost++
  }
  await check.close()
  // Let the last server deliver what is still in the outbox; a lost objection has no mail to wait for.
  const child = await startServer()
  const deadline = Date.now() + 120_000
  const mailed = () => new Set(catcher.messages.map((m) => m.messageId))
  while (Date.now() < deadline && stored.some((id) => !mailed().has(`<mail_${id}@veto.invalid>`))) await sleep(200)
  child.kill('SIGTERM')
  await new Promise((r) => child.once('exit', r))
  const counts = new Map<string, number>()
  for (const m of catcher.messages) counts.set(m.messageId, (counts.get(m.messageId) ?? 0) + 1)
  const withoutMail = [...acknowledged].filter((id) => !counts.has(`<mail_${id}@veto.invalid>`)).length
  const duplicateMails = [...counts.values()].reduce((n, c) => n + (c - 1), 0)
  await catcher.close()
  return { kills, attempted, acknowledged: acknowledged.size, lost, withoutMail, duplicateMails }
}
