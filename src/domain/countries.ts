/**
 * ISO 3166-1 alpha-2 country codes (the 249 officially assigned ones) and the
 * region groups that policies may name.
 * @module
 */

const ASSIGNED =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR ' +
  'BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ ' +
  'EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW ' +
  'GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY ' +
  'KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV ' +
  'MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY ' +
  'QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG ' +
  'TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'

const COUNTRIES: ReadonlySet<string> = new Set(ASSIGNED.split(' '))

export function isCountryCode(code: string): boolean {
  return COUNTRIES.has(code)
}

/** The 27 member states of the European Union. */
export const EU: readonly string[] = Object.freeze(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(' '),
)

/** The European Economic Area: the EU plus Iceland, Liechtenstein and Norway. */
export const EEA: readonly string[] = Object.freeze([...EU, 'IS', 'LI', 'NO'].sort())

/** Expands the group names `EU` and `EEA` in a region list; keeps codes; sorted, unique. */
export function expandRegions(regions: readonly string[]): string[] {
  const out = new Set<string>()
  for (const r of regions) {
    for (const c of r === 'EU' ? EU : r === 'EEA' ? EEA : [r]) out.add(c)
  }
  return [...out].sort()
}
