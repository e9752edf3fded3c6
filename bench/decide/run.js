#!/usr/bin/env node
// Benchmark: `veto decide` over ~1M content items (issue: decide on 1M items).
// Prints throughput of the domain core alone and of the whole command (read, validate,
// decide, serialize) for JSON Lines and Parquet input; the median of three runs each.
// Usage: npm run bench:decide [-- --accounts N]   (default 115000 accounts ≈ 1M items)
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { readContent } from '../../dist/content/read-content.js'
import { createDecisionContext, decide, parseInstant } from '../../dist/domain/index.js'
import { generatePlatform } from '../../dist/generate/generate-platform.js'
import { resolvePolicy } from '../../dist/services/policies.js'
import { initVeto, openVeto } from '../../dist/veto.js'

const { values } = parseArgs({
  options: { accounts: { type: 'string', default: '115000' }, out: { type: 'string', default: 'bench/out/decide' } },
})
const dir = values.out
rmSync(dir, { recursive: true, force: true })
mkdirSync(dir, { recursive: true })
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const fmt = (n) => Math.round(n).toLocaleString('en-US')

const gen = await generatePlatform({ accounts: Number(values.accounts), outDir: join(dir, 'platform'), seed: 'bench' })
console.log(
  `platform: ${gen.accounts} accounts, ${gen.items} items, ${gen.objections} objections, ${gen.links} center changes`,
)
await initVeto({ dataDir: join(dir, 'data') })
const veto = await openVeto({ dataDir: join(dir, 'data') })
for (const kind of ['accounts', 'links', 'objections', 'notices'])
  await veto.imports.importFile(kind, join(dir, 'platform', `${kind}.jsonl`))

const at = parseInstant('2025-05-27T00:00:00+02:00')
const items = []
for await (const batch of readContent(join(dir, 'platform', 'content.jsonl')))
  for (const { item } of batch) items.push(item)

for (const policyName of ['meta-2025', 'strict']) {
  const facts = await veto.store.loadFacts()
  const core = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const ctx = createDecisionContext({ policy: resolvePolicy(policyName, []), at, built: Date.now(), facts })
    let _included = 0
    for (const item of items) if (decide(item, ctx).included) _included++
    core.push(items.length / ((performance.now() - t0) / 1000))
  }
  console.log(`core decide (${policyName}, context build included): ${fmt(median(core))} items/s`)
}

for (const file of ['content.jsonl', 'content.parquet']) {
  const rates = []
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now()
    const s = await veto.decisions.decideFiles({
      policy: 'meta-2025',
      at,
      content: [join(dir, 'platform', file)],
      sink: () => {},
    })
    rates.push(s.items / ((performance.now() - t0) / 1000))
  }
  console.log(`veto decide end to end (${file}): ${fmt(median(rates))} items/s  (median of 3, ${gen.items} items)`)
}
console.log(`peak RSS: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`)
await veto.close()
