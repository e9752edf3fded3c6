/**
 * Records for supervisory authorities, one per ledger entry of a person's or a third party's
 * step: objections, consents, their withdrawals, notices delivered, and each step of a case. A
 * record is what the ledger entry says — ids, instants, counts, digests, never an address, a
 * reason or a case's texts — so each one can be checked against the signed ledger by its
 * position and leaf hash. Written as W3C DPV JSON-LD (terms of DPV 2.2, its EU GDPR and AI
 * extensions, and the ISO/IEC TS 27560 record fields as DPV maps them) or as CSV rows.
 * @module
 */
import { formatInstant, parseInstant } from '../domain/index.js'
import type { LedgerEventType } from '../ledger/events.js'
import { VETO_NS } from './croissant.js'

/** The ledger entries that are records: every other kind (snapshots, models, center changes) is not a person's step. */
export const RECORD_EVENTS = [
  'objection.filed',
  'objection.withdrawn',
  'consent.filed',
  'consent.withdrawn',
  'notice.delivered',
  'case.received',
  'case.extended',
  'case.decided',
  'exclusion.recorded',
] as const satisfies readonly LedgerEventType[]
export type RecordEvent = (typeof RECORD_EVENTS)[number]

export const isRecordEvent = (type: string): type is RecordEvent => (RECORD_EVENTS as readonly string[]).includes(type)

/** One record, in the words both formats are written from. */
export interface AuthorityRecord {
  readonly event: RecordEvent
  /** The objection's, consent's or case's id; for a notice, none. */
  readonly id: string | null
  /** When the step happened (received, withdrawn, delivered, decided), as the fact says. */
  readonly at: number
  /** The accounts it is for: those filed for, or the notice's; none for a case. */
  readonly accounts: readonly string[]
  readonly channel: string | null
  /** A notice's policy (`name@version`) and language, when it was versioned. */
  readonly policy: string | null
  readonly lang: string | null
  /** A case's due date after this step; a step's reviewer; a decision's outcome. */
  readonly dueAt: number | null
  readonly reviewer: string | null
  readonly outcome: 'accepted' | 'rejected' | null
  /** A case's items, by count and digest (the ledger's `items_sha256`). */
  readonly itemCount: number | null
  readonly itemsSha256: string | null
  /** The ledger entry it is: its position, the moment it was recorded, its leaf hash (hex). */
  readonly seq: number
  readonly recordedAt: number
  readonly leafHash: string
}

/** A ledger entry as the records read it. */
export interface RecordEntry {
  readonly seq: number
  readonly type: RecordEvent
  readonly recordedAt: number
  readonly payload: string
  readonly leafHash: string
}

const instant = (v: unknown): number => {
  const t = typeof v === 'string' ? parseInstant(v) : undefined
  if (t === undefined) throw new Error(`a ledger instant that does not parse: ${String(v)}`)
  return t
}
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const count = (v: unknown): number | null => (typeof v === 'number' ? v : null)

/**
 * The record of a ledger entry. A withdrawal's entry names only its filing, so `filedFor` gives
 * the accounts that filing was for (the store's answer); for other entries it is not asked.
 */
export function recordOf(entry: RecordEntry, filedFor: readonly string[] = []): AuthorityRecord {
  const d = JSON.parse(entry.payload) as Record<string, unknown>
  const base = {
    event: entry.type,
    id: null,
    accounts: [],
    channel: null,
    policy: null,
    lang: null,
    dueAt: null,
    reviewer: null,
    outcome: null,
    itemCount: null,
    itemsSha256: null,
    seq: entry.seq,
    recordedAt: entry.recordedAt,
    leafHash: entry.leafHash,
  }
  switch (entry.type) {
    case 'objection.filed':
    case 'consent.filed':
      return {
        ...base,
        id: text(d.id),
        at: instant(d.received_at),
        accounts: (d.accounts as string[]) ?? [],
        channel: text(d.channel),
      }
    case 'objection.withdrawn':
    case 'consent.withdrawn':
      return { ...base, id: text(d.id), at: instant(d.at), accounts: filedFor }
    case 'notice.delivered':
      return {
        ...base,
        at: instant(d.delivered_at),
        accounts: [String(d.account)],
        policy: text(d.policy),
        lang: text(d.lang),
      }
    case 'case.received':
      return {
        ...base,
        id: text(d.id),
        at: instant(d.received_at),
        channel: text(d.channel),
        dueAt: instant(d.due_at),
        itemCount: count(d.item_count),
        itemsSha256: text(d.items_sha256),
      }
    case 'case.extended':
      return { ...base, id: text(d.id), at: instant(d.at), dueAt: instant(d.due_at), reviewer: text(d.reviewer) }
    case 'case.decided':
      return {
        ...base,
        id: text(d.id),
        at: instant(d.at),
        reviewer: text(d.reviewer),
        outcome: d.outcome === 'accepted' ? 'accepted' : 'rejected',
      }
    case 'exclusion.recorded':
      return {
        ...base,
        id: text(d.case),
        at: instant(d.at),
        itemCount: count(d.item_count),
        itemsSha256: text(d.items_sha256),
      }
  }
}

