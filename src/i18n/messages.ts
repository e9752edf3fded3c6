/**
 * Every sentence a person reads, in English and German. Keys are grouped by page or mail;
 * `{name}` placeholders are filled by `t`.
 * @module
 */
export const LANGS = ['en', 'de'] as const
export type Lang = (typeof LANGS)[number]

const en = {
  'site.name': 'AI training and your content',
  'site.skip': 'Skip to content',
  'nav.notice': 'About the training',
  'nav.object': 'Object',
  'nav.status': 'My objections',
  'nav.data': 'My data',
  'nav.signin': 'Sign in',
  'nav.signout': 'Sign out',
  'status.signoutEverywhere': 'Sign out on every device',
  'lang.switch': 'Deutsch',
  'notice.title': 'We will use public content to train AI',
  'notice.lead': 'From {start} we use public content of adult users to train our AI models, on the basis of our legitimate interest (GDPR Art. 6(1)(f)). You can object at any time, without giving a reason.',
  'notice.what': 'What we use',
  'notice.categories': 'Your name and username, profile picture and avatar, public posts and comments, posts in public groups, on pages and channels, and marketplace reviews. Never private messages, and never content of people under {age}.',
  'notice.deadline': 'The deadline',
  'notice.deadline.text': 'Objections received before {deadline} keep all of your content out of the training.',
  'notice.after': 'Objections received after that keep out only what you make public after objecting. What already went into a model cannot be taken back.',
  'notice.scope': 'An objection covers every account linked in the same accounts center. Accounts with another e-mail address or in another accounts center need their own objection.',
  'notice.cta': 'Object now',
  'signin.title': 'Sign in',
  'signin.lead': 'Enter the e-mail address of your account. We send you a link that signs you in; it works once, for {minutes} minutes.',
  'signin.email': 'E-mail address',
  'signin.submit': 'Send me a link',
  'signin.oidc': 'Sign in with {label}',
  'signin.sent.title': 'Check your inbox',
  'signin.sent.text': 'If an account uses this address, a sign-in link is on its way. It works once, for {minutes} minutes.',
  'signin.confirm.title': 'Sign in',
  'signin.confirm.text': 'Continue to sign in on this device.',
  'signin.confirm.submit': 'Sign in',
  'signin.invalid': 'This link has expired or was used already. Ask for a new one.',
  'object.title': 'Object to the use of your content',
  'object.lead': 'Your objection covers every account with this e-mail address and every account linked with them in the same accounts center.',
  'object.email': 'E-mail address of your account',
  'object.reason': 'Reason (optional)',
  'object.reason.hint': 'You do not have to give a reason. We keep it, and never show it to anyone else.',
  'object.submit': 'Object',
  'object.done.title': 'Your objection is recorded',
  'object.done.received': 'Received {when}. A confirmation is on its way to your inbox.',
  'object.done.covers': 'It covers these accounts:',
  'object.done.timely': 'It arrived before the deadline: none of the content of these accounts will be used.',
  'object.done.late': 'It arrived after the deadline: content you make public from now on will not be used. What already went into a model cannot be taken back.',
  'object.done.notcovered': 'Not covered: accounts with another e-mail address or in another accounts center, even if they are yours. Object there separately.',
  'status.title': 'My objections',
  'status.none': 'You have not objected.',
  'status.received': 'Received {when}',
  'status.withdrawn': 'Withdrawn {when}',
  'status.covers': 'Covers: {accounts}',
  'status.withdraw': 'Withdraw this objection',
  'status.withdraw.consequence': 'If you withdraw, your public content may be used in training snapshots made from now on. Snapshots made before stay as they are.',
  'status.withdraw.confirm': 'Yes, withdraw',
  'status.accounts': 'Your accounts',
  'status.notYours': 'Filed for {accounts}, an account in your accounts center with another address. It covers your accounts too; only the holder of an account it was filed for can withdraw it.',
  'data.title': 'My data in training',
  'data.none': 'No training snapshot has been made yet.',
  'data.snapshot': 'Snapshot {id} of {at} ({policy})',
  'data.in': '{n} of your items are in it',
  'data.out': '{n} are not',
  'data.models': 'Models trained on it: {models}',
  'data.proof': 'Proof',
  'data.reason.published': 'published after the cutoff',
  'data.reason.visibility': 'not public',
  'data.reason.kind': 'not a kind used for training',
  'data.reason.region': 'outside the regions of the training',
  'data.reason.age': 'age not known or under the minimum',
  'data.reason.notice': 'no notice in time',
  'data.reason.consent': 'no consent',
  'data.reason.objection': 'your objection',
  'error.title': 'Something is not right',
  'error.csrf': 'This form has expired. Go back, reload the page and try again.',
  'error.rate': 'Too many attempts. Please wait a minute and try again.',
  'error.signin': 'Please sign in first.',
  'error.notfound': 'This page does not exist.',
  'mail.signin.subject': 'Your sign-in link',
  'mail.signin.body': 'Hello,\n\nsomeone (hopefully you) asked to sign in. This link works once, for {minutes} minutes:\n\n{link}\n\nIf it was not you, ignore this mail.',
  'mail.confirmation.subject': 'Your objection is recorded',
  'mail.confirmation.body': 'Hello,\n\nwe received your objection {when} ({id}).\n\nIt covers these accounts:\n{accounts}\n\n{effect}\n\nAccounts with another e-mail address or in another accounts center are not covered; object there separately.\n\nYou can see and withdraw your objections at {url}.',
  'mail.notice.subject': 'We will use public content to train AI',
  'mail.notice.body': 'Hello,\n\nfrom {start} we use public content of adult users to train our AI models (GDPR Art. 6(1)(f)): names, usernames, profile pictures, public posts, comments and marketplace reviews — never private messages.\n\nYou can object at any time, without giving a reason: {url}\nObjections received before {deadline} keep all of your content out. Later ones keep out only what you make public afterwards.\n\nThis mail is about these accounts: {accounts}',
} as const

