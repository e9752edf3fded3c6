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
}
