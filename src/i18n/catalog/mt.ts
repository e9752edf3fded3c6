/** Every sentence a person reads, in Maltese; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const mt: Messages = {
  'site.name': 'It-taħriġ tal-IA u l-kontenut tiegħek',
  'site.skip': 'Aqbeż għall-kontenut',
  'nav.label': 'Menu prinċipali',
  'nav.notice': 'Dwar it-taħriġ',
  'nav.object': 'Oġġezzjona',
  'nav.consent': 'Kunsens',
  'nav.status': 'L-oġġezzjonijiet tiegħi',
  'nav.status.consent': 'Il-kunsens tiegħi',
  'nav.data': 'Id-data tiegħi',
  'nav.signin': 'Idħol',
  'nav.signout': 'Oħroġ',
  'settings.title': 'Lingwa u żona tal-ħin',
  'settings.lang': 'Lingwa',
  'settings.zone': 'Żona tal-ħin',
  'settings.submit': 'Issejvja',
  'settings.shown': 'Il-ħinijiet jintwerew fiż-żona tal-ħin {zone}.',
  'notice.title': 'Se nużaw kontenut pubbliku biex inħarrġu l-IA',
  'notice.title.opt_in': 'Nistgħu nużaw il-kontenut pubbliku tiegħek biex inħarrġu l-IA?',
  'notice.lead':
    'Minn {start}, nużaw il-kontenut pubbliku ta’ utenti b’età ta’ {age} jew aktar biex inħarrġu l-mudelli tal-IA ' +
    'tagħna, abbażi tal-interess leġittimu tagħna (l-Artikolu 6(1)(f) tal-GDPR). Tista’ toġġezzjona fi kwalunkwe ' +
    'ħin, ' +
    'mingħajr ma tagħti raġuni.',
  'notice.lead.nodeadline':
    'Nużaw il-kontenut pubbliku ta’ utenti b’età ta’ {age} jew aktar biex inħarrġu l-mudelli tal-IA tagħna, abbażi ' +
    'tal-interess leġittimu tagħna (l-Artikolu 6(1)(f) tal-GDPR). Tista’ toġġezzjona fi kwalunkwe ħin, mingħajr ma ' +
    'tagħti raġuni.',
  'notice.lead.opt_in':
    'Nixtiequ nużaw il-kontenut pubbliku ta’ utenti b’età ta’ {age} jew aktar biex inħarrġu l-mudelli tal-IA tagħna. ' +
    'Nużawh biss bil-kunsens tiegħek (l-Artikolu 6(1)(a) tal-GDPR). Tista’ tagħti l-kunsens tiegħek hawnhekk u ' +
    'tirtirah fi kwalunkwe ħin, daqstant faċilment daqs kemm tajtu.',
  'notice.what': 'X’nużaw',
  'notice.kinds': 'Dawn it-tipi ta’ kontenut pubbliku: {kinds}.',
  'notice.never.snapshot':
    'Qatt kontenut li mhuwiex pubbliku, bħal messaġġi privati, u qatt kontenut ta’ persuni taħt l-età ta’ {age}.',
  'notice.never.publication':
    'Qatt kontenut li mhuwiex pubbliku, bħal messaġġi privati, u qatt kontenut li ppubblikajt qabel ma lħaqt l-età ' +
    'ta’ {age}.',
  'notice.deadline': 'L-iskadenza',
  'notice.deadline.text': 'Oġġezzjonijiet riċevuti qabel {deadline} iżommu l-kontenut kollu tiegħek barra mit-taħriġ.',
  'notice.after.future_content_only':
    'Oġġezzjonijiet riċevuti wara dik id-data jżommu barra biss dak li tagħmel pubbliku wara li toġġezzjona. Dak li ' +
    'diġà daħal f’mudell ma jistax jittieħed lura.',
  'notice.after.all_content':
    'Oġġezzjonijiet riċevuti wara dik id-data jżommu l-kontenut kollu tiegħek barra minn kull sett ta’ data ' +
    'għat-taħriġ magħmul wara l-oġġezzjoni. Dak li diġà daħal f’mudell ma jistax jittieħed lura.',
  'notice.nodeadline':
    'Oġġezzjoni żżomm il-kontenut kollu tiegħek barra minn kull sett ta’ data għat-taħriġ magħmul warajha. Dak li ' +
    'diġà daħal f’mudell ma jistax jittieħed lura.',
  'notice.comingOfAge':
    'Jekk tilħaq l-età ta’ {age} wara {deadline}, oġġezzjoni li tagħmel fi żmien {days} jum minn meta tilħaqha żżomm ' +
    'ukoll il-kontenut kollu tiegħek barra.',
  'notice.comingOfAge.own':
    'Għadek kif lħaqt l-età ta’ {age}: oġġezzjoni li tagħmel qabel {until} iżżomm il-kontenut kollu tiegħek barra.',
  'notice.consent.effect':
    'Mingħajr il-kunsens tiegħek, ebda parti mill-kontenut tiegħek ma tintuża. Bil-kunsens tiegħek, il-kontenut ' +
    'pubbliku tiegħek jista’ jintuża f’settijiet ta’ data għat-taħriġ magħmula sakemm il-kunsens tiegħek ikun ' +
    'fis-seħħ. Dak li diġà daħal f’mudell ma jistax jittieħed lura.',
  'notice.cta': 'Oġġezzjona issa',
  'notice.cta.opt_in': 'Agħti jew irtira l-kunsens tiegħek',
  'scope.covers':
    'Oġġezzjoni tkopri kull kont bl-indirizz tal-email tiegħek u kull kont marbut magħhom fl-istess ċentru ' +
    'tal-kontijiet.',
  'scope.covers.opt_in':
    'Kunsens ikopri kull kont bl-indirizz tal-email tiegħek u kull kont marbut magħhom fl-istess ċentru tal-kontijiet.',
  'scope.notcovered':
    'Kontijiet b’indirizz tal-email ieħor barra minn dawk iċ-ċentri tal-kontijiet mhumiex koperti, anki jekk huma ' +
    'tiegħek: jeħtieġu oġġezzjoni tagħhom stess.',
  'scope.notcovered.opt_in':
    'Kontijiet b’indirizz tal-email ieħor barra minn dawk iċ-ċentri tal-kontijiet mhumiex koperti, anki jekk huma ' +
    'tiegħek: jeħtieġu kunsens tagħhom stess.',
  'kind.name': 'ismek',
  'kind.username': 'ismijiet tal-utent',
  'kind.profile_picture': 'ritratti tal-profil',
  'kind.avatar': 'avatars',
  'kind.post': 'posts pubbliċi',
  'kind.comment': 'kummenti',
  'kind.group_post': 'attività fi gruppi pubbliċi',
  'kind.page_post': 'attività fuq paġni',
  'kind.channel_post': 'attività fi kanali',
  'kind.marketplace_review': 'reviżjonijiet fis-suq online',
  'signin.title': 'Idħol',
  'signin.lead':
    'Daħħal l-indirizz tal-email tal-kont tiegħek. Nibagħtulek link li jdaħħlek; jaħdem darba biss, għal {minutes} ' +
    'minuta.',
  'signin.email': 'Indirizz tal-email',
  'signin.submit': 'Ibgħatli link',
  'signin.oidc': 'Idħol permezz ta’ {label}',
  'signin.sent.title': 'Iċċekkja l-inbox tiegħek',
  'signin.sent.text':
    'Jekk xi kont juża dan l-indirizz, link biex tidħol qiegħed fi triqtu lejk. Jaħdem darba biss, għal {minutes} ' +
    'minuta.',
  'signin.confirm.title': 'Idħol',
  'signin.confirm.text': 'Kompli biex tidħol fuq dan l-apparat.',
  'signin.confirm.submit': 'Idħol',
  'signin.invalid': 'Dan il-link skada jew intuża diġà. Itlob wieħed ġdid.',
  'object.title': 'Oġġezzjona għall-użu tal-kontenut tiegħek',
  'object.lead': 'Oġġezzjona hawnhekk għall-użu tal-kontenut pubbliku tiegħek għat-taħriġ tal-IA.',
  'object.email': 'Indirizz tal-email tal-kont tiegħek',
  'object.reason': 'Raġuni (mhux obbligatorja)',
  'object.reason.hint': 'M’għandekx għalfejn tagħti raġuni. Inżommuha, u qatt ma nuruha lil ħadd ieħor.',
  'object.submit': 'Oġġezzjona',
  'object.done.title': 'L-oġġezzjoni tiegħek ġiet irreġistrata',
  'object.done.received': 'Data tal-wasla: {when}. Konferma qiegħda fi triqitha lejn l-inbox tiegħek.',
  'object.done.covers': 'Tkopri dawn il-kontijiet:',
  'object.done.timely': 'Waslet qabel l-iskadenza: ebda parti mill-kontenut ta’ dawn il-kontijiet ma se tintuża.',
  'object.done.late.future_content_only':
    'Waslet wara l-iskadenza: il-kontenut li tagħmel pubbliku minn issa ’l quddiem ma se jintużax. Dak li diġà daħal ' +
    'f’mudell ma jistax jittieħed lura.',
  'object.done.late.all_content':
    'Waslet wara l-iskadenza: ebda parti mill-kontenut ta’ dawn il-kontijiet ma se tintuża f’settijiet ta’ data ' +
    'għat-taħriġ magħmula minn issa ’l quddiem. Dak li diġà daħal f’mudell ma jistax jittieħed lura.',
  'consent.title': 'Agħti l-kunsens għall-użu tal-kontenut tiegħek',
  'consent.lead':
    'Agħti hawnhekk il-kunsens tiegħek għall-użu tal-kontenut pubbliku tiegħek għat-taħriġ tal-IA. Id-deċiżjoni hija ' +
    'tiegħek; xejn ma jinbidel għalik jekk ma tagħtihx.',
  'consent.submit': 'Nagħti l-kunsens tiegħi',
  'consent.given': 'Tajt il-kunsens tiegħek. Tista’ tirtirah fil-paġna “Il-kunsens tiegħi”.',
  'consent.done.title': 'Il-kunsens tiegħek ġie rreġistrat',
  'consent.done.received': 'Data tal-wasla: {when}. Konferma qiegħda fi triqitha lejn l-inbox tiegħek.',
  'consent.done.covers': 'Ikopri dawn il-kontijiet:',
  'consent.done.effect':
    'Il-kontenut pubbliku tiegħek jista’ jintuża f’settijiet ta’ data għat-taħriġ magħmula minn issa ’l quddiem. ' +
    'Tista’ tirtira l-kunsens tiegħek fi kwalunkwe ħin, daqstant faċilment daqs kemm tajtu.',
  'status.title': 'L-oġġezzjonijiet tiegħi',
  'status.title.opt_in': 'Il-kunsens tiegħi',
  'status.none': 'Ma għamilt l-ebda oġġezzjoni.',
  'status.none.opt_in': 'Ma tajt l-ebda kunsens.',
  'status.section': 'Oġġezzjoni tal-{date}',
  'status.section.opt_in': 'Kunsens tal-{date}',
  'status.received': 'Data tal-wasla: {when}',
  'status.withdrawn': 'Data tal-irtirar: {when}',
  'status.covers': 'Kontijiet koperti: {accounts}',
  'status.withdraw': 'Irtira din l-oġġezzjoni',
  'status.withdraw.opt_in': 'Irtira dan il-kunsens',
  'status.accounts': 'Il-kontijiet tiegħek',
  'status.signoutEverywhere': 'Oħroġ minn kull apparat',
  'status.notYours':
    'Dan ġie ppreżentat għal {accounts}, kont fiċ-ċentru tal-kontijiet tiegħek b’indirizz tal-email ieħor. Ikopri ' +
    'l-kontijiet tiegħek ukoll; jista’ jirtirah biss id-detentur ta’ kont li għalih ġie ppreżentat.',
  'withdraw.title': 'Trid tirtira l-oġġezzjoni tiegħek?',
  'withdraw.title.opt_in': 'Trid tirtira l-kunsens tiegħek?',
  'withdraw.effect':
    'Il-kontenut pubbliku tiegħek jista’ jintuża f’settijiet ta’ data għat-taħriġ magħmula minn issa ’l quddiem. ' +
    'Is-settijiet magħmula qabel jibqgħu kif inhuma.',
  'withdraw.effect.opt_in':
    'Ebda parti mill-kontenut tiegħek ma se tintuża f’settijiet ta’ data għat-taħriġ magħmula minn issa ’l quddiem. ' +
    'Is-settijiet magħmula qabel jibqgħu kif inhuma: dak li diġà daħal f’mudell ma jistax jittieħed lura.',
  'withdraw.again.timely':
    'Jekk terġa’ toġġezzjona qabel {deadline}, l-oġġezzjoni l-ġdida xorta żżomm il-kontenut kollu tiegħek barra. ' +
    'Wara ' +
    'dik id-data, titqies tard.',
  'withdraw.again.late':
    'Jekk terġa’ toġġezzjona, l-oġġezzjoni l-ġdida titqies tard, għax l-iskadenza ({deadline}) għaddiet.',
  'withdraw.confirm': 'Iva, irtira',
  'withdraw.cancel': 'Le, tirtirax',
  'withdraw.done.title': 'L-oġġezzjoni tiegħek ġiet irtirata',
  'withdraw.done.title.opt_in': 'Il-kunsens tiegħek ġie rtirat',
  'withdraw.done.text': 'Data tal-irtirar: {when}. Konferma qiegħda fi triqitha lejn l-inbox tiegħek.',
  'data.title': 'Id-data tiegħi fit-taħriġ',
  'data.access': 'Niżżel dak kollu li għandna rreġistrat dwarek (JSON)',
  'data.none': 'Għadu ma sar l-ebda sett ta’ data għat-taħriġ.',
  'data.snapshot': 'Sett ta’ data għat-taħriġ {id} ({at}, {policy})',
  'data.in': '{n} mill-elementi tiegħek jinsabu fih',
  'data.out': '{n} ma jinsabux',
  'data.models': 'Mudelli mħarrġa fuqu: {models}',
  'data.caption': 'L-elementi tiegħek fis-sett ta’ data {id}',
  'data.col.item': 'Element',
  'data.col.status': 'Fis-sett ta’ data?',
  'data.col.proof': 'Prova',
  'data.included': 'inkluż',
  'data.proof': 'Prova',
  'data.proof.about':
    'Fajl ta’ prova juri, abbażi tal-impronta diġitali ppubblikata tas-sett ta’ data (l-għerq ta’ Merkle tiegħu), li ' +
    'element jinsab fis-sett jew li ma jinsabx. Fih iċ-ċavetta tiegħek għas-sett ta’ data, li minnha, flimkien ' +
    'mal-identifikatur tal-element, terġa’ tiġi kkalkulata ċ-ċavetta tal-element. Għalhekk kull min tagħtih il-fajl ' +
    'jista’ jiċċekkjah mingħajr ma jkollu għalfejn jafdana.',
  'data.proof.of': 'Prova għall-element {id}',
  'data.reason.published': 'ma kienx għadu pubbliku fid-data limitu',
  'data.reason.visibility': 'mhux pubbliku',
  'data.reason.kind': 'mhux tip użat għat-taħriġ',
  'data.reason.region': 'barra mir-reġjuni tat-taħriġ',
  'data.reason.age': 'età mhux magħrufa jew taħt il-minimu',
  'data.reason.notice': 'l-ebda avviż fil-ħin',
  'data.reason.consent': 'l-ebda kunsens',
  'data.reason.objection': 'l-oġġezzjoni tiegħek',
  'data.reason.excluded': 'miżmum barra fuq talba ta’ xi ħadd li jidher fih',
  'request.link': 'Kontenut li jurik',
  'request.title': 'Żomm barra mit-taħriġ tal-IA kontenut li jurik',
  'request.lead':
    'Jekk post, kumment jew ritratt pubbliku ta’ xi ħadd ieħor jurik – ismek, l-immaġni tiegħek jew data oħra dwarek ' +
    '–, tista’ titlobna nżommuh barra mit-taħriġ tal-IA. M’għandekx bżonn kont. Inwieġbu fi żmien xahar; jekk ' +
    'ikollna bżonn aktar żmien, ngħidulek għaliex, u nwieġbu sa mhux aktar tard minn xahrejn oħra.',
  'request.items': 'Liema kontenut? Indirizz web wieħed jew identifikatur ta’ element wieħed f’kull linja',
  'request.items.hint': 'Ikkopja l-indirizz mill-browser, jew l-identifikatur tal-element mill-paġna “Id-data tiegħi”.',
  'request.description': 'X’juri dwarek, u għaliex għandu jinżamm barra?',
  'request.contact': 'L-indirizz tal-email tiegħek (mhux obbligatorju)',
  'request.contact.hint':
    'Biss biex ngħarrfuk bid-deċiżjoni tagħna. L-ewwel nibagħtulek link biex tikkonferma li l-indirizz huwa tiegħek.',
  'request.evidence': 'Kull ħaġa oħra li tgħinna (mhux obbligatorja)',
  'request.submit': 'Ibgħat it-talba',
  'request.error.items':
    'Semmi mill-inqas element wieħed u mhux aktar minn 100: indirizz web tas-sit tagħna jew identifikatur ta’ ' +
    'element, wieħed f’kull linja.',
  'request.error.description': 'Jekk jogħġbok għid x’juri l-kontenut dwarek (mhux aktar minn 5,000 karattru).',
  'request.error.contact': 'Dan ma jidhirx li huwa indirizz tal-email.',
  'request.error.evidence': 'Dan twil wisq (mhux aktar minn 20,000 karattru).',
  'request.done.title': 'Rċevejna t-talba tiegħek',
  'request.done.text': 'It-talba tiegħek għandha n-numru {id}. Se niddeċiedu sa {due}.',
  'request.done.contact':
    'Bgħatna link fuq l-indirizz li tajtna. Meta tiftħu u tikkonferma, ngħarrfuk bid-deċiżjoni tagħna.',
  'request.done.nocontact': 'Ma tajtniex indirizz tal-email, għalhekk ma nistgħux ngħarrfuk bid-deċiżjoni tagħna.',
  'request.confirm.title': 'Ikkonferma l-indirizz tal-email tiegħek',
  'request.confirm.text': 'Ikkonferma li nistgħu niktbulek f’dan l-indirizz dwar it-talba tiegħek {id}.',
  'request.confirm.submit': 'Ikkonferma',
  'request.confirmed.title': 'L-indirizz tiegħek ġie kkonfermat',
  'request.confirmed.text': 'Niktbulek meta niddeċiedu dwar it-talba tiegħek {id}.',
  'request.confirm.invalid': 'Dan il-link mhuwiex validu. Jekk jogħġbok ikkopjah kollu mill-email.',
  'error.title': 'Xi ħaġa mhix sew',
  'error.csrf': 'Din il-formola skadiet. Mur lura, erġa’ tella’ l-paġna u erġa’ pprova.',
  'error.rate': 'Wisq tentattivi. Jekk jogħġbok stenna minuta u erġa’ pprova.',
  'error.signin': 'Jekk jogħġbok idħol l-ewwel.',
  'error.notfound': 'Din il-paġna ma teżistix.',
  'error.notyours': 'Jista’ jirtirah biss id-detentur ta’ kont li għalih ġie ppreżentat.',
  'error.withdrawn': 'Dan diġà ġie rtirat.',
  'error.internal': 'Xi ħaġa marret ħażin min-naħa tagħna. Jekk jogħġbok erġa’ pprova aktar tard.',
  'mail.signin.subject': 'Il-link tiegħek biex tidħol',
  'mail.signin.body':
    'Bonġu,\n\nXi ħadd (nittamaw li int) talab biex jidħol. Dan il-link jaħdem darba biss, għal {minutes} ' +
    'minuta:\n\n{link}\n\nJekk ma kontx int, injora din l-email.',
  'mail.confirmation.subject': 'L-oġġezzjoni tiegħek ġiet irreġistrata',
  'mail.confirmation.subject.opt_in': 'Il-kunsens tiegħek ġie rreġistrat',
  'mail.confirmation.body':
    'Bonġu,\n\nRċevejna l-oġġezzjoni tiegħek ({id}). Data tal-wasla: {when}.\n\nTkopri dawn ' +
    'il-kontijiet:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nTista’ tara u tirtira l-oġġezzjonijiet tiegħek fuq ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Bonġu,\n\nRċevejna l-kunsens tiegħek ({id}). Data tal-wasla: {when}.\n\nIkopri dawn ' +
    'il-kontijiet:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nTista’ tara u tirtira l-kunsens li tajt fuq {url}.',
  'mail.withdrawal.subject': 'L-oġġezzjoni tiegħek ġiet irtirata',
  'mail.withdrawal.subject.opt_in': 'Il-kunsens tiegħek ġie rtirat',
  'mail.withdrawal.body':
    'Bonġu,\n\nL-oġġezzjoni tiegħek {id} ġiet irtirata. Data tal-irtirar: {when}.\n\n{effect}\n\nTista’ terġa’ ' +
    'toġġezzjona fi kwalunkwe ħin: {url}',
  'mail.withdrawal.body.opt_in':
    'Bonġu,\n\nIl-kunsens tiegħek {id} ġie rtirat. Data tal-irtirar: {when}.\n\n{effect}\n\nTista’ terġa’ tagħti ' +
    'l-kunsens tiegħek fi kwalunkwe ħin: {url}',
  'mail.notice.subject': 'Se nużaw kontenut pubbliku biex inħarrġu l-IA',
  'mail.notice.subject.opt_in': 'Nistgħu nużaw il-kontenut pubbliku tiegħek biex inħarrġu l-IA?',
  'mail.notice.body':
    'Bonġu,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nOġġezzjona hawnhekk: {url}\n\nDin l-email ' +
    'tikkonċerna dawn il-kontijiet: {accounts}',
  'mail.notice.body.opt_in':
    'Bonġu,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nAgħti jew irtira l-kunsens tiegħek hawnhekk: ' +
    '{url}\n\nDin l-email tikkonċerna dawn il-kontijiet: {accounts}',
  'mail.footer.zone': 'Il-ħinijiet f’din l-email huma fiż-żona tal-ħin {zone}.',
  'mail.case.confirm.subject': 'Jekk jogħġbok ikkonferma l-indirizz tal-email tiegħek',
  'mail.case.confirm.body':
    'Bonġu,\n\nXi ħadd (nittamaw li int) talabna nżommu kontenut barra mit-taħriġ tal-IA u ta dan l-indirizz biex ' +
    'jirċievi tweġiba. Jekk jogħġbok ikkonfermah hawnhekk:\n\n{link}\n\nJekk ma kontx int, injora din l-email: ma ' +
    'nerġgħux niktbulek.',
  'mail.case.received.subject': 'Rċevejna t-talba tiegħek {id}',
  'mail.case.received.body':
    'Bonġu,\n\nRċevejna t-talba tiegħek {id}. Data tal-wasla: {when}. Tikkonċerna dan il-kontenut:\n{items}\n\nSe ' +
    'niddeċiedu sa {due}.',
  'mail.case.extended.subject': 'Għandna bżonn aktar żmien għat-talba tiegħek {id}',
  'mail.case.extended.body':
    'Bonġu,\n\nGħandna bżonn aktar żmien biex niddeċiedu dwar it-talba tiegħek {id}, għal din ir-raġuni: ' +
    '{reason}\n\nSe niddeċiedu sa {due}.',
  'mail.case.accepted.subject': 'It-talba tiegħek {id} ġiet aċċettata',
  'mail.case.accepted.body':
    'Bonġu,\n\nAċċettajna t-talba tiegħek {id}. Dan il-kontenut jinżamm barra minn kull sett ta’ data għat-taħriġ ' +
    'tal-IA li nagħmlu minn issa ’l quddiem:\n{items}\n\nDak li diġà daħal f’mudell ma jistax jittieħed lura.',
  'mail.case.rejected.subject': 'It-talba tiegħek {id} ġiet miċħuda',
  'mail.case.rejected.body':
    'Bonġu,\n\nMa aċċettajniex it-talba tiegħek {id}, għal din ir-raġuni: {reason}\n\nTista’ tressaq ilment quddiem ' +
    'awtorità superviżorja għall-protezzjoni tad-data.',
  'console.name': 'Konsola tal-privatezza',
  'console.nav.label': 'Konsola',
  'console.nav.overview': 'Ħarsa ġenerali',
  'console.nav.cases': 'Talbiet',
  'console.nav.snapshots': 'Settijiet ta’ data',
  'console.nav.models': 'Mudelli',
  'console.nav.ledger': 'Reġistru',
  'console.member': 'Dħalt bħala {name}, {role}.',
  'console.role.viewer': 'osservatur',
  'console.role.reviewer': 'reviżur',
  'console.signin.title': 'Idħol fil-konsola tal-privatezza',
  'console.signin.lead':
    'Għat-tim tal-privatezza tal-pjattaforma. Daħħal l-indirizz tal-email tax-xogħol tiegħek: jekk huwa membru ' +
    'tal-konsola, nibagħtulu link li jdaħħlek. Il-link jaħdem darba biss, għal {minutes} minuta.',
  'console.signin.sent':
    'Jekk dan l-indirizz huwa membru tal-konsola, link biex tidħol qiegħed fi triqtu lejk. Jaħdem darba biss, għal ' +
    '{minutes} minuta.',
  'console.signin.refused':
    'Il-kont li dħalt bih mhuwiex membru tal-konsola. Itlob lill-uffiċjal tal-protezzjoni tad-data biex iżid ' +
    'l-indirizz tiegħu.',
  'console.forbidden': 'Ir-rwol tiegħek ma jippermettix dan. It-talbiet jiddeċiduhom ir-reviżuri.',
  'console.overview.title': 'Ħarsa ġenerali',
  'console.overview.policy':
    'Ċifri skont il-politika {policy}. Oġġezzjoni riċevuta minn {deadline} ’l quddiem titqies tard. Il-jiem huma ' +
    'jiem skont il-ħin UTC.',
  'console.overview.policy.nodeadline':
    'Ċifri skont il-politika {policy}, li m’għandhiex skadenza: l-ebda oġġezzjoni ma titqies tard. Il-jiem huma jiem ' +
    'skont il-ħin UTC.',
  'console.overview.cases': 'Talbiet mhux deċiżi: {open}; minnhom skaduti: {overdue}',
  'console.overview.asof':
    'Data tal-kalkolu: {when}; iċ-ċifri jiġu kkalkulati mill-ġdid mhux aktar spiss minn darba kull {minutes} min.',
  'console.figures.title': 'Oġġezzjonijiet, irtirar u kunsens',
  'console.chart.title': 'Oġġezzjonijiet, oġġezzjonijiet tard, irtirar u kunsens kuljum',
  'console.chart.desc': 'Linja għal kull serje, minn {first} sa {last}. It-tabella hawn taħt turi kull numru.',
  'console.chart.empty': 'Għadu ma ġie ppreżentat xejn.',
  'console.series.objections': 'Oġġezzjonijiet',
  'console.series.late': 'Oġġezzjonijiet tard',
  'console.series.withdrawals': 'Irtirar',
  'console.series.consents': 'Kunsens',
  'console.table.day': 'Jum',
  'console.table.perday': 'Kull jum f’numri',
  'console.totals.caption': 'B’kollox',
  'console.bychannel.caption': 'Skont il-kanal',
  'console.bynetwork.caption': 'Skont in-netwerk tal-kontijiet li għalihom ġiet ippreżentata (darba għal kull netwerk)',
  'console.type.objection': 'Oġġezzjonijiet',
  'console.type.consent': 'Kunsens',
  'console.col.type': 'Tip',
  'console.col.filed': 'Ippreżentati',
  'console.col.withdrawn': 'Irtirati',
  'console.col.channel': 'Kanal',
  'console.col.network': 'Netwerk',
  'console.col.policy': 'Politika',
  'console.col.lang': 'Lingwa',
  'console.col.queued': 'Fil-kju',
  'console.col.accepted': 'Aċċettati mis-server tal-email',
  'console.col.failing': 'Qed ifallu',
  'console.col.pending': 'Pendenti',
  'console.col.accounts': 'Kontijiet',
  'console.col.kind': 'Xorta',
  'console.col.unsent': 'Mhux mibgħuta',
  'console.col.oldest': 'L-eqdem mhux mibgħuta',
  'console.col.case': 'Talba',
  'console.col.status': 'Status',
  'console.col.due': 'Skadenza',
  'console.col.received': 'Riċevuta',
  'console.col.items': 'Elementi',
  'console.col.reason': 'Raġuni',
  'console.col.count': 'Elementi',
  'console.col.in': 'Inklużi',
  'console.col.out': 'Esklużi',
  'console.col.model': 'Mudell',
  'console.col.registered': 'Irreġistrat',
  'console.col.snapshots': 'Settijiet ta’ data',
  'console.col.seq': 'Pożizzjoni',
  'console.col.event': 'Avveniment',
  'console.col.recorded': 'Irreġistrat',
  'console.notices.title': 'Il-firxa tal-avviżi',
  'console.notices.never':
    'Kontijiet ta’ utenti li laħqu l-età minima: {adults}; minnhom, mingħajr avviż li jgħodd għal {policy}: {never}.',
  'console.notices.mails.caption': 'Emails ta’ avviż skont il-verżjoni tal-politika u l-lingwa',
  'console.notices.proofs.caption': 'Kontijiet bi prova ta’ avviż, skont il-verżjoni tal-politika u l-lingwa',
  'console.notices.mails.empty':
    'L-ebda email ta’ avviż ma tqiegħdet fil-kju: veto notice send iqegħidhom fil-kju u jibgħathom.',
  'console.notices.proofs.empty': 'Għadu ma wasal l-ebda avviż għand l-ebda kont.',
  'console.notices.unversioned': 'mingħajr verżjoni (jgħodd għal kull politika)',
  'console.outbox.title': 'Posta ħierġa',
  'console.outbox.caption': 'Emails li s-server tal-email għadu ma aċċettax, skont ix-xorta',
  'console.outbox.empty': 'Is-server tal-email aċċetta kull email.',
  'console.cases.title': 'Talbiet',
  'console.cases.lead':
    'Talbiet ta’ terzi: l-ewwel dawk mhux deċiżi, bl-iskaduti fuq nett, imbagħad skont l-iskadenza.',
  'console.cases.empty': 'Għadha ma waslet l-ebda talba.',
  'console.status.open': 'miftuħa',
  'console.status.extended': 'estiża',
  'console.status.accepted': 'aċċettata',
  'console.status.rejected': 'miċħuda',
  'console.status.overdue': 'skaduta',
  'console.case.title': 'Talba {id}',
  'console.case.received': 'Riċevuta: {when}, permezz ta’ {channel}; skadenza: {due}.',
  'console.case.description': 'X’jgħid min għamel it-talba',
  'console.case.evidence': 'Evidenza',
  'console.case.contact': 'Kuntatt',
  'console.case.contact.none': 'Ma ngħata l-ebda kuntatt: min għamel it-talba ma jistax jiġi infurmat.',
  'console.case.contact.unconfirmed': '(mhux ikkonfermat: għadu ma jintbagħat xejn fuqu)',
  'console.case.contact.confirmed': '(ikkonfermat)',
  'console.case.hidden': 'It-testi tat-talba u l-kuntatt tagħha huma data personali: jarawhom ir-reviżuri biss.',
  'console.case.erased':
    'It-testi tat-talba, u l-indirizz ta’ kuntatt tagħha jekk ingħata wieħed, tħassru ({when}), wara li ' +
    'mid-deċiżjoni dwarha għadda ż-żmien stabbilit permezz ta’ requests.keep_texts_days.',
  'console.case.steps': 'Passi',
  'console.case.step.extended': 'Estiża minn {reviewer} ({when}); skadenza ġdida: {due}. Raġuni: {reason}',
  'console.case.step.accepted': 'Aċċettata minn {reviewer} ({when}); elementi: {count}.',
  'console.case.step.rejected': 'Miċħuda minn {reviewer} ({when}). Raġuni: {reason}',
  'console.case.decided': 'Din it-talba ġiet deċiża.',
  'console.case.viewer': 'It-talbiet jiddeċiduhom ir-reviżuri biss.',
  'console.case.decide': 'Iddeċiedi',
  'console.case.accept': 'Aċċetta',
  'console.case.accept.items': 'Elementi li għandhom jinżammu barra mit-taħriġ',
  'console.case.accept.lead':
    'L-elementi mmarkati jinżammu barra minn kull sett ta’ data magħmul minn issa ’l quddiem.',
  'console.case.reject': 'Iċħad',
  'console.case.reject.reason': 'Għaliex qed tiġi miċħuda t-talba (min għamel it-talba jaqra dan)',
  'console.case.extend': 'Estendi b’xahrejn',
  'console.case.extend.reason': 'Għaliex hemm bżonn aktar żmien (min għamel it-talba jaqra dan)',
  'console.case.done.extended': 'It-talba {id} ġiet estiża; l-iskadenza issa hija {due}.',
  'console.case.done.accepted':
    'It-talba {id} ġiet aċċettata: l-elementi tagħha jinżammu barra minn kull sett ta’ data magħmul minn issa ’l ' +
    'quddiem.',
  'console.case.done.rejected': 'It-talba {id} ġiet miċħuda.',
  'console.case.noitems': 'Immarka mill-inqas element wieħed biex taċċetta, jew iċħad it-talba.',
  'console.snapshots.title': 'Settijiet ta’ data',
  'console.snapshots.empty': 'Għadu ma ġie ssiġillat l-ebda sett ta’ data.',
  'console.snapshot.summary':
    'Elementi inklużi: {included} minn {considered}, skont il-politika {policy}; stat tal-kontenut: {at}; ' +
    'issiġillat: {sealed}.',
  'console.snapshot.root': 'Għerq ta’ Merkle',
  'console.snapshot.models': 'Mudelli mħarrġa fuqu: {models}',
  'console.snapshot.nomodels': 'L-ebda mudell ma huwa rreġistrat bħala mħarreġ fuqu.',
  'console.snapshot.unreadable':
    'Il-folder tiegħu ma jistax jinqara minn hawn, għalhekk l-għadd tiegħu mhux qed jintwera; “Ivverifika” jgħid ' +
    'x’inhu ħażin.',
  'console.snapshot.out.caption': 'Elementi esklużi, skont ir-raġuni',
  'console.snapshot.kind.caption': 'Elementi skont ix-xorta',
  'console.snapshot.lang.caption': 'Elementi skont il-lingwa',
  'console.snapshot.verify': 'Ivverifika',
  'console.snapshot.verify.title': 'Is-sett ta’ data {id} ġie vverifikat',
  'console.snapshot.verified.ok':
    'Is-sett ta’ data {id} huwa kif ġie ssiġillat: il-fajls, il-manifest u l-għerq ta’ Merkle tiegħu jaqblu.',
  'console.snapshot.verified.bad': 'Is-sett ta’ data {id} mhuwiex kif ġie ssiġillat. Problemi: {count}.',
  'console.models.title': 'Mudelli',
  'console.models.empty': 'Għadu ma ġie rreġistrat l-ebda mudell.',
  'console.ledger.title': 'Reġistru',
  'console.ledger.size': 'Entrati fir-reġistru: {size}.',
  'console.ledger.checkpoint': 'Entrati koperti mill-aħħar punt ta’ kontroll iffirmat: {size}; data tal-firma: {when}.',
  'console.ledger.nocheckpoint':
    'Għadu ma ġie ffirmat l-ebda punt ta’ kontroll: veto ledger checkpoint jiffirma wieħed.',
  'console.ledger.root': 'Għerq',
  'console.ledger.note': 'Nota ffirmata',
  'console.ledger.recent': 'L-aħħar entrati',
  'console.records.title': 'Rekords għall-awtoritajiet superviżorji',
  'console.records.lead':
    'Kull oġġezzjoni, kunsens, irtirar, avviż li wasal u pass ta’ talba, rekord wieħed għal kull entrata ' +
    'fir-reġistru, kull wieħed verifikabbli kontra punt ta’ kontroll iffirmat għal dan it-tniżżil. Identifikaturi ' +
    'tal-kontijiet u ismijiet tar-reviżuri, l-ebda indirizz jew test.',
  'console.records.format': 'Format',
  'console.records.download': 'Niżżel ir-rekords',
}
