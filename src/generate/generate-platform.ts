/**
 * A synthetic platform shaped like the 2025 reference case: people with one to three
 * linked accounts on facebook, instagram and threads in one accounts center, some with
 * a second center or another address, minors, unknown birthdates, EU and non-EU
 * countries, every reference kind plus private messages and stories, content from
 * 2015 to mid-2026. The same seed gives the same files, byte for byte.
 * @module
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { openDuckDb } from '../content/duckdb.js'
import { createRandom, type Random } from './random.js'
import { LineWriter } from './line-writer.js'
import { ACTIVITY, COUNTRIES, wordsFor } from './vocabulary.js'
import { literal } from '../store/sql-text.js'

export interface GenerateOptions {
  readonly accounts: number
  readonly outDir: string
  readonly seed?: string | number
  /** Objections to write; 1 % of the accounts when not given. */
  readonly objections?: number
  /** Average activity items per account (besides name, username and pictures). */
  readonly itemsPerAccount?: number
  readonly parquet?: boolean
  readonly onProgress?: (accountsDone: number) => void
}

export interface GenerateResult {
  readonly outDir: string
  readonly seed: string
  readonly people: number
  readonly accounts: number
  readonly links: number
  readonly items: number
  readonly objections: number
  readonly notices: number
  readonly files: readonly string[]
}

const utc = (s: string) => Date.parse(s)
const START = utc('2015-01-01T00:00:00Z')
/** The platform's "now": fixed, so that output does not depend on the day it is made. */
export const GENERATED_UNTIL = utc('2026-06-30T00:00:00Z')
const DEADLINE = utc('2025-05-26T22:00:00Z')
const NOTICE_FROM = utc('2025-04-10T06:00:00Z')
const NETWORKS = ['facebook', 'instagram', 'threads'] as const
const PREFIX = { facebook: 'fb', instagram: 'ig', threads: 'th' } as const
const iso = (t: number) => new Date(t).toISOString().replace('.000Z', 'Z')
const between = (r: Random, from: number, to: number) => from + Math.floor(r.next() * Math.max(1, to - from))

interface GenAccount {
  id: string
  email: string
  country: string
  lang: string
  createdAt: number
}

function birthdate(r: Random): string | null {
  const kind = r.weighted([
    ['adult', 92],
    ['minor', 5],
    ['unknown', 3],
  ] as const)
  if (kind === 'unknown') return null
  const year = kind === 'minor' ? r.int(2008, 2012) : r.int(1950, 2005)
  return `${year}-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`
}

function text(r: Random, lang: string): string {
  const words = wordsFor(lang)
  const n = r.int(6, 16)
  const out: string[] = []
  for (let i = 0; i < n; i++) out.push(r.pick(words))
  return out.join(' ')
}

