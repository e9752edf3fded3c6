/** Every sentence a person reads, in Hungarian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const hu: Messages = {
  'site.name': 'A mesterséges intelligencia tanítása és az Ön tartalmai',
  'site.skip': 'Ugrás a tartalomra',
  'nav.label': 'Főmenü',
  'nav.notice': 'A tanításról',
  'nav.object': 'Tiltakozás',
  'nav.consent': 'Hozzájárulás',
  'nav.status': 'Tiltakozásaim',
  'nav.status.consent': 'Hozzájárulásaim',
  'nav.data': 'Adataim',
  'nav.signin': 'Bejelentkezés',
  'nav.signout': 'Kijelentkezés',
  'settings.title': 'Nyelv és időzóna',
  'settings.lang': 'Nyelv',
  'settings.zone': 'Időzóna',
  'settings.submit': 'Mentés',
  'settings.shown': 'Az időpontok a következő időzóna szerint jelennek meg: {zone}.',
  'notice.title': 'Nyilvános tartalmakat fogunk felhasználni mesterséges intelligencia tanítására',
  'notice.title.opt_in': 'Felhasználhatjuk nyilvános tartalmait mesterséges intelligencia tanítására?',
  'notice.lead':
    'A legalább {age} éves felhasználók nyilvános tartalmait {start} időponttól kezdve felhasználjuk MI-modelljeink ' +
    'tanítására, jogos érdekünk alapján (GDPR 6. cikk (1) bekezdés f) pont). Ön bármikor tiltakozhat, indoklás ' +
    'nélkül.',
  'notice.lead.nodeadline':
    'A legalább {age} éves felhasználók nyilvános tartalmait felhasználjuk MI-modelljeink tanítására, jogos érdekünk ' +
    'alapján (GDPR 6. cikk (1) bekezdés f) pont). Ön bármikor tiltakozhat, indoklás nélkül.',
  'notice.lead.opt_in':
    'Szeretnénk a legalább {age} éves felhasználók nyilvános tartalmait MI-modelljeink tanítására felhasználni. Ezt ' +
    'csak az Ön hozzájárulásával tesszük (GDPR 6. cikk (1) bekezdés a) pont). Hozzájárulását itt adhatja meg, és ' +
    'bármikor visszavonhatja, ugyanolyan egyszerűen, ahogyan megadta.',
  'notice.what': 'Mit használunk fel',
  'notice.kinds': 'A nyilvános tartalmak következő fajtái: {kinds}.',
  'notice.never.snapshot':
    'Soha nem használunk fel nem nyilvános tartalmat, például privát üzeneteket, és {age} év alatti személyek ' +
    'tartalmát sem.',
  'notice.never.publication':
    'Soha nem használunk fel nem nyilvános tartalmat, például privát üzeneteket, és olyan tartalmat sem, amelyet Ön ' +
    '{age} éves kora előtt tett közzé.',
  'notice.deadline': 'A határidő',
  'notice.deadline.text':
    'Ha tiltakozása {deadline} előtt beérkezik, egyetlen tartalmát sem használjuk fel a tanításhoz.',
  'notice.after.future_content_only':
    'Az ezt követően beérkező tiltakozás csak azokat a tartalmakat zárja ki, amelyeket Ön a tiltakozás után tesz ' +
    'nyilvánossá. Ami már bekerült egy modellbe, azt nem lehet visszavenni.',
  'notice.after.all_content':
    'Az ezt követően beérkező tiltakozás az összes tartalmát kizárja minden olyan tanítóadat-készletből, amely a ' +
    'beérkezése után készül. Ami már bekerült egy modellbe, azt nem lehet visszavenni.',
  'notice.nodeadline':
    'A tiltakozás az összes tartalmát kizárja minden olyan tanítóadat-készletből, amely a beérkezése után készül. ' +
    'Ami ' +
    'már bekerült egy modellbe, azt nem lehet visszavenni.',
  'notice.comingOfAge':
    'Ha Ön csak {deadline} után lesz {age} éves, akkor az összes tartalmát az a tiltakozás is kizárja, amelyet a ' +
    'születésnapjától számított {days} napon belül nyújt be.',
  'notice.comingOfAge.own':
    'Ön csak nemrég lett {age} éves: ha {until} előtt tiltakozik, az összes tartalma kimarad a tanításból.',
  'notice.consent.effect':
    'Hozzájárulása nélkül egyetlen tartalmát sem használjuk fel. Hozzájárulásával nyilvános tartalmai bekerülhetnek ' +
    'azokba a tanítóadat-készletekbe, amelyek a hozzájárulás érvényessége alatt készülnek. Ami már bekerült egy ' +
    'modellbe, azt nem lehet visszavenni.',
  'notice.cta': 'Tiltakozás benyújtása',
  'notice.cta.opt_in': 'Hozzájárulás megadása vagy visszavonása',
  'scope.covers':
    'A tiltakozás kiterjed minden olyan fiókra, amely az Ön e-mail-címéhez tartozik, és minden olyan fiókra, amely ' +
    'ezekkel ugyanabban a fiókközpontban össze van kapcsolva.',
  'scope.covers.opt_in':
    'A hozzájárulás kiterjed minden olyan fiókra, amely az Ön e-mail-címéhez tartozik, és minden olyan fiókra, amely ' +
    'ezekkel ugyanabban a fiókközpontban össze van kapcsolva.',
  'scope.notcovered':
    'Nem terjed ki az ezeken a fiókközpontokon kívüli, más e-mail-címhez tartozó fiókokra, még akkor sem, ha azok az ' +
    'Önéi: ezekre külön tiltakozást kell benyújtani.',
  'scope.notcovered.opt_in':
    'Nem terjed ki az ezeken a fiókközpontokon kívüli, más e-mail-címhez tartozó fiókokra, még akkor sem, ha azok az ' +
    'Önéi: ezekre külön hozzájárulást kell adni.',
  'kind.name': 'az Ön neve',
  'kind.username': 'felhasználónevek',
  'kind.profile_picture': 'profilképek',
  'kind.avatar': 'avatarok',
  'kind.post': 'nyilvános bejegyzések',
  'kind.comment': 'hozzászólások',
  'kind.group_post': 'tevékenység nyilvános csoportokban',
  'kind.page_post': 'tevékenység oldalakon',
  'kind.channel_post': 'tevékenység csatornákon',
  'kind.marketplace_review': 'piactéri értékelések',
  'signin.title': 'Bejelentkezés',
  'signin.lead':
    'Adja meg fiókja e-mail-címét. Küldünk Önnek egy linket, amellyel bejelentkezhet; egyszer használható, {minutes} ' +
    'percig érvényes.',
  'signin.email': 'E-mail-cím',
  'signin.submit': 'Link küldése',
  'signin.oidc': 'Bejelentkezés ezzel: {label}',
  'signin.sent.title': 'Nézze meg a postafiókját',
  'signin.sent.text':
    'Ha ezt a címet egy fiók használja, a bejelentkezési link már úton van. Egyszer használható, {minutes} percig ' +
    'érvényes.',
  'signin.confirm.title': 'Bejelentkezés',
  'signin.confirm.text': 'Folytassa a bejelentkezést ezen az eszközön.',
  'signin.confirm.submit': 'Bejelentkezés',
  'signin.invalid': 'Ez a link lejárt, vagy már felhasználták. Kérjen újat.',
  'object.title': 'Tiltakozás a tartalmai felhasználása ellen',
  'object.lead':
    'Itt tiltakozhat az ellen, hogy nyilvános tartalmait mesterséges intelligencia tanítására használjuk fel.',
  'object.email': 'Fiókja e-mail-címe',
  'object.reason': 'Indoklás (nem kötelező)',
  'object.reason.hint':
    'Nem kell indokolnia. Ha megadja az indokot, megőrizzük, és soha senki másnak nem mutatjuk meg.',
  'object.submit': 'Tiltakozom',
  'object.done.title': 'Tiltakozását rögzítettük',
  'object.done.received': 'Beérkezés: {when}. A visszaigazolást e-mailben küldjük el Önnek.',
  'object.done.covers': 'A következő fiókokra terjed ki:',
  'object.done.timely': 'A tiltakozás a határidő előtt érkezett be: e fiókok egyetlen tartalmát sem használjuk fel.',
  'object.done.late.future_content_only':
    'A tiltakozás a határidő után érkezett be: azokat a tartalmakat, amelyeket mostantól tesz nyilvánossá, nem ' +
    'használjuk fel. Ami már bekerült egy modellbe, azt nem lehet visszavenni.',
  'object.done.late.all_content':
    'A tiltakozás a határidő után érkezett be: a mostantól készülő tanítóadat-készletekben e fiókok egyetlen ' +
    'tartalmát sem használjuk fel. Ami már bekerült egy modellbe, azt nem lehet visszavenni.',
  'consent.title': 'Hozzájárulás a tartalmai felhasználásához',
  'consent.lead':
    'Itt hozzájárulhat ahhoz, hogy nyilvános tartalmait mesterséges intelligencia tanítására használjuk fel. Ez az ' +
    'Ön ' +
    'döntése; ha nem járul hozzá, az Ön számára semmi sem változik.',
  'consent.submit': 'Hozzájárulok',
  'consent.given': 'Ön megadta hozzájárulását. Ezt a „Hozzájárulásaim” oldalon vonhatja vissza.',
  'consent.done.title': 'Hozzájárulását rögzítettük',
  'consent.done.received': 'Beérkezés: {when}. A visszaigazolást e-mailben küldjük el Önnek.',
  'consent.done.covers': 'A következő fiókokra terjed ki:',
  'consent.done.effect':
    'Nyilvános tartalmai bekerülhetnek a mostantól készülő tanítóadat-készletekbe. Hozzájárulását bármikor ' +
    'visszavonhatja, ugyanolyan egyszerűen, ahogyan megadta.',
  'status.title': 'Tiltakozásaim',
  'status.title.opt_in': 'Hozzájárulásaim',
  'status.none': 'Ön nem nyújtott be tiltakozást.',
  'status.none.opt_in': 'Ön nem adott hozzájárulást.',
  'status.section': 'Tiltakozás ({date})',
  'status.section.opt_in': 'Hozzájárulás ({date})',
  'status.received': 'Beérkezés: {when}',
  'status.withdrawn': 'Visszavonás: {when}',
  'status.covers': 'Érintett fiókok: {accounts}',
  'status.withdraw': 'A tiltakozás visszavonása',
  'status.withdraw.opt_in': 'A hozzájárulás visszavonása',
  'status.accounts': 'Az Ön fiókjai',
  'status.signoutEverywhere': 'Kijelentkezés minden eszközön',
  'status.notYours':
    'Benyújtva ehhez: {accounts} (az Ön fiókközpontjában lévő, más e-mail-címhez tartozó fiók). Az Ön fiókjaira is ' +
    'kiterjed; visszavonni csak annak a fióknak a tulajdonosa tudja, amelyre benyújtották.',
  'withdraw.title': 'Visszavonja tiltakozását?',
  'withdraw.title.opt_in': 'Visszavonja hozzájárulását?',
  'withdraw.effect':
    'Nyilvános tartalmai bekerülhetnek a mostantól készülő tanítóadat-készletekbe. A korábban készült készletek ' +
    'változatlanok maradnak.',
  'withdraw.effect.opt_in':
    'A mostantól készülő tanítóadat-készletekben egyetlen tartalmát sem használjuk fel. A korábban készült készletek ' +
    'változatlanok maradnak: ami már bekerült egy modellbe, azt nem lehet visszavenni.',
  'withdraw.again.timely':
    'Ha {deadline} előtt ismét tiltakozik, az új tiltakozás továbbra is az összes tartalmát kizárja. Az ezt követően ' +
    'benyújtott tiltakozás késedelmesnek számít.',
  'withdraw.again.late':
    'Ha ismét tiltakozik, az új tiltakozás késedelmesnek számít, mert a határidő ({deadline}) már lejárt.',
  'withdraw.confirm': 'Igen, visszavonom',
  'withdraw.cancel': 'Nem, megtartom',
  'withdraw.done.title': 'Tiltakozását visszavonta',
  'withdraw.done.title.opt_in': 'Hozzájárulását visszavonta',
  'withdraw.done.text': 'Visszavonás: {when}. A visszaigazolást e-mailben küldjük el Önnek.',
  'data.title': 'Adataim a tanításban',
  'data.access': 'Minden Önről tárolt adat letöltése (JSON)',
  'data.none': 'Még nem készült tanítóadat-készlet.',
  'data.snapshot': 'Adatkészlet: {id}, állapot: {at} ({policy})',
  'data.in': 'Az Ön benne szereplő tételeinek száma: {n}',
  'data.out': 'nem szerepel benne: {n}',
  'data.models': 'Az ezzel tanított modellek: {models}',
  'data.caption': 'Az Ön tételei ebben az adatkészletben: {id}',
  'data.col.item': 'Tétel',
  'data.col.status': 'Szerepel benne?',
  'data.col.proof': 'Igazolás',
  'data.included': 'igen',
  'data.proof': 'Igazolás',
  'data.proof.about':
    'Az igazolásfájl az adatkészlet közzétett ujjlenyomata (Merkle-gyökere) alapján mutatja meg, hogy egy tétel ' +
    'szerepel-e az adatkészletben, vagy sem. A fájl tartalmazza az Ön kulcsát az adatkészlethez. Ebből a kulcsból és ' +
    'a tétel azonosítójából újra kiszámítható a tétel kulcsa, így bárki, akinek Ön odaadja a fájlt, ellenőrizheti ' +
    'azt anélkül, hogy bennünk kellene megbíznia.',
  'data.proof.of': 'Igazolás ehhez a tételhez: {id}',
  'data.reason.published': 'a vonatkozási időpontban még nem volt nyilvános',
  'data.reason.visibility': 'nem nyilvános',
  'data.reason.kind': 'a tanításhoz nem használt tartalomfajta',
  'data.reason.region': 'a tanításba bevont régiókon kívül',
  'data.reason.age': 'az életkor ismeretlen vagy a minimum alatti',
  'data.reason.notice': 'nem történt időben tájékoztatás',
  'data.reason.consent': 'nincs hozzájárulás',
  'data.reason.objection': 'az Ön tiltakozása',
  'data.reason.excluded': 'kizárva egy rajta szereplő személy kérésére',
  'request.link': 'Tartalmak, amelyeken Ön szerepel',
  'request.title': 'Olyan tartalmak kizárása a mesterséges intelligencia tanításából, amelyeken Ön szerepel',
  'request.lead':
    'Ha valaki más nyilvános bejegyzésén, hozzászólásában vagy fotóján Ön szerepel – az Ön neve, képmása vagy más ' +
    'Önre vonatkozó adat –, kérheti, hogy ezt a tartalmat zárjuk ki a mesterséges intelligencia tanításából. Ehhez ' +
    'nincs szüksége fiókra. Egy hónapon belül válaszolunk; ha több időre van szükségünk, megírjuk, miért, és ' +
    'legkésőbb további két hónapon belül válaszolunk.',
  'request.items': 'Mely tartalmakról van szó? Soronként egy webcím vagy tételazonosító',
  'request.items.hint': 'Másolja ki a címet a böngészőből, vagy a tétel azonosítóját az „Adataim” oldalról.',
  'request.description': 'Mit mutat a tartalom Önről, és miért kellene kizárni?',
  'request.contact': 'Az Ön e-mail-címe (nem kötelező)',
  'request.contact.hint':
    'Csak azért, hogy tájékoztassuk döntésünkről. Először küldünk egy linket, amellyel megerősítheti, hogy a cím az ' +
    'Öné.',
  'request.evidence': 'Bármi más, ami segít nekünk (nem kötelező)',
  'request.submit': 'Kérelem elküldése',
  'request.error.items':
    'Adjon meg legalább egy és legfeljebb 100 tételt: webhelyünk egy webcímét vagy egy tételazonosítót, soronként ' +
    'egyet.',
  'request.error.description': 'Kérjük, írja le, mit mutat a tartalom Önről (legfeljebb 5000 karakter).',
  'request.error.contact': 'Ez nem tűnik e-mail-címnek.',
  'request.error.evidence': 'Ez túl hosszú (legfeljebb 20 000 karakter).',
  'request.done.title': 'Megkaptuk kérelmét',
  'request.done.text': 'Kérelmének száma: {id}. Döntésünk határideje: {due}.',
  'request.done.contact': 'Linket küldtünk a megadott címre. Ha megnyitja és megerősíti, tájékoztatjuk döntésünkről.',
  'request.done.nocontact': 'Nem adott meg e-mail-címet, ezért nem tudjuk tájékoztatni döntésünkről.',
  'request.confirm.title': 'Erősítse meg e-mail-címét',
  'request.confirm.text': 'Erősítse meg, hogy erre a címre írhatunk Önnek a kérelmével ({id}) kapcsolatban.',
  'request.confirm.submit': 'Megerősítés',
  'request.confirmed.title': 'Címe megerősítve',
  'request.confirmed.text': 'Írunk Önnek, amikor döntöttünk a kérelméről ({id}).',
  'request.confirm.invalid': 'Ez a link érvénytelen. Kérjük, másolja ki teljes egészében a levélből.',
  'error.title': 'Valami nincs rendben',
  'error.csrf': 'Ez az űrlap lejárt. Lépjen vissza, töltse be újra az oldalt, és próbálja újra.',
  'error.rate': 'Túl sok próbálkozás. Kérjük, várjon egy percet, és próbálja újra.',
  'error.signin': 'Kérjük, előbb jelentkezzen be.',
  'error.notfound': 'Ez az oldal nem létezik.',
  'error.notyours': 'Visszavonni csak annak a fióknak a tulajdonosa tudja, amelyre benyújtották.',
  'error.withdrawn': 'Ezt már visszavonták.',
  'error.internal': 'Hiba történt a mi oldalunkon. Kérjük, próbálja újra később.',
  'mail.signin.subject': 'Az Ön bejelentkezési linkje',
  'mail.signin.body':
    'Tisztelt Felhasználó!\n\nValaki (remélhetőleg Ön) bejelentkezést kért. Ez a link egyszer használható, {minutes} ' +
    'percig érvényes:\n\n{link}\n\nHa nem Ön volt, hagyja figyelmen kívül ezt a levelet.',
  'mail.confirmation.subject': 'Tiltakozását rögzítettük',
  'mail.confirmation.subject.opt_in': 'Hozzájárulását rögzítettük',
  'mail.confirmation.body':
    'Tisztelt Felhasználó!\n\nTiltakozását ({id}) megkaptuk. Beérkezés: {when}.\n\nA következő fiókokra terjed ' +
    'ki:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nTiltakozásait itt tekintheti meg és vonhatja vissza: {url}.',
  'mail.confirmation.body.opt_in':
    'Tisztelt Felhasználó!\n\nHozzájárulását ({id}) megkaptuk. Beérkezés: {when}.\n\nA következő fiókokra terjed ' +
    'ki:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nHozzájárulásait itt tekintheti meg és vonhatja vissza: {url}.',
  'mail.withdrawal.subject': 'Tiltakozását visszavonta',
  'mail.withdrawal.subject.opt_in': 'Hozzájárulását visszavonta',
  'mail.withdrawal.body':
    'Tisztelt Felhasználó!\n\nTiltakozását ({id}) visszavonta. Visszavonás: {when}.\n\n{effect}\n\nBármikor újra ' +
    'tiltakozhat: {url}',
  'mail.withdrawal.body.opt_in':
    'Tisztelt Felhasználó!\n\nHozzájárulását ({id}) visszavonta. Visszavonás: {when}.\n\n{effect}\n\nHozzájárulását ' +
    'bármikor újra megadhatja: {url}',
  'mail.notice.subject': 'Nyilvános tartalmakat fogunk felhasználni mesterséges intelligencia tanítására',
  'mail.notice.subject.opt_in': 'Felhasználhatjuk nyilvános tartalmait mesterséges intelligencia tanítására?',
  'mail.notice.body':
    'Tisztelt Felhasználó!\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nItt tiltakozhat: {url}\n\nEz a ' +
    'levél a következő fiókokra vonatkozik: {accounts}',
  'mail.notice.body.opt_in':
    'Tisztelt Felhasználó!\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nHozzájárulását itt adhatja meg ' +
    'vagy ' +
    'vonhatja vissza: {url}\n\nEz a levél a következő fiókokra vonatkozik: {accounts}',
  'mail.footer.zone': 'A levélben szereplő időpontok a következő időzóna szerint értendők: {zone}.',
  'mail.case.confirm.subject': 'Kérjük, erősítse meg e-mail-címét',
  'mail.case.confirm.body':
    'Tisztelt Címzett!\n\nValaki (remélhetőleg Ön) azt kérte tőlünk, hogy zárjunk ki tartalmakat a mesterséges ' +
    'intelligencia tanításából, és ezt a címet adta meg a válaszhoz. Kérjük, itt erősítse meg:\n\n{link}\n\nHa nem ' +
    'Ön volt, hagyja figyelmen kívül ezt a levelet: többet nem írunk.',
  'mail.case.received.subject': 'Megkaptuk kérelmét ({id})',
  'mail.case.received.body':
    'Tisztelt Címzett!\n\nKérelmét ({id}) megkaptuk. Beérkezés: {when}. A kérelem a következő tartalmakra ' +
    'vonatkozik:\n{items}\n\nDöntésünk határideje: {due}.',
  'mail.case.extended.subject': 'Több időre van szükségünk kérelméhez ({id})',
  'mail.case.extended.body':
    'Tisztelt Címzett!\n\nTöbb időre van szükségünk, hogy döntsünk kérelméről ({id}), a következő okból: ' +
    '{reason}\n\nDöntésünk határideje: {due}.',
  'mail.case.accepted.subject': 'Kérelmét ({id}) elfogadtuk',
  'mail.case.accepted.body':
    'Tisztelt Címzett!\n\nKérelmét ({id}) elfogadtuk. A következő tartalmakat kizárjuk minden olyan ' +
    'MI-tanítóadat-készletből, amelyet mostantól készítünk:\n{items}\n\nAmi korábban már bekerült egy modellbe, azt ' +
    'nem lehet kivenni belőle.',
  'mail.case.rejected.subject': 'Kérelmét ({id}) elutasítottuk',
  'mail.case.rejected.body':
    'Tisztelt Címzett!\n\nKérelmét ({id}) nem fogadtuk el, a következő okból: {reason}\n\nPanaszt tehet egy ' +
    'adatvédelmi felügyeleti hatóságnál.',
  'console.name': 'Adatvédelmi konzol',
  'console.nav.label': 'Konzol',
  'console.nav.overview': 'Áttekintés',
  'console.nav.cases': 'Kérelmek',
  'console.nav.snapshots': 'Adatkészletek',
  'console.nav.models': 'Modellek',
  'console.nav.ledger': 'Napló',
  'console.member': 'Bejelentkezve: {name}, {role}.',
  'console.role.viewer': 'megtekintő',
  'console.role.reviewer': 'elbíráló',
  'console.signin.title': 'Bejelentkezés az adatvédelmi konzolba',
  'console.signin.lead':
    'A platform adatvédelmi csapata számára. Adja meg munkahelyi e-mail-címét: ha a cím szerepel a konzol tagjai ' +
    'között, küldünk rá egy linket, amellyel bejelentkezhet. A link egyszer használható, {minutes} percig érvényes.',
  'console.signin.sent':
    'Ha ez a cím szerepel a konzol tagjai között, a bejelentkezési link már úton van. Egyszer használható, {minutes} ' +
    'percig érvényes.',
  'console.signin.refused':
    'A fiók, amellyel bejelentkezett, nem tagja a konzolnak. Kérje meg az adatvédelmi tisztviselőt, hogy vegye fel a ' +
    'fiók címét.',
  'console.forbidden': 'Az Ön szerepköre ezt nem teszi lehetővé. A kérelmekről az elbírálók döntenek.',
  'console.overview.title': 'Áttekintés',
  'console.overview.policy':
    'Adatok a következő szabályzat szerint: {policy}. Késedelmesnek számít minden tiltakozás, amely {deadline} ' +
    'időpontban vagy azt követően érkezik be. A napok UTC szerinti naptári napok.',
  'console.overview.policy.nodeadline':
    'Adatok a következő szabályzat szerint: {policy}. Ennek nincs határideje, így egyetlen tiltakozás sem ' +
    'késedelmes. A napok UTC szerinti naptári napok.',
  'console.overview.cases': 'Eldöntetlen kérelmek: {open}, ebből határidőn túli: {overdue}',
  'console.overview.asof': 'Állapot: {when}; az adatokat a rendszer legfeljebb {minutes} percenként számítja újra.',
  'console.figures.title': 'Tiltakozások, visszavonások és hozzájárulások',
  'console.chart.title': 'Tiltakozások, késedelmes tiltakozások, visszavonások és hozzájárulások naponta',
  'console.chart.desc':
    'Adatsoronként egy vonal, {first} és {last} között. Az alábbi táblázat minden számot tartalmaz.',
  'console.chart.empty': 'Még semmit sem nyújtottak be.',
  'console.series.objections': 'Tiltakozások',
  'console.series.late': 'Késedelmes tiltakozások',
  'console.series.withdrawals': 'Visszavonások',
  'console.series.consents': 'Hozzájárulások',
  'console.table.day': 'Nap',
  'console.table.perday': 'Minden nap számokban',
  'console.totals.caption': 'Összesen',
  'console.bychannel.caption': 'Csatornánként',
  'console.bynetwork.caption':
    'Azon fiókok hálózata szerint, amelyekre a nyilatkozatot benyújtották (hálózatonként egyszer)',
  'console.type.objection': 'Tiltakozások',
  'console.type.consent': 'Hozzájárulások',
  'console.col.type': 'Típus',
  'console.col.filed': 'Benyújtva',
  'console.col.withdrawn': 'Visszavonva',
  'console.col.channel': 'Csatorna',
  'console.col.network': 'Hálózat',
  'console.col.policy': 'Szabályzat',
  'console.col.lang': 'Nyelv',
  'console.col.queued': 'Sorba állítva',
  'console.col.accepted': 'A levelezőszerver átvette',
  'console.col.failing': 'Sikertelen',
  'console.col.pending': 'Függőben',
  'console.col.accounts': 'Fiókok',
  'console.col.kind': 'Fajta',
  'console.col.unsent': 'El nem küldött',
  'console.col.oldest': 'Legrégebbi el nem küldött',
  'console.col.case': 'Kérelem',
  'console.col.status': 'Állapot',
  'console.col.due': 'Határidő',
  'console.col.received': 'Beérkezés',
  'console.col.items': 'Tételek',
  'console.col.reason': 'Ok',
  'console.col.count': 'Tételek',
  'console.col.in': 'Szerepel',
  'console.col.out': 'Nem szerepel',
  'console.col.model': 'Modell',
  'console.col.registered': 'Nyilvántartásba véve',
  'console.col.snapshots': 'Adatkészletek',
  'console.col.seq': 'Sorszám',
  'console.col.event': 'Esemény',
  'console.col.recorded': 'Rögzítve',
  'console.notices.title': 'A tájékoztatás elérése',
  'console.notices.never':
    'A minimális életkort elért {adults} fiók közül {never} nem kapott olyan tájékoztatást, amely érvényes erre a ' +
    'szabályzatra: {policy}.',
  'console.notices.mails.caption': 'Tájékoztató levelek szabályzatverziónként és nyelvenként',
  'console.notices.proofs.caption': 'Tájékoztatási igazolással rendelkező fiókok szabályzatverziónként és nyelvenként',
  'console.notices.mails.empty':
    'Még nincs sorba állított tájékoztató levél: a veto notice send parancs sorba állítja és elküldi őket.',
  'console.notices.proofs.empty': 'Még egyetlen fiókhoz sem jutott el tájékoztatás.',
  'console.notices.unversioned': 'verzió nélküli (minden szabályzatra érvényes)',
  'console.outbox.title': 'Kimenő levelek',
  'console.outbox.caption': 'A levelezőszerver által még át nem vett levelek, fajtánként',
  'console.outbox.empty': 'A levelezőszerver minden levelet átvett.',
  'console.cases.title': 'Kérelmek',
  'console.cases.lead':
    'Harmadik személyek kérelmei: elöl az eldöntetlenek, legfelül a határidőn túliak, majd határidő szerint.',
  'console.cases.empty': 'Még nem érkezett kérelem.',
  'console.status.open': 'nyitott',
  'console.status.extended': 'meghosszabbítva',
  'console.status.accepted': 'elfogadva',
  'console.status.rejected': 'elutasítva',
  'console.status.overdue': 'határidőn túl',
  'console.case.title': 'Kérelem: {id}',
  'console.case.received': 'Beérkezés: {when}, csatorna: {channel}; határidő: {due}.',
  'console.case.description': 'A kérelmező leírása',
  'console.case.evidence': 'Alátámasztó információk',
  'console.case.contact': 'Elérhetőség',
  'console.case.contact.none': 'Nincs megadva: a kérelmezőt nem lehet értesíteni.',
  'console.case.contact.unconfirmed': '(nincs megerősítve: még nem küldünk rá levelet)',
  'console.case.contact.confirmed': '(megerősítve)',
  'console.case.hidden':
    'A kérelem szövegei és a kérelmező elérhetősége személyes adatok: csak az elbírálók látják őket.',
  'console.case.erased':
    'A kérelem szövegeit és a kérelmező elérhetőségi címét, ha megadott ilyet, {when} időpontban törölték, miután a ' +
    'döntés óta eltelt a requests.keep_texts_days beállításban meghatározott idő.',
  'console.case.steps': 'Lépések',
  'console.case.step.extended': 'Meghosszabbította: {reviewer}, {when}; új határidő: {due}. Indoklás: {reason}',
  'console.case.step.accepted': 'Elfogadta: {reviewer}, {when}; tételek száma: {count}.',
  'console.case.step.rejected': 'Elutasította: {reviewer}, {when}. Indoklás: {reason}',
  'console.case.decided': 'Erről a kérelemről már döntöttek.',
  'console.case.viewer': 'A kérelmekről csak az elbírálók döntenek.',
  'console.case.decide': 'Döntés',
  'console.case.accept': 'Elfogadás',
  'console.case.accept.items': 'A tanításból kizárandó tételek',
  'console.case.accept.lead': 'A bejelölt tételek kimaradnak minden mostantól készülő adatkészletből.',
  'console.case.reject': 'Elutasítás',
  'console.case.reject.reason': 'Az elutasítás indoka (a kérelmező ezt olvassa)',
  'console.case.extend': 'Meghosszabbítás két hónappal',
  'console.case.extend.reason': 'Miért van szükség több időre (a kérelmező ezt olvassa)',
  'console.case.done.extended': 'A kérelem ({id}) határidejét meghosszabbították; az új határidő: {due}.',
  'console.case.done.accepted':
    'A kérelmet ({id}) elfogadták: tételei kimaradnak minden mostantól készülő adatkészletből.',
  'console.case.done.rejected': 'A kérelmet ({id}) elutasították.',
  'console.case.noitems': 'Jelöljön be legalább egy elfogadandó tételt, vagy utasítsa el a kérelmet.',
  'console.snapshots.title': 'Adatkészletek',
  'console.snapshots.empty': 'Még egyetlen adatkészletet sem zártak le.',
  'console.snapshot.summary':
    'A vizsgált {considered} tételből {included} szerepel benne, a következő szabályzat szerint: {policy}; a ' +
    'tartalom állapota: {at}; lezárva: {sealed}.',
  'console.snapshot.root': 'Merkle-gyökér',
  'console.snapshot.models': 'Az ezzel tanított modellek: {models}',
  'console.snapshot.nomodels': 'Nincs nyilvántartásba vett modell, amelyet ezzel tanítottak.',
  'console.snapshot.unreadable':
    'A mappája itt nem olvasható, ezért a számai nem jelennek meg; az „Ellenőrzés” megmutatja, mi a hiba.',
  'console.snapshot.out.caption': 'Nem szereplő tételek okonként',
  'console.snapshot.kind.caption': 'Tételek fajtánként',
  'console.snapshot.lang.caption': 'Tételek nyelvenként',
  'console.snapshot.verify': 'Ellenőrzés',
  'console.snapshot.verify.title': 'Adatkészlet ellenőrizve: {id}',
  'console.snapshot.verified.ok':
    'Az adatkészlet ({id}) a lezáráskori állapotában van: fájljai, manifesztje és Merkle-gyökere egyezik.',
  'console.snapshot.verified.bad':
    'Az adatkészlet ({id}) már nem a lezáráskori állapotában van. Problémák száma: {count}.',
  'console.models.title': 'Modellek',
  'console.models.empty': 'Még nincs nyilvántartásba vett modell.',
  'console.ledger.title': 'Napló',
  'console.ledger.size': 'A napló bejegyzéseinek száma: {size}.',
  'console.ledger.checkpoint': 'Utolsó aláírt ellenőrzőpontja {size} bejegyzésre terjed ki; aláírás ideje: {when}.',
  'console.ledger.nocheckpoint': 'Még nincs aláírt ellenőrzőpont: a veto ledger checkpoint parancs aláír egyet.',
  'console.ledger.root': 'Gyökér',
  'console.ledger.note': 'Aláírt feljegyzés',
  'console.ledger.recent': 'Legutóbbi bejegyzések',
  'console.records.title': 'Rekordok a felügyeleti hatóságok számára',
  'console.records.lead':
    'Minden tiltakozás, hozzájárulás, visszavonás, kézbesített tájékoztatás és a kérelmek minden lépése, ' +
    'naplóbejegyzésenként egy rekord, mindegyik ellenőrizhető a letöltéshez aláírt ellenőrzőponttal. Fiókazonosítók ' +
    'és az elbírálók nevei, címek és szövegek nélkül.',
  'console.records.format': 'Formátum',
  'console.records.download': 'A rekordok letöltése',
}
