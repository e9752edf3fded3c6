/** Every sentence a person reads, in Irish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const ga: Messages = {
  'site.name': 'Oiliúint intleachta saorga agus d’ábhar',
  'site.skip': 'Léim chuig an ábhar',
  'nav.label': 'Príomhroghchlár',
  'nav.notice': 'Faoin oiliúint',
  'nav.object': 'Déan agóid',
  'nav.consent': 'Toiliú',
  'nav.status': 'Mo chuid agóidí',
  'nav.status.consent': 'Mo chuid toilithe',
  'nav.data': 'Mo chuid sonraí',
  'nav.signin': 'Logáil isteach',
  'nav.signout': 'Logáil amach',
  'settings.title': 'Teanga agus crios ama',
  'settings.lang': 'Teanga',
  'settings.zone': 'Crios ama',
  'settings.submit': 'Sábháil',
  'settings.shown': 'Taispeántar na hamanna sa chrios ama {zone}.',
  'notice.title': 'Úsáidfimid ábhar poiblí chun intleacht shaorga a oiliúint',
  'notice.title.opt_in': 'An bhfuil cead againn d’ábhar poiblí a úsáid chun intleacht shaorga a oiliúint?',
  'notice.lead':
    'Ó {start} ar aghaidh, úsáidimid ábhar poiblí úsáideoirí atá {age} bliain d’aois nó níos sine chun ár samhlacha ' +
    'intleachta saorga a oiliúint, ar bhonn ár leasa dhlisteanaigh (Airteagal 6(1)(f) den RGCS). Is féidir leat ' +
    'agóid ' +
    'a dhéanamh am ar bith, gan chúis a thabhairt.',
  'notice.lead.nodeadline':
    'Úsáidimid ábhar poiblí úsáideoirí atá {age} bliain d’aois nó níos sine chun ár samhlacha intleachta saorga a ' +
    'oiliúint, ar bhonn ár leasa dhlisteanaigh (Airteagal 6(1)(f) den RGCS). Is féidir leat agóid a dhéanamh am ar ' +
    'bith, gan chúis a thabhairt.',
  'notice.lead.opt_in':
    'Ba mhaith linn ábhar poiblí úsáideoirí atá {age} bliain d’aois nó níos sine a úsáid chun ár samhlacha ' +
    'intleachta ' +
    'saorga a oiliúint. Ní úsáidimid é ach le do thoiliú (Airteagal 6(1)(a) den RGCS). Is féidir leat do thoiliú a ' +
    'thabhairt anseo agus é a tharraingt siar am ar bith, chomh héasca agus a thug tú é.',
  'notice.what': 'Cad a úsáidimid',
  'notice.kinds': 'Na cineálacha seo ábhair phoiblí: {kinds}.',
  'notice.never.snapshot':
    'Ní úsáidimid riamh ábhar nach bhfuil poiblí, amhail teachtaireachtaí príobháideacha, ná ábhar daoine faoi {age}.',
  'notice.never.publication':
    'Ní úsáidimid riamh ábhar nach bhfuil poiblí, amhail teachtaireachtaí príobháideacha, ná ábhar a d’fhoilsigh tú ' +
    'sular bhain tú aois {age} amach.',
  'notice.deadline': 'An spriocdháta',
  'notice.deadline.text': 'Coinníonn agóidí a fhaightear roimh {deadline} d’ábhar go léir as an oiliúint.',
  'notice.after.future_content_only':
    'Ní choinníonn agóidí a fhaightear ina dhiaidh sin as an oiliúint ach an t-ábhar a chuireann tú ar fáil go ' +
    'poiblí ' +
    'tar éis duit agóid a dhéanamh. Ní féidir an méid a cuireadh isteach i samhail cheana a tharraingt siar.',
  'notice.after.all_content':
    'Coinníonn agóidí a fhaightear ina dhiaidh sin d’ábhar go léir as gach tacar sonraí oiliúna a dhéantar ina ' +
    'ndiaidh. Ní féidir an méid a cuireadh isteach i samhail cheana a tharraingt siar.',
  'notice.nodeadline':
    'Coinníonn agóid d’ábhar go léir as gach tacar sonraí oiliúna a dhéantar ina diaidh. Ní féidir an méid a ' +
    'cuireadh ' +
    'isteach i samhail cheana a tharraingt siar.',
  'notice.comingOfAge':
    'Má bhaineann tú aois {age} amach tar éis {deadline}, coinneoidh agóid a dhéanann tú laistigh de {days} lá ina ' +
    'dhiaidh sin d’ábhar go léir as an oiliúint freisin.',
  'notice.comingOfAge.own':
    'Bhain tú aois {age} amach le déanaí: má dhéanann tú agóid roimh {until}, coinneofar d’ábhar go léir as an ' +
    'oiliúint.',
  'notice.consent.effect':
    'Gan do thoiliú, ní úsáidfear aon chuid de d’ábhar. Le do thoiliú, féadfar d’ábhar poiblí a úsáid i dtacair ' +
    'sonraí oiliúna a dhéantar fad atá do thoiliú i bhfeidhm. Ní féidir an méid a cuireadh isteach i samhail cheana ' +
    'a ' +
    'tharraingt siar.',
  'notice.cta': 'Déan agóid anois',
  'notice.cta.opt_in': 'Tabhair do thoiliú nó tarraing siar é',
  'scope.covers':
    'Cumhdaíonn agóid gach cuntas a bhfuil do sheoladh ríomhphoist air agus gach cuntas atá nasctha leo sa lárionad ' +
    'cuntas céanna.',
  'scope.covers.opt_in':
    'Cumhdaíonn toiliú gach cuntas a bhfuil do sheoladh ríomhphoist air agus gach cuntas atá nasctha leo sa lárionad ' +
    'cuntas céanna.',
  'scope.notcovered':
    'Ní chumhdaítear cuntais a bhfuil seoladh ríomhphoist eile orthu lasmuigh de na lárionaid cuntas sin, fiú más ' +
    'leatsa iad: teastaíonn agóid dá gcuid féin uathu.',
  'scope.notcovered.opt_in':
    'Ní chumhdaítear cuntais a bhfuil seoladh ríomhphoist eile orthu lasmuigh de na lárionaid cuntas sin, fiú más ' +
    'leatsa iad: teastaíonn toiliú dá gcuid féin uathu.',
  'kind.name': 'd’ainm',
  'kind.username': 'ainmneacha úsáideora',
  'kind.profile_picture': 'pictiúir phróifíle',
  'kind.avatar': 'abhatáir',
  'kind.post': 'postálacha poiblí',
  'kind.comment': 'tráchtanna',
  'kind.group_post': 'gníomhaíocht i ngrúpaí poiblí',
  'kind.page_post': 'gníomhaíocht ar leathanaigh',
  'kind.channel_post': 'gníomhaíocht i gcainéil',
  'kind.marketplace_review': 'léirmheasanna ar an margadh',
  'signin.title': 'Logáil isteach',
  'signin.lead':
    'Cuir isteach seoladh ríomhphoist do chuntais. Seolfaimid nasc chugat a logálfaidh isteach thú; oibríonn sé uair ' +
    'amháin, ar feadh {minutes} nóiméad.',
  'signin.email': 'Seoladh ríomhphoist',
  'signin.submit': 'Seol nasc chugam',
  'signin.oidc': 'Logáil isteach le {label}',
  'signin.sent.title': 'Féach ar do bhosca isteach',
  'signin.sent.text':
    'Má úsáideann cuntas an seoladh seo, tá nasc logála isteach ar an mbealach. Oibríonn sé uair amháin, ar feadh ' +
    '{minutes} nóiméad.',
  'signin.confirm.title': 'Logáil isteach',
  'signin.confirm.text': 'Lean ar aghaidh chun logáil isteach ar an ngléas seo.',
  'signin.confirm.submit': 'Logáil isteach',
  'signin.invalid': 'Tá an nasc seo imithe in éag nó úsáideadh cheana é. Iarr ceann nua.',
  'object.title': 'Déan agóid in aghaidh úsáid d’ábhair',
  'object.lead': 'Déan agóid anseo in aghaidh úsáid d’ábhair phoiblí chun intleacht shaorga a oiliúint.',
  'object.email': 'Seoladh ríomhphoist do chuntais',
  'object.reason': 'Cúis (roghnach)',
  'object.reason.hint':
    'Ní gá duit cúis a thabhairt. Coinnímid í, agus ní thaispeánaimid do dhuine ar bith eile í riamh.',
  'object.submit': 'Déan agóid',
  'object.done.title': 'Taifeadadh d’agóid',
  'object.done.received': 'Faighte: {when}. Tá deimhniú ar an mbealach chuig do bhosca isteach.',
  'object.done.covers': 'Cumhdaíonn sí na cuntais seo:',
  'object.done.timely': 'Tháinig sí roimh an spriocdháta: ní úsáidfear aon chuid d’ábhar na gcuntas seo.',
  'object.done.late.future_content_only':
    'Tháinig sí tar éis an spriocdháta: ní úsáidfear ábhar a chuireann tú ar fáil go poiblí as seo amach. Ní féidir ' +
    'an méid a cuireadh isteach i samhail cheana a tharraingt siar.',
  'object.done.late.all_content':
    'Tháinig sí tar éis an spriocdháta: ní úsáidfear aon chuid d’ábhar na gcuntas seo i dtacair sonraí oiliúna a ' +
    'dhéanfar as seo amach. Ní féidir an méid a cuireadh isteach i samhail cheana a tharraingt siar.',
  'consent.title': 'Toiliú le húsáid d’ábhair',
  'consent.lead':
    'Tabhair do thoiliú anseo le húsáid d’ábhair phoiblí chun intleacht shaorga a oiliúint. Is fútsa atá sé; ní ' +
    'athrófar aon rud duit mura dtugann tú é.',
  'consent.submit': 'Toilím',
  'consent.given': 'Thug tú do thoiliú. Is féidir leat é a tharraingt siar ar an leathanach “Mo chuid toilithe”.',
  'consent.done.title': 'Taifeadadh do thoiliú',
  'consent.done.received': 'Faighte: {when}. Tá deimhniú ar an mbealach chuig do bhosca isteach.',
  'consent.done.covers': 'Cumhdaíonn sé na cuntais seo:',
  'consent.done.effect':
    'Féadfar d’ábhar poiblí a úsáid i dtacair sonraí oiliúna a dhéanfar as seo amach. Is féidir leat do thoiliú a ' +
    'tharraingt siar am ar bith, chomh héasca agus a thug tú é.',
  'status.title': 'Mo chuid agóidí',
  'status.title.opt_in': 'Mo chuid toilithe',
  'status.none': 'Níl aon agóid déanta agat.',
  'status.none.opt_in': 'Níl aon toiliú tugtha agat.',
  'status.section': 'Agóid an {date}',
  'status.section.opt_in': 'Toiliú an {date}',
  'status.received': 'Faighte: {when}',
  'status.withdrawn': 'Tarraingthe siar: {when}',
  'status.covers': 'Cuntais a chumhdaítear: {accounts}',
  'status.withdraw': 'Tarraing siar an agóid seo',
  'status.withdraw.opt_in': 'Tarraing siar an toiliú seo',
  'status.accounts': 'Do chuntais',
  'status.signoutEverywhere': 'Logáil amach ar gach gléas',
  'status.notYours':
    'Rinneadh é seo thar ceann {accounts}, cuntas i do lárionad cuntas a bhfuil seoladh ríomhphoist eile air. ' +
    'Cumhdaíonn sé do chuntais freisin; ní féidir é a tharraingt siar ach le sealbhóir cuntais a ndearnadh é thar a ' +
    'cheann.',
  'withdraw.title': 'D’agóid a tharraingt siar?',
  'withdraw.title.opt_in': 'Do thoiliú a tharraingt siar?',
  'withdraw.effect':
    'Féadfar d’ábhar poiblí a úsáid i dtacair sonraí oiliúna a dhéanfar as seo amach. Fanfaidh na tacair a rinneadh ' +
    'roimhe seo mar atá siad.',
  'withdraw.effect.opt_in':
    'Ní úsáidfear aon chuid de d’ábhar i dtacair sonraí oiliúna a dhéanfar as seo amach. Fanfaidh na tacair a ' +
    'rinneadh roimhe seo mar atá siad: ní féidir an méid a cuireadh isteach i samhail cheana a tharraingt siar.',
  'withdraw.again.timely':
    'Má dhéanann tú agóid arís roimh {deadline}, coinneoidh an agóid nua d’ábhar go léir as an oiliúint fós. Ina ' +
    'dhiaidh sin, measfar go bhfuil sí déanach.',
  'withdraw.again.late':
    'Má dhéanann tú agóid arís, measfar go bhfuil an agóid nua déanach, toisc go bhfuil an spriocdháta ({deadline}) ' +
    'caite.',
  'withdraw.confirm': 'Sea, tarraing siar',
  'withdraw.cancel': 'Ní hea, coinnigh é',
  'withdraw.done.title': 'Tarraingíodh siar d’agóid',
  'withdraw.done.title.opt_in': 'Tarraingíodh siar do thoiliú',
  'withdraw.done.text': 'Tarraingthe siar: {when}. Tá deimhniú ar an mbealach chuig do bhosca isteach.',
  'data.title': 'Mo chuid sonraí san oiliúint',
  'data.access': 'Íoslódáil gach a bhfuil ar taifead fút (JSON)',
  'data.none': 'Níl aon tacar sonraí oiliúna déanta fós.',
  'data.snapshot': 'Tacar sonraí oiliúna {id} amhail {at} ({policy})',
  'data.in': 'Tá {n} de do mhíreanna ann',
  'data.out': 'níl {n} eile ann',
  'data.models': 'Samhlacha a oileadh air: {models}',
  'data.caption': 'Do mhíreanna i dtacar sonraí oiliúna {id}',
  'data.col.item': 'Mír',
  'data.col.status': 'Sa tacar sonraí?',
  'data.col.proof': 'Cruthúnas',
  'data.included': 'san áireamh',
  'data.proof': 'Cruthúnas',
  'data.proof.about':
    'Taispeánann comhad cruthúnais, i gcomparáid le méarlorg foilsithe an tacair sonraí (a fhréamh Merkle), go ' +
    'bhfuil mír sa tacar sonraí nó nach bhfuil. Tá d’eochair don tacar sonraí ann. Uaithi sin agus ó aitheantóir na ' +
    'míre oibrítear amach eochair na míre arís, ionas gur féidir le duine ar bith a dtugann tú an comhad dó é a ' +
    'sheiceáil gan gá dó muinín a bheith aige asainn.',
  'data.proof.of': 'Cruthúnas do mhír {id}',
  'data.reason.published': 'gan a bheith poiblí fós ag an dáta scoir',
  'data.reason.visibility': 'gan a bheith poiblí',
  'data.reason.kind': 'cineál nach n-úsáidtear don oiliúint',
  'data.reason.region': 'lasmuigh de réigiúin na hoiliúna',
  'data.reason.age': 'aois anaithnid nó faoin aois íosta',
  'data.reason.notice': 'níor tugadh fógra in am',
  'data.reason.consent': 'gan toiliú',
  'data.reason.objection': 'd’agóid',
  'data.reason.excluded': 'coinnithe amach ar iarratas ó dhuine atá le feiceáil ann',
  'request.link': 'Ábhar ina bhfuil tú le feiceáil',
  'request.title': 'Coinnigh ábhar ina bhfuil tú le feiceáil as oiliúint intleachta saorga',
  'request.lead':
    'Má thaispeánann postáil, trácht nó grianghraf poiblí de chuid duine eile thú – d’ainm, d’íomhá nó sonraí eile ' +
    'fút –, is féidir leat iarraidh orainn é a choinneáil as oiliúint intleachta saorga. Ní theastaíonn cuntas uait. ' +
    'Freagraímid laistigh de mhí amháin; má theastaíonn níos mó ama uainn, inseoimid duit cén fáth, agus freagróimid ' +
    'laistigh de dhá mhí eile ar a dhéanaí.',
  'request.items': 'Cén t-ábhar? Seoladh gréasáin amháin nó aitheantóir míre amháin ar gach líne',
  'request.items.hint': 'Cóipeáil an seoladh ón mbrabhsálaí, nó aitheantóir na míre ón leathanach “Mo chuid sonraí”.',
  'request.description': 'Cad a thaispeánann sé fút, agus cén fáth ar cheart é a choinneáil amach?',
  'request.contact': 'Do sheoladh ríomhphoist (roghnach)',
  'request.contact.hint':
    'Ní úsáidfimid é ach chun ár gcinneadh a chur in iúl duit. Ar dtús, seolfaimid nasc chugat chun a dheimhniú gur ' +
    'leatsa an seoladh.',
  'request.evidence': 'Aon rud eile a chabhródh linn (roghnach)',
  'request.submit': 'Seol an t-iarratas',
  'request.error.items':
    'Luaigh mír amháin ar a laghad agus 100 mír ar a mhéad: seoladh gréasáin ónár suíomh nó aitheantóir míre, ceann ' +
    'amháin ar gach líne.',
  'request.error.description': 'Abair, le do thoil, cad a thaispeánann an t-ábhar fút (5,000 carachtar ar a mhéad).',
  'request.error.contact': 'Ní cosúil gur seoladh ríomhphoist é seo.',
  'request.error.evidence': 'Tá sé seo rófhada (20,000 carachtar ar a mhéad).',
  'request.done.title': 'Fuaireamar d’iarratas',
  'request.done.text': 'Is é {id} uimhir d’iarratais. Déanfaimid cinneadh faoi {due}.',
  'request.done.contact':
    'Sheolamar nasc chuig an seoladh a thug tú. Nuair a osclóidh tú é agus a dheimhneoidh tú é, cuirfimid ár ' +
    'gcinneadh in iúl duit.',
  'request.done.nocontact': 'Níor thug tú seoladh ríomhphoist, mar sin ní féidir linn ár gcinneadh a chur in iúl duit.',
  'request.confirm.title': 'Deimhnigh do sheoladh ríomhphoist',
  'request.confirm.text': 'Deimhnigh go bhfuil cead againn scríobh chuig an seoladh seo faoi d’iarratas {id}.',
  'request.confirm.submit': 'Deimhnigh',
  'request.confirmed.title': 'Tá do sheoladh deimhnithe',
  'request.confirmed.text': 'Scríobhfaimid chugat nuair a dhéanfaimid cinneadh faoi d’iarratas {id}.',
  'request.confirm.invalid': 'Níl an nasc seo bailí. Cóipeáil é ina iomláine ón ríomhphost, le do thoil.',
  'error.title': 'Tá rud éigin mícheart',
  'error.csrf': 'Tá an fhoirm seo imithe in éag. Téigh siar, athlódáil an leathanach agus bain triail eile as.',
  'error.rate': 'An iomarca iarrachtaí. Fan nóiméad, le do thoil, agus bain triail eile as.',
  'error.signin': 'Logáil isteach ar dtús, le do thoil.',
  'error.notfound': 'Níl an leathanach seo ann.',
  'error.notyours': 'Ní féidir é seo a tharraingt siar ach le sealbhóir cuntais a ndearnadh é thar a cheann.',
  'error.withdrawn': 'Tarraingíodh siar é seo cheana.',
  'error.internal': 'Chuaigh rud éigin mícheart ar ár dtaobh. Bain triail eile as ar ball, le do thoil.',
  'mail.signin.subject': 'Do nasc logála isteach',
  'mail.signin.body':
    'Dia duit,\n\nD’iarr duine éigin (tusa, tá súil againn) logáil isteach. Oibríonn an nasc seo uair amháin, ar ' +
    'feadh {minutes} nóiméad:\n\n{link}\n\nMura tusa a bhí ann, déan neamhaird den ríomhphost seo.',
  'mail.confirmation.subject': 'Taifeadadh d’agóid',
  'mail.confirmation.subject.opt_in': 'Taifeadadh do thoiliú',
  'mail.confirmation.body':
    'Dia duit,\n\nFuaireamar d’agóid ({id}): {when}.\n\nCumhdaíonn sí na cuntais ' +
    'seo:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nIs féidir leat d’agóidí a fheiceáil agus a tharraingt siar ag ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Dia duit,\n\nFuaireamar do thoiliú ({id}): {when}.\n\nCumhdaíonn sé na cuntais ' +
    'seo:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nIs féidir leat do chuid toilithe a fheiceáil agus a tharraingt ' +
    'siar ag {url}.',
  'mail.withdrawal.subject': 'Tarraingíodh siar d’agóid',
  'mail.withdrawal.subject.opt_in': 'Tarraingíodh siar do thoiliú',
  'mail.withdrawal.body':
    'Dia duit,\n\nTarraingíodh siar d’agóid {id}: {when}.\n\n{effect}\n\nIs féidir leat agóid a dhéanamh arís am ar ' +
    'bith: {url}',
  'mail.withdrawal.body.opt_in':
    'Dia duit,\n\nTarraingíodh siar do thoiliú {id}: {when}.\n\n{effect}\n\nIs féidir leat do thoiliú a thabhairt ' +
    'arís am ar bith: {url}',
  'mail.notice.subject': 'Úsáidfimid ábhar poiblí chun intleacht shaorga a oiliúint',
  'mail.notice.subject.opt_in': 'An bhfuil cead againn d’ábhar poiblí a úsáid chun intleacht shaorga a oiliúint?',
  'mail.notice.body':
    'Dia duit,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nDéan agóid anseo: {url}\n\nBaineann an ' +
    'ríomhphost seo leis na cuntais seo: {accounts}',
  'mail.notice.body.opt_in':
    'Dia duit,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nTabhair do thoiliú nó tarraing siar é anseo: ' +
    '{url}\n\nBaineann an ríomhphost seo leis na cuntais seo: {accounts}',
  'mail.footer.zone': 'Tá na hamanna sa ríomhphost seo sa chrios ama {zone}.',
  'mail.case.confirm.subject': 'Deimhnigh do sheoladh ríomhphoist, le do thoil',
  'mail.case.confirm.body':
    'Dia duit,\n\nD’iarr duine éigin (tusa, tá súil againn) orainn ábhar a choinneáil as oiliúint intleachta saorga, ' +
    'agus thug sé an seoladh seo chun freagra a fháil. Deimhnigh é anseo, le do thoil:\n\n{link}\n\nMura tusa a bhí ' +
    'ann, déan neamhaird den ríomhphost seo: ní scríobhfaimid chugat arís.',
  'mail.case.received.subject': 'Fuaireamar d’iarratas {id}',
  'mail.case.received.body':
    'Dia duit,\n\nFuaireamar d’iarratas {id}: {when}. Baineann sé leis an ábhar seo:\n{items}\n\nDéanfaimid cinneadh ' +
    'faoi {due}.',
  'mail.case.extended.subject': 'Teastaíonn níos mó ama uainn le haghaidh d’iarratais {id}',
  'mail.case.extended.body':
    'Dia duit,\n\nTeastaíonn níos mó ama uainn chun cinneadh a dhéanamh faoi d’iarratas {id}, mar gheall ar an méid ' +
    'seo: {reason}\n\nDéanfaimid cinneadh faoi {due}.',
  'mail.case.accepted.subject': 'Glacadh le d’iarratas {id}',
  'mail.case.accepted.body':
    'Dia duit,\n\nGhlacamar le d’iarratas {id}. Coinneofar an t-ábhar seo as gach tacar sonraí oiliúna intleachta ' +
    'saorga a dhéanfaimid as seo amach:\n{items}\n\nNí féidir an méid a cuireadh isteach i samhail cheana a bhaint ' +
    'amach aisti.',
  'mail.case.rejected.subject': 'Diúltaíodh d’iarratas {id}',
  'mail.case.rejected.body':
    'Dia duit,\n\nNíor ghlacamar le d’iarratas {id}, mar gheall ar an méid seo: {reason}\n\nIs féidir leat gearán a ' +
    'dhéanamh le húdarás maoirseachta um chosaint sonraí.',
  'console.name': 'Consól príobháideachais',
  'console.nav.label': 'Consól',
  'console.nav.overview': 'Forbhreathnú',
  'console.nav.cases': 'Cásanna',
  'console.nav.snapshots': 'Tacair sonraí',
  'console.nav.models': 'Samhlacha',
  'console.nav.ledger': 'Mórleabhar',
  'console.member': 'Logáilte isteach mar {name}, {role}.',
  'console.role.viewer': 'breathnóir',
  'console.role.reviewer': 'athbhreithneoir',
  'console.signin.title': 'Logáil isteach sa chonsól príobháideachais',
  'console.signin.lead':
    'Don fhoireann príobháideachais ar an ardán. Cuir isteach do sheoladh ríomhphoist oibre: má tá sé cláraithe sa ' +
    'chonsól, seolfaimid nasc chuige a logálfaidh isteach thú. Oibríonn an nasc uair amháin, ar feadh {minutes} ' +
    'nóiméad.',
  'console.signin.sent':
    'Má tá an seoladh seo cláraithe sa chonsól, tá nasc logála isteach ar an mbealach. Oibríonn sé uair amháin, ar ' +
    'feadh {minutes} nóiméad.',
  'console.signin.refused':
    'Níl an cuntas ar logáil tú isteach leis cláraithe sa chonsól. Iarr ar d’oifigeach cosanta sonraí a sheoladh a ' +
    'chur leis.',
  'console.forbidden': 'Ní cheadaíonn do ról é seo. Is iad na hathbhreithneoirí a chinneann cásanna.',
  'console.overview.title': 'Forbhreathnú',
  'console.overview.policy':
    'Figiúirí faoin mbeartas {policy}. Meastar go bhfuil agóid déanach má fhaightear í ó {deadline} ar aghaidh. Is ' +
    'laethanta UTC iad na laethanta.',
  'console.overview.policy.nodeadline':
    'Figiúirí faoin mbeartas {policy}, nach bhfuil spriocdháta ar bith aige: níl aon agóid déanach. Is laethanta UTC ' +
    'iad na laethanta.',
  'console.overview.cases': 'Cásanna: {open} gan chinneadh, {overdue} díobh thar an spriocdháta',
  'console.overview.asof': 'Figiúirí amhail {when}; ríomhtar arís iad gach {minutes} nóiméad ar a mhéad.',
  'console.figures.title': 'Agóidí, tarraingtí siar agus toilithe',
  'console.chart.title': 'Agóidí, agóidí déanacha, tarraingtí siar agus toilithe in aghaidh an lae',
  'console.chart.desc': 'Líne amháin do gach sraith, ó {first} go {last}. Tugann an tábla thíos gach uimhir.',
  'console.chart.empty': 'Níor cuireadh aon rud isteach fós.',
  'console.series.objections': 'Agóidí',
  'console.series.late': 'Agóidí déanacha',
  'console.series.withdrawals': 'Tarraingtí siar',
  'console.series.consents': 'Toilithe',
  'console.table.day': 'Lá',
  'console.table.perday': 'Gach lá i bhfigiúirí',
  'console.totals.caption': 'San iomlán',
  'console.bychannel.caption': 'De réir cainéil',
  'console.bynetwork.caption': 'De réir líonra na gcuntas lena mbaineann siad (uair amháin do gach líonra)',
  'console.type.objection': 'Agóidí',
  'console.type.consent': 'Toilithe',
  'console.col.type': 'Cineál',
  'console.col.filed': 'Curtha isteach',
  'console.col.withdrawn': 'Tarraingthe siar',
  'console.col.channel': 'Cainéal',
  'console.col.network': 'Líonra',
  'console.col.policy': 'Beartas',
  'console.col.lang': 'Teanga',
  'console.col.queued': 'Curtha sa scuaine',
  'console.col.accepted': 'Glactha ag an bhfreastalaí ríomhphoist',
  'console.col.failing': 'Ag teip',
  'console.col.pending': 'Ar feitheamh',
  'console.col.accounts': 'Cuntais',
  'console.col.kind': 'Saghas',
  'console.col.unsent': 'Gan seoladh',
  'console.col.oldest': 'An ceann is sine gan seoladh',
  'console.col.case': 'Cás',
  'console.col.status': 'Stádas',
  'console.col.due': 'Spriocdháta',
  'console.col.received': 'Faighte',
  'console.col.items': 'Míreanna',
  'console.col.reason': 'Cúis',
  'console.col.count': 'Míreanna',
  'console.col.in': 'Istigh',
  'console.col.out': 'Amuigh',
  'console.col.model': 'Samhail',
  'console.col.registered': 'Cláraithe',
  'console.col.snapshots': 'Tacair sonraí',
  'console.col.seq': 'Ionad',
  'console.col.event': 'Teagmhas',
  'console.col.recorded': 'Taifeadta',
  'console.notices.title': 'Raon na bhfógraí',
  'console.notices.never':
    'Níl aon fhógra a bhaineann le {policy} ag {never} as {adults} cuntas d’úsáideoirí a bhfuil an aois íosta bainte ' +
    'amach acu.',
  'console.notices.mails.caption': 'Ríomhphoist fógra de réir leagan beartais agus teanga',
  'console.notices.proofs.caption': 'Cuntais a bhfuil cruthúnas fógra acu, de réir leagan beartais agus teanga',
  'console.notices.mails.empty':
    'Níor cuireadh aon ríomhphost fógra sa scuaine fós: cuireann veto notice send sa scuaine iad agus seolann sé iad.',
  'console.notices.proofs.empty': 'Níor shroich aon fhógra aon chuntas fós.',
  'console.notices.unversioned': 'gan leagan (áirítear é do gach beartas)',
  'console.outbox.title': 'Bosca amach',
  'console.outbox.caption': 'Ríomhphost nár ghlac an freastalaí ríomhphoist leis fós, de réir saghais',
  'console.outbox.empty': 'Ghlac an freastalaí ríomhphoist le gach ríomhphost.',
  'console.cases.title': 'Cásanna',
  'console.cases.lead':
    'Iarratais ó thríú páirtithe: iad siúd gan chinneadh ar dtús, iad siúd thar an spriocdháta ag an mbarr, ansin de ' +
    'réir spriocdháta.',
  'console.cases.empty': 'Níor tháinig aon iarratas isteach fós.',
  'console.status.open': 'oscailte',
  'console.status.extended': 'síneadh tugtha',
  'console.status.accepted': 'glactha',
  'console.status.rejected': 'diúltaithe',
  'console.status.overdue': 'thar an spriocdháta',
  'console.case.title': 'Cás {id}',
  'console.case.received': 'Faighte: {when} trí {channel}; spriocdháta: {due}.',
  'console.case.description': 'Cad a deir an t-iarrthóir',
  'console.case.evidence': 'Fianaise',
  'console.case.contact': 'Teagmháil',
  'console.case.contact.none': 'Níor tugadh aon seoladh: ní féidir scéala a chur chuig an iarrthóir.',
  'console.case.contact.unconfirmed': '(gan deimhniú: ní sheoltar aon rud chuige fós)',
  'console.case.contact.confirmed': '(deimhnithe)',
  'console.case.hidden':
    'Is sonraí pearsanta iad téacsanna an iarratais agus a shonraí teagmhála: ní fheiceann ach athbhreithneoirí iad.',
  'console.case.erased':
    'Scriosadh téacsanna an iarratais, agus a sheoladh teagmhála má tugadh ceann, ar {when}, tar éis don tréimhse a ' +
    'socraíodh le requests.keep_texts_days dul thart ó rinneadh an cinneadh air.',
  'console.case.steps': 'Céimeanna',
  'console.case.step.extended': 'Síneadh ag {reviewer} ar {when}; spriocdháta nua: {due}. Cúis: {reason}',
  'console.case.step.accepted': 'Glactha ag {reviewer} ar {when}, do {count} mír.',
  'console.case.step.rejected': 'Diúltaithe ag {reviewer} ar {when}. Cúis: {reason}',
  'console.case.decided': 'Tá cinneadh déanta ar an gcás seo.',
  'console.case.viewer': 'Ní chinneann ach athbhreithneoirí cásanna.',
  'console.case.decide': 'Cinneadh',
  'console.case.accept': 'Glac leis',
  'console.case.accept.items': 'Míreanna le coinneáil as an oiliúint',
  'console.case.accept.lead': 'Coinneofar na míreanna atá ticeáilte as gach tacar sonraí a dhéanfar as seo amach.',
  'console.case.reject': 'Diúltaigh',
  'console.case.reject.reason': 'Cén fáth a ndiúltaítear don iarratas (léifidh an t-iarrthóir é seo)',
  'console.case.extend': 'Cuir síneadh dhá mhí leis',
  'console.case.extend.reason': 'Cén fáth a dteastaíonn níos mó ama (léifidh an t-iarrthóir é seo)',
  'console.case.done.extended': 'Tugadh síneadh do chás {id}; is é {due} an spriocdháta anois.',
  'console.case.done.accepted':
    'Glacadh le cás {id}: coinneofar a mhíreanna as gach tacar sonraí a dhéanfar as seo amach.',
  'console.case.done.rejected': 'Diúltaíodh do chás {id}.',
  'console.case.noitems': 'Ticeáil mír amháin ar a laghad chun glacadh leis an gcás, nó diúltaigh dó.',
  'console.snapshots.title': 'Tacair sonraí',
  'console.snapshots.empty': 'Níor séalaíodh aon tacar sonraí fós.',
  'console.snapshot.summary':
    '{included} as {considered} mír istigh, faoin mbeartas {policy}; ábhar amhail {at}; séalaithe: {sealed}.',
  'console.snapshot.root': 'Fréamh Merkle',
  'console.snapshot.models': 'Samhlacha a oileadh air: {models}',
  'console.snapshot.nomodels': 'Níl aon samhail cláraithe mar shamhail a oileadh air.',
  'console.snapshot.unreadable':
    'Ní féidir a fhillteán a léamh anseo, mar sin ní thaispeántar a chomhairimh; insíonn “Fíoraigh” cad atá mícheart.',
  'console.snapshot.out.caption': 'Míreanna amuigh, de réir cúise',
  'console.snapshot.kind.caption': 'Míreanna de réir saghais',
  'console.snapshot.lang.caption': 'Míreanna de réir teanga',
  'console.snapshot.verify': 'Fíoraigh',
  'console.snapshot.verify.title': 'Seiceáladh tacar sonraí {id}',
  'console.snapshot.verified.ok':
    'Tá tacar sonraí {id} mar a bhí sé nuair a séalaíodh é: tagann a chomhaid, a léiriú agus a fhréamh Merkle le ' +
    'chéile.',
  'console.snapshot.verified.bad': 'Níl tacar sonraí {id} mar a bhí sé nuair a séalaíodh é: {count} fadhb.',
  'console.models.title': 'Samhlacha',
  'console.models.empty': 'Níor cláraíodh aon samhail fós.',
  'console.ledger.title': 'Mórleabhar',
  'console.ledger.size': 'Tá {size} iontráil sa mhórleabhar.',
  'console.ledger.checkpoint': 'Cumhdaíonn a sheicphointe sínithe is déanaí {size} iontráil; síníodh é ar {when}.',
  'console.ledger.nocheckpoint': 'Níor síníodh aon seicphointe fós: síníonn veto ledger checkpoint ceann.',
  'console.ledger.root': 'Fréamh',
  'console.ledger.note': 'Nóta sínithe',
  'console.ledger.recent': 'Na hiontrálacha is déanaí',
  'console.records.title': 'Taifid d’údaráis mhaoirseachta',
  'console.records.lead':
    'Gach agóid, toiliú, tarraingt siar, fógra a seachadadh agus céim i gcás, taifead amháin do gach iontráil sa ' +
    'mhórleabhar, agus is féidir gach ceann acu a sheiceáil in aghaidh seicphointe a síníodh don íoslódáil. ' +
    'Aitheantóirí cuntas agus ainmneacha athbhreithneoirí, gan seoltaí ná téacsanna.',
  'console.records.format': 'Formáid',
  'console.records.download': 'Íoslódáil na taifid',
}
