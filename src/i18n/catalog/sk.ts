/** Every sentence a person reads, in Slovak; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const sk: Messages = {
  'site.name': 'Trénovanie AI a váš obsah',
  'site.skip': 'Preskočiť na obsah',
  'nav.label': 'Hlavné menu',
  'nav.notice': 'O trénovaní AI',
  'nav.object': 'Námietka',
  'nav.consent': 'Súhlas',
  'nav.status': 'Moje námietky',
  'nav.status.consent': 'Moje súhlasy',
  'nav.data': 'Moje údaje',
  'nav.signin': 'Prihlásiť sa',
  'nav.signout': 'Odhlásiť sa',
  'settings.title': 'Jazyk a časové pásmo',
  'settings.lang': 'Jazyk',
  'settings.zone': 'Časové pásmo',
  'settings.submit': 'Uložiť',
  'settings.shown': 'Časy sa zobrazujú v časovom pásme {zone}.',
  'notice.title': 'Verejný obsah budeme používať na trénovanie AI',
  'notice.title.opt_in': 'Môžeme váš verejný obsah používať na trénovanie AI?',
  'notice.lead':
    'Od {start} používame verejný obsah používateľov vo veku {age} rokov a starších na trénovanie našich modelov AI, ' +
    'a to na základe nášho oprávneného záujmu (čl. 6 ods. 1 písm. f) GDPR). Námietku môžete podať kedykoľvek, bez ' +
    'uvedenia dôvodu.',
  'notice.lead.nodeadline':
    'Verejný obsah používateľov vo veku {age} rokov a starších používame na trénovanie našich modelov AI, a to na ' +
    'základe nášho oprávneného záujmu (čl. 6 ods. 1 písm. f) GDPR). Námietku môžete podať kedykoľvek, bez uvedenia ' +
    'dôvodu.',
  'notice.lead.opt_in':
    'Radi by sme používali verejný obsah používateľov vo veku {age} rokov a starších na trénovanie našich modelov ' +
    'AI. ' +
    'Používame ho iba s vaším súhlasom (čl. 6 ods. 1 písm. a) GDPR). Súhlas môžete udeliť tu a kedykoľvek ho ' +
    'odvolať, ' +
    'a to rovnako jednoducho, ako ste ho udelili.',
  'notice.what': 'Čo používame',
  'notice.kinds': 'Tieto druhy verejného obsahu: {kinds}.',
  'notice.never.snapshot':
    'Nikdy nepoužívame obsah, ktorý nie je verejný, napríklad súkromné správy, ani obsah osôb mladších ako {age} ' +
    'rokov.',
  'notice.never.publication':
    'Nikdy nepoužívame obsah, ktorý nie je verejný, napríklad súkromné správy, ani obsah, ktorý ste zverejnili ' +
    'predtým, ako ste dovŕšili {age} rokov.',
  'notice.deadline': 'Lehota',
  'notice.deadline.text':
    'Námietka, ktorú dostaneme pred uplynutím lehoty ({deadline}), vylúči z trénovania všetok váš obsah.',
  'notice.after.future_content_only':
    'Námietka doručená neskôr vylúči len obsah, ktorý zverejníte po jej podaní. Čo sa už dostalo do modelu, nemožno ' +
    'vziať späť.',
  'notice.after.all_content':
    'Námietka doručená neskôr vylúči všetok váš obsah zo všetkých súborov trénovacích údajov vytvorených po jej ' +
    'doručení. Čo sa už dostalo do modelu, nemožno vziať späť.',
  'notice.nodeadline':
    'Námietka vylúči všetok váš obsah zo všetkých súborov trénovacích údajov vytvorených po jej doručení. Čo sa už ' +
    'dostalo do modelu, nemožno vziať späť.',
  'notice.comingOfAge':
    'Ak dovŕšite {age} rokov až po uplynutí lehoty ({deadline}), všetok váš obsah vylúči aj námietka podaná do ' +
    '{days} ' +
    'dní od dovŕšenia tohto veku.',
  'notice.comingOfAge.own':
    'Vek {age} rokov ste dovŕšili len nedávno: námietka podaná do {until} vylúči všetok váš obsah.',
  'notice.consent.effect':
    'Bez vášho súhlasu sa nepoužije nič z vášho obsahu. So súhlasom môže byť váš verejný obsah zahrnutý do súborov ' +
    'trénovacích údajov vytvorených počas jeho platnosti. Čo sa už dostalo do modelu, nemožno vziať späť.',
  'notice.cta': 'Podať námietku',
  'notice.cta.opt_in': 'Udeliť alebo odvolať súhlas',
  'scope.covers':
    'Námietka sa vzťahuje na všetky účty s vašou e-mailovou adresou a na všetky účty, ktoré sú s nimi prepojené v ' +
    'tom ' +
    'istom centre účtov.',
  'scope.covers.opt_in':
    'Súhlas sa vzťahuje na všetky účty s vašou e-mailovou adresou a na všetky účty, ktoré sú s nimi prepojené v tom ' +
    'istom centre účtov.',
  'scope.notcovered':
    'Nevzťahuje sa na účty s inou e-mailovou adresou mimo týchto centier účtov, a to ani vtedy, keď sú vaše: je ' +
    'potrebné podať pre ne samostatnú námietku.',
  'scope.notcovered.opt_in':
    'Nevzťahuje sa na účty s inou e-mailovou adresou mimo týchto centier účtov, a to ani vtedy, keď sú vaše: je ' +
    'potrebné udeliť pre ne samostatný súhlas.',
  'kind.name': 'vaše meno',
  'kind.username': 'používateľské mená',
  'kind.profile_picture': 'profilové obrázky',
  'kind.avatar': 'avatary',
  'kind.post': 'verejné príspevky',
  'kind.comment': 'komentáre',
  'kind.group_post': 'aktivita vo verejných skupinách',
  'kind.page_post': 'aktivita na stránkach',
  'kind.channel_post': 'aktivita v kanáloch',
  'kind.marketplace_review': 'hodnotenia na trhovisku',
  'signin.title': 'Prihlásenie',
  'signin.lead':
    'Zadajte e-mailovú adresu svojho účtu. Pošleme vám odkaz, ktorým sa prihlásite; funguje raz, počas {minutes} min.',
  'signin.email': 'E-mailová adresa',
  'signin.submit': 'Poslať odkaz',
  'signin.oidc': 'Prihlásiť sa cez {label}',
  'signin.sent.title': 'Skontrolujte svoju e-mailovú schránku',
  'signin.sent.text':
    'Ak túto adresu používa niektorý účet, odkaz na prihlásenie je na ceste. Funguje raz, počas {minutes} min.',
  'signin.confirm.title': 'Prihlásenie',
  'signin.confirm.text': 'Pokračujte a prihláste sa na tomto zariadení.',
  'signin.confirm.submit': 'Prihlásiť sa',
  'signin.invalid': 'Platnosť tohto odkazu vypršala alebo už bol použitý. Požiadajte o nový.',
  'object.title': 'Námietka proti použitiu vášho obsahu',
  'object.lead': 'Tu môžete podať námietku proti použitiu vášho verejného obsahu na trénovanie AI.',
  'object.email': 'E-mailová adresa vášho účtu',
  'object.reason': 'Dôvod (nepovinné)',
  'object.reason.hint': 'Dôvod uvádzať nemusíte. Uchováme ho a nikdy ho neukážeme nikomu inému.',
  'object.submit': 'Podať námietku',
  'object.done.title': 'Vaša námietka je zaznamenaná',
  'object.done.received': 'Prijaté {when}. Potvrdenie vám posielame e-mailom.',
  'object.done.covers': 'Vzťahuje sa na tieto účty:',
  'object.done.timely': 'Námietka bola doručená pred uplynutím lehoty: žiadny obsah týchto účtov sa nepoužije.',
  'object.done.late.future_content_only':
    'Námietka bola doručená po uplynutí lehoty: obsah, ktorý zverejníte odteraz, sa nepoužije. Čo sa už dostalo do ' +
    'modelu, nemožno vziať späť.',
  'object.done.late.all_content':
    'Námietka bola doručená po uplynutí lehoty: žiadny obsah týchto účtov sa nepoužije v súboroch trénovacích údajov ' +
    'vytvorených odteraz. Čo sa už dostalo do modelu, nemožno vziať späť.',
  'consent.title': 'Súhlas s použitím vášho obsahu',
  'consent.lead':
    'Tu môžete udeliť súhlas s použitím vášho verejného obsahu na trénovanie AI. Je to na vás; ak súhlas neudelíte, ' +
    'nič sa pre vás nezmení.',
  'consent.submit': 'Súhlasím',
  'consent.given': 'Súhlas ste udelili. Odvolať ho môžete na stránke „Moje súhlasy“.',
  'consent.done.title': 'Váš súhlas je zaznamenaný',
  'consent.done.received': 'Prijaté {when}. Potvrdenie vám posielame e-mailom.',
  'consent.done.covers': 'Vzťahuje sa na tieto účty:',
  'consent.done.effect':
    'Váš verejný obsah môže byť zahrnutý do súborov trénovacích údajov vytvorených odteraz. Súhlas môžete kedykoľvek ' +
    'odvolať, a to rovnako jednoducho, ako ste ho udelili.',
  'status.title': 'Moje námietky',
  'status.title.opt_in': 'Moje súhlasy',
  'status.none': 'Nepodali ste žiadnu námietku.',
  'status.none.opt_in': 'Neudelili ste žiadny súhlas.',
  'status.section': 'Námietka zo dňa {date}',
  'status.section.opt_in': 'Súhlas zo dňa {date}',
  'status.received': 'Prijaté {when}',
  'status.withdrawn': 'Odvolané {when}',
  'status.covers': 'Vzťahuje sa na: {accounts}',
  'status.withdraw': 'Odvolať túto námietku',
  'status.withdraw.opt_in': 'Odvolať tento súhlas',
  'status.accounts': 'Vaše účty',
  'status.signoutEverywhere': 'Odhlásiť sa na všetkých zariadeniach',
  'status.notYours':
    'Podané za: {accounts} (účet vo vašom centre účtov s inou e-mailovou adresou). Vzťahuje sa aj na vaše účty; ' +
    'odvolať to môže iba držiteľ účtu, za ktorý bolo podané.',
  'withdraw.title': 'Odvolať námietku?',
  'withdraw.title.opt_in': 'Odvolať súhlas?',
  'withdraw.effect':
    'Váš verejný obsah môže byť zahrnutý do súborov trénovacích údajov vytvorených odteraz. Skôr vytvorené súbory ' +
    'zostanú tak, ako sú.',
  'withdraw.effect.opt_in':
    'Nič z vášho obsahu sa nepoužije v súboroch trénovacích údajov vytvorených odteraz. Skôr vytvorené súbory ' +
    'zostanú ' +
    'tak, ako sú: čo sa už dostalo do modelu, nemožno vziať späť.',
  'withdraw.again.timely':
    'Ak znova podáte námietku pred uplynutím lehoty ({deadline}), nová námietka stále vylúči všetok váš obsah. ' +
    'Neskôr ' +
    'podaná námietka sa bude považovať za oneskorenú.',
  'withdraw.again.late':
    'Ak znova podáte námietku, nová námietka sa bude považovať za oneskorenú, pretože lehota ({deadline}) už uplynula.',
  'withdraw.confirm': 'Áno, odvolať',
  'withdraw.cancel': 'Nie, ponechať',
  'withdraw.done.title': 'Vaša námietka je odvolaná',
  'withdraw.done.title.opt_in': 'Váš súhlas je odvolaný',
  'withdraw.done.text': 'Odvolané {when}. Potvrdenie vám posielame e-mailom.',
  'data.title': 'Moje údaje v trénovaní',
  'data.access': 'Stiahnuť všetko, čo o vás evidujeme (JSON)',
  'data.none': 'Zatiaľ nebol vytvorený žiadny súbor trénovacích údajov.',
  'data.snapshot': 'Súbor {id} so stavom z {at} ({policy})',
  'data.in': 'Počet vašich položiek v ňom: {n}',
  'data.out': 'mimo neho: {n}',
  'data.models': 'Modely natrénované na tomto súbore: {models}',
  'data.caption': 'Vaše položky v súbore {id}',
  'data.col.item': 'Položka',
  'data.col.status': 'V súbore?',
  'data.col.proof': 'Doklad',
  'data.included': 'áno',
  'data.proof': 'Doklad',
  'data.proof.about':
    'Doklad ukazuje na základe zverejneného odtlačku súboru (koreňa jeho Merklovho stromu), že položka v súbore je, ' +
    'alebo že v ňom nie je. Obsahuje váš kľúč k súboru. Z tohto kľúča a z identifikátora položky sa znova vypočíta ' +
    'kľúč položky, takže si doklad môže overiť ktokoľvek, komu ho odovzdáte, bez toho, aby nám musel dôverovať.',
  'data.proof.of': 'Doklad k položke {id}',
  'data.reason.published': 'v rozhodujúcom okamihu ešte nebola verejná',
  'data.reason.visibility': 'nie je verejná',
  'data.reason.kind': 'druh obsahu, ktorý sa na trénovanie nepoužíva',
  'data.reason.region': 'mimo regiónov, ktorých sa trénovanie týka',
  'data.reason.age': 'vek nie je známy alebo je nižší ako minimálny',
  'data.reason.notice': 'chýbalo včasné oznámenie',
  'data.reason.consent': 'chýba súhlas',
  'data.reason.objection': 'vaša námietka',
  'data.reason.excluded': 'vylúčená na žiadosť osoby, ktorú zobrazuje',
  'request.link': 'Obsah, ktorý vás zobrazuje',
  'request.title': 'Vylúčenie obsahu, ktorý vás zobrazuje, z trénovania AI',
  'request.lead':
    'Ak vás verejný príspevok, komentár alebo fotografia niekoho iného zobrazuje – vaše meno, vašu podobu alebo iné ' +
    'údaje o vás –, môžete nás požiadať, aby sme tento obsah vylúčili z trénovania AI. Účet na to nepotrebujete. ' +
    'Odpovieme do jedného mesiaca; ak budeme potrebovať viac času, oznámime vám prečo a odpovieme najneskôr do ' +
    'ďalších dvoch mesiacov.',
  'request.items': 'Ktorý obsah? Na každý riadok jednu webovú adresu alebo identifikátor položky',
  'request.items.hint': 'Adresu skopírujte z prehliadača, identifikátor položky zo stránky „Moje údaje“.',
  'request.description': 'Čo o vás obsah ukazuje a prečo by mal byť vylúčený?',
  'request.contact': 'Vaša e-mailová adresa (nepovinné)',
  'request.contact.hint':
    'Len aby sme vám oznámili, ako sme rozhodli. Najprv vám pošleme odkaz, ktorým potvrdíte, že adresa je vaša.',
  'request.evidence': 'Čokoľvek ďalšie, čo nám pomôže (nepovinné)',
  'request.submit': 'Odoslať žiadosť',
  'request.error.items':
    'Uveďte aspoň jednu a najviac 100 položiek: webovú adresu z našej stránky alebo identifikátor položky, na každý ' +
    'riadok jednu.',
  'request.error.description': 'Uveďte, prosím, čo o vás obsah ukazuje (najviac 5 000 znakov).',
  'request.error.contact': 'Toto nevyzerá ako e-mailová adresa.',
  'request.error.evidence': 'Text je príliš dlhý (najviac 20 000 znakov).',
  'request.done.title': 'Vašu žiadosť sme prijali',
  'request.done.text': 'Vaša žiadosť má číslo {id}. Rozhodneme do {due}.',
  'request.done.contact':
    'Na zadanú adresu sme poslali odkaz. Keď ho otvoríte a potvrdíte, oznámime vám, ako sme rozhodli.',
  'request.done.nocontact': 'Nezadali ste e-mailovú adresu, preto vám nemôžeme oznámiť, ako sme rozhodli.',
  'request.confirm.title': 'Potvrďte svoju e-mailovú adresu',
  'request.confirm.text': 'Potvrďte, že vám môžeme písať na túto adresu v súvislosti s vašou žiadosťou {id}.',
  'request.confirm.submit': 'Potvrdiť',
  'request.confirmed.title': 'Vaša adresa je potvrdená',
  'request.confirmed.text': 'Keď o vašej žiadosti {id} rozhodneme, napíšeme vám.',
  'request.confirm.invalid': 'Tento odkaz nie je platný. Skopírujte ho, prosím, z e-mailu celý.',
  'error.title': 'Niečo nie je v poriadku',
  'error.csrf': 'Platnosť tohto formulára vypršala. Vráťte sa späť, znova načítajte stránku a skúste to ešte raz.',
  'error.rate': 'Príliš veľa pokusov. Počkajte, prosím, minútu a skúste to znova.',
  'error.signin': 'Najprv sa, prosím, prihláste.',
  'error.notfound': 'Táto stránka neexistuje.',
  'error.notyours': 'Odvolať to môže iba držiteľ účtu, za ktorý bolo podané.',
  'error.withdrawn': 'Už to bolo odvolané.',
  'error.internal': 'Na našej strane sa niečo pokazilo. Skúste to, prosím, neskôr.',
  'mail.signin.subject': 'Váš odkaz na prihlásenie',
  'mail.signin.body':
    'Dobrý deň,\n\nniekto (dúfajme, že vy) požiadal o prihlásenie. Tento odkaz funguje raz, počas {minutes} ' +
    'min:\n\n{link}\n\nAk ste to neboli vy, tento e-mail ignorujte.',
  'mail.confirmation.subject': 'Vaša námietka je zaznamenaná',
  'mail.confirmation.subject.opt_in': 'Váš súhlas je zaznamenaný',
  'mail.confirmation.body':
    'Dobrý deň,\n\nvašu námietku ({id}) sme prijali {when}.\n\nVzťahuje sa na tieto ' +
    'účty:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje námietky si môžete pozrieť a odvolať na adrese {url}.',
  'mail.confirmation.body.opt_in':
    'Dobrý deň,\n\nváš súhlas ({id}) sme prijali {when}.\n\nVzťahuje sa na tieto ' +
    'účty:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje súhlasy si môžete pozrieť a odvolať na adrese {url}.',
  'mail.withdrawal.subject': 'Vaša námietka je odvolaná',
  'mail.withdrawal.subject.opt_in': 'Váš súhlas je odvolaný',
  'mail.withdrawal.body':
    'Dobrý deň,\n\nvaša námietka {id} bola odvolaná {when}.\n\n{effect}\n\nNámietku môžete kedykoľvek podať znova: ' +
    '{url}',
  'mail.withdrawal.body.opt_in':
    'Dobrý deň,\n\nváš súhlas {id} bol odvolaný {when}.\n\n{effect}\n\nSúhlas môžete kedykoľvek udeliť znova: {url}',
  'mail.notice.subject': 'Verejný obsah budeme používať na trénovanie AI',
  'mail.notice.subject.opt_in': 'Môžeme váš verejný obsah používať na trénovanie AI?',
  'mail.notice.body':
    'Dobrý deň,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nNámietku môžete podať tu: {url}\n\nTento ' +
    'e-mail sa týka týchto účtov: {accounts}',
  'mail.notice.body.opt_in':
    'Dobrý deň,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nSúhlas môžete udeliť alebo odvolať tu: ' +
    '{url}\n\nTento e-mail sa týka týchto účtov: {accounts}',
  'mail.footer.zone': 'Časy v tomto e-maile sú uvedené v časovom pásme {zone}.',
  'mail.case.confirm.subject': 'Potvrďte, prosím, svoju e-mailovú adresu',
  'mail.case.confirm.body':
    'Dobrý deň,\n\nniekto (dúfajme, že vy) nás požiadal o vylúčenie obsahu z trénovania AI a uviedol túto adresu na ' +
    'odpoveď. Potvrďte ju, prosím, tu:\n\n{link}\n\nAk ste to neboli vy, tento e-mail ignorujte: už vám nenapíšeme.',
  'mail.case.received.subject': 'Vašu žiadosť {id} sme prijali',
  'mail.case.received.body':
    'Dobrý deň,\n\nvašu žiadosť {id} sme prijali {when}. Týka sa tohto obsahu:\n{items}\n\nRozhodneme do {due}.',
  'mail.case.extended.subject': 'Na vašu žiadosť {id} potrebujeme viac času',
  'mail.case.extended.body':
    'Dobrý deň,\n\nna rozhodnutie o vašej žiadosti {id} potrebujeme viac času, pretože: {reason}\n\nRozhodneme do ' +
    '{due}.',
  'mail.case.accepted.subject': 'Vašej žiadosti {id} sme vyhoveli',
  'mail.case.accepted.body':
    'Dobrý deň,\n\nvašej žiadosti {id} sme vyhoveli. Tento obsah vylúčime zo všetkých súborov trénovacích údajov pre ' +
    'AI, ktoré vytvoríme odteraz:\n{items}\n\nČo sa už dostalo do modelu, nemožno z neho vybrať.',
  'mail.case.rejected.subject': 'Vašej žiadosti {id} sme nevyhoveli',
  'mail.case.rejected.body':
    'Dobrý deň,\n\nvašej žiadosti {id} sme nevyhoveli, pretože: {reason}\n\nMôžete podať sťažnosť dozornému orgánu ' +
    'pre ochranu osobných údajov.',
  'console.name': 'Konzola ochrany údajov',
  'console.nav.label': 'Konzola',
  'console.nav.overview': 'Prehľad',
  'console.nav.cases': 'Žiadosti',
  'console.nav.snapshots': 'Súbory údajov',
  'console.nav.models': 'Modely',
  'console.nav.ledger': 'Register',
  'console.member': 'Prihlásený používateľ: {name}, {role}.',
  'console.role.viewer': 'pozorovateľ',
  'console.role.reviewer': 'posudzovateľ',
  'console.signin.title': 'Prihlásenie do konzoly ochrany údajov',
  'console.signin.lead':
    'Pre tím ochrany údajov platformy. Zadajte svoju pracovnú e-mailovú adresu: ak je medzi členmi konzoly, pošleme ' +
    'na ňu odkaz, ktorým sa prihlásite. Odkaz funguje raz, počas {minutes} min.',
  'console.signin.sent':
    'Ak je táto adresa medzi členmi konzoly, odkaz na prihlásenie je na ceste. Funguje raz, počas {minutes} min.',
  'console.signin.refused':
    'Účet, ktorým ste sa prihlásili, nie je medzi členmi konzoly. Požiadajte zodpovednú osobu pre ochranu údajov, ' +
    'aby pridala jeho adresu.',
  'console.forbidden': 'Vaša rola to neumožňuje. O žiadostiach rozhodujú posudzovatelia.',
  'console.overview.title': 'Prehľad',
  'console.overview.policy':
    'Údaje podľa politiky {policy}. Námietka doručená od {deadline} sa považuje za oneskorenú. Dni sú dni podľa UTC.',
  'console.overview.policy.nodeadline':
    'Údaje podľa politiky {policy}, ktorá nemá lehotu: žiadna námietka nie je oneskorená. Dni sú dni podľa UTC.',
  'console.overview.cases': 'Nerozhodnuté žiadosti: {open}, z toho po lehote: {overdue}',
  'console.overview.asof': 'Vypočítané {when}; údaje sa prepočítavajú najviac raz za {minutes} min.',
  'console.figures.title': 'Námietky, odvolania a súhlasy',
  'console.chart.title': 'Námietky, oneskorené námietky, odvolania a súhlasy po dňoch',
  'console.chart.desc': 'Jedna čiara pre každý rad údajov, od {first} do {last}. Všetky čísla uvádza tabuľka nižšie.',
  'console.chart.empty': 'Zatiaľ nebolo nič podané.',
  'console.series.objections': 'Námietky',
  'console.series.late': 'Oneskorené námietky',
  'console.series.withdrawals': 'Odvolania',
  'console.series.consents': 'Súhlasy',
  'console.table.day': 'Deň',
  'console.table.perday': 'Každý deň v číslach',
  'console.totals.caption': 'Spolu',
  'console.bychannel.caption': 'Podľa kanála',
  'console.bynetwork.caption': 'Podľa siete účtov, za ktoré bolo podané (za každú sieť raz)',
  'console.type.objection': 'Námietky',
  'console.type.consent': 'Súhlasy',
  'console.col.type': 'Typ',
  'console.col.filed': 'Podané',
  'console.col.withdrawn': 'Odvolané',
  'console.col.channel': 'Kanál',
  'console.col.network': 'Sieť',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Jazyk',
  'console.col.queued': 'Vo fronte',
  'console.col.accepted': 'Prijaté poštovým serverom',
  'console.col.failing': 'S chybou',
  'console.col.pending': 'Čakajúce',
  'console.col.accounts': 'Účty',
  'console.col.kind': 'Druh',
  'console.col.unsent': 'Neodoslané',
  'console.col.oldest': 'Najstaršie neodoslané',
  'console.col.case': 'Žiadosť',
  'console.col.status': 'Stav',
  'console.col.due': 'Lehota',
  'console.col.received': 'Prijaté',
  'console.col.items': 'Položky',
  'console.col.reason': 'Dôvod',
  'console.col.count': 'Položky',
  'console.col.in': 'V súbore',
  'console.col.out': 'Mimo súboru',
  'console.col.model': 'Model',
  'console.col.registered': 'Zaregistrovaný',
  'console.col.snapshots': 'Súbory údajov',
  'console.col.seq': 'Poradie',
  'console.col.event': 'Udalosť',
  'console.col.recorded': 'Zaznamenané',
  'console.notices.title': 'Dosah oznámení',
  'console.notices.never':
    'Účty používateľov, ktorí dosiahli minimálny vek: {adults}; z toho bez oznámenia platného pre {policy}: {never}.',
  'console.notices.mails.caption': 'E-maily s oznámením podľa verzie politiky a jazyka',
  'console.notices.proofs.caption': 'Účty s dokladom o oznámení podľa verzie politiky a jazyka',
  'console.notices.mails.empty':
    'Do frontu nebol zaradený žiadny e-mail s oznámením: príkaz veto notice send ich zaradí do frontu a odošle.',
  'console.notices.proofs.empty': 'Zatiaľ sa oznámenie nedostalo k žiadnemu účtu.',
  'console.notices.unversioned': 'bez verzie (platí pre každú politiku)',
  'console.outbox.title': 'Odchádzajúca pošta',
  'console.outbox.caption': 'E-maily, ktoré poštový server ešte neprijal, podľa druhu',
  'console.outbox.empty': 'Poštový server prijal všetky e-maily.',
  'console.cases.title': 'Žiadosti',
  'console.cases.lead': 'Žiadosti tretích osôb: najprv nerozhodnuté, úplne hore tie po lehote, potom podľa lehoty.',
  'console.cases.empty': 'Zatiaľ neprišla žiadna žiadosť.',
  'console.status.open': 'otvorená',
  'console.status.extended': 'predĺžená',
  'console.status.accepted': 'vyhovená',
  'console.status.rejected': 'zamietnutá',
  'console.status.overdue': 'po lehote',
  'console.case.title': 'Žiadosť {id}',
  'console.case.received': 'Prijatá {when} cez {channel}; lehota: {due}.',
  'console.case.description': 'Čo uvádza žiadateľ',
  'console.case.evidence': 'Dôkazy',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Neuvedený: žiadateľa nemožno informovať.',
  'console.case.contact.unconfirmed': '(nepotvrdený: zatiaľ sa naň nič neposiela)',
  'console.case.contact.confirmed': '(potvrdený)',
  'console.case.hidden': 'Texty žiadosti a kontakt sú osobné údaje: vidia ich iba posudzovatelia.',
  'console.case.erased':
    'Texty žiadosti a kontaktná adresa žiadateľa, ak ju uviedol, boli vymazané {when}, po tom, ako od rozhodnutia ' +
    'uplynula doba nastavená v requests.keep_texts_days.',
  'console.case.steps': 'Kroky',
  'console.case.step.extended': 'Predĺženie: {reviewer}, {when}; nová lehota: {due}. Dôvod: {reason}',
  'console.case.step.accepted': 'Vyhovenie: {reviewer}, {when}; počet položiek: {count}.',
  'console.case.step.rejected': 'Zamietnutie: {reviewer}, {when}. Dôvod: {reason}',
  'console.case.decided': 'O tejto žiadosti je rozhodnuté.',
  'console.case.viewer': 'O žiadostiach rozhodujú iba posudzovatelia.',
  'console.case.decide': 'Rozhodnúť',
  'console.case.accept': 'Vyhovieť',
  'console.case.accept.items': 'Položky, ktoré sa vylúčia z trénovania',
  'console.case.accept.lead': 'Označené položky budú vylúčené zo všetkých súborov údajov vytvorených odteraz.',
  'console.case.reject': 'Zamietnuť',
  'console.case.reject.reason': 'Prečo sa žiadosť zamieta (žiadateľ si to prečíta)',
  'console.case.extend': 'Predĺžiť o dva mesiace',
  'console.case.extend.reason': 'Prečo je potrebné viac času (žiadateľ si to prečíta)',
  'console.case.done.extended': 'Lehota na žiadosť {id} je predĺžená; nová lehota: {due}.',
  'console.case.done.accepted':
    'Žiadosti {id} sa vyhovelo: jej položky budú vylúčené zo všetkých súborov údajov vytvorených odteraz.',
  'console.case.done.rejected': 'Žiadosť {id} je zamietnutá.',
  'console.case.noitems': 'Ak chcete žiadosti vyhovieť, označte aspoň jednu položku, inak žiadosť zamietnite.',
  'console.snapshots.title': 'Súbory údajov',
  'console.snapshots.empty': 'Zatiaľ nebol zapečatený žiadny súbor údajov.',
  'console.snapshot.summary':
    'Položky v súbore: {included} z {considered}, podľa politiky {policy}; stav obsahu: {at}; zapečatený: {sealed}.',
  'console.snapshot.root': 'Koreň Merklovho stromu',
  'console.snapshot.models': 'Modely natrénované na tomto súbore: {models}',
  'console.snapshot.nomodels': 'Nie je zaregistrovaný žiadny model natrénovaný na tomto súbore.',
  'console.snapshot.unreadable':
    'Jeho priečinok sa tu nedá prečítať, preto sa počty nezobrazujú; čo je zle, ukáže „Overiť“.',
  'console.snapshot.out.caption': 'Položky mimo súboru podľa dôvodu',
  'console.snapshot.kind.caption': 'Položky podľa druhu',
  'console.snapshot.lang.caption': 'Položky podľa jazyka',
  'console.snapshot.verify': 'Overiť',
  'console.snapshot.verify.title': 'Súbor údajov {id} je overený',
  'console.snapshot.verified.ok':
    'Súbor údajov {id} je taký, ako bol zapečatený: jeho súbory, manifest a koreň Merklovho stromu sa zhodujú.',
  'console.snapshot.verified.bad': 'Súbor údajov {id} už nie je taký, ako bol zapečatený. Počet problémov: {count}.',
  'console.models.title': 'Modely',
  'console.models.empty': 'Zatiaľ nebol zaregistrovaný žiadny model.',
  'console.ledger.title': 'Register',
  'console.ledger.size': 'Počet záznamov v registri: {size}.',
  'console.ledger.checkpoint': 'Posledný podpísaný kontrolný bod pokrýva záznamy v počte {size}; podpísaný bol {when}.',
  'console.ledger.nocheckpoint':
    'Zatiaľ nebol podpísaný žiadny kontrolný bod: podpíšete ho príkazom veto ledger checkpoint.',
  'console.ledger.root': 'Koreň',
  'console.ledger.note': 'Podpísaná poznámka',
  'console.ledger.recent': 'Najnovšie záznamy',
  'console.records.title': 'Podklady pre dozorné orgány',
  'console.records.lead':
    'Každá námietka, každý súhlas, každé odvolanie, každé doručené oznámenie a každý krok žiadosti, jeden podklad na ' +
    'každý záznam v registri, každý overiteľný voči kontrolnému bodu podpísanému pre toto stiahnutie. Identifikátory ' +
    'účtov a mená posudzovateľov, žiadne adresy ani texty.',
  'console.records.format': 'Formát',
  'console.records.download': 'Stiahnuť podklady',
}
