/**
 * What a snapshot says about itself: the manifest (for machines and auditors), a dataset
 * card and a Croissant JSON-LD description (for model builders), and an OpenLineage run
 * event (for lineage systems). Pure functions of the snapshot's facts.
 * @module
 */
import { formatInstant, type Policy, REASONS, type Reason } from '../domain/index.js'
import { KEY_SCHEME_TEXT, type KeyScheme } from './item-keys.js'

export interface FileEntry {
  readonly path: string
  readonly bytes: number
  readonly sha256: string
}

export interface SnapshotFacts {
  readonly id: string
  readonly name: string | null
  readonly policy: Policy
  readonly policyFingerprint: string
  readonly at: number
  readonly built: number
  readonly ledgerSize: number
  readonly considered: number
  readonly included: number
  readonly out: Readonly<Record<Reason, number>>
  readonly byKind: Readonly<Record<string, { included: number; excluded: number }>>
  readonly byLang: Readonly<Record<string, { included: number; excluded: number }>>
  readonly columns: readonly string[]
  readonly root: Buffer
  readonly keyScheme: KeyScheme
  readonly sources: readonly string[]
}

export const MANIFEST_VERSION = 1

export function legalBasis(policy: Policy): string {
  return policy.mode === 'opt_out'
    ? 'GDPR Art. 6(1)(f) legitimate interest, with the right to object of Art. 21 honoured per item'
    : 'GDPR Art. 6(1)(a) consent'
}

export function manifest(s: SnapshotFacts, files: readonly FileEntry[]) {
  return {
    manifest_version: MANIFEST_VERSION,
    id: s.id,
    name: s.name,
    policy: {
      name: s.policy.name,
      version: s.policy.version,
      fingerprint_sha256: s.policyFingerprint,
      mode: s.policy.mode,
      deadline: s.policy.deadline === null ? null : formatInstant(s.policy.deadline),
      late_objection: s.policy.lateObjection,
      min_age: s.policy.minAge,
      age_basis: s.policy.ageBasis,
      notice_days: s.policy.noticeDays,
      coming_of_age_days: s.policy.comingOfAgeDays,
      kinds: s.policy.kinds,
      regions: s.policy.regions,
    },
    legal_basis: legalBasis(s.policy),
    at: formatInstant(s.at),
    built: formatInstant(s.built),
    ledger: { position: s.ledgerSize, note: 'decided against the facts in ledger entries [0, position)' },
    counts: {
      considered: s.considered,
      included: s.included,
      out: Object.fromEntries(REASONS.map((r) => [r, s.out[r]])),
      by_kind: s.byKind,
      by_lang: s.byLang,
    },
    columns: s.columns,
    merkle: {
      algorithm: 'RFC 9162 SHA-256',
      leaves: s.included,
      key_scheme: s.keyScheme,
      key: KEY_SCHEME_TEXT[s.keyScheme],
      leaf: 'SHA-256(0x00 || key), leaves sorted by key',
      root: s.root.toString('hex'),
    },
    files,
  }
}

export function datasetCard(s: SnapshotFacts): string {
  const deadline = s.policy.deadline === null ? 'none' : formatInstant(s.policy.deadline)
  const rows = REASONS.filter((r) => s.out[r] > 0).map((r) => `| out: ${r} | ${s.out[r]} |`)
  const ageAt = s.policy.ageBasis === 'snapshot' ? 'at the cutoff' : 'when they published'
  const regions = s.policy.regions.length > 0 ? ` in ${s.policy.regions.join(', ')}` : ''
  return `---
pretty_name: ${JSON.stringify(s.name ?? `Veto snapshot ${s.id}`)}
configs:
- config_name: default
  data_files: "data/part-*.parquet"
---

# ${s.name ?? `Veto snapshot ${s.id}`}

Public content of a platform's users, selected item by item under the policy
**${s.policy.name} version ${s.policy.version}** (${s.policy.mode === 'opt_out' ? 'opt-out' : 'opt-in'}).

- **Legal basis:** ${legalBasis(s.policy)}.
- **Content cutoff:** ${formatInstant(s.at)}; built ${formatInstant(s.built)} against ledger position ${s.ledgerSize}.
- **Objection deadline:** ${deadline}. ${
    s.policy.mode === 'opt_out'
      ? s.policy.lateObjection === 'future_content_only'
        ? 'Objections received later keep out only content made public after them.'
        : "Objections received later keep out all of the person's content."
      : 'Only content covered by a standing consent is included.'
  }
- **Who:** accounts at least ${s.policy.minAge} years old (${ageAt})${regions}; public content only.
- **Kinds:** ${s.policy.kinds.join(', ')}.
- **Columns:** ${s.columns.join(', ')}. No e-mail addresses, birthdates or reasons.

| decision | items |
| --- | --- |
| considered | ${s.considered} |
| included | ${s.included} |
${rows.join('\n')}

## Checking it

\`manifest.json\` lists every file with its size and SHA-256 and the Merkle root over the
included items (RFC 9162). The snapshot is recorded in the operator's append-only ledger;
\`veto snapshot verify ${s.id}\` recomputes everything. A person can ask for a proof that their
item is in or out, and check it against the root without seeing anyone else's data.

What went into a model trained on this snapshot cannot be taken back: the snapshot never changes.
`
}

