/** Every sentence a person reads, in Polish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const pl: Messages = {
  'site.name': 'Trenowanie AI a Państwa treści',
  'site.skip': 'Przejdź do treści',
  'nav.label': 'Menu główne',
  'nav.notice': 'O trenowaniu AI',
  'nav.object': 'Sprzeciw',
  'nav.consent': 'Zgoda',
  'nav.status': 'Moje sprzeciwy',
  'nav.status.consent': 'Moje zgody',
  'nav.data': 'Moje dane',
  'nav.signin': 'Zaloguj się',
  'nav.signout': 'Wyloguj się',
  'settings.title': 'Język i strefa czasowa',
  'settings.lang': 'Język',
  'settings.zone': 'Strefa czasowa',
  'settings.submit': 'Zapisz',
  'settings.shown': 'Godziny są podawane w strefie czasowej {zone}.',
  'notice.title': 'Będziemy wykorzystywać treści publiczne do trenowania AI',
  'notice.title.opt_in': 'Czy możemy wykorzystywać Państwa treści publiczne do trenowania AI?',
  'notice.lead':
    'Od {start} wykorzystujemy treści publiczne użytkowników, którzy ukończyli {age} lat, do trenowania naszych ' +
    'modeli AI na podstawie naszego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO). Mogą Państwo w ' +
    'każdej ' +
    'chwili wnieść sprzeciw, bez podawania przyczyny.',
  'notice.lead.nodeadline':
    'Wykorzystujemy treści publiczne użytkowników, którzy ukończyli {age} lat, do trenowania naszych modeli AI na ' +
    'podstawie naszego prawnie uzasadnionego interesu (art. 6 ust. 1 lit. f RODO). Mogą Państwo w każdej chwili ' +
    'wnieść sprzeciw, bez podawania przyczyny.',
  'notice.lead.opt_in':
    'Chcielibyśmy wykorzystywać treści publiczne użytkowników, którzy ukończyli {age} lat, do trenowania naszych ' +
    'modeli AI. Robimy to wyłącznie za Państwa zgodą (art. 6 ust. 1 lit. a RODO). Mogą Państwo wyrazić zgodę tutaj i ' +
    'w każdej chwili ją wycofać – równie łatwo, jak została wyrażona.',
  'notice.what': 'Co wykorzystujemy',
  'notice.kinds': 'Następujące rodzaje treści publicznych: {kinds}.',
  'notice.never.snapshot':
    'Nigdy nie wykorzystujemy treści niepublicznych, takich jak prywatne wiadomości, ani treści osób, które nie ' +
    'ukończyły {age} lat.',
  'notice.never.publication':
    'Nigdy nie wykorzystujemy treści niepublicznych, takich jak prywatne wiadomości, ani treści opublikowanych przez ' +
    'Państwa przed ukończeniem {age} lat.',
  'notice.deadline': 'Termin',
  'notice.deadline.text': 'Sprzeciw otrzymany przed {deadline} wyłącza z trenowania wszystkie Państwa treści.',
  'notice.after.future_content_only':
    'Sprzeciw otrzymany później wyłącza tylko te treści, które udostępnią Państwo publicznie po jego wniesieniu. ' +
    'Tego, co już trafiło do modelu, nie da się cofnąć.',
  'notice.after.all_content':
    'Sprzeciw otrzymany później wyłącza wszystkie Państwa treści z każdego zbioru danych treningowych utworzonego po ' +
    'jego otrzymaniu. Tego, co już trafiło do modelu, nie da się cofnąć.',
  'notice.nodeadline':
    'Sprzeciw wyłącza wszystkie Państwa treści z każdego zbioru danych treningowych utworzonego po jego otrzymaniu. ' +
    'Tego, co już trafiło do modelu, nie da się cofnąć.',
  'notice.comingOfAge':
    'Jeśli ukończą Państwo {age} lat po {deadline}, wszystkie Państwa treści wyłącza również sprzeciw wniesiony w ' +
    'ciągu {days} dni od osiągnięcia tego wieku.',
  'notice.comingOfAge.own':
    'Niedawno ukończyli Państwo {age} lat: sprzeciw wniesiony przed {until} wyłącza wszystkie Państwa treści.',
  'notice.consent.effect':
    'Bez Państwa zgody nie wykorzystujemy żadnych Państwa treści. Po jej wyrażeniu Państwa treści publiczne mogą ' +
    'trafiać do zbiorów danych treningowych tworzonych w czasie, gdy zgoda obowiązuje. Tego, co już trafiło do ' +
    'modelu, nie da się cofnąć.',
  'notice.cta': 'Wnieś sprzeciw',
  'notice.cta.opt_in': 'Wyraź lub wycofaj zgodę',
  'scope.covers':
    'Sprzeciw obejmuje każde konto z Państwa adresem e-mail oraz każde konto połączone z nimi w tym samym centrum ' +
    'kont.',
  'scope.covers.opt_in':
    'Zgoda obejmuje każde konto z Państwa adresem e-mail oraz każde konto połączone z nimi w tym samym centrum kont.',
  'scope.notcovered':
    'Nie obejmuje kont z innym adresem e-mail spoza tych centrów kont, nawet jeśli należą do Państwa: dla nich ' +
    'trzeba ' +
    'wnieść osobny sprzeciw.',
  'scope.notcovered.opt_in':
    'Nie obejmuje kont z innym adresem e-mail spoza tych centrów kont, nawet jeśli należą do Państwa: dla nich ' +
    'trzeba ' +
    'wyrazić osobną zgodę.',
  'kind.name': 'Państwa imię i nazwisko',
  'kind.username': 'nazwy użytkownika',
  'kind.profile_picture': 'zdjęcia profilowe',
  'kind.avatar': 'awatary',
  'kind.post': 'posty publiczne',
  'kind.comment': 'komentarze',
  'kind.group_post': 'aktywność w grupach publicznych',
  'kind.page_post': 'aktywność na stronach',
  'kind.channel_post': 'aktywność na kanałach',
  'kind.marketplace_review': 'opinie na platformie sprzedażowej',
  'signin.title': 'Logowanie',
  'signin.lead':
    'Proszę podać adres e-mail swojego konta. Wyślemy Państwu link, który Państwa zaloguje; działa jednorazowo przez ' +
    '{minutes} min.',
  'signin.email': 'Adres e-mail',
  'signin.submit': 'Wyślij link',
  'signin.oidc': 'Zaloguj się przez {label}',
  'signin.sent.title': 'Proszę sprawdzić skrzynkę odbiorczą',
  'signin.sent.text':
    'Jeśli ten adres należy do konta, wysyłamy na niego link do logowania. Działa jednorazowo przez {minutes} min.',
  'signin.confirm.title': 'Logowanie',
  'signin.confirm.text': 'Proszę kontynuować, aby zalogować się na tym urządzeniu.',
  'signin.confirm.submit': 'Zaloguj się',
  'signin.invalid': 'Ten link wygasł lub został już użyty. Proszę poprosić o nowy.',
  'object.title': 'Sprzeciw wobec wykorzystywania Państwa treści',
  'object.lead':
    'Tutaj mogą Państwo wnieść sprzeciw wobec wykorzystywania Państwa treści publicznych do trenowania AI.',
  'object.email': 'Adres e-mail Państwa konta',
  'object.reason': 'Uzasadnienie (opcjonalnie)',
  'object.reason.hint':
    'Podawanie przyczyny nie jest wymagane. Jeśli zostanie podana, przechowujemy ją i nigdy nie pokazujemy jej ' +
    'nikomu ' +
    'innemu.',
  'object.submit': 'Wnieś sprzeciw',
  'object.done.title': 'Sprzeciw został zarejestrowany',
  'object.done.received': 'Data otrzymania: {when}. Wysyłamy potwierdzenie na Państwa adres e-mail.',
  'object.done.covers': 'Obejmuje następujące konta:',
  'object.done.timely': 'Sprzeciw wpłynął przed upływem terminu: żadne treści z tych kont nie zostaną wykorzystane.',
  'object.done.late.future_content_only':
    'Sprzeciw wpłynął po upływie terminu: treści, które udostępnią Państwo publicznie od teraz, nie zostaną ' +
    'wykorzystane. Tego, co już trafiło do modelu, nie da się cofnąć.',
  'object.done.late.all_content':
    'Sprzeciw wpłynął po upływie terminu: żadne treści z tych kont nie zostaną wykorzystane w zbiorach danych ' +
    'treningowych tworzonych od teraz. Tego, co już trafiło do modelu, nie da się cofnąć.',
  'consent.title': 'Zgoda na wykorzystywanie Państwa treści',
  'consent.lead':
    'Tutaj mogą Państwo wyrazić zgodę na wykorzystywanie Państwa treści publicznych do trenowania AI. Decyzja należy ' +
    'do Państwa; jeśli nie wyrażą Państwo zgody, nic się dla Państwa nie zmieni.',
  'consent.submit': 'Wyrażam zgodę',
  'consent.given': 'Wyrazili Państwo zgodę. Można ją wycofać na stronie „Moje zgody”.',
  'consent.done.title': 'Zgoda została zarejestrowana',
  'consent.done.received': 'Data otrzymania: {when}. Wysyłamy potwierdzenie na Państwa adres e-mail.',
  'consent.done.covers': 'Obejmuje następujące konta:',
  'consent.done.effect':
    'Państwa treści publiczne mogą trafiać do zbiorów danych treningowych tworzonych od teraz. Zgodę można w każdej ' +
    'chwili wycofać, równie łatwo, jak została wyrażona.',
  'status.title': 'Moje sprzeciwy',
  'status.title.opt_in': 'Moje zgody',
  'status.none': 'Nie wnieśli Państwo sprzeciwu.',
  'status.none.opt_in': 'Nie wyrazili Państwo zgody.',
  'status.section': 'Sprzeciw z dnia {date}',
  'status.section.opt_in': 'Zgoda z dnia {date}',
  'status.received': 'Otrzymano: {when}',
  'status.withdrawn': 'Wycofano: {when}',
  'status.covers': 'Obejmuje: {accounts}',
  'status.withdraw': 'Wycofaj ten sprzeciw',
  'status.withdraw.opt_in': 'Wycofaj tę zgodę',
  'status.accounts': 'Państwa konta',
  'status.signoutEverywhere': 'Wyloguj się na wszystkich urządzeniach',
  'status.notYours':
    'Oświadczenie złożone dla: {accounts} (konto w Państwa centrum kont z innym adresem e-mail). Obejmuje ono ' +
    'również ' +
    'Państwa konta; wycofać je może wyłącznie posiadacz konta, dla którego zostało złożone.',
  'withdraw.title': 'Wycofać sprzeciw?',
  'withdraw.title.opt_in': 'Wycofać zgodę?',
  'withdraw.effect':
    'Państwa treści publiczne mogą trafiać do zbiorów danych treningowych tworzonych od teraz. Zbiory utworzone ' +
    'wcześniej pozostają bez zmian.',
  'withdraw.effect.opt_in':
    'Żadne Państwa treści nie trafią do zbiorów danych treningowych tworzonych od teraz. Zbiory utworzone wcześniej ' +
    'pozostają bez zmian: tego, co już trafiło do modelu, nie da się cofnąć.',
  'withdraw.again.timely':
    'Jeśli ponownie wniosą Państwo sprzeciw przed {deadline}, nowy sprzeciw nadal wyłączy wszystkie Państwa treści. ' +
    'Sprzeciw wniesiony później zostanie uznany za spóźniony.',
  'withdraw.again.late':
    'Jeśli ponownie wniosą Państwo sprzeciw, nowy sprzeciw zostanie uznany za spóźniony, ponieważ termin ' +
    '({deadline}) ' +
    'już upłynął.',
  'withdraw.confirm': 'Tak, wycofaj',
  'withdraw.cancel': 'Nie, zachowaj',
  'withdraw.done.title': 'Sprzeciw został wycofany',
  'withdraw.done.title.opt_in': 'Zgoda została wycofana',
  'withdraw.done.text': 'Data wycofania: {when}. Wysyłamy potwierdzenie na Państwa adres e-mail.',
  'data.title': 'Moje dane w trenowaniu AI',
  'data.access': 'Pobierz wszystko, co zostało o Państwu zapisane (JSON)',
  'data.none': 'Nie utworzono jeszcze żadnego zbioru danych treningowych.',
  'data.snapshot': 'Zbiór {id} – stan na {at} ({policy})',
  'data.in': 'Liczba Państwa elementów w tym zbiorze: {n}',
  'data.out': 'poza nim: {n}',
  'data.models': 'Modele wytrenowane na tym zbiorze: {models}',
  'data.caption': 'Państwa elementy w zbiorze {id}',
  'data.col.item': 'Element',
  'data.col.status': 'W zbiorze?',
  'data.col.proof': 'Dowód',
  'data.included': 'tak',
  'data.proof': 'Dowód',
  'data.proof.about':
    'Plik z dowodem pokazuje, na podstawie opublikowanego odcisku zbioru (korzenia jego drzewa Merkle’a), że element ' +
    'jest w zbiorze albo że go w nim nie ma. Zawiera Państwa klucz do zbioru. Z tego klucza i identyfikatora ' +
    'elementu ponownie oblicza się klucz elementu, dzięki czemu każdy, komu przekażą Państwo ten plik, może go ' +
    'sprawdzić, nie musząc nam ufać.',
  'data.proof.of': 'Dowód dla elementu {id}',
  'data.reason.published': 'w momencie granicznym nie był jeszcze publiczny',
  'data.reason.visibility': 'niepubliczny',
  'data.reason.kind': 'rodzaj treści niewykorzystywany do trenowania',
  'data.reason.region': 'poza regionami objętymi trenowaniem',
  'data.reason.age': 'wiek nieznany lub poniżej minimalnego',
  'data.reason.notice': 'brak powiadomienia na czas',
  'data.reason.consent': 'brak zgody',
  'data.reason.objection': 'Państwa sprzeciw',
  'data.reason.excluded': 'wyłączony na żądanie osoby, którą przedstawia',
  'request.link': 'Treści, które Państwa dotyczą',
  'request.title': 'Wyłączenie z trenowania AI treści, które Państwa dotyczą',
  'request.lead':
    'Jeśli publiczny post, komentarz lub zdjęcie innej osoby pokazuje Państwa – Państwa imię i nazwisko, wizerunek ' +
    'lub inne dane o Państwu – mogą Państwo poprosić nas o wyłączenie tych treści z trenowania AI. Nie potrzebują ' +
    'Państwo konta. Odpowiadamy w ciągu miesiąca; jeśli potrzebujemy więcej czasu, wyjaśniamy dlaczego i odpowiadamy ' +
    'najpóźniej w ciągu kolejnych dwóch miesięcy.',
  'request.items': 'Które treści? Jeden adres internetowy lub identyfikator elementu w każdym wierszu',
  'request.items.hint': 'Adres można skopiować z przeglądarki, a identyfikator elementu ze strony „Moje dane”.',
  'request.description': 'Co te treści pokazują o Państwu i dlaczego należy je wyłączyć?',
  'request.contact': 'Państwa adres e-mail (opcjonalnie)',
  'request.contact.hint':
    'Tylko po to, by poinformować Państwa o naszej decyzji. Najpierw wyślemy link, którym potwierdzą Państwo, że to ' +
    'Państwa adres.',
  'request.evidence': 'Inne informacje, które mogą nam pomóc (opcjonalnie)',
  'request.submit': 'Wyślij wniosek',
  'request.error.items':
    'Proszę podać co najmniej jeden i najwyżej 100 elementów: adres internetowy z naszej strony lub identyfikator ' +
    'elementu, po jednym w wierszu.',
  'request.error.description': 'Proszę opisać, co te treści pokazują o Państwu (najwyżej 5000 znaków).',
  'request.error.contact': 'To nie wygląda na adres e-mail.',
  'request.error.evidence': 'Tekst jest za długi (najwyżej 20 000 znaków).',
  'request.done.title': 'Otrzymaliśmy Państwa wniosek',
  'request.done.text': 'Państwa wniosek ma numer {id}. Decyzję podejmiemy do {due}.',
  'request.done.contact':
    'Wysłaliśmy link na podany adres. Gdy go Państwo otworzą i potwierdzą, poinformujemy Państwa o naszej decyzji.',
  'request.done.nocontact': 'Nie podali Państwo adresu e-mail, więc nie możemy poinformować Państwa o naszej decyzji.',
  'request.confirm.title': 'Proszę potwierdzić adres e-mail',
  'request.confirm.text': 'Proszę potwierdzić, że możemy pisać na ten adres w sprawie Państwa wniosku {id}.',
  'request.confirm.submit': 'Potwierdź',
  'request.confirmed.title': 'Adres został potwierdzony',
  'request.confirmed.text': 'Napiszemy do Państwa, gdy podejmiemy decyzję w sprawie wniosku {id}.',
  'request.confirm.invalid': 'Ten link jest nieprawidłowy. Proszę skopiować go w całości z wiadomości.',
  'error.title': 'Coś jest nie tak',
  'error.csrf': 'Ten formularz wygasł. Proszę wrócić, odświeżyć stronę i spróbować ponownie.',
  'error.rate': 'Zbyt wiele prób. Proszę odczekać minutę i spróbować ponownie.',
  'error.signin': 'Proszę się najpierw zalogować.',
  'error.notfound': 'Ta strona nie istnieje.',
  'error.notyours': 'To oświadczenie może wycofać wyłącznie posiadacz konta, dla którego zostało złożone.',
  'error.withdrawn': 'To zostało już wycofane.',
  'error.internal': 'Wystąpił błąd po naszej stronie. Proszę spróbować ponownie później.',
  'mail.signin.subject': 'Link do logowania',
  'mail.signin.body':
    'Dzień dobry,\n\nktoś (mamy nadzieję, że Państwo) poprosił o zalogowanie. Ten link działa jednorazowo przez ' +
    '{minutes} min:\n\n{link}\n\nJeśli to nie byli Państwo, prosimy zignorować tę wiadomość.',
  'mail.confirmation.subject': 'Sprzeciw został zarejestrowany',
  'mail.confirmation.subject.opt_in': 'Zgoda została zarejestrowana',
  'mail.confirmation.body':
    'Dzień dobry,\n\notrzymaliśmy Państwa sprzeciw ({id}). Data otrzymania: {when}.\n\nObejmuje on następujące ' +
    'konta:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSwoje sprzeciwy mogą Państwo przeglądać i wycofywać pod ' +
    'adresem {url}.',
  'mail.confirmation.body.opt_in':
    'Dzień dobry,\n\notrzymaliśmy Państwa zgodę ({id}). Data otrzymania: {when}.\n\nObejmuje ona następujące ' +
    'konta:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSwoje zgody mogą Państwo przeglądać i wycofywać pod adresem ' +
    '{url}.',
  'mail.withdrawal.subject': 'Sprzeciw został wycofany',
  'mail.withdrawal.subject.opt_in': 'Zgoda została wycofana',
  'mail.withdrawal.body':
    'Dzień dobry,\n\nPaństwa sprzeciw {id} został wycofany. Data wycofania: {when}.\n\n{effect}\n\nW każdej chwili ' +
    'mogą Państwo ponownie wnieść sprzeciw: {url}',
  'mail.withdrawal.body.opt_in':
    'Dzień dobry,\n\nPaństwa zgoda {id} została wycofana. Data wycofania: {when}.\n\n{effect}\n\nW każdej chwili ' +
    'mogą ' +
    'Państwo ponownie wyrazić zgodę: {url}',
  'mail.notice.subject': 'Będziemy wykorzystywać treści publiczne do trenowania AI',
  'mail.notice.subject.opt_in': 'Czy możemy wykorzystywać Państwa treści publiczne do trenowania AI?',
  'mail.notice.body':
    'Dzień dobry,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nSprzeciw można wnieść tutaj: {url}\n\nTa ' +
    'wiadomość dotyczy następujących kont: {accounts}',
  'mail.notice.body.opt_in':
    'Dzień dobry,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nZgodę można wyrazić lub wycofać tutaj: ' +
    '{url}\n\nTa wiadomość dotyczy następujących kont: {accounts}',
  'mail.footer.zone': 'Godziny w tej wiadomości podano w strefie czasowej {zone}.',
  'mail.case.confirm.subject': 'Prosimy o potwierdzenie adresu e-mail',
  'mail.case.confirm.body':
    'Dzień dobry,\n\nktoś (mamy nadzieję, że Państwo) poprosił nas o wyłączenie treści z trenowania AI i podał ten ' +
    'adres, aby otrzymać odpowiedź. Prosimy potwierdzić go tutaj:\n\n{link}\n\nJeśli to nie byli Państwo, prosimy ' +
    'zignorować tę wiadomość: nie napiszemy ponownie.',
  'mail.case.received.subject': 'Otrzymaliśmy Państwa wniosek {id}',
  'mail.case.received.body':
    'Dzień dobry,\n\notrzymaliśmy Państwa wniosek {id}. Data otrzymania: {when}. Dotyczy on następujących ' +
    'treści:\n{items}\n\nDecyzję podejmiemy do {due}.',
  'mail.case.extended.subject': 'Potrzebujemy więcej czasu na rozpatrzenie wniosku {id}',
  'mail.case.extended.body':
    'Dzień dobry,\n\npotrzebujemy więcej czasu na podjęcie decyzji w sprawie Państwa wniosku {id}, z następującego ' +
    'powodu: {reason}\n\nDecyzję podejmiemy do {due}.',
  'mail.case.accepted.subject': 'Państwa wniosek {id} został uwzględniony',
  'mail.case.accepted.body':
    'Dzień dobry,\n\nuwzględniliśmy Państwa wniosek {id}. Następujące treści wyłączamy z każdego zbioru danych ' +
    'treningowych AI, który utworzymy od teraz:\n{items}\n\nTego, co już trafiło do modelu, nie da się z niego ' +
    'usunąć.',
  'mail.case.rejected.subject': 'Państwa wniosek {id} został odrzucony',
  'mail.case.rejected.body':
    'Dzień dobry,\n\nnie uwzględniliśmy Państwa wniosku {id} z następującego powodu: {reason}\n\nMogą Państwo złożyć ' +
    'skargę do organu nadzorczego ds. ochrony danych osobowych.',
  'console.name': 'Konsola ochrony danych',
  'console.nav.label': 'Konsola',
  'console.nav.overview': 'Przegląd',
  'console.nav.cases': 'Sprawy',
  'console.nav.snapshots': 'Zbiory danych',
  'console.nav.models': 'Modele',
  'console.nav.ledger': 'Rejestr',
  'console.member': 'Zalogowano jako {name}, rola: {role}.',
  'console.role.viewer': 'podgląd',
  'console.role.reviewer': 'rozpatrywanie spraw',
  'console.signin.title': 'Logowanie do konsoli ochrony danych',
  'console.signin.lead':
    'Dla zespołu ds. ochrony danych platformy. Proszę podać służbowy adres e-mail: jeśli należy do członków konsoli, ' +
    'wyślemy na niego link, który Państwa zaloguje. Link działa jednorazowo przez {minutes} min.',
  'console.signin.sent':
    'Jeśli ten adres należy do członków konsoli, wysyłamy na niego link do logowania. Działa jednorazowo przez ' +
    '{minutes} min.',
  'console.signin.refused':
    'Konto użyte do logowania nie należy do członków konsoli. Proszę poprosić inspektora ochrony danych o dodanie ' +
    'jego adresu.',
  'console.forbidden': 'Państwa rola na to nie pozwala. Sprawy rozstrzygają osoby z rolą rozpatrywania spraw.',
  'console.overview.title': 'Przegląd',
  'console.overview.policy':
    'Dane według polityki {policy}. Sprzeciw otrzymany od {deadline} uznaje się za spóźniony. Dni liczone są w ' +
    'strefie UTC.',
  'console.overview.policy.nodeadline':
    'Dane według polityki {policy}, która nie przewiduje terminu: żaden sprzeciw nie jest spóźniony. Dni liczone są ' +
    'w strefie UTC.',
  'console.overview.cases': 'Sprawy nierozstrzygnięte: {open}, w tym po terminie: {overdue}',
  'console.overview.asof': 'Stan na {when}; dane są przeliczane nie częściej niż co {minutes} min.',
  'console.figures.title': 'Sprzeciwy, wycofania i zgody',
  'console.chart.title': 'Sprzeciwy, spóźnione sprzeciwy, wycofania i zgody dziennie',
  'console.chart.desc': 'Jedna linia na serię, od {first} do {last}. Wszystkie liczby zawiera tabela poniżej.',
  'console.chart.empty': 'Nic jeszcze nie wpłynęło.',
  'console.series.objections': 'Sprzeciwy',
  'console.series.late': 'Spóźnione sprzeciwy',
  'console.series.withdrawals': 'Wycofania',
  'console.series.consents': 'Zgody',
  'console.table.day': 'Dzień',
  'console.table.perday': 'Każdy dzień w liczbach',
  'console.totals.caption': 'Łącznie',
  'console.bychannel.caption': 'Według kanału',
  'console.bynetwork.caption': 'Według sieci kont, których dotyczy oświadczenie (raz dla każdej sieci)',
  'console.type.objection': 'Sprzeciwy',
  'console.type.consent': 'Zgody',
  'console.col.type': 'Typ',
  'console.col.filed': 'Złożone',
  'console.col.withdrawn': 'Wycofane',
  'console.col.channel': 'Kanał',
  'console.col.network': 'Sieć',
  'console.col.policy': 'Polityka',
  'console.col.lang': 'Język',
  'console.col.queued': 'Dodane do kolejki',
  'console.col.accepted': 'Przyjęte przez serwer pocztowy',
  'console.col.failing': 'Z błędami',
  'console.col.pending': 'Oczekujące',
  'console.col.accounts': 'Konta',
  'console.col.kind': 'Rodzaj',
  'console.col.unsent': 'Niewysłane',
  'console.col.oldest': 'Najstarsza niewysłana',
  'console.col.case': 'Sprawa',
  'console.col.status': 'Status',
  'console.col.due': 'Termin',
  'console.col.received': 'Data wpływu',
  'console.col.items': 'Elementy',
  'console.col.reason': 'Powód',
  'console.col.count': 'Elementy',
  'console.col.in': 'W zbiorze',
  'console.col.out': 'Poza zbiorem',
  'console.col.model': 'Model',
  'console.col.registered': 'Zarejestrowano',
  'console.col.snapshots': 'Zbiory danych',
  'console.col.seq': 'Pozycja',
  'console.col.event': 'Zdarzenie',
  'console.col.recorded': 'Zapisano',
  'console.notices.title': 'Zasięg powiadomień',
  'console.notices.never':
    'Konta, które osiągnęły minimalny wiek, bez powiadomienia ważnego dla {policy}: {never} z {adults}.',
  'console.notices.mails.caption': 'Wiadomości z powiadomieniem według wersji polityki i języka',
  'console.notices.proofs.caption': 'Konta z dowodem powiadomienia według wersji polityki i języka',
  'console.notices.mails.empty':
    'Nie dodano do kolejki żadnej wiadomości z powiadomieniem: polecenie veto notice send dodaje je do kolejki i ' +
    'wysyła.',
  'console.notices.proofs.empty': 'Żadne powiadomienie nie dotarło jeszcze do żadnego konta.',
  'console.notices.unversioned': 'bez wersji (ważne dla każdej polityki)',
  'console.outbox.title': 'Skrzynka nadawcza',
  'console.outbox.caption': 'Wiadomości jeszcze nieprzyjęte przez serwer pocztowy, według rodzaju',
  'console.outbox.empty': 'Serwer pocztowy przyjął wszystkie wiadomości.',
  'console.cases.title': 'Sprawy',
  'console.cases.lead':
    'Wnioski osób trzecich: najpierw nierozstrzygnięte, na samej górze te po terminie, dalej według terminu.',
  'console.cases.empty': 'Nie wpłynął jeszcze żaden wniosek.',
  'console.status.open': 'otwarta',
  'console.status.extended': 'przedłużona',
  'console.status.accepted': 'uwzględniona',
  'console.status.rejected': 'odrzucona',
  'console.status.overdue': 'po terminie',
  'console.case.title': 'Sprawa {id}',
  'console.case.received': 'Data wpływu: {when}, kanał: {channel}; termin: {due}.',
  'console.case.description': 'Co podaje osoba składająca wniosek',
  'console.case.evidence': 'Informacje uzupełniające',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Nie podano: nie można poinformować osoby składającej wniosek.',
  'console.case.contact.unconfirmed': '(niepotwierdzony: nic jeszcze nie jest na niego wysyłane)',
  'console.case.contact.confirmed': '(potwierdzony)',
  'console.case.hidden':
    'Treść wniosku i dane kontaktowe to dane osobowe: widzą je tylko osoby z rolą rozpatrywania spraw.',
  'console.case.erased':
    'Treść wniosku i adres kontaktowy, jeśli go podano, usunięto {when}, po tym, jak od rozstrzygnięcia upłynął ' +
    'okres ustawiony w requests.keep_texts_days.',
  'console.case.steps': 'Kroki',
  'console.case.step.extended': 'Przedłużono: {reviewer}, {when}; nowy termin: {due}. Powód: {reason}',
  'console.case.step.accepted': 'Uwzględniono: {reviewer}, {when}; liczba elementów: {count}.',
  'console.case.step.rejected': 'Odrzucono: {reviewer}, {when}. Powód: {reason}',
  'console.case.decided': 'Ta sprawa jest rozstrzygnięta.',
  'console.case.viewer': 'Sprawy rozstrzygają tylko osoby z rolą rozpatrywania spraw.',
  'console.case.decide': 'Rozstrzygnij',
  'console.case.accept': 'Uwzględnij',
  'console.case.accept.items': 'Elementy do wyłączenia z trenowania',
  'console.case.accept.lead': 'Zaznaczone elementy zostaną wyłączone z każdego zbioru danych tworzonego od teraz.',
  'console.case.reject': 'Odrzuć',
  'console.case.reject.reason': 'Dlaczego wniosek zostaje odrzucony (osoba składająca wniosek to przeczyta)',
  'console.case.extend': 'Przedłuż o dwa miesiące',
  'console.case.extend.reason': 'Dlaczego potrzeba więcej czasu (osoba składająca wniosek to przeczyta)',
  'console.case.done.extended': 'Sprawa {id} została przedłużona; nowy termin: {due}.',
  'console.case.done.accepted':
    'Sprawa {id} została uwzględniona: jej elementy są wyłączone z każdego zbioru danych tworzonego od teraz.',
  'console.case.done.rejected': 'Sprawa {id} została odrzucona.',
  'console.case.noitems': 'Proszę zaznaczyć co najmniej jeden element, aby uwzględnić sprawę, albo ją odrzucić.',
  'console.snapshots.title': 'Zbiory danych',
  'console.snapshots.empty': 'Nie zapieczętowano jeszcze żadnego zbioru danych.',
  'console.snapshot.summary':
    'Elementy w zbiorze: {included} z {considered}; polityka {policy}; stan treści na {at}; zapieczętowano {sealed}.',
  'console.snapshot.root': 'Korzeń drzewa Merkle’a',
  'console.snapshot.models': 'Modele wytrenowane na tym zbiorze: {models}',
  'console.snapshot.nomodels': 'Żaden model nie jest zarejestrowany jako wytrenowany na tym zbiorze.',
  'console.snapshot.unreadable':
    'Nie można tu odczytać folderu tego zbioru, dlatego jego liczby nie są wyświetlane; „Zweryfikuj” pokaże, co jest ' +
    'nie tak.',
  'console.snapshot.out.caption': 'Elementy poza zbiorem według powodu',
  'console.snapshot.kind.caption': 'Elementy według rodzaju',
  'console.snapshot.lang.caption': 'Elementy według języka',
  'console.snapshot.verify': 'Zweryfikuj',
  'console.snapshot.verify.title': 'Weryfikacja zbioru {id}',
  'console.snapshot.verified.ok':
    'Zbiór {id} jest taki, jak w chwili zapieczętowania: jego pliki, manifest i korzeń drzewa Merkle’a są zgodne.',
  'console.snapshot.verified.bad': 'Zbiór {id} nie jest taki, jak w chwili zapieczętowania. Liczba problemów: {count}.',
  'console.models.title': 'Modele',
  'console.models.empty': 'Nie zarejestrowano jeszcze żadnego modelu.',
  'console.ledger.title': 'Rejestr',
  'console.ledger.size': 'Liczba wpisów w rejestrze: {size}.',
  'console.ledger.checkpoint':
    'Liczba wpisów objętych ostatnim podpisanym punktem kontrolnym: {size}; data podpisania: {when}.',
  'console.ledger.nocheckpoint':
    'Nie podpisano jeszcze żadnego punktu kontrolnego: polecenie veto ledger checkpoint podpisuje nowy.',
  'console.ledger.root': 'Korzeń',
  'console.ledger.note': 'Podpisana notatka',
  'console.ledger.recent': 'Najnowsze wpisy',
  'console.records.title': 'Zapisy dla organów nadzorczych',
  'console.records.lead':
    'Każdy sprzeciw, każda zgoda, każde wycofanie, każde doręczone powiadomienie i każdy krok sprawy, jeden zapis na ' +
    'każdy wpis w rejestrze, każdy możliwy do sprawdzenia względem punktu kontrolnego podpisanego dla tego pobrania. ' +
    'Identyfikatory kont oraz imiona i nazwiska osób z rolą rozpatrywania spraw, bez adresów i treści.',
  'console.records.format': 'Format',
  'console.records.download': 'Pobierz zapisy',
}
