/**
 * The portal's and the mails' words in the 24 official languages of the EU, and the formats of
 * their dates, numbers and lists (Intl). The sentences live in `catalog/`, one file a language;
 * English is the source, and a test holds every other to its keys and placeholders.
 * @module
 */
import { bg } from './catalog/bg.js'
import { cs } from './catalog/cs.js'
import { da } from './catalog/da.js'
import { de } from './catalog/de.js'
import { el } from './catalog/el.js'
import { en, type MessageKey, type Messages } from './catalog/en.js'
import { es } from './catalog/es.js'
import { et } from './catalog/et.js'
import { fi } from './catalog/fi.js'
import { fr } from './catalog/fr.js'
import { ga } from './catalog/ga.js'
import { hr } from './catalog/hr.js'
import { hu } from './catalog/hu.js'
import { it } from './catalog/it.js'
import { lt } from './catalog/lt.js'
import { lv } from './catalog/lv.js'
import { mt } from './catalog/mt.js'
import { nl } from './catalog/nl.js'
import { pl } from './catalog/pl.js'
import { pt } from './catalog/pt.js'
import { ro } from './catalog/ro.js'
import { sk } from './catalog/sk.js'
import { sl } from './catalog/sl.js'
import { sv } from './catalog/sv.js'

export type { MessageKey } from './catalog/en.js'

export const CATALOGS = {
  bg,
  cs,
  da,
  de,
  el,
  en,
  es,
  et,
  fi,
  fr,
  ga,
  hr,
  hu,
  it,
  lt,
  lv,
  mt,
  nl,
  pl,
  pt,
  ro,
  sk,
  sl,
  sv,
} as const satisfies Record<string, Messages>
export type Lang = keyof typeof CATALOGS
export const LANGS = Object.keys(CATALOGS) as Lang[]

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (_: string, k: string) => String(params[k] ?? `{${k}}`))
}

/** The language tags of an Accept-Language header, best first. */
export function rankedTags(acceptLanguage: string | undefined): string[] {
  return (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';')
      const q = Number(
        params
          .find((p) => p.trim().startsWith('q='))
          ?.trim()
          .slice(2) ?? 1,
      )
      return { tag: (tag ?? '').trim().toLowerCase(), q: Number.isFinite(q) ? q : 0 }
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0)
    .sort((a, b) => b.q - a.q)
    .map((x) => x.tag)
}

/** The best language for an Accept-Language header; English when none fits. */
export function negotiate(acceptLanguage: string | undefined): Lang {
  for (const tag of rankedTags(acceptLanguage)) {
    const base = tag.split('-')[0] ?? ''
    if (isLang(base)) return base
  }
  return 'en'
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && Object.hasOwn(CATALOGS, x)
}

/** The language's own name for itself, for the language switch. */
export function langName(lang: Lang): string {
  const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1)
}

/** English is written the European way here: day before month, a 24-hour clock. */
const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : lang)

// Building an Intl format costs about a millisecond, more than the rest of a confirmation mail.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const listFormats = new Map<Lang, Intl.ListFormat>()
const numberFormats = new Map<Lang, Intl.NumberFormat>()

/** An instant as a person reads it: in their language and time zone, with the zone's offset. */
export function formatWhen(lang: Lang, t0: number, timeZone: string): string {
  const key = `${lang} ${timeZone}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'shortOffset',
      timeZone,
    })
    dateFormats.set(key, format)
  }
  return format.format(new Date(t0))
}

/** The calendar day of an instant in the reader's zone, in their language ("20 May 2025"). */
export function formatDay(lang: Lang, t0: number, timeZone: string): string {
  const key = `${lang} ${timeZone} day`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone })
    dateFormats.set(key, format)
  }
  return format.format(new Date(t0))
}

/** "a, b and c" in the language's own way. */
export function formatList(lang: Lang, items: readonly string[]): string {
  const format = listFormats.get(lang) ?? new Intl.ListFormat(locale(lang), { type: 'conjunction' })
  listFormats.set(lang, format)
  return format.format(items)
}

export function formatNumber(lang: Lang, n: number): string {
  const format = numberFormats.get(lang) ?? new Intl.NumberFormat(locale(lang))
  numberFormats.set(lang, format)
  return format.format(n)
}

export { en }
