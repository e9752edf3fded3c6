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
}
