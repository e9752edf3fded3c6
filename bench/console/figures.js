#!/usr/bin/env node
// Benchmark: the console's overview figures (`veto.figures.of`) on an existing data folder, e.g.
// the one `bench/import` leaves with 1M accounts; `--objections N` first imports N objections
// spread over 30 days (a tenth of them withdrawn is not modelled: withdrawals are few).
// Usage: node bench/console/figures.js --data bench/out/import/import [--objections 200000]
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { bornBy } from '../../dist/services/figures.js'
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
for (let i = 0; i < 3; i++) {
  const t0 = performance.now()
  // The store's computation itself: the console keeps its result for a few minutes.
  await veto.store.figures({
    deadline: policy.deadline,
    policyName: policy.name,
    adultBornBy: bornBy(policy.minAge, Date.now()),
  })
  times.push(performance.now() - t0)
}
await veto.close()
process.stdout.write(
  `figures over ${after.accounts.toLocaleString('en-US')} accounts, ${after.filings.toLocaleString('en-US')} ` +
    `filings: ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(', ')}\n`,
)