// ---- DPV JSON-LD --------------------------------------------------------------------------

const DPV = 'https://w3id.org/dpv#'
const EU_GDPR = 'https://w3id.org/dpv/legal/eu/gdpr#'

/**
 * The document's context, inline, so that nothing is fetched to read it: the prefixes of DPV
 * 2.2 (core, the EU GDPR and AI extensions), Dublin Core terms and Veto's own, and which of the
 * properties used take IRIs and instants. DPV publishes its vocabulary, not a context; this one
 * is Veto's, and names only terms used here.
 */
export const RECORDS_CONTEXT = {
  dpv: DPV,
  'eu-gdpr': EU_GDPR,
  ai: 'https://w3id.org/dpv/ai#',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  veto: VETO_NS,
  'dpv:hasRight': { '@type': '@id' },
  'dpv:hasLegalBasis': { '@type': '@id' },
  'dpv:hasStatus': { '@type': '@id' },
  'dpv:hasConsentStatus': { '@type': '@id' },
  'dpv:hasRequestStatus': { '@type': '@id' },
  'dpv:hasNoticeStatus': { '@type': '@id' },
  'dpv:hasInformedStatus': { '@type': '@id' },
  'dpv:hasConsentControl': { '@type': '@id' },
  'dpv:hasJustification': { '@type': '@id' },
  'dpv:hasProcessing': { '@type': '@id' },
  'dct:replaces': { '@type': '@id' },
  'dct:isPartOf': { '@type': '@id' },
  'dpv:isIndicatedAtTime': { '@type': 'xsd:dateTime' },
  'dct:created': { '@type': 'xsd:dateTime' },
  'dct:date': { '@type': 'xsd:dateTime' },
  'dct:issued': { '@type': 'xsd:dateTime' },
  'veto:dueAt': { '@type': 'xsd:dateTime' },
  'veto:from': { '@type': 'xsd:dateTime' },
  'veto:to': { '@type': 'xsd:dateTime' },
} as const

/** The IRIs of an installation's records: under its public address, one per fact and step. */
export function recordIris(publicUrl: string) {
  const base = `${publicUrl.replace(/\/+$/, '')}/records`
  const enc = encodeURIComponent
  return {
    filing: (id: string) => `${base}/filings/${enc(id)}`,
    withdrawal: (id: string) => `${base}/filings/${enc(id)}/withdrawal`,
    notice: (seq: number) => `${base}/notices/${seq}`,
    case: (id: string) => `${base}/cases/${enc(id)}`,
    caseStep: (id: string, seq: number) => `${base}/cases/${enc(id)}/steps/${seq}`,
    subject: (account: string) => `${base}/accounts/${enc(account)}`,
  }
}

type Node = Record<string, unknown>

