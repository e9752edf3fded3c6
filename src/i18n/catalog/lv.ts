/** Every sentence a person reads, in Latvian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const lv: Messages = {
  'site.name': 'MI apmācība un Jūsu saturs',
  'site.skip': 'Pāriet uz saturu',
  'nav.label': 'Galvenā izvēlne',
  'nav.notice': 'Par apmācību',
  'nav.object': 'Iebilst',
  'nav.consent': 'Piekrišana',
  'nav.status': 'Mani iebildumi',
  'nav.status.consent': 'Manas piekrišanas',
  'nav.data': 'Mani dati',
  'nav.signin': 'Pieteikties',
  'nav.signout': 'Izrakstīties',
  'settings.title': 'Valoda un laika josla',
  'settings.lang': 'Valoda',
  'settings.zone': 'Laika josla',
  'settings.submit': 'Saglabāt',
  'settings.shown': 'Laiks tiek rādīts laika joslā {zone}.',
  'notice.title': 'Mēs izmantosim publisku saturu MI apmācībai',
  'notice.title.opt_in': 'Vai drīkstam izmantot Jūsu publisko saturu MI apmācībai?',
  'notice.lead':
    'Mēs izmantojam {age} gadu vecumu sasniegušu lietotāju publisko saturu savu mākslīgā intelekta (MI) modeļu ' +
    'apmācībai, pamatojoties uz mūsu leģitīmajām interesēm saskaņā ar VDAR 6. panta 1. punkta f) apakšpunktu. ' +
    'Izmantošanas sākums: {start}. Jūs varat iebilst jebkurā laikā, nenorādot iemeslu.',
  'notice.lead.nodeadline':
    'Mēs izmantojam {age} gadu vecumu sasniegušu lietotāju publisko saturu savu mākslīgā intelekta (MI) modeļu ' +
    'apmācībai, pamatojoties uz mūsu leģitīmajām interesēm saskaņā ar VDAR 6. panta 1. punkta f) apakšpunktu. Jūs ' +
    'varat iebilst jebkurā laikā, nenorādot iemeslu.',
  'notice.lead.opt_in':
    'Mēs vēlētos izmantot {age} gadu vecumu sasniegušu lietotāju publisko saturu savu mākslīgā intelekta (MI) modeļu ' +
    'apmācībai. Mēs to izmantojam tikai ar Jūsu piekrišanu saskaņā ar VDAR 6. panta 1. punkta a) apakšpunktu. Šeit ' +
    'Jūs varat dot savu piekrišanu un jebkurā laikā to atsaukt tikpat viegli, kā to devāt.',
  'notice.what': 'Ko mēs izmantojam',
  'notice.kinds': 'Šādi publiska satura veidi: {kinds}.',
  'notice.never.snapshot':
    'Nekad neizmantojam saturu, kas nav publisks, piemēram, privātās ziņas, un nekad neizmantojam to personu saturu, ' +
    'kuras nav sasniegušas {age} gadu vecumu.',
  'notice.never.publication':
    'Nekad neizmantojam saturu, kas nav publisks, piemēram, privātās ziņas, un nekad neizmantojam saturu, ko ' +
    'publicējāt, pirms sasniedzāt {age} gadu vecumu.',
  'notice.deadline': 'Termiņš',
  'notice.deadline.text':
    'Iebildumi, kas saņemti pirms termiņa ({deadline}), pilnībā izslēdz Jūsu saturu no apmācības.',
  'notice.after.future_content_only':
    'Iebildumi, kas saņemti pēc tam, izslēdz tikai to saturu, ko publiskojat pēc iebilduma iesniegšanas. To, kas jau ' +
    'ir iekļauts modelī, vairs nevar no tā izņemt.',
  'notice.after.all_content':
    'Iebildumi, kas saņemti pēc tam, izslēdz visu Jūsu saturu no katras apmācības datu kopas, kas izveidota pēc to ' +
    'saņemšanas. To, kas jau ir iekļauts modelī, vairs nevar no tā izņemt.',
  'notice.nodeadline':
    'Iebildums izslēdz visu Jūsu saturu no katras apmācības datu kopas, kas izveidota pēc tā saņemšanas. To, kas jau ' +
    'ir iekļauts modelī, vairs nevar no tā izņemt.',
  'notice.comingOfAge':
    'Ja {age} gadu vecumu sasniedzat pēc termiņa ({deadline}), iebildums, ko iesniedzat {days} dienu laikā pēc šī ' +
    'vecuma sasniegšanas, arī izslēdz visu Jūsu saturu.',
  'notice.comingOfAge.own':
    'Jūs {age} gadu vecumu sasniedzāt tikai nesen: iebildums, ko iesniedzat pirms Jums noteiktā termiņa ({until}), ' +
    'izslēdz visu Jūsu saturu.',
  'notice.consent.effect':
    'Bez Jūsu piekrišanas netiek izmantots nekas no Jūsu satura. Ar piekrišanu Jūsu publisko saturu drīkst izmantot ' +
    'apmācības datu kopās, kas izveidotas, kamēr piekrišana ir spēkā. To, kas jau ir iekļauts modelī, vairs nevar no ' +
    'tā izņemt.',
  'notice.cta': 'Iebilst tagad',
  'notice.cta.opt_in': 'Dot vai atsaukt piekrišanu',
  'scope.covers':
    'Iebildums attiecas uz visiem kontiem ar Jūsu e-pasta adresi un visiem kontiem, kas ar tiem saistīti tajā pašā ' +
    'kontu centrā.',
  'scope.covers.opt_in':
    'Piekrišana attiecas uz visiem kontiem ar Jūsu e-pasta adresi un visiem kontiem, kas ar tiem saistīti tajā pašā ' +
    'kontu centrā.',
  'scope.notcovered':
    'Uz kontiem ar citu e-pasta adresi ārpus šiem kontu centriem tas neattiecas, pat ja tie ir Jūsu konti: tiem ' +
    'vajadzīgs atsevišķs iebildums.',
  'scope.notcovered.opt_in':
    'Uz kontiem ar citu e-pasta adresi ārpus šiem kontu centriem tā neattiecas, pat ja tie ir Jūsu konti: tiem ' +
    'vajadzīga atsevišķa piekrišana.',
  'kind.name': 'Jūsu vārds',
  'kind.username': 'lietotājvārdi',
  'kind.profile_picture': 'profila attēli',
  'kind.avatar': 'avatāri',
  'kind.post': 'publiski ieraksti',
  'kind.comment': 'komentāri',
  'kind.group_post': 'aktivitāte publiskās grupās',
  'kind.page_post': 'aktivitāte lapās',
  'kind.channel_post': 'aktivitāte kanālos',
  'kind.marketplace_review': 'atsauksmes tirdzniecības platformā',
  'signin.title': 'Pieteikšanās',
  'signin.lead':
    'Ievadiet sava konta e-pasta adresi. Mēs nosūtīsim saiti, ar kuru varēsiet pieteikties; tā darbojas vienu reizi ' +
    'un ir derīga {minutes} min.',
  'signin.email': 'E-pasta adrese',
  'signin.submit': 'Nosūtīt man saiti',
  'signin.oidc': 'Pieteikties ar {label}',
  'signin.sent.title': 'Pārbaudiet savu e-pastu',
  'signin.sent.text':
    'Ja šo adresi izmanto kāds konts, pieteikšanās saite jau ir ceļā. Tā darbojas vienu reizi un ir derīga {minutes} ' +
    'min.',
  'signin.confirm.title': 'Pieteikšanās',
  'signin.confirm.text': 'Turpiniet, lai pieteiktos šajā ierīcē.',
  'signin.confirm.submit': 'Pieteikties',
  'signin.invalid': 'Šīs saites derīguma termiņš ir beidzies vai tā jau ir izmantota. Pieprasiet jaunu.',
  'object.title': 'Iebildums pret Jūsu satura izmantošanu',
  'object.lead': 'Šeit varat iebilst pret Jūsu publiskā satura izmantošanu MI apmācībai.',
  'object.email': 'Jūsu konta e-pasta adrese',
  'object.reason': 'Iemesls (nav obligāts)',
  'object.reason.hint': 'Jums nav jānorāda iemesls. Mēs to glabājam un nekad nerādām nevienam citam.',
  'object.submit': 'Iesniegt iebildumu',
  'object.done.title': 'Jūsu iebildums ir reģistrēts',
  'object.done.received': 'Saņemšanas laiks: {when}. Apstiprinājums jau ir ceļā uz Jūsu e-pastu.',
  'object.done.covers': 'Tas attiecas uz šiem kontiem:',
  'object.done.timely': 'Tas saņemts pirms termiņa: nekas no šo kontu satura netiks izmantots.',
  'object.done.late.future_content_only':
    'Tas saņemts pēc termiņa: saturs, ko publiskosiet no šī brīža, netiks izmantots. To, kas jau ir iekļauts modelī, ' +
    'vairs nevar no tā izņemt.',
  'object.done.late.all_content':
    'Tas saņemts pēc termiņa: nekas no šo kontu satura netiks izmantots apmācības datu kopās, kas tiks izveidotas no ' +
    'šī brīža. To, kas jau ir iekļauts modelī, vairs nevar no tā izņemt.',
  'consent.title': 'Piekrišana Jūsu satura izmantošanai',
  'consent.lead':
    'Šeit varat dot piekrišanu Jūsu publiskā satura izmantošanai MI apmācībai. Izvēle ir Jūsu; ja piekrišanu ' +
    'nedosiet, Jums nekas nemainīsies.',
  'consent.submit': 'Es piekrītu',
  'consent.given': 'Jūsu piekrišana ir dota. To varat atsaukt lapā „Manas piekrišanas”.',
  'consent.done.title': 'Jūsu piekrišana ir reģistrēta',
  'consent.done.received': 'Saņemšanas laiks: {when}. Apstiprinājums jau ir ceļā uz Jūsu e-pastu.',
  'consent.done.covers': 'Tā attiecas uz šiem kontiem:',
  'consent.done.effect':
    'Jūsu publisko saturu drīkst izmantot apmācības datu kopās, kas tiks izveidotas no šī brīža. Jūs varat atsaukt ' +
    'savu piekrišanu jebkurā laikā tikpat viegli, kā to devāt.',
  'status.title': 'Mani iebildumi',
  'status.title.opt_in': 'Manas piekrišanas',
  'status.none': 'Jums nav iesniegtu iebildumu.',
  'status.none.opt_in': 'Jums nav dotu piekrišanu.',
  'status.section': 'Iebildums, {date}',
  'status.section.opt_in': 'Piekrišana, {date}',
  'status.received': 'Saņemšanas laiks: {when}',
  'status.withdrawn': 'Atsaukšanas laiks: {when}',
  'status.covers': 'Attiecas uz: {accounts}',
  'status.withdraw': 'Atsaukt šo iebildumu',
  'status.withdraw.opt_in': 'Atsaukt šo piekrišanu',
  'status.accounts': 'Jūsu konti',
  'status.signoutEverywhere': 'Izrakstīties visās ierīcēs',
  'status.notYours':
    'Šis iesniegums veikts par kontu {accounts} – kontu Jūsu kontu centrā ar citu adresi. Tas attiecas arī uz Jūsu ' +
    'kontiem; atsaukt to var tikai tā konta turētājs, par kuru iesniegums veikts.',
  'withdraw.title': 'Vai atsaukt savu iebildumu?',
  'withdraw.title.opt_in': 'Vai atsaukt savu piekrišanu?',
  'withdraw.effect':
    'Jūsu publisko saturu drīkst izmantot apmācības datu kopās, kas tiks izveidotas no šī brīža. Iepriekš izveidotās ' +
    'datu kopas paliek nemainīgas.',
  'withdraw.effect.opt_in':
    'Nekas no Jūsu satura netiks izmantots apmācības datu kopās, kas tiks izveidotas no šī brīža. Iepriekš ' +
    'izveidotās ' +
    'datu kopas paliek nemainīgas: to, kas jau ir iekļauts modelī, vairs nevar no tā izņemt.',
  'withdraw.again.timely':
    'Ja iebilstat atkārtoti pirms termiņa ({deadline}), jaunais iebildums joprojām izslēdz visu Jūsu saturu. Pēc ' +
    'termiņa tas tiek uzskatīts par novēlotu.',
  'withdraw.again.late':
    'Ja iebilstat atkārtoti, jaunais iebildums tiek uzskatīts par novēlotu, jo termiņš ({deadline}) ir beidzies.',
  'withdraw.confirm': 'Jā, atsaukt',
  'withdraw.cancel': 'Nē, paturēt',
  'withdraw.done.title': 'Jūsu iebildums ir atsaukts',
  'withdraw.done.title.opt_in': 'Jūsu piekrišana ir atsaukta',
  'withdraw.done.text': 'Atsaukšanas laiks: {when}. Apstiprinājums jau ir ceļā uz Jūsu e-pastu.',
  'data.title': 'Mani dati apmācībā',
  'data.access': 'Lejupielādēt visu, kas par jums ir reģistrēts (JSON)',
  'data.none': 'Vēl nav izveidota neviena apmācības datu kopa.',
  'data.snapshot': 'Datu kopa {id}, stāvoklis: {at} ({policy})',
  'data.in': 'Iekļautie Jūsu vienumi: {n}',
  'data.out': 'neiekļautie: {n}',
  'data.models': 'Ar to apmācītie modeļi: {models}',
  'data.caption': 'Jūsu vienumi datu kopā {id}',
  'data.col.item': 'Vienums',
  'data.col.status': 'Iekļauts datu kopā?',
  'data.col.proof': 'Pierādījums',
  'data.included': 'iekļauts',
  'data.proof': 'Pierādījums',
  'data.proof.about':
    'Pierādījuma fails, pamatojoties uz datu kopas publicēto nospiedumu (tās Merkla koka sakni), parāda, ka vienums ' +
    'ir datu kopā vai ka tā tur nav. Tajā ir Jūsu atslēga šai datu kopai. No šīs atslēgas un vienuma identifikatora ' +
    'vienuma atslēga tiek aprēķināta no jauna, tāpēc ikviens, kam Jūs iedodat šo failu, var to pārbaudīt, ' +
    'nepaļaujoties uz mums.',
  'data.proof.of': 'Vienuma {id} pierādījums',
  'data.reason.published': 'atskaites brīdī vēl nebija publisks',
  'data.reason.visibility': 'nav publisks',
  'data.reason.kind': 'satura veids, ko neizmanto apmācībai',
  'data.reason.region': 'ārpus apmācības reģioniem',
  'data.reason.age': 'vecums nav zināms vai ir zem minimālā',
  'data.reason.notice': 'paziņojums nav sniegts laikus',
  'data.reason.consent': 'nav piekrišanas',
  'data.reason.objection': 'Jūsu iebildums',
  'data.reason.excluded': 'izslēgts pēc tajā redzamas personas lūguma',
  'request.link': 'Saturs, kas attiecas uz Jums',
  'request.title': 'Lūgums neiekļaut MI apmācībā saturu, kas attiecas uz Jums',
  'request.lead':
    'Ja kādas citas personas publiskā ierakstā, komentārā vai fotoattēlā ir redzams Jūsu vārds, attēls vai citi dati ' +
    'par Jums, varat lūgt mūs šo saturu neiekļaut MI apmācībā. Konts Jums nav vajadzīgs. Mēs atbildam viena mēneša ' +
    'laikā; ja mums vajag vairāk laika, mēs paskaidrojam, kāpēc, un atbildam ne vēlāk kā vēl divu mēnešu laikā.',
  'request.items': 'Kāds saturs? Katrā rindā viena tīmekļa adrese vai vienuma identifikators',
  'request.items.hint': 'Nokopējiet adresi no pārlūkprogrammas vai vienuma identifikatoru no lapas „Mani dati”.',
  'request.description': 'Ko tas parāda par Jums un kāpēc tas būtu jāizslēdz?',
  'request.contact': 'Jūsu e-pasta adrese (nav obligāta)',
  'request.contact.hint':
    'Tikai lai paziņotu Jums mūsu lēmumu. Vispirms mēs nosūtīsim saiti, ar kuru apstiprināt, ka adrese ir Jūsu.',
  'request.evidence': 'Cita informācija, kas mums palīdzētu (nav obligāta)',
  'request.submit': 'Nosūtīt lūgumu',
  'request.error.items':
    'Norādiet vismaz vienu un ne vairāk kā 100 vienumus: mūsu vietnes tīmekļa adresi vai vienuma identifikatoru, ' +
    'katru savā rindā.',
  'request.error.description': 'Lūdzu, norādiet, ko saturs parāda par Jums (ne vairāk kā 5000 rakstzīmju).',
  'request.error.contact': 'Tas neizskatās pēc e-pasta adreses.',
  'request.error.evidence': 'Teksts ir pārāk garš (ne vairāk kā 20 000 rakstzīmju).',
  'request.done.title': 'Mēs saņēmām Jūsu lūgumu',
  'request.done.text': 'Jūsu lūguma numurs: {id}. Lēmuma termiņš: {due}.',
  'request.done.contact':
    'Mēs nosūtījām saiti uz Jūsu norādīto adresi. Kad to atvērsiet un apstiprināsiet, mēs Jums paziņosim savu lēmumu.',
  'request.done.nocontact': 'Jūs nenorādījāt e-pasta adresi, tāpēc mēs nevaram Jums paziņot savu lēmumu.',
  'request.confirm.title': 'Apstipriniet savu e-pasta adresi',
  'request.confirm.text': 'Apstipriniet, ka mēs drīkstam Jums rakstīt uz šo adresi par Jūsu lūgumu {id}.',
  'request.confirm.submit': 'Apstiprināt',
  'request.confirmed.title': 'Jūsu adrese ir apstiprināta',
  'request.confirmed.text': 'Mēs Jums rakstīsim, kad būsim pieņēmuši lēmumu par Jūsu lūgumu {id}.',
  'request.confirm.invalid': 'Šī saite nav derīga. Lūdzu, nokopējiet to no vēstules pilnībā.',
  'error.title': 'Kaut kas nav kārtībā',
  'error.csrf':
    'Šīs veidlapas derīguma termiņš ir beidzies. Atgriezieties, atkārtoti ielādējiet lapu un mēģiniet vēlreiz.',
  'error.rate': 'Pārāk daudz mēģinājumu. Lūdzu, uzgaidiet minūti un mēģiniet vēlreiz.',
  'error.signin': 'Lūdzu, vispirms piesakieties.',
  'error.notfound': 'Šāda lapa neeksistē.',
  'error.notyours': 'Atsaukt to var tikai tā konta turētājs, par kuru iesniegums veikts.',
  'error.withdrawn': 'Tas jau ir atsaukts.',
  'error.internal': 'Mūsu pusē radās kļūda. Lūdzu, mēģiniet vēlreiz vēlāk.',
  'mail.signin.subject': 'Jūsu pieteikšanās saite',
  'mail.signin.body':
    'Labdien!\n\nKāds (cerams, Jūs) pieprasīja pieteikšanos. Šī saite darbojas vienu reizi un ir derīga {minutes} ' +
    'min.:\n\n{link}\n\nJa tas nebijāt Jūs, neņemiet šo vēstuli vērā.',
  'mail.confirmation.subject': 'Jūsu iebildums ir reģistrēts',
  'mail.confirmation.subject.opt_in': 'Jūsu piekrišana ir reģistrēta',
  'mail.confirmation.body':
    'Labdien!\n\nMēs saņēmām Jūsu iebildumu ({id}). Saņemšanas laiks: {when}.\n\nTas attiecas uz šiem ' +
    'kontiem:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSavus iebildumus varat skatīt un atsaukt šeit: {url}.',
  'mail.confirmation.body.opt_in':
    'Labdien!\n\nMēs saņēmām Jūsu piekrišanu ({id}). Saņemšanas laiks: {when}.\n\nTā attiecas uz šiem ' +
    'kontiem:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSavas piekrišanas varat skatīt un atsaukt šeit: {url}.',
  'mail.withdrawal.subject': 'Jūsu iebildums ir atsaukts',
  'mail.withdrawal.subject.opt_in': 'Jūsu piekrišana ir atsaukta',
  'mail.withdrawal.body':
    'Labdien!\n\nJūsu iebildums {id} ir atsaukts. Atsaukšanas laiks: {when}.\n\n{effect}\n\nJūs varat atkārtoti ' +
    'iebilst jebkurā laikā: {url}',
  'mail.withdrawal.body.opt_in':
    'Labdien!\n\nJūsu piekrišana {id} ir atsaukta. Atsaukšanas laiks: {when}.\n\n{effect}\n\nJūs varat atkārtoti dot ' +
    'piekrišanu jebkurā laikā: {url}',
  'mail.notice.subject': 'Mēs izmantosim publisku saturu MI apmācībai',
  'mail.notice.subject.opt_in': 'Vai drīkstam izmantot Jūsu publisko saturu MI apmācībai?',
  'mail.notice.body':
    'Labdien!\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nIebilst varat šeit: {url}\n\nŠī vēstule ' +
    'attiecas uz šiem kontiem: {accounts}',
  'mail.notice.body.opt_in':
    'Labdien!\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nDot vai atsaukt piekrišanu varat šeit: ' +
    '{url}\n\nŠī vēstule attiecas uz šiem kontiem: {accounts}',
  'mail.footer.zone': 'Laiks šajā vēstulē norādīts laika joslā {zone}.',
  'mail.case.confirm.subject': 'Lūdzu, apstipriniet savu e-pasta adresi',
  'mail.case.confirm.body':
    'Labdien!\n\nKāds (cerams, Jūs) lūdza mūs neiekļaut saturu MI apmācībā un norādīja šo adresi, lai saņemtu ' +
    'atbildi. Lūdzu, apstipriniet to šeit:\n\n{link}\n\nJa tas nebijāt Jūs, neņemiet šo vēstuli vērā: mēs Jums vairs ' +
    'nerakstīsim.',
  'mail.case.received.subject': 'Mēs saņēmām Jūsu lūgumu {id}',
  'mail.case.received.body':
    'Labdien!\n\nMēs saņēmām Jūsu lūgumu {id}. Saņemšanas laiks: {when}. Tas attiecas uz šo ' +
    'saturu:\n{items}\n\nLēmuma termiņš: {due}.',
  'mail.case.extended.subject': 'Mums vajag vairāk laika Jūsu lūgumam {id}',
  'mail.case.extended.body':
    'Labdien!\n\nMums vajag vairāk laika, lai pieņemtu lēmumu par Jūsu lūgumu {id}, šāda iemesla dēļ: ' +
    '{reason}\n\nLēmuma termiņš: {due}.',
  'mail.case.accepted.subject': 'Jūsu lūgums {id} ir apmierināts',
  'mail.case.accepted.body':
    'Labdien!\n\nMēs apmierinājām Jūsu lūgumu {id}. Šis saturs netiks iekļauts nevienā MI apmācības datu kopā, ko ' +
    'izveidosim no šī brīža:\n{items}\n\nTo, kas jau ir iekļauts modelī, vairs nevar no tā izņemt.',
  'mail.case.rejected.subject': 'Jūsu lūgums {id} ir noraidīts',
  'mail.case.rejected.body':
    'Labdien!\n\nMēs neapmierinājām Jūsu lūgumu {id} šāda iemesla dēļ: {reason}\n\nJūs varat iesniegt sūdzību datu ' +
    'aizsardzības uzraudzības iestādē.',
  'console.name': 'Privātuma konsole',
  'console.nav.label': 'Konsole',
  'console.nav.overview': 'Pārskats',
  'console.nav.cases': 'Lūgumi',
  'console.nav.snapshots': 'Datu kopas',
  'console.nav.models': 'Modeļi',
  'console.nav.ledger': 'Žurnāls',
  'console.member': 'Pieteicies lietotājs: {name}, {role}.',
  'console.role.viewer': 'skatītājs',
  'console.role.reviewer': 'izskatītājs',
  'console.signin.title': 'Pieteikšanās privātuma konsolē',
  'console.signin.lead':
    'Platformas privātuma komandai. Ievadiet savu darba e-pasta adresi: ja tā ir konsoles dalībnieku sarakstā, mēs ' +
    'uz to nosūtīsim saiti, ar kuru varēsiet pieteikties. Saite darbojas vienu reizi un ir derīga {minutes} min.',
  'console.signin.sent':
    'Ja šī adrese ir konsoles dalībnieku sarakstā, pieteikšanās saite jau ir ceļā. Tā darbojas vienu reizi un ir ' +
    'derīga {minutes} min.',
  'console.signin.refused':
    'Konts, ar kuru pieteicāties, nav konsoles dalībnieku sarakstā. Lūdziet datu aizsardzības speciālistam pievienot ' +
    'tā adresi.',
  'console.forbidden': 'Jūsu loma to neatļauj. Par lūgumiem lemj izskatītāji.',
  'console.overview.title': 'Pārskats',
  'console.overview.policy':
    'Skaitļi atbilstoši politikai {policy}. Iebildums, kas saņemts, sākot no {deadline}, tiek uzskatīts par ' +
    'novēlotu. Dienas tiek skaitītas pēc UTC laika.',
  'console.overview.policy.nodeadline':
    'Skaitļi atbilstoši politikai {policy}, kurā nav termiņa: neviens iebildums nav novēlots. Dienas tiek skaitītas ' +
    'pēc UTC laika.',
  'console.overview.cases': 'Neizlemti lūgumi: {open}, no tiem nokavēti: {overdue}',
  'console.overview.asof': 'Stāvoklis: {when}; skaitļi tiek pārrēķināti ne biežāk kā ik pēc {minutes} min.',
  'console.figures.title': 'Iebildumi, atsaukumi un piekrišanas',
  'console.chart.title': 'Iebildumi, novēloti iebildumi, atsaukumi un piekrišanas pa dienām',
  'console.chart.desc': 'Katrai sērijai viena līnija, no {first} līdz {last}. Visi skaitļi ir norādīti tabulā zemāk.',
  'console.chart.empty': 'Vēl nekas nav iesniegts.',
  'console.series.objections': 'Iebildumi',
  'console.series.late': 'Novēloti iebildumi',
  'console.series.withdrawals': 'Atsaukumi',
  'console.series.consents': 'Piekrišanas',
  'console.table.day': 'Diena',
  'console.table.perday': 'Katra diena skaitļos',
  'console.totals.caption': 'Kopā',
  'console.bychannel.caption': 'Pa kanāliem',
  'console.bynetwork.caption': 'Pa tīkliem, kuros ir konti, par kuriem iesniegts (katrā tīklā vienu reizi)',
  'console.type.objection': 'Iebildumi',
  'console.type.consent': 'Piekrišanas',
  'console.col.type': 'Tips',
  'console.col.filed': 'Iesniegti',
  'console.col.withdrawn': 'Atsaukti',
  'console.col.channel': 'Kanāls',
  'console.col.network': 'Tīkls',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Valoda',
  'console.col.queued': 'Rindā',
  'console.col.accepted': 'Pieņēmis pasta serveris',
  'console.col.failing': 'Neizdodas nosūtīt',
  'console.col.pending': 'Gaida',
  'console.col.accounts': 'Konti',
  'console.col.kind': 'Veids',
  'console.col.unsent': 'Nenosūtīti',
  'console.col.oldest': 'Vecākais nenosūtītais',
  'console.col.case': 'Lūgums',
  'console.col.status': 'Statuss',
  'console.col.due': 'Termiņš',
  'console.col.received': 'Saņemts',
  'console.col.items': 'Vienumi',
  'console.col.reason': 'Iemesls',
  'console.col.count': 'Vienumi',
  'console.col.in': 'Iekļauti',
  'console.col.out': 'Neiekļauti',
  'console.col.model': 'Modelis',
  'console.col.registered': 'Reģistrēts',
  'console.col.snapshots': 'Datu kopas',
  'console.col.seq': 'Pozīcija',
  'console.col.event': 'Notikums',
  'console.col.recorded': 'Ierakstīts',
  'console.notices.title': 'Paziņojumu aptvērums',
  'console.notices.never':
    'Minimālo vecumu sasniegušo lietotāju konti: {adults}; no tiem bez paziņojuma, kas derīgs politikai {policy}: ' +
    '{never}.',
  'console.notices.mails.caption': 'Paziņojumu vēstules pa politikas versijām un valodām',
  'console.notices.proofs.caption': 'Konti ar paziņojuma pierādījumu pa politikas versijām un valodām',
  'console.notices.mails.empty':
    'Rindā nav nevienas paziņojuma vēstules: komanda veto notice send tās ievieto rindā un nosūta.',
  'console.notices.proofs.empty': 'Paziņojums vēl nav sasniedzis nevienu kontu.',
  'console.notices.unversioned': 'bez versijas (derīgs jebkurai politikai)',
  'console.outbox.title': 'Izsūtne',
  'console.outbox.caption': 'Vēstules, ko pasta serveris vēl nav pieņēmis, pa veidiem',
  'console.outbox.empty': 'Pasta serveris ir pieņēmis visas vēstules.',
  'console.cases.title': 'Lūgumi',
  'console.cases.lead': 'Trešo personu lūgumi: vispirms neizlemtie, pašā augšā nokavētie, pēc tam pēc termiņa.',
  'console.cases.empty': 'Vēl nav saņemts neviens lūgums.',
  'console.status.open': 'atvērts',
  'console.status.extended': 'pagarināts',
  'console.status.accepted': 'apmierināts',
  'console.status.rejected': 'noraidīts',
  'console.status.overdue': 'nokavēts',
  'console.case.title': 'Lūgums {id}',
  'console.case.received': 'Saņemts {when}, kanāls: {channel}; termiņš: {due}.',
  'console.case.description': 'Ko norāda lūguma iesniedzējs',
  'console.case.evidence': 'Pierādījumi',
  'console.case.contact': 'Kontaktinformācija',
  'console.case.contact.none': 'Nav norādīta: lūguma iesniedzēju nevar informēt.',
  'console.case.contact.unconfirmed': '(nav apstiprināta: uz to vēl nekas netiek sūtīts)',
  'console.case.contact.confirmed': '(apstiprināta)',
  'console.case.hidden': 'Lūguma teksti un kontaktinformācija ir personas dati: tos redz tikai izskatītāji.',
  'console.case.erased':
    'Lūguma teksti un kontaktadrese, ja tā bija norādīta, tika dzēsti {when}, kad kopš lēmuma bija pagājis ' +
    'iestatījumā requests.keep_texts_days noteiktais laiks.',
  'console.case.steps': 'Darbības',
  'console.case.step.extended': 'Pagarināja {reviewer} {when}, jaunais termiņš: {due}. Iemesls: {reason}',
  'console.case.step.accepted': 'Apmierināja {reviewer} {when}, vienumu skaits: {count}.',
  'console.case.step.rejected': 'Noraidīja {reviewer} {when}. Iemesls: {reason}',
  'console.case.decided': 'Par šo lūgumu lēmums ir pieņemts.',
  'console.case.viewer': 'Par lūgumiem lemj tikai izskatītāji.',
  'console.case.decide': 'Lemt',
  'console.case.accept': 'Apmierināt',
  'console.case.accept.items': 'Vienumi, kas jāizslēdz no apmācības',
  'console.case.accept.lead': 'Atzīmētie vienumi netiks iekļauti nevienā datu kopā, kas tiks izveidota no šī brīža.',
  'console.case.reject': 'Noraidīt',
  'console.case.reject.reason': 'Kāpēc lūgums tiek noraidīts (to lasīs lūguma iesniedzējs)',
  'console.case.extend': 'Pagarināt par diviem mēnešiem',
  'console.case.extend.reason': 'Kāpēc vajag vairāk laika (to lasīs lūguma iesniedzējs)',
  'console.case.done.extended': 'Lūguma {id} termiņš ir pagarināts; jaunais termiņš: {due}.',
  'console.case.done.accepted':
    'Lūgums {id} ir apmierināts: tā vienumi netiks iekļauti nevienā datu kopā, kas tiks izveidota no šī brīža.',
  'console.case.done.rejected': 'Lūgums {id} ir noraidīts.',
  'console.case.noitems': 'Atzīmējiet vismaz vienu vienumu, lai lūgumu apmierinātu, vai noraidiet lūgumu.',
  'console.snapshots.title': 'Datu kopas',
  'console.snapshots.empty': 'Vēl nav noslēgta neviena datu kopa.',
  'console.snapshot.summary':
    'Iekļauti vienumi: {included} no {considered}, atbilstoši politikai {policy}; satura stāvoklis: {at}; noslēgta: ' +
    '{sealed}.',
  'console.snapshot.root': 'Merkla koka sakne',
  'console.snapshot.models': 'Ar to apmācītie modeļi: {models}',
  'console.snapshot.nomodels': 'Nav reģistrēts neviens modelis, kas apmācīts ar šo datu kopu.',
  'console.snapshot.unreadable':
    'Tās mapi šeit nevar nolasīt, tāpēc skaitļi netiek rādīti; kas nav kārtībā, parādīs „Pārbaudīt”.',
  'console.snapshot.out.caption': 'Neiekļautie vienumi pa iemesliem',
  'console.snapshot.kind.caption': 'Vienumi pa veidiem',
  'console.snapshot.lang.caption': 'Vienumi pa valodām',
  'console.snapshot.verify': 'Pārbaudīt',
  'console.snapshot.verify.title': 'Datu kopa {id} pārbaudīta',
  'console.snapshot.verified.ok':
    'Datu kopa {id} ir tāda, kāda tā tika noslēgta: tās faili, manifests un Merkla koka sakne sakrīt.',
  'console.snapshot.verified.bad': 'Datu kopa {id} vairs nav tāda, kāda tā tika noslēgta. Problēmu skaits: {count}.',
  'console.models.title': 'Modeļi',
  'console.models.empty': 'Vēl nav reģistrēts neviens modelis.',
  'console.ledger.title': 'Žurnāls',
  'console.ledger.size': 'Ierakstu skaits žurnālā: {size}.',
  'console.ledger.checkpoint':
    'Pēdējais parakstītais kontrolpunkts aptver ierakstus, kuru skaits ir {size}; parakstīšanas laiks: {when}.',
  'console.ledger.nocheckpoint':
    'Vēl nav parakstīts neviens kontrolpunkts: to paraksta komanda veto ledger checkpoint.',
  'console.ledger.root': 'Sakne',
  'console.ledger.note': 'Parakstītā piezīme',
  'console.ledger.recent': 'Jaunākie ieraksti',
  'console.records.title': 'Izraksti datu aizsardzības uzraudzības iestādēm',
  'console.records.lead':
    'Katrs iebildums, katra piekrišana, katrs atsaukums, katrs piegādātais paziņojums un katra lūguma izskatīšanas ' +
    'darbība, viens izraksts katram žurnāla ierakstam, un katru no tiem var pārbaudīt pret lejupielādei parakstītu ' +
    'kontrolpunktu. Kontu identifikatori un izskatītāju vārdi, bez adresēm un tekstiem.',
  'console.records.format': 'Formāts',
  'console.records.download': 'Lejupielādēt izrakstus',
}