export async function generatePlatform(opts: GenerateOptions): Promise<GenerateResult> {
  const seed = String(opts.seed ?? 1)
  const r = createRandom(seed)
  mkdirSync(opts.outDir, { recursive: true })
  const file = (name: string) => join(opts.outDir, name)
  const accountsOut = new LineWriter(file('accounts.jsonl'))
  const linksOut = new LineWriter(file('links.jsonl'))
  const contentOut = new LineWriter(file('content.jsonl'))
  const noticesOut = new LineWriter(file('notices.jsonl'))
  const itemsPerAccount = opts.itemsPerAccount ?? 6
  const people: { accounts: GenAccount[]; email: string }[] = []
  let accountCount = 0
  let itemCount = 0
  let centerSeq = 0
  const seq = { facebook: 0, instagram: 0, threads: 0 }

  const writeItems = async (a: GenAccount) => {
    const write = (kind: string, visibility: string, publishedAt: number, withText: boolean) => {
      itemCount++
      const publicSince = visibility === 'public' && r.chance(0.03) ? between(r, publishedAt, GENERATED_UNTIL) : null
      return contentOut.write(
        JSON.stringify({
          id: `c-${String(itemCount).padStart(9, '0')}`,
          account: a.id,
          kind,
          visibility,
          published_at: iso(publishedAt),
          public_since: publicSince === null ? null : iso(publicSince),
          lang: a.lang,
          text: withText ? text(r, a.lang) : null,
        }),
      )
    }
    await write('name', 'public', a.createdAt, false)
    await write('username', 'public', a.createdAt, false)
    if (r.chance(0.9))
      await write(
        'profile_picture',
        r.chance(0.9) ? 'public' : 'friends',
        between(r, a.createdAt, GENERATED_UNTIL),
        false,
      )
    if (r.chance(0.3)) await write('avatar', 'public', between(r, a.createdAt, GENERATED_UNTIL), false)
    // Activity per account is skewed: many post little, a few post a lot.
    const n = Math.floor(-Math.log(1 - r.next()) * itemsPerAccount)
    for (let i = 0; i < n; i++) {
      const [kind, , sharePublic] = r.weighted(ACTIVITY.map((k) => [k, k[1]] as const))
      const visibility =
        kind === 'private_message'
          ? 'private'
          : r.chance(sharePublic)
            ? 'public'
            : r.pick(['friends', 'followers', 'private'])
      await write(kind, visibility, between(r, a.createdAt, GENERATED_UNTIL), true)
    }
  }

  const newAccount = async (
    network: (typeof NETWORKS)[number],
    email: string,
    country: readonly [string, number, string],
    born: string | null,
    createdAt: number,
    center: string | null,
  ): Promise<GenAccount> => {
    seq[network]++
    accountCount++
    const a = {
      id: `${PREFIX[network]}-${String(seq[network]).padStart(8, '0')}`,
      email,
      country: country[0],
      lang: country[2],
      createdAt,
    }
    await accountsOut.write(
      JSON.stringify({
        id: a.id,
        network,
        email,
        birthdate: born,
        country: r.chance(0.01) ? null : a.country,
        center,
        created_at: iso(createdAt),
      }),
    )
    if (r.chance(0.9)) {
      await noticesOut.write(
        JSON.stringify({ account: a.id, delivered_at: iso(between(r, NOTICE_FROM, NOTICE_FROM + 15 * 86_400_000)) }),
      )
    }
    await writeItems(a)
    return a
  }

  while (accountCount < opts.accounts) {
    const p = people.length + 1
    const email = `person${p}@example.com`
    const country = r.weighted(COUNTRIES.map((c) => [c, c[1]] as const))
    const born = birthdate(r)
    const count = Math.min(
      opts.accounts - accountCount,
      r.weighted([
        [1, 50],
        [2, 35],
        [3, 15],
      ] as const),
    )
    const networks = r.shuffle(NETWORKS).slice(0, count)
    const center = count > 1 || r.chance(0.6) ? `ctr-${String(++centerSeq).padStart(8, '0')}` : null
    const accounts: GenAccount[] = []
    let createdAt = between(r, START, utc('2026-03-01T00:00:00Z'))
    for (const [i, network] of networks.entries()) {
      // Some later accounts are linked into the center only after they were made.
      const linkedLater = i > 0 && r.chance(0.2)
      const a = await newAccount(network, email, country, born, createdAt, linkedLater ? null : center)
      if (linkedLater && center)
        await linksOut.write(JSON.stringify({ account: a.id, center, at: iso(between(r, createdAt, GENERATED_UNTIL)) }))
      else if (center && r.chance(0.04))
        await linksOut.write(
          JSON.stringify({ account: a.id, center: null, at: iso(between(r, createdAt + 1, GENERATED_UNTIL)) }),
        )
      accounts.push(a)
      createdAt = between(r, createdAt, GENERATED_UNTIL)
    }
    // Some people keep another account under another address, in a center of its own.
    if (accountCount < opts.accounts && r.chance(0.08)) {
      const other = r.chance(0.5) ? `ctr-${String(++centerSeq).padStart(8, '0')}` : null
      await newAccount(
        r.pick(NETWORKS),
        `person${p}-other@example.com`,
        country,
        born,
        between(r, START, GENERATED_UNTIL),
        other,
      )
    }
    people.push({ accounts, email })
    opts.onProgress?.(accountCount)
  }

  const objectionsOut = new LineWriter(file('objections.jsonl'))
  const objections = Math.min(people.length, opts.objections ?? Math.max(1, Math.round(opts.accounts / 100)))
  const chosen = new Set<number>()
  while (chosen.size < objections) chosen.add(r.int(0, people.length - 1))
  for (const i of [...chosen].sort((x, y) => x - y)) {
    const person = people[i] as (typeof people)[number]
    const timely = r.chance(0.55)
    const receivedAt = timely
      ? between(r, utc('2025-04-14T00:00:00Z'), DEADLINE)
      : between(r, DEADLINE, GENERATED_UNTIL)
    const byEmail = r.chance(0.3)
    await objectionsOut.write(
      JSON.stringify({
        ...(byEmail ? { email: person.email } : { account: r.pick(person.accounts).id }),
        received_at: iso(receivedAt),
        reason: r.chance(0.25) ? 'I do not want my posts used to train AI.' : null,
        channel: r.chance(0.8) ? 'portal' : 'api',
      }),
    )
  }
  for (const w of [accountsOut, linksOut, contentOut, noticesOut, objectionsOut]) await w.close()

  const files = ['accounts.jsonl', 'links.jsonl', 'content.jsonl', 'objections.jsonl', 'notices.jsonl']
  if (opts.parquet ?? true) {
    const { connection, close } = await openDuckDb()
    try {
      const copies = {
        'content.parquet': `select id, account, kind, visibility, published_at::timestamptz as published_at,
            public_since::timestamptz as public_since, lang, text from read_json($1, format = 'newline_delimited',
            columns = {id: 'varchar', account: 'varchar', kind: 'varchar', visibility: 'varchar',
            published_at: 'varchar', public_since: 'varchar', lang: 'varchar', text: 'varchar'}) order by id`,
        'accounts.parquet': `select id, network, email, birthdate::date as birthdate, country, center,
            created_at::timestamptz as created_at
            from read_json($1, format = 'newline_delimited', columns = {id: 'varchar', network: 'varchar',
            email: 'varchar', birthdate: 'varchar', country: 'varchar', center: 'varchar', created_at: 'varchar'})
            order by id`,
        'links.parquet': `select account, center, "at"::timestamptz as "at"
            from read_json($1, format = 'newline_delimited',
            columns = {account: 'varchar', center: 'varchar', "at": 'varchar'}) order by account, "at"`,
      }
      for (const [target, query] of Object.entries(copies)) {
        const source = file(target.replace('.parquet', '.jsonl'))
        // COPY cannot take parameters for its target; the path is ours, quoted.
        const sqlText = query.replace('$1', literal(source))
        await connection.run(`copy (${sqlText}) to ${literal(file(target))} (format parquet)`)
        files.push(target)
      }
    } finally {
      close()
    }
  }
  return {
    outDir: opts.outDir,
    seed,
    people: people.length,
    accounts: accountCount,
    links: linksOut.lines,
    items: itemCount,
    objections,
    notices: noticesOut.lines,
    files,
  }
}
