/**
 * What a snapshot says about itself: the manifest (for machines and auditors) and a dataset card
 * (for model builders, in the Hugging Face Hub's form); Croissant (`croissant.ts`) and the
 * OpenLineage run (`lineage-events.ts`) say it for their readers. Pure functions of the snapshot's facts.
 * @module
 */
import { formatInstant, type Policy, REASONS, type Reason } from '../domain/index.js'
import { type DatasetInfo, DEFAULT_LICENSE, hubLicense, languagesOf } from './dataset-info.js'
import { KEY_SCHEME_TEXT, type KeyScheme } from './item-keys.js'

export interface FileEntry {
  readonly path: string
  readonly bytes: number
  readonly sha256: string
}

/** A column of the data files, with the type DuckDB wrote it as (its DESCRIBE name, e.g. `VARCHAR`). */
export interface DataColumn {
  readonly name: string
  readonly type: string
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
  /** The data files' columns as written, read back from their Parquet schema. */
  readonly dataColumns: readonly DataColumn[]
  readonly root: Buffer
  readonly keyScheme: KeyScheme
  readonly sources: readonly string[]
  readonly dataset: DatasetInfo
}

/** The data parts, `data/part-NNNNN.parquet`, as a glob relative to the snapshot folder. */
export const DATA_PARTS_GLOB = 'data/part-*.parquet'

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

const SIZE_LIMITS: readonly (readonly [number, string])[] = [
  [1e3, '1K'],
  [1e4, '10K'],
  [1e5, '100K'],
  [1e6, '1M'],
  [1e7, '10M'],
  [1e8, '100M'],
  [1e9, '1B'],
  [1e10, '10B'],
  [1e11, '100B'],
  [1e12, '1T'],
]

/** The Hub's size category for a dataset of `n` rows. */
function sizeCategory(n: number): string {
  let below = ''
  for (const [limit, name] of SIZE_LIMITS) {
    if (n < limit) return below === '' ? `n<${name}` : `${below}<n<${name}`
    below = name
  }
  return 'n>1T'
}

/** The card's tags and Croissant's keywords: what the snapshot is, then the platform's own. */
export function tagsOf(s: SnapshotFacts): string[] {
  return [...new Set(['veto', s.policy.mode === 'opt_out' ? 'opt-out' : 'opt-in', ...s.dataset.keywords])]
}

/**
 * The card's YAML front matter, in the keys the Hub reads. Every scalar is written as a JSON string,
 * which YAML reads as itself whatever it holds.
 */
function frontMatter(s: SnapshotFacts): string {
  const list = (key: string, values: readonly string[]) =>
    values.length === 0 ? [] : [`${key}:`, ...values.map((v) => `- ${JSON.stringify(v)}`)]
  return [
    `pretty_name: ${JSON.stringify(s.name ?? `Veto snapshot ${s.id}`)}`,
    ...Object.entries(hubLicense(s.dataset)).map(([k, v]) => `${k}: ${JSON.stringify(v)}`),
    // Items with no language tag, or none the Hub would read, add none.
    ...list('language', [...new Set(languagesOf(s.byLang).map((t) => (t.split('-')[0] as string).toLowerCase()))]),
    ...list('task_categories', s.dataset.taskCategories),
    ...list('size_categories', [sizeCategory(s.included)]),
    ...list('tags', tagsOf(s)),
    'configs:',
    '- config_name: default',
    '  data_files:',
    '  - split: train',
    `    path: ${JSON.stringify(DATA_PARTS_GLOB)}`,
  ].join('\n')
}

/** Who the dataset is from and under what terms, saying which of them are Veto's defaults. */
function terms(d: DatasetInfo): string {
  const isDefault = (what: DatasetInfo['defaults'][number], key: string) =>
    d.defaults.includes(what) ? ` (Veto's default: \`dataset.${key}\` in veto.json names none)` : ''
  const party = (p: { name: string; url: string | null }) => (p.url ? `${p.name} (${p.url})` : p.name)
  const license =
    d.license === DEFAULT_LICENSE ? "`other`: the platform's own terms" : `\`${d.license}\` (SPDX licence identifier)`
  return [
    `- **Licence:** ${license}${d.licenseUrl ? `, ${d.licenseUrl}` : ''}${isDefault('license', 'license')}.`,
    `- **Creator:** ${party(d.creator)}${isDefault('creator', 'creator')}.`,
    `- **Publisher:** ${party(d.publisher)}${isDefault('publisher', 'publisher')}.`,
    `- **Home page:** ${d.url}${isDefault('url', 'url')}.`,
  ].join('\n')
}

export function datasetCard(s: SnapshotFacts): string {
  const deadline = s.policy.deadline === null ? 'none' : formatInstant(s.policy.deadline)
  const rows = REASONS.filter((r) => s.out[r] > 0).map((r) => `| out: ${r} | ${s.out[r]} |`)
  const ageAt = s.policy.ageBasis === 'snapshot' ? 'at the cutoff' : 'when they published'
  const regions = s.policy.regions.length > 0 ? ` in ${s.policy.regions.join(', ')}` : ''
  return `---
${frontMatter(s)}
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
${terms(s.dataset)}

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
