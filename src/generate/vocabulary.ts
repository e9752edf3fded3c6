/** Countries, languages and a few words per language, for synthetic content. */

/** [country, weight, language]; about 85 % EU/EEA, the rest elsewhere. */
export const COUNTRIES: readonly (readonly [string, number, string])[] = [
  ['DE', 18, 'de'],
  ['FR', 14, 'fr'],
  ['IT', 12, 'it'],
  ['ES', 10, 'es'],
  ['PL', 8, 'pl'],
  ['NL', 5, 'nl'],
  ['BE', 3, 'fr'],
  ['SE', 3, 'sv'],
  ['AT', 3, 'de'],
  ['PT', 3, 'pt'],
  ['CZ', 2, 'cs'],
  ['RO', 2, 'ro'],
  ['DK', 1, 'da'],
  ['FI', 1, 'fi'],
  ['IE', 1, 'en'],
  ['GR', 1, 'el'],
  ['NO', 1, 'no'],
  ['HU', 1, 'hu'],
  ['US', 5, 'en'],
  ['GB', 4, 'en'],
  ['CH', 2, 'de'],
  ['TR', 2, 'tr'],
  ['BR', 2, 'pt'],
]

const WORDS: Record<string, readonly string[]> = {
  de: ['heute', 'Kuchen', 'Wetter', 'schön', 'Fahrrad', 'Urlaub', 'Garten', 'Konzert', 'Freunde', 'Bahnhof'],
  fr: ['aujourd’hui', 'gâteau', 'temps', 'beau', 'vélo', 'vacances', 'jardin', 'concert', 'amis', 'gare'],
  it: ['oggi', 'torta', 'tempo', 'bello', 'bicicletta', 'vacanze', 'giardino', 'concerto', 'amici', 'stazione'],
  es: ['hoy', 'pastel', 'tiempo', 'bonito', 'bicicleta', 'vacaciones', 'jardín', 'concierto', 'amigos', 'estación'],
  pl: ['dzisiaj', 'ciasto', 'pogoda', 'piękny', 'rower', 'wakacje', 'ogród', 'koncert', 'przyjaciele', 'dworzec'],
  nl: ['vandaag', 'taart', 'weer', 'mooi', 'fiets', 'vakantie', 'tuin', 'concert', 'vrienden', 'station'],
  sv: ['idag', 'tårta', 'väder', 'vacker', 'cykel', 'semester', 'trädgård', 'konsert', 'vänner', 'station'],
  pt: ['hoje', 'bolo', 'tempo', 'bonito', 'bicicleta', 'férias', 'jardim', 'concerto', 'amigos', 'estação'],
  en: ['today', 'cake', 'weather', 'lovely', 'bike', 'holiday', 'garden', 'concert', 'friends', 'station'],
}

export function wordsFor(lang: string): readonly string[] {
  return WORDS[lang] ?? (WORDS.en as readonly string[])
}

/** [kind, weight, share public] for the activity of an account (profile items come apart). */
export const ACTIVITY: readonly (readonly [string, number, number])[] = [
  ['post', 30, 0.55],
  ['comment', 28, 0.7],
  ['group_post', 7, 0.6],
  ['page_post', 4, 0.9],
  ['channel_post', 3, 0.9],
  ['marketplace_review', 4, 0.95],
  ['private_message', 16, 0],
  ['story', 8, 0.5],
]
