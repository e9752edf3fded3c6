/**
 * Opens a Veto data folder: configuration, store and the services on them. The CLI, the
 * server and library users all go through here.
 * @module
 */
import { createHmac } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pino, { type Logger } from 'pino'
import { CONFIG_FILE, type LoadedConfig, loadConfig } from './config/load.js'
import type { ConfigInput } from './config/schema.js'
import type { Clock } from './services/deps.js'
import { createAccountService } from './services/accounts.js'
import { type CaseService, createCaseService } from './services/cases.js'
import { createWebhookDispatcher, type WebhookDispatcherOptions } from './services/webhooks.js'
import { createHousekeeper } from './services/housekeeping.js'
import { createApiTokenService } from './services/api-tokens.js'
import { createDecisionService } from './services/decisions.js'
import { createFilingService, type FilingFaults } from './services/filings.js'
import { createNoticeService } from './services/notices.js'
import { createOutboxService } from './services/outbox.js'
import { createRateLimiter } from './services/rate-limits.js'
import { createFigureService, type FigureService } from './services/figures.js'
import { createSessionService, type SessionSettings } from './services/sessions.js'
import { newId as defaultNewId, type NewId } from './services/ids.js'
import { createImportService } from './services/imports.js'
import { createLedgerService } from './services/ledger.js'
import { createLineageSink, NO_LINEAGE_SINK } from './services/lineage.js'
import { createModelService } from './services/models.js'
import { createProofService } from './services/proofs.js'
import { createRecordService } from './services/records.js'
import { createReportService } from './services/reports.js'
import { createSnapshotChecks } from './services/snapshot-checks.js'
import { createDuckPool } from './content/duckdb.js'
import { type DatasetSettings, datasetInfo } from './export/dataset-info.js'
import { createMailSeal, type MailSeal } from './mail/seal.js'
import { createSnapshotItems } from './services/snapshot-items.js'
import { createSnapshotService } from './services/snapshots.js'
import { ensureLedgerKey, ensureSnapshotKey, ledgerOrigin, loadLedgerKey, loadSnapshotKey } from './ledger/keys.js'
import { describeStoreUrl, openStore } from './store/open-store.js'
import type { Store } from './store/store.js'

export interface OpenOptions {
  readonly dataDir: string
  readonly env?: Readonly<Record<string, string | undefined>>
  readonly storeUrl?: string | undefined
  readonly clock?: Clock
  readonly newId?: NewId
  /**
   * Fault injection for the durability harness only (`veto serve` with
   * `VETO_FAULT_ACK_BEFORE_COMMIT=1`): objections are answered before they are committed.
   */
  readonly faults?: FilingFaults
  /** Where what goes wrong out of sight is logged (an undelivered lineage event); default: JSON lines on stderr. */
  readonly logger?: Logger
}

export interface Veto {
  readonly config: LoadedConfig
  /** The store itself, for library users and tests; the CLI and the server go through the services. */
  readonly store: Store
  readonly accounts: ReturnType<typeof createAccountService>
  /** Third parties' requests: cases, their extension and decision, and the exclusions they record. */
  readonly cases: CaseService
  readonly filings: ReturnType<typeof createFilingService>
  readonly notices: ReturnType<typeof createNoticeService>
  readonly outbox: ReturnType<typeof createOutboxService>
  readonly tokens: ReturnType<typeof createApiTokenService>
  readonly imports: ReturnType<typeof createImportService>
  readonly decisions: ReturnType<typeof createDecisionService>
  readonly reports: ReturnType<typeof createReportService>
  /** The privacy team's figures (the console). */
  readonly figures: FigureService
  readonly ledger: ReturnType<typeof createLedgerService>
  /** Records for authorities, from the ledger: DPV JSON-LD or CSV. */
  readonly records: ReturnType<typeof createRecordService>
  readonly snapshots: ReturnType<typeof createSnapshotService>
  readonly checks: ReturnType<typeof createSnapshotChecks>
  readonly proofs: ReturnType<typeof createProofService>
  readonly models: ReturnType<typeof createModelService>
  /** Seals outbox bodies that carry a secret, under the data folder's key. */
  readonly mailSeal: MailSeal
  /** Sign-in links and sessions, for a server at `publicUrl`. */
  sessions(settings: Omit<SessionSettings, 'seal'>, clock?: Clock): ReturnType<typeof createSessionService>
  /** A fixed-window limit of `limit` attempts per key, counted in the store across processes. */
  rateLimiter(limit: number, windowMs: number, clock?: Clock): ReturnType<typeof createRateLimiter>
  /** Delivers the configured webhooks (`webhooks` in veto.json) from the ledger. */
  webhooks(
    options?: Omit<WebhookDispatcherOptions, 'store' | 'subscribers' | 'clock'> & { clock?: Clock },
  ): ReturnType<typeof createWebhookDispatcher>
  /**
   * Deletes sign-in links and sessions that ran out, and API replies kept past
   * `server.idempotency_hours`, round after round (`services/housekeeping.ts`).
   */
  housekeeper(options?: { clock?: Clock; onError?: (error: unknown) => void }): ReturnType<typeof createHousekeeper>
  close(): Promise<void>
}