export type MessageKey = keyof typeof en

const de: Record<MessageKey, string> = {
  'site.name': 'KI-Training und Ihre Inhalte',
  'site.skip': 'Zum Inhalt springen',
  'nav.notice': 'Über das Training',
  'nav.object': 'Widersprechen',
  'nav.status': 'Meine Widersprüche',
  'nav.data': 'Meine Daten',
  'nav.signin': 'Anmelden',
  'nav.signout': 'Abmelden',
  'status.signoutEverywhere': 'Auf allen Geräten abmelden',
  'lang.switch': 'English',
  'notice.title': 'Wir nutzen öffentliche Inhalte zum Training von KI',
  'notice.lead': 'Ab {start} nutzen wir öffentliche Inhalte volljähriger Nutzerinnen und Nutzer, um unsere KI-Modelle zu trainieren, gestützt auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Sie können jederzeit widersprechen, ohne Angabe von Gründen.',
  'notice.what': 'Was wir nutzen',
  'notice.categories': 'Ihren Namen und Nutzernamen, Profilbild und Avatar, öffentliche Beiträge und Kommentare, Beiträge in öffentlichen Gruppen, auf Seiten und Kanälen sowie Marktplatz-Bewertungen. Niemals private Nachrichten und niemals Inhalte von Personen unter {age} Jahren.',
  'notice.deadline': 'Die Frist',
  'notice.deadline.text': 'Widersprüche, die vor dem {deadline} eingehen, halten alle Ihre Inhalte aus dem Training heraus.',
  'notice.after': 'Spätere Widersprüche halten nur heraus, was Sie nach dem Widerspruch veröffentlichen. Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'notice.scope': 'Ein Widerspruch gilt für alle Konten, die in derselben Kontenübersicht verknüpft sind. Konten mit einer anderen E-Mail-Adresse oder in einer anderen Kontenübersicht brauchen einen eigenen Widerspruch.',
  'notice.cta': 'Jetzt widersprechen',
  'signin.title': 'Anmelden',
  'signin.lead': 'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link zur Anmeldung; er gilt einmal, {minutes} Minuten lang.',
  'signin.email': 'E-Mail-Adresse',
  'signin.submit': 'Link zusenden',
  'signin.oidc': 'Mit {label} anmelden',
  'signin.sent.title': 'Sehen Sie in Ihr Postfach',
  'signin.sent.text': 'Wenn ein Konto diese Adresse nutzt, ist ein Anmeldelink unterwegs. Er gilt einmal, {minutes} Minuten lang.',
  'signin.confirm.title': 'Anmelden',
  'signin.confirm.text': 'Fahren Sie fort, um sich auf diesem Gerät anzumelden.',
  'signin.confirm.submit': 'Anmelden',
  'signin.invalid': 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
  'object.title': 'Der Nutzung Ihrer Inhalte widersprechen',
  'object.lead': 'Ihr Widerspruch gilt für alle Konten mit dieser E-Mail-Adresse und für alle Konten, die in derselben Kontenübersicht mit ihnen verknüpft sind.',
  'object.email': 'E-Mail-Adresse Ihres Kontos',
  'object.reason': 'Begründung (freiwillig)',
  'object.reason.hint': 'Sie müssen keinen Grund nennen. Wir bewahren ihn auf und zeigen ihn niemand anderem.',
  'object.submit': 'Widersprechen',
  'object.done.title': 'Ihr Widerspruch ist eingegangen',
  'object.done.received': 'Eingegangen am {when}. Eine Bestätigung ist auf dem Weg in Ihr Postfach.',
  'object.done.covers': 'Er gilt für diese Konten:',
  'object.done.timely': 'Er ist vor Ablauf der Frist eingegangen: Keine Inhalte dieser Konten werden genutzt.',
  'object.done.late': 'Er ist nach Ablauf der Frist eingegangen: Inhalte, die Sie ab jetzt veröffentlichen, werden nicht genutzt. Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'object.done.notcovered': 'Nicht erfasst: Konten mit einer anderen E-Mail-Adresse oder in einer anderen Kontenübersicht, auch wenn es Ihre sind. Widersprechen Sie dort gesondert.',
  'status.title': 'Meine Widersprüche',
  'status.none': 'Sie haben nicht widersprochen.',
  'status.received': 'Eingegangen am {when}',
  'status.withdrawn': 'Zurückgezogen am {when}',
  'status.covers': 'Gilt für: {accounts}',
  'status.withdraw': 'Diesen Widerspruch zurückziehen',
  'status.withdraw.consequence': 'Wenn Sie zurückziehen, können Ihre öffentlichen Inhalte in Trainingsdatensätze einfließen, die ab jetzt erstellt werden. Bereits erstellte bleiben, wie sie sind.',
  'status.withdraw.confirm': 'Ja, zurückziehen',
  'status.accounts': 'Ihre Konten',
  'status.notYours': 'Eingelegt für {accounts}, ein Konto in Ihrer Kontenübersicht mit einer anderen Adresse. Er gilt auch für Ihre Konten; zurückziehen kann ihn nur, wer ein Konto innehat, für das er eingelegt wurde.',
  'data.title': 'Meine Daten im Training',
  'data.none': 'Es wurde noch kein Trainingsdatensatz erstellt.',
  'data.snapshot': 'Datensatz {id} vom {at} ({policy})',
  'data.in': '{n} Ihrer Inhalte sind enthalten',
  'data.out': '{n} nicht',
  'data.models': 'Damit trainierte Modelle: {models}',
  'data.proof': 'Nachweis',
  'data.reason.published': 'nach dem Stichtag veröffentlicht',
  'data.reason.visibility': 'nicht öffentlich',
  'data.reason.kind': 'keine für das Training genutzte Art',
  'data.reason.region': 'außerhalb der Regionen des Trainings',
  'data.reason.age': 'Alter unbekannt oder unter dem Mindestalter',
  'data.reason.notice': 'keine rechtzeitige Information',
  'data.reason.consent': 'keine Einwilligung',
  'data.reason.objection': 'Ihr Widerspruch',
  'error.title': 'Etwas stimmt nicht',
  'error.csrf': 'Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'error.rate': 'Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
  'error.signin': 'Bitte melden Sie sich zuerst an.',
  'error.notfound': 'Diese Seite gibt es nicht.',
  'mail.signin.subject': 'Ihr Anmeldelink',
  'mail.signin.body': 'Hallo,\n\njemand (hoffentlich Sie) möchte sich anmelden. Dieser Link gilt einmal, {minutes} Minuten lang:\n\n{link}\n\nWaren Sie es nicht, ignorieren Sie diese Mail.',
  'mail.confirmation.subject': 'Ihr Widerspruch ist eingegangen',
  'mail.confirmation.body': 'Hallo,\n\nIhr Widerspruch ist am {when} eingegangen ({id}).\n\nEr gilt für diese Konten:\n{accounts}\n\n{effect}\n\nKonten mit einer anderen E-Mail-Adresse oder in einer anderen Kontenübersicht sind nicht erfasst; widersprechen Sie dort gesondert.\n\nIhre Widersprüche sehen und zurückziehen: {url}',
  'mail.notice.subject': 'Wir nutzen öffentliche Inhalte zum Training von KI',
  'mail.notice.body': 'Hallo,\n\nab {start} nutzen wir öffentliche Inhalte volljähriger Nutzerinnen und Nutzer, um unsere KI-Modelle zu trainieren (Art. 6 Abs. 1 lit. f DSGVO): Namen, Nutzernamen, Profilbilder, öffentliche Beiträge, Kommentare und Marktplatz-Bewertungen — niemals private Nachrichten.\n\nSie können jederzeit widersprechen, ohne Angabe von Gründen: {url}\nWidersprüche, die vor dem {deadline} eingehen, halten alle Ihre Inhalte heraus. Spätere halten nur heraus, was Sie danach veröffentlichen.\n\nDiese Mail betrifft diese Konten: {accounts}',
}

