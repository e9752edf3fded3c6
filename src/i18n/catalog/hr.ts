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
}
