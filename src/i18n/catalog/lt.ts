/** Every sentence a person reads, in Lithuanian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const lt: Messages = {
  'site.name': 'DI mokymas ir Jūsų turinys',
  'site.skip': 'Pereiti prie turinio',
  'nav.label': 'Pagrindinis meniu',
  'nav.notice': 'Apie mokymą',
  'nav.object': 'Prieštarauti',
  'nav.consent': 'Sutikimas',
  'nav.status': 'Mano prieštaravimai',
  'nav.status.consent': 'Mano sutikimai',
  'nav.data': 'Mano duomenys',
  'nav.signin': 'Prisijungti',
  'nav.signout': 'Atsijungti',
  'settings.title': 'Kalba ir laiko juosta',
  'settings.lang': 'Kalba',
  'settings.zone': 'Laiko juosta',
  'settings.submit': 'Išsaugoti',
  'settings.shown': 'Laikas rodomas pagal laiko juostą {zone}.',
  'notice.title': 'Viešą turinį naudosime DI mokyti',
  'notice.title.opt_in': 'Ar galime naudoti Jūsų viešą turinį DI mokyti?',
  'notice.lead':
    'Nuo {start} viešą {age} metų ir vyresnių naudotojų turinį naudojame savo dirbtinio intelekto (DI) modeliams ' +
    'mokyti, remdamiesi savo teisėtu interesu (BDAR 6 straipsnio 1 dalies f punktas). Prieštaravimą galite pareikšti ' +
    'bet kada, nenurodydami priežasties.',
  'notice.lead.nodeadline':
    'Viešą {age} metų ir vyresnių naudotojų turinį naudojame savo dirbtinio intelekto (DI) modeliams mokyti, ' +
    'remdamiesi savo teisėtu interesu (BDAR 6 straipsnio 1 dalies f punktas). Prieštaravimą galite pareikšti bet ' +
    'kada, nenurodydami priežasties.',
  'notice.lead.opt_in':
    'Norėtume naudoti viešą {age} metų ir vyresnių naudotojų turinį savo dirbtinio intelekto (DI) modeliams mokyti. ' +
    'Jį naudojame tik gavę Jūsų sutikimą (BDAR 6 straipsnio 1 dalies a punktas). Sutikimą galite duoti čia ir bet ' +
    'kada jį atšaukti taip pat lengvai, kaip jį davėte.',
  'notice.what': 'Ką naudojame',
  'notice.kinds': 'Šių rūšių viešas turinys: {kinds}.',
  'notice.never.snapshot':
    'Niekada nenaudojame neviešo turinio, pavyzdžiui, privačių žinučių, ir niekada nenaudojame jaunesnių nei {age} ' +
    'metų asmenų turinio.',
  'notice.never.publication':
    'Niekada nenaudojame neviešo turinio, pavyzdžiui, privačių žinučių, ir niekada nenaudojame turinio, kurį ' +
    'paskelbėte dar neturėdami {age} metų.',
  'notice.deadline': 'Terminas',
  'notice.deadline.text': 'Jei prieštaravimą gauname iki {deadline}, visas Jūsų turinys į mokymą neįtraukiamas.',
  'notice.after.future_content_only':
    'Jei prieštaravimą gauname vėliau, neįtraukiama tik tai, ką viešai paskelbiate po prieštaravimo. To, kas jau ' +
    'pateko į modelį, iš jo pašalinti neįmanoma.',
  'notice.after.all_content':
    'Jei prieštaravimą gauname vėliau, visas Jūsų turinys neįtraukiamas į jokį mokymo duomenų rinkinį, sudarytą po ' +
    'prieštaravimo gavimo. To, kas jau pateko į modelį, iš jo pašalinti neįmanoma.',
  'notice.nodeadline':
    'Pareiškus prieštaravimą, visas Jūsų turinys neįtraukiamas į jokį mokymo duomenų rinkinį, sudarytą po ' +
    'prieštaravimo gavimo. To, kas jau pateko į modelį, iš jo pašalinti neįmanoma.',
  'notice.comingOfAge':
    'Jei Jums {age} metų sukaks po {deadline}, prieštaravimas, pateiktas per {days} dienų nuo šio amžiaus sulaukimo, ' +
    'taip pat reiškia, kad visas Jūsų turinys neįtraukiamas.',
  'notice.comingOfAge.own':
    'Jums {age} metų sukako visai neseniai: jei prieštaravimą pateiksite iki {until}, visas Jūsų turinys bus ' +
    'neįtrauktas.',
  'notice.consent.effect':
    'Be Jūsų sutikimo nenaudojamas joks Jūsų turinys. Davus sutikimą, Jūsų viešas turinys gali būti naudojamas ' +
    'mokymo ' +
    'duomenų rinkiniuose, sudarytuose tol, kol sutikimas galioja. To, kas jau pateko į modelį, iš jo pašalinti ' +
    'neįmanoma.',
  'notice.cta': 'Prieštarauti dabar',
  'notice.cta.opt_in': 'Duoti arba atšaukti sutikimą',
  'scope.covers':
    'Prieštaravimas taikomas visoms paskyroms su Jūsų el. pašto adresu ir visoms su jomis tame pačiame paskyrų ' +
    'centre ' +
    'susietoms paskyroms.',
  'scope.covers.opt_in':
    'Sutikimas taikomas visoms paskyroms su Jūsų el. pašto adresu ir visoms su jomis tame pačiame paskyrų centre ' +
    'susietoms paskyroms.',
  'scope.notcovered':
    'Paskyroms su kitu el. pašto adresu, esančioms už šių paskyrų centrų ribų, jis netaikomas, net jei tai Jūsų ' +
    'paskyros: joms reikia atskiro prieštaravimo.',
  'scope.notcovered.opt_in':
    'Paskyroms su kitu el. pašto adresu, esančioms už šių paskyrų centrų ribų, jis netaikomas, net jei tai Jūsų ' +
    'paskyros: joms reikia atskiro sutikimo.',
  'kind.name': 'Jūsų vardas',
  'kind.username': 'naudotojo vardai',
  'kind.profile_picture': 'profilio nuotraukos',
  'kind.avatar': 'avatarai',
  'kind.post': 'vieši įrašai',
  'kind.comment': 'komentarai',
  'kind.group_post': 'veikla viešose grupėse',
  'kind.page_post': 'veikla puslapiuose',
  'kind.channel_post': 'veikla kanaluose',
  'kind.marketplace_review': 'atsiliepimai prekyvietėje',
  'signin.title': 'Prisijungimas',
  'signin.lead':
    'Įveskite savo paskyros el. pašto adresą. Atsiųsime nuorodą, kuria prisijungsite; ji veikia vieną kartą ir ' +
    'galioja {minutes} min.',
  'signin.email': 'El. pašto adresas',
  'signin.submit': 'Atsiųskite man nuorodą',
  'signin.oidc': 'Prisijungti per {label}',
  'signin.sent.title': 'Patikrinkite el. pašto dėžutę',
  'signin.sent.text':
    'Jei šiuo adresu naudojasi kuri nors paskyra, prisijungimo nuoroda jau siunčiama. Ji veikia vieną kartą ir ' +
    'galioja {minutes} min.',
  'signin.confirm.title': 'Prisijungimas',
  'signin.confirm.text': 'Tęskite, kad prisijungtumėte šiame įrenginyje.',
  'signin.confirm.submit': 'Prisijungti',
  'signin.invalid': 'Ši nuoroda nebegalioja arba jau buvo panaudota. Paprašykite naujos.',
  'object.title': 'Prieštaravimas dėl Jūsų turinio naudojimo',
  'object.lead': 'Čia galite pareikšti prieštaravimą dėl Jūsų viešo turinio naudojimo DI mokyti.',
  'object.email': 'Jūsų paskyros el. pašto adresas',
  'object.reason': 'Priežastis (neprivaloma)',
  'object.reason.hint': 'Nurodyti priežasties neprivalote. Ją saugome ir niekada niekam kitam nerodome.',
  'object.submit': 'Pateikti prieštaravimą',
  'object.done.title': 'Jūsų prieštaravimas užregistruotas',
  'object.done.received': 'Gauta: {when}. Patvirtinimas jau siunčiamas į Jūsų el. pašto dėžutę.',
  'object.done.covers': 'Jis taikomas šioms paskyroms:',
  'object.done.timely': 'Jis gautas iki termino pabaigos: joks šių paskyrų turinys nebus naudojamas.',
  'object.done.late.future_content_only':
    'Jis gautas pasibaigus terminui: turinys, kurį viešai paskelbsite nuo šiol, nebus naudojamas. To, kas jau pateko ' +
    'į modelį, iš jo pašalinti neįmanoma.',
  'object.done.late.all_content':
    'Jis gautas pasibaigus terminui: joks šių paskyrų turinys nebus naudojamas mokymo duomenų rinkiniuose, ' +
    'sudarytuose nuo šiol. To, kas jau pateko į modelį, iš jo pašalinti neįmanoma.',
  'consent.title': 'Sutikimas dėl Jūsų turinio naudojimo',
  'consent.lead':
    'Čia galite duoti sutikimą, kad Jūsų viešas turinys būtų naudojamas DI mokyti. Spręsti Jums; jei sutikimo ' +
    'neduosite, Jums niekas nepasikeis.',
  'consent.submit': 'Sutinku',
  'consent.given': 'Sutikimą davėte. Jį galite atšaukti puslapyje „Mano sutikimai“.',
  'consent.done.title': 'Jūsų sutikimas užregistruotas',
  'consent.done.received': 'Gauta: {when}. Patvirtinimas jau siunčiamas į Jūsų el. pašto dėžutę.',
  'consent.done.covers': 'Jis taikomas šioms paskyroms:',
  'consent.done.effect':
    'Jūsų viešas turinys gali būti naudojamas mokymo duomenų rinkiniuose, sudarytuose nuo šiol. Sutikimą galite bet ' +
    'kada atšaukti taip pat lengvai, kaip jį davėte.',
  'status.title': 'Mano prieštaravimai',
  'status.title.opt_in': 'Mano sutikimai',
  'status.none': 'Prieštaravimo nesate pareiškę.',
  'status.none.opt_in': 'Sutikimo nesate davę.',
  'status.section': 'Prieštaravimas, {date}',
  'status.section.opt_in': 'Sutikimas, {date}',
  'status.received': 'Gauta: {when}',
  'status.withdrawn': 'Atšaukta: {when}',
  'status.covers': 'Taikoma: {accounts}',
  'status.withdraw': 'Atšaukti šį prieštaravimą',
  'status.withdraw.opt_in': 'Atšaukti šį sutikimą',
  'status.accounts': 'Jūsų paskyros',
  'status.signoutEverywhere': 'Atsijungti visuose įrenginiuose',
  'status.notYours':
    'Pateiktas paskyrai {accounts} – paskyrai Jūsų paskyrų centre su kitu adresu. Jis taikomas ir Jūsų paskyroms; ' +
    'atšaukti jį gali tik tos paskyros, kuriai jis pateiktas, savininkas.',
  'withdraw.title': 'Atšaukti prieštaravimą?',
  'withdraw.title.opt_in': 'Atšaukti sutikimą?',
  'withdraw.effect':
    'Jūsų viešas turinys gali būti naudojamas mokymo duomenų rinkiniuose, sudarytuose nuo šiol. Anksčiau sudaryti ' +
    'rinkiniai lieka tokie, kokie yra.',
  'withdraw.effect.opt_in':
    'Joks Jūsų turinys nebus naudojamas mokymo duomenų rinkiniuose, sudarytuose nuo šiol. Anksčiau sudaryti ' +
    'rinkiniai ' +
    'lieka tokie, kokie yra: to, kas jau pateko į modelį, iš jo pašalinti neįmanoma.',
  'withdraw.again.timely':
    'Jei vėl pareikšite prieštaravimą iki {deadline}, naujasis prieštaravimas vis tiek reikš, kad visas Jūsų turinys ' +
    'neįtraukiamas. Vėliau pareikštas jis bus laikomas pavėluotu.',
  'withdraw.again.late':
    'Jei vėl pareikšite prieštaravimą, naujasis prieštaravimas bus laikomas pavėluotu, nes terminas ({deadline}) jau ' +
    'pasibaigė.',
  'withdraw.confirm': 'Taip, atšaukti',
  'withdraw.cancel': 'Ne, palikti',
  'withdraw.done.title': 'Jūsų prieštaravimas atšauktas',
  'withdraw.done.title.opt_in': 'Jūsų sutikimas atšauktas',
  'withdraw.done.text': 'Atšaukta: {when}. Patvirtinimas jau siunčiamas į Jūsų el. pašto dėžutę.',
  'data.title': 'Mano duomenys DI mokyme',
  'data.access': 'Atsisiųskite viską, kas apie jus užregistruota (JSON)',
  'data.none': 'Dar nesudarytas nė vienas mokymo duomenų rinkinys.',
  'data.snapshot': 'Duomenų rinkinys {id}, sudarytas {at} ({policy})',
  'data.in': 'Įtraukta Jūsų elementų: {n}',
  'data.out': 'neįtraukta: {n}',
  'data.models': 'Juo mokyti modeliai: {models}',
  'data.caption': 'Jūsų elementai duomenų rinkinyje {id}',
  'data.col.item': 'Elementas',
  'data.col.status': 'Ar įtrauktas į rinkinį?',
  'data.col.proof': 'Įrodymas',
  'data.included': 'įtrauktas',
  'data.proof': 'Įrodymas',
  'data.proof.about':
    'Įrodymo failas pagal paskelbtą duomenų rinkinio skaitmeninį atspaudą (jo Merkle medžio šaknį) parodo, kad ' +
    'elementas yra rinkinyje arba kad jo ten nėra. Jame yra Jūsų raktas šiam duomenų rinkiniui. Iš šio rakto ir ' +
    'elemento identifikatoriaus iš naujo apskaičiuojamas elemento raktas, todėl bet kas, kam duosite šį failą, gali ' +
    'jį patikrinti ir jam nereikia mumis pasitikėti.',
  'data.proof.of': 'Elemento {id} įrodymas',
  'data.reason.published': 'ribiniu momentu dar nebuvo viešas',
  'data.reason.visibility': 'neviešas',
  'data.reason.kind': 'turinio rūšis, nenaudojama mokymui',
  'data.reason.region': 'už mokymo regionų ribų',
  'data.reason.age': 'amžius nežinomas arba mažesnis už minimalų',
  'data.reason.notice': 'laiku nepranešta',
  'data.reason.consent': 'nėra sutikimo',
  'data.reason.objection': 'Jūsų prieštaravimas',
  'data.reason.excluded': 'neįtrauktas jame matomo asmens prašymu',
  'request.link': 'Jus rodantis turinys',
  'request.title': 'Prašymas neįtraukti Jus rodančio turinio į DI mokymą',
  'request.lead':
    'Jei kito asmens viešas įrašas, komentaras ar nuotrauka rodo Jus – Jūsų vardą, atvaizdą ar kitus duomenis apie ' +
    'Jus, – galite paprašyti mūsų šio turinio neįtraukti į DI mokymą. Paskyros tam nereikia. Atsakome per vieną ' +
    'mėnesį; jei mums reikia daugiau laiko, paaiškiname kodėl ir atsakome ne vėliau kaip per dar du mėnesius.',
  'request.items': 'Koks turinys? Po vieną interneto adresą arba elemento identifikatorių eilutėje',
  'request.items.hint': 'Nukopijuokite adresą iš naršyklės arba elemento identifikatorių iš puslapio „Mano duomenys“.',
  'request.description': 'Ką jis rodo apie Jus ir kodėl jo nereikėtų įtraukti?',
  'request.contact': 'Jūsų el. pašto adresas (neprivaloma)',
  'request.contact.hint':
    'Tik tam, kad praneštume Jums savo sprendimą. Pirmiausia atsiųsime nuorodą, kad patvirtintumėte, jog adresas Jūsų.',
  'request.evidence': 'Kita, kas mums padėtų (neprivaloma)',
  'request.submit': 'Siųsti prašymą',
  'request.error.items':
    'Nurodykite bent vieną ir ne daugiau kaip 100 elementų: mūsų svetainės interneto adresą arba elemento ' +
    'identifikatorių, po vieną eilutėje.',
  'request.error.description': 'Nurodykite, ką turinys rodo apie Jus (ne daugiau kaip 5000 simbolių).',
  'request.error.contact': 'Tai nepanašu į el. pašto adresą.',
  'request.error.evidence': 'Tekstas per ilgas (ne daugiau kaip 20 000 simbolių).',
  'request.done.title': 'Jūsų prašymą gavome',
  'request.done.text': 'Jūsų prašymo numeris: {id}. Sprendimą priimsime iki {due}.',
  'request.done.contact':
    'Nurodytu adresu išsiuntėme nuorodą. Kai ją atidarysite ir patvirtinsite, pranešime Jums savo sprendimą.',
  'request.done.nocontact': 'Nenurodėte el. pašto adreso, todėl negalėsime Jums pranešti savo sprendimo.',
  'request.confirm.title': 'Patvirtinkite savo el. pašto adresą',
  'request.confirm.text': 'Patvirtinkite, kad šiuo adresu galime Jums rašyti dėl Jūsų prašymo {id}.',
  'request.confirm.submit': 'Patvirtinti',
  'request.confirmed.title': 'Jūsų adresas patvirtintas',
  'request.confirmed.text': 'Parašysime Jums, kai priimsime sprendimą dėl Jūsų prašymo {id}.',
  'request.confirm.invalid': 'Ši nuoroda negalioja. Nukopijuokite ją iš laiško visą.',
  'error.title': 'Kažkas negerai',
  'error.csrf': 'Ši forma nebegalioja. Grįžkite, iš naujo įkelkite puslapį ir bandykite dar kartą.',
  'error.rate': 'Per daug bandymų. Palaukite minutę ir bandykite dar kartą.',
  'error.signin': 'Pirmiausia prisijunkite.',
  'error.notfound': 'Tokio puslapio nėra.',
  'error.notyours': 'Atšaukti gali tik tos paskyros, kuriai jis pateiktas, savininkas.',
  'error.withdrawn': 'Tai jau atšaukta.',
  'error.internal': 'Mūsų sistemoje įvyko klaida. Bandykite dar kartą vėliau.',
  'mail.signin.subject': 'Jūsų prisijungimo nuoroda',
  'mail.signin.body':
    'Laba diena,\n\nKažkas (tikimės, kad Jūs) paprašė prisijungti. Ši nuoroda veikia vieną kartą ir galioja ' +
    '{minutes} ' +
    'min.:\n\n{link}\n\nJei tai buvote ne Jūs, į šį laišką nekreipkite dėmesio.',
  'mail.confirmation.subject': 'Jūsų prieštaravimas užregistruotas',
  'mail.confirmation.subject.opt_in': 'Jūsų sutikimas užregistruotas',
  'mail.confirmation.body':
    'Laba diena,\n\nJūsų prieštaravimą ({id}) gavome {when}.\n\nJis taikomas šioms ' +
    'paskyroms:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSavo prieštaravimus galite peržiūrėti ir atšaukti adresu ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Laba diena,\n\nJūsų sutikimą ({id}) gavome {when}.\n\nJis taikomas šioms ' +
    'paskyroms:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSavo sutikimus galite peržiūrėti ir atšaukti adresu {url}.',
  'mail.withdrawal.subject': 'Jūsų prieštaravimas atšauktas',
  'mail.withdrawal.subject.opt_in': 'Jūsų sutikimas atšauktas',
  'mail.withdrawal.body':
    'Laba diena,\n\nJūsų prieštaravimas {id} atšauktas {when}.\n\n{effect}\n\nVėl pareikšti prieštaravimą galite bet ' +
    'kada: {url}',
  'mail.withdrawal.body.opt_in':
    'Laba diena,\n\nJūsų sutikimas {id} atšauktas {when}.\n\n{effect}\n\nVėl duoti sutikimą galite bet kada: {url}',
  'mail.notice.subject': 'Viešą turinį naudosime DI mokyti',
  'mail.notice.subject.opt_in': 'Ar galime naudoti Jūsų viešą turinį DI mokyti?',
  'mail.notice.body':
    'Laba diena,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPareikšti prieštaravimą galite čia: ' +
    '{url}\n\nŠis laiškas susijęs su šiomis paskyromis: {accounts}',
  'mail.notice.body.opt_in':
    'Laba diena,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nDuoti arba atšaukti sutikimą galite čia: ' +
    '{url}\n\nŠis laiškas susijęs su šiomis paskyromis: {accounts}',
  'mail.footer.zone': 'Šiame laiške laikas nurodytas pagal laiko juostą {zone}.',
  'mail.case.confirm.subject': 'Patvirtinkite savo el. pašto adresą',
  'mail.case.confirm.body':
    'Laba diena,\n\nKažkas (tikimės, kad Jūs) paprašė mūsų neįtraukti turinio į DI mokymą ir nurodė šį adresą ' +
    'atsakymui gauti. Patvirtinkite jį čia:\n\n{link}\n\nJei tai buvote ne Jūs, į šį laišką nekreipkite dėmesio: ' +
    'daugiau Jums nerašysime.',
  'mail.case.received.subject': 'Jūsų prašymą {id} gavome',
  'mail.case.received.body':
    'Laba diena,\n\nJūsų prašymą {id} gavome {when}. Jis susijęs su šiuo turiniu:\n{items}\n\nSprendimą priimsime ' +
    'iki {due}.',
  'mail.case.extended.subject': 'Jūsų prašymui {id} išnagrinėti mums reikia daugiau laiko',
  'mail.case.extended.body':
    'Laba diena,\n\nSprendimui dėl Jūsų prašymo {id} priimti mums reikia daugiau laiko dėl šios priežasties: ' +
    '{reason}\n\nSprendimą priimsime iki {due}.',
  'mail.case.accepted.subject': 'Jūsų prašymas {id} patenkintas',
  'mail.case.accepted.body':
    'Laba diena,\n\nPatenkinome Jūsų prašymą {id}. Šis turinys neįtraukiamas į jokį DI mokymo duomenų rinkinį, kurį ' +
    'sudarysime nuo šiol:\n{items}\n\nTo, kas jau pateko į modelį, iš jo pašalinti neįmanoma.',
  'mail.case.rejected.subject': 'Jūsų prašymas {id} atmestas',
  'mail.case.rejected.body':
    'Laba diena,\n\nJūsų prašymo {id} nepatenkinome dėl šios priežasties: {reason}\n\nGalite pateikti skundą duomenų ' +
    'apsaugos priežiūros institucijai.',
  'console.name': 'Privatumo konsolė',
  'console.nav.label': 'Konsolė',
  'console.nav.overview': 'Apžvalga',
  'console.nav.cases': 'Prašymai',
  'console.nav.snapshots': 'Duomenų rinkiniai',
  'console.nav.models': 'Modeliai',
  'console.nav.ledger': 'Žurnalas',
  'console.member': 'Prisijungta kaip {name}, {role}.',
  'console.role.viewer': 'stebėtojas',
  'console.role.reviewer': 'vertintojas',
  'console.signin.title': 'Prisijungimas prie privatumo konsolės',
  'console.signin.lead':
    'Platformos privatumo komandai. Įveskite savo darbo el. pašto adresą: jei jis įtrauktas į konsolės narių sąrašą, ' +
    'atsiųsime juo nuorodą, kuria prisijungsite. Nuoroda veikia vieną kartą ir galioja {minutes} min.',
  'console.signin.sent':
    'Jei šis adresas įtrauktas į konsolės narių sąrašą, prisijungimo nuoroda jau siunčiama. Ji veikia vieną kartą ir ' +
    'galioja {minutes} min.',
  'console.signin.refused':
    'Paskyra, kuria prisijungėte, neįtraukta į konsolės narių sąrašą. Paprašykite duomenų apsaugos pareigūno ' +
    'įtraukti jos adresą.',
  'console.forbidden': 'Jūsų vaidmuo to neleidžia. Sprendimus dėl prašymų priima vertintojai.',
  'console.overview.title': 'Apžvalga',
  'console.overview.policy':
    'Duomenys pagal politiką {policy}. Prieštaravimas, gautas {deadline} ar vėliau, laikomas pavėluotu. Dienos ' +
    'skaičiuojamos pagal UTC.',
  'console.overview.policy.nodeadline':
    'Duomenys pagal politiką {policy}, kurioje termino nėra: joks prieštaravimas nelaikomas pavėluotu. Dienos ' +
    'skaičiuojamos pagal UTC.',
  'console.overview.cases': 'Neišspręsti prašymai: {open}, iš jų su praleistu terminu: {overdue}',
  'console.overview.asof': 'Apskaičiuota: {when}. Duomenys perskaičiuojami ne dažniau kaip kas {minutes} min.',
  'console.figures.title': 'Prieštaravimai, atšaukimai ir sutikimai',
  'console.chart.title': 'Prieštaravimai, pavėluoti prieštaravimai, atšaukimai ir sutikimai pagal dienas',
  'console.chart.desc':
    'Kiekvienai sekai – viena linija, nuo {first} iki {last}. Visi skaičiai pateikti toliau esančioje lentelėje.',
  'console.chart.empty': 'Kol kas nieko nepateikta.',
  'console.series.objections': 'Prieštaravimai',
  'console.series.late': 'Pavėluoti prieštaravimai',
  'console.series.withdrawals': 'Atšaukimai',
  'console.series.consents': 'Sutikimai',
  'console.table.day': 'Diena',
  'console.table.perday': 'Kiekviena diena skaičiais',
  'console.totals.caption': 'Iš viso',
  'console.bychannel.caption': 'Pagal kanalą',
  'console.bynetwork.caption':
    'Pagal tinklą, kuriam priklauso paskyros, kurioms pateikta (po vieną kartą kiekvienam tinklui)',
  'console.type.objection': 'Prieštaravimai',
  'console.type.consent': 'Sutikimai',
  'console.col.type': 'Tipas',
  'console.col.filed': 'Pateikta',
  'console.col.withdrawn': 'Atšaukta',
  'console.col.channel': 'Kanalas',
  'console.col.network': 'Tinklas',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Kalba',
  'console.col.queued': 'Eilėje',
  'console.col.accepted': 'Priimta pašto serverio',
  'console.col.failing': 'Nepavyksta išsiųsti',
  'console.col.pending': 'Laukiama',
  'console.col.accounts': 'Paskyros',
  'console.col.kind': 'Rūšis',
  'console.col.unsent': 'Neišsiųsta',
  'console.col.oldest': 'Seniausias neišsiųstas',
  'console.col.case': 'Prašymas',
  'console.col.status': 'Būsena',
  'console.col.due': 'Terminas',
  'console.col.received': 'Gauta',
  'console.col.items': 'Elementai',
  'console.col.reason': 'Priežastis',
  'console.col.count': 'Elementai',
  'console.col.in': 'Įtraukta',
  'console.col.out': 'Neįtraukta',
  'console.col.model': 'Modelis',
  'console.col.registered': 'Užregistruota',
  'console.col.snapshots': 'Duomenų rinkiniai',
  'console.col.seq': 'Eilės nr.',
  'console.col.event': 'Įvykis',
  'console.col.recorded': 'Įrašyta',
  'console.notices.title': 'Pranešimų aprėptis',
  'console.notices.never':
    'Minimalų amžių sulaukusių naudotojų paskyros: {adults}; iš jų pranešimo, galiojančio politikai {policy}, ' +
    'negavo: {never}.',
  'console.notices.mails.caption': 'Pranešimų laiškai pagal politikos versiją ir kalbą',
  'console.notices.proofs.caption': 'Paskyros, turinčios pranešimo įrodymą, pagal politikos versiją ir kalbą',
  'console.notices.mails.empty':
    'Į eilę neįtrauktas nė vienas pranešimo laiškas: komanda veto notice send juos įtraukia į eilę ir išsiunčia.',
  'console.notices.proofs.empty': 'Kol kas nė viena paskyra pranešimo negavo.',
  'console.notices.unversioned': 'be versijos (galioja visoms politikoms)',
  'console.outbox.title': 'Siunčiamieji laiškai',
  'console.outbox.caption': 'Pašto serverio dar nepriimti laiškai pagal rūšį',
  'console.outbox.empty': 'Pašto serveris priėmė visus laiškus.',
  'console.cases.title': 'Prašymai',
  'console.cases.lead':
    'Trečiųjų asmenų prašymai: pirmiausia neišspręsti, viršuje – tie, kurių terminas praleistas, toliau – pagal ' +
    'terminą.',
  'console.cases.empty': 'Kol kas negauta nė vieno prašymo.',
  'console.status.open': 'nagrinėjamas',
  'console.status.extended': 'pratęstas',
  'console.status.accepted': 'patenkintas',
  'console.status.rejected': 'atmestas',
  'console.status.overdue': 'praleistas terminas',
  'console.case.title': 'Prašymas {id}',
  'console.case.received': 'Gauta {when}, kanalas: {channel}; terminas: {due}.',
  'console.case.description': 'Ką nurodo prašymo pateikėjas',
  'console.case.evidence': 'Įrodymai',
  'console.case.contact': 'Kontaktas',
  'console.case.contact.none': 'Nenurodytas: prašymo pateikėjo informuoti neįmanoma.',
  'console.case.contact.unconfirmed': '(nepatvirtintas: juo kol kas nieko nesiunčiama)',
  'console.case.contact.confirmed': '(patvirtintas)',
  'console.case.hidden': 'Prašymo tekstai ir kontaktas yra asmens duomenys: juos mato tik vertintojai.',
  'console.case.erased':
    'Prašymo tekstai ir kontaktinis adresas, jei jis buvo nurodytas, ištrinti {when}, kai nuo sprendimo praėjo ' +
    'nustatyme requests.keep_texts_days nurodytas laikotarpis.',
  'console.case.steps': 'Veiksmai',
  'console.case.step.extended': 'Pratęsė {reviewer} {when}, naujas terminas: {due}. Priežastis: {reason}',
  'console.case.step.accepted': 'Patenkino {reviewer} {when}, elementų: {count}.',
  'console.case.step.rejected': 'Atmetė {reviewer} {when}. Priežastis: {reason}',
  'console.case.decided': 'Sprendimas dėl šio prašymo priimtas.',
  'console.case.viewer': 'Sprendimus dėl prašymų priima tik vertintojai.',
  'console.case.decide': 'Priimti sprendimą',
  'console.case.accept': 'Patenkinti',
  'console.case.accept.items': 'Į mokymą neįtrauktini elementai',
  'console.case.accept.lead': 'Pažymėti elementai neįtraukiami į jokį nuo šiol sudaromą duomenų rinkinį.',
  'console.case.reject': 'Atmesti',
  'console.case.reject.reason': 'Kodėl prašymas atmetamas (tai skaitys prašymo pateikėjas)',
  'console.case.extend': 'Pratęsti dviem mėnesiais',
  'console.case.extend.reason': 'Kodėl reikia daugiau laiko (tai skaitys prašymo pateikėjas)',
  'console.case.done.extended': 'Prašymo {id} terminas pratęstas; naujas terminas: {due}.',
  'console.case.done.accepted':
    'Prašymas {id} patenkintas: jo elementai neįtraukiami į jokį nuo šiol sudaromą duomenų rinkinį.',
  'console.case.done.rejected': 'Prašymas {id} atmestas.',
  'console.case.noitems': 'Pažymėkite bent vieną elementą, kad prašymą patenkintumėte, arba prašymą atmeskite.',
  'console.snapshots.title': 'Duomenų rinkiniai',
  'console.snapshots.empty': 'Dar neužfiksuotas nė vienas duomenų rinkinys.',
  'console.snapshot.summary':
    'Įtraukta elementų: {included} iš {considered}, pagal politiką {policy}; turinio būsena: {at}; užfiksuotas: ' +
    '{sealed}.',
  'console.snapshot.root': 'Merkle medžio šaknis',
  'console.snapshot.models': 'Juo mokyti modeliai: {models}',
  'console.snapshot.nomodels': 'Neužregistruotas nė vienas juo mokytas modelis.',
  'console.snapshot.unreadable':
    'Jo aplanko čia perskaityti nepavyksta, todėl skaičiai nerodomi; kas negerai, parodys „Patikrinti“.',
  'console.snapshot.out.caption': 'Neįtraukti elementai pagal priežastį',
  'console.snapshot.kind.caption': 'Elementai pagal rūšį',
  'console.snapshot.lang.caption': 'Elementai pagal kalbą',
  'console.snapshot.verify': 'Patikrinti',
  'console.snapshot.verify.title': 'Duomenų rinkinys {id} patikrintas',
  'console.snapshot.verified.ok':
    'Duomenų rinkinys {id} toks, koks buvo užfiksuotas: jo failai, manifestas ir Merkle medžio šaknis sutampa.',
  'console.snapshot.verified.bad': 'Duomenų rinkinys {id} nebe toks, koks buvo užfiksuotas. Rasta problemų: {count}.',
  'console.models.title': 'Modeliai',
  'console.models.empty': 'Dar neužregistruotas nė vienas modelis.',
  'console.ledger.title': 'Žurnalas',
  'console.ledger.size': 'Žurnalo įrašų: {size}.',
  'console.ledger.checkpoint': 'Paskutinis pasirašytas kontrolinis taškas apima įrašų: {size}; pasirašytas {when}.',
  'console.ledger.nocheckpoint':
    'Dar nepasirašytas nė vienas kontrolinis taškas: jį pasirašo komanda veto ledger checkpoint.',
  'console.ledger.root': 'Šaknis',
  'console.ledger.note': 'Pasirašyta pastaba',
  'console.ledger.recent': 'Naujausi įrašai',
  'console.records.title': 'Išrašai duomenų apsaugos priežiūros institucijoms',
  'console.records.lead':
    'Kiekvienas prieštaravimas, sutikimas, atšaukimas, pristatytas pranešimas ir prašymo nagrinėjimo veiksmas, po ' +
    'vieną išrašą kiekvienam žurnalo įrašui, kurių kiekvieną galima patikrinti pagal šiam atsisiuntimui pasirašytą ' +
    'kontrolinį tašką. Paskyrų identifikatoriai ir vertintojų vardai, be adresų ir tekstų.',
  'console.records.format': 'Formatas',
  'console.records.download': 'Atsisiųsti išrašus',
}
