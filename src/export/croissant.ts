/**
 * A snapshot described in MLCommons Croissant 1.0 with its Responsible AI extension (RAI 1.0), as
 * the reference loader `mlcroissant` reads it: the data parts as one FileSet that every field reads
 * from (the FileObjects are kept for their hashes), each field typed from the Parquet files' own
 * schema, and Veto's own facts under the `veto:` prefix, its objects as JSON literals, so that no
 * key of theirs becomes a schema.org term. Everything is inline: reading it fetches no context.
 * @module
 */
import { formatInstant } from '../domain/index.js'
import { croissantLicense, type DatasetInfo, languagesOf, type Party } from './dataset-info.js'
import { DATA_PARTS_GLOB, type FileEntry, legalBasis, type SnapshotFacts, tagsOf } from './snapshot-documents.js'

export const CROISSANT_1_0 = 'http://mlcommons.org/croissant/1.0'
export const CROISSANT_RAI_1_0 = 'http://mlcommons.org/croissant/RAI/1.0'
/** Veto's own terms; an IRI of their own, apart from schema.org's. */
export const VETO_NS = 'https://veto.example/ns#'

const FILE_SET = 'data-files'
const RECORD_SET = 'items'

/** The Croissant 1.0 context as the specification gives it, with RAI's prefix and Veto's. */
const CONTEXT = {
  '@language': 'en',
  '@vocab': 'https://schema.org/',
  citeAs: 'cr:citeAs',
  column: 'cr:column',
  conformsTo: 'dct:conformsTo',
  cr: 'http://mlcommons.org/croissant/',
  rai: 'http://mlcommons.org/croissant/RAI/',
  data: { '@id': 'cr:data', '@type': '@json' },
  dataType: { '@id': 'cr:dataType', '@type': '@vocab' },
  dct: 'http://purl.org/dc/terms/',
  examples: { '@id': 'cr:examples', '@type': '@json' },
  extract: 'cr:extract',
  field: 'cr:field',
  fileProperty: 'cr:fileProperty',
  fileObject: 'cr:fileObject',
  fileSet: 'cr:fileSet',
  format: 'cr:format',
  includes: 'cr:includes',
  isLiveDataset: 'cr:isLiveDataset',
  jsonPath: 'cr:jsonPath',
  key: 'cr:key',
  md5: 'cr:md5',
  parentField: 'cr:parentField',
  path: 'cr:path',
  recordSet: 'cr:recordSet',
  references: 'cr:references',
  regex: 'cr:regex',
  repeated: 'cr:repeated',
  replace: 'cr:replace',
  sc: 'https://schema.org/',
  separator: 'cr:separator',
  source: 'cr:source',
  subField: 'cr:subField',
  transform: 'cr:transform',
  veto: VETO_NS,
  // Their keys are Veto's words, not schema.org's: kept as JSON, not read as terms.
  'veto:policy': { '@id': 'veto:policy', '@type': '@json' },
  'veto:counts': { '@id': 'veto:counts', '@type': '@json' },
}

const INTEGERS = new Set([
  'TINYINT',
  'SMALLINT',
  'INTEGER',
  'BIGINT',
  'HUGEINT',
  'UTINYINT',
  'USMALLINT',
  'UINTEGER',
  'UBIGINT',
  'UHUGEINT',
])

/**
 * The Croissant type of a column DuckDB wrote as `type` (its DESCRIBE name). A list is its
 * element's type, repeated. Types Croissant 1.0 has no word for (structs, maps, blobs, times of
 * day, intervals) are read as their text.
 */
export function croissantType(type: string): { dataType: string; repeated?: true } {
  const list = /^(.*)\[\d*\]$/.exec(type)
  if (list) return { dataType: croissantType(list[1] as string).dataType, repeated: true }
  const t = type.toUpperCase()
  if (INTEGERS.has(t)) return { dataType: 'sc:Integer' }
  if (t === 'FLOAT' || t === 'DOUBLE' || t.startsWith('DECIMAL')) return { dataType: 'sc:Float' }
  if (t === 'BOOLEAN') return { dataType: 'sc:Boolean' }
  if (t === 'DATE') return { dataType: 'sc:Date' }
  if (t.startsWith('TIMESTAMP')) return { dataType: 'sc:DateTime' }
  return { dataType: 'sc:Text' }
}

const organization = (p: Party) => ({ '@type': 'sc:Organization', name: p.name, ...(p.url ? { url: p.url } : {}) })

