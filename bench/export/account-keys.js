#!/usr/bin/env node
// Benchmark: what per-account item keys (key scheme 2) cost at sealing, beside the keys of
// scheme 1, through the snapshot's own hashing stage (`hashItems`: keys, RFC 9162 tree and
// proof index) over one decisions file. Prints each stage's seconds (best of --runs), the extra
// as a share of the scheme-1 stage, and what the two parts of that extra cost alone: an HMAC
// per account with included items, and the join of the items to their accounts' keys.
// Usage: npm run build && node bench/export/account-keys.js [--items 10000000] [--per-account 5]
//        [--memory 2GB] [--runs 2] [--out bench/out/account-keys]
import { mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { openDuckDb } from '../../dist/content/duckdb.js'
import { hmacSql, includedKeysSql } from '../../dist/export/item-keys.js'
import { hashItems } from '../../dist/export/snapshot-stages.js'

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '10000000' },
    'per-account': { type: 'string', default: '5' },
    memory: { type: 'string', default: '2GB' },
    runs: { type: 'string', default: '2' },
    out: { type: 'string', default: 'bench/out/account-keys' },
  },
})
const items = Number(values.items)
const accounts = Math.max(1, Math.round(items / Number(values['per-account'])))
const out = resolve(values.out)
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
const decisionsFile = join(out, 'decisions.parquet')
const decisions = `read_parquet('${decisionsFile}')`
const secret = Buffer.alloc(32, 7)
const fmt = (n) => Math.round(n).toLocaleString('en-US')

const duck = await openDuckDb({ memoryLimit: values.memory })
const c = duck.connection
await c.run(`set temp_directory = '${join(out, 'tmp')}'`)
// Decisions shaped like a snapshot's: ids in content order, accounts spread over the items,
// nine in ten items included.
await c.run(`copy (select 'c-' || lpad(i::varchar, 10, '0') as content_id,
    'acc-' || (hash(i) % ${accounts}) as account_id, hash(i * 7) % 10 <> 0 as included
  from range(${items}) t(i)) to '${decisionsFile}' (format parquet)`)
const counts = (
  await c.runAndReadAll(`select count(*) filter (where included) as included,
    count(distinct account_id) filter (where included) as accounts from ${decisions}`)
).getRowObjectsJson()[0]
console.log(
  `${fmt(items)} items, ${fmt(Number(counts.included))} included, ` +
    `${fmt(Number(counts.accounts))} accounts with included items; DuckDB memory ${values.memory}`,
)

async function best(name, work) {
  let seconds = Number.POSITIVE_INFINITY
  for (let r = 0; r < Number(values.runs); r++) {
    const t0 = performance.now()
    await work()
    seconds = Math.min(seconds, (performance.now() - t0) / 1000)
  }
  console.log(`${name.padEnd(46)} ${seconds.toFixed(2)} s`)
  return seconds
}

const stage = (keyScheme) => async () => {
  const index = join(out, `index-${keyScheme}`)
  rmSync(index, { recursive: true, force: true })
  await hashItems(c, { secret, keyScheme }, index, decisions)
}
const one = await best('hashing stage, scheme 1 (key by content id)', stage(1))
const two = await best('hashing stage, scheme 2 (key per account)', stage(2))
// The two parts of the extra, alone: the keys of the accounts, and the items joined to them.
const accountKeys = await best('  an HMAC per account with included items', () =>
  c.run(`create or replace temp table account_keys as select account_id, ${hmacSql(secret, 'account_id')} as k
    from (select distinct account_id from ${decisions} where included)`),
)
const joined = await best('  items joined to their accounts (no hashing)', () =>
  c.run(`create or replace temp table joined as select d.content_id, a.k
    from ${decisions} d join account_keys a using (account_id) where d.included`),
)
const keysOnly = await best('  keys alone, scheme 1', () =>
  c.run(`create or replace temp table k1 as ${includedKeysSql(1, secret, decisions)}`),
)
const keysOnly2 = await best('  keys alone, scheme 2', () =>
  c.run(`create or replace temp table k2 as ${includedKeysSql(2, secret, decisions)}`),
)
duck.close()
rmSync(out, { recursive: true, force: true })
const pct = (x) => `${((100 * x) / one).toFixed(1)} %`
console.log(
  `extra of scheme 2 over scheme 1                ${(two - one).toFixed(2)} s = ${pct(two - one)} of the stage`,
)
console.log(`  of which the HMACs per account alone          ${accountKeys.toFixed(2)} s = ${pct(accountKeys)}`)
console.log(`  and the join alone                            ${joined.toFixed(2)} s = ${pct(joined)}`)
console.log(`keys alone: scheme 1 ${keysOnly.toFixed(2)} s, scheme 2 ${keysOnly2.toFixed(2)} s`)
