/** Every sentence a person reads, in Danish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const da: Messages = {
  'site.name': 'AI-træning og dit indhold',
  'site.skip': 'Gå til indholdet',
  'nav.label': 'Hovedmenu',
  'nav.notice': 'Om træningen',
  'nav.object': 'Gør indsigelse',
  'nav.consent': 'Samtykke',
  'nav.status': 'Mine indsigelser',
  'nav.status.consent': 'Mine samtykker',
  'nav.data': 'Mine data',
  'nav.signin': 'Log ind',
  'nav.signout': 'Log ud',
  'settings.title': 'Sprog og tidszone',
  'settings.lang': 'Sprog',
  'settings.zone': 'Tidszone',
  'settings.submit': 'Gem',
  'settings.shown': 'Tidspunkter vises i tidszonen {zone}.',
  'notice.title': 'Vi vil bruge offentligt indhold til at træne AI',
  'notice.title.opt_in': 'Må vi bruge dit offentlige indhold til at træne AI?',
  'notice.lead':
    'Fra {start} bruger vi offentligt indhold fra brugere på {age} år og derover til at træne vores AI-modeller på ' +
    'grundlag af vores legitime interesse (databeskyttelsesforordningens artikel 6, stk. 1, litra f). Du kan til ' +
    'enhver tid gøre indsigelse uden at give en begrundelse.',
  'notice.lead.nodeadline':
    'Vi bruger offentligt indhold fra brugere på {age} år og derover til at træne vores AI-modeller på grundlag af ' +
    'vores legitime interesse (databeskyttelsesforordningens artikel 6, stk. 1, litra f). Du kan til enhver tid gøre ' +
    'indsigelse uden at give en begrundelse.',
  'notice.lead.opt_in':
    'Vi vil gerne bruge offentligt indhold fra brugere på {age} år og derover til at træne vores AI-modeller. Vi ' +
    'bruger det kun med dit samtykke (databeskyttelsesforordningens artikel 6, stk. 1, litra a). Du kan give dit ' +
    'samtykke her og til enhver tid trække det tilbage lige så let, som du gav det.',
  'notice.what': 'Hvad vi bruger',
  'notice.kinds': 'Disse typer offentligt indhold: {kinds}.',
  'notice.never.snapshot':
    'Aldrig indhold, der ikke er offentligt, f.eks. private beskeder, og aldrig indhold fra personer under {age} år.',
  'notice.never.publication':
    'Aldrig indhold, der ikke er offentligt, f.eks. private beskeder, og aldrig indhold, som du offentliggjorde, før ' +
    'du fyldte {age} år.',
  'notice.deadline': 'Fristen',
  'notice.deadline.text': 'Indsigelser, der modtages før {deadline}, holder alt dit indhold ude af træningen.',
  'notice.after.future_content_only':
    'Indsigelser, der modtages derefter, holder kun det ude, som du gør offentligt efter indsigelsen. Det, der ' +
    'allerede er gået ind i en model, kan ikke tages tilbage.',
  'notice.after.all_content':
    'Indsigelser, der modtages derefter, holder alt dit indhold ude af alle træningsdatasæt, der laves efter ' +
    'indsigelsen. Det, der allerede er gået ind i en model, kan ikke tages tilbage.',
  'notice.nodeadline':
    'En indsigelse holder alt dit indhold ude af alle træningsdatasæt, der laves efter indsigelsen. Det, der ' +
    'allerede ' +
    'er gået ind i en model, kan ikke tages tilbage.',
  'notice.comingOfAge':
    'Hvis du fylder {age} år efter {deadline}, holder en indsigelse, som du gør inden for {days} dage efter ' +
    'fødselsdagen, også alt dit indhold ude.',
  'notice.comingOfAge.own':
    'Du fyldte {age} år for nylig: en indsigelse, som du gør før {until}, holder alt dit indhold ude.',
  'notice.consent.effect':
    'Uden dit samtykke bruges intet af dit indhold. Med dit samtykke kan dit offentlige indhold blive brugt i ' +
    'træningsdatasæt, der laves, mens samtykket gælder. Det, der allerede er gået ind i en model, kan ikke tages ' +
    'tilbage.',
  'notice.cta': 'Gør indsigelse nu',
  'notice.cta.opt_in': 'Giv eller træk dit samtykke tilbage',
  'scope.covers':
    'En indsigelse omfatter alle konti med din e-mailadresse og alle konti, der er forbundet med dem i samme ' +
    'kontocenter.',
  'scope.covers.opt_in':
    'Et samtykke omfatter alle konti med din e-mailadresse og alle konti, der er forbundet med dem i samme ' +
    'kontocenter.',
  'scope.notcovered':
    'Konti med en anden e-mailadresse uden for disse kontocentre er ikke omfattet, heller ikke selvom de er dine: de ' +
    'kræver deres egen indsigelse.',
  'scope.notcovered.opt_in':
    'Konti med en anden e-mailadresse uden for disse kontocentre er ikke omfattet, heller ikke selvom de er dine: de ' +
    'kræver deres eget samtykke.',
  'kind.name': 'dit navn',
  'kind.username': 'brugernavne',
  'kind.profile_picture': 'profilbilleder',
  'kind.avatar': 'avatarer',
  'kind.post': 'offentlige opslag',
  'kind.comment': 'kommentarer',
  'kind.group_post': 'aktivitet i offentlige grupper',
  'kind.page_post': 'aktivitet på sider',
  'kind.channel_post': 'aktivitet i kanaler',
  'kind.marketplace_review': 'anmeldelser på markedspladsen',
  'signin.title': 'Log ind',
  'signin.lead':
    'Indtast e-mailadressen til din konto. Vi sender dig et link, der logger dig ind; det virker én gang og gælder i ' +
    '{minutes} minutter.',
  'signin.email': 'E-mailadresse',
  'signin.submit': 'Send mig et link',
  'signin.oidc': 'Log ind med {label}',
  'signin.sent.title': 'Tjek din indbakke',
  'signin.sent.text':
    'Hvis en konto bruger denne adresse, er et login-link på vej. Det virker én gang og gælder i {minutes} minutter.',
  'signin.confirm.title': 'Log ind',
  'signin.confirm.text': 'Fortsæt for at logge ind på denne enhed.',
  'signin.confirm.submit': 'Log ind',
  'signin.invalid': 'Dette link er udløbet eller allerede brugt. Bed om et nyt.',
  'object.title': 'Gør indsigelse mod brugen af dit indhold',
  'object.lead': 'Her kan du gøre indsigelse mod, at dit offentlige indhold bruges til at træne AI.',
  'object.email': 'E-mailadressen til din konto',
  'object.reason': 'Begrundelse (valgfri)',
  'object.reason.hint': 'Du behøver ikke at give en begrundelse. Vi gemmer den og viser den aldrig til andre.',
  'object.submit': 'Gør indsigelse',
  'object.done.title': 'Din indsigelse er registreret',
  'object.done.received': 'Modtaget {when}. En bekræftelse er på vej til din indbakke.',
  'object.done.covers': 'Den omfatter disse konti:',
  'object.done.timely': 'Den kom før fristen: intet af indholdet på disse konti vil blive brugt.',
  'object.done.late.future_content_only':
    'Den kom efter fristen: indhold, som du gør offentligt fra nu af, vil ikke blive brugt. Det, der allerede er ' +
    'gået ' +
    'ind i en model, kan ikke tages tilbage.',
  'object.done.late.all_content':
    'Den kom efter fristen: intet af indholdet på disse konti vil blive brugt i træningsdatasæt, der laves fra nu ' +
    'af. ' +
    'Det, der allerede er gået ind i en model, kan ikke tages tilbage.',
  'consent.title': 'Giv samtykke til brugen af dit indhold',
  'consent.lead':
    'Her kan du give samtykke til, at dit offentlige indhold bruges til at træne AI. Det er op til dig; intet ændrer ' +
    'sig for dig, hvis du ikke gør det.',
  'consent.submit': 'Jeg giver mit samtykke',
  'consent.given': 'Du har givet dit samtykke. Du kan trække det tilbage på siden »Mine samtykker«.',
  'consent.done.title': 'Dit samtykke er registreret',
  'consent.done.received': 'Modtaget {when}. En bekræftelse er på vej til din indbakke.',
  'consent.done.covers': 'Det omfatter disse konti:',
  'consent.done.effect':
    'Dit offentlige indhold kan blive brugt i træningsdatasæt, der laves fra nu af. Du kan til enhver tid trække dit ' +
    'samtykke tilbage lige så let, som du gav det.',
  'status.title': 'Mine indsigelser',
  'status.title.opt_in': 'Mine samtykker',
  'status.none': 'Du har ikke gjort indsigelse.',
  'status.none.opt_in': 'Du har ikke givet samtykke.',
  'status.section': 'Indsigelse af {date}',
  'status.section.opt_in': 'Samtykke af {date}',
  'status.received': 'Modtaget {when}',
  'status.withdrawn': 'Trukket tilbage {when}',
  'status.covers': 'Omfatter: {accounts}',
  'status.withdraw': 'Træk denne indsigelse tilbage',
  'status.withdraw.opt_in': 'Træk dette samtykke tilbage',
  'status.accounts': 'Dine konti',
  'status.signoutEverywhere': 'Log ud på alle enheder',
  'status.notYours':
    'Indgivet for {accounts}, en konto i dit kontocenter med en anden e-mailadresse. Dine konti er også omfattet; ' +
    'kun ' +
    'indehaveren af en konto, det er indgivet for, kan trække det tilbage.',
  'withdraw.title': 'Vil du trække din indsigelse tilbage?',
  'withdraw.title.opt_in': 'Vil du trække dit samtykke tilbage?',
  'withdraw.effect':
    'Dit offentlige indhold kan blive brugt i træningsdatasæt, der laves fra nu af. Datasæt, der er lavet før, ' +
    'forbliver, som de er.',
  'withdraw.effect.opt_in':
    'Intet af dit indhold vil blive brugt i træningsdatasæt, der laves fra nu af. Datasæt, der er lavet før, ' +
    'forbliver, som de er: det, der allerede er gået ind i en model, kan ikke tages tilbage.',
  'withdraw.again.timely':
    'Hvis du gør indsigelse igen før {deadline}, holder den nye indsigelse stadig alt dit indhold ude. Derefter ' +
    'regnes den for at være for sen.',
  'withdraw.again.late':
    'Hvis du gør indsigelse igen, regnes den nye indsigelse for at være for sen, fordi fristen ({deadline}) er ' +
    'udløbet.',
  'withdraw.confirm': 'Ja, træk tilbage',
  'withdraw.cancel': 'Nej, behold',
  'withdraw.done.title': 'Din indsigelse er trukket tilbage',
  'withdraw.done.title.opt_in': 'Dit samtykke er trukket tilbage',
  'withdraw.done.text': 'Trukket tilbage {when}. En bekræftelse er på vej til din indbakke.',
  'data.title': 'Mine data i træningen',
  'data.access': 'Hent alt, hvad vi har registreret om dig (JSON)',
  'data.none': 'Der er endnu ikke lavet noget træningsdatasæt.',
  'data.snapshot': 'Træningsdatasæt {id} pr. {at} ({policy})',
  'data.in': '{n} af dine elementer er med',
  'data.out': '{n} er ikke',
  'data.models': 'Modeller trænet på det: {models}',
  'data.caption': 'Dine elementer i træningsdatasæt {id}',
  'data.col.item': 'Element',
  'data.col.status': 'Med i datasættet?',
  'data.col.proof': 'Bevis',
  'data.included': 'med',
  'data.proof': 'Bevis',
  'data.proof.about':
    'En bevisfil viser ud fra træningsdatasættets offentliggjorte fingeraftryk (dets Merkle-rod), at et element er ' +
    'med i datasættet, eller at det ikke er med. Den indeholder din nøgle til datasættet. Ud fra den og elementets ' +
    'id beregnes elementets nøgle igen, så alle, du giver filen til, kan kontrollere den uden at skulle stole på os.',
  'data.proof.of': 'Bevis for element {id}',
  'data.reason.published': 'endnu ikke offentligt på skæringstidspunktet',
  'data.reason.visibility': 'ikke offentligt',
  'data.reason.kind': 'ikke en type, der bruges til træning',
  'data.reason.region': 'uden for træningens regioner',
  'data.reason.age': 'alder ukendt eller under minimumsalderen',
  'data.reason.notice': 'ikke underrettet i tide',
  'data.reason.consent': 'intet samtykke',
  'data.reason.objection': 'din indsigelse',
  'data.reason.excluded': 'holdt ude efter anmodning fra en person, der ses i det',
  'request.link': 'Indhold, der viser dig',
  'request.title': 'Hold indhold, der viser dig, ude af AI-træning',
  'request.lead':
    'Hvis et offentligt opslag, en kommentar eller et foto fra en anden viser dig – dit navn, dit billede eller ' +
    'andre oplysninger om dig – kan du bede os om at holde det ude af AI-træning. Du behøver ikke en konto. Vi ' +
    'svarer inden for en måned; hvis vi har brug for mere tid, fortæller vi dig hvorfor, og vi svarer senest inden ' +
    'for yderligere to måneder.',
  'request.items': 'Hvilket indhold? Én webadresse eller ét element-id pr. linje',
  'request.items.hint': 'Kopiér adressen fra browseren eller elementets id fra siden »Mine data«.',
  'request.description': 'Hvad viser det om dig, og hvorfor skal det holdes ude?',
  'request.contact': 'Din e-mailadresse (valgfri)',
  'request.contact.hint':
    'Kun for at fortælle dig, hvad vi beslutter. Vi sender dig først et link, så du kan bekræfte, at adressen er din.',
  'request.evidence': 'Andet, der kan hjælpe os (valgfrit)',
  'request.submit': 'Send anmodning',
  'request.error.items':
    'Angiv mindst ét og højst 100 elementer: en webadresse på vores websted eller et element-id, ét pr. linje.',
  'request.error.description': 'Skriv, hvad indholdet viser om dig (højst 5.000 tegn).',
  'request.error.contact': 'Det ligner ikke en e-mailadresse.',
  'request.error.evidence': 'Det er for langt (højst 20.000 tegn).',
  'request.done.title': 'Vi har modtaget din anmodning',
  'request.done.text': 'Din anmodning har nummer {id}. Vi træffer en beslutning senest {due}.',
  'request.done.contact':
    'Vi har sendt et link til den adresse, du angav. Når du har åbnet det og bekræftet, fortæller vi dig, hvad vi ' +
    'beslutter.',
  'request.done.nocontact': 'Du angav ingen e-mailadresse, så vi kan ikke fortælle dig, hvad vi beslutter.',
  'request.confirm.title': 'Bekræft din e-mailadresse',
  'request.confirm.text': 'Bekræft, at vi må skrive til denne adresse om din anmodning {id}.',
  'request.confirm.submit': 'Bekræft',
  'request.confirmed.title': 'Din adresse er bekræftet',
  'request.confirmed.text': 'Vi skriver til dig, når vi har truffet en beslutning om din anmodning {id}.',
  'request.confirm.invalid': 'Dette link er ikke gyldigt. Kopiér hele linket fra mailen.',
  'error.title': 'Noget er ikke, som det skal være',
  'error.csrf': 'Denne formular er udløbet. Gå tilbage, genindlæs siden, og prøv igen.',
  'error.rate': 'For mange forsøg. Vent et minut, og prøv igen.',
  'error.signin': 'Log ind først.',
  'error.notfound': 'Denne side findes ikke.',
  'error.notyours': 'Kun indehaveren af en konto, det er indgivet for, kan trække det tilbage.',
  'error.withdrawn': 'Dette er allerede trukket tilbage.',
  'error.internal': 'Der gik noget galt hos os. Prøv igen senere.',
  'mail.signin.subject': 'Dit login-link',
  'mail.signin.body':
    'Hej\n\nNogen (forhåbentlig dig) har bedt om at logge ind. Dette link virker én gang og gælder i {minutes} ' +
    'minutter:\n\n{link}\n\nHvis det ikke var dig, kan du se bort fra denne mail.',
  'mail.confirmation.subject': 'Din indsigelse er registreret',
  'mail.confirmation.subject.opt_in': 'Dit samtykke er registreret',
  'mail.confirmation.body':
    'Hej\n\nVi modtog din indsigelse {when} ({id}).\n\nDen omfatter disse ' +
    'konti:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nDu kan se og trække dine indsigelser tilbage på {url}.',
  'mail.confirmation.body.opt_in':
    'Hej\n\nVi modtog dit samtykke {when} ({id}).\n\nDet omfatter disse ' +
    'konti:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nDu kan se og trække dine samtykker tilbage på {url}.',
  'mail.withdrawal.subject': 'Din indsigelse er trukket tilbage',
  'mail.withdrawal.subject.opt_in': 'Dit samtykke er trukket tilbage',
  'mail.withdrawal.body':
    'Hej\n\nDin indsigelse {id} blev trukket tilbage {when}.\n\n{effect}\n\nDu kan til enhver tid gøre indsigelse ' +
    'igen: {url}',
  'mail.withdrawal.body.opt_in':
    'Hej\n\nDit samtykke {id} blev trukket tilbage {when}.\n\n{effect}\n\nDu kan til enhver tid give dit samtykke ' +
    'igen: {url}',
  'mail.notice.subject': 'Vi vil bruge offentligt indhold til at træne AI',
  'mail.notice.subject.opt_in': 'Må vi bruge dit offentlige indhold til at træne AI?',
  'mail.notice.body':
    'Hej\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nGør indsigelse her: {url}\n\nDenne mail handler om ' +
    'disse konti: {accounts}',
  'mail.notice.body.opt_in':
    'Hej\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nGiv eller træk dit samtykke tilbage her: ' +
    '{url}\n\nDenne mail handler om disse konti: {accounts}',
  'mail.footer.zone': 'Tidspunkterne i denne mail er angivet i tidszonen {zone}.',
  'mail.case.confirm.subject': 'Bekræft din e-mailadresse',
  'mail.case.confirm.body':
    'Hej\n\nNogen (forhåbentlig dig) har bedt os om at holde indhold ude af AI-træning og har angivet denne adresse ' +
    'for at få svar. Bekræft den venligst her:\n\n{link}\n\nHvis det ikke var dig, kan du se bort fra denne mail: vi ' +
    'skriver ikke igen.',
  'mail.case.received.subject': 'Vi har modtaget din anmodning {id}',
  'mail.case.received.body':
    'Hej\n\nVi modtog din anmodning {id} {when}. Den handler om:\n{items}\n\nVi træffer en beslutning senest {due}.',
  'mail.case.extended.subject': 'Vi har brug for mere tid til din anmodning {id}',
  'mail.case.extended.body':
    'Hej\n\nVi har brug for mere tid til at træffe en beslutning om din anmodning {id} af følgende grund: ' +
    '{reason}\n\nVi træffer en beslutning senest {due}.',
  'mail.case.accepted.subject': 'Din anmodning {id} er imødekommet',
  'mail.case.accepted.body':
    'Hej\n\nVi har imødekommet din anmodning {id}. Dette indhold holdes ude af alle AI-træningsdatasæt, som vi laver ' +
    'fra nu af:\n{items}\n\nDet, der allerede er gået ind i en model, kan ikke tages ud af den igen.',
  'mail.case.rejected.subject': 'Din anmodning {id} er afvist',
  'mail.case.rejected.body':
    'Hej\n\nVi har ikke imødekommet din anmodning {id} af følgende grund: {reason}\n\nDu kan klage til en ' +
    'databeskyttelsesmyndighed.',
  'console.name': 'Privatlivskonsol',
  'console.nav.label': 'Konsol',
  'console.nav.overview': 'Overblik',
  'console.nav.cases': 'Sager',
  'console.nav.snapshots': 'Datasæt',
  'console.nav.models': 'Modeller',
  'console.nav.ledger': 'Protokol',
  'console.member': 'Logget ind som {name}, {role}.',
  'console.role.viewer': 'læser',
  'console.role.reviewer': 'sagsbehandler',
  'console.signin.title': 'Log ind på privatlivskonsollen',
  'console.signin.lead':
    'For platformens privatlivsteam. Indtast din arbejdsmailadresse: hvis den er registreret i konsollen, sender vi ' +
    'et link til den, der logger dig ind. Linket virker én gang og gælder i {minutes} minutter.',
  'console.signin.sent':
    'Hvis denne adresse er registreret i konsollen, er et login-link på vej. Det virker én gang og gælder i ' +
    '{minutes} minutter.',
  'console.signin.refused':
    'Den konto, du loggede ind med, er ikke registreret i konsollen. Bed din databeskyttelsesrådgiver om at tilføje ' +
    'dens adresse.',
  'console.forbidden': 'Din rolle giver ikke adgang til dette. Sager afgøres af sagsbehandlere.',
  'console.overview.title': 'Overblik',
  'console.overview.policy':
    'Tal efter politikken {policy}. En indsigelse, der modtages fra {deadline} og frem, regnes for at være for sen. ' +
    'Dage er dage i UTC.',
  'console.overview.policy.nodeadline':
    'Tal efter politikken {policy}, som ikke har nogen frist: ingen indsigelse er for sen. Dage er dage i UTC.',
  'console.overview.cases': 'Sager: {open} uafgjorte, heraf {overdue} over fristen',
  'console.overview.asof': 'Tallene er opgjort pr. {when} og beregnes igen højst hvert {minutes}. minut.',
  'console.figures.title': 'Indsigelser, tilbagetrækninger og samtykker',
  'console.chart.title': 'Indsigelser, for sene indsigelser, tilbagetrækninger og samtykker pr. dag',
  'console.chart.desc': 'Én linje pr. serie, fra {first} til {last}. Tabellen nedenfor viser alle tal.',
  'console.chart.empty': 'Der er endnu ikke indgivet noget.',
  'console.series.objections': 'Indsigelser',
  'console.series.late': 'For sene indsigelser',
  'console.series.withdrawals': 'Tilbagetrækninger',
  'console.series.consents': 'Samtykker',
  'console.table.day': 'Dag',
  'console.table.perday': 'Alle dage i tal',
  'console.totals.caption': 'I alt',
  'console.bychannel.caption': 'Efter kanal',
  'console.bynetwork.caption': 'Efter netværk for de konti, der er indgivet for (én gang for hvert netværk)',
  'console.type.objection': 'Indsigelser',
  'console.type.consent': 'Samtykker',
  'console.col.type': 'Type',
  'console.col.filed': 'Indgivet',
  'console.col.withdrawn': 'Trukket tilbage',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Netværk',
  'console.col.policy': 'Politik',
  'console.col.lang': 'Sprog',
  'console.col.queued': 'Sat i kø',
  'console.col.accepted': 'Modtaget af mailserveren',
  'console.col.failing': 'Fejler',
  'console.col.pending': 'Afventer',
  'console.col.accounts': 'Konti',
  'console.col.kind': 'Art',
  'console.col.unsent': 'Ikke sendt',
  'console.col.oldest': 'Ældste ikke sendte',
  'console.col.case': 'Sag',
  'console.col.status': 'Status',
  'console.col.due': 'Frist',
  'console.col.received': 'Modtaget',
  'console.col.items': 'Elementer',
  'console.col.reason': 'Årsag',
  'console.col.count': 'Elementer',
  'console.col.in': 'Med',
  'console.col.out': 'Ikke med',
  'console.col.model': 'Model',
  'console.col.registered': 'Registreret',
  'console.col.snapshots': 'Datasæt',
  'console.col.seq': 'Position',
  'console.col.event': 'Hændelse',
  'console.col.recorded': 'Indført',
  'console.notices.title': 'Underretningernes rækkevidde',
  'console.notices.never':
    '{never} af {adults} konti for brugere, der har nået minimumsalderen, har ingen underretning, der gælder for ' +
    '{policy}.',
  'console.notices.mails.caption': 'Underretningsmails efter politikversion og sprog',
  'console.notices.proofs.caption': 'Konti med bevis for underretning efter politikversion og sprog',
  'console.notices.mails.empty':
    'Der er endnu ikke sat nogen underretningsmails i kø: veto notice send sætter dem i kø og sender dem.',
  'console.notices.proofs.empty': 'Endnu ingen underretning har nået nogen konto.',
  'console.notices.unversioned': 'uden version (gælder for alle politikker)',
  'console.outbox.title': 'Udbakke',
  'console.outbox.caption': 'Mails, som mailserveren endnu ikke har modtaget, efter art',
  'console.outbox.empty': 'Mailserveren har modtaget alle mails.',
  'console.cases.title': 'Sager',
  'console.cases.lead': 'Tredjeparters anmodninger: uafgjorte først, dem over fristen øverst, derefter efter frist.',
  'console.cases.empty': 'Der er endnu ikke kommet nogen anmodning.',
  'console.status.open': 'åben',
  'console.status.extended': 'forlænget',
  'console.status.accepted': 'imødekommet',
  'console.status.rejected': 'afvist',
  'console.status.overdue': 'over fristen',
  'console.case.title': 'Sag {id}',
  'console.case.received': 'Modtaget {when} via {channel}; frist {due}.',
  'console.case.description': 'Hvad anmoderen skriver',
  'console.case.evidence': 'Dokumentation',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Ingen angivet: anmoderen kan ikke få besked.',
  'console.case.contact.unconfirmed': '(ikke bekræftet: der sendes endnu ikke noget til den)',
  'console.case.contact.confirmed': '(bekræftet)',
  'console.case.hidden':
    'Anmodningens tekster og kontaktoplysninger er personoplysninger: kun sagsbehandlere kan se dem.',
  'console.case.erased':
    'Anmodningens tekster og kontaktadresse, hvis anmoderen angav en, blev slettet {when}, efter at den periode, ' +
    'der er fastsat i requests.keep_texts_days, var gået siden afgørelsen.',
  'console.case.steps': 'Forløb',
  'console.case.step.extended': 'Forlænget af {reviewer} {when}, ny frist {due}. Begrundelse: {reason}',
  'console.case.step.accepted': 'Imødekommet af {reviewer} {when} for {count} elementer.',
  'console.case.step.rejected': 'Afvist af {reviewer} {when}. Begrundelse: {reason}',
  'console.case.decided': 'Der er truffet afgørelse i denne sag.',
  'console.case.viewer': 'Kun sagsbehandlere træffer afgørelse i sager.',
  'console.case.decide': 'Afgør',
  'console.case.accept': 'Imødekom',
  'console.case.accept.items': 'Elementer, der skal holdes ude af træningen',
  'console.case.accept.lead': 'De markerede elementer holdes ude af alle datasæt, der laves fra nu af.',
  'console.case.reject': 'Afvis',
  'console.case.reject.reason': 'Hvorfor anmodningen afvises (anmoderen læser dette)',
  'console.case.extend': 'Forlæng med to måneder',
  'console.case.extend.reason': 'Hvorfor der er brug for mere tid (anmoderen læser dette)',
  'console.case.done.extended': 'Sag {id} er forlænget; fristen er nu {due}.',
  'console.case.done.accepted':
    'Sag {id} er imødekommet: dens elementer holdes ude af alle datasæt, der laves fra nu af.',
  'console.case.done.rejected': 'Sag {id} er afvist.',
  'console.case.noitems': 'Markér mindst ét element for at imødekomme anmodningen, eller afvis sagen.',
  'console.snapshots.title': 'Datasæt',
  'console.snapshots.empty': 'Der er endnu ikke forseglet noget datasæt.',
  'console.snapshot.summary':
    '{included} af {considered} elementer med efter politikken {policy}; indhold pr. {at}; forseglet {sealed}.',
  'console.snapshot.root': 'Merkle-rod',
  'console.snapshot.models': 'Modeller trænet på det: {models}',
  'console.snapshot.nomodels': 'Ingen model er registreret som trænet på det.',
  'console.snapshot.unreadable':
    'Dets mappe kan ikke læses her, så dets tal vises ikke; »Kontrollér« viser, hvad der er galt.',
  'console.snapshot.out.caption': 'Elementer, der ikke er med, efter årsag',
  'console.snapshot.kind.caption': 'Elementer efter art',
  'console.snapshot.lang.caption': 'Elementer efter sprog',
  'console.snapshot.verify': 'Kontrollér',
  'console.snapshot.verify.title': 'Datasæt {id} er kontrolleret',
  'console.snapshot.verified.ok':
    'Datasæt {id} er, som det blev forseglet: dets filer, manifest og Merkle-rod stemmer overens.',
  'console.snapshot.verified.bad': 'Datasæt {id} er ikke, som det blev forseglet: {count} problemer.',
  'console.models.title': 'Modeller',
  'console.models.empty': 'Der er endnu ikke registreret nogen model.',
  'console.ledger.title': 'Protokol',
  'console.ledger.size': 'Protokollen indeholder {size} poster.',
  'console.ledger.checkpoint': 'Dens seneste signerede kontrolpunkt omfatter {size} poster; det blev signeret {when}.',
  'console.ledger.nocheckpoint': 'Der er endnu ikke signeret noget kontrolpunkt: veto ledger checkpoint signerer et.',
  'console.ledger.root': 'Rod',
  'console.ledger.note': 'Signeret note',
  'console.ledger.recent': 'Seneste poster',
  'console.records.title': 'Registreringer til databeskyttelsesmyndigheder',
  'console.records.lead':
    'Hver indsigelse, hvert samtykke, hver tilbagetrækning, hver leveret underretning og hvert trin i en sag, én ' +
    'registrering pr. post i protokollen, hver især kontrollerbar mod et kontrolpunkt, der er signeret til ' +
    'downloadet. Kontienes id og sagsbehandlernes navne, ingen adresser eller tekster.',
  'console.records.format': 'Format',
  'console.records.download': 'Hent registreringerne',
}
