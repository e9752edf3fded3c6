/** Every sentence a person reads, in Croatian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const hr: Messages = {
  'site.name': 'Treniranje umjetne inteligencije i vaš sadržaj',
  'site.skip': 'Preskoči na sadržaj',
  'nav.label': 'Glavni izbornik',
  'nav.notice': 'O treniranju umjetne inteligencije',
  'nav.object': 'Prigovor',
  'nav.consent': 'Privola',
  'nav.status': 'Moji prigovori',
  'nav.status.consent': 'Moje privole',
  'nav.data': 'Moji podaci',
  'nav.signin': 'Prijava',
  'nav.signout': 'Odjava',
  'settings.title': 'Jezik i vremenska zona',
  'settings.lang': 'Jezik',
  'settings.zone': 'Vremenska zona',
  'settings.submit': 'Spremi',
  'settings.shown': 'Vremena su prikazana u vremenskoj zoni {zone}.',
  'notice.title': 'Javni sadržaj upotrebljavat ćemo za treniranje umjetne inteligencije',
  'notice.title.opt_in': 'Smijemo li vaš javni sadržaj upotrebljavati za treniranje umjetne inteligencije?',
  'notice.lead':
    'Od {start} javni sadržaj korisnika u dobi od {age} ili više godina upotrebljavamo za treniranje naših modela ' +
    'umjetne inteligencije, na temelju našeg legitimnog interesa (članak 6. stavak 1. točka (f) GDPR-a). Prigovor ' +
    'možete podnijeti u bilo kojem trenutku, bez navođenja razloga.',
  'notice.lead.nodeadline':
    'Javni sadržaj korisnika u dobi od {age} ili više godina upotrebljavamo za treniranje naših modela umjetne ' +
    'inteligencije, na temelju našeg legitimnog interesa (članak 6. stavak 1. točka (f) GDPR-a). Prigovor možete ' +
    'podnijeti u bilo kojem trenutku, bez navođenja razloga.',
  'notice.lead.opt_in':
    'Javni sadržaj korisnika u dobi od {age} ili više godina željeli bismo upotrebljavati za treniranje naših modela ' +
    'umjetne inteligencije. Upotrebljavamo ga samo uz vašu privolu (članak 6. stavak 1. točka (a) GDPR-a). Privolu ' +
    'možete dati ovdje i povući je u bilo kojem trenutku, jednako jednostavno kao što ste je dali.',
  'notice.what': 'Što upotrebljavamo',
  'notice.kinds': 'Sljedeće vrste javnog sadržaja: {kinds}.',
  'notice.never.snapshot':
    'Nikada ne upotrebljavamo sadržaj koji nije javan, primjerice privatne poruke, niti sadržaj osoba mlađih od ' +
    '{age} ' +
    'godina.',
  'notice.never.publication':
    'Nikada ne upotrebljavamo sadržaj koji nije javan, primjerice privatne poruke, niti sadržaj koji ste objavili ' +
    'prije nego što ste navršili {age} godina.',
  'notice.deadline': 'Rok',
  'notice.deadline.text': 'Prigovor koji zaprimimo prije {deadline} isključuje sav vaš sadržaj iz treniranja.',
  'notice.after.future_content_only':
    'Prigovor zaprimljen nakon toga isključuje samo sadržaj koji objavite nakon podnošenja prigovora. Ono što je već ' +
    'ušlo u model ne može se povući.',
  'notice.after.all_content':
    'Prigovor zaprimljen nakon toga isključuje sav vaš sadržaj iz svih skupova podataka za treniranje izrađenih ' +
    'nakon ' +
    'njegova zaprimanja. Ono što je već ušlo u model ne može se povući.',
  'notice.nodeadline':
    'Prigovor isključuje sav vaš sadržaj iz svih skupova podataka za treniranje izrađenih nakon njegova zaprimanja. ' +
    'Ono što je već ušlo u model ne može se povući.',
  'notice.comingOfAge':
    'Ako navršite {age} godina nakon {deadline}, sav vaš sadržaj isključuje i prigovor koji podnesete u roku od ' +
    '{days} dana od navršenja te dobi.',
  'notice.comingOfAge.own':
    'Tek ste nedavno navršili {age} godina: prigovor koji podnesete prije {until} isključuje sav vaš sadržaj.',
  'notice.consent.effect':
    'Bez vaše privole ne upotrebljavamo ništa od vašeg sadržaja. Uz privolu vaš se javni sadržaj može upotrijebiti u ' +
    'skupovima podataka za treniranje izrađenima dok privola vrijedi. Ono što je već ušlo u model ne može se povući.',
  'notice.cta': 'Podnesite prigovor',
  'notice.cta.opt_in': 'Dajte ili povucite privolu',
  'scope.covers':
    'Prigovor obuhvaća svaki račun s vašom adresom e-pošte i svaki račun koji je s njima povezan u istom centru za ' +
    'račune.',
  'scope.covers.opt_in':
    'Privola obuhvaća svaki račun s vašom adresom e-pošte i svaki račun koji je s njima povezan u istom centru za ' +
    'račune.',
  'scope.notcovered':
    'Nisu obuhvaćeni računi s drugom adresom e-pošte izvan tih centara za račune, čak ni ako su vaši: za njih je ' +
    'potreban zaseban prigovor.',
  'scope.notcovered.opt_in':
    'Nisu obuhvaćeni računi s drugom adresom e-pošte izvan tih centara za račune, čak ni ako su vaši: za njih je ' +
    'potrebna zasebna privola.',
  'kind.name': 'vaše ime',
  'kind.username': 'korisnička imena',
  'kind.profile_picture': 'profilne slike',
  'kind.avatar': 'avatari',
  'kind.post': 'javne objave',
  'kind.comment': 'komentari',
  'kind.group_post': 'aktivnost u javnim grupama',
  'kind.page_post': 'aktivnost na stranicama',
  'kind.channel_post': 'aktivnost na kanalima',
  'kind.marketplace_review': 'recenzije na internetskoj tržnici',
  'signin.title': 'Prijava',
  'signin.lead':
    'Unesite adresu e-pošte svojeg računa. Poslat ćemo vam poveznicu za prijavu; može se upotrijebiti jednom i ' +
    'vrijedi {minutes} min.',
  'signin.email': 'Adresa e-pošte',
  'signin.submit': 'Pošaljite mi poveznicu',
  'signin.oidc': 'Prijava putem usluge {label}',
  'signin.sent.title': 'Provjerite svoju e-poštu',
  'signin.sent.text':
    'Ako neki račun upotrebljava ovu adresu, poveznica za prijavu je na putu. Može se upotrijebiti jednom i vrijedi ' +
    '{minutes} min.',
  'signin.confirm.title': 'Prijava',
  'signin.confirm.text': 'Nastavite kako biste se prijavili na ovom uređaju.',
  'signin.confirm.submit': 'Prijavite se',
  'signin.invalid': 'Ova je poveznica istekla ili je već upotrijebljena. Zatražite novu.',
  'object.title': 'Prigovor na upotrebu vašeg sadržaja',
  'object.lead':
    'Ovdje možete podnijeti prigovor na upotrebu vašeg javnog sadržaja za treniranje umjetne inteligencije.',
  'object.email': 'Adresa e-pošte vašeg računa',
  'object.reason': 'Razlog (nije obvezno)',
  'object.reason.hint':
    'Ne morate navesti razlog. Ako ga navedete, čuvamo ga i nikada ga ne pokazujemo nikome drugome.',
  'object.submit': 'Podnesite prigovor',
  'object.done.title': 'Vaš je prigovor zabilježen',
  'object.done.received': 'Zaprimljeno {when}. Potvrdu vam šaljemo e-poštom.',
  'object.done.covers': 'Obuhvaća ove račune:',
  'object.done.timely': 'Prigovor je stigao prije isteka roka: ništa od sadržaja tih računa neće se upotrijebiti.',
  'object.done.late.future_content_only':
    'Prigovor je stigao nakon isteka roka: sadržaj koji objavite od sada neće se upotrijebiti. Ono što je već ušlo u ' +
    'model ne može se povući.',
  'object.done.late.all_content':
    'Prigovor je stigao nakon isteka roka: ništa od sadržaja tih računa neće se upotrijebiti u skupovima podataka za ' +
    'treniranje izrađenima od sada. Ono što je već ušlo u model ne može se povući.',
  'consent.title': 'Privola za upotrebu vašeg sadržaja',
  'consent.lead':
    'Ovdje možete dati privolu za upotrebu vašeg javnog sadržaja za treniranje umjetne inteligencije. Odluka je ' +
    'vaša; ' +
    'ako je ne date, za vas se ništa ne mijenja.',
  'consent.submit': 'Dajem privolu',
  'consent.given': 'Dali ste privolu. Možete je povući na stranici „Moje privole“.',
  'consent.done.title': 'Vaša je privola zabilježena',
  'consent.done.received': 'Zaprimljeno {when}. Potvrdu vam šaljemo e-poštom.',
  'consent.done.covers': 'Obuhvaća ove račune:',
  'consent.done.effect':
    'Vaš se javni sadržaj može upotrijebiti u skupovima podataka za treniranje izrađenima od sada. Privolu možete ' +
    'povući u bilo kojem trenutku, jednako jednostavno kao što ste je dali.',
  'status.title': 'Moji prigovori',
  'status.title.opt_in': 'Moje privole',
  'status.none': 'Niste podnijeli prigovor.',
  'status.none.opt_in': 'Niste dali privolu.',
  'status.section': 'Prigovor od {date}',
  'status.section.opt_in': 'Privola od {date}',
  'status.received': 'Zaprimljeno {when}',
  'status.withdrawn': 'Povučeno {when}',
  'status.covers': 'Obuhvaća: {accounts}',
  'status.withdraw': 'Povucite ovaj prigovor',
  'status.withdraw.opt_in': 'Povucite ovu privolu',
  'status.accounts': 'Vaši računi',
  'status.signoutEverywhere': 'Odjava na svim uređajima',
  'status.notYours':
    'Podneseno za: {accounts} (račun u vašem centru za račune s drugom adresom e-pošte). Obuhvaća i vaše račune; ' +
    'povući to može samo vlasnik računa za koji je podneseno.',
  'withdraw.title': 'Povući prigovor?',
  'withdraw.title.opt_in': 'Povući privolu?',
  'withdraw.effect':
    'Vaš se javni sadržaj može upotrijebiti u skupovima podataka za treniranje izrađenima od sada. Skupovi izrađeni ' +
    'ranije ostaju nepromijenjeni.',
  'withdraw.effect.opt_in':
    'Ništa od vašeg sadržaja neće se upotrijebiti u skupovima podataka za treniranje izrađenima od sada. Skupovi ' +
    'izrađeni ranije ostaju nepromijenjeni: ono što je već ušlo u model ne može se povući.',
  'withdraw.again.timely':
    'Ako ponovno podnesete prigovor prije {deadline}, novi prigovor i dalje isključuje sav vaš sadržaj. Prigovor ' +
    'podnesen nakon toga smatra se zakašnjelim.',
  'withdraw.again.late':
    'Ako ponovno podnesete prigovor, novi prigovor smatra se zakašnjelim jer je rok ({deadline}) istekao.',
  'withdraw.confirm': 'Da, povlačim',
  'withdraw.cancel': 'Ne, zadržavam',
  'withdraw.done.title': 'Vaš je prigovor povučen',
  'withdraw.done.title.opt_in': 'Vaša je privola povučena',
  'withdraw.done.text': 'Povučeno {when}. Potvrdu vam šaljemo e-poštom.',
  'data.title': 'Moji podaci u treniranju',
  'data.access': 'Preuzmite sve što je o vama zabilježeno (JSON)',
  'data.none': 'Još nije izrađen nijedan skup podataka za treniranje.',
  'data.snapshot': 'Skup podataka {id} – stanje od {at} ({policy})',
  'data.in': 'Broj vaših stavki u njemu: {n}',
  'data.out': 'izvan njega: {n}',
  'data.models': 'Modeli trenirani na ovom skupu: {models}',
  'data.caption': 'Vaše stavke u skupu podataka {id}',
  'data.col.item': 'Stavka',
  'data.col.status': 'U skupu?',
  'data.col.proof': 'Dokaz',
  'data.included': 'da',
  'data.proof': 'Dokaz',
  'data.proof.about':
    'Datoteka s dokazom na temelju objavljenog otiska skupa podataka (korijena njegova Merkleova stabla) pokazuje da ' +
    'je stavka u skupu ili da nije. Sadrži vaš ključ za skup podataka. Iz tog ključa i identifikatora stavke ponovno ' +
    'se izračunava ključ stavke, pa je svatko kome date datoteku može provjeriti, a da nam pritom ne mora vjerovati.',
  'data.proof.of': 'Dokaz za stavku {id}',
  'data.reason.published': 'u trenutku presjeka još nije bila javna',
  'data.reason.visibility': 'nije javna',
  'data.reason.kind': 'vrsta sadržaja koja se ne upotrebljava za treniranje',
  'data.reason.region': 'izvan regija obuhvaćenih treniranjem',
  'data.reason.age': 'dob nije poznata ili je ispod najniže',
  'data.reason.notice': 'obavijest nije poslana na vrijeme',
  'data.reason.consent': 'nema privole',
  'data.reason.objection': 'vaš prigovor',
  'data.reason.excluded': 'isključena na zahtjev osobe koju prikazuje',
  'request.link': 'Sadržaj koji vas prikazuje',
  'request.title': 'Isključivanje sadržaja koji vas prikazuje iz treniranja umjetne inteligencije',
  'request.lead':
    'Ako vas javna objava, komentar ili fotografija neke druge osobe prikazuje – vaše ime, vaš lik ili druge podatke ' +
    'o vama –, možete nas zamoliti da taj sadržaj isključimo iz treniranja umjetne inteligencije. Račun vam za to ' +
    'nije potreban. Odgovaramo u roku od mjesec dana; ako nam treba više vremena, reći ćemo vam zašto i odgovoriti ' +
    'najkasnije u roku od još dva mjeseca.',
  'request.items': 'Koji sadržaj? Jedna web-adresa ili identifikator stavke po retku',
  'request.items.hint': 'Kopirajte adresu iz preglednika ili identifikator stavke sa stranice „Moji podaci“.',
  'request.description': 'Što sadržaj prikazuje o vama i zašto bi ga trebalo isključiti?',
  'request.contact': 'Vaša adresa e-pošte (nije obvezno)',
  'request.contact.hint':
    'Samo kako bismo vas obavijestili o svojoj odluci. Najprije ćemo vam poslati poveznicu kojom potvrđujete da je ' +
    'adresa vaša.',
  'request.evidence': 'Sve ostalo što nam može pomoći (nije obvezno)',
  'request.submit': 'Pošaljite zahtjev',
  'request.error.items':
    'Navedite najmanje jednu, a najviše 100 stavki: web-adresu s naše stranice ili identifikator stavke, jednu po ' +
    'retku.',
  'request.error.description': 'Navedite što sadržaj prikazuje o vama (najviše 5.000 znakova).',
  'request.error.contact': 'Ovo ne izgleda kao adresa e-pošte.',
  'request.error.evidence': 'Tekst je predug (najviše 20.000 znakova).',
  'request.done.title': 'Zaprimili smo vaš zahtjev',
  'request.done.text': 'Vaš zahtjev ima broj {id}. Odlučit ćemo najkasnije do {due}.',
  'request.done.contact':
    'Poslali smo poveznicu na adresu koju ste naveli. Kada je otvorite i potvrdite, obavijestit ćemo vas o svojoj ' +
    'odluci.',
  'request.done.nocontact': 'Niste naveli adresu e-pošte, pa vas ne možemo obavijestiti o svojoj odluci.',
  'request.confirm.title': 'Potvrdite svoju adresu e-pošte',
  'request.confirm.text': 'Potvrdite da vam smijemo pisati na ovu adresu u vezi s vašim zahtjevom {id}.',
  'request.confirm.submit': 'Potvrdite',
  'request.confirmed.title': 'Vaša je adresa potvrđena',
  'request.confirmed.text': 'Pisat ćemo vam kada odlučimo o vašem zahtjevu {id}.',
  'request.confirm.invalid': 'Ova poveznica nije valjana. Kopirajte je cijelu iz poruke.',
  'error.title': 'Nešto nije u redu',
  'error.csrf': 'Ovaj je obrazac istekao. Vratite se, ponovno učitajte stranicu i pokušajte ponovno.',
  'error.rate': 'Previše pokušaja. Pričekajte minutu i pokušajte ponovno.',
  'error.signin': 'Najprije se prijavite.',
  'error.notfound': 'Ova stranica ne postoji.',
  'error.notyours': 'Povući to može samo vlasnik računa za koji je podneseno.',
  'error.withdrawn': 'To je već povučeno.',
  'error.internal': 'Nešto je pošlo po zlu na našoj strani. Pokušajte ponovno kasnije.',
  'mail.signin.subject': 'Vaša poveznica za prijavu',
  'mail.signin.body':
    'Poštovani,\n\nnetko (nadamo se da ste to vi) zatražio je prijavu. Ova se poveznica može upotrijebiti jednom i ' +
    'vrijedi {minutes} min:\n\n{link}\n\nAko to niste bili vi, zanemarite ovu poruku.',
  'mail.confirmation.subject': 'Vaš je prigovor zabilježen',
  'mail.confirmation.subject.opt_in': 'Vaša je privola zabilježena',
  'mail.confirmation.body':
    'Poštovani,\n\nvaš prigovor ({id}) zaprimili smo {when}.\n\nObuhvaća ove ' +
    'račune:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje prigovore možete pregledati i povući na adresi {url}.',
  'mail.confirmation.body.opt_in':
    'Poštovani,\n\nvašu privolu ({id}) zaprimili smo {when}.\n\nObuhvaća ove ' +
    'račune:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvoje privole možete pregledati i povući na adresi {url}.',
  'mail.withdrawal.subject': 'Vaš je prigovor povučen',
  'mail.withdrawal.subject.opt_in': 'Vaša je privola povučena',
  'mail.withdrawal.body':
    'Poštovani,\n\nvaš prigovor {id} povučen je {when}.\n\n{effect}\n\nPrigovor možete ponovno podnijeti u bilo ' +
    'kojem ' +
    'trenutku: {url}',
  'mail.withdrawal.body.opt_in':
    'Poštovani,\n\nvaša privola {id} povučena je {when}.\n\n{effect}\n\nPrivolu možete ponovno dati u bilo kojem ' +
    'trenutku: {url}',
  'mail.notice.subject': 'Javni sadržaj upotrebljavat ćemo za treniranje umjetne inteligencije',
  'mail.notice.subject.opt_in': 'Smijemo li vaš javni sadržaj upotrebljavati za treniranje umjetne inteligencije?',
  'mail.notice.body':
    'Poštovani,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPrigovor možete podnijeti ovdje: ' +
    '{url}\n\nOva se poruka odnosi na sljedeće račune: {accounts}',
  'mail.notice.body.opt_in':
    'Poštovani,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPrivolu možete dati ili povući ovdje: ' +
    '{url}\n\nOva se poruka odnosi na sljedeće račune: {accounts}',
  'mail.footer.zone': 'Vremena u ovoj poruci navedena su u vremenskoj zoni {zone}.',
  'mail.case.confirm.subject': 'Potvrdite svoju adresu e-pošte',
  'mail.case.confirm.body':
    'Poštovani,\n\nnetko (nadamo se da ste to vi) zatražio je od nas da sadržaj isključimo iz treniranja umjetne ' +
    'inteligencije i naveo ovu adresu za odgovor. Potvrdite je ovdje:\n\n{link}\n\nAko to niste bili vi, zanemarite ' +
    'ovu poruku: više vam nećemo pisati.',
  'mail.case.received.subject': 'Zaprimili smo vaš zahtjev {id}',
  'mail.case.received.body':
    'Poštovani,\n\nvaš zahtjev {id} zaprimili smo {when}. Odnosi se na sljedeći sadržaj:\n{items}\n\nOdlučit ćemo ' +
    'najkasnije do {due}.',
  'mail.case.extended.subject': 'Treba nam više vremena za vaš zahtjev {id}',
  'mail.case.extended.body':
    'Poštovani,\n\ntreba nam više vremena da odlučimo o vašem zahtjevu {id} iz sljedećeg razloga: ' +
    '{reason}\n\nOdlučit ćemo najkasnije do {due}.',
  'mail.case.accepted.subject': 'Vaš je zahtjev {id} prihvaćen',
  'mail.case.accepted.body':
    'Poštovani,\n\nprihvatili smo vaš zahtjev {id}. Sljedeći sadržaj isključen je iz svih skupova podataka za ' +
    'treniranje umjetne inteligencije koje izradimo od sada:\n{items}\n\nOno što je već ušlo u model ne može se iz ' +
    'njega ukloniti.',
  'mail.case.rejected.subject': 'Vaš je zahtjev {id} odbijen',
  'mail.case.rejected.body':
    'Poštovani,\n\nnismo prihvatili vaš zahtjev {id} iz sljedećeg razloga: {reason}\n\nMožete podnijeti pritužbu ' +
    'nadzornom tijelu za zaštitu podataka.',
  'console.name': 'Konzola za zaštitu podataka',
  'console.nav.label': 'Konzola',
  'console.nav.overview': 'Pregled',
  'console.nav.cases': 'Predmeti',
  'console.nav.snapshots': 'Skupovi podataka',
  'console.nav.models': 'Modeli',
  'console.nav.ledger': 'Dnevnik',
  'console.member': 'Prijavljeni ste kao {name}, {role}.',
  'console.role.viewer': 'promatrač',
  'console.role.reviewer': 'ocjenjivač',
  'console.signin.title': 'Prijava u konzolu za zaštitu podataka',
  'console.signin.lead':
    'Za tim platforme za zaštitu podataka. Unesite svoju poslovnu adresu e-pošte: ako je registrirana u konzoli, na ' +
    'nju ćemo poslati poveznicu za prijavu. Poveznica se može upotrijebiti jednom i vrijedi {minutes} min.',
  'console.signin.sent':
    'Ako je ova adresa registrirana u konzoli, poveznica za prijavu je na putu. Može se upotrijebiti jednom i ' +
    'vrijedi {minutes} min.',
  'console.signin.refused':
    'Račun kojim ste se prijavili nije registriran u konzoli. Zamolite službenika za zaštitu podataka da doda ' +
    'njegovu adresu.',
  'console.forbidden': 'Vaša uloga to ne dopušta. O predmetima odlučuju ocjenjivači.',
  'console.overview.title': 'Pregled',
  'console.overview.policy':
    'Brojke prema politici {policy}. Prigovor zaprimljen od {deadline} nadalje smatra se zakašnjelim. Dani se ' +
    'računaju prema UTC-u.',
  'console.overview.policy.nodeadline':
    'Brojke prema politici {policy}, koja nema rok: nijedan prigovor ne smatra se zakašnjelim. Dani se računaju ' +
    'prema UTC-u.',
  'console.overview.cases': 'Predmeti: neriješeno {open}, od toga s isteklim rokom {overdue}',
  'console.overview.asof': 'Stanje na dan {when}; brojke se ponovno izračunavaju najviše jednom u {minutes} min.',
  'console.figures.title': 'Prigovori, povlačenja i privole',
  'console.chart.title': 'Prigovori, zakašnjeli prigovori, povlačenja i privole po danu',
  'console.chart.desc': 'Jedna linija za svaki niz, od {first} do {last}. Sve brojke navedene su u tablici u nastavku.',
  'console.chart.empty': 'Još ništa nije podneseno.',
  'console.series.objections': 'Prigovori',
  'console.series.late': 'Zakašnjeli prigovori',
  'console.series.withdrawals': 'Povlačenja',
  'console.series.consents': 'Privole',
  'console.table.day': 'Dan',
  'console.table.perday': 'Svi dani u brojkama',
  'console.totals.caption': 'Ukupno',
  'console.bychannel.caption': 'Po kanalu',
  'console.bynetwork.caption': 'Po mreži računa za koje je podneseno (jednom za svaku mrežu)',
  'console.type.objection': 'Prigovori',
  'console.type.consent': 'Privole',
  'console.col.type': 'Tip',
  'console.col.filed': 'Podneseno',
  'console.col.withdrawn': 'Povučeno',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Mreža',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Jezik',
  'console.col.queued': 'U redu čekanja',
  'console.col.accepted': 'Prihvatio poslužitelj e-pošte',
  'console.col.failing': 'Neuspješno',
  'console.col.pending': 'Na čekanju',
  'console.col.accounts': 'Računi',
  'console.col.kind': 'Vrsta',
  'console.col.unsent': 'Neposlano',
  'console.col.oldest': 'Najstarije neposlano',
  'console.col.case': 'Predmet',
  'console.col.status': 'Status',
  'console.col.due': 'Rok',
  'console.col.received': 'Zaprimljeno',
  'console.col.items': 'Stavke',
  'console.col.reason': 'Razlog',
  'console.col.count': 'Stavke',
  'console.col.in': 'Uključeno',
  'console.col.out': 'Isključeno',
  'console.col.model': 'Model',
  'console.col.registered': 'Registrirano',
  'console.col.snapshots': 'Skupovi podataka',
  'console.col.seq': 'Položaj',
  'console.col.event': 'Događaj',
  'console.col.recorded': 'Zabilježeno',
  'console.notices.title': 'Doseg obavijesti',
  'console.notices.never':
    'Računi korisnika koji su navršili najnižu dob, a nemaju obavijest koja vrijedi za {policy}: {never} od {adults}.',
  'console.notices.mails.caption': 'Poruke s obaviješću po verziji politike i jeziku',
  'console.notices.proofs.caption': 'Računi s dokazom o obavijesti po verziji politike i jeziku',
  'console.notices.mails.empty':
    'Još nijedna poruka s obaviješću nije stavljena u red čekanja: naredba veto notice send stavlja ih u red i šalje.',
  'console.notices.proofs.empty': 'Nijedna obavijest još nije stigla ni do jednog računa.',
  'console.notices.unversioned': 'bez verzije (vrijedi za svaku politiku)',
  'console.outbox.title': 'Izlazna pošta',
  'console.outbox.caption': 'Poruke koje poslužitelj e-pošte još nije prihvatio, po vrsti',
  'console.outbox.empty': 'Poslužitelj e-pošte prihvatio je sve poruke.',
  'console.cases.title': 'Predmeti',
  'console.cases.lead': 'Zahtjevi trećih strana: najprije neriješeni, na vrhu oni s isteklim rokom, zatim po roku.',
  'console.cases.empty': 'Još nije stigao nijedan zahtjev.',
  'console.status.open': 'otvoren',
  'console.status.extended': 'rok produljen',
  'console.status.accepted': 'prihvaćen',
  'console.status.rejected': 'odbijen',
  'console.status.overdue': 'rok istekao',
  'console.case.title': 'Predmet {id}',
  'console.case.received': 'Zaprimljeno {when} putem kanala {channel}; rok: {due}.',
  'console.case.description': 'Što navodi podnositelj zahtjeva',
  'console.case.evidence': 'Dokazi',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Nije naveden: podnositelja zahtjeva nije moguće obavijestiti.',
  'console.case.contact.unconfirmed': '(nije potvrđen: na njega se još ništa ne šalje)',
  'console.case.contact.confirmed': '(potvrđen)',
  'console.case.hidden': 'Tekstovi zahtjeva i kontakt podnositelja osobni su podaci: vide ih samo ocjenjivači.',
  'console.case.erased':
    'Tekstovi zahtjeva i kontaktna adresa podnositelja, ako je navedena, izbrisani su {when}, nakon što je od ' +
    'odluke proteklo razdoblje zadano postavkom requests.keep_texts_days.',
  'console.case.steps': 'Koraci',
  'console.case.step.extended': 'Produljenje roka: {reviewer}, {when}; novi rok {due}. Razlog: {reason}',
  'console.case.step.accepted': 'Prihvaćanje: {reviewer}, {when}; broj stavki: {count}.',
  'console.case.step.rejected': 'Odbijanje: {reviewer}, {when}. Razlog: {reason}',
  'console.case.decided': 'U ovom je predmetu odlučeno.',
  'console.case.viewer': 'O predmetima odlučuju samo ocjenjivači.',
  'console.case.decide': 'Odluka',
  'console.case.accept': 'Prihvati',
  'console.case.accept.items': 'Stavke koje treba isključiti iz treniranja',
  'console.case.accept.lead': 'Označene stavke isključuju se iz svih skupova podataka izrađenih od sada.',
  'console.case.reject': 'Odbij',
  'console.case.reject.reason': 'Zašto se zahtjev odbija (podnositelj zahtjeva to čita)',
  'console.case.extend': 'Produlji rok za dva mjeseca',
  'console.case.extend.reason': 'Zašto je potrebno više vremena (podnositelj zahtjeva to čita)',
  'console.case.done.extended': 'Rok u predmetu {id} produljen je; novi rok je {due}.',
  'console.case.done.accepted':
    'Predmet {id} prihvaćen je: njegove stavke isključuju se iz svih skupova podataka izrađenih od sada.',
  'console.case.done.rejected': 'Predmet {id} odbijen je.',
  'console.case.noitems': 'Označite barem jednu stavku kako biste prihvatili zahtjev ili odbijte predmet.',
  'console.snapshots.title': 'Skupovi podataka',
  'console.snapshots.empty': 'Još nije zapečaćen nijedan skup podataka.',
  'console.snapshot.summary':
    'Uključeno stavki: {included} od {considered}, prema politici {policy}; sadržaj prema stanju od {at}; zapečaćen ' +
    '{sealed}.',
  'console.snapshot.root': 'Korijen Merkleova stabla',
  'console.snapshot.models': 'Modeli trenirani na ovom skupu: {models}',
  'console.snapshot.nomodels': 'Nijedan model nije registriran kao treniran na ovom skupu.',
  'console.snapshot.unreadable':
    'Njegova se mapa ovdje ne može pročitati, pa se brojke ne prikazuju; „Provjeri“ pokazuje što nije u redu.',
  'console.snapshot.out.caption': 'Isključene stavke po razlogu',
  'console.snapshot.kind.caption': 'Stavke po vrsti',
  'console.snapshot.lang.caption': 'Stavke po jeziku',
  'console.snapshot.verify': 'Provjeri',
  'console.snapshot.verify.title': 'Skup podataka {id} provjeren',
  'console.snapshot.verified.ok':
    'Skup podataka {id} jednak je onome koji je zapečaćen: njegove datoteke, manifest i korijen Merkleova stabla ' +
    'podudaraju se.',
  'console.snapshot.verified.bad': 'Skup podataka {id} nije jednak onome koji je zapečaćen. Broj problema: {count}.',
  'console.models.title': 'Modeli',
  'console.models.empty': 'Još nije registriran nijedan model.',
  'console.ledger.title': 'Dnevnik',
  'console.ledger.size': 'Broj zapisa u dnevniku: {size}.',
  'console.ledger.checkpoint':
    'Broj zapisa obuhvaćenih posljednjom potpisanom kontrolnom točkom: {size}; točka je potpisana {when}.',
  'console.ledger.nocheckpoint':
    'Još nije potpisana nijedna kontrolna točka: potpisuje se naredbom veto ledger checkpoint.',
  'console.ledger.root': 'Korijen',
  'console.ledger.note': 'Potpisana bilješka',
  'console.ledger.recent': 'Najnoviji zapisi',
  'console.records.title': 'Evidencija za nadzorna tijela',
  'console.records.lead':
    'Svaki prigovor, svaka privola, svako povlačenje, svaka dostavljena obavijest i svaki korak predmeta, po jedan ' +
    'unos evidencije za svaki zapis u dnevniku, a svaki se može provjeriti prema kontrolnoj točki potpisanoj za ' +
    'preuzimanje. Identifikatori računa i imena ocjenjivača, bez adresa i tekstova.',
  'console.records.format': 'Format',
  'console.records.download': 'Preuzmi evidenciju',
}