/** What DPV says a status of each step is. */
const STATUS: Record<RecordEvent, Node> = {
  'objection.filed': { 'dpv:hasStatus': 'dpv:LegitimateInterestObjected' },
  'objection.withdrawn': { 'dpv:hasStatus': 'dpv:LegitimateInterestNotObjected' },
  'consent.filed': { 'dpv:hasConsentStatus': 'dpv:ConsentGiven' },
  'consent.withdrawn': { 'dpv:hasConsentStatus': 'dpv:ConsentWithdrawn' },
  'notice.delivered': {
    'dpv:hasNoticeStatus': 'dpv:NoticeCommunicated',
    'dpv:hasInformedStatus': 'dpv:DataSubjectInformed',
  },
  'case.received': { 'dpv:hasRequestStatus': 'dpv:RequestInitiated' },
  'case.extended': { 'dpv:hasRequestStatus': 'dpv:RequestActionDelayed' },
  // A decision's status depends on its outcome: see dpvNode.
  'case.decided': {},
  'exclusion.recorded': { 'dpv:hasRequestStatus': 'dpv:RequestFulfilled' },
}

/** A record as a DPV node. `controller` is the platform, which decides on the training. */
export function dpvNode(r: AuthorityRecord, publicUrl: string, controller: string): Node {
  const iri = recordIris(publicUrl)
  const subjects = r.accounts.map((a) => ({
    '@id': iri.subject(a),
    '@type': 'dpv:DataSubject',
    'dpv:hasIdentifier': a,
  }))
  const ledger = {
    'dct:created': formatInstant(r.recordedAt),
    'veto:ledgerIndex': r.seq,
    'veto:leafHash': r.leafHash,
  }
  // When a person indicated something (filed, withdrew) is DPV's isIndicatedAtTime; when the
  // platform acted (told them, handled a case) is the step's date.
  const byPerson = r.event.startsWith('objection.') || r.event.startsWith('consent.')
  const common = {
    [byPerson ? 'dpv:isIndicatedAtTime' : 'dct:date']: formatInstant(r.at),
    'dpv:hasDataController': { '@type': 'dpv:DataController', 'dpv:hasName': controller },
    ...ledger,
  }
  const person = { 'dpv:hasDataSubject': subjects, 'dpv:hasProcessing': 'ai:ModelTraining' }
  const id = r.id ?? ''
  switch (r.event) {
    case 'objection.filed':
      return {
        '@id': iri.filing(id),
        '@type': 'dpv:RightExerciseRecord',
        'dct:identifier': id,
        'dpv:hasRight': 'eu-gdpr:A21',
        'dpv:hasLegalBasis': 'eu-gdpr:A6-1-f',
        ...STATUS[r.event],
        ...person,
        'veto:channel': r.channel,
        ...common,
      }
    case 'objection.withdrawn':
      return {
        '@id': iri.withdrawal(id),
        '@type': 'dpv:RightExerciseRecord',
        'dct:identifier': id,
        'dct:replaces': iri.filing(id),
        'dpv:hasRight': 'eu-gdpr:A21',
        'dpv:hasLegalBasis': 'eu-gdpr:A6-1-f',
        ...STATUS[r.event],
        ...person,
        ...common,
      }
    case 'consent.filed':
      return {
        '@id': iri.filing(id),
        '@type': 'dpv:ConsentRecord',
        'dct:identifier': id,
        'dpv:hasLegalBasis': 'eu-gdpr:A6-1-a',
        'dpv:hasConsentControl': 'dpv:WithdrawConsent',
        ...STATUS[r.event],
        ...person,
        'veto:channel': r.channel,
        ...common,
      }
    case 'consent.withdrawn':
      return {
        '@id': iri.withdrawal(id),
        '@type': 'dpv:ConsentRecord',
        'dct:identifier': id,
        'dct:replaces': iri.filing(id),
        'dpv:hasRight': 'eu-gdpr:A7-3',
        'dpv:hasLegalBasis': 'eu-gdpr:A6-1-a',
        ...STATUS[r.event],
        ...person,
        ...common,
      }
    case 'notice.delivered':
      return {
        '@id': iri.notice(r.seq),
        '@type': 'dpv:PrivacyNotice',
        // What the notice tells of: the right to object (Art. 21(4) asks that it be brought to attention).
        'dpv:hasRight': 'eu-gdpr:A21',
        ...STATUS[r.event],
        ...person,
        ...(r.policy === null ? {} : { 'dct:hasVersion': r.policy }),
        ...(r.lang === null ? {} : { 'dct:language': r.lang }),
        ...common,
      }
    case 'case.received':
    case 'case.extended':
    case 'case.decided':
    case 'exclusion.recorded': {
      const status =
        r.event === 'case.decided'
          ? { 'dpv:hasRequestStatus': r.outcome === 'accepted' ? 'dpv:RequestAccepted' : 'dpv:RequestRejected' }
          : STATUS[r.event]
      return {
        '@id': iri.caseStep(id, r.seq),
        '@type': 'dpv:RightExerciseActivity',
        'dct:isPartOf': { '@id': iri.case(id), '@type': 'dpv:RightExerciseRecord' },
        'dct:identifier': id,
        // A person shown in others' content objects to its use for training.
        'dpv:hasRight': 'eu-gdpr:A21',
        ...status,
        ...(r.event === 'case.extended' ? { 'dpv:hasJustification': 'eu-gdpr:JustificationA12Delay' } : {}),
        ...(r.dueAt === null ? {} : { 'veto:dueAt': formatInstant(r.dueAt) }),
        ...(r.reviewer === null ? {} : { 'veto:reviewer': r.reviewer }),
        ...(r.itemCount === null ? {} : { 'veto:itemCount': r.itemCount, 'veto:itemsSha256': r.itemsSha256 }),
        ...(r.channel === null ? {} : { 'veto:channel': r.channel }),
        'dpv:hasProcessing': 'ai:ModelTraining',
        ...common,
      }
    }
  }
}