const TABLE: Record<Lang, Record<MessageKey, string>> = { en, de }

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return TABLE[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`))
}

/** The best language for an Accept-Language header; English when none fits. */
export function negotiate(acceptLanguage: string | undefined): Lang {
  const ranked = (acceptLanguage ?? '').split(',').map((part) => {
    const [tag, ...params] = part.trim().split(';')
    const q = Number(params.find((p) => p.trim().startsWith('q='))?.trim().slice(2) ?? 1)
    return { lang: (tag ?? '').toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0 }
  }).filter((x) => x.lang && x.q > 0).sort((a, b) => b.q - a.q)
  return (ranked.find((r) => (LANGS as readonly string[]).includes(r.lang))?.lang as Lang | undefined) ?? 'en'
}

export function isLang(x: unknown): x is Lang {
  return typeof x === 'string' && (LANGS as readonly string[]).includes(x)
}

// Building a DateTimeFormat costs about a millisecond, more than the rest of a confirmation mail.
const formats = new Map<string, Intl.DateTimeFormat>()

/** An instant as a person reads it, in their language and time zone. */
export function formatWhen(lang: Lang, t0: number, timeZone = 'Europe/Berlin'): string {
  const key = `${lang} ${timeZone}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'long', timeZone })
    formats.set(key, format)
  }
  return format.format(new Date(t0))
}