export function croissant(s: SnapshotFacts, files: readonly FileEntry[]) {
  const parts = files.filter((f) => f.path.startsWith('data/'))
  return {
    '@context': {
      '@language': 'en',
      '@vocab': 'https://schema.org/',
      sc: 'https://schema.org/',
      cr: 'http://mlcommons.org/croissant/',
      rai: 'http://mlcommons.org/croissant/RAI/',
      dct: 'http://purl.org/dc/terms/',
      veto: 'https://veto.example/ns#',
      citeAs: 'cr:citeAs',
      column: 'cr:column',
      conformsTo: 'dct:conformsTo',
      data: { '@id': 'cr:data', '@type': '@json' },
      dataType: { '@id': 'cr:dataType', '@type': '@vocab' },
      examples: { '@id': 'cr:examples', '@type': '@json' },
      extract: 'cr:extract',
      field: 'cr:field',
      fileObject: 'cr:fileObject',
      fileSet: 'cr:fileSet',
      format: 'cr:format',
      includes: 'cr:includes',
      isLiveDataset: 'cr:isLiveDataset',
      key: 'cr:key',
      md5: 'cr:md5',
      recordSet: 'cr:recordSet',
      references: 'cr:references',
      source: 'cr:source',
      fileProperty: 'cr:fileProperty',
    },
    '@type': 'sc:Dataset',
    conformsTo: 'http://mlcommons.org/croissant/1.0',
    name: s.name ?? `veto-snapshot-${s.id}`,
    description:
      `Public user content selected under policy ${s.policy.name} v${s.policy.version}; ` +
      `cutoff ${formatInstant(s.at)}.`,
    datePublished: formatInstant(s.built),
    isLiveDataset: false,
    'rai:dataCollection':
      "Content the platform's users published publicly, read at snapshot time from the platform's own store.",
    'rai:personalSensitiveInformation':
      'User-generated text may contain personal data. No e-mail addresses, birthdates or objection reasons are ' +
      'included.',
    'rai:dataUseCases': 'Training AI models under the stated legal basis.',
    'veto:legalBasis': legalBasis(s.policy),
    'veto:policy': { name: s.policy.name, version: s.policy.version, mode: s.policy.mode },
    'veto:objectionDeadline': s.policy.deadline === null ? null : formatInstant(s.policy.deadline),
    'veto:counts': { considered: s.considered, included: s.included, out: s.out },
    'veto:merkleRoot': s.root.toString('hex'),
    distribution: parts.map((f) => ({
      '@type': 'cr:FileObject',
      '@id': f.path,
      name: f.path,
      contentUrl: f.path,
      encodingFormat: 'application/x-parquet',
      sha256: f.sha256,
      contentSize: `${f.bytes} B`,
    })),
    recordSet: [
      {
        '@type': 'cr:RecordSet',
        '@id': 'items',
        name: 'items',
        field: s.columns.map((c) => ({
          '@type': 'cr:Field',
          '@id': `items/${c}`,
          name: c,
          dataType: c === 'published_at' || c === 'public_since' ? 'sc:DateTime' : 'sc:Text',
          source: { fileSet: { '@id': 'data' }, extract: { column: c } },
        })),
      },
    ],
  }
}

export function openLineageEvent(s: SnapshotFacts, runId: string) {
  const producer = 'https://veto.example/veto'
  return {
    eventType: 'COMPLETE',
    eventTime: formatInstant(s.built),
    producer,
    schemaURL: 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent',
    run: { runId },
    job: { namespace: 'veto', name: 'snapshot.create' },
    inputs: [
      {
        namespace: 'veto',
        name: 'ledger',
        facets: {
          version: {
            _producer: producer,
            _schemaURL: 'https://openlineage.io/spec/facets/1-0-1/DatasetVersionDatasetFacet.json',
            datasetVersion: String(s.ledgerSize),
          },
        },
      },
      ...s.sources.map((src) => ({ namespace: 'file', name: src })),
    ],
    outputs: [{ namespace: 'veto', name: `snapshots/${s.id}` }],
  }
}
