#!/usr/bin/env node
// Benchmark: the console's overview figures (`veto.figures.of`) on an existing data folder, e.g.
// the one `bench/import` leaves with 1M accounts; `--objections N` first imports N objections
// spread over 30 days (a tenth of them withdrawn is not modelled: withdrawals are few).
// It prints how long each computation took, and the longest the event loop of the process that
// asked was held meanwhile: what every other request of a serving process would have waited.
// Usage: node bench/console/figures.js --data bench/out/import/import [--objections 200000]
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bornBy } from '../../dist/domain/index.js'
import { resolvePolicy } from '../../dist/services/policies.js'
import { openVeto } from '../../dist/veto.js'

const { values } = parseArgs({ options: { data: { type: 'string' }, objections: { type: 'string', default: '0' } } })
if (!values.data) throw new Error('--data DIR: a data folder with accounts')
const veto = await openVeto({ dataDir: values.data, env: {} })
const counts = await veto.store.counts()
const n = Number(values.objections)
if (n > 0) {
  const file = join(values.data, 'bench-objections.csv')
  const start = Date.parse('2025-05-10T00:00:00Z')
  const lines = ['account,received_at']
  for (let i = 0; i < n; i++)
    lines.push(`acct-${(i * 7) % counts.accounts},${new Date(start + (i % 30) * 86_400_000 + i).toISOString()}`)
  writeFileSync(file, `${lines.join('\n')}\n`)
  await veto.imports.importFile('objections', file)
}
const policy = resolvePolicy('meta-2025', [])
const after = await veto.store.counts()
const times = []
const held = []
for (let i = 0; i < 3; i++) {
  // A timer every 5 ms: the longest gap between its runs is the longest the loop was held.
  let last = performance.now()
  let gap = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    gap = Math.max(gap, now - last)
    last = now
  }, 5)
  const t0 = performance.now()
  // The store's computation itself: the console keeps its result for a few minutes.
  await veto.store.figures({
    deadline: policy.deadline,
    policyName: policy.name,
    adultBornBy: bornBy(policy.minAge, Date.now()),
  })
  times.push(performance.now() - t0)
  // A turn of the loop, for the timer to run after a computation that held it to the end.
  await new Promise((resolve) => setTimeout(resolve, 20))
  clearInterval(ticker)
  held.push(gap)
}
await veto.close()
process.stdout.write(
  `figures over ${after.accounts.toLocaleString('en-US')} accounts, ${after.filings.toLocaleString('en-US')} ` +
    `filings: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}; ` +
    `the event loop held at most ${held.map((t) => `${t.toFixed(0)} ms`).join(', ')}\n`,
)
