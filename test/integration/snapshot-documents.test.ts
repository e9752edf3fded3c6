/**
 * A sealed snapshot's documents, read as their consumers read them: Croissant 1.0 with RAI as a
 * JSON-LD processor and `mlcroissant` see it, the build's OpenLineage run in its folder and at
 * `lineage.url` (a real HTTP server here), and the dataset card as the Hugging Face Hub parses it.
 * Each check is also shown to fail when what it defends is taken away.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, relative } from 'node:path'
import { Writable } from 'node:stream'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { listFiles } from '../../src/export/files.js'
import { openVeto } from '../../src/veto.js'
import { checkCard, checkCroissant, checkRun, type RunEventLike } from '../fixtures/document-checks.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

const ACCOUNTS = `id,network,email,birthdate,country,center,created_at
fb-anna,facebook,anna@example.com,1985-03-02,DE,c-anna,2016-01-01T00:00:00Z
fb-ben,facebook,ben@example.com,1979-11-20,AT,c-ben,2016-01-01T00:00:00Z
`
const NOTICES = `account,delivered_at\nfb-anna,2025-04-14T08:00:00Z\nfb-ben,2025-04-14T08:00:00Z\n`
const item = (id: string, account: string, extra: object = {}) =>
  JSON.stringify({
    id,
    account,
    kind: 'post',
    visibility: 'public',
    published_at: '2024-02-01T10:00:00Z',
    lang: 'de',
    text: `text of ${id}`,
    likes: 3,
    pinned: false,
    ...extra,
  })
const CONTENT = [item('anna-1', 'fb-anna'), item('ben-1', 'fb-ben', { lang: 'de-AT', pinned: true })].join('\n')
const TRAINING = Date.parse('2025-05-27T00:00:00+02:00')
/** A platform's policy that puts two columns of its own, typed, into the data files. */
const HOUSE = {
  name: 'house',
  version: 1,
  extends: 'meta-2025',
  columns: ['id', 'kind', 'lang', 'published_at', 'text', 'likes', 'pinned'],
}

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'))
const linesOf = (file: string) =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RunEventLike)
const filesOf = (dir: string) => listFiles(dir).map((f) => relative(dir, f))

let f: VetoFolder | undefined
let receiver: Server | undefined
afterEach(async () => {
  await f?.dispose()
  f = undefined
  await new Promise((resolve) => (receiver ? receiver.close(resolve) : resolve(undefined)))
  receiver = undefined
})

async function folderWith(config: Record<string, object> = {}): Promise<{ folder: VetoFolder; content: string }> {
  f = await createVetoFolder('sqlite', Date.parse('2025-06-01T00:00:00Z'), { policies: [HOUSE], ...config })
  await f.veto.imports.importFile('accounts', f.write('accounts.csv', ACCOUNTS))
  await f.veto.imports.importFile('notices', f.write('notices.csv', NOTICES))
  return { folder: f, content: f.write('content.jsonl', CONTENT) }
}

