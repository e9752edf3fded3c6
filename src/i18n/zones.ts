/**
 * Time zones: every time a person reads is in theirs. Chosen in the portal and remembered; until
 * then it follows the browser's language region (de-AT → Vienna, pt-PT → Lisbon), a language
 * spoken in one EU country (fi → Helsinki), or the account's country for mails; Europe/Brussels
 * when nothing says otherwise.
 * @module
 */
import { rankedTags } from './messages.js'

export const DEFAULT_ZONE = 'Europe/Brussels'

/** The zone of each EU/EEA country (and Switzerland): the capital's, or the mainland's. */
const ZONE_OF_COUNTRY: Readonly<Record<string, string>> = {
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  HR: 'Europe/Zagreb',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid',
  SE: 'Europe/Stockholm',
  IS: 'Atlantic/Reykjavik',
  LI: 'Europe/Vaduz',
  NO: 'Europe/Oslo',
  CH: 'Europe/Zurich',
}

/** Languages spoken as an official language in one EU country only: the language says the zone. */
const ZONE_OF_LANGUAGE: Readonly<Record<string, string>> = {
  bg: 'Europe/Sofia',
  cs: 'Europe/Prague',
  da: 'Europe/Copenhagen',
  et: 'Europe/Tallinn',
  fi: 'Europe/Helsinki',
  hr: 'Europe/Zagreb',
  hu: 'Europe/Budapest',
  ga: 'Europe/Dublin',
  lt: 'Europe/Vilnius',
  lv: 'Europe/Riga',
  mt: 'Europe/Malta',
  pl: 'Europe/Warsaw',
  ro: 'Europe/Bucharest',
  sk: 'Europe/Bratislava',
  sl: 'Europe/Ljubljana',
  es: 'Europe/Madrid',
  it: 'Europe/Rome',
  pt: 'Europe/Lisbon',
}

const ZONES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('timeZone'))

/** Every zone a person may choose, by name. */
export function zoneNames(): readonly string[] {
  return [...ZONES].sort()
}

export function isZone(x: unknown): x is string {
  return typeof x === 'string' && (ZONES.has(x) || x === 'UTC')
}

export function zoneOfCountry(country: string | null | undefined): string {
  return ZONE_OF_COUNTRY[country ?? ''] ?? DEFAULT_ZONE
}

/** The zone an Accept-Language header suggests: its first region, else its first telling language. */
export function zoneFromLanguages(acceptLanguage: string | undefined): string {
  const tags = rankedTags(acceptLanguage)
  for (const tag of tags) {
    const region = tag
      .split('-')
      .find((part, i) => i > 0 && /^[a-z]{2}$/.test(part))
      ?.toUpperCase()
    if (region && ZONE_OF_COUNTRY[region]) return ZONE_OF_COUNTRY[region]
  }
  for (const tag of tags) {
    const zone = ZONE_OF_LANGUAGE[tag.split('-')[0] ?? '']
    if (zone) return zone
  }
  return DEFAULT_ZONE
}
