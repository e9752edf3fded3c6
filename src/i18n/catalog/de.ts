/** Every sentence a person reads, in German; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const de: Messages = {
  'site.name': 'KI-Training und Ihre Inhalte',
  'site.skip': 'Zum Inhalt springen',
  'nav.label': 'Hauptnavigation',
  'nav.notice': 'Über das Training',
  'nav.object': 'Widersprechen',
  'nav.consent': 'Einwilligen',
  'nav.status': 'Meine Widersprüche',
  'nav.status.consent': 'Meine Einwilligungen',
  'nav.data': 'Meine Daten',
  'nav.signin': 'Anmelden',
  'nav.signout': 'Abmelden',
  'settings.title': 'Sprache und Zeitzone',
  'settings.lang': 'Sprache',
  'settings.zone': 'Zeitzone',
  'settings.submit': 'Speichern',
  'settings.shown': 'Zeiten werden in der Zeitzone {zone} angezeigt.',
  'notice.title': 'Wir nutzen öffentliche Inhalte zum Training von KI',
  'notice.title.opt_in': 'Dürfen wir Ihre öffentlichen Inhalte zum Training von KI nutzen?',
  'notice.lead':
    'Ab dem {start} nutzen wir öffentliche Inhalte von Nutzerinnen und Nutzern ab {age} Jahren, um unsere KI-Modelle ' +
    'zu trainieren, gestützt auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Sie können jederzeit ' +
    'widersprechen, ohne Angabe von Gründen.',
  'notice.lead.nodeadline':
    'Wir nutzen öffentliche Inhalte von Nutzerinnen und Nutzern ab {age} Jahren, um unsere KI-Modelle zu trainieren, ' +
    'gestützt auf unser berechtigtes Interesse (Art. 6 Abs. 1 lit. f DSGVO). Sie können jederzeit widersprechen, ' +
    'ohne ' +
    'Angabe von Gründen.',
  'notice.lead.opt_in':
    'Wir möchten öffentliche Inhalte von Nutzerinnen und Nutzern ab {age} Jahren nutzen, um unsere KI-Modelle zu ' +
    'trainieren. Wir tun das nur mit Ihrer Einwilligung (Art. 6 Abs. 1 lit. a DSGVO). Sie können Ihre Einwilligung ' +
    'hier erteilen und jederzeit widerrufen, so einfach, wie Sie sie erteilt haben.',
  'notice.what': 'Was wir nutzen',
  'notice.kinds': 'Diese Arten öffentlicher Inhalte: {kinds}.',
  'notice.never.snapshot':
    'Niemals Inhalte, die nicht öffentlich sind, etwa private Nachrichten, und niemals Inhalte von Personen unter ' +
    '{age} Jahren.',
  'notice.never.publication':
    'Niemals Inhalte, die nicht öffentlich sind, etwa private Nachrichten, und niemals Inhalte, die Sie ' +
    'veröffentlicht haben, bevor Sie {age} Jahre alt waren.',
  'notice.deadline': 'Die Frist',
  'notice.deadline.text':
    'Widersprüche, die vor dem {deadline} eingehen, halten alle Ihre Inhalte aus dem Training heraus.',
  'notice.after.future_content_only':
    'Widersprüche, die danach eingehen, halten nur heraus, was Sie nach dem Widerspruch veröffentlichen. Was bereits ' +
    'in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'notice.after.all_content':
    'Widersprüche, die danach eingehen, halten alle Ihre Inhalte aus jedem Trainingsdatensatz heraus, der nach ihrem ' +
    'Eingang erstellt wird. Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'notice.nodeadline':
    'Ein Widerspruch hält alle Ihre Inhalte aus jedem Trainingsdatensatz heraus, der nach seinem Eingang erstellt ' +
    'wird. Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'notice.comingOfAge':
    'Wenn Sie das Alter von {age} Jahren erst nach dem {deadline} erreichen, hält auch ein Widerspruch, den Sie ' +
    'innerhalb von {days} Tagen nach diesem Geburtstag einlegen, alle Ihre Inhalte heraus.',
  'notice.comingOfAge.own':
    'Sie sind erst vor Kurzem {age} Jahre alt geworden: Ein Widerspruch, den Sie vor dem {until} einlegen, hält alle ' +
    'Ihre Inhalte heraus.',
  'notice.consent.effect':
    'Ohne Ihre Einwilligung wird keiner Ihrer Inhalte genutzt. Mit Ihrer Einwilligung können Ihre öffentlichen ' +
    'Inhalte in Trainingsdatensätze einfließen, die erstellt werden, solange Ihre Einwilligung besteht. Was bereits ' +
    'in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'notice.cta': 'Jetzt widersprechen',
  'notice.cta.opt_in': 'Einwilligung erteilen oder widerrufen',
  'scope.covers':
    'Ein Widerspruch gilt für alle Konten mit Ihrer E-Mail-Adresse und für alle Konten, die in derselben ' +
    'Kontenübersicht mit ihnen verknüpft sind.',
  'scope.covers.opt_in':
    'Eine Einwilligung gilt für alle Konten mit Ihrer E-Mail-Adresse und für alle Konten, die in derselben ' +
    'Kontenübersicht mit ihnen verknüpft sind.',
  'scope.notcovered':
    'Konten mit einer anderen E-Mail-Adresse außerhalb dieser Kontenübersichten sind nicht erfasst, auch wenn es ' +
    'Ihre ' +
    'sind: Für sie ist ein eigener Widerspruch nötig.',
  'scope.notcovered.opt_in':
    'Konten mit einer anderen E-Mail-Adresse außerhalb dieser Kontenübersichten sind nicht erfasst, auch wenn es ' +
    'Ihre ' +
    'sind: Für sie ist eine eigene Einwilligung nötig.',
  'kind.name': 'Ihr Name',
  'kind.username': 'Nutzernamen',
  'kind.profile_picture': 'Profilbilder',
  'kind.avatar': 'Avatare',
  'kind.post': 'öffentliche Beiträge',
  'kind.comment': 'Kommentare',
  'kind.group_post': 'Aktivitäten in öffentlichen Gruppen',
  'kind.page_post': 'Aktivitäten auf Seiten',
  'kind.channel_post': 'Aktivitäten in Kanälen',
  'kind.marketplace_review': 'Marktplatz-Bewertungen',
  'signin.title': 'Anmelden',
  'signin.lead':
    'Geben Sie die E-Mail-Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link zur Anmeldung; er gilt einmal, ' +
    '{minutes} Minuten lang.',
  'signin.email': 'E-Mail-Adresse',
  'signin.submit': 'Link zusenden',
  'signin.oidc': 'Mit {label} anmelden',
  'signin.sent.title': 'Sehen Sie in Ihr Postfach',
  'signin.sent.text':
    'Wenn ein Konto diese Adresse nutzt, ist ein Anmeldelink unterwegs. Er gilt einmal, {minutes} Minuten lang.',
  'signin.confirm.title': 'Anmelden',
  'signin.confirm.text': 'Fahren Sie fort, um sich auf diesem Gerät anzumelden.',
  'signin.confirm.submit': 'Anmelden',
  'signin.invalid': 'Dieser Link ist abgelaufen oder wurde schon benutzt. Fordern Sie einen neuen an.',
  'object.title': 'Der Nutzung Ihrer Inhalte widersprechen',
  'object.lead': 'Widersprechen Sie hier der Nutzung Ihrer öffentlichen Inhalte für das Training von KI.',
  'object.email': 'E-Mail-Adresse Ihres Kontos',
  'object.reason': 'Begründung (freiwillig)',
  'object.reason.hint': 'Sie müssen keinen Grund angeben. Wir bewahren ihn auf und zeigen ihn niemals jemand anderem.',
  'object.submit': 'Widersprechen',
  'object.done.title': 'Ihr Widerspruch wurde erfasst',
  'object.done.received': 'Eingegangen am {when}. Eine Bestätigung ist auf dem Weg in Ihr Postfach.',
  'object.done.covers': 'Er gilt für diese Konten:',
  'object.done.timely': 'Er ist vor Ablauf der Frist eingegangen: Keine Inhalte dieser Konten werden genutzt.',
  'object.done.late.future_content_only':
    'Er ist nach Ablauf der Frist eingegangen: Inhalte, die Sie ab jetzt veröffentlichen, werden nicht genutzt. Was ' +
    'bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'object.done.late.all_content':
    'Er ist nach Ablauf der Frist eingegangen: Keine Inhalte dieser Konten fließen in Trainingsdatensätze ein, die ' +
    'ab ' +
    'jetzt erstellt werden. Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'consent.title': 'In die Nutzung Ihrer Inhalte einwilligen',
  'consent.lead':
    'Willigen Sie hier in die Nutzung Ihrer öffentlichen Inhalte für das Training von KI ein. Die Entscheidung liegt ' +
    'bei Ihnen; wenn Sie nicht einwilligen, ändert sich für Sie nichts.',
  'consent.submit': 'Ich willige ein',
  'consent.given':
    'Sie haben Ihre Einwilligung erteilt. Sie können sie auf der Seite „Meine Einwilligungen“ widerrufen.',
  'consent.done.title': 'Ihre Einwilligung wurde erfasst',
  'consent.done.received': 'Eingegangen am {when}. Eine Bestätigung ist auf dem Weg in Ihr Postfach.',
  'consent.done.covers': 'Sie gilt für diese Konten:',
  'consent.done.effect':
    'Ihre öffentlichen Inhalte können in Trainingsdatensätze einfließen, die ab jetzt erstellt werden. Sie können ' +
    'Ihre Einwilligung jederzeit widerrufen, so einfach, wie Sie sie erteilt haben.',
  'status.title': 'Meine Widersprüche',
  'status.title.opt_in': 'Meine Einwilligungen',
  'status.none': 'Sie haben nicht widersprochen.',
  'status.none.opt_in': 'Sie haben keine Einwilligung erteilt.',
  'status.section': 'Widerspruch vom {date}',
  'status.section.opt_in': 'Einwilligung vom {date}',
  'status.received': 'Eingegangen am {when}',
  'status.withdrawn': 'Zurückgezogen am {when}',
  'status.covers': 'Gilt für: {accounts}',
  'status.withdraw': 'Diesen Widerspruch zurückziehen',
  'status.withdraw.opt_in': 'Diese Einwilligung widerrufen',
  'status.accounts': 'Ihre Konten',
  'status.signoutEverywhere': 'Auf allen Geräten abmelden',
  'status.notYours':
    'Abgegeben für {accounts}, ein Konto in Ihrer Kontenübersicht mit einer anderen Adresse. Dies gilt auch für Ihre ' +
    'Konten; zurückziehen kann es nur, wer ein Konto innehat, für das es abgegeben wurde.',
  'withdraw.title': 'Widerspruch zurückziehen?',
  'withdraw.title.opt_in': 'Einwilligung widerrufen?',
  'withdraw.effect':
    'Ihre öffentlichen Inhalte können dann in Trainingsdatensätze einfließen, die ab jetzt erstellt werden. Bereits ' +
    'erstellte Datensätze bleiben, wie sie sind.',
  'withdraw.effect.opt_in':
    'Keiner Ihrer Inhalte fließt in Trainingsdatensätze ein, die ab jetzt erstellt werden. Bereits erstellte ' +
    'Datensätze bleiben, wie sie sind: Was bereits in ein Modell eingeflossen ist, lässt sich nicht zurücknehmen.',
  'withdraw.again.timely':
    'Wenn Sie vor dem {deadline} erneut widersprechen, hält der neue Widerspruch weiterhin alle Ihre Inhalte heraus. ' +
    'Danach gilt er als verspätet.',
  'withdraw.again.late':
    'Wenn Sie erneut widersprechen, gilt der neue Widerspruch als verspätet, weil die Frist ({deadline}) abgelaufen ' +
    'ist.',
  'withdraw.confirm': 'Ja, zurückziehen',
  'withdraw.cancel': 'Nein, beibehalten',
  'withdraw.done.title': 'Ihr Widerspruch wurde zurückgezogen',
  'withdraw.done.title.opt_in': 'Ihre Einwilligung wurde widerrufen',
  'withdraw.done.text': 'Zurückgezogen am {when}. Eine Bestätigung ist auf dem Weg in Ihr Postfach.',
  'data.title': 'Meine Daten im Training',
  'data.access': 'Alles herunterladen, was über Sie gespeichert ist (JSON)',
  'data.none': 'Es wurde noch kein Trainingsdatensatz erstellt.',
  'data.snapshot': 'Datensatz {id} vom {at} ({policy})',
  'data.in': 'Enthalten: {n} Ihrer Inhalte',
  'data.out': 'nicht enthalten: {n}',
  'data.models': 'Damit trainierte Modelle: {models}',
  'data.caption': 'Ihre Inhalte im Datensatz {id}',
  'data.col.item': 'Inhalt',
  'data.col.status': 'Im Datensatz?',
  'data.col.proof': 'Nachweis',
  'data.included': 'enthalten',
  'data.proof': 'Nachweis',
  'data.proof.about':
    'Eine Nachweisdatei zeigt anhand des veröffentlichten Fingerabdrucks des Datensatzes (seiner Merkle-Wurzel), ' +
    'dass ein Inhalt darin enthalten ist oder dass er es nicht ist. Sie enthält Ihren Schlüssel für den Datensatz, ' +
    'aus dem sich der Schlüssel des Inhalts anhand seiner Kennung neu berechnen lässt. So kann jede Person, der Sie ' +
    'die Datei geben, sie prüfen, ohne uns vertrauen zu müssen.',
  'data.proof.of': 'Nachweis für Inhalt {id}',
  'data.reason.published': 'zum Stichtag noch nicht öffentlich',
  'data.reason.visibility': 'nicht öffentlich',
  'data.reason.kind': 'keine Art von Inhalt, die für das Training genutzt wird',
  'data.reason.region': 'außerhalb der Regionen des Trainings',
  'data.reason.age': 'Alter unbekannt oder unter dem Mindestalter',
  'data.reason.notice': 'keine rechtzeitige Information',
  'data.reason.consent': 'keine Einwilligung',
  'data.reason.objection': 'Ihr Widerspruch',
  'data.reason.excluded': 'herausgehalten auf Wunsch einer Person, die darin zu sehen ist',
  'request.link': 'Inhalte, die Sie zeigen',
  'request.title': 'Inhalte, die Sie zeigen, aus dem KI-Training heraushalten',
  'request.lead':
    'Wenn ein öffentlicher Beitrag, ein Kommentar oder ein Foto einer anderen Person Sie zeigt – Ihren Namen, Ihr ' +
    'Bild oder andere Daten über Sie –, können Sie uns bitten, diesen Inhalt aus dem KI-Training herauszuhalten. Sie ' +
    'brauchen dafür kein Konto. Wir antworten innerhalb eines Monats; brauchen wir länger, sagen wir Ihnen, warum, ' +
    'und antworten spätestens nach zwei weiteren Monaten.',
  'request.items': 'Welche Inhalte? Pro Zeile eine Webadresse oder die Kennung eines Inhalts',
  'request.items.hint':
    'Kopieren Sie die Adresse aus dem Browser oder die Kennung des Inhalts von der Seite „Meine Daten“.',
  'request.description': 'Was zeigt der Inhalt von Ihnen, und warum soll er herausgehalten werden?',
  'request.contact': 'Ihre E-Mail-Adresse (freiwillig)',
  'request.contact.hint':
    'Nur, um Ihnen mitzuteilen, wie wir entscheiden. Wir schicken Ihnen zuerst einen Link, mit dem Sie bestätigen, ' +
    'dass es Ihre Adresse ist.',
  'request.evidence': 'Weitere Angaben, die uns helfen (freiwillig)',
  'request.submit': 'Anfrage senden',
  'request.error.items':
    'Nennen Sie mindestens einen und höchstens 100 Inhalte: eine Webadresse unserer Website oder die Kennung eines ' +
    'Inhalts, eine pro Zeile.',
  'request.error.description': 'Bitte beschreiben Sie, was der Inhalt von Ihnen zeigt (höchstens 5.000 Zeichen).',
  'request.error.contact': 'Das sieht nicht nach einer E-Mail-Adresse aus.',
  'request.error.evidence': 'Das ist zu lang (höchstens 20.000 Zeichen).',
  'request.done.title': 'Wir haben Ihre Anfrage erhalten',
  'request.done.text': 'Ihre Anfrage hat die Nummer {id}. Wir entscheiden bis zum {due}.',
  'request.done.contact':
    'Wir haben einen Link an die angegebene Adresse geschickt. Sobald Sie ihn öffnen und bestätigen, teilen wir ' +
    'Ihnen mit, wie wir entscheiden.',
  'request.done.nocontact':
    'Sie haben keine E-Mail-Adresse angegeben, daher können wir Ihnen nicht mitteilen, wie wir entscheiden.',
  'request.confirm.title': 'Bestätigen Sie Ihre E-Mail-Adresse',
  'request.confirm.text': 'Bestätigen Sie, dass wir Ihnen an diese Adresse zu Ihrer Anfrage {id} schreiben dürfen.',
  'request.confirm.submit': 'Bestätigen',
  'request.confirmed.title': 'Ihre Adresse ist bestätigt',
  'request.confirmed.text': 'Wir schreiben Ihnen, sobald wir über Ihre Anfrage {id} entschieden haben.',
  'request.confirm.invalid': 'Dieser Link ist ungültig. Bitte kopieren Sie ihn vollständig aus der E-Mail.',
  'error.title': 'Etwas stimmt nicht',
  'error.csrf':
    'Dieses Formular ist abgelaufen. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.',
  'error.rate': 'Zu viele Versuche. Bitte warten Sie eine Minute und versuchen Sie es erneut.',
  'error.signin': 'Bitte melden Sie sich zuerst an.',
  'error.notfound': 'Diese Seite gibt es nicht.',
  'error.notyours': 'Zurückziehen kann dies nur, wer ein Konto innehat, für das es abgegeben wurde.',
  'error.withdrawn': 'Dies wurde bereits zurückgezogen.',
  'error.internal': 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es später noch einmal.',
  'mail.signin.subject': 'Ihr Anmeldelink',
  'mail.signin.body':
    'Guten Tag,\n\njemand (hoffentlich Sie) möchte sich anmelden. Dieser Link gilt einmal, {minutes} Minuten ' +
    'lang:\n\n{link}\n\nWaren Sie es nicht, ignorieren Sie diese E-Mail einfach.',
  'mail.confirmation.subject': 'Ihr Widerspruch wurde erfasst',
  'mail.confirmation.subject.opt_in': 'Ihre Einwilligung wurde erfasst',
  'mail.confirmation.body':
    'Guten Tag,\n\nIhr Widerspruch ist am {when} bei uns eingegangen ({id}).\n\nEr gilt für diese ' +
    'Konten:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nUnter {url} können Sie Ihre Widersprüche einsehen und ' +
    'zurückziehen.',
  'mail.confirmation.body.opt_in':
    'Guten Tag,\n\nIhre Einwilligung ist am {when} bei uns eingegangen ({id}).\n\nSie gilt für diese ' +
    'Konten:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nUnter {url} können Sie Ihre Einwilligungen einsehen und ' +
    'widerrufen.',
  'mail.withdrawal.subject': 'Ihr Widerspruch wurde zurückgezogen',
  'mail.withdrawal.subject.opt_in': 'Ihre Einwilligung wurde widerrufen',
  'mail.withdrawal.body':
    'Guten Tag,\n\nIhr Widerspruch {id} wurde am {when} zurückgezogen.\n\n{effect}\n\nSie können jederzeit erneut ' +
    'widersprechen: {url}',
  'mail.withdrawal.body.opt_in':
    'Guten Tag,\n\nIhre Einwilligung {id} wurde am {when} widerrufen.\n\n{effect}\n\nSie können jederzeit erneut ' +
    'einwilligen: {url}',
  'mail.notice.subject': 'Wir nutzen öffentliche Inhalte zum Training von KI',
  'mail.notice.subject.opt_in': 'Dürfen wir Ihre öffentlichen Inhalte zum Training von KI nutzen?',
  'mail.notice.body':
    'Guten Tag,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nHier widersprechen: {url}\n\nDiese E-Mail ' +
    'betrifft diese Konten: {accounts}',
  'mail.notice.body.opt_in':
    'Guten Tag,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nHier erteilen oder widerrufen Sie Ihre ' +
    'Einwilligung: {url}\n\nDiese E-Mail betrifft diese Konten: {accounts}',
  'mail.footer.zone': 'Die Zeiten in dieser E-Mail sind in der Zeitzone {zone} angegeben.',
  'mail.case.confirm.subject': 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
  'mail.case.confirm.body':
    'Guten Tag,\n\njemand (hoffentlich Sie) hat uns gebeten, Inhalte aus dem KI-Training herauszuhalten, und diese ' +
    'Adresse für unsere Antwort angegeben. Bitte bestätigen Sie sie hier:\n\n{link}\n\nWaren Sie es nicht, ' +
    'ignorieren Sie diese E-Mail: Wir schreiben Ihnen nicht noch einmal.',
  'mail.case.received.subject': 'Wir haben Ihre Anfrage {id} erhalten',
  'mail.case.received.body':
    'Guten Tag,\n\nIhre Anfrage {id} ist am {when} bei uns eingegangen. Sie betrifft diese Inhalte:\n{items}\n\nWir ' +
    'entscheiden bis zum {due}.',
  'mail.case.extended.subject': 'Wir brauchen mehr Zeit für Ihre Anfrage {id}',
  'mail.case.extended.body':
    'Guten Tag,\n\nwir brauchen mehr Zeit, um über Ihre Anfrage {id} zu entscheiden, denn: {reason}\n\nWir ' +
    'entscheiden bis zum {due}.',
  'mail.case.accepted.subject': 'Ihre Anfrage {id} wurde angenommen',
  'mail.case.accepted.body':
    'Guten Tag,\n\nwir haben Ihre Anfrage {id} angenommen. Diese Inhalte halten wir aus jedem KI-Trainingsdatensatz ' +
    'heraus, den wir ab jetzt erstellen:\n{items}\n\nWas bereits in ein Modell eingeflossen ist, lässt sich nicht ' +
    'mehr herausnehmen.',
  'mail.case.rejected.subject': 'Ihre Anfrage {id} wurde abgelehnt',
  'mail.case.rejected.body':
    'Guten Tag,\n\nwir haben Ihre Anfrage {id} nicht angenommen, denn: {reason}\n\nSie können sich bei einer ' +
    'Datenschutz-Aufsichtsbehörde beschweren.',
  'console.name': 'Datenschutzkonsole',
  'console.nav.label': 'Konsole',
  'console.nav.overview': 'Übersicht',
  'console.nav.cases': 'Fälle',
  'console.nav.snapshots': 'Datensätze',
  'console.nav.models': 'Modelle',
  'console.nav.ledger': 'Protokoll',
  'console.member': 'Angemeldet als {name}, Rolle: {role}.',
  'console.role.viewer': 'Lesende',
  'console.role.reviewer': 'Prüfende',
  'console.signin.title': 'Bei der Datenschutzkonsole anmelden',
  'console.signin.lead':
    'Für das Datenschutzteam der Plattform. Geben Sie Ihre dienstliche E-Mail-Adresse ein: Ist sie als Mitglied der ' +
    'Konsole eingetragen, schicken wir an sie einen Link, mit dem Sie sich anmelden. Der Link gilt einmal, {minutes} ' +
    'Minuten lang.',
  'console.signin.sent':
    'Wenn diese Adresse als Mitglied der Konsole eingetragen ist, ist ein Anmeldelink unterwegs. Er gilt einmal, ' +
    '{minutes} Minuten lang.',
  'console.signin.refused':
    'Das Konto, mit dem Sie sich angemeldet haben, ist nicht als Mitglied der Konsole eingetragen. Bitten Sie Ihre ' +
    'Datenschutzbeauftragte oder Ihren Datenschutzbeauftragten, seine Adresse aufzunehmen.',
  'console.forbidden': 'Ihre Rolle erlaubt das nicht. Über Fälle entscheiden Prüfende.',
  'console.overview.title': 'Übersicht',
  'console.overview.policy':
    'Zahlen nach der Richtlinie {policy}. Ein Widerspruch, der ab dem {deadline} eingeht, gilt als verspätet. Tage ' +
    'sind Kalendertage in UTC.',
  'console.overview.policy.nodeadline':
    'Zahlen nach der Richtlinie {policy}, die keine Frist vorsieht: Kein Widerspruch ist verspätet. Tage sind ' +
    'Kalendertage in UTC.',
  'console.overview.cases': 'Fälle: {open} noch nicht entschieden, davon {overdue} überfällig',
  'console.overview.asof': 'Stand: {when}; die Zahlen werden höchstens alle {minutes} Minuten neu berechnet.',
  'console.figures.title': 'Widersprüche, Rücknahmen und Einwilligungen',
  'console.chart.title': 'Widersprüche, verspätete Widersprüche, Rücknahmen und Einwilligungen pro Tag',
  'console.chart.desc': 'Eine Linie pro Reihe, vom {first} bis zum {last}. Die Tabelle darunter enthält alle Zahlen.',
  'console.chart.empty': 'Es ist noch nichts eingegangen.',
  'console.series.objections': 'Widersprüche',
  'console.series.late': 'Verspätete Widersprüche',
  'console.series.withdrawals': 'Rücknahmen',
  'console.series.consents': 'Einwilligungen',
  'console.table.day': 'Tag',
  'console.table.perday': 'Alle Tage in Zahlen',
  'console.totals.caption': 'Insgesamt',
  'console.bychannel.caption': 'Nach Kanal',
  'console.bynetwork.caption': 'Nach Netzwerk der betroffenen Konten (einmal je Netzwerk)',
  'console.type.objection': 'Widersprüche',
  'console.type.consent': 'Einwilligungen',
  'console.col.type': 'Typ',
  'console.col.filed': 'Abgegeben',
  'console.col.withdrawn': 'Zurückgenommen',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Netzwerk',
  'console.col.policy': 'Richtlinie',
  'console.col.lang': 'Sprache',
  'console.col.queued': 'Eingereiht',
  'console.col.accepted': 'Vom Mailserver angenommen',
  'console.col.failing': 'Mit Fehler',
  'console.col.pending': 'Ausstehend',
  'console.col.accounts': 'Konten',
  'console.col.kind': 'Art',
  'console.col.unsent': 'Nicht versendet',
  'console.col.oldest': 'Älteste nicht versendete',
  'console.col.case': 'Fall',
  'console.col.status': 'Status',
  'console.col.due': 'Fällig',
  'console.col.received': 'Eingegangen',
  'console.col.items': 'Inhalte',
  'console.col.reason': 'Grund',
  'console.col.count': 'Inhalte',
  'console.col.in': 'Enthalten',
  'console.col.out': 'Nicht enthalten',
  'console.col.model': 'Modell',
  'console.col.registered': 'Registriert',
  'console.col.snapshots': 'Datensätze',
  'console.col.seq': 'Position',
  'console.col.event': 'Ereignis',
  'console.col.recorded': 'Erfasst',
  'console.notices.title': 'Reichweite der Information',
  'console.notices.never':
    'Für {never} von {adults} Konten im Mindestalter liegt keine Information vor, die für {policy} zählt.',
  'console.notices.mails.caption': 'Informations-E-Mails nach Richtlinienversion und Sprache',
  'console.notices.proofs.caption': 'Konten mit Nachweis der Information, nach Richtlinienversion und Sprache',
  'console.notices.mails.empty':
    'Es wurde noch keine Informations-E-Mail eingereiht: Der Befehl veto notice send reiht sie ein und versendet sie.',
  'console.notices.proofs.empty': 'Bisher hat noch keine Information ein Konto erreicht.',
  'console.notices.unversioned': 'ohne Version (zählt für jede Richtlinie)',
  'console.outbox.title': 'Postausgang',
  'console.outbox.caption': 'E-Mails, die der Mailserver noch nicht angenommen hat, nach Art',
  'console.outbox.empty': 'Der Mailserver hat alle E-Mails angenommen.',
  'console.cases.title': 'Fälle',
  'console.cases.lead':
    'Anfragen Dritter: noch nicht entschiedene zuerst, überfällige ganz oben, dann nach Fälligkeit.',
  'console.cases.empty': 'Es ist noch keine Anfrage eingegangen.',
  'console.status.open': 'offen',
  'console.status.extended': 'verlängert',
  'console.status.accepted': 'angenommen',
  'console.status.rejected': 'abgelehnt',
  'console.status.overdue': 'überfällig',
  'console.case.title': 'Fall {id}',
  'console.case.received': 'Eingegangen am {when} über {channel}; fällig am {due}.',
  'console.case.description': 'Was die anfragende Person angibt',
  'console.case.evidence': 'Belege',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Keiner angegeben: Die anfragende Person kann nicht benachrichtigt werden.',
  'console.case.contact.unconfirmed': '(nicht bestätigt: An diese Adresse wird noch nichts gesendet)',
  'console.case.contact.confirmed': '(bestätigt)',
  'console.case.hidden': 'Die Texte der Anfrage und ihr Kontakt sind personenbezogene Daten: Nur Prüfende sehen sie.',
  'console.case.erased':
    'Die Texte der Anfrage und, falls angegeben, ihre Kontaktadresse wurden am {when} gelöscht, nachdem seit der ' +
    'Entscheidung die mit requests.keep_texts_days festgelegte Frist verstrichen war.',
  'console.case.steps': 'Schritte',
  'console.case.step.extended': 'Verlängert von {reviewer} am {when}, jetzt fällig am {due}. Grund: {reason}',
  'console.case.step.accepted': 'Angenommen von {reviewer} am {when}; Anzahl der Inhalte: {count}.',
  'console.case.step.rejected': 'Abgelehnt von {reviewer} am {when}. Grund: {reason}',
  'console.case.decided': 'Über diesen Fall ist entschieden.',
  'console.case.viewer': 'Nur Prüfende entscheiden über Fälle.',
  'console.case.decide': 'Entscheiden',
  'console.case.accept': 'Annehmen',
  'console.case.accept.items': 'Aus dem Training herauszuhaltende Inhalte',
  'console.case.accept.lead':
    'Die angekreuzten Inhalte werden aus jedem Datensatz herausgehalten, der ab jetzt erstellt wird.',
  'console.case.reject': 'Ablehnen',
  'console.case.reject.reason': 'Warum die Anfrage abgelehnt wird (die anfragende Person liest dies)',
  'console.case.extend': 'Um zwei Monate verlängern',
  'console.case.extend.reason': 'Warum mehr Zeit nötig ist (die anfragende Person liest dies)',
  'console.case.done.extended': 'Fall {id} ist verlängert; er ist jetzt fällig am {due}.',
  'console.case.done.accepted':
    'Fall {id} ist angenommen: Seine Inhalte werden aus jedem Datensatz herausgehalten, der ab jetzt erstellt wird.',
  'console.case.done.rejected': 'Fall {id} ist abgelehnt.',
  'console.case.noitems': 'Kreuzen Sie mindestens einen Inhalt an, um den Fall anzunehmen, oder lehnen Sie ihn ab.',
  'console.snapshots.title': 'Datensätze',
  'console.snapshots.empty': 'Es wurde noch kein Datensatz versiegelt.',
  'console.snapshot.summary':
    '{included} von {considered} Inhalten enthalten, nach der Richtlinie {policy}; Stand der Inhalte: {at}; ' +
    'versiegelt am {sealed}.',
  'console.snapshot.root': 'Merkle-Wurzel',
  'console.snapshot.models': 'Damit trainierte Modelle: {models}',
  'console.snapshot.nomodels': 'Kein Modell ist als damit trainiert registriert.',
  'console.snapshot.unreadable':
    'Sein Ordner kann hier nicht gelesen werden, daher werden seine Zahlen nicht angezeigt; „Überprüfen“ zeigt, was ' +
    'nicht stimmt.',
  'console.snapshot.out.caption': 'Nicht enthaltene Inhalte, nach Grund',
  'console.snapshot.kind.caption': 'Inhalte nach Art',
  'console.snapshot.lang.caption': 'Inhalte nach Sprache',
  'console.snapshot.verify': 'Überprüfen',
  'console.snapshot.verify.title': 'Datensatz {id} überprüft',
  'console.snapshot.verified.ok':
    'Datensatz {id} ist so, wie er versiegelt wurde: Dateien, Manifest und Merkle-Wurzel stimmen überein.',
  'console.snapshot.verified.bad':
    'Datensatz {id} ist nicht mehr so, wie er versiegelt wurde. Gefundene Probleme: {count}.',
  'console.models.title': 'Modelle',
  'console.models.empty': 'Es wurde noch kein Modell registriert.',
  'console.ledger.title': 'Protokoll',
  'console.ledger.size': 'Einträge im Protokoll: {size}.',
  'console.ledger.checkpoint': 'Der letzte signierte Checkpoint umfasst {size} Einträge; er wurde am {when} signiert.',
  'console.ledger.nocheckpoint':
    'Es wurde noch kein Checkpoint signiert: Der Befehl veto ledger checkpoint signiert einen.',
  'console.ledger.root': 'Wurzel',
  'console.ledger.note': 'Signierte Notiz',
  'console.ledger.recent': 'Neueste Einträge',
  'console.records.title': 'Aufzeichnungen für Aufsichtsbehörden',
  'console.records.lead':
    'Jeder Widerspruch, jede Einwilligung, jede Rücknahme, jede zugestellte Information und jeder Schritt eines ' +
    'Falls, eine Aufzeichnung pro Protokolleintrag, jede prüfbar anhand eines für den Download signierten ' +
    'Checkpoints. Kontokennungen und Namen der Prüfenden, keine Adressen oder Texte.',
  'console.records.format': 'Format',
  'console.records.download': 'Aufzeichnungen herunterladen',
}
