/** Every sentence a person reads, in Estonian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const et: Messages = {
  'site.name': 'Tehisintellekti treenimine ja Teie sisu',
  'site.skip': 'Liigu sisu juurde',
  'nav.label': 'Peamenüü',
  'nav.notice': 'Treenimisest',
  'nav.object': 'Vastuväide',
  'nav.consent': 'Nõusolek',
  'nav.status': 'Minu vastuväited',
  'nav.status.consent': 'Minu nõusolekud',
  'nav.data': 'Minu andmed',
  'nav.signin': 'Logi sisse',
  'nav.signout': 'Logi välja',
  'settings.title': 'Keel ja ajavöönd',
  'settings.lang': 'Keel',
  'settings.zone': 'Ajavöönd',
  'settings.submit': 'Salvesta',
  'settings.shown': 'Kellaajad on näidatud ajavööndis {zone}.',
  'notice.title': 'Kasutame avalikku sisu tehisintellekti treenimiseks',
  'notice.title.opt_in': 'Kas tohime kasutada Teie avalikku sisu tehisintellekti treenimiseks?',
  'notice.lead':
    'Kasutame vähemalt {age}-aastaste kasutajate avalikku sisu oma tehisintellekti mudelite treenimiseks, tuginedes ' +
    'oma õigustatud huvile vastavalt isikuandmete kaitse üldmääruse (IKÜM) artikli 6 lõike 1 punktile f. Kasutamise ' +
    'algus: {start}. Võite igal ajal esitada vastuväite, ilma põhjust nimetamata.',
  'notice.lead.nodeadline':
    'Kasutame vähemalt {age}-aastaste kasutajate avalikku sisu oma tehisintellekti mudelite treenimiseks, tuginedes ' +
    'oma õigustatud huvile vastavalt isikuandmete kaitse üldmääruse (IKÜM) artikli 6 lõike 1 punktile f. Võite igal ' +
    'ajal esitada vastuväite, ilma põhjust nimetamata.',
  'notice.lead.opt_in':
    'Soovime kasutada vähemalt {age}-aastaste kasutajate avalikku sisu oma tehisintellekti mudelite treenimiseks. ' +
    'Kasutame seda ainult Teie nõusolekul vastavalt isikuandmete kaitse üldmääruse (IKÜM) artikli 6 lõike 1 punktile ' +
    'a. Siin saate anda oma nõusoleku ja selle igal ajal tagasi võtta sama lihtsalt, kui selle andsite.',
  'notice.what': 'Mida kasutame',
  'notice.kinds': 'Järgmist liiki avalik sisu: {kinds}.',
  'notice.never.snapshot':
    'Me ei kasuta kunagi sisu, mis ei ole avalik, näiteks privaatsõnumeid, ega kunagi alla {age}-aastaste isikute ' +
    'sisu.',
  'notice.never.publication':
    'Me ei kasuta kunagi sisu, mis ei ole avalik, näiteks privaatsõnumeid, ega kunagi sisu, mille avaldasite enne ' +
    '{age}-aastaseks saamist.',
  'notice.deadline': 'Tähtaeg',
  'notice.deadline.text':
    'Vastuväited, mis jõuavad meieni enne tähtaega ({deadline}), jätavad kogu Teie sisu treenimisest välja.',
  'notice.after.future_content_only':
    'Hiljem saabunud vastuväited jätavad välja ainult selle, mille avalikustate pärast vastuväite esitamist. Seda, ' +
    'mis on juba mudelisse jõudnud, ei saa sealt tagasi võtta.',
  'notice.after.all_content':
    'Hiljem saabunud vastuväited jätavad kogu Teie sisu välja igast treeningandmestikust, mis luuakse pärast nende ' +
    'saabumist. Seda, mis on juba mudelisse jõudnud, ei saa sealt tagasi võtta.',
  'notice.nodeadline':
    'Vastuväide jätab kogu Teie sisu välja igast treeningandmestikust, mis luuakse pärast selle saabumist. Seda, mis ' +
    'on juba mudelisse jõudnud, ei saa sealt tagasi võtta.',
  'notice.comingOfAge':
    'Kui saate {age}-aastaseks pärast tähtaega ({deadline}), jätab kogu Teie sisu välja ka vastuväide, mille esitate ' +
    '{days} päeva jooksul pärast selle vanuse saabumist.',
  'notice.comingOfAge.own':
    'Saite {age}-aastaseks alles hiljuti: vastuväide, mille esitate enne Teile kehtivat tähtaega ({until}), jätab ' +
    'kogu Teie sisu välja.',
  'notice.consent.effect':
    'Ilma Teie nõusolekuta ei kasutata Teie sisu üldse. Nõusoleku korral võidakse Teie avalikku sisu kasutada ' +
    'treeningandmestikes, mis luuakse ajal, mil nõusolek kehtib. Seda, mis on juba mudelisse jõudnud, ei saa sealt ' +
    'tagasi võtta.',
  'notice.cta': 'Esitage vastuväide kohe',
  'notice.cta.opt_in': 'Andke või võtke tagasi oma nõusolek',
  'scope.covers':
    'Vastuväide hõlmab kõiki Teie e-posti aadressiga kontosid ja kõiki kontosid, mis on nendega samas kontokeskuses ' +
    'seotud.',
  'scope.covers.opt_in':
    'Nõusolek hõlmab kõiki Teie e-posti aadressiga kontosid ja kõiki kontosid, mis on nendega samas kontokeskuses ' +
    'seotud.',
  'scope.notcovered':
    'Muu e-posti aadressiga kontod väljaspool neid kontokeskusi ei ole hõlmatud, isegi kui need on Teie omad: nende ' +
    'jaoks on vaja eraldi vastuväidet.',
  'scope.notcovered.opt_in':
    'Muu e-posti aadressiga kontod väljaspool neid kontokeskusi ei ole hõlmatud, isegi kui need on Teie omad: nende ' +
    'jaoks on vaja eraldi nõusolekut.',
  'kind.name': 'Teie nimi',
  'kind.username': 'kasutajanimed',
  'kind.profile_picture': 'profiilipildid',
  'kind.avatar': 'avatarid',
  'kind.post': 'avalikud postitused',
  'kind.comment': 'kommentaarid',
  'kind.group_post': 'tegevus avalikes gruppides',
  'kind.page_post': 'tegevus lehtedel',
  'kind.channel_post': 'tegevus kanalites',
  'kind.marketplace_review': 'turuplatsi arvustused',
  'signin.title': 'Sisselogimine',
  'signin.lead':
    'Sisestage oma konto e-posti aadress. Saadame Teile lingi, millega saate sisse logida; see töötab ühe korra ja ' +
    '{minutes} minuti jooksul.',
  'signin.email': 'E-posti aadress',
  'signin.submit': 'Saatke mulle link',
  'signin.oidc': 'Logi sisse teenusega {label}',
  'signin.sent.title': 'Vaadake oma postkasti',
  'signin.sent.text':
    'Kui seda aadressi kasutab mõni konto, on sisselogimislink teel. See töötab ühe korra ja {minutes} minuti jooksul.',
  'signin.confirm.title': 'Sisselogimine',
  'signin.confirm.text': 'Jätkake, et selles seadmes sisse logida.',
  'signin.confirm.submit': 'Logi sisse',
  'signin.invalid': 'See link on aegunud või juba kasutatud. Küsige uus.',
  'object.title': 'Vastuväide Teie sisu kasutamisele',
  'object.lead': 'Siin saate esitada vastuväite oma avaliku sisu kasutamisele tehisintellekti treenimiseks.',
  'object.email': 'Teie konto e-posti aadress',
  'object.reason': 'Põhjus (valikuline)',
  'object.reason.hint': 'Te ei pea põhjust nimetama. Säilitame selle ega näita seda kunagi kellelegi teisele.',
  'object.submit': 'Esitan vastuväite',
  'object.done.title': 'Teie vastuväide on registreeritud',
  'object.done.received': 'Saabunud: {when}. Kinnitus on teel Teie postkasti.',
  'object.done.covers': 'See hõlmab järgmisi kontosid:',
  'object.done.timely': 'See saabus enne tähtaega: nende kontode sisu ei kasutata üldse.',
  'object.done.late.future_content_only':
    'See saabus pärast tähtaega: sisu, mille avalikustate edaspidi, ei kasutata. Seda, mis on juba mudelisse ' +
    'jõudnud, ' +
    'ei saa sealt tagasi võtta.',
  'object.done.late.all_content':
    'See saabus pärast tähtaega: nende kontode sisu ei kasutata üldse treeningandmestikes, mis luuakse edaspidi. ' +
    'Seda, mis on juba mudelisse jõudnud, ei saa sealt tagasi võtta.',
  'consent.title': 'Nõusolek Teie sisu kasutamiseks',
  'consent.lead':
    'Siin saate anda nõusoleku oma avaliku sisu kasutamiseks tehisintellekti treenimisel. Otsus on Teie; kui Te ' +
    'nõusolekut ei anna, ei muutu Teie jaoks midagi.',
  'consent.submit': 'Annan nõusoleku',
  'consent.given': 'Olete andnud oma nõusoleku. Saate selle tagasi võtta lehel „Minu nõusolekud“.',
  'consent.done.title': 'Teie nõusolek on registreeritud',
  'consent.done.received': 'Saabunud: {when}. Kinnitus on teel Teie postkasti.',
  'consent.done.covers': 'See hõlmab järgmisi kontosid:',
  'consent.done.effect':
    'Teie avalikku sisu võidakse kasutada treeningandmestikes, mis luuakse edaspidi. Võite oma nõusoleku igal ajal ' +
    'tagasi võtta sama lihtsalt, kui selle andsite.',
  'status.title': 'Minu vastuväited',
  'status.title.opt_in': 'Minu nõusolekud',
  'status.none': 'Te ei ole vastuväidet esitanud.',
  'status.none.opt_in': 'Te ei ole nõusolekut andnud.',
  'status.section': 'Vastuväide, {date}',
  'status.section.opt_in': 'Nõusolek, {date}',
  'status.received': 'Saabunud: {when}',
  'status.withdrawn': 'Tagasi võetud: {when}',
  'status.covers': 'Hõlmab: {accounts}',
  'status.withdraw': 'Võta see vastuväide tagasi',
  'status.withdraw.opt_in': 'Võta see nõusolek tagasi',
  'status.accounts': 'Teie kontod',
  'status.signoutEverywhere': 'Logi välja kõigis seadmetes',
  'status.notYours':
    'Esitatud konto {accounts} jaoks, mis on Teie kontokeskuses, kuid millel on teine aadress. See hõlmab ka Teie ' +
    'kontosid; tagasi saab selle võtta ainult selle konto omanik, mille jaoks see esitati.',
  'withdraw.title': 'Kas võtate oma vastuväite tagasi?',
  'withdraw.title.opt_in': 'Kas võtate oma nõusoleku tagasi?',
  'withdraw.effect':
    'Teie avalikku sisu võidakse kasutada treeningandmestikes, mis luuakse edaspidi. Varem loodud andmestikud jäävad ' +
    'muutmata.',
  'withdraw.effect.opt_in':
    'Teie sisu ei kasutata üldse treeningandmestikes, mis luuakse edaspidi. Varem loodud andmestikud jäävad ' +
    'muutmata: ' +
    'seda, mis on juba mudelisse jõudnud, ei saa sealt tagasi võtta.',
  'withdraw.again.timely':
    'Kui esitate uue vastuväite enne tähtaega ({deadline}), jätab see endiselt kogu Teie sisu välja. Pärast tähtaega ' +
    'esitatud vastuväidet loetakse hilinenuks.',
  'withdraw.again.late': 'Kui esitate uue vastuväite, loetakse see hilinenuks, sest tähtaeg ({deadline}) on möödunud.',
  'withdraw.confirm': 'Jah, võta tagasi',
  'withdraw.cancel': 'Ei, jäta alles',
  'withdraw.done.title': 'Teie vastuväide on tagasi võetud',
  'withdraw.done.title.opt_in': 'Teie nõusolek on tagasi võetud',
  'withdraw.done.text': 'Tagasi võetud: {when}. Kinnitus on teel Teie postkasti.',
  'data.title': 'Minu andmed treenimisel',
  'data.access': 'Laadige alla kõik, mis teie kohta on salvestatud (JSON)',
  'data.none': 'Ühtegi treeningandmestikku ei ole veel loodud.',
  'data.snapshot': 'Andmestik {id}, seis: {at} ({policy})',
  'data.in': 'Teie üksusi andmestikus: {n}',
  'data.out': 'andmestikust väljas: {n}',
  'data.models': 'Sellega treenitud mudelid: {models}',
  'data.caption': 'Teie üksused andmestikus {id}',
  'data.col.item': 'Üksus',
  'data.col.status': 'Kas on andmestikus?',
  'data.col.proof': 'Tõend',
  'data.included': 'jah',
  'data.proof': 'Tõend',
  'data.proof.about':
    'Tõendifail näitab andmestiku avaldatud sõrmejälje (selle Merkle puu juure) põhjal, et üksus on andmestikus või ' +
    'et seda seal ei ole. Fail sisaldab Teie võtit selle andmestiku jaoks. Selle võtme ja üksuse tunnuse põhjal ' +
    'arvutatakse üksuse võti uuesti välja, nii et igaüks, kellele Te faili annate, saab seda kontrollida, ilma et ' +
    'peaks meid usaldama.',
  'data.proof.of': 'Üksuse {id} tõend',
  'data.reason.published': 'ei olnud seisuhetkel veel avalik',
  'data.reason.visibility': 'ei ole avalik',
  'data.reason.kind': 'liik, mida treenimiseks ei kasutata',
  'data.reason.region': 'väljaspool treenimise piirkondi',
  'data.reason.age': 'vanus teadmata või alla alampiiri',
  'data.reason.notice': 'õigeaegset teavitust ei olnud',
  'data.reason.consent': 'nõusolek puudub',
  'data.reason.objection': 'Teie vastuväide',
  'data.reason.excluded': 'välja jäetud selles kujutatud isiku taotlusel',
  'request.link': 'Sisu, mis Teid näitab',
  'request.title': 'Teid näitava sisu väljajätmine tehisintellekti treenimisest',
  'request.lead':
    'Kui kellegi teise avalik postitus, kommentaar või foto näitab Teid – Teie nime, Teie pilti või muid andmeid ' +
    'Teie kohta –, võite paluda meil jätta see sisu tehisintellekti treenimisest välja. Kontot Teil selleks vaja ei ' +
    'ole. Vastame ühe kuu jooksul; kui vajame rohkem aega, ütleme Teile, miks, ja vastame hiljemalt kahe lisakuu ' +
    'jooksul.',
  'request.items': 'Milline sisu? Üks veebiaadress või üksuse tunnus rea kohta',
  'request.items.hint': 'Kopeerige aadress brauserist või üksuse tunnus lehelt „Minu andmed“.',
  'request.description': 'Mida see Teie kohta näitab ja miks tuleks see välja jätta?',
  'request.contact': 'Teie e-posti aadress (valikuline)',
  'request.contact.hint':
    'Ainult selleks, et Teile oma otsusest teada anda. Kõigepealt saadame Teile lingi, millega kinnitate, et aadress ' +
    'on Teie oma.',
  'request.evidence': 'Muu, mis meid aitab (valikuline)',
  'request.submit': 'Saada taotlus',
  'request.error.items':
    'Nimetage vähemalt üks ja kõige rohkem 100 üksust: meie saidi veebiaadress või üksuse tunnus, üks rea kohta.',
  'request.error.description': 'Palun kirjeldage, mida sisu Teie kohta näitab (kõige rohkem 5000 tähemärki).',
  'request.error.contact': 'See ei näe välja nagu e-posti aadress.',
  'request.error.evidence': 'See on liiga pikk (kõige rohkem 20 000 tähemärki).',
  'request.done.title': 'Saime Teie taotluse kätte',
  'request.done.text': 'Teie taotluse number on {id}. Otsuse tähtaeg: {due}.',
  'request.done.contact':
    'Saatsime lingi Teie antud aadressile. Kui avate selle ja kinnitate, anname Teile oma otsusest teada.',
  'request.done.nocontact': 'Te ei andnud e-posti aadressi, seega ei saa me Teile oma otsusest teada anda.',
  'request.confirm.title': 'Kinnitage oma e-posti aadress',
  'request.confirm.text': 'Kinnitage, et võime Teile Teie taotluse {id} kohta sellele aadressile kirjutada.',
  'request.confirm.submit': 'Kinnita',
  'request.confirmed.title': 'Teie aadress on kinnitatud',
  'request.confirmed.text': 'Kirjutame Teile, kui oleme Teie taotluse {id} kohta otsuse teinud.',
  'request.confirm.invalid': 'See link ei kehti. Palun kopeerige see kirjast tervikuna.',
  'error.title': 'Midagi on valesti',
  'error.csrf': 'See vorm on aegunud. Minge tagasi, laadige leht uuesti ja proovige veel kord.',
  'error.rate': 'Liiga palju katseid. Palun oodake minut ja proovige uuesti.',
  'error.signin': 'Palun logige esmalt sisse.',
  'error.notfound': 'Seda lehte ei ole olemas.',
  'error.notyours': 'Tagasi saab selle võtta ainult selle konto omanik, mille jaoks see esitati.',
  'error.withdrawn': 'See on juba tagasi võetud.',
  'error.internal': 'Meie poolel tekkis viga. Palun proovige hiljem uuesti.',
  'mail.signin.subject': 'Teie sisselogimislink',
  'mail.signin.body':
    'Tere!\n\nKeegi (loodetavasti Teie) soovis sisse logida. See link töötab ühe korra ja {minutes} minuti ' +
    'jooksul:\n\n{link}\n\nKui see ei olnud Teie, jätke see kiri tähelepanuta.',
  'mail.confirmation.subject': 'Teie vastuväide on registreeritud',
  'mail.confirmation.subject.opt_in': 'Teie nõusolek on registreeritud',
  'mail.confirmation.body':
    'Tere!\n\nSaime Teie vastuväite ({id}) kätte. Saabumise aeg: {when}.\n\nSee hõlmab järgmisi ' +
    'kontosid:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nOma vastuväiteid saate vaadata ja tagasi võtta aadressil ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Tere!\n\nSaime Teie nõusoleku ({id}) kätte. Saabumise aeg: {when}.\n\nSee hõlmab järgmisi ' +
    'kontosid:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nOma nõusolekuid saate vaadata ja tagasi võtta aadressil ' +
    '{url}.',
  'mail.withdrawal.subject': 'Teie vastuväide on tagasi võetud',
  'mail.withdrawal.subject.opt_in': 'Teie nõusolek on tagasi võetud',
  'mail.withdrawal.body':
    'Tere!\n\nTeie vastuväide {id} on tagasi võetud. Tagasivõtmise aeg: {when}.\n\n{effect}\n\nVõite igal ajal ' +
    'uuesti ' +
    'vastuväite esitada: {url}',
  'mail.withdrawal.body.opt_in':
    'Tere!\n\nTeie nõusolek {id} on tagasi võetud. Tagasivõtmise aeg: {when}.\n\n{effect}\n\nVõite igal ajal uuesti ' +
    'nõusoleku anda: {url}',
  'mail.notice.subject': 'Kasutame avalikku sisu tehisintellekti treenimiseks',
  'mail.notice.subject.opt_in': 'Kas tohime kasutada Teie avalikku sisu tehisintellekti treenimiseks?',
  'mail.notice.body':
    'Tere!\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nVastuväite saate esitada siin: {url}\n\nSee kiri ' +
    'puudutab järgmisi kontosid: {accounts}',
  'mail.notice.body.opt_in':
    'Tere!\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nNõusoleku saate anda või tagasi võtta siin: ' +
    '{url}\n\nSee kiri puudutab järgmisi kontosid: {accounts}',
  'mail.footer.zone': 'Selles kirjas on kellaajad ajavööndis {zone}.',
  'mail.case.confirm.subject': 'Palun kinnitage oma e-posti aadress',
  'mail.case.confirm.body':
    'Tere!\n\nKeegi (loodetavasti Teie) palus meil jätta sisu tehisintellekti treenimisest välja ja andis vastuse ' +
    'saamiseks selle aadressi. Palun kinnitage see siin:\n\n{link}\n\nKui see ei olnud Teie, jätke see kiri ' +
    'tähelepanuta: me ei kirjuta Teile enam.',
  'mail.case.received.subject': 'Saime Teie taotluse {id} kätte',
  'mail.case.received.body':
    'Tere!\n\nSaime Teie taotluse {id} kätte. Saabumise aeg: {when}. Taotlus puudutab järgmist ' +
    'sisu:\n{items}\n\nOtsuse tähtaeg: {due}.',
  'mail.case.extended.subject': 'Vajame Teie taotluse {id} jaoks rohkem aega',
  'mail.case.extended.body':
    'Tere!\n\nVajame Teie taotluse {id} kohta otsuse tegemiseks rohkem aega järgmisel põhjusel: {reason}\n\nOtsuse ' +
    'tähtaeg: {due}.',
  'mail.case.accepted.subject': 'Teie taotlus {id} on rahuldatud',
  'mail.case.accepted.body':
    'Tere!\n\nRahuldasime Teie taotluse {id}. Jätame selle sisu välja igast tehisintellekti treeningandmestikust, ' +
    'mille edaspidi loome:\n{items}\n\nSeda, mis on juba mudelisse jõudnud, ei saa sealt välja võtta.',
  'mail.case.rejected.subject': 'Teie taotlus {id} on tagasi lükatud',
  'mail.case.rejected.body':
    'Tere!\n\nMe ei rahuldanud Teie taotlust {id} järgmisel põhjusel: {reason}\n\nVõite esitada kaebuse andmekaitse ' +
    'järelevalveasutusele.',
  'console.name': 'Andmekaitsekonsool',
  'console.nav.label': 'Konsool',
  'console.nav.overview': 'Ülevaade',
  'console.nav.cases': 'Juhtumid',
  'console.nav.snapshots': 'Andmestikud',
  'console.nav.models': 'Mudelid',
  'console.nav.ledger': 'Logiraamat',
  'console.member': 'Olete sisse logitud: {name}, {role}.',
  'console.role.viewer': 'vaataja',
  'console.role.reviewer': 'menetleja',
  'console.signin.title': 'Andmekaitsekonsooli sisselogimine',
  'console.signin.lead':
    'Platvormi andmekaitsemeeskonnale. Sisestage oma töö e-posti aadress: kui see on konsooli liikmete hulgas, ' +
    'saadame sellele lingi, millega saate sisse logida. Link töötab ühe korra ja {minutes} minuti jooksul.',
  'console.signin.sent':
    'Kui see aadress on konsooli liikmete hulgas, on sisselogimislink teel. See töötab ühe korra ja {minutes} minuti ' +
    'jooksul.',
  'console.signin.refused':
    'Konto, millega sisse logisite, ei ole konsooli liikmete hulgas. Paluge andmekaitseametnikul selle aadress lisada.',
  'console.forbidden': 'Teie roll seda ei võimalda. Juhtumite üle otsustavad menetlejad.',
  'console.overview.title': 'Ülevaade',
  'console.overview.policy':
    'Arvud poliitika {policy} järgi. Vastuväide, mis saabub tähtajal ({deadline}) või hiljem, loetakse hilinenuks. ' +
    'Päevad on UTC järgi.',
  'console.overview.policy.nodeadline':
    'Arvud poliitika {policy} järgi, millel tähtaega ei ole: ükski vastuväide ei ole hilinenud. Päevad on UTC järgi.',
  'console.overview.cases': 'Juhtumid: otsustamata {open}, neist tähtaja ületanud {overdue}',
  'console.overview.asof': 'Seis: {when}; arvud arvutatakse uuesti mitte sagedamini kui iga {minutes} minuti järel.',
  'console.figures.title': 'Vastuväited, tagasivõtmised ja nõusolekud',
  'console.chart.title': 'Vastuväited, hilinenud vastuväited, tagasivõtmised ja nõusolekud päevade kaupa',
  'console.chart.desc': 'Iga andmerea kohta üks joon, ajavahemikus {first} – {last}. Kõik arvud on allolevas tabelis.',
  'console.chart.empty': 'Midagi ei ole veel esitatud.',
  'console.series.objections': 'Vastuväited',
  'console.series.late': 'Hilinenud vastuväited',
  'console.series.withdrawals': 'Tagasivõtmised',
  'console.series.consents': 'Nõusolekud',
  'console.table.day': 'Päev',
  'console.table.perday': 'Kõik päevad arvudes',
  'console.totals.caption': 'Kokku',
  'console.bychannel.caption': 'Kanalite kaupa',
  'console.bynetwork.caption': 'Nende kontode võrgustike kaupa, mille jaoks esitati (iga võrgustiku kohta üks kord)',
  'console.type.objection': 'Vastuväited',
  'console.type.consent': 'Nõusolekud',
  'console.col.type': 'Tüüp',
  'console.col.filed': 'Esitatud',
  'console.col.withdrawn': 'Tagasi võetud',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Võrgustik',
  'console.col.policy': 'Poliitika',
  'console.col.lang': 'Keel',
  'console.col.queued': 'Järjekorda pandud',
  'console.col.accepted': 'Meiliserver võttis vastu',
  'console.col.failing': 'Ebaõnnestuvad',
  'console.col.pending': 'Ootel',
  'console.col.accounts': 'Kontod',
  'console.col.kind': 'Liik',
  'console.col.unsent': 'Saatmata',
  'console.col.oldest': 'Vanim saatmata',
  'console.col.case': 'Juhtum',
  'console.col.status': 'Olek',
  'console.col.due': 'Tähtaeg',
  'console.col.received': 'Saabunud',
  'console.col.items': 'Üksused',
  'console.col.reason': 'Põhjus',
  'console.col.count': 'Üksused',
  'console.col.in': 'Sees',
  'console.col.out': 'Väljas',
  'console.col.model': 'Mudel',
  'console.col.registered': 'Registreeritud',
  'console.col.snapshots': 'Andmestikud',
  'console.col.seq': 'Järjekorranumber',
  'console.col.event': 'Sündmus',
  'console.col.recorded': 'Salvestatud',
  'console.notices.title': 'Teavituste ulatus',
  'console.notices.never':
    'Alampiiri vanuse saavutanud kasutajate kontosid on kokku {adults}, neist ilma poliitika {policy} jaoks kehtiva ' +
    'teavituseta {never}.',
  'console.notices.mails.caption': 'Teavituskirjad poliitika versiooni ja keele kaupa',
  'console.notices.proofs.caption': 'Teavituse tõendiga kontod poliitika versiooni ja keele kaupa',
  'console.notices.mails.empty':
    'Ühtegi teavituskirja ei ole veel järjekorda pandud: käsk veto notice send paneb need järjekorda ja saadab ära.',
  'console.notices.proofs.empty': 'Ükski teavitus ei ole veel ühegi kontoni jõudnud.',
  'console.notices.unversioned': 'versioonita (kehtib iga poliitika kohta)',
  'console.outbox.title': 'Väljuvad kirjad',
  'console.outbox.caption': 'Kirjad, mida meiliserver ei ole veel vastu võtnud, liikide kaupa',
  'console.outbox.empty': 'Meiliserver on kõik kirjad vastu võtnud.',
  'console.cases.title': 'Juhtumid',
  'console.cases.lead':
    'Kolmandate isikute taotlused: esmalt otsustamata, kõige ees tähtaja ületanud, seejärel tähtaja järgi.',
  'console.cases.empty': 'Ühtegi taotlust ei ole veel saabunud.',
  'console.status.open': 'avatud',
  'console.status.extended': 'pikendatud',
  'console.status.accepted': 'rahuldatud',
  'console.status.rejected': 'tagasi lükatud',
  'console.status.overdue': 'tähtaeg ületatud',
  'console.case.title': 'Juhtum {id}',
  'console.case.received': 'Saabunud: {when}, kanal: {channel}; tähtaeg: {due}.',
  'console.case.description': 'Mida taotleja ütleb',
  'console.case.evidence': 'Tõendid',
  'console.case.contact': 'Kontakt',
  'console.case.contact.none': 'Pole antud: taotlejale ei saa otsusest teada anda.',
  'console.case.contact.unconfirmed': '(kinnitamata: sinna ei saadeta veel midagi)',
  'console.case.contact.confirmed': '(kinnitatud)',
  'console.case.hidden': 'Taotluse tekstid ja kontaktandmed on isikuandmed: neid näevad ainult menetlejad.',
  'console.case.erased':
    'Taotluse tekstid ja kontaktaadress, kui see oli antud, kustutati {when}, pärast seda, kui otsusest oli ' +
    'möödunud seadistusega requests.keep_texts_days määratud aeg.',
  'console.case.steps': 'Toimingud',
  'console.case.step.extended': 'Pikendanud: {reviewer}, {when}; uus tähtaeg: {due}. Põhjus: {reason}',
  'console.case.step.accepted': 'Rahuldanud: {reviewer}, {when}; üksusi: {count}.',
  'console.case.step.rejected': 'Tagasi lükanud: {reviewer}, {when}. Põhjus: {reason}',
  'console.case.decided': 'Selle juhtumi kohta on otsus tehtud.',
  'console.case.viewer': 'Juhtumite üle otsustavad ainult menetlejad.',
  'console.case.decide': 'Otsuse tegemine',
  'console.case.accept': 'Rahulda',
  'console.case.accept.items': 'Treenimisest välja jäetavad üksused',
  'console.case.accept.lead': 'Märgitud üksused jäetakse välja igast andmestikust, mis luuakse edaspidi.',
  'console.case.reject': 'Lükka tagasi',
  'console.case.reject.reason': 'Miks taotlus tagasi lükatakse (taotleja loeb seda)',
  'console.case.extend': 'Pikenda kahe kuu võrra',
  'console.case.extend.reason': 'Miks on vaja rohkem aega (taotleja loeb seda)',
  'console.case.done.extended': 'Juhtumi {id} tähtaega on pikendatud; uus tähtaeg: {due}.',
  'console.case.done.accepted':
    'Juhtum {id} on rahuldatud: selle üksused jäetakse välja igast andmestikust, mis luuakse edaspidi.',
  'console.case.done.rejected': 'Juhtum {id} on tagasi lükatud.',
  'console.case.noitems': 'Rahuldamiseks märkige vähemalt üks üksus või lükake juhtum tagasi.',
  'console.snapshots.title': 'Andmestikud',
  'console.snapshots.empty': 'Ühtegi andmestikku ei ole veel pitseeritud.',
  'console.snapshot.summary':
    'Üksusi sees: {included}, läbi vaadatud: {considered}; poliitika: {policy}; sisu seis: {at}; pitseeritud: ' +
    '{sealed}.',
  'console.snapshot.root': 'Merkle puu juur',
  'console.snapshot.models': 'Sellega treenitud mudelid: {models}',
  'console.snapshot.nomodels': 'Ühtegi mudelit ei ole registreeritud sellega treenituna.',
  'console.snapshot.unreadable':
    'Selle kausta ei saa siin lugeda, seega arve ei näidata; „Kontrolli“ näitab, mis on valesti.',
  'console.snapshot.out.caption': 'Välja jäetud üksused põhjuse kaupa',
  'console.snapshot.kind.caption': 'Üksused liigi kaupa',
  'console.snapshot.lang.caption': 'Üksused keele kaupa',
  'console.snapshot.verify': 'Kontrolli',
  'console.snapshot.verify.title': 'Andmestik {id} on kontrollitud',
  'console.snapshot.verified.ok':
    'Andmestik {id} on samasugune, nagu see pitseeriti: selle failid, manifest ja Merkle puu juur klapivad.',
  'console.snapshot.verified.bad': 'Andmestik {id} ei ole samasugune, nagu see pitseeriti. Probleeme: {count}.',
  'console.models.title': 'Mudelid',
  'console.models.empty': 'Ühtegi mudelit ei ole veel registreeritud.',
  'console.ledger.title': 'Logiraamat',
  'console.ledger.size': 'Logiraamatus on {size} kirjet.',
  'console.ledger.checkpoint':
    'Selle viimane allkirjastatud kontrollpunkt hõlmab {size} kirjet; allkirjastamise aeg: {when}.',
  'console.ledger.nocheckpoint':
    'Ühtegi kontrollpunkti ei ole veel allkirjastatud: seda saab teha käsuga veto ledger checkpoint.',
  'console.ledger.root': 'Juur',
  'console.ledger.note': 'Allkirjastatud märge',
  'console.ledger.recent': 'Viimased kirjed',
  'console.records.title': 'Väljavõtted andmekaitse järelevalveasutustele',
  'console.records.lead':
    'Iga vastuväide, nõusolek, tagasivõtmine, kontoni jõudnud teavitus ja juhtumi toiming, üks väljavõte logiraamatu ' +
    'kirje kohta, igaüks kontrollitav allalaadimise jaoks allkirjastatud kontrollpunkti alusel. Kontode tunnused ja ' +
    'menetlejate nimed, ilma aadresside ja tekstideta.',
  'console.records.format': 'Vorming',
  'console.records.download': 'Laadi väljavõtted alla',
}
