/**
 * Who a snapshot's dataset belongs to and under what terms, as its card and Croissant say it: the
 * platform names its licence and itself (`dataset` in veto.json); where it names nothing, Veto
 * chooses a default and the card says which values are defaults.
 * @module
 */

export interface Party {
  readonly name: string
  readonly url: string | null
}

/** The `dataset` section of veto.json, with the portal's address the defaults come from. */
export interface DatasetSettings {
  readonly license: string | null
  readonly licenseUrl: string | null
  readonly creator: Party | null
  readonly publisher: Party | null
  /** The dataset's page; `{id}` stands for the snapshot's id. */
  readonly url: string | null
  readonly keywords: readonly string[]
  readonly taskCategories: readonly string[]
  readonly publicUrl: string
}

export interface DatasetInfo {
  /** An SPDX licence id, or `other`: the platform's own terms (at `licenseUrl` when given). */
  readonly license: string
  readonly licenseUrl: string | null
  readonly creator: Party
  readonly publisher: Party
  readonly url: string
  readonly keywords: readonly string[]
  readonly taskCategories: readonly string[]
  /** What Veto chose because veto.json names nothing there. */
  readonly defaults: readonly ('license' | 'creator' | 'publisher' | 'url')[]
}

/** The licence when the platform names none: content on a platform is under the platform's own terms. */
export const DEFAULT_LICENSE = 'other'

/** The dataset facts of snapshot `id`, defaults filled in. */
export function datasetInfo(settings: DatasetSettings, id: string): DatasetInfo {
  // The platform runs the portal people object through: its address names it until it names itself.
  const platform: Party = { name: new URL(settings.publicUrl).host, url: settings.publicUrl }
  const creator = settings.creator ?? platform
  const defaults: DatasetInfo['defaults'][number][] = []
  if (settings.license === null) defaults.push('license')
  if (settings.creator === null) defaults.push('creator')
  if (settings.publisher === null) defaults.push('publisher')
  if (settings.url === null) defaults.push('url')
  return {
    license: settings.license ?? DEFAULT_LICENSE,
    licenseUrl: settings.licenseUrl,
    creator,
    publisher: settings.publisher ?? creator,
    // Without a page of its own, the portal is where a reader learns what the training is and objects to it.
    url: (settings.url ?? settings.publicUrl).replaceAll('{id}', encodeURIComponent(id)),
    keywords: settings.keywords,
    taskCategories: settings.taskCategories,
    defaults,
  }
}

/** Croissant's `license`: a URL where there is one (SPDX's page for an SPDX id), else the words. */
export function croissantLicense(d: DatasetInfo): string {
  if (d.licenseUrl !== null) return d.licenseUrl
  if (d.license === DEFAULT_LICENSE) return "other: the platform's own terms"
  return `https://spdx.org/licenses/${d.license}.html`
}

/**
 * The card's licence keys as the Hugging Face Hub reads them: its ids are SPDX ids in lower case;
 * anything else is `other`, named by `license_name` and linked by `license_link`.
 */
export function hubLicense(d: DatasetInfo): Record<string, string> {
  if (d.license !== DEFAULT_LICENSE && !d.license.startsWith('LicenseRef-')) return { license: d.license.toLowerCase() }
  const name = d.license === DEFAULT_LICENSE ? 'platform-terms' : d.license.slice('LicenseRef-'.length).toLowerCase()
  return { license: 'other', license_name: name, ...(d.licenseUrl === null ? {} : { license_link: d.licenseUrl }) }
}

/** Language tags of the included items (BCP 47), in order; items with none or another kind of tag add none. */
export function languagesOf(byLang: Readonly<Record<string, { included: number }>>): string[] {
  return Object.entries(byLang)
    .filter(([tag, n]) => n.included > 0 && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag))
    .map(([tag]) => tag)
    .sort()
}