/** The document's head: who, when, which span, and the signed checkpoint its entries can be checked against. */
export interface RecordsHead {
  readonly publicUrl: string
  readonly controller: string
  readonly issuedAt: number
  readonly from: number | null
  readonly to: number | null
  readonly checkpoint: { readonly size: number; readonly root: string; readonly note: string }
}

/**
 * The DPV document up to its first record and after its last, so that records stream between:
 * `${open}${records.join(',\n')}${close}`.
 */
export function dpvDocumentFrame(head: RecordsHead): { open: string; close: string } {
  const doc = {
    '@context': RECORDS_CONTEXT,
    '@id': `${head.publicUrl.replace(/\/+$/, '')}/records`,
    '@type': 'dpv:RecordsOfActivities',
    'dct:title': 'Records of objections, consents, notices and third-party requests',
    'dct:publisher': head.controller,
    'dct:issued': formatInstant(head.issuedAt),
    ...(head.from === null ? {} : { 'veto:from': formatInstant(head.from) }),
    ...(head.to === null ? {} : { 'veto:to': formatInstant(head.to) }),
    'veto:checkpoint': {
      'veto:ledgerSize': head.checkpoint.size,
      'veto:rootHash': head.checkpoint.root,
      'veto:signedNote': head.checkpoint.note,
    },
  }
  const text = JSON.stringify(doc, null, 1)
  return { open: `${text.slice(0, -2)},\n "@graph": [\n`, close: '\n ]\n}\n' }
}

// ---- CSV ---------------------------------------------------------------------------------

export const CSV_COLUMNS = [
  'event',
  'id',
  'at',
  'accounts',
  'channel',
  'policy',
  'lang',
  'due_at',
  'reviewer',
  'outcome',
  'item_count',
  'items_sha256',
  'ledger_index',
  'recorded_at',
  'leaf_hash',
] as const

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. A field that a
 * spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe, so that
 * opening the file runs nothing.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return ''
  let s = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

export const csvHeader = (): string => `${CSV_COLUMNS.join(',')}\r\n`

export function csvRow(r: AuthorityRecord): string {
  const when = (t: number | null) => (t === null ? null : formatInstant(t))
  const values: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
    event: r.event,
    id: r.id,
    at: formatInstant(r.at),
    accounts: r.accounts.join(' '),
    channel: r.channel,
    policy: r.policy,
    lang: r.lang,
    due_at: when(r.dueAt),
    reviewer: r.reviewer,
    outcome: r.outcome,
    item_count: r.itemCount,
    items_sha256: r.itemsSha256,
    ledger_index: r.seq,
    recorded_at: formatInstant(r.recordedAt),
    leaf_hash: r.leafHash,
  }
  return `${CSV_COLUMNS.map((c) => csvField(values[c])).join(',')}\r\n`
}
