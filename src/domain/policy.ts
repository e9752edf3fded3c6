/**
 * Policies: named, versioned eligibility rules (docs/policy.md) and the three presets.
 * A policy change is a new version, never an edit of an old one.
 * @module
 */
import { AppError } from './app-error.js'
import { EEA, expandRegions, isCountryCode } from './countries.js'
import { type Instant, parseInstant } from './time.js'

export type PolicyMode = 'opt_out' | 'opt_in'
export type AgeBasis = 'snapshot' | 'publication'
export type LateObjection = 'future_content_only' | 'all_content'

export interface Policy {
  readonly name: string
  readonly version: number
  readonly description: string
  readonly mode: PolicyMode
  /** Objections received before this instant are timely; null: every objection is timely. */
  readonly deadline: Instant | null
  readonly minAge: number
  readonly ageBasis: AgeBasis
  readonly lateObjection: LateObjection
  readonly kinds: readonly string[]
  /** ISO 3166-1 alpha-2 codes; empty means every region. */
  readonly regions: readonly string[]
  /** Days a notice must have reached an account before the cutoff; null: no notice needed. */
  readonly noticeDays: number | null
  /**
   * Days after reaching `minAge` in which an objection still counts as timely, for an account
   * that reaches it after the deadline (it was a minor while it was told); null: no such window.
   */
  readonly comingOfAgeDays: number | null
  /** The content columns a snapshot's data files hold. */
  readonly columns: readonly string[]
}

export const DEFAULT_COLUMNS: readonly string[] = Object.freeze(['id', 'kind', 'lang', 'published_at', 'text'])
/** Columns no dataset may hold, whatever a policy says: they are about the person, not the content. */
export const FORBIDDEN_COLUMNS: readonly string[] = Object.freeze([
  'email',
  'birthdate',
  'reason',
  'country',
  'account',
])

/** The data categories of the reference case (F1). */
export const REFERENCE_KINDS: readonly string[] = Object.freeze([
  'name',
  'username',
  'profile_picture',
  'avatar',
  'post',
  'comment',
  'group_post',
  'page_post',
  'channel_post',
  'marketplace_review',
])

const META_2025: Policy = Object.freeze({
  name: 'meta-2025',
  version: 1,
  description:
    'The 2025 reference case: opt-out, objections before 27 May 2025 cover everything, ' +
    'later ones only content made public afterwards; adults in the EU/EEA.',
  mode: 'opt_out',
  deadline: parseInstant('2025-05-27T00:00:00+02:00') as Instant,
  minAge: 18,
  ageBasis: 'snapshot',
  lateObjection: 'future_content_only',
  kinds: REFERENCE_KINDS,
  regions: EEA,
  noticeDays: null,
  comingOfAgeDays: null,
  columns: DEFAULT_COLUMNS,
})

const STRICT: Policy = Object.freeze({
  ...META_2025,
  name: 'strict',
  description:
    'Strict reading of Art. 21: every objection covers all content; age counted at ' +
    'publication; a notice must have reached the account 30 days before the cutoff.',
  ageBasis: 'publication',
  lateObjection: 'all_content',
  noticeDays: 30,
})

const CONSENT: Policy = Object.freeze({
  ...META_2025,
  name: 'consent',
  description: 'Opt-in: only content of adults in the EU/EEA who gave a consent that stands.',
  mode: 'opt_in',
  deadline: null,
  ageBasis: 'publication',
})

export const PRESETS: readonly Policy[] = Object.freeze([META_2025, STRICT, CONSENT])

/** A policy as written in a config file (snake_case, as in docs/policy.md). */
export interface PolicyInput {
  name: string
  version: number
  extends?: string | undefined
  description?: string | undefined
  mode?: PolicyMode | undefined
  deadline?: string | null | undefined
  min_age?: number | undefined
  age_basis?: AgeBasis | undefined
  late_objection?: LateObjection | undefined
  kinds?: readonly string[] | undefined
  regions?: readonly string[] | undefined
  notice_days?: number | null | undefined
  coming_of_age_days?: number | null | undefined
  columns?: readonly string[] | undefined
}

/** Builds a policy from its written form, on top of a preset when it `extends` one. */
export function definePolicy(input: PolicyInput): Policy {
  const fail = (field: string, message: string): never => {
    throw new AppError('POLICY_INVALID', `policy ${input.name}: field ${field}: ${message}`, {
      policy: input.name,
      field,
    })
  }
  let base: Policy = META_2025
  if (input.extends !== undefined) {
    const found = PRESETS.find((p) => p.name === input.extends)
    base = found ?? fail('extends', `no preset named ${input.extends}`)
  }
  if (PRESETS.some((p) => p.name === input.name)) fail('name', 'is the name of a preset')
  if (!Number.isInteger(input.version) || input.version < 1) fail('version', 'must be a whole number ≥ 1')
  let deadline = base.deadline
  if (input.deadline !== undefined) {
    deadline =
      input.deadline === null
        ? null
        : (parseInstant(input.deadline) ?? fail('deadline', 'expected an RFC 3339 instant with offset'))
  }
  const regions = expandRegions(input.regions ?? base.regions)
  for (const r of regions) if (!isCountryCode(r)) fail('regions', `unknown region ${r}`)
  const minAge = input.min_age ?? base.minAge
  if (!Number.isInteger(minAge) || minAge < 0) fail('min_age', 'must be a whole number ≥ 0')
  const noticeDays = input.notice_days === undefined ? base.noticeDays : input.notice_days
  if (noticeDays !== null && (!Number.isInteger(noticeDays) || noticeDays < 0)) {
    fail('notice_days', 'must be a whole number ≥ 0 or null')
  }
  const comingOfAgeDays = input.coming_of_age_days === undefined ? base.comingOfAgeDays : input.coming_of_age_days
  if (comingOfAgeDays !== null && (!Number.isInteger(comingOfAgeDays) || comingOfAgeDays < 1)) {
    fail('coming_of_age_days', 'must be a whole number ≥ 1 or null')
  }
  const columns = [...new Set(input.columns ?? base.columns)]
  if (!columns.includes('id')) fail('columns', 'must include id')
  for (const c of columns)
    if (FORBIDDEN_COLUMNS.includes(c)) fail('columns', `may not include ${c}: it is about the person, not the content`)
  const kinds = [...new Set(input.kinds ?? base.kinds)].sort()
  if (kinds.length === 0) fail('kinds', 'must name at least one kind')
  return Object.freeze({
    name: input.name,
    version: input.version,
    description: input.description ?? base.description,
    mode: input.mode ?? base.mode,
    deadline,
    minAge,
    ageBasis: input.age_basis ?? base.ageBasis,
    lateObjection: input.late_objection ?? base.lateObjection,
    kinds: Object.freeze(kinds),
    regions: Object.freeze(regions),
    noticeDays,
    comingOfAgeDays,
    columns: Object.freeze(columns),
  })
}

/** A canonical JSON form: two definitions are the same version exactly when these are equal. */
export function policyFingerprint(p: Policy): string {
  return JSON.stringify({
    name: p.name,
    version: p.version,
    mode: p.mode,
    deadline: p.deadline,
    minAge: p.minAge,
    ageBasis: p.ageBasis,
    lateObjection: p.lateObjection,
    kinds: [...p.kinds].sort(),
    regions: [...p.regions].sort(),
    noticeDays: p.noticeDays,
    columns: p.columns,
    // Left out while unset, so that a version defined before the field keeps its fingerprint.
    ...(p.comingOfAgeDays === null ? {} : { comingOfAgeDays: p.comingOfAgeDays }),
  })
}
