/** Every sentence a person reads, in Dutch; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const nl: Messages = {
  'site.name': 'AI-training en uw content',
  'site.skip': 'Naar de inhoud',
  'nav.label': 'Hoofdnavigatie',
  'nav.notice': 'Over de training',
  'nav.object': 'Bezwaar maken',
  'nav.consent': 'Toestemming geven',
  'nav.status': 'Mijn bezwaren',
  'nav.status.consent': 'Mijn toestemmingen',
  'nav.data': 'Mijn gegevens',
  'nav.signin': 'Inloggen',
  'nav.signout': 'Uitloggen',
  'settings.title': 'Taal en tijdzone',
  'settings.lang': 'Taal',
  'settings.zone': 'Tijdzone',
  'settings.submit': 'Opslaan',
  'settings.shown': 'Tijden worden weergegeven in de tijdzone {zone}.',
  'notice.title': 'We gaan openbare content gebruiken om AI te trainen',
  'notice.title.opt_in': 'Mogen we uw openbare content gebruiken om AI te trainen?',
  'notice.lead':
    'Vanaf {start} gebruiken we openbare content van gebruikers van {age} jaar en ouder om onze AI-modellen te ' +
    'trainen, op basis van ons gerechtvaardigd belang volgens artikel 6, lid 1, onder f), AVG. U kunt op elk moment ' +
    'bezwaar maken, zonder een reden op te geven.',
  'notice.lead.nodeadline':
    'We gebruiken openbare content van gebruikers van {age} jaar en ouder om onze AI-modellen te trainen, op basis ' +
    'van ons gerechtvaardigd belang volgens artikel 6, lid 1, onder f), AVG. U kunt op elk moment bezwaar maken, ' +
    'zonder een reden op te geven.',
  'notice.lead.opt_in':
    'We willen graag openbare content van gebruikers van {age} jaar en ouder gebruiken om onze AI-modellen te ' +
    'trainen. We doen dat alleen met uw toestemming, volgens artikel 6, lid 1, onder a), AVG. U kunt hier uw ' +
    'toestemming geven en die op elk moment weer intrekken, net zo eenvoudig als u die hebt gegeven.',
  'notice.what': 'Wat we gebruiken',
  'notice.kinds': 'Deze soorten openbare content: {kinds}.',
  'notice.never.snapshot':
    'Nooit content die niet openbaar is, zoals privéberichten, en nooit content van personen jonger dan {age} jaar.',
  'notice.never.publication':
    'Nooit content die niet openbaar is, zoals privéberichten, en nooit content die u hebt gepubliceerd voordat u ' +
    '{age} jaar werd.',
  'notice.deadline': 'De uiterste datum',
  'notice.deadline.text': 'Bezwaren die vóór {deadline} binnenkomen, houden al uw content buiten de training.',
  'notice.after.future_content_only':
    'Bezwaren die daarna binnenkomen, houden alleen buiten wat u na uw bezwaar openbaar maakt. Wat al in een model ' +
    'is ' +
    'verwerkt, kan niet worden teruggedraaid.',
  'notice.after.all_content':
    'Bezwaren die daarna binnenkomen, houden al uw content buiten elke trainingsdataset die na ontvangst van het ' +
    'bezwaar wordt gemaakt. Wat al in een model is verwerkt, kan niet worden teruggedraaid.',
  'notice.nodeadline':
    'Een bezwaar houdt al uw content buiten elke trainingsdataset die na ontvangst van het bezwaar wordt gemaakt. ' +
    'Wat ' +
    'al in een model is verwerkt, kan niet worden teruggedraaid.',
  'notice.comingOfAge':
    'Als u de leeftijd van {age} jaar pas na {deadline} bereikt, houdt ook een bezwaar dat u binnen {days} dagen na ' +
    'die verjaardag indient, al uw content buiten.',
  'notice.comingOfAge.own':
    'U bent pas onlangs {age} jaar geworden: een bezwaar dat u vóór {until} indient, houdt al uw content buiten.',
  'notice.consent.effect':
    'Zonder uw toestemming wordt geen enkele content van u gebruikt. Met uw toestemming kan uw openbare content ' +
    'worden gebruikt in trainingsdatasets die worden gemaakt zolang uw toestemming geldt. Wat al in een model is ' +
    'verwerkt, kan niet worden teruggedraaid.',
  'notice.cta': 'Nu bezwaar maken',
  'notice.cta.opt_in': 'Toestemming geven of intrekken',
  'scope.covers':
    'Een bezwaar geldt voor alle accounts met uw e-mailadres en voor alle accounts die daarmee in hetzelfde ' +
    'Accountcentrum zijn gekoppeld.',
  'scope.covers.opt_in':
    'Toestemming geldt voor alle accounts met uw e-mailadres en voor alle accounts die daarmee in hetzelfde ' +
    'Accountcentrum zijn gekoppeld.',
  'scope.notcovered':
    'Accounts met een ander e-mailadres buiten die Accountcentra vallen er niet onder, ook niet als ze van u zijn: ' +
    'daarvoor is een apart bezwaar nodig.',
  'scope.notcovered.opt_in':
    'Accounts met een ander e-mailadres buiten die Accountcentra vallen er niet onder, ook niet als ze van u zijn: ' +
    'daarvoor is aparte toestemming nodig.',
  'kind.name': 'uw naam',
  'kind.username': 'gebruikersnamen',
  'kind.profile_picture': 'profielfoto’s',
  'kind.avatar': 'avatars',
  'kind.post': 'openbare berichten',
  'kind.comment': 'reacties',
  'kind.group_post': 'activiteit in openbare groepen',
  'kind.page_post': 'activiteit op pagina’s',
  'kind.channel_post': 'activiteit in kanalen',
  'kind.marketplace_review': 'marketplace-beoordelingen',
  'signin.title': 'Inloggen',
  'signin.lead':
    'Vul het e-mailadres van uw account in. We sturen u een link waarmee u inlogt; die werkt één keer, {minutes} ' +
    'minuten lang.',
  'signin.email': 'E-mailadres',
  'signin.submit': 'Stuur mij een link',
  'signin.oidc': 'Inloggen met {label}',
  'signin.sent.title': 'Kijk in uw inbox',
  'signin.sent.text':
    'Als een account dit adres gebruikt, is er een inloglink onderweg. Die werkt één keer, {minutes} minuten lang.',
  'signin.confirm.title': 'Inloggen',
  'signin.confirm.text': 'Ga verder om op dit apparaat in te loggen.',
  'signin.confirm.submit': 'Inloggen',
  'signin.invalid': 'Deze link is verlopen of al gebruikt. Vraag een nieuwe aan.',
  'object.title': 'Bezwaar maken tegen het gebruik van uw content',
  'object.lead': 'Maak hier bezwaar tegen het gebruik van uw openbare content voor het trainen van AI.',
  'object.email': 'E-mailadres van uw account',
  'object.reason': 'Reden (optioneel)',
  'object.reason.hint': 'U hoeft geen reden op te geven. We bewaren die en laten die nooit aan iemand anders zien.',
  'object.submit': 'Bezwaar maken',
  'object.done.title': 'Uw bezwaar is geregistreerd',
  'object.done.received': 'Ontvangen op {when}. Er is een bevestiging onderweg naar uw inbox.',
  'object.done.covers': 'Uw bezwaar geldt voor deze accounts:',
  'object.done.timely': 'Het kwam binnen vóór de uiterste datum: er wordt geen content van deze accounts gebruikt.',
  'object.done.late.future_content_only':
    'Het kwam binnen na de uiterste datum: content die u vanaf nu openbaar maakt, wordt niet gebruikt. Wat al in een ' +
    'model is verwerkt, kan niet worden teruggedraaid.',
  'object.done.late.all_content':
    'Het kwam binnen na de uiterste datum: er wordt geen content van deze accounts gebruikt in trainingsdatasets die ' +
    'vanaf nu worden gemaakt. Wat al in een model is verwerkt, kan niet worden teruggedraaid.',
  'consent.title': 'Toestemming geven voor het gebruik van uw content',
  'consent.lead':
    'Geef hier toestemming voor het gebruik van uw openbare content voor het trainen van AI. U beslist zelf; als u ' +
    'geen toestemming geeft, verandert er voor u niets.',
  'consent.submit': 'Ik geef toestemming',
  'consent.given': 'U hebt toestemming gegeven. U kunt die intrekken op de pagina ‘Mijn toestemmingen’.',
  'consent.done.title': 'Uw toestemming is geregistreerd',
  'consent.done.received': 'Ontvangen op {when}. Er is een bevestiging onderweg naar uw inbox.',
  'consent.done.covers': 'Uw toestemming geldt voor deze accounts:',
  'consent.done.effect':
    'Uw openbare content kan worden gebruikt in trainingsdatasets die vanaf nu worden gemaakt. U kunt uw toestemming ' +
    'op elk moment intrekken, net zo eenvoudig als u die hebt gegeven.',
  'status.title': 'Mijn bezwaren',
  'status.title.opt_in': 'Mijn toestemmingen',
  'status.none': 'U hebt geen bezwaar gemaakt.',
  'status.none.opt_in': 'U hebt geen toestemming gegeven.',
  'status.section': 'Bezwaar van {date}',
  'status.section.opt_in': 'Toestemming van {date}',
  'status.received': 'Ontvangen op {when}',
  'status.withdrawn': 'Ingetrokken op {when}',
  'status.covers': 'Geldt voor: {accounts}',
  'status.withdraw': 'Dit bezwaar intrekken',
  'status.withdraw.opt_in': 'Deze toestemming intrekken',
  'status.accounts': 'Uw accounts',
  'status.signoutEverywhere': 'Op alle apparaten uitloggen',
  'status.notYours':
    'Ingediend voor {accounts}, een account in uw Accountcentrum met een ander adres. Het geldt ook voor uw ' +
    'accounts; ' +
    'alleen de houder van een account waarvoor het is ingediend, kan het intrekken.',
  'withdraw.title': 'Uw bezwaar intrekken?',
  'withdraw.title.opt_in': 'Uw toestemming intrekken?',
  'withdraw.effect':
    'Uw openbare content kan dan worden gebruikt in trainingsdatasets die vanaf nu worden gemaakt. Eerder gemaakte ' +
    'datasets blijven zoals ze zijn.',
  'withdraw.effect.opt_in':
    'Er wordt geen content van u gebruikt in trainingsdatasets die vanaf nu worden gemaakt. Eerder gemaakte datasets ' +
    'blijven zoals ze zijn: wat al in een model is verwerkt, kan niet worden teruggedraaid.',
  'withdraw.again.timely':
    'Als u vóór {deadline} opnieuw bezwaar maakt, houdt het nieuwe bezwaar nog steeds al uw content buiten. Daarna ' +
    'geldt een nieuw bezwaar als te laat.',
  'withdraw.again.late':
    'Als u opnieuw bezwaar maakt, geldt het nieuwe bezwaar als te laat, omdat de uiterste datum ({deadline}) is ' +
    'verstreken.',
  'withdraw.confirm': 'Ja, intrekken',
  'withdraw.cancel': 'Nee, behouden',
  'withdraw.done.title': 'Uw bezwaar is ingetrokken',
  'withdraw.done.title.opt_in': 'Uw toestemming is ingetrokken',
  'withdraw.done.text': 'Ingetrokken op {when}. Er is een bevestiging onderweg naar uw inbox.',
  'data.title': 'Mijn gegevens in de training',
  'data.access': 'Alles downloaden wat over u is vastgelegd (JSON)',
  'data.none': 'Er is nog geen trainingsdataset gemaakt.',
  'data.snapshot': 'Dataset {id} van {at} ({policy})',
  'data.in': 'Opgenomen: {n} van uw items',
  'data.out': 'niet opgenomen: {n}',
  'data.models': 'Modellen die ermee zijn getraind: {models}',
  'data.caption': 'Uw items in dataset {id}',
  'data.col.item': 'Item',
  'data.col.status': 'In de dataset?',
  'data.col.proof': 'Bewijs',
  'data.included': 'opgenomen',
  'data.proof': 'Bewijs',
  'data.proof.about':
    'Een bewijsbestand toont aan de hand van de gepubliceerde vingerafdruk van de dataset (de Merkle-root ervan) aan ' +
    'dat een item in de dataset is opgenomen, of dat het er niet in is opgenomen. Het bevat uw sleutel voor de ' +
    'dataset. Daarmee en met de id van het item wordt de sleutel van het item opnieuw berekend, zodat iedereen aan ' +
    'wie u het bestand geeft het kan controleren zonder ons te hoeven vertrouwen.',
  'data.proof.of': 'Bewijs voor item {id}',
  'data.reason.published': 'op de peildatum nog niet openbaar',
  'data.reason.visibility': 'niet openbaar',
  'data.reason.kind': 'geen soort content die voor de training wordt gebruikt',
  'data.reason.region': 'buiten de regio’s van de training',
  'data.reason.age': 'leeftijd onbekend of onder de minimumleeftijd',
  'data.reason.notice': 'niet tijdig geïnformeerd',
  'data.reason.consent': 'geen toestemming',
  'data.reason.objection': 'uw bezwaar',
  'data.reason.excluded': 'weggelaten op verzoek van iemand die erop staat',
  'request.link': 'Content waarop u te zien bent',
  'request.title': 'Content waarop u te zien bent buiten AI-training houden',
  'request.lead':
    'Als een openbaar bericht, een reactie of een foto van iemand anders u laat zien – uw naam, uw beeld of andere ' +
    'gegevens over u –, kunt u ons vragen die content buiten AI-training te houden. U hebt daarvoor geen account ' +
    'nodig. We antwoorden binnen een maand; als we meer tijd nodig hebben, laten we u weten waarom, en antwoorden we ' +
    'uiterlijk binnen nog eens twee maanden.',
  'request.items': 'Welke content? Eén webadres of item-id per regel',
  'request.items.hint': 'Kopieer het adres uit de browser, of de id van het item van de pagina ‘Mijn gegevens’.',
  'request.description': 'Wat laat het van u zien, en waarom moet het erbuiten blijven?',
  'request.contact': 'Uw e-mailadres (optioneel)',
  'request.contact.hint':
    'Alleen om u te laten weten wat we besluiten. We sturen u eerst een link om te bevestigen dat het adres van u is.',
  'request.evidence': 'Verder nog iets wat ons helpt (optioneel)',
  'request.submit': 'Verzoek versturen',
  'request.error.items':
    'Noem ten minste één en ten hoogste 100 items: een webadres van onze site of een item-id, één per regel.',
  'request.error.description': 'Beschrijf wat de content van u laat zien (maximaal 5.000 tekens).',
  'request.error.contact': 'Dit lijkt geen e-mailadres.',
  'request.error.evidence': 'Dit is te lang (maximaal 20.000 tekens).',
  'request.done.title': 'We hebben uw verzoek ontvangen',
  'request.done.text': 'Uw verzoek heeft nummer {id}. We besluiten uiterlijk op {due}.',
  'request.done.contact':
    'We hebben een link gestuurd naar het adres dat u hebt opgegeven. Zodra u die opent en bevestigt, laten we u ' +
    'weten wat we besluiten.',
  'request.done.nocontact': 'U hebt geen e-mailadres opgegeven, dus we kunnen u niet laten weten wat we besluiten.',
  'request.confirm.title': 'Bevestig uw e-mailadres',
  'request.confirm.text': 'Bevestig dat we u op dit adres mogen schrijven over uw verzoek {id}.',
  'request.confirm.submit': 'Bevestigen',
  'request.confirmed.title': 'Uw adres is bevestigd',
  'request.confirmed.text': 'We schrijven u zodra we over uw verzoek {id} hebben besloten.',
  'request.confirm.invalid': 'Deze link is niet geldig. Kopieer hem volledig uit de e-mail.',
  'error.title': 'Er klopt iets niet',
  'error.csrf': 'Dit formulier is verlopen. Ga terug, laad de pagina opnieuw en probeer het nog eens.',
  'error.rate': 'Te veel pogingen. Wacht een minuut en probeer het dan opnieuw.',
  'error.signin': 'Log eerst in.',
  'error.notfound': 'Deze pagina bestaat niet.',
  'error.notyours': 'Alleen de houder van een account waarvoor het is ingediend, kan het intrekken.',
  'error.withdrawn': 'Dit is al ingetrokken.',
  'error.internal': 'Er is bij ons iets misgegaan. Probeer het later opnieuw.',
  'mail.signin.subject': 'Uw inloglink',
  'mail.signin.body':
    'Hallo,\n\nIemand (hopelijk u) heeft gevraagd om in te loggen. Deze link werkt één keer, {minutes} minuten ' +
    'lang:\n\n{link}\n\nWas u dit niet, dan kunt u deze e-mail negeren.',
  'mail.confirmation.subject': 'Uw bezwaar is geregistreerd',
  'mail.confirmation.subject.opt_in': 'Uw toestemming is geregistreerd',
  'mail.confirmation.body':
    'Hallo,\n\nWe hebben uw bezwaar ontvangen op {when} ({id}).\n\nHet geldt voor deze ' +
    'accounts:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nU kunt uw bezwaren bekijken en intrekken op {url}.',
  'mail.confirmation.body.opt_in':
    'Hallo,\n\nWe hebben uw toestemming ontvangen op {when} ({id}).\n\nUw toestemming geldt voor deze ' +
    'accounts:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nU kunt uw toestemmingen bekijken en intrekken op {url}.',
  'mail.withdrawal.subject': 'Uw bezwaar is ingetrokken',
  'mail.withdrawal.subject.opt_in': 'Uw toestemming is ingetrokken',
  'mail.withdrawal.body':
    'Hallo,\n\nUw bezwaar {id} is ingetrokken op {when}.\n\n{effect}\n\nU kunt op elk moment opnieuw bezwaar maken: ' +
    '{url}',
  'mail.withdrawal.body.opt_in':
    'Hallo,\n\nUw toestemming {id} is ingetrokken op {when}.\n\n{effect}\n\nU kunt op elk moment opnieuw toestemming ' +
    'geven: {url}',
  'mail.notice.subject': 'We gaan openbare content gebruiken om AI te trainen',
  'mail.notice.subject.opt_in': 'Mogen we uw openbare content gebruiken om AI te trainen?',
  'mail.notice.body':
    'Hallo,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nHier maakt u bezwaar: {url}\n\nDeze e-mail gaat ' +
    'over deze accounts: {accounts}',
  'mail.notice.body.opt_in':
    'Hallo,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nHier geeft u toestemming of trekt u die in: ' +
    '{url}\n\nDeze e-mail gaat over deze accounts: {accounts}',
  'mail.footer.zone': 'De tijden in deze e-mail staan in de tijdzone {zone}.',
  'mail.case.confirm.subject': 'Bevestig uw e-mailadres',
  'mail.case.confirm.body':
    'Hallo,\n\nIemand (hopelijk u) heeft ons gevraagd content buiten AI-training te houden en dit adres opgegeven om ' +
    'antwoord te krijgen. Bevestig het hier:\n\n{link}\n\nWas u dit niet, dan kunt u deze e-mail negeren: we ' +
    'schrijven u niet opnieuw.',
  'mail.case.received.subject': 'We hebben uw verzoek {id} ontvangen',
  'mail.case.received.body':
    'Hallo,\n\nWe hebben uw verzoek {id} ontvangen op {when}. Het gaat over deze content:\n{items}\n\nWe besluiten ' +
    'uiterlijk op {due}.',
  'mail.case.extended.subject': 'We hebben meer tijd nodig voor uw verzoek {id}',
  'mail.case.extended.body':
    'Hallo,\n\nWe hebben meer tijd nodig om over uw verzoek {id} te besluiten, om deze reden: {reason}\n\nWe ' +
    'besluiten uiterlijk op {due}.',
  'mail.case.accepted.subject': 'Uw verzoek {id} is ingewilligd',
  'mail.case.accepted.body':
    'Hallo,\n\nWe hebben uw verzoek {id} ingewilligd. Deze content houden we buiten elke AI-trainingsdataset die we ' +
    'vanaf nu maken:\n{items}\n\nWat al in een model is verwerkt, kan er niet meer uit worden gehaald.',
  'mail.case.rejected.subject': 'Uw verzoek {id} is afgewezen',
  'mail.case.rejected.body':
    'Hallo,\n\nWe hebben uw verzoek {id} niet ingewilligd, om deze reden: {reason}\n\nU kunt een klacht indienen bij ' +
    'een toezichthouder voor gegevensbescherming.',
  'console.name': 'Privacyconsole',
  'console.nav.label': 'Console',
  'console.nav.overview': 'Overzicht',
  'console.nav.cases': 'Dossiers',
  'console.nav.snapshots': 'Datasets',
  'console.nav.models': 'Modellen',
  'console.nav.ledger': 'Logboek',
  'console.member': 'Ingelogd als {name}, {role}.',
  'console.role.viewer': 'lezer',
  'console.role.reviewer': 'beoordelaar',
  'console.signin.title': 'Inloggen op de privacyconsole',
  'console.signin.lead':
    'Voor het privacyteam van het platform. Vul uw werkadres in: als dat adres lid is van de console, sturen we er ' +
    'een link naartoe waarmee u inlogt. De link werkt één keer, {minutes} minuten lang.',
  'console.signin.sent':
    'Als dit adres lid is van de console, is er een inloglink onderweg. Die werkt één keer, {minutes} minuten lang.',
  'console.signin.refused':
    'Het account waarmee u bent ingelogd, is geen lid van de console. Vraag uw functionaris voor gegevensbescherming ' +
    'om het adres ervan toe te voegen.',
  'console.forbidden': 'Uw rol staat dit niet toe. Over dossiers beslissen beoordelaars.',
  'console.overview.title': 'Overzicht',
  'console.overview.policy':
    'Cijfers volgens het beleid {policy}. Een bezwaar dat vanaf {deadline} binnenkomt, geldt als te laat. Dagen zijn ' +
    'dagen in UTC.',
  'console.overview.policy.nodeadline':
    'Cijfers volgens het beleid {policy}, dat geen uiterste datum kent: geen enkel bezwaar is te laat. Dagen zijn ' +
    'dagen in UTC.',
  'console.overview.cases': 'Dossiers: {open} zonder besluit, waarvan {overdue} over de termijn',
  'console.overview.asof':
    'Stand per {when}; de cijfers worden ten hoogste eens per {minutes} minuten opnieuw berekend.',
  'console.figures.title': 'Bezwaren, intrekkingen en toestemmingen',
  'console.chart.title': 'Bezwaren, te late bezwaren, intrekkingen en toestemmingen per dag',
  'console.chart.desc': 'Eén lijn per reeks, van {first} tot {last}. De tabel hieronder geeft alle getallen.',
  'console.chart.empty': 'Er is nog niets ingediend.',
  'console.series.objections': 'Bezwaren',
  'console.series.late': 'Te late bezwaren',
  'console.series.withdrawals': 'Intrekkingen',
  'console.series.consents': 'Toestemmingen',
  'console.table.day': 'Dag',
  'console.table.perday': 'Elke dag in cijfers',
  'console.totals.caption': 'In totaal',
  'console.bychannel.caption': 'Per kanaal',
  'console.bynetwork.caption': 'Per netwerk van de betrokken accounts (één keer per netwerk)',
  'console.type.objection': 'Bezwaren',
  'console.type.consent': 'Toestemmingen',
  'console.col.type': 'Type',
  'console.col.filed': 'Ingediend',
  'console.col.withdrawn': 'Ingetrokken',
  'console.col.channel': 'Kanaal',
  'console.col.network': 'Netwerk',
  'console.col.policy': 'Beleid',
  'console.col.lang': 'Taal',
  'console.col.queued': 'In wachtrij gezet',
  'console.col.accepted': 'Geaccepteerd door de mailserver',
  'console.col.failing': 'Met fouten',
  'console.col.pending': 'Openstaand',
  'console.col.accounts': 'Accounts',
  'console.col.kind': 'Soort',
  'console.col.unsent': 'Niet verzonden',
  'console.col.oldest': 'Oudste niet verzonden',
  'console.col.case': 'Dossier',
  'console.col.status': 'Status',
  'console.col.due': 'Uiterste datum',
  'console.col.received': 'Ontvangen',
  'console.col.items': 'Items',
  'console.col.reason': 'Reden',
  'console.col.count': 'Items',
  'console.col.in': 'Opgenomen',
  'console.col.out': 'Niet opgenomen',
  'console.col.model': 'Model',
  'console.col.registered': 'Geregistreerd',
  'console.col.snapshots': 'Datasets',
  'console.col.seq': 'Positie',
  'console.col.event': 'Gebeurtenis',
  'console.col.recorded': 'Vastgelegd',
  'console.notices.title': 'Bereik van de informatie',
  'console.notices.never':
    '{never} van de {adults} accounts met de minimumleeftijd hebben geen informatie ontvangen die geldt voor ' +
    '{policy}.',
  'console.notices.mails.caption': 'Informatiemails per beleidsversie en taal',
  'console.notices.proofs.caption': 'Accounts met een bewijs van informatie, per beleidsversie en taal',
  'console.notices.mails.empty':
    'Er is nog geen informatiemail in de wachtrij gezet: het commando veto notice send zet ze in de wachtrij en ' +
    'verstuurt ze.',
  'console.notices.proofs.empty': 'Nog geen enkel account heeft informatie ontvangen.',
  'console.notices.unversioned': 'zonder versie (geldt voor elk beleid)',
  'console.outbox.title': 'Uitgaande mail',
  'console.outbox.caption': 'Mail die de mailserver nog niet heeft geaccepteerd, per soort',
  'console.outbox.empty': 'De mailserver heeft alle mail geaccepteerd.',
  'console.cases.title': 'Dossiers',
  'console.cases.lead':
    'Verzoeken van derden: eerst die zonder besluit, met die over de termijn bovenaan, daarna op uiterste datum.',
  'console.cases.empty': 'Er is nog geen verzoek binnengekomen.',
  'console.status.open': 'open',
  'console.status.extended': 'verlengd',
  'console.status.accepted': 'ingewilligd',
  'console.status.rejected': 'afgewezen',
  'console.status.overdue': 'over de termijn',
  'console.case.title': 'Dossier {id}',
  'console.case.received': 'Ontvangen op {when} via {channel}; uiterste datum {due}.',
  'console.case.description': 'Wat de verzoeker zegt',
  'console.case.evidence': 'Onderbouwing',
  'console.case.contact': 'Contact',
  'console.case.contact.none': 'Niet opgegeven: de verzoeker kan niet worden geïnformeerd.',
  'console.case.contact.unconfirmed': '(niet bevestigd: er wordt nog niets naartoe gestuurd)',
  'console.case.contact.confirmed': '(bevestigd)',
  'console.case.hidden':
    'De teksten van het verzoek en het contactadres zijn persoonsgegevens: alleen beoordelaars zien ze.',
  'console.case.erased':
    'De teksten van het verzoek en, indien opgegeven, het contactadres zijn op {when} gewist, nadat de met ' +
    'requests.keep_texts_days ingestelde termijn sinds het besluit was verstreken.',
  'console.case.steps': 'Stappen',
  'console.case.step.extended': 'Verlengd door {reviewer} op {when}, uiterste datum nu {due}. Reden: {reason}',
  'console.case.step.accepted': 'Ingewilligd door {reviewer} op {when}; aantal items: {count}.',
  'console.case.step.rejected': 'Afgewezen door {reviewer} op {when}. Reden: {reason}',
  'console.case.decided': 'Over dit dossier is besloten.',
  'console.case.viewer': 'Alleen beoordelaars beslissen over dossiers.',
  'console.case.decide': 'Besluiten',
  'console.case.accept': 'Inwilligen',
  'console.case.accept.items': 'Items die buiten de training blijven',
  'console.case.accept.lead': 'De aangevinkte items blijven buiten elke dataset die vanaf nu wordt gemaakt.',
  'console.case.reject': 'Afwijzen',
  'console.case.reject.reason': 'Waarom het verzoek wordt afgewezen (de verzoeker leest dit)',
  'console.case.extend': 'Met twee maanden verlengen',
  'console.case.extend.reason': 'Waarom er meer tijd nodig is (de verzoeker leest dit)',
  'console.case.done.extended': 'Dossier {id} is verlengd; de uiterste datum is nu {due}.',
  'console.case.done.accepted':
    'Dossier {id} is ingewilligd: de items ervan blijven buiten elke dataset die vanaf nu wordt gemaakt.',
  'console.case.done.rejected': 'Dossier {id} is afgewezen.',
  'console.case.noitems': 'Vink ten minste één item aan om het verzoek in te willigen, of wijs het dossier af.',
  'console.snapshots.title': 'Datasets',
  'console.snapshots.empty': 'Er is nog geen dataset verzegeld.',
  'console.snapshot.summary':
    '{included} van {considered} items opgenomen, volgens het beleid {policy}; content per {at}; verzegeld op ' +
    '{sealed}.',
  'console.snapshot.root': 'Merkle-root',
  'console.snapshot.models': 'Modellen die ermee zijn getraind: {models}',
  'console.snapshot.nomodels': 'Er is geen model geregistreerd dat ermee is getraind.',
  'console.snapshot.unreadable':
    'De map ervan kan hier niet worden gelezen, dus de aantallen worden niet getoond; ‘Controleren’ laat zien wat er ' +
    'mis is.',
  'console.snapshot.out.caption': 'Niet opgenomen items, per reden',
  'console.snapshot.kind.caption': 'Items per soort',
  'console.snapshot.lang.caption': 'Items per taal',
  'console.snapshot.verify': 'Controleren',
  'console.snapshot.verify.title': 'Dataset {id} gecontroleerd',
  'console.snapshot.verified.ok':
    'Dataset {id} is zoals hij is verzegeld: de bestanden, het manifest en de Merkle-root kloppen.',
  'console.snapshot.verified.bad': 'Dataset {id} is niet meer zoals hij is verzegeld. Gevonden problemen: {count}.',
  'console.models.title': 'Modellen',
  'console.models.empty': 'Er is nog geen model geregistreerd.',
  'console.ledger.title': 'Logboek',
  'console.ledger.size': 'Aantal vermeldingen in het logboek: {size}.',
  'console.ledger.checkpoint':
    'Het laatste ondertekende checkpoint omvat {size} vermeldingen; het is ondertekend op {when}.',
  'console.ledger.nocheckpoint':
    'Er is nog geen checkpoint ondertekend: het commando veto ledger checkpoint ondertekent er een.',
  'console.ledger.root': 'Root',
  'console.ledger.note': 'Ondertekende notitie',
  'console.ledger.recent': 'Laatste vermeldingen',
  'console.records.title': 'Vastleggingen voor toezichthouders',
  'console.records.lead':
    'Elk bezwaar, elke toestemming, elke intrekking, elke door een account ontvangen informatie en elke stap in een ' +
    'dossier, één vastlegging per vermelding in het logboek, elk controleerbaar aan de hand van een checkpoint dat ' +
    'voor de download is ondertekend. Account-id’s en namen van beoordelaars, geen adressen of teksten.',
  'console.records.format': 'Formaat',
  'console.records.download': 'Vastleggingen downloaden',
}