/** Opens an initialized data folder. */
export async function openVeto(options: OpenOptions): Promise<Veto> {
  const config = loadConfig({
    dataDir: options.dataDir,
    env: options.env ?? process.env,
    overrides: { store: { url: options.storeUrl } },
  })
  const store = await openStore(config.storeUrl)
  const deps = { store, clock: options.clock ?? Date.now, newId: options.newId ?? defaultNewId }
  let log = options.logger
  const logger = () => {
    log ??= pino({ level: 'info', base: null }, pino.destination(2))
    return log
  }
  const dataset: DatasetSettings = {
    license: config.dataset.license,
    licenseUrl: config.dataset.license_url,
    creator: config.dataset.creator,
    publisher: config.dataset.publisher,
    url: config.dataset.url,
    keywords: config.dataset.keywords,
    taskCategories: config.dataset.task_categories,
    publicUrl: config.server.public_url,
  }
  let ledger: ReturnType<typeof createLedgerService>
  let snapshots: ReturnType<typeof createSnapshotService>
  // Read once: it seals mail, keys snapshot items, and derives the keys below.
  let snapshotKey: Buffer
  try {
    snapshotKey = loadSnapshotKey(options.dataDir)
    ledger = createLedgerService({
      store,
      clock: deps.clock,
      key: loadLedgerKey(options.dataDir),
      scratchDir: join(options.dataDir, 'tmp'),
    })
    snapshots = createSnapshotService({
      ...deps,
      dataDir: options.dataDir,
      policies: config.policies,
      snapshotKey,
      settings: {
        memoryLimit: config.export.memory_limit,
        threads: config.export.threads,
        rowsPerFile: config.export.rows_per_file,
      },
      checkpoint: () => ledger.checkpoint(),
      dataset,
      lineage: {
        namespace: config.lineage.namespace,
        sink:
          config.lineage.url === null
            ? NO_LINEAGE_SINK
            : createLineageSink({
                url: config.lineage.url,
                apiKey: config.lineage.api_key,
                timeoutMs: config.lineage.timeout_seconds * 1000,
                onProblem: (p) => logger().warn(p, 'lineage.undelivered'),
              }),
      },
    })
  } catch (e) {
    await store.close()
    throw e
  }
  const checks = createSnapshotChecks(store, snapshots, deps.clock)
  // One DuckDB instance for the small reads of people's pages: their items in each snapshot.
  const duck = createDuckPool()
  const items = createSnapshotItems(duck)
  const mailSeal = createMailSeal(snapshotKey)
  /** A key of its own for one use, derived from the snapshot secret under `label`. */
  const derivedKey = (label: string) => createHmac('sha256', snapshotKey).update(label).digest()
  const rateLimitKey = derivedKey('veto rate limit keys v1')
  return {
    config,
    store,
    ledger,
    snapshots,
    checks,
    accounts: createAccountService(deps),
    cases: createCaseService(deps, {
      itemUrls: config.requests.item_urls,
      publicUrl: config.server.public_url,
      seal: mailSeal,
      contactKey: derivedKey('veto case contact v1'),
    }),
    filings: createFilingService(deps, options.faults),
    notices: createNoticeService(deps),
    outbox: createOutboxService(store),
    tokens: createApiTokenService(deps),
    sessions: (settings, clock) =>
      createSessionService(
        { ...deps, clock: clock ?? deps.clock },
        {
          // Read at each use: a server on port 0 learns its public URL only once it listens.
          get publicUrl() {
            return settings.publicUrl
          },
          signinLinkMinutes: settings.signinLinkMinutes,
          sessionHours: settings.sessionHours,
          realm: settings.realm,
          seal: mailSeal,
        },
      ),
    rateLimiter: (limit, windowMs, clock) =>
      createRateLimiter(store.portal, limit, windowMs, clock ?? deps.clock, rateLimitKey),
    webhooks: (o = {}) =>
      createWebhookDispatcher({ ...o, store, clock: o.clock ?? deps.clock, subscribers: config.webhooks }),
    housekeeper: (o = {}) =>
      createHousekeeper({
        ...o,
        store,
        clock: o.clock ?? deps.clock,
        replyHours: config.server.idempotency_hours,
        caseTextDays: config.requests.keep_texts_days,
      }),
    imports: createImportService(deps, { scratchDir: join(options.dataDir, 'tmp') }),
    decisions: createDecisionService(deps, config.policies),
    figures: createFigureService(deps),
    reports: createReportService({
      ...deps,
      items: { itemsOf: (id, accounts) => items.itemsOf(snapshots.dirOf(id), accounts) },
    }),
    proofs: createProofService(snapshots, items),
    records: createRecordService(deps, {
      publicUrl: config.server.public_url,
      controller: datasetInfo(dataset, '').creator.name,
      checkpoint: () => ledger.checkpoint(),
    }),
    models: createModelService(deps),
    mailSeal,
    close: () => {
      duck.close()
      return store.close()
    },
  }
}

export interface InitResult {
  readonly dataDir: string
  readonly created: boolean
  readonly storeUrl: string
  /** The store, said without its password. */
  readonly storeDescription: string
}

/** Creates the data folder and its config (when missing) and brings the store's schema up to date. */
export async function initVeto(options: {
  dataDir: string
  storeUrl?: string | undefined
  env?: Readonly<Record<string, string | undefined>>
}): Promise<InitResult> {
  mkdirSync(options.dataDir, { recursive: true })
  const file = join(options.dataDir, CONFIG_FILE)
  const created = !existsSync(file)
  if (created) {
    const initial: ConfigInput = { store: { url: options.storeUrl ?? 'veto.sqlite' }, policies: [] }
    writeFileSync(file, `${JSON.stringify(initial, null, 2)}\n`, { flag: 'wx' })
  }
  const { server } = loadConfig({ dataDir: options.dataDir, env: options.env ?? process.env })
  ensureLedgerKey(options.dataDir, ledgerOrigin(server.public_url))
  ensureSnapshotKey(options.dataDir)
  const veto = await openVeto({ dataDir: options.dataDir, storeUrl: options.storeUrl, env: options.env ?? process.env })
  const storeUrl = veto.config.storeUrl
  await veto.close()
  return { dataDir: options.dataDir, created, storeUrl, storeDescription: describeStoreUrl(storeUrl) }
}
