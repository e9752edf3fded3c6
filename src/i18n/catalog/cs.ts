/** Every sentence a person reads, in Czech; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const cs: Messages = {
  'site.name': 'Trénování AI a váš obsah',
  'site.skip': 'Přejít k obsahu',
  'nav.label': 'Hlavní menu',
  'nav.notice': 'O trénování AI',
  'nav.object': 'Námitka',
  'nav.consent': 'Souhlas',
  'nav.status': 'Moje námitky',
  'nav.status.consent': 'Moje souhlasy',
  'nav.data': 'Moje údaje',
  'nav.signin': 'Přihlásit se',
  'nav.signout': 'Odhlásit se',
  'settings.title': 'Jazyk a časové pásmo',
  'settings.lang': 'Jazyk',
  'settings.zone': 'Časové pásmo',
  'settings.submit': 'Uložit',
  'settings.shown': 'Časy jsou uvedeny v časovém pásmu {zone}.',
  'notice.title': 'Veřejný obsah budeme používat k trénování AI',
  'notice.title.opt_in': 'Smíme váš veřejný obsah používat k trénování AI?',
  'notice.lead':
    'Od {start} používáme veřejný obsah uživatelů ve věku {age} let a starších k trénování našich modelů AI, a to na ' +
    'základě našeho oprávněného zájmu (čl. 6 odst. 1 písm. f) GDPR). Námitku můžete vznést kdykoli, bez udání důvodu.',
  'notice.lead.nodeadline':
    'Veřejný obsah uživatelů ve věku {age} let a starších používáme k trénování našich modelů AI, a to na základě ' +
    'našeho oprávněného zájmu (čl. 6 odst. 1 písm. f) GDPR). Námitku můžete vznést kdykoli, bez udání důvodu.',
  'notice.lead.opt_in':
    'Rádi bychom používali veřejný obsah uživatelů ve věku {age} let a starších k trénování našich modelů AI. ' +
    'Používáme jej pouze s vaším souhlasem (čl. 6 odst. 1 písm. a) GDPR). Souhlas můžete udělit zde a kdykoli jej ' +
    'odvolat, a to stejně snadno, jako se uděluje.',
  'notice.what': 'Co používáme',
  'notice.kinds': 'Tyto druhy veřejného obsahu: {kinds}.',
  'notice.never.snapshot':
    'Nikdy nepoužíváme obsah, který není veřejný, například soukromé zprávy, ani obsah osob mladších {age} let.',
  'notice.never.publication':
    'Nikdy nepoužíváme obsah, který není veřejný, například soukromé zprávy, ani obsah zveřejněný v době, kdy vám ' +
    'ještě nebylo {age} let.',
  'notice.deadline': 'Lhůta',
  'notice.deadline.text':
    'Námitka, kterou obdržíme před koncem lhůty ({deadline}), vyloučí z trénování veškerý váš obsah.',
  'notice.after.future_content_only':
    'Námitka doručená později vyloučí jen obsah, který zveřejníte po jejím podání. Co se už dostalo do modelu, nelze ' +
    'vzít zpět.',
  'notice.after.all_content':
    'Námitka doručená později vyloučí veškerý váš obsah ze všech souborů trénovacích dat vytvořených po jejím ' +
    'doručení. Co se už dostalo do modelu, nelze vzít zpět.',
  'notice.nodeadline':
    'Námitka vyloučí veškerý váš obsah ze všech souborů trénovacích dat vytvořených po jejím doručení. Co se už ' +
    'dostalo do modelu, nelze vzít zpět.',
  'notice.comingOfAge':
    'Pokud dosáhnete věku {age} let až po konci lhůty ({deadline}), vyloučí veškerý váš obsah také námitka podaná do ' +
    '{days} dnů od dosažení tohoto věku.',
  'notice.comingOfAge.own': '{age} let vám bylo teprve nedávno: námitka podaná do {until} vyloučí veškerý váš obsah.',
  'notice.consent.effect':
    'Bez vašeho souhlasu se nepoužije nic z vašeho obsahu. Se souhlasem může být váš veřejný obsah zahrnut do ' +
    'souborů ' +
    'trénovacích dat vytvořených v době, kdy je souhlas platný. Co se už dostalo do modelu, nelze vzít zpět.',
  'notice.cta': 'Vznést námitku',
  'notice.cta.opt_in': 'Udělit nebo odvolat souhlas',
  'scope.covers':
    'Námitka se vztahuje na všechny účty s vaší e-mailovou adresou a na všechny účty, které jsou s nimi propojené ve ' +
    'stejném centru účtů.',
  'scope.covers.opt_in':
    'Souhlas se vztahuje na všechny účty s vaší e-mailovou adresou a na všechny účty, které jsou s nimi propojené ve ' +
    'stejném centru účtů.',
  'scope.notcovered':
    'Nevztahuje se na účty s jinou e-mailovou adresou mimo tato centra účtů, a to ani tehdy, když jsou vaše: je pro ' +
    'ně třeba podat samostatnou námitku.',
  'scope.notcovered.opt_in':
    'Nevztahuje se na účty s jinou e-mailovou adresou mimo tato centra účtů, a to ani tehdy, když jsou vaše: je pro ' +
    'ně třeba udělit samostatný souhlas.',
  'kind.name': 'vaše jméno',
  'kind.username': 'uživatelská jména',
  'kind.profile_picture': 'profilové obrázky',
  'kind.avatar': 'avatary',
  'kind.post': 'veřejné příspěvky',
  'kind.comment': 'komentáře',
  'kind.group_post': 'aktivita ve veřejných skupinách',
  'kind.page_post': 'aktivita na stránkách',
  'kind.channel_post': 'aktivita v kanálech',
  'kind.marketplace_review': 'hodnocení na tržišti',
  'signin.title': 'Přihlášení',
  'signin.lead':
    'Zadejte e-mailovou adresu svého účtu. Pošleme vám odkaz, kterým se přihlásíte; funguje jednou, po dobu ' +
    '{minutes} ' +
    'min.',
  'signin.email': 'E-mailová adresa',
  'signin.submit': 'Poslat odkaz',
  'signin.oidc': 'Přihlásit se přes {label}',
  'signin.sent.title': 'Zkontrolujte svou e-mailovou schránku',
  'signin.sent.text':
    'Pokud tuto adresu používá některý účet, odkaz k přihlášení je na cestě. Funguje jednou, po dobu {minutes} min.',
  'signin.confirm.title': 'Přihlášení',
  'signin.confirm.text': 'Pokračujte k přihlášení na tomto zařízení.',
  'signin.confirm.submit': 'Přihlásit se',
  'signin.invalid': 'Platnost tohoto odkazu vypršela nebo už byl použit. Požádejte o nový.',
  'object.title': 'Námitka proti použití vašeho obsahu',
  'object.lead': 'Zde můžete vznést námitku proti použití vašeho veřejného obsahu k trénování AI.',
  'object.email': 'E-mailová adresa vašeho účtu',
  'object.reason': 'Důvod (nepovinné)',
  'object.reason.hint': 'Důvod uvádět nemusíte. Uchováme jej a nikdy jej nikomu dalšímu neukážeme.',
  'object.submit': 'Vznést námitku',
  'object.done.title': 'Vaše námitka je zaznamenána',
  'object.done.received': 'Přijato {when}. Potvrzení vám posíláme e-mailem.',
  'object.done.covers': 'Vztahuje se na tyto účty:',
  'object.done.timely': 'Námitka byla doručena před koncem lhůty: žádný obsah těchto účtů nebude použit.',
  'object.done.late.future_content_only':
    'Námitka byla doručena po konci lhůty: obsah, který zveřejníte od nynějška, nebude použit. Co se už dostalo do ' +
    'modelu, nelze vzít zpět.',
  'object.done.late.all_content':
    'Námitka byla doručena po konci lhůty: žádný obsah těchto účtů nebude použit v souborech trénovacích dat ' +
    'vytvořených od nynějška. Co se už dostalo do modelu, nelze vzít zpět.',
  'consent.title': 'Souhlas s použitím vašeho obsahu',
  'consent.lead':
    'Zde můžete udělit souhlas s použitím vašeho veřejného obsahu k trénování AI. Je to na vás; pokud souhlas ' +
    'neudělíte, nic se pro vás nezmění.',
  'consent.submit': 'Souhlasím',
  'consent.given': 'Váš souhlas je udělen. Odvolat jej můžete na stránce „Moje souhlasy“.',
  'consent.done.title': 'Váš souhlas je zaznamenán',
  'consent.done.received': 'Přijato {when}. Potvrzení vám posíláme e-mailem.',
  'consent.done.covers': 'Vztahuje se na tyto účty:',
  'consent.done.effect':
    'Váš veřejný obsah může být zahrnut do souborů trénovacích dat vytvořených od nynějška. Souhlas můžete kdykoli ' +
    'odvolat, a to stejně snadno, jako se uděluje.',
  'status.title': 'Moje námitky',
  'status.title.opt_in': 'Moje souhlasy',
  'status.none': 'Zatím nemáte podanou žádnou námitku.',
  'status.none.opt_in': 'Zatím nemáte udělený žádný souhlas.',
  'status.section': 'Námitka ze dne {date}',
  'status.section.opt_in': 'Souhlas ze dne {date}',
  'status.received': 'Přijato {when}',
  'status.withdrawn': 'Odvoláno {when}',
  'status.covers': 'Vztahuje se na: {accounts}',
  'status.withdraw': 'Odvolat tuto námitku',
  'status.withdraw.opt_in': 'Odvolat tento souhlas',
  'status.accounts': 'Vaše účty',
  'status.signoutEverywhere': 'Odhlásit se na všech zařízeních',
  'status.notYours':
    'Podáno za: {accounts} (účet ve vašem centru účtů s jinou e-mailovou adresou). Vztahuje se i na vaše účty; ' +
    'odvolat to může pouze držitel účtu, za který bylo podáno.',
  'withdraw.title': 'Odvolat námitku?',
  'withdraw.title.opt_in': 'Odvolat souhlas?',
  'withdraw.effect':
    'Váš veřejný obsah může být zahrnut do souborů trénovacích dat vytvořených od nynějška. Dříve vytvořené soubory ' +
    'zůstanou tak, jak jsou.',
  'withdraw.effect.opt_in':
    'Nic z vašeho obsahu nebude použito v souborech trénovacích dat vytvořených od nynějška. Dříve vytvořené soubory ' +
    'zůstanou tak, jak jsou: co se už dostalo do modelu, nelze vzít zpět.',
  'withdraw.again.timely':
    'Pokud námitku vznesete znovu před koncem lhůty ({deadline}), nová námitka stále vyloučí veškerý váš obsah. ' +
    'Později podaná námitka se bude považovat za opožděnou.',
  'withdraw.again.late':
    'Pokud námitku vznesete znovu, bude se nová námitka považovat za opožděnou, protože lhůta ({deadline}) už ' +
    'uplynula.',
  'withdraw.confirm': 'Ano, odvolat',
  'withdraw.cancel': 'Ne, ponechat',
  'withdraw.done.title': 'Vaše námitka je odvolána',
  'withdraw.done.title.opt_in': 'Váš souhlas je odvolán',
  'withdraw.done.text': 'Odvoláno {when}. Potvrzení vám posíláme e-mailem.',
  'data.title': 'Moje údaje v trénování',
  'data.access': 'Stáhnout vše, co o vás evidujeme (JSON)',
  'data.none': 'Zatím nebyl vytvořen žádný soubor trénovacích dat.',
  'data.snapshot': 'Soubor {id} se stavem z {at} ({policy})',
  'data.in': 'Počet vašich položek v něm: {n}',
  'data.out': 'mimo něj: {n}',
  'data.models': 'Modely natrénované na tomto souboru: {models}',
  'data.caption': 'Vaše položky v souboru {id}',
  'data.col.item': 'Položka',
  'data.col.status': 'V souboru?',
  'data.col.proof': 'Doklad',
  'data.included': 'ano',
  'data.proof': 'Doklad',
  'data.proof.about':
    'Doklad ukazuje na základě zveřejněného otisku souboru (kořene jeho Merkleova stromu), že položka v souboru je, ' +
    'nebo že v něm není. Obsahuje váš klíč k souboru. Z tohoto klíče a z identifikátoru položky se znovu vypočítá ' +
    'klíč položky, takže si doklad může ověřit kdokoli, komu ho předáte, aniž by nám musel důvěřovat.',
  'data.proof.of': 'Doklad k položce {id}',
  'data.reason.published': 'v rozhodném okamžiku ještě nebyla veřejná',
  'data.reason.visibility': 'není veřejná',
  'data.reason.kind': 'druh obsahu, který se k trénování nepoužívá',
  'data.reason.region': 'mimo regiony, kterých se trénování týká',
  'data.reason.age': 'věk není znám nebo je nižší než minimální',
  'data.reason.notice': 'chybělo včasné oznámení',
  'data.reason.consent': 'chybí souhlas',
  'data.reason.objection': 'vaše námitka',
  'data.reason.excluded': 'vyloučena na žádost osoby, kterou zobrazuje',
  'request.link': 'Obsah, který vás zobrazuje',
  'request.title': 'Vyloučení obsahu, který vás zobrazuje, z trénování AI',
  'request.lead':
    'Pokud vás veřejný příspěvek, komentář nebo fotografie někoho jiného zobrazuje – vaše jméno, vaši podobu nebo ' +
    'jiné údaje o vás –, můžete nás požádat, abychom tento obsah vyloučili z trénování AI. Účet k tomu ' +
    'nepotřebujete. Odpovíme do jednoho měsíce; pokud budeme potřebovat déle, sdělíme vám proč a odpovíme nejpozději ' +
    'do dalších dvou měsíců.',
  'request.items': 'Který obsah? Na každý řádek jednu webovou adresu nebo identifikátor položky',
  'request.items.hint': 'Adresu zkopírujte z prohlížeče, identifikátor položky ze stránky „Moje údaje“.',
  'request.description': 'Co o vás obsah ukazuje a proč by měl být vyloučen?',
  'request.contact': 'Vaše e-mailová adresa (nepovinné)',
  'request.contact.hint':
    'Jen abychom vám sdělili, jak jsme rozhodli. Nejprve vám pošleme odkaz, kterým potvrdíte, že adresa je vaše.',
  'request.evidence': 'Cokoli dalšího, co nám pomůže (nepovinné)',
  'request.submit': 'Odeslat žádost',
  'request.error.items':
    'Uveďte alespoň jednu a nejvýše 100 položek: webovou adresu z našeho webu nebo identifikátor položky, na každý ' +
    'řádek jednu.',
  'request.error.description': 'Uveďte prosím, co o vás obsah ukazuje (nejvýše 5 000 znaků).',
  'request.error.contact': 'Toto nevypadá jako e-mailová adresa.',
  'request.error.evidence': 'Text je příliš dlouhý (nejvýše 20 000 znaků).',
  'request.done.title': 'Vaši žádost jsme obdrželi',
  'request.done.text': 'Vaše žádost má číslo {id}. Rozhodneme do {due}.',
  'request.done.contact':
    'Na zadanou adresu jsme poslali odkaz. Jakmile ho otevřete a potvrdíte, sdělíme vám, jak jsme rozhodli.',
  'request.done.nocontact': 'Nezadali jste e-mailovou adresu, takže vám nemůžeme sdělit, jak jsme rozhodli.',
  'request.confirm.title': 'Potvrďte svou e-mailovou adresu',
  'request.confirm.text': 'Potvrďte, že vám smíme psát na tuto adresu ohledně vaší žádosti {id}.',
  'request.confirm.submit': 'Potvrdit',
  'request.confirmed.title': 'Vaše adresa je potvrzena',
  'request.confirmed.text': 'Až o vaší žádosti {id} rozhodneme, napíšeme vám.',
  'request.confirm.invalid': 'Tento odkaz není platný. Zkopírujte ho prosím z e-mailu celý.',
  'error.title': 'Něco není v pořádku',
  'error.csrf': 'Platnost tohoto formuláře vypršela. Vraťte se zpět, načtěte stránku znovu a zkuste to ještě jednou.',
  'error.rate': 'Příliš mnoho pokusů. Počkejte prosím minutu a zkuste to znovu.',
  'error.signin': 'Nejprve se prosím přihlaste.',
  'error.notfound': 'Tato stránka neexistuje.',
  'error.notyours': 'Odvolat to může pouze držitel účtu, za který bylo podáno.',
  'error.withdrawn': 'Už to bylo odvoláno.',
  'error.internal': 'Na naší straně se něco pokazilo. Zkuste to prosím později.',
  'mail.signin.subject': 'Váš odkaz k přihlášení',
  'mail.signin.body':
    'Dobrý den,\n\nněkdo (doufejme, že vy) požádal o přihlášení. Tento odkaz funguje jednou, po dobu {minutes} ' +
    'min:\n\n{link}\n\nPokud to nebyla vaše žádost, tento e-mail ignorujte.',
  'mail.confirmation.subject': 'Vaše námitka je zaznamenána',
  'mail.confirmation.subject.opt_in': 'Váš souhlas je zaznamenán',
  'mail.confirmation.body':
    'Dobrý den,\n\nvaši námitku ({id}) jsme obdrželi {when}.\n\nVztahuje se na tyto ' +
    'účty:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvé námitky můžete zobrazit a odvolat na adrese {url}.',
  'mail.confirmation.body.opt_in':
    'Dobrý den,\n\nváš souhlas ({id}) jsme obdrželi {when}.\n\nVztahuje se na tyto ' +
    'účty:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nSvé souhlasy můžete zobrazit a odvolat na adrese {url}.',
  'mail.withdrawal.subject': 'Vaše námitka je odvolána',
  'mail.withdrawal.subject.opt_in': 'Váš souhlas je odvolán',
  'mail.withdrawal.body':
    'Dobrý den,\n\nvaše námitka {id} byla odvolána {when}.\n\n{effect}\n\nNámitku můžete kdykoli vznést znovu: {url}',
  'mail.withdrawal.body.opt_in':
    'Dobrý den,\n\nváš souhlas {id} byl odvolán {when}.\n\n{effect}\n\nSouhlas můžete kdykoli udělit znovu: {url}',
  'mail.notice.subject': 'Veřejný obsah budeme používat k trénování AI',
  'mail.notice.subject.opt_in': 'Smíme váš veřejný obsah používat k trénování AI?',
  'mail.notice.body':
    'Dobrý den,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nNámitku můžete vznést zde: {url}\n\nTento ' +
    'e-mail se týká těchto účtů: {accounts}',
  'mail.notice.body.opt_in':
    'Dobrý den,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nSouhlas můžete udělit nebo odvolat zde: ' +
    '{url}\n\nTento e-mail se týká těchto účtů: {accounts}',
  'mail.footer.zone': 'Časy v tomto e-mailu jsou uvedeny v časovém pásmu {zone}.',
  'mail.case.confirm.subject': 'Potvrďte prosím svou e-mailovou adresu',
  'mail.case.confirm.body':
    'Dobrý den,\n\nněkdo (doufejme, že vy) nás požádal o vyloučení obsahu z trénování AI a uvedl tuto adresu pro ' +
    'odpověď. Potvrďte ji prosím zde:\n\n{link}\n\nPokud jste to nebyli vy, tento e-mail ignorujte: už vám ' +
    'nenapíšeme.',
  'mail.case.received.subject': 'Vaši žádost {id} jsme obdrželi',
  'mail.case.received.body':
    'Dobrý den,\n\nvaši žádost {id} jsme obdrželi {when}. Týká se tohoto obsahu:\n{items}\n\nRozhodneme do {due}.',
  'mail.case.extended.subject': 'K vaší žádosti {id} potřebujeme více času',
  'mail.case.extended.body':
    'Dobrý den,\n\nk rozhodnutí o vaší žádosti {id} potřebujeme více času, protože: {reason}\n\nRozhodneme do {due}.',
  'mail.case.accepted.subject': 'Vaší žádosti {id} jsme vyhověli',
  'mail.case.accepted.body':
    'Dobrý den,\n\nvaší žádosti {id} jsme vyhověli. Tento obsah vyloučíme ze všech souborů trénovacích dat pro AI, ' +
    'které vytvoříme od nynějška:\n{items}\n\nCo se už dostalo do modelu, nelze z něj vyjmout.',
  'mail.case.rejected.subject': 'Vaší žádosti {id} jsme nevyhověli',
  'mail.case.rejected.body':
    'Dobrý den,\n\nvaší žádosti {id} jsme nevyhověli, protože: {reason}\n\nMůžete podat stížnost u dozorového úřadu ' +
    'pro ochranu osobních údajů.',
  'console.name': 'Konzole ochrany osobních údajů',
  'console.nav.label': 'Konzole',
  'console.nav.overview': 'Přehled',
  'console.nav.cases': 'Případy',
  'console.nav.snapshots': 'Soubory dat',
  'console.nav.models': 'Modely',
  'console.nav.ledger': 'Deník',
  'console.member': 'Přihlášený uživatel: {name}, {role}.',
  'console.role.viewer': 'pozorovatel',
  'console.role.reviewer': 'posuzovatel',
  'console.signin.title': 'Přihlášení do konzole ochrany osobních údajů',
  'console.signin.lead':
    'Pro tým platformy pro ochranu osobních údajů. Zadejte svou pracovní e-mailovou adresu: pokud je vedena mezi ' +
    'členy konzole, pošleme na ni odkaz, kterým se přihlásíte. Odkaz funguje jednou, po dobu {minutes} min.',
  'console.signin.sent':
    'Pokud je tato adresa vedena mezi členy konzole, odkaz k přihlášení je na cestě. Funguje jednou, po dobu ' +
    '{minutes} min.',
  'console.signin.refused':
    'Účet, kterým jste se přihlásili, není veden mezi členy konzole. Požádejte pověřence pro ochranu osobních údajů, ' +
    'aby jeho adresu přidal.',
  'console.forbidden': 'Vaše role to neumožňuje. O případech rozhodují posuzovatelé.',
  'console.overview.title': 'Přehled',
  'console.overview.policy':
    'Statistiky podle zásad {policy}. Námitka přijatá od {deadline} se považuje za opožděnou. Dny se počítají v UTC.',
  'console.overview.policy.nodeadline':
    'Statistiky podle zásad {policy}, které nemají lhůtu: žádná námitka není opožděná. Dny se počítají v UTC.',
  'console.overview.cases': 'Případy: nerozhodnuté {open}, z toho po lhůtě {overdue}',
  'console.overview.asof': 'Vypočteno {when}; statistiky se přepočítávají nejvýše jednou za {minutes} min.',
  'console.figures.title': 'Námitky, odvolání a souhlasy',
  'console.chart.title': 'Námitky, opožděné námitky, odvolání a souhlasy po dnech',
  'console.chart.desc': 'Jedna čára pro každou řadu, od {first} do {last}. Všechna čísla uvádí tabulka níže.',
  'console.chart.empty': 'Zatím nebylo nic podáno.',
  'console.series.objections': 'Námitky',
  'console.series.late': 'Opožděné námitky',
  'console.series.withdrawals': 'Odvolání',
  'console.series.consents': 'Souhlasy',
  'console.table.day': 'Den',
  'console.table.perday': 'Všechny dny v číslech',
  'console.totals.caption': 'Celkem',
  'console.bychannel.caption': 'Podle kanálu',
  'console.bynetwork.caption': 'Podle sítě účtů, za které bylo podáno (jednou za každou síť)',
  'console.type.objection': 'Námitky',
  'console.type.consent': 'Souhlasy',
  'console.col.type': 'Typ',
  'console.col.filed': 'Podáno',
  'console.col.withdrawn': 'Odvoláno',
  'console.col.channel': 'Kanál',
  'console.col.network': 'Síť',
  'console.col.policy': 'Zásady',
  'console.col.lang': 'Jazyk',
  'console.col.queued': 'Zařazeno do fronty',
  'console.col.accepted': 'Přijato poštovním serverem',
  'console.col.failing': 'Selhává',
  'console.col.pending': 'Čeká',
  'console.col.accounts': 'Účty',
  'console.col.kind': 'Druh',
  'console.col.unsent': 'Neodesláno',
  'console.col.oldest': 'Nejstarší neodeslaný',
  'console.col.case': 'Případ',
  'console.col.status': 'Stav',
  'console.col.due': 'Lhůta',
  'console.col.received': 'Přijato',
  'console.col.items': 'Položky',
  'console.col.reason': 'Důvod',
  'console.col.count': 'Položky',
  'console.col.in': 'Zahrnuto',
  'console.col.out': 'Vyloučeno',
  'console.col.model': 'Model',
  'console.col.registered': 'Registrováno',
  'console.col.snapshots': 'Soubory dat',
  'console.col.seq': 'Pořadí',
  'console.col.event': 'Událost',
  'console.col.recorded': 'Zaznamenáno',
  'console.notices.title': 'Dosah oznámení',
  'console.notices.never':
    'Účty uživatelů, kteří dosáhli minimálního věku, bez oznámení platného pro {policy}: {never} z {adults}.',
  'console.notices.mails.caption': 'E-maily s oznámením podle verze zásad a jazyka',
  'console.notices.proofs.caption': 'Účty s dokladem o oznámení podle verze zásad a jazyka',
  'console.notices.mails.empty':
    'Zatím nebyl do fronty zařazen žádný e-mail s oznámením: příkaz veto notice send je zařadí do fronty a odešle.',
  'console.notices.proofs.empty': 'Oznámení zatím nedorazilo k žádnému účtu.',
  'console.notices.unversioned': 'bez verze (platí pro všechny zásady)',
  'console.outbox.title': 'Odchozí pošta',
  'console.outbox.caption': 'E-maily, které poštovní server dosud nepřijal, podle druhu',
  'console.outbox.empty': 'Poštovní server přijal všechny e-maily.',
  'console.cases.title': 'Případy',
  'console.cases.lead': 'Žádosti třetích osob: nejprve nerozhodnuté, úplně nahoře ty po lhůtě, dále podle lhůty.',
  'console.cases.empty': 'Zatím nepřišla žádná žádost.',
  'console.status.open': 'otevřeno',
  'console.status.extended': 'prodlouženo',
  'console.status.accepted': 'vyhověno',
  'console.status.rejected': 'zamítnuto',
  'console.status.overdue': 'po lhůtě',
  'console.case.title': 'Případ {id}',
  'console.case.received': 'Přijato {when} přes kanál {channel}; lhůta: {due}.',
  'console.case.description': 'Co uvádí žadatel',
  'console.case.evidence': 'Podklady',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Neuveden: žadateli nelze nic sdělit.',
  'console.case.contact.unconfirmed': '(nepotvrzeno: zatím se na něj nic neposílá)',
  'console.case.contact.confirmed': '(potvrzeno)',
  'console.case.hidden': 'Texty žádosti a kontakt na žadatele jsou osobní údaje: vidí je jen posuzovatelé.',
  'console.case.erased':
    'Texty žádosti a kontaktní adresa žadatele, pokud ji uvedl, byly vymazány {when}, poté co od rozhodnutí ' +
    'uplynula doba nastavená v requests.keep_texts_days.',
  'console.case.steps': 'Kroky',
  'console.case.step.extended': 'Lhůta prodloužena – {reviewer}, {when}; nová lhůta: {due}. Důvod: {reason}',
  'console.case.step.accepted': 'Vyhověno – {reviewer}, {when}; počet položek: {count}.',
  'console.case.step.rejected': 'Zamítnuto – {reviewer}, {when}. Důvod: {reason}',
  'console.case.decided': 'O tomto případu je rozhodnuto.',
  'console.case.viewer': 'O případech rozhodují jen posuzovatelé.',
  'console.case.decide': 'Rozhodnutí',
  'console.case.accept': 'Vyhovět',
  'console.case.accept.items': 'Položky, které se vyloučí z trénování',
  'console.case.accept.lead': 'Zaškrtnuté položky budou vyloučeny ze všech souborů dat vytvořených od nynějška.',
  'console.case.reject': 'Zamítnout',
  'console.case.reject.reason': 'Proč se žádost zamítá (žadatel si to přečte)',
  'console.case.extend': 'Prodloužit lhůtu o dva měsíce',
  'console.case.extend.reason': 'Proč je potřeba více času (žadatel si to přečte)',
  'console.case.done.extended': 'Lhůta v případu {id} je prodloužena; nově končí {due}.',
  'console.case.done.accepted':
    'Žádosti v případu {id} je vyhověno: její položky budou vyloučeny ze všech souborů dat vytvořených od nynějška.',
  'console.case.done.rejected': 'Žádost v případu {id} je zamítnuta.',
  'console.case.noitems': 'Chcete-li žádosti vyhovět, zaškrtněte alespoň jednu položku; jinak ji zamítněte.',
  'console.snapshots.title': 'Soubory dat',
  'console.snapshots.empty': 'Zatím nebyl zapečetěn žádný soubor dat.',
  'console.snapshot.summary':
    'Zahrnuto položek: {included} z {considered}, podle zásad {policy}; obsah ke stavu {at}; zapečetěno {sealed}.',
  'console.snapshot.root': 'Kořen Merkleova stromu',
  'console.snapshot.models': 'Modely natrénované na tomto souboru: {models}',
  'console.snapshot.nomodels': 'Žádný model není registrován jako natrénovaný na tomto souboru.',
  'console.snapshot.unreadable':
    'Jeho složku zde nelze přečíst, proto se počty nezobrazují; co je špatně, ukáže „Ověřit“.',
  'console.snapshot.out.caption': 'Vyloučené položky podle důvodu',
  'console.snapshot.kind.caption': 'Položky podle druhu',
  'console.snapshot.lang.caption': 'Položky podle jazyka',
  'console.snapshot.verify': 'Ověřit',
  'console.snapshot.verify.title': 'Soubor dat {id} ověřen',
  'console.snapshot.verified.ok':
    'Soubor dat {id} je ve stavu, v jakém byl zapečetěn: jeho soubory, manifest i kořen Merkleova stromu se shodují.',
  'console.snapshot.verified.bad': 'Soubor dat {id} není ve stavu, v jakém byl zapečetěn. Počet problémů: {count}.',
  'console.models.title': 'Modely',
  'console.models.empty': 'Zatím nebyl registrován žádný model.',
  'console.ledger.title': 'Deník',
  'console.ledger.size': 'Počet záznamů v deníku: {size}.',
  'console.ledger.checkpoint':
    'Počet záznamů pokrytých posledním podepsaným kontrolním bodem: {size}; bod byl podepsán {when}.',
  'console.ledger.nocheckpoint': 'Zatím nebyl podepsán žádný kontrolní bod: podepíše ho příkaz veto ledger checkpoint.',
  'console.ledger.root': 'Kořen',
  'console.ledger.note': 'Podepsaná poznámka',
  'console.ledger.recent': 'Nejnovější záznamy',
  'console.records.title': 'Podklady pro dozorové úřady',
  'console.records.lead':
    'Každá námitka, každý souhlas, každé odvolání, každé doručené oznámení a každý krok případu, jeden podklad na ' +
    'každý záznam v deníku, každý ověřitelný vůči kontrolnímu bodu podepsanému pro toto stažení. Identifikátory účtů ' +
    'a jména posuzovatelů, žádné adresy ani texty.',
  'console.records.format': 'Formát',
  'console.records.download': 'Stáhnout podklady',
}