function responsibleAi(s: SnapshotFacts) {
  const optOut = s.policy.mode === 'opt_out'
  const who = optOut
    ? 'people who objected in time, and accounts outside its age, region or notice rules'
    : 'everyone who has not consented, and accounts outside its age, region or notice rules'
  return {
    'rai:dataCollection':
      "Content the platform's users published publicly, read from the platform's own store when the snapshot " +
      'was built; nothing was collected from elsewhere.',
    'rai:dataCollectionType': 'User-generated content data',
    'rai:dataPreprocessingProtocol':
      `Every item was decided on its own under policy ${s.policy.name} version ${s.policy.version} ` +
      `(${optOut ? 'opt-out: objections keep content out' : 'opt-in: only consented content goes in'}), ` +
      'against the facts recorded in the ledger before the build. Included items are copied unchanged.',
    'rai:personalSensitiveInformation':
      'User-generated text may contain personal data. No e-mail addresses, birthdates or objection reasons are ' +
      'included.',
    'rai:dataBiases': `Selection is not random: it leaves out ${who}, so their voices are under-represented.`,
    'rai:dataLimitations':
      `Only content public by ${formatInstant(s.at)}. Objections, withdrawals and consents recorded after the build ` +
      'do not change this snapshot.',
    'rai:dataUseCases': 'Training AI models under the stated legal basis.',
    'rai:dataReleaseMaintenancePlan':
      'A sealed snapshot never changes; what people decide later applies to later snapshots. ' +
      '`veto snapshot verify` recomputes every hash and the Merkle root.',
  }
}

function distribution(parts: readonly FileEntry[]) {
  return [
    {
      '@type': 'cr:FileSet',
      '@id': FILE_SET,
      name: FILE_SET,
      description: 'The included items, as Parquet files in data/.',
      encodingFormat: 'application/x-parquet',
      includes: DATA_PARTS_GLOB,
    },
    // Each part again, for its hash: what a reader checks before training on it.
    ...parts.map((f) => ({
      '@type': 'cr:FileObject',
      '@id': f.path,
      name: f.path,
      contentUrl: f.path,
      encodingFormat: 'application/x-parquet',
      sha256: f.sha256,
      contentSize: `${f.bytes} B`,
    })),
  ]
}

function recordSet(s: SnapshotFacts) {
  const hasId = s.dataColumns.some((c) => c.name === 'id')
  return {
    '@type': 'cr:RecordSet',
    '@id': RECORD_SET,
    name: RECORD_SET,
    description: 'One record per included item.',
    // Content ids are unique within a snapshot: the content check refuses a repeated one.
    ...(hasId ? { key: { '@id': `${RECORD_SET}/id` } } : {}),
    field: s.dataColumns.map((c) => ({
      '@type': 'cr:Field',
      '@id': `${RECORD_SET}/${c.name}`,
      name: c.name,
      ...croissantType(c.type),
      source: { fileSet: { '@id': FILE_SET }, extract: { column: c.name } },
    })),
  }
}

export function croissant(s: SnapshotFacts, files: readonly FileEntry[]) {
  const d: DatasetInfo = s.dataset
  return {
    '@context': CONTEXT,
    '@type': 'sc:Dataset',
    conformsTo: [CROISSANT_1_0, CROISSANT_RAI_1_0],
    name: s.name ?? `veto-snapshot-${s.id}`,
    description:
      `Public user content selected under policy ${s.policy.name} v${s.policy.version}; ` +
      `cutoff ${formatInstant(s.at)}.`,
    url: d.url,
    license: croissantLicense(d),
    creator: organization(d.creator),
    publisher: organization(d.publisher),
    // A sealed snapshot is never revised: each is the first and only version of itself.
    version: '1.0.0',
    datePublished: formatInstant(s.built),
    inLanguage: languagesOf(s.byLang),
    keywords: tagsOf(s),
    isLiveDataset: false,
    ...responsibleAi(s),
    'veto:legalBasis': legalBasis(s.policy),
    'veto:policy': { name: s.policy.name, version: s.policy.version, mode: s.policy.mode },
    'veto:objectionDeadline': s.policy.deadline === null ? null : formatInstant(s.policy.deadline),
    'veto:counts': { considered: s.considered, included: s.included, out: s.out },
    'veto:merkleRoot': s.root.toString('hex'),
    distribution: distribution(files.filter((f) => f.path.startsWith('data/'))),
    recordSet: [recordSet(s)],
  }
}