/** A lineage endpoint on this machine: what it was sent, and how it answers (`status`). */
async function lineageReceiver(status = 200) {
  const received: { event: RunEventLike; authorization: string | undefined }[] = []
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      received.push({ event: JSON.parse(body), authorization: req.headers.authorization })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => receiver?.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/v1/lineage`
  return { url, received }
}

describe('Croissant', () => {
  it('declares the FileSet every field reads, the licence and creator, types from Parquet, RAI', async () => {
    const { folder, content } = await folderWith()
    const s = await folder.veto.snapshots.create({ policy: 'house', at: TRAINING, content: [content] })
    const doc = readJson(join(s.dir, 'croissant.json'))
    expect(await checkCroissant(doc)).toEqual([])
    expect(doc.conformsTo).toEqual(['http://mlcommons.org/croissant/1.0', 'http://mlcommons.org/croissant/RAI/1.0'])
    // Nothing named in veto.json: the platform's own terms, and the portal's host names it.
    expect(doc).toMatchObject({
      license: "other: the platform's own terms",
      creator: { name: 'localhost:8080', url: 'http://localhost:8080' },
      url: 'http://localhost:8080',
      version: '1.0.0',
      inLanguage: ['de', 'de-AT'],
    })
    const [items] = doc.recordSet
    expect(items.key).toEqual({ '@id': 'items/id' })
    const types = Object.fromEntries(items.field.map((x: { name: string; dataType: string }) => [x.name, x.dataType]))
    expect(types).toEqual({
      id: 'sc:Text',
      kind: 'sc:Text',
      lang: 'sc:Text',
      published_at: 'sc:DateTime',
      text: 'sc:Text',
      likes: 'sc:Integer',
      pinned: 'sc:Boolean',
    })
    // The FileObjects hash the files on disk.
    const objects = doc.distribution.filter((d: { '@type': string }) => d['@type'] === 'cr:FileObject')
    expect(objects.map((o: { contentUrl: string }) => o.contentUrl)).toEqual(['data/part-00000.parquet'])
    for (const o of objects) {
      expect(o.sha256).toBe(
        createHash('sha256')
          .update(readFileSync(join(s.dir, o.contentUrl)))
          .digest('hex'),
      )
    }

    // What the check defends: without the FileSet every field reads from nothing; without a licence the
    // dataset says nothing of its terms; without its context entry Veto's policy leaks into schema.org.
    const without = (change: (d: typeof doc) => void) => {
      const copy = structuredClone(doc)
      change(copy)
      return checkCroissant(copy)
    }
    const noFileSet = await without((d) => {
      d.distribution = d.distribution.filter((x: { '@type': string }) => x['@type'] !== 'cr:FileSet')
    })
    expect(noFileSet).toContain('no FileSet is declared')
    expect(noFileSet).toContain('field items/id reads from data-files, never declared')
    expect(await without((d) => delete d.license)).toEqual(['required property license is missing'])
    expect(await without((d) => delete d['@context']['veto:policy'])).toContain(
      "property https://schema.org/mode is neither Croissant's nor Veto's",
    )
  })

  it("names the platform's licence, itself and its page when veto.json does", async () => {
    const { folder, content } = await folderWith({
      dataset: {
        license: 'CC-BY-4.0',
        creator: { name: 'Social Example', url: 'https://social.example/' },
        url: 'https://social.example/datasets/{id}',
        keywords: ['social media'],
      },
    })
    const s = await folder.veto.snapshots.create({ policy: 'house', at: TRAINING, content: [content] })
    const doc = readJson(join(s.dir, 'croissant.json'))
    expect(await checkCroissant(doc)).toEqual([])
    expect(doc).toMatchObject({
      license: 'https://spdx.org/licenses/CC-BY-4.0.html',
      creator: { '@type': 'sc:Organization', name: 'Social Example' },
      publisher: { name: 'Social Example' },
      url: `https://social.example/datasets/${s.record.id}`,
      keywords: ['veto', 'opt-out', 'social media'],
    })
    const card = readFileSync(join(s.dir, 'README.md'), 'utf8')
    expect(checkCard(card, filesOf(s.dir))).toEqual([])
    expect(card).toContain('license: "cc-by-4.0"')
    expect(card).toContain('- **Licence:** `CC-BY-4.0` (SPDX licence identifier).')
    expect(card).toContain('- **Creator:** Social Example (https://social.example/).')
    expect(card).toContain("- **Publisher:** Social Example (https://social.example/) (Veto's default")
  })
})

