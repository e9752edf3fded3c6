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
}
