/** Every sentence a person reads, in Romanian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const ro: Messages = {
  'site.name': 'Antrenarea IA și conținutul dumneavoastră',
  'site.skip': 'Salt la conținut',
  'nav.label': 'Meniu principal',
  'nav.notice': 'Despre antrenare',
  'nav.object': 'Opoziție',
  'nav.consent': 'Consimțământ',
  'nav.status': 'Opozițiile mele',
  'nav.status.consent': 'Consimțămintele mele',
  'nav.data': 'Datele mele',
  'nav.signin': 'Autentificare',
  'nav.signout': 'Deconectare',
  'settings.title': 'Limbă și fus orar',
  'settings.lang': 'Limbă',
  'settings.zone': 'Fus orar',
  'settings.submit': 'Salvați',
  'settings.shown': 'Orele sunt afișate în fusul orar {zone}.',
  'notice.title': 'Vom folosi conținut public pentru a antrena IA',
  'notice.title.opt_in': 'Ne permiteți să folosim conținutul dumneavoastră public pentru a antrena IA?',
  'notice.lead':
    'Începând cu {start}, folosim conținutul public al utilizatorilor cu vârsta de cel puțin {age} ani pentru a ' +
    'antrena modelele noastre de IA, în temeiul interesului nostru legitim, conform articolului 6 alineatul (1) ' +
    'litera (f) din RGPD. Vă puteți opune oricând, fără a indica un motiv.',
  'notice.lead.nodeadline':
    'Folosim conținutul public al utilizatorilor cu vârsta de cel puțin {age} ani pentru a antrena modelele noastre ' +
    'de IA, în temeiul interesului nostru legitim, conform articolului 6 alineatul (1) litera (f) din RGPD. Vă ' +
    'puteți ' +
    'opune oricând, fără a indica un motiv.',
  'notice.lead.opt_in':
    'Am dori să folosim conținutul public al utilizatorilor cu vârsta de cel puțin {age} ani pentru a antrena ' +
    'modelele noastre de IA. Îl folosim numai cu consimțământul dumneavoastră, conform articolului 6 alineatul (1) ' +
    'litera (a) din RGPD. Vă puteți da consimțământul aici și îl puteți retrage oricând, la fel de ușor cum l-ați ' +
    'dat.',
  'notice.what': 'Ce folosim',
  'notice.kinds': 'Aceste tipuri de conținut public: {kinds}.',
  'notice.never.snapshot':
    'Niciodată conținut care nu este public, cum ar fi mesajele private, și niciodată conținutul persoanelor sub ' +
    '{age} ani.',
  'notice.never.publication':
    'Niciodată conținut care nu este public, cum ar fi mesajele private, și niciodată conținut pe care l-ați ' +
    'publicat ' +
    'înainte de a împlini {age} ani.',
  'notice.deadline': 'Termenul-limită',
  'notice.deadline.text': 'Opozițiile primite înainte de {deadline} exclud din antrenare tot conținutul dumneavoastră.',
  'notice.after.future_content_only':
    'Opozițiile primite după acest termen exclud numai ceea ce faceți public după ce v-ați opus. Ceea ce a intrat ' +
    'deja într-un model nu mai poate fi retras.',
  'notice.after.all_content':
    'Opozițiile primite după acest termen exclud tot conținutul dumneavoastră din fiecare set de date de antrenare ' +
    'creat după primirea lor. Ceea ce a intrat deja într-un model nu mai poate fi retras.',
  'notice.nodeadline':
    'O opoziție exclude tot conținutul dumneavoastră din fiecare set de date de antrenare creat după primirea ei. ' +
    'Ceea ce a intrat deja într-un model nu mai poate fi retras.',
  'notice.comingOfAge':
    'Dacă împliniți {age} ani după {deadline}, o opoziție pe care o depuneți în termen de {days} zile de la ' +
    'împlinirea acestei vârste exclude, de asemenea, tot conținutul dumneavoastră.',
  'notice.comingOfAge.own':
    'Ați împlinit {age} ani de curând: o opoziție pe care o depuneți înainte de {until} exclude tot conținutul ' +
    'dumneavoastră.',
  'notice.consent.effect':
    'Fără consimțământul dumneavoastră nu este folosit nimic din conținutul dumneavoastră. Cu acesta, conținutul ' +
    'dumneavoastră public poate fi folosit în seturile de date de antrenare create cât timp consimțământul este ' +
    'valabil. Ceea ce a intrat deja într-un model nu mai poate fi retras.',
  'notice.cta': 'Opuneți-vă acum',
  'notice.cta.opt_in': 'Dați sau retrageți consimțământul',
  'scope.covers':
    'O opoziție se aplică tuturor conturilor cu adresa dumneavoastră de e-mail și tuturor conturilor asociate cu ' +
    'acestea în același centru de conturi.',
  'scope.covers.opt_in':
    'Un consimțământ se aplică tuturor conturilor cu adresa dumneavoastră de e-mail și tuturor conturilor asociate ' +
    'cu ' +
    'acestea în același centru de conturi.',
  'scope.notcovered':
    'Conturile cu o altă adresă de e-mail, din afara acestor centre de conturi, nu sunt incluse, chiar dacă vă ' +
    'aparțin: pentru ele este necesară o opoziție separată.',
  'scope.notcovered.opt_in':
    'Conturile cu o altă adresă de e-mail, din afara acestor centre de conturi, nu sunt incluse, chiar dacă vă ' +
    'aparțin: pentru ele este necesar un consimțământ separat.',
  'kind.name': 'numele dumneavoastră',
  'kind.username': 'nume de utilizator',
  'kind.profile_picture': 'fotografii de profil',
  'kind.avatar': 'avataruri',
  'kind.post': 'postări publice',
  'kind.comment': 'comentarii',
  'kind.group_post': 'activitatea în grupuri publice',
  'kind.page_post': 'activitatea pe pagini',
  'kind.channel_post': 'activitatea în canale',
  'kind.marketplace_review': 'recenzii din marketplace',
  'signin.title': 'Autentificare',
  'signin.lead':
    'Introduceți adresa de e-mail a contului dumneavoastră. Vă trimitem un link prin care vă autentificați; acesta ' +
    'funcționează o singură dată, timp de {minutes} minute.',
  'signin.email': 'Adresa de e-mail',
  'signin.submit': 'Trimiteți-mi un link',
  'signin.oidc': 'Autentificare cu {label}',
  'signin.sent.title': 'Verificați-vă căsuța de e-mail',
  'signin.sent.text':
    'Dacă această adresă este folosită de un cont, un link de autentificare este pe drum. Funcționează o singură ' +
    'dată, timp de {minutes} minute.',
  'signin.confirm.title': 'Autentificare',
  'signin.confirm.text': 'Continuați pentru a vă autentifica pe acest dispozitiv.',
  'signin.confirm.submit': 'Autentificare',
  'signin.invalid': 'Acest link a expirat sau a fost deja folosit. Cereți unul nou.',
  'object.title': 'Opoziție la folosirea conținutului dumneavoastră',
  'object.lead': 'Aici vă puteți opune folosirii conținutului dumneavoastră public pentru antrenarea IA.',
  'object.email': 'Adresa de e-mail a contului dumneavoastră',
  'object.reason': 'Motiv (opțional)',
  'object.reason.hint': 'Nu este obligatoriu să indicați un motiv. Îl păstrăm și nu îl arătăm niciodată altcuiva.',
  'object.submit': 'Mă opun',
  'object.done.title': 'Opoziția dumneavoastră a fost înregistrată',
  'object.done.received': 'Data primirii: {when}. O confirmare este pe drum către căsuța dumneavoastră de e-mail.',
  'object.done.covers': 'Se aplică acestor conturi:',
  'object.done.timely': 'A sosit înainte de termenul-limită: nimic din conținutul acestor conturi nu va fi folosit.',
  'object.done.late.future_content_only':
    'A sosit după termenul-limită: conținutul pe care îl faceți public de acum înainte nu va fi folosit. Ceea ce a ' +
    'intrat deja într-un model nu mai poate fi retras.',
  'object.done.late.all_content':
    'A sosit după termenul-limită: nimic din conținutul acestor conturi nu va fi folosit în seturile de date de ' +
    'antrenare create de acum înainte. Ceea ce a intrat deja într-un model nu mai poate fi retras.',
  'consent.title': 'Consimțământ pentru folosirea conținutului dumneavoastră',
  'consent.lead':
    'Aici vă puteți da consimțământul pentru folosirea conținutului dumneavoastră public la antrenarea IA. Decizia ' +
    'vă ' +
    'aparține; dacă nu vă dați consimțământul, pentru dumneavoastră nu se schimbă nimic.',
  'consent.submit': 'Îmi dau consimțământul',
  'consent.given': 'V-ați dat consimțământul. Îl puteți retrage pe pagina „Consimțămintele mele”.',
  'consent.done.title': 'Consimțământul dumneavoastră a fost înregistrat',
  'consent.done.received': 'Data primirii: {when}. O confirmare este pe drum către căsuța dumneavoastră de e-mail.',
  'consent.done.covers': 'Se aplică acestor conturi:',
  'consent.done.effect':
    'Conținutul dumneavoastră public poate fi folosit în seturile de date de antrenare create de acum înainte. Vă ' +
    'puteți retrage consimțământul oricând, la fel de ușor cum l-ați dat.',
  'status.title': 'Opozițiile mele',
  'status.title.opt_in': 'Consimțămintele mele',
  'status.none': 'Nu ați formulat nicio opoziție.',
  'status.none.opt_in': 'Nu v-ați dat consimțământul.',
  'status.section': 'Opoziție din {date}',
  'status.section.opt_in': 'Consimțământ din {date}',
  'status.received': 'Data primirii: {when}',
  'status.withdrawn': 'Data retragerii: {when}',
  'status.covers': 'Conturi vizate: {accounts}',
  'status.withdraw': 'Retrageți această opoziție',
  'status.withdraw.opt_in': 'Retrageți acest consimțământ',
  'status.accounts': 'Conturile dumneavoastră',
  'status.signoutEverywhere': 'Deconectare de pe toate dispozitivele',
  'status.notYours':
    'Declarație depusă pentru {accounts}, un cont din centrul dumneavoastră de conturi cu o altă adresă. Se aplică ' +
    'și ' +
    'conturilor dumneavoastră; o poate retrage numai titularul unui cont pentru care a fost depusă.',
  'withdraw.title': 'Vă retrageți opoziția?',
  'withdraw.title.opt_in': 'Vă retrageți consimțământul?',
  'withdraw.effect':
    'Conținutul dumneavoastră public poate fi folosit în seturile de date de antrenare create de acum înainte. ' +
    'Seturile create anterior rămân neschimbate.',
  'withdraw.effect.opt_in':
    'Nimic din conținutul dumneavoastră nu va fi folosit în seturile de date de antrenare create de acum înainte. ' +
    'Seturile create anterior rămân neschimbate: ceea ce a intrat deja într-un model nu mai poate fi retras.',
  'withdraw.again.timely':
    'Dacă vă opuneți din nou înainte de {deadline}, noua opoziție exclude în continuare tot conținutul ' +
    'dumneavoastră. ' +
    'După acest termen, ea este considerată tardivă.',
  'withdraw.again.late':
    'Dacă vă opuneți din nou, noua opoziție este considerată tardivă, deoarece termenul-limită ({deadline}) a trecut.',
  'withdraw.confirm': 'Da, retrag',
  'withdraw.cancel': 'Nu, nu retrag',
  'withdraw.done.title': 'Opoziția dumneavoastră a fost retrasă',
  'withdraw.done.title.opt_in': 'Consimțământul dumneavoastră a fost retras',
  'withdraw.done.text': 'Data retragerii: {when}. O confirmare este pe drum către căsuța dumneavoastră de e-mail.',
  'data.title': 'Datele mele în antrenarea IA',
  'data.access': 'Descărcați tot ce este înregistrat despre dumneavoastră (JSON)',
  'data.none': 'Nu a fost creat încă niciun set de date de antrenare.',
  'data.snapshot': 'Setul de date {id} din {at} ({policy})',
  'data.in': 'Elemente ale dumneavoastră incluse: {n}',
  'data.out': 'neincluse: {n}',
  'data.models': 'Modele antrenate cu acest set: {models}',
  'data.caption': 'Elementele dumneavoastră din setul de date {id}',
  'data.col.item': 'Element',
  'data.col.status': 'Inclus în setul de date?',
  'data.col.proof': 'Dovadă',
  'data.included': 'inclus',
  'data.proof': 'Dovadă',
  'data.proof.about':
    'Un fișier de dovadă arată, pe baza amprentei publicate a setului de date (rădăcina Merkle a acestuia), că un ' +
    'element se află în setul de date sau că nu se află în el. Conține cheia dumneavoastră pentru setul de date; pe ' +
    'baza ei și a identificatorului elementului se recalculează cheia elementului. Astfel, orice persoană căreia îi ' +
    'dați fișierul îl poate verifica fără a fi nevoită să aibă încredere în noi.',
  'data.proof.of': 'Dovada pentru elementul {id}',
  'data.reason.published': 'nu era încă public la momentul de referință',
  'data.reason.visibility': 'nu este public',
  'data.reason.kind': 'tip de conținut care nu este folosit la antrenare',
  'data.reason.region': 'în afara regiunilor vizate de antrenare',
  'data.reason.age': 'vârstă necunoscută sau sub limita minimă',
  'data.reason.notice': 'nu a existat o informare în timp util',
  'data.reason.consent': 'lipsa consimțământului',
  'data.reason.objection': 'opoziția dumneavoastră',
  'data.reason.excluded': 'exclus la cererea unei persoane care apare în el',
  'request.link': 'Conținut în care apăreți',
  'request.title': 'Excluderea din antrenarea IA a conținutului în care apăreți',
  'request.lead':
    'Dacă o postare, un comentariu sau o fotografie publică a altei persoane vă arată pe dumneavoastră – numele, ' +
    'imaginea sau alte date despre dumneavoastră –, ne puteți cere să excludem acest conținut din antrenarea IA. Nu ' +
    'aveți nevoie de cont. Răspundem în termen de o lună; dacă avem nevoie de mai mult timp, vă spunem de ce și ' +
    'răspundem cel târziu în alte două luni.',
  'request.items': 'Ce conținut? Câte o adresă web sau un identificator de element pe fiecare rând',
  'request.items.hint': 'Copiați adresa din browser sau identificatorul elementului de pe pagina „Datele mele”.',
  'request.description': 'Ce arată despre dumneavoastră și de ce ar trebui exclus?',
  'request.contact': 'Adresa dumneavoastră de e-mail (opțional)',
  'request.contact.hint':
    'Doar pentru a vă comunica decizia noastră. Mai întâi vă trimitem un link ca să confirmați că adresa vă aparține.',
  'request.evidence': 'Orice altceva care ne-ar putea ajuta (opțional)',
  'request.submit': 'Trimiteți cererea',
  'request.error.items':
    'Indicați cel puțin un element și cel mult 100: o adresă web de pe site-ul nostru sau un identificator de ' +
    'element, câte unul pe rând.',
  'request.error.description':
    'Vă rugăm să spuneți ce arată conținutul despre dumneavoastră (cel mult 5.000 de caractere).',
  'request.error.contact': 'Aceasta nu pare a fi o adresă de e-mail.',
  'request.error.evidence': 'Textul este prea lung (cel mult 20.000 de caractere).',
  'request.done.title': 'Am primit cererea dumneavoastră',
  'request.done.text': 'Cererea dumneavoastră are numărul {id}. Vom decide până la {due}.',
  'request.done.contact':
    'Am trimis un link la adresa indicată. După ce îl deschideți și confirmați, vă vom comunica decizia noastră.',
  'request.done.nocontact': 'Nu ați indicat o adresă de e-mail, așa că nu vă putem comunica decizia noastră.',
  'request.confirm.title': 'Confirmați adresa de e-mail',
  'request.confirm.text': 'Confirmați că vă putem scrie la această adresă în legătură cu cererea dumneavoastră {id}.',
  'request.confirm.submit': 'Confirm',
  'request.confirmed.title': 'Adresa dumneavoastră a fost confirmată',
  'request.confirmed.text': 'Vă vom scrie când vom lua o decizie privind cererea dumneavoastră {id}.',
  'request.confirm.invalid': 'Acest link nu este valid. Vă rugăm să îl copiați integral din e-mail.',
  'error.title': 'Ceva nu este în regulă',
  'error.csrf': 'Acest formular a expirat. Reveniți, reîncărcați pagina și încercați din nou.',
  'error.rate': 'Prea multe încercări. Vă rugăm să așteptați un minut și să încercați din nou.',
  'error.signin': 'Vă rugăm să vă autentificați mai întâi.',
  'error.notfound': 'Această pagină nu există.',
  'error.notyours': 'Declarația poate fi retrasă numai de titularul unui cont pentru care a fost depusă.',
  'error.withdrawn': 'Declarația a fost deja retrasă.',
  'error.internal': 'A apărut o eroare la noi. Vă rugăm să încercați din nou mai târziu.',
  'mail.signin.subject': 'Linkul dumneavoastră de autentificare',
  'mail.signin.body':
    'Bună ziua,\n\nCineva (sperăm că dumneavoastră) a cerut să se autentifice. Acest link funcționează o singură ' +
    'dată, timp de {minutes} minute:\n\n{link}\n\nDacă nu ați fost dumneavoastră, ignorați acest e-mail.',
  'mail.confirmation.subject': 'Opoziția dumneavoastră a fost înregistrată',
  'mail.confirmation.subject.opt_in': 'Consimțământul dumneavoastră a fost înregistrat',
  'mail.confirmation.body':
    'Bună ziua,\n\nAm primit opoziția dumneavoastră ({id}). Data primirii: {when}.\n\nAceasta se aplică acestor ' +
    'conturi:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVă puteți vedea și retrage opozițiile la {url}.',
  'mail.confirmation.body.opt_in':
    'Bună ziua,\n\nAm primit consimțământul dumneavoastră ({id}). Data primirii: {when}.\n\nAcesta se aplică acestor ' +
    'conturi:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVă puteți vedea și retrage consimțămintele la {url}.',
  'mail.withdrawal.subject': 'Opoziția dumneavoastră a fost retrasă',
  'mail.withdrawal.subject.opt_in': 'Consimțământul dumneavoastră a fost retras',
  'mail.withdrawal.body':
    'Bună ziua,\n\nOpoziția dumneavoastră {id} a fost retrasă. Data retragerii: {when}.\n\n{effect}\n\nVă puteți ' +
    'opune din nou oricând: {url}',
  'mail.withdrawal.body.opt_in':
    'Bună ziua,\n\nConsimțământul dumneavoastră {id} a fost retras. Data retragerii: {when}.\n\n{effect}\n\nVă ' +
    'puteți ' +
    'da din nou consimțământul oricând: {url}',
  'mail.notice.subject': 'Vom folosi conținut public pentru a antrena IA',
  'mail.notice.subject.opt_in': 'Ne permiteți să folosim conținutul dumneavoastră public pentru a antrena IA?',
  'mail.notice.body':
    'Bună ziua,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nVă puteți opune aici: {url}\n\nAcest e-mail ' +
    'se referă la următoarele conturi: {accounts}',
  'mail.notice.body.opt_in':
    'Bună ziua,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nVă puteți da sau retrage consimțământul aici: ' +
    '{url}\n\nAcest e-mail se referă la următoarele conturi: {accounts}',
  'mail.footer.zone': 'Orele din acest e-mail sunt afișate în fusul orar {zone}.',
  'mail.case.confirm.subject': 'Vă rugăm să vă confirmați adresa de e-mail',
  'mail.case.confirm.body':
    'Bună ziua,\n\nCineva (sperăm că dumneavoastră) ne-a cerut să excludem un conținut din antrenarea IA și a ' +
    'indicat această adresă pentru a primi răspunsul. Vă rugăm să o confirmați aici:\n\n{link}\n\nDacă nu ați fost ' +
    'dumneavoastră, ignorați acest e-mail: nu vă vom mai scrie.',
  'mail.case.received.subject': 'Am primit cererea dumneavoastră {id}',
  'mail.case.received.body':
    'Bună ziua,\n\nAm primit cererea dumneavoastră {id}. Data primirii: {when}. Cererea privește acest ' +
    'conținut:\n{items}\n\nVom decide până la {due}.',
  'mail.case.extended.subject': 'Avem nevoie de mai mult timp pentru cererea dumneavoastră {id}',
  'mail.case.extended.body':
    'Bună ziua,\n\nAvem nevoie de mai mult timp pentru a decide asupra cererii dumneavoastră {id}, din următorul ' +
    'motiv: {reason}\n\nVom decide până la {due}.',
  'mail.case.accepted.subject': 'Cererea dumneavoastră {id} a fost acceptată',
  'mail.case.accepted.body':
    'Bună ziua,\n\nAm acceptat cererea dumneavoastră {id}. Acest conținut este exclus din toate seturile de date de ' +
    'antrenare a IA pe care le creăm de acum înainte:\n{items}\n\nCeea ce a intrat deja într-un model nu mai poate ' +
    'fi retras.',
  'mail.case.rejected.subject': 'Cererea dumneavoastră {id} a fost respinsă',
  'mail.case.rejected.body':
    'Bună ziua,\n\nNu am acceptat cererea dumneavoastră {id}, din următorul motiv: {reason}\n\nPuteți depune o ' +
    'plângere la o autoritate de supraveghere pentru protecția datelor.',
  'console.name': 'Consola de protecție a datelor',
  'console.nav.label': 'Consolă',
  'console.nav.overview': 'Prezentare generală',
  'console.nav.cases': 'Cereri',
  'console.nav.snapshots': 'Seturi de date',
  'console.nav.models': 'Modele',
  'console.nav.ledger': 'Registru',
  'console.member': 'Autentificare ca {name}, {role}.',
  'console.role.viewer': 'observator',
  'console.role.reviewer': 'evaluator',
  'console.signin.title': 'Autentificare în consola de protecție a datelor',
  'console.signin.lead':
    'Pentru echipa de protecție a datelor a platformei. Introduceți adresa de e-mail de serviciu: dacă figurează ' +
    'printre membrii consolei, îi trimitem un link prin care vă autentificați. Linkul funcționează o singură dată, ' +
    'timp de {minutes} minute.',
  'console.signin.sent':
    'Dacă această adresă figurează printre membrii consolei, un link de autentificare este pe drum. Funcționează o ' +
    'singură dată, timp de {minutes} minute.',
  'console.signin.refused':
    'Contul cu care v-ați autentificat nu figurează printre membrii consolei. Cereți responsabilului cu protecția ' +
    'datelor să îi adauge adresa.',
  'console.forbidden': 'Rolul dumneavoastră nu permite acest lucru. Asupra cererilor decid evaluatorii.',
  'console.overview.title': 'Prezentare generală',
  'console.overview.policy':
    'Cifre conform politicii {policy}. O opoziție primită începând cu {deadline} este considerată tardivă. Zilele ' +
    'sunt zile UTC.',
  'console.overview.policy.nodeadline':
    'Cifre conform politicii {policy}, care nu are termen-limită: nicio opoziție nu este tardivă. Zilele sunt zile ' +
    'UTC.',
  'console.overview.cases': 'Cereri nesoluționate: {open}, dintre care cu termenul depășit: {overdue}',
  'console.overview.asof': 'Situația din {when}; cifrele se recalculează cel mult o dată la {minutes} min.',
  'console.figures.title': 'Opoziții, retrageri și consimțăminte',
  'console.chart.title': 'Opoziții, opoziții tardive, retrageri și consimțăminte pe zi',
  'console.chart.desc':
    'O linie pentru fiecare serie, de la {first} până la {last}. Tabelul de mai jos conține toate cifrele.',
  'console.chart.empty': 'Nu a fost depus încă nimic.',
  'console.series.objections': 'Opoziții',
  'console.series.late': 'Opoziții tardive',
  'console.series.withdrawals': 'Retrageri',
  'console.series.consents': 'Consimțăminte',
  'console.table.day': 'Ziua',
  'console.table.perday': 'Fiecare zi în cifre',
  'console.totals.caption': 'Total',
  'console.bychannel.caption': 'Pe canale',
  'console.bynetwork.caption': 'Pe rețeaua conturilor pentru care s-a depus (o dată pentru fiecare rețea)',
  'console.type.objection': 'Opoziții',
  'console.type.consent': 'Consimțăminte',
  'console.col.type': 'Tip',
  'console.col.filed': 'Depuse',
  'console.col.withdrawn': 'Retrase',
  'console.col.channel': 'Canal',
  'console.col.network': 'Rețea',
  'console.col.policy': 'Politică',
  'console.col.lang': 'Limbă',
  'console.col.queued': 'În coadă',
  'console.col.accepted': 'Acceptate de serverul de e-mail',
  'console.col.failing': 'Cu erori',
  'console.col.pending': 'În așteptare',
  'console.col.accounts': 'Conturi',
  'console.col.kind': 'Categorie',
  'console.col.unsent': 'Netrimise',
  'console.col.oldest': 'Cel mai vechi netrimis',
  'console.col.case': 'Cerere',
  'console.col.status': 'Stare',
  'console.col.due': 'Termen',
  'console.col.received': 'Primită',
  'console.col.items': 'Elemente',
  'console.col.reason': 'Motiv',
  'console.col.count': 'Elemente',
  'console.col.in': 'Incluse',
  'console.col.out': 'Excluse',
  'console.col.model': 'Model',
  'console.col.registered': 'Înregistrat',
  'console.col.snapshots': 'Seturi de date',
  'console.col.seq': 'Poziție',
  'console.col.event': 'Eveniment',
  'console.col.recorded': 'Înregistrat',
  'console.notices.title': 'Acoperirea informării',
  'console.notices.never':
    'Conturi ale utilizatorilor care au împlinit vârsta minimă: {adults}; dintre acestea, fără o informare valabilă ' +
    'pentru {policy}: {never}.',
  'console.notices.mails.caption': 'E-mailuri de informare, pe versiuni ale politicii și limbi',
  'console.notices.proofs.caption': 'Conturi cu dovadă a informării, pe versiuni ale politicii și limbi',
  'console.notices.mails.empty':
    'Niciun e-mail de informare nu a fost pus în coadă: comanda veto notice send le pune în coadă și le trimite.',
  'console.notices.proofs.empty': 'Nicio informare nu a ajuns încă la vreun cont.',
  'console.notices.unversioned': 'fără versiune (valabilă pentru orice politică)',
  'console.outbox.title': 'Căsuța de ieșire',
  'console.outbox.caption': 'E-mailuri pe care serverul de e-mail nu le-a acceptat încă, pe categorii',
  'console.outbox.empty': 'Serverul de e-mail a acceptat toate e-mailurile.',
  'console.cases.title': 'Cereri',
  'console.cases.lead':
    'Cererile terților: mai întâi cele nesoluționate (în partea de sus, cele cu termenul depășit), apoi în ordinea ' +
    'termenului.',
  'console.cases.empty': 'Nu a sosit încă nicio cerere.',
  'console.status.open': 'deschisă',
  'console.status.extended': 'prelungită',
  'console.status.accepted': 'acceptată',
  'console.status.rejected': 'respinsă',
  'console.status.overdue': 'termen depășit',
  'console.case.title': 'Cererea {id}',
  'console.case.received': 'Primită: {when}, prin {channel}; termen: {due}.',
  'console.case.description': 'Ce spune solicitantul',
  'console.case.evidence': 'Dovezi',
  'console.case.contact': 'Contact',
  'console.case.contact.none': 'Nu a fost indicat: solicitantul nu poate fi informat.',
  'console.case.contact.unconfirmed': '(neconfirmat: încă nu se trimite nimic la această adresă)',
  'console.case.contact.confirmed': '(confirmat)',
  'console.case.hidden':
    'Textele cererii și datele de contact sunt date cu caracter personal: le văd numai evaluatorii.',
  'console.case.erased':
    'Textele cererii și adresa de contact, dacă a fost indicată, au fost șterse la {when}, după ce trecuse de la ' +
    'decizie perioada stabilită prin requests.keep_texts_days.',
  'console.case.steps': 'Pași',
  'console.case.step.extended': 'Prelungită de {reviewer} la {when}; termen nou: {due}. Motiv: {reason}',
  'console.case.step.accepted': 'Acceptată de {reviewer} la {when}; elemente: {count}.',
  'console.case.step.rejected': 'Respinsă de {reviewer} la {when}. Motiv: {reason}',
  'console.case.decided': 'S-a luat o decizie asupra acestei cereri.',
  'console.case.viewer': 'Numai evaluatorii decid asupra cererilor.',
  'console.case.decide': 'Decizie',
  'console.case.accept': 'Acceptați',
  'console.case.accept.items': 'Elemente de exclus din antrenare',
  'console.case.accept.lead': 'Elementele bifate sunt excluse din toate seturile de date create de acum înainte.',
  'console.case.reject': 'Respingeți',
  'console.case.reject.reason': 'De ce este respinsă cererea (solicitantul citește acest text)',
  'console.case.extend': 'Prelungiți cu două luni',
  'console.case.extend.reason': 'De ce este nevoie de mai mult timp (solicitantul citește acest text)',
  'console.case.done.extended': 'Cererea {id} a fost prelungită; noul termen este {due}.',
  'console.case.done.accepted':
    'Cererea {id} a fost acceptată: elementele ei sunt excluse din toate seturile de date create de acum înainte.',
  'console.case.done.rejected': 'Cererea {id} a fost respinsă.',
  'console.case.noitems': 'Bifați cel puțin un element pentru a accepta cererea sau respingeți-o.',
  'console.snapshots.title': 'Seturi de date',
  'console.snapshots.empty': 'Nu a fost sigilat încă niciun set de date.',
  'console.snapshot.summary':
    'Elemente incluse: {included} din {considered}, conform politicii {policy}; starea conținutului: {at}; sigilat: ' +
    '{sealed}.',
  'console.snapshot.root': 'Rădăcina Merkle',
  'console.snapshot.models': 'Modele antrenate cu acest set: {models}',
  'console.snapshot.nomodels': 'Niciun model nu este înregistrat ca fiind antrenat cu acest set.',
  'console.snapshot.unreadable':
    'Dosarul său nu poate fi citit aici, așa că cifrele nu sunt afișate; „Verificați” arată ce nu este în regulă.',
  'console.snapshot.out.caption': 'Elemente excluse, pe motive',
  'console.snapshot.kind.caption': 'Elemente pe categorii',
  'console.snapshot.lang.caption': 'Elemente pe limbi',
  'console.snapshot.verify': 'Verificați',
  'console.snapshot.verify.title': 'Setul de date {id} a fost verificat',
  'console.snapshot.verified.ok':
    'Setul de date {id} este așa cum a fost sigilat: fișierele, manifestul și rădăcina Merkle corespund.',
  'console.snapshot.verified.bad': 'Setul de date {id} nu mai este așa cum a fost sigilat. Probleme: {count}.',
  'console.models.title': 'Modele',
  'console.models.empty': 'Nu a fost înregistrat încă niciun model.',
  'console.ledger.title': 'Registru',
  'console.ledger.size': 'Intrări în registru: {size}.',
  'console.ledger.checkpoint': 'Intrări acoperite de ultimul punct de control semnat: {size}; data semnării: {when}.',
  'console.ledger.nocheckpoint':
    'Nu a fost semnat încă niciun punct de control: comanda veto ledger checkpoint semnează unul.',
  'console.ledger.root': 'Rădăcină',
  'console.ledger.note': 'Notă semnată',
  'console.ledger.recent': 'Cele mai recente intrări',
  'console.records.title': 'Înregistrări pentru autoritățile de supraveghere',
  'console.records.lead':
    'Fiecare opoziție, consimțământ, retragere, informare livrată și pas al unei cereri, câte o înregistrare pentru ' +
    'fiecare intrare din registru, fiecare verificabilă pe baza unui punct de control semnat pentru descărcare. ' +
    'Identificatori de cont și numele evaluatorilor, fără adrese sau texte.',
  'console.records.format': 'Format',
  'console.records.download': 'Descărcați înregistrările',
}