describe('OpenLineage', () => {
  it('writes START when the build begins and COMPLETE with its run id, to the folder and lineage.url', async () => {
    const { url, received } = await lineageReceiver()
    const { folder, content } = await folderWith({ lineage: { url, api_key: 'lineage-test-key', namespace: 'social' } })
    const s = await folder.veto.snapshots.create({ policy: 'house', at: TRAINING, content: [content] })
    const events = linesOf(join(s.dir, 'lineage', 'openlineage.jsonl'))
    expect(checkRun(events)).toEqual([])
    expect(events.map((e) => e.eventType)).toEqual(['START', 'COMPLETE'])
    expect(received.map((r) => r.event)).toEqual(events)
    expect(received.map((r) => r.authorization)).toEqual(['Bearer lineage-test-key', 'Bearer lineage-test-key'])
    const [start, complete] = events as [RunEventLike, RunEventLike]
    expect(start.job).toMatchObject({ namespace: 'social', name: 'snapshot.create' })
    expect(start.producer).toMatch(/^pkg:npm\/veto@\d+\.\d+\.\d+/)
    expect(complete.outputs?.[0]).toMatchObject({
      name: `snapshots/${s.record.id}`,
      facets: { schema: { fields: expect.arrayContaining([{ name: 'likes', type: 'BIGINT' }]) } },
      outputFacets: { outputStatistics: { rowCount: s.record.items } },
    })
    expect(complete.inputs?.[0]).toMatchObject({
      name: 'ledger',
      facets: { version: { datasetVersion: String(s.record.ledgerSize) } },
    })
    // What the check defends: a run needs its START, and one run id throughout.
    expect(checkRun([complete])).toContain('the run does not begin with START')
    const other = { ...complete, run: { runId: '00000000-0000-4000-8000-000000000000' } }
    expect(checkRun([start, other]).join('\n')).toMatch(/event 1 \(COMPLETE\) belongs to run 0{8}-/)
    expect(checkRun([{ ...start, schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json' }, complete])).toEqual(
      ['event 0 (START) has schemaURL https://openlineage.io/spec/2-0-2/OpenLineage.json'],
    )

    // A build that fails ends its run with FAIL, naming the error by its code alone.
    const bad = folder.write('bad.jsonl', `${CONTENT}\n${item('x', 'fb-ben', { published_at: 'tomorrow' })}`)
    await expect(folder.veto.snapshots.create({ policy: 'house', at: TRAINING, content: [bad] })).rejects.toMatchObject(
      {
        code: 'CONTENT_INVALID',
      },
    )
    const failed = received.slice(2).map((r) => r.event)
    expect(checkRun(failed)).toEqual([])
    expect(failed.map((e) => e.eventType)).toEqual(['START', 'FAIL'])
    expect(failed[1]?.run?.facets).toMatchObject({
      errorMessage: { message: 'CONTENT_INVALID', programmingLanguage: 'JavaScript' },
    })
  })

  it('seals the snapshot all the same when lineage.url refuses, and logs what did not arrive', async () => {
    const { url, received } = await lineageReceiver(503)
    const { folder, content } = await folderWith({ lineage: { url } })
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const veto = await openVeto({
      dataDir: join(folder.dir, 'data'),
      env: {},
      clock: () => folder.now,
      logger: pino(sink),
    })
    try {
      const s = await veto.snapshots.create({ policy: 'house', at: TRAINING, content: [content] })
      expect(await veto.checks.verify(s.record.id)).toEqual([])
      expect(received.map((r) => r.event.eventType)).toEqual(['START', 'COMPLETE'])
      const logged = lines.map((l) => JSON.parse(l))
      expect(logged).toMatchObject([
        { msg: 'lineage.undelivered', eventType: 'START', problem: 'HTTP 503' },
        { msg: 'lineage.undelivered', eventType: 'COMPLETE', problem: 'HTTP 503' },
      ])
      // Ids and a reason: no address, no content, not the URL (which may carry credentials).
      expect(lines.join('')).not.toMatch(/example\.com|text of|127\.0\.0\.1/)
    } finally {
      await veto.close()
    }
  })
})

describe('the dataset card', () => {
  it("has the Hub's front matter, and its configs find exactly the data parts", async () => {
    const { folder, content } = await folderWith({ export: { rows_per_file: 1 } })
    const s = await folder.veto.snapshots.create({ policy: 'house', at: TRAINING, content: [content] })
    const card = readFileSync(join(s.dir, 'README.md'), 'utf8')
    const files = filesOf(s.dir)
    expect(files.filter((p) => p.startsWith('data/'))).toEqual(['data/part-00000.parquet', 'data/part-00001.parquet'])
    expect(checkCard(card, files)).toEqual([])
    expect(card).toContain(
      [
        'license: "other"',
        'license_name: "platform-terms"',
        'language:',
        '- "de"',
        'task_categories:',
        '- "text-generation"',
        'size_categories:',
        '- "n<1K"',
        'tags:',
        '- "veto"',
        '- "opt-out"',
      ].join('\n'),
    )
    // The card says which of its terms are Veto's defaults, and still gives the legal basis and policy.
    expect(card).toContain("- **Licence:** `other`: the platform's own terms (Veto's default: `dataset.license`")
    expect(card).toContain('**Legal basis:** GDPR Art. 6(1)(f)')
    expect(card).toContain('**house version 1** (opt-out)')

    // What the check defends: a card without its licence, or whose glob misses a part or takes more.
    expect(checkCard(card.replace(/^license: .*\n/m, ''), files)).toContain('license is missing')
    expect(checkCard(card.replace('data/part-*.parquet', 'data/part-00000.parquet'), files)).toEqual([
      'the data files found are data/part-00000.parquet, ' +
        'not the parts data/part-00000.parquet, data/part-00001.parquet',
    ])
    expect(checkCard(card.replace('data/part-*.parquet', '**/*.parquet'), files)[0]).toMatch(/decisions\.parquet/)
  })
})
