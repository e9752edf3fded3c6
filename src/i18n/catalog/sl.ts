/** Every sentence a person reads, in Slovenian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const sl: Messages = {
  'site.name': 'Učenje umetne inteligence in vaše vsebine',
  'site.skip': 'Preskoči na vsebino',
  'nav.label': 'Glavni meni',
  'nav.notice': 'O učenju umetne inteligence',
  'nav.object': 'Ugovor',
  'nav.consent': 'Privolitev',
  'nav.status': 'Moji ugovori',
  'nav.status.consent': 'Moje privolitve',
  'nav.data': 'Moji podatki',
  'nav.signin': 'Prijava',
  'nav.signout': 'Odjava',
  'settings.title': 'Jezik in časovni pas',
  'settings.lang': 'Jezik',
  'settings.zone': 'Časovni pas',
  'settings.submit': 'Shrani',
  'settings.shown': 'Časi so prikazani v časovnem pasu {zone}.',
  'notice.title': 'Javne vsebine bomo uporabljali za učenje umetne inteligence',
  'notice.title.opt_in': 'Ali smemo vaše javne vsebine uporabljati za učenje umetne inteligence?',
  'notice.lead':
    'Javne vsebine uporabnikov, starih {age} let ali več, uporabljamo za učenje naših modelov umetne inteligence ' +
    '(začetek: {start}), in sicer na podlagi našega zakonitega interesa (člen 6(1)(f) GDPR). Ugovor lahko vložite ' +
    'kadar koli, ne da bi navedli razlog.',
  'notice.lead.nodeadline':
    'Javne vsebine uporabnikov, starih {age} let ali več, uporabljamo za učenje naših modelov umetne inteligence, in ' +
    'sicer na podlagi našega zakonitega interesa (člen 6(1)(f) GDPR). Ugovor lahko vložite kadar koli, ne da bi ' +
    'navedli razlog.',
  'notice.lead.opt_in':
    'Javne vsebine uporabnikov, starih {age} let ali več, bi radi uporabljali za učenje naših modelov umetne ' +
    'inteligence. Uporabljamo jih samo z vašo privolitvijo (člen 6(1)(a) GDPR). Privolitev lahko podate tukaj in jo ' +
    'kadar koli prekličete, enako preprosto, kot ste jo podali.',
  'notice.what': 'Kaj uporabljamo',
  'notice.kinds': 'Te vrste javnih vsebin: {kinds}.',
  'notice.never.snapshot':
    'Nikoli ne uporabljamo vsebin, ki niso javne, na primer zasebnih sporočil, in nikoli vsebin oseb, mlajših od ' +
    '{age} let.',
  'notice.never.publication':
    'Nikoli ne uporabljamo vsebin, ki niso javne, na primer zasebnih sporočil, in nikoli vsebin, ki ste jih ' +
    'objavili, ' +
    'preden ste dopolnili {age} let.',
  'notice.deadline': 'Rok',
  'notice.deadline.text': 'Ugovor, ki ga prejmemo pred iztekom roka ({deadline}), izloči iz učenja vse vaše vsebine.',
  'notice.after.future_content_only':
    'Ugovor, prejet pozneje, izloči le vsebine, ki jih objavite po vložitvi ugovora. Tega, kar je že vključeno v ' +
    'model, ni mogoče umakniti.',
  'notice.after.all_content':
    'Ugovor, prejet pozneje, izloči vse vaše vsebine iz vseh naborov učnih podatkov, ustvarjenih po njegovem ' +
    'prejemu. ' +
    'Tega, kar je že vključeno v model, ni mogoče umakniti.',
  'notice.nodeadline':
    'Ugovor izloči vse vaše vsebine iz vseh naborov učnih podatkov, ustvarjenih po njegovem prejemu. Tega, kar je že ' +
    'vključeno v model, ni mogoče umakniti.',
  'notice.comingOfAge':
    'Če dopolnite {age} let po izteku roka ({deadline}), vse vaše vsebine izloči tudi ugovor, ki ga vložite v {days} ' +
    'dneh po dopolnitvi te starosti.',
  'notice.comingOfAge.own':
    'Starost {age} let ste dopolnili šele pred kratkim: ugovor, ki ga vložite pred iztekom vašega roka ({until}), ' +
    'izloči vse vaše vsebine.',
  'notice.consent.effect':
    'Brez vaše privolitve ne uporabimo nobene vaše vsebine. Če privolitev podate, se lahko vaše javne vsebine ' +
    'uporabijo v naborih učnih podatkov, ustvarjenih v času, ko privolitev velja. Tega, kar je že vključeno v model, ' +
    'ni mogoče umakniti.',
  'notice.cta': 'Vložite ugovor',
  'notice.cta.opt_in': 'Podajte ali prekličite privolitev',
  'scope.covers':
    'Ugovor velja za vse račune z vašim e-poštnim naslovom in za vse račune, ki so z njimi povezani v istem središču ' +
    'za račune.',
  'scope.covers.opt_in':
    'Privolitev velja za vse račune z vašim e-poštnim naslovom in za vse račune, ki so z njimi povezani v istem ' +
    'središču za račune.',
  'scope.notcovered':
    'Ne velja za račune z drugim e-poštnim naslovom zunaj teh središč za račune, tudi če so vaši: zanje je treba ' +
    'vložiti ločen ugovor.',
  'scope.notcovered.opt_in':
    'Ne velja za račune z drugim e-poštnim naslovom zunaj teh središč za račune, tudi če so vaši: zanje je treba ' +
    'podati ločeno privolitev.',
  'kind.name': 'vaše ime',
  'kind.username': 'uporabniška imena',
  'kind.profile_picture': 'profilne slike',
  'kind.avatar': 'avatarji',
  'kind.post': 'javne objave',
  'kind.comment': 'komentarji',
  'kind.group_post': 'dejavnost v javnih skupinah',
  'kind.page_post': 'dejavnost na straneh',
  'kind.channel_post': 'dejavnost v kanalih',
  'kind.marketplace_review': 'ocene na spletni tržnici',
  'signin.title': 'Prijava',
  'signin.lead':
    'Vnesite e-poštni naslov svojega računa. Poslali vam bomo povezavo za prijavo; deluje enkrat in velja {minutes} ' +
    'min.',
  'signin.email': 'E-poštni naslov',
  'signin.submit': 'Pošljite mi povezavo',
  'signin.oidc': 'Prijava z računom {label}',
  'signin.sent.title': 'Preverite svoj e-poštni predal',
  'signin.sent.text':
    'Če ta naslov uporablja kateri od računov, je povezava za prijavo na poti. Deluje enkrat in velja {minutes} min.',
  'signin.confirm.title': 'Prijava',
  'signin.confirm.text': 'Nadaljujte s prijavo v tej napravi.',
  'signin.confirm.submit': 'Prijavite se',
  'signin.invalid': 'Ta povezava je potekla ali je bila že uporabljena. Zahtevajte novo.',
  'object.title': 'Ugovor zoper uporabo vaših vsebin',
  'object.lead': 'Tukaj lahko vložite ugovor zoper uporabo vaših javnih vsebin za učenje umetne inteligence.',
  'object.email': 'E-poštni naslov vašega računa',
  'object.reason': 'Razlog (neobvezno)',
  'object.reason.hint':
    'Razloga vam ni treba navesti. Če ga navedete, ga hranimo in ga nikoli ne pokažemo nikomur drugemu.',
  'object.submit': 'Vložite ugovor',
  'object.done.title': 'Vaš ugovor je zabeležen',
  'object.done.received': 'Prejeto: {when}. Potrdilo vam pošiljamo po e-pošti.',
  'object.done.covers': 'Velja za te račune:',
  'object.done.timely': 'Ugovor je prispel pred iztekom roka: nobena vsebina teh računov ne bo uporabljena.',
  'object.done.late.future_content_only':
    'Ugovor je prispel po izteku roka: vsebine, ki jih objavite od zdaj naprej, ne bodo uporabljene. Tega, kar je že ' +
    'vključeno v model, ni mogoče umakniti.',
  'object.done.late.all_content':
    'Ugovor je prispel po izteku roka: nobena vsebina teh računov ne bo uporabljena v naborih učnih podatkov, ' +
    'ustvarjenih od zdaj naprej. Tega, kar je že vključeno v model, ni mogoče umakniti.',
  'consent.title': 'Privolitev v uporabo vaših vsebin',
  'consent.lead':
    'Tukaj lahko podate privolitev v uporabo vaših javnih vsebin za učenje umetne inteligence. Odločitev je vaša; če ' +
    'privolitve ne podate, se za vas nič ne spremeni.',
  'consent.submit': 'Privolim',
  'consent.given': 'Privolitev ste podali. Prekličete jo lahko na strani „Moje privolitve“.',
  'consent.done.title': 'Vaša privolitev je zabeležena',
  'consent.done.received': 'Prejeto: {when}. Potrdilo vam pošiljamo po e-pošti.',
  'consent.done.covers': 'Velja za te račune:',
  'consent.done.effect':
    'Vaše javne vsebine se lahko uporabijo v naborih učnih podatkov, ustvarjenih od zdaj naprej. Privolitev lahko ' +
    'kadar koli prekličete, enako preprosto, kot ste jo podali.',
  'status.title': 'Moji ugovori',
  'status.title.opt_in': 'Moje privolitve',
  'status.none': 'Niste vložili ugovora.',
  'status.none.opt_in': 'Niste podali privolitve.',
  'status.section': 'Ugovor z dne {date}',
  'status.section.opt_in': 'Privolitev z dne {date}',
  'status.received': 'Prejeto: {when}',
  'status.withdrawn': 'Preklicano: {when}',
  'status.covers': 'Velja za: {accounts}',
  'status.withdraw': 'Prekličite ta ugovor',
  'status.withdraw.opt_in': 'Prekličite to privolitev',
  'status.accounts': 'Vaši računi',
  'status.signoutEverywhere': 'Odjava v vseh napravah',
  'status.notYours':
    'Oddano za: {accounts} (račun v vašem središču za račune z drugim e-poštnim naslovom). Velja tudi za vaše ' +
    'račune; ' +
    'preklic lahko opravi le imetnik računa, za katerega je bilo oddano.',
  'withdraw.title': 'Želite preklicati ugovor?',
  'withdraw.title.opt_in': 'Želite preklicati privolitev?',
  'withdraw.effect':
    'Vaše javne vsebine se lahko uporabijo v naborih učnih podatkov, ustvarjenih od zdaj naprej. Prej ustvarjeni ' +
    'nabori ostanejo takšni, kot so.',
  'withdraw.effect.opt_in':
    'Nobena vaša vsebina ne bo uporabljena v naborih učnih podatkov, ustvarjenih od zdaj naprej. Prej ustvarjeni ' +
    'nabori ostanejo takšni, kot so: tega, kar je že vključeno v model, ni mogoče umakniti.',
  'withdraw.again.timely':
    'Če ugovor znova vložite pred iztekom roka ({deadline}), bo novi ugovor še vedno izločil vse vaše vsebine. ' +
    'Pozneje vložen ugovor šteje za prepozen.',
  'withdraw.again.late': 'Če ugovor znova vložite, novi ugovor šteje za prepozen, ker je rok ({deadline}) že potekel.',
  'withdraw.confirm': 'Da, prekličem',
  'withdraw.cancel': 'Ne, obdržim',
  'withdraw.done.title': 'Vaš ugovor je preklican',
  'withdraw.done.title.opt_in': 'Vaša privolitev je preklicana',
  'withdraw.done.text': 'Preklicano: {when}. Potrdilo vam pošiljamo po e-pošti.',
  'data.title': 'Moji podatki v učenju',
  'data.access': 'Prenesite vse, kar je zabeleženo o vas (JSON)',
  'data.none': 'Noben nabor učnih podatkov še ni bil ustvarjen.',
  'data.snapshot': 'Nabor {id}, stanje: {at} ({policy})',
  'data.in': 'Število vaših elementov v njem: {n}',
  'data.out': 'zunaj njega: {n}',
  'data.models': 'Modeli, naučeni na tem naboru: {models}',
  'data.caption': 'Vaši elementi v naboru {id}',
  'data.col.item': 'Element',
  'data.col.status': 'V naboru?',
  'data.col.proof': 'Dokazilo',
  'data.included': 'da',
  'data.proof': 'Dokazilo',
  'data.proof.about':
    'Datoteka z dokazilom na podlagi objavljenega prstnega odtisa nabora (korena njegovega Merklovega drevesa) ' +
    'pokaže, da je element v naboru ali da ga v njem ni. Vsebuje vaš ključ za nabor. Iz tega ključa in ' +
    'identifikatorja elementa se ključ elementa ponovno izračuna, tako da jo lahko vsak, ki mu date datoteko, ' +
    'preveri, ne da bi nam moral zaupati.',
  'data.proof.of': 'Dokazilo za element {id}',
  'data.reason.published': 'v presečnem trenutku še ni bil javen',
  'data.reason.visibility': 'ni javen',
  'data.reason.kind': 'vrsta vsebine, ki se ne uporablja za učenje',
  'data.reason.region': 'zunaj regij, ki jih zajema učenje',
  'data.reason.age': 'starost ni znana ali je pod najnižjo',
  'data.reason.notice': 'obvestilo ni bilo poslano pravočasno',
  'data.reason.consent': 'ni privolitve',
  'data.reason.objection': 'vaš ugovor',
  'data.reason.excluded': 'izločen na zahtevo osebe, ki jo prikazuje',
  'request.link': 'Vsebine, ki vas prikazujejo',
  'request.title': 'Izločitev vsebin, ki vas prikazujejo, iz učenja umetne inteligence',
  'request.lead':
    'Če vas javna objava, komentar ali fotografija nekoga drugega prikazuje – vaše ime, vašo podobo ali druge ' +
    'podatke o vas –, nas lahko prosite, da to vsebino izločimo iz učenja umetne inteligence. Za to ne potrebujete ' +
    'računa. Odgovorimo v enem mesecu; če potrebujemo več časa, vam povemo, zakaj, in odgovorimo najpozneje v ' +
    'nadaljnjih dveh mesecih.',
  'request.items': 'Katere vsebine? V vsako vrstico en spletni naslov ali identifikator elementa',
  'request.items.hint': 'Naslov kopirajte iz brskalnika, identifikator elementa pa s strani „Moji podatki“.',
  'request.description': 'Kaj vsebina prikazuje o vas in zakaj bi jo bilo treba izločiti?',
  'request.contact': 'Vaš e-poštni naslov (neobvezno)',
  'request.contact.hint':
    'Samo zato, da vam sporočimo svojo odločitev. Najprej vam pošljemo povezavo, s katero potrdite, da je naslov vaš.',
  'request.evidence': 'Karkoli drugega, kar nam lahko pomaga (neobvezno)',
  'request.submit': 'Pošljite zahtevo',
  'request.error.items':
    'Navedite vsaj enega in največ 100 elementov: spletni naslov z našega spletnega mesta ali identifikator ' +
    'elementa, enega v vsako vrstico.',
  'request.error.description': 'Navedite, kaj vsebina prikazuje o vas (največ 5000 znakov).',
  'request.error.contact': 'To ni videti kot e-poštni naslov.',
  'request.error.evidence': 'Besedilo je predolgo (največ 20.000 znakov).',
  'request.done.title': 'Vašo zahtevo smo prejeli',
  'request.done.text': 'Vaša zahteva ima številko {id}. Odločitev bomo sprejeli najpozneje do {due}.',
  'request.done.contact':
    'Na naslov, ki ste ga navedli, smo poslali povezavo. Ko jo odprete in potrdite, vam bomo sporočili svojo ' +
    'odločitev.',
  'request.done.nocontact': 'Niste navedli e-poštnega naslova, zato vam svoje odločitve ne moremo sporočiti.',
  'request.confirm.title': 'Potrdite svoj e-poštni naslov',
  'request.confirm.text': 'Potrdite, da vam smemo na ta naslov pisati o vaši zahtevi {id}.',
  'request.confirm.submit': 'Potrdite',
  'request.confirmed.title': 'Vaš naslov je potrjen',
  'request.confirmed.text': 'Pisali vam bomo, ko bomo odločili o vaši zahtevi {id}.',
  'request.confirm.invalid': 'Ta povezava ni veljavna. Kopirajte jo v celoti iz sporočila.',
  'error.title': 'Nekaj ni v redu',
  'error.csrf': 'Ta obrazec je potekel. Vrnite se nazaj, znova naložite stran in poskusite še enkrat.',
  'error.rate': 'Preveč poskusov. Počakajte minuto in poskusite znova.',
  'error.signin': 'Najprej se prijavite.',
  'error.notfound': 'Ta stran ne obstaja.',
  'error.notyours': 'Preklic lahko opravi le imetnik računa, za katerega je bilo oddano.',
  'error.withdrawn': 'To je bilo že preklicano.',
  'error.internal': 'Pri nas je prišlo do napake. Poskusite znova pozneje.',
  'mail.signin.subject': 'Vaša povezava za prijavo',
  'mail.signin.body':
    'Pozdravljeni,\n\nnekdo (upamo, da vi) je zahteval prijavo. Ta povezava deluje enkrat in velja {minutes} ' +
    'min:\n\n{link}\n\nČe to niste bili vi, prezrite to sporočilo.',
  'mail.confirmation.subject': 'Vaš ugovor je zabeležen',
  'mail.confirmation.subject.opt_in': 'Vaša privolitev je zabeležena',
  'mail.confirmation.body':
    'Pozdravljeni,\n\nprejeli smo vaš ugovor ({id}). Prejeto: {when}.\n\nVelja za te ' +
    'račune:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje ugovore si lahko ogledate in jih prekličete na naslovu ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Pozdravljeni,\n\nprejeli smo vašo privolitev ({id}). Prejeto: {when}.\n\nVelja za te ' +
    'račune:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje privolitve si lahko ogledate in jih prekličete na ' +
    'naslovu {url}.',
  'mail.withdrawal.subject': 'Vaš ugovor je preklican',
  'mail.withdrawal.subject.opt_in': 'Vaša privolitev je preklicana',
  'mail.withdrawal.body':
    'Pozdravljeni,\n\nvaš ugovor {id} je bil preklican. Preklicano: {when}.\n\n{effect}\n\nUgovor lahko kadar koli ' +
    'znova vložite: {url}',
  'mail.withdrawal.body.opt_in':
    'Pozdravljeni,\n\nvaša privolitev {id} je bila preklicana. Preklicano: {when}.\n\n{effect}\n\nPrivolitev lahko ' +
    'kadar koli znova podate: {url}',
  'mail.notice.subject': 'Javne vsebine bomo uporabljali za učenje umetne inteligence',
  'mail.notice.subject.opt_in': 'Ali smemo vaše javne vsebine uporabljati za učenje umetne inteligence?',
  'mail.notice.body':
    'Pozdravljeni,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nUgovor lahko vložite tukaj: {url}\n\nTo ' +
    'sporočilo se nanaša na te račune: {accounts}',
  'mail.notice.body.opt_in':
    'Pozdravljeni,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPrivolitev lahko podate ali prekličete ' +
    'tukaj: {url}\n\nTo sporočilo se nanaša na te račune: {accounts}',
  'mail.footer.zone': 'Časi v tem sporočilu so navedeni v časovnem pasu {zone}.',
  'mail.case.confirm.subject': 'Potrdite svoj e-poštni naslov',
  'mail.case.confirm.body':
    'Pozdravljeni,\n\nnekdo (upamo, da vi) nas je prosil, naj vsebino izločimo iz učenja umetne inteligence, in za ' +
    'odgovor navedel ta naslov. Potrdite ga tukaj:\n\n{link}\n\nČe to niste bili vi, prezrite to sporočilo: ne bomo ' +
    'vam več pisali.',
  'mail.case.received.subject': 'Vašo zahtevo {id} smo prejeli',
  'mail.case.received.body':
    'Pozdravljeni,\n\nprejeli smo vašo zahtevo {id}. Prejeto: {when}. Nanaša se na te vsebine:\n{items}\n\nOdločitev ' +
    'bomo sprejeli najpozneje do {due}.',
  'mail.case.extended.subject': 'Za vašo zahtevo {id} potrebujemo več časa',
  'mail.case.extended.body':
    'Pozdravljeni,\n\nza odločitev o vaši zahtevi {id} potrebujemo več časa iz naslednjega razloga: ' +
    '{reason}\n\nOdločitev bomo sprejeli najpozneje do {due}.',
  'mail.case.accepted.subject': 'Vaši zahtevi {id} smo ugodili',
  'mail.case.accepted.body':
    'Pozdravljeni,\n\nvaši zahtevi {id} smo ugodili. Te vsebine bomo izločili iz vseh naborov učnih podatkov za ' +
    'umetno inteligenco, ki jih bomo ustvarili od zdaj naprej:\n{items}\n\nTega, kar je že vključeno v model, ni ' +
    'mogoče odstraniti iz njega.',
  'mail.case.rejected.subject': 'Vaši zahtevi {id} nismo ugodili',
  'mail.case.rejected.body':
    'Pozdravljeni,\n\nvaši zahtevi {id} nismo ugodili iz naslednjega razloga: {reason}\n\nPritožbo lahko vložite pri ' +
    'nadzornem organu za varstvo osebnih podatkov.',
  'console.name': 'Konzola za zasebnost',
  'console.nav.label': 'Konzola',
  'console.nav.overview': 'Pregled',
  'console.nav.cases': 'Zahteve',
  'console.nav.snapshots': 'Nabori podatkov',
  'console.nav.models': 'Modeli',
  'console.nav.ledger': 'Dnevnik',
  'console.member': 'Prijavljeni ste kot {name}, {role}.',
  'console.role.viewer': 'opazovalec',
  'console.role.reviewer': 'presojevalec',
  'console.signin.title': 'Prijava v konzolo za zasebnost',
  'console.signin.lead':
    'Za ekipo platforme za zasebnost. Vnesite svoj službeni e-poštni naslov: če je med člani konzole, nanj pošljemo ' +
    'povezavo za prijavo. Povezava deluje enkrat in velja {minutes} min.',
  'console.signin.sent':
    'Če je ta naslov med člani konzole, je povezava za prijavo na poti. Deluje enkrat in velja {minutes} min.',
  'console.signin.refused':
    'Račun, s katerim ste se prijavili, ni med člani konzole. Prosite pooblaščeno osebo za varstvo podatkov, naj ' +
    'doda njegov naslov.',
  'console.forbidden': 'Vaša vloga tega ne dovoljuje. O zahtevah odločajo presojevalci.',
  'console.overview.title': 'Pregled',
  'console.overview.policy':
    'Številke po politiki {policy}. Ugovor, prejet od {deadline} naprej, šteje za prepozen. Dnevi so dnevi po UTC.',
  'console.overview.policy.nodeadline':
    'Številke po politiki {policy}, ki nima roka: noben ugovor ni prepozen. Dnevi so dnevi po UTC.',
  'console.overview.cases': 'Nerešene zahteve: {open}, od tega po izteku roka: {overdue}',
  'console.overview.asof': 'Stanje: {when}; številke se preračunajo največ enkrat na {minutes} min.',
  'console.figures.title': 'Ugovori, preklici in privolitve',
  'console.chart.title': 'Ugovori, prepozni ugovori, preklici in privolitve po dnevih',
  'console.chart.desc': 'Ena črta za vsako serijo, od {first} do {last}. Vse številke so v spodnji tabeli.',
  'console.chart.empty': 'Doslej ni bilo vloženo nič.',
  'console.series.objections': 'Ugovori',
  'console.series.late': 'Prepozni ugovori',
  'console.series.withdrawals': 'Preklici',
  'console.series.consents': 'Privolitve',
  'console.table.day': 'Dan',
  'console.table.perday': 'Vsak dan v številkah',
  'console.totals.caption': 'Skupaj',
  'console.bychannel.caption': 'Po kanalih',
  'console.bynetwork.caption': 'Po omrežju računov, za katere je bilo oddano (enkrat za vsako omrežje)',
  'console.type.objection': 'Ugovori',
  'console.type.consent': 'Privolitve',
  'console.col.type': 'Tip',
  'console.col.filed': 'Oddano',
  'console.col.withdrawn': 'Preklicano',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Omrežje',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Jezik',
  'console.col.queued': 'V čakalni vrsti',
  'console.col.accepted': 'Sprejel poštni strežnik',
  'console.col.failing': 'Neuspešno',
  'console.col.pending': 'Čaka',
  'console.col.accounts': 'Računi',
  'console.col.kind': 'Vrsta',
  'console.col.unsent': 'Neposlano',
  'console.col.oldest': 'Najstarejše neposlano',
  'console.col.case': 'Zahteva',
  'console.col.status': 'Stanje',
  'console.col.due': 'Rok',
  'console.col.received': 'Prejeto',
  'console.col.items': 'Elementi',
  'console.col.reason': 'Razlog',
  'console.col.count': 'Elementi',
  'console.col.in': 'V naboru',
  'console.col.out': 'Zunaj nabora',
  'console.col.model': 'Model',
  'console.col.registered': 'Registriran',
  'console.col.snapshots': 'Nabori podatkov',
  'console.col.seq': 'Zaporedna št.',
  'console.col.event': 'Dogodek',
  'console.col.recorded': 'Zabeleženo',
  'console.notices.title': 'Doseg obvestil',
  'console.notices.never':
    'Računi uporabnikov, ki so dopolnili najnižjo starost: {adults}; od tega brez obvestila, ki velja za {policy}: ' +
    '{never}.',
  'console.notices.mails.caption': 'Sporočila z obvestilom po različici politike in jeziku',
  'console.notices.proofs.caption': 'Računi z dokazilom o obvestilu po različici politike in jeziku',
  'console.notices.mails.empty':
    'V čakalni vrsti ni nobenega sporočila z obvestilom: ukaz veto notice send jih uvrsti v čakalno vrsto in pošlje.',
  'console.notices.proofs.empty': 'Obvestilo še ni doseglo nobenega računa.',
  'console.notices.unversioned': 'brez različice (velja za vsako politiko)',
  'console.outbox.title': 'Odhodna pošta',
  'console.outbox.caption': 'Sporočila, ki jih poštni strežnik še ni sprejel, po vrsti',
  'console.outbox.empty': 'Poštni strežnik je sprejel vsa sporočila.',
  'console.cases.title': 'Zahteve',
  'console.cases.lead': 'Zahteve tretjih oseb: najprej nerešene, na vrhu tiste po izteku roka, nato po roku.',
  'console.cases.empty': 'Doslej ni prispela nobena zahteva.',
  'console.status.open': 'odprta',
  'console.status.extended': 'podaljšana',
  'console.status.accepted': 'ugodena',
  'console.status.rejected': 'zavrnjena',
  'console.status.overdue': 'po izteku roka',
  'console.case.title': 'Zahteva {id}',
  'console.case.received': 'Prejeto {when} prek kanala {channel}; rok: {due}.',
  'console.case.description': 'Kaj navaja vlagatelj',
  'console.case.evidence': 'Dokazi',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Ni naveden: vlagatelja ni mogoče obvestiti.',
  'console.case.contact.unconfirmed': '(ni potrjen: nanj se še nič ne pošilja)',
  'console.case.contact.confirmed': '(potrjen)',
  'console.case.hidden': 'Besedila zahteve in kontakt so osebni podatki: vidijo jih le presojevalci.',
  'console.case.erased':
    'Besedila zahteve in kontaktni naslov, če je bil naveden, so bili izbrisani {when}, potem ko je od odločitve ' +
    'preteklo obdobje, določeno z requests.keep_texts_days.',
  'console.case.steps': 'Koraki',
  'console.case.step.extended': 'Podaljšanje: {reviewer}, {when}; nov rok: {due}. Razlog: {reason}',
  'console.case.step.accepted': 'Ugoditev: {reviewer}, {when}; število elementov: {count}.',
  'console.case.step.rejected': 'Zavrnitev: {reviewer}, {when}. Razlog: {reason}',
  'console.case.decided': 'O tej zahtevi je odločeno.',
  'console.case.viewer': 'O zahtevah odločajo le presojevalci.',
  'console.case.decide': 'Odločitev',
  'console.case.accept': 'Ugodi',
  'console.case.accept.items': 'Elementi, ki se izločijo iz učenja',
  'console.case.accept.lead': 'Označeni elementi bodo izločeni iz vseh naborov, ustvarjenih od zdaj naprej.',
  'console.case.reject': 'Zavrni',
  'console.case.reject.reason': 'Zakaj se zahteva zavrne (vlagatelj bo to prebral)',
  'console.case.extend': 'Podaljšaj za dva meseca',
  'console.case.extend.reason': 'Zakaj je potrebno več časa (vlagatelj bo to prebral)',
  'console.case.done.extended': 'Rok za zahtevo {id} je podaljšan; nov rok: {due}.',
  'console.case.done.accepted':
    'Zahtevi {id} je ugodeno: njeni elementi bodo izločeni iz vseh naborov, ustvarjenih od zdaj naprej.',
  'console.case.done.rejected': 'Zahteva {id} je zavrnjena.',
  'console.case.noitems': 'Označite vsaj en element, da zahtevi ugodite, ali pa zahtevo zavrnite.',
  'console.snapshots.title': 'Nabori podatkov',
  'console.snapshots.empty': 'Noben nabor še ni bil zapečaten.',
  'console.snapshot.summary':
    'Elementi v naboru: {included} od {considered}, po politiki {policy}; stanje vsebin: {at}; zapečaten: {sealed}.',
  'console.snapshot.root': 'Koren Merklovega drevesa',
  'console.snapshot.models': 'Modeli, naučeni na tem naboru: {models}',
  'console.snapshot.nomodels': 'Noben model ni registriran kot naučen na tem naboru.',
  'console.snapshot.unreadable':
    'Njegove mape tukaj ni mogoče prebrati, zato številke niso prikazane; kaj je narobe, pokaže „Preveri“.',
  'console.snapshot.out.caption': 'Elementi zunaj nabora po razlogu',
  'console.snapshot.kind.caption': 'Elementi po vrsti',
  'console.snapshot.lang.caption': 'Elementi po jeziku',
  'console.snapshot.verify': 'Preveri',
  'console.snapshot.verify.title': 'Nabor {id} je preverjen',
  'console.snapshot.verified.ok':
    'Nabor {id} je takšen, kot je bil zapečaten: njegove datoteke, manifest in koren Merklovega drevesa se ujemajo.',
  'console.snapshot.verified.bad': 'Nabor {id} ni več takšen, kot je bil zapečaten. Število težav: {count}.',
  'console.models.title': 'Modeli',
  'console.models.empty': 'Noben model še ni bil registriran.',
  'console.ledger.title': 'Dnevnik',
  'console.ledger.size': 'Število vnosov v dnevniku: {size}.',
  'console.ledger.checkpoint':
    'Zadnja podpisana kontrolna točka zajema število vnosov: {size}; podpisana je bila {when}.',
  'console.ledger.nocheckpoint':
    'Nobena kontrolna točka še ni bila podpisana: ukaz veto ledger checkpoint podpiše eno.',
  'console.ledger.root': 'Koren',
  'console.ledger.note': 'Podpisan zapis',
  'console.ledger.recent': 'Najnovejši vnosi',
  'console.records.title': 'Zapisi za nadzorne organe',
  'console.records.lead':
    'Vsak ugovor, vsaka privolitev, vsak preklic, vsako vročeno obvestilo in vsak korak zahteve, en zapis za vsak ' +
    'vnos v dnevniku, vsakega je mogoče preveriti glede na kontrolno točko, podpisano za ta prenos. Identifikatorji ' +
    'računov in imena presojevalcev, brez naslovov in besedil.',
  'console.records.format': 'Oblika',
  'console.records.download': 'Prenesi zapise',
}
