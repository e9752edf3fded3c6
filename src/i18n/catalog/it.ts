/** Every sentence a person reads, in Italian; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const it: Messages = {
  'site.name': 'L’addestramento dell’IA e i suoi contenuti',
  'site.skip': 'Vai al contenuto',
  'nav.label': 'Navigazione principale',
  'nav.notice': 'Informazioni sull’addestramento',
  'nav.object': 'Opporsi',
  'nav.consent': 'Acconsentire',
  'nav.status': 'Le mie opposizioni',
  'nav.status.consent': 'I miei consensi',
  'nav.data': 'I miei dati',
  'nav.signin': 'Accedi',
  'nav.signout': 'Esci',
  'settings.title': 'Lingua e fuso orario',
  'settings.lang': 'Lingua',
  'settings.zone': 'Fuso orario',
  'settings.submit': 'Salva',
  'settings.shown': 'Gli orari sono indicati nel fuso orario {zone}.',
  'notice.title': 'Useremo contenuti pubblici per addestrare l’IA',
  'notice.title.opt_in': 'Possiamo usare i suoi contenuti pubblici per addestrare l’IA?',
  'notice.lead':
    'A partire dal {start} usiamo i contenuti pubblici degli utenti che hanno almeno {age} anni per addestrare i ' +
    'nostri modelli di IA, sulla base del nostro legittimo interesse ai sensi dell’articolo 6, paragrafo 1, lettera ' +
    'f), del GDPR. Può opporsi in qualsiasi momento, senza indicare alcun motivo.',
  'notice.lead.nodeadline':
    'Usiamo i contenuti pubblici degli utenti che hanno almeno {age} anni per addestrare i nostri modelli di IA, ' +
    'sulla base del nostro legittimo interesse ai sensi dell’articolo 6, paragrafo 1, lettera f), del GDPR. Può ' +
    'opporsi in qualsiasi momento, senza indicare alcun motivo.',
  'notice.lead.opt_in':
    'Vorremmo usare i contenuti pubblici degli utenti che hanno almeno {age} anni per addestrare i nostri modelli di ' +
    'IA. Li usiamo solo con il suo consenso, ai sensi dell’articolo 6, paragrafo 1, lettera a), del GDPR. Qui può ' +
    'dare il suo consenso e revocarlo in qualsiasi momento, con la stessa facilità con cui lo ha dato.',
  'notice.what': 'Che cosa usiamo',
  'notice.kinds': 'Questi tipi di contenuti pubblici: {kinds}.',
  'notice.never.snapshot':
    'Mai contenuti non pubblici, come i messaggi privati, e mai contenuti di persone con meno di {age} anni.',
  'notice.never.publication':
    'Mai contenuti non pubblici, come i messaggi privati, e mai contenuti che ha pubblicato prima di compiere {age} ' +
    'anni.',
  'notice.deadline': 'Il termine',
  'notice.deadline.text':
    'Le opposizioni ricevute prima del {deadline} escludono dall’addestramento tutti i suoi contenuti.',
  'notice.after.future_content_only':
    'Le opposizioni ricevute dopo tale data escludono solo ciò che rende pubblico dopo l’opposizione. Ciò che è già ' +
    'confluito in un modello non può esserne ritirato.',
  'notice.after.all_content':
    'Le opposizioni ricevute dopo tale data escludono tutti i suoi contenuti da ogni set di dati di addestramento ' +
    'creato dopo averle ricevute. Ciò che è già confluito in un modello non può esserne ritirato.',
  'notice.nodeadline':
    'Un’opposizione esclude tutti i suoi contenuti da ogni set di dati di addestramento creato dopo averla ricevuta. ' +
    'Ciò che è già confluito in un modello non può esserne ritirato.',
  'notice.comingOfAge':
    'Se compie {age} anni dopo il {deadline}, anche un’opposizione presentata entro {days} giorni da quel compleanno ' +
    'esclude tutti i suoi contenuti.',
  'notice.comingOfAge.own':
    'Ha compiuto {age} anni da poco: un’opposizione presentata prima del {until} esclude tutti i suoi contenuti.',
  'notice.consent.effect':
    'Senza il suo consenso non viene usato nessuno dei suoi contenuti. Con il suo consenso, i suoi contenuti ' +
    'pubblici ' +
    'possono essere usati nei set di dati di addestramento creati finché il consenso resta valido. Ciò che è già ' +
    'confluito in un modello non può esserne ritirato.',
  'notice.cta': 'Opporsi ora',
  'notice.cta.opt_in': 'Dare o revocare il consenso',
  'scope.covers':
    'Un’opposizione vale per tutti gli account con il suo indirizzo e-mail e per tutti gli account collegati a essi ' +
    'nello stesso Centro gestione account.',
  'scope.covers.opt_in':
    'Un consenso vale per tutti gli account con il suo indirizzo e-mail e per tutti gli account collegati a essi ' +
    'nello stesso Centro gestione account.',
  'scope.notcovered':
    'Non sono inclusi gli account con un altro indirizzo e-mail che si trovano al di fuori di questi Centri gestione ' +
    'account, anche se sono suoi: per questi serve un’opposizione a parte.',
  'scope.notcovered.opt_in':
    'Non sono inclusi gli account con un altro indirizzo e-mail che si trovano al di fuori di questi Centri gestione ' +
    'account, anche se sono suoi: per questi serve un consenso a parte.',
  'kind.name': 'il suo nome',
  'kind.username': 'nomi utente',
  'kind.profile_picture': 'immagini del profilo',
  'kind.avatar': 'avatar',
  'kind.post': 'post pubblici',
  'kind.comment': 'commenti',
  'kind.group_post': 'attività nei gruppi pubblici',
  'kind.page_post': 'attività sulle pagine',
  'kind.channel_post': 'attività nei canali',
  'kind.marketplace_review': 'recensioni nel marketplace',
  'signin.title': 'Accedi',
  'signin.lead':
    'Inserisca l’indirizzo e-mail del suo account. Le invieremo un link per accedere; funziona una sola volta, per ' +
    '{minutes} minuti.',
  'signin.email': 'Indirizzo e-mail',
  'signin.submit': 'Inviatemi un link',
  'signin.oidc': 'Accedi con {label}',
  'signin.sent.title': 'Controlli la sua casella di posta',
  'signin.sent.text':
    'Se un account usa questo indirizzo, le stiamo inviando un link di accesso. Funziona una sola volta, per ' +
    '{minutes} minuti.',
  'signin.confirm.title': 'Accedi',
  'signin.confirm.text': 'Prosegua per accedere su questo dispositivo.',
  'signin.confirm.submit': 'Accedi',
  'signin.invalid': 'Questo link è scaduto o è già stato usato. Ne richieda uno nuovo.',
  'object.title': 'Opporsi all’uso dei suoi contenuti',
  'object.lead': 'Qui può opporsi all’uso dei suoi contenuti pubblici per l’addestramento dell’IA.',
  'object.email': 'Indirizzo e-mail del suo account',
  'object.reason': 'Motivo (facoltativo)',
  'object.reason.hint': 'Indicare un motivo non è obbligatorio. Lo conserviamo e non lo mostriamo mai a nessun altro.',
  'object.submit': 'Mi oppongo',
  'object.done.title': 'La sua opposizione è stata registrata',
  'object.done.received': 'Ricevuta il {when}. Una conferma è in arrivo nella sua casella di posta.',
  'object.done.covers': 'Vale per questi account:',
  'object.done.timely': 'È arrivata prima della scadenza del termine: nessun contenuto di questi account verrà usato.',
  'object.done.late.future_content_only':
    'È arrivata dopo la scadenza del termine: i contenuti che rende pubblici da ora in poi non verranno usati. Ciò ' +
    'che è già confluito in un modello non può esserne ritirato.',
  'object.done.late.all_content':
    'È arrivata dopo la scadenza del termine: nessun contenuto di questi account verrà usato nei set di dati di ' +
    'addestramento creati da ora in poi. Ciò che è già confluito in un modello non può esserne ritirato.',
  'consent.title': 'Acconsentire all’uso dei suoi contenuti',
  'consent.lead':
    'Qui può dare il suo consenso all’uso dei suoi contenuti pubblici per l’addestramento dell’IA. La scelta è sua; ' +
    'se non lo dà, per lei non cambia nulla.',
  'consent.submit': 'Acconsento',
  'consent.given': 'Ha dato il suo consenso. Può revocarlo nella pagina «I miei consensi».',
  'consent.done.title': 'Il suo consenso è stato registrato',
  'consent.done.received': 'Ricevuto il {when}. Una conferma è in arrivo nella sua casella di posta.',
  'consent.done.covers': 'Vale per questi account:',
  'consent.done.effect':
    'I suoi contenuti pubblici possono essere usati nei set di dati di addestramento creati da ora in poi. Può ' +
    'revocare il suo consenso in qualsiasi momento, con la stessa facilità con cui lo ha dato.',
  'status.title': 'Le mie opposizioni',
  'status.title.opt_in': 'I miei consensi',
  'status.none': 'Non ha presentato alcuna opposizione.',
  'status.none.opt_in': 'Non ha dato alcun consenso.',
  'status.section': 'Opposizione del {date}',
  'status.section.opt_in': 'Consenso del {date}',
  'status.received': 'Data di ricezione: {when}',
  'status.withdrawn': 'Data di revoca: {when}',
  'status.covers': 'Vale per: {accounts}',
  'status.withdraw': 'Revocare questa opposizione',
  'status.withdraw.opt_in': 'Revocare questo consenso',
  'status.accounts': 'I suoi account',
  'status.signoutEverywhere': 'Esci su tutti i dispositivi',
  'status.notYours':
    'Dichiarazione resa per {accounts}, un account del suo Centro gestione account con un altro indirizzo. Vale ' +
    'anche ' +
    'per i suoi account; può revocarla solo il titolare di uno degli account per cui è stata resa.',
  'withdraw.title': 'Revocare la sua opposizione?',
  'withdraw.title.opt_in': 'Revocare il suo consenso?',
  'withdraw.effect':
    'I suoi contenuti pubblici potranno essere usati nei set di dati di addestramento creati da ora in poi. I set di ' +
    'dati creati prima restano invariati.',
  'withdraw.effect.opt_in':
    'Nessuno dei suoi contenuti verrà usato nei set di dati di addestramento creati da ora in poi. I set di dati ' +
    'creati prima restano invariati: ciò che è già confluito in un modello non può esserne ritirato.',
  'withdraw.again.timely':
    'Se si oppone di nuovo prima del {deadline}, la nuova opposizione esclude ancora tutti i suoi contenuti. Dopo ' +
    'tale data sarà considerata tardiva.',
  'withdraw.again.late':
    'Se si oppone di nuovo, la nuova opposizione sarà considerata tardiva, perché il termine ({deadline}) è scaduto.',
  'withdraw.confirm': 'Sì, revocare',
  'withdraw.cancel': 'No, mantenere',
  'withdraw.done.title': 'La sua opposizione è stata revocata',
  'withdraw.done.title.opt_in': 'Il suo consenso è stato revocato',
  'withdraw.done.text': 'Revoca effettuata il {when}. Una conferma è in arrivo nella sua casella di posta.',
  'data.title': 'I miei dati nell’addestramento',
  'data.access': 'Scarica tutto ciò che è registrato su di lei (JSON)',
  'data.none': 'Non è ancora stato creato alcun set di dati di addestramento.',
  'data.snapshot': 'Set di dati {id} del {at} ({policy})',
  'data.in': 'I suoi elementi inclusi: {n}',
  'data.out': 'non inclusi: {n}',
  'data.models': 'Modelli addestrati su questo set di dati: {models}',
  'data.caption': 'I suoi elementi nel set di dati {id}',
  'data.col.item': 'Elemento',
  'data.col.status': 'Nel set di dati?',
  'data.col.proof': 'Prova',
  'data.included': 'incluso',
  'data.proof': 'Prova',
  'data.proof.about':
    'Un file di prova mostra, in base all’impronta pubblicata del set di dati (la radice di Merkle), che un elemento ' +
    'è nel set di dati oppure che non c’è. Contiene la sua chiave per il set di dati, da cui, insieme ' +
    'all’identificativo dell’elemento, si ricalcola la chiave di quest’ultimo. Così chiunque riceva da lei il file ' +
    'può verificarlo senza doversi fidare di noi.',
  'data.proof.of': 'Prova per l’elemento {id}',
  'data.reason.published': 'non ancora pubblico alla data di riferimento',
  'data.reason.visibility': 'non pubblico',
  'data.reason.kind': 'tipo di contenuto non usato per l’addestramento',
  'data.reason.region': 'al di fuori delle regioni dell’addestramento',
  'data.reason.age': 'età sconosciuta o inferiore a quella minima',
  'data.reason.notice': 'nessuna informativa in tempo utile',
  'data.reason.consent': 'nessun consenso',
  'data.reason.objection': 'la sua opposizione',
  'data.reason.excluded': 'escluso su richiesta di una persona che vi compare',
  'request.link': 'Contenuti in cui compare lei',
  'request.title': 'Escludere dall’addestramento dell’IA i contenuti in cui compare lei',
  'request.lead':
    'Se un post, un commento o una foto pubblici di un’altra persona la mostrano – il suo nome, la sua immagine o ' +
    'altri dati che la riguardano –, può chiederci di escluderli dall’addestramento dell’IA. Non serve un account. ' +
    'Rispondiamo entro un mese; se ci serve più tempo, le spieghiamo il motivo e rispondiamo al più tardi entro ' +
    'altri due mesi.',
  'request.items': 'Quali contenuti? Un indirizzo web o un identificativo di elemento per riga',
  'request.items.hint':
    'Copi l’indirizzo dal browser, oppure l’identificativo dell’elemento dalla pagina «I miei dati».',
  'request.description': 'Che cosa mostra di lei e perché dovrebbe essere escluso?',
  'request.contact': 'Il suo indirizzo e-mail (facoltativo)',
  'request.contact.hint':
    'Solo per comunicarle la nostra decisione. Prima le inviamo un link per confermare che l’indirizzo è suo.',
  'request.evidence': 'Qualsiasi altra informazione utile (facoltativo)',
  'request.submit': 'Invia la richiesta',
  'request.error.items':
    'Indichi almeno un elemento e al massimo 100: un indirizzo web del nostro sito o un identificativo di elemento, ' +
    'uno per riga.',
  'request.error.description': 'Indichi che cosa mostra di lei il contenuto (al massimo 5000 caratteri).',
  'request.error.contact': 'Questo non sembra un indirizzo e-mail.',
  'request.error.evidence': 'Il testo è troppo lungo (al massimo 20.000 caratteri).',
  'request.done.title': 'Abbiamo ricevuto la sua richiesta',
  'request.done.text': 'La sua richiesta ha il numero {id}. Decideremo entro il {due}.',
  'request.done.contact':
    'Abbiamo inviato un link all’indirizzo che ci ha indicato. Quando lo avrà aperto e avrà confermato, le ' +
    'comunicheremo la nostra decisione.',
  'request.done.nocontact': 'Non ha indicato un indirizzo e-mail, quindi non possiamo comunicarle la nostra decisione.',
  'request.confirm.title': 'Confermi il suo indirizzo e-mail',
  'request.confirm.text': 'Confermi che possiamo scriverle a questo indirizzo riguardo alla sua richiesta {id}.',
  'request.confirm.submit': 'Conferma',
  'request.confirmed.title': 'Il suo indirizzo è confermato',
  'request.confirmed.text': 'Le scriveremo quando avremo deciso sulla sua richiesta {id}.',
  'request.confirm.invalid': 'Questo link non è valido. Lo copi per intero dall’e-mail.',
  'error.title': 'Qualcosa non va',
  'error.csrf': 'Questo modulo è scaduto. Torni indietro, ricarichi la pagina e riprovi.',
  'error.rate': 'Troppi tentativi. Attenda un minuto e riprovi.',
  'error.signin': 'Effettui prima l’accesso.',
  'error.notfound': 'Questa pagina non esiste.',
  'error.notyours':
    'Questa dichiarazione può essere revocata solo dal titolare di uno degli account per cui è stata resa.',
  'error.withdrawn': 'La revoca è già avvenuta.',
  'error.internal': 'Si è verificato un errore da parte nostra. Riprovi più tardi.',
  'mail.signin.subject': 'Il suo link di accesso',
  'mail.signin.body':
    'Buongiorno,\n\nqualcuno (speriamo lei) ha chiesto di accedere. Questo link funziona una sola volta, per ' +
    '{minutes} minuti:\n\n{link}\n\nSe la richiesta non è partita da lei, ignori questa e-mail.',
  'mail.confirmation.subject': 'La sua opposizione è stata registrata',
  'mail.confirmation.subject.opt_in': 'Il suo consenso è stato registrato',
  'mail.confirmation.body':
    'Buongiorno,\n\nabbiamo ricevuto la sua opposizione il {when} ({id}).\n\nVale per questi ' +
    'account:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPuò consultare e revocare le sue opposizioni all’indirizzo ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Buongiorno,\n\nabbiamo ricevuto il suo consenso il {when} ({id}).\n\nVale per questi ' +
    'account:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPuò consultare e revocare i suoi consensi all’indirizzo ' +
    '{url}.',
  'mail.withdrawal.subject': 'La sua opposizione è stata revocata',
  'mail.withdrawal.subject.opt_in': 'Il suo consenso è stato revocato',
  'mail.withdrawal.body':
    'Buongiorno,\n\nla sua opposizione {id} è stata revocata il {when}.\n\n{effect}\n\nPuò opporsi di nuovo in ' +
    'qualsiasi momento: {url}',
  'mail.withdrawal.body.opt_in':
    'Buongiorno,\n\nil suo consenso {id} è stato revocato il {when}.\n\n{effect}\n\nPuò dare di nuovo il suo ' +
    'consenso ' +
    'in qualsiasi momento: {url}',
  'mail.notice.subject': 'Useremo contenuti pubblici per addestrare l’IA',
  'mail.notice.subject.opt_in': 'Possiamo usare i suoi contenuti pubblici per addestrare l’IA?',
  'mail.notice.body':
    'Buongiorno,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPer opporsi: {url}\n\nQuesta e-mail ' +
    'riguarda questi account: {accounts}',
  'mail.notice.body.opt_in':
    'Buongiorno,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPer dare o revocare il consenso: ' +
    '{url}\n\nQuesta e-mail riguarda questi account: {accounts}',
  'mail.footer.zone': 'Gli orari indicati in questa e-mail si riferiscono al fuso orario {zone}.',
  'mail.case.confirm.subject': 'Confermi il suo indirizzo e-mail',
  'mail.case.confirm.body':
    'Buongiorno,\n\nqualcuno (speriamo lei) ci ha chiesto di escludere dei contenuti dall’addestramento dell’IA e ha ' +
    'indicato questo indirizzo per ricevere una risposta. Lo confermi qui:\n\n{link}\n\nSe la richiesta non è ' +
    'partita da lei, ignori questa e-mail: non le scriveremo più.',
  'mail.case.received.subject': 'Abbiamo ricevuto la sua richiesta {id}',
  'mail.case.received.body':
    'Buongiorno,\n\nabbiamo ricevuto la sua richiesta {id} il {when}. Riguarda questi ' +
    'contenuti:\n{items}\n\nDecideremo entro il {due}.',
  'mail.case.extended.subject': 'Ci serve più tempo per la sua richiesta {id}',
  'mail.case.extended.body':
    'Buongiorno,\n\nci serve più tempo per decidere sulla sua richiesta {id}, per il seguente motivo: ' +
    '{reason}\n\nDecideremo entro il {due}.',
  'mail.case.accepted.subject': 'La sua richiesta {id} è stata accolta',
  'mail.case.accepted.body':
    'Buongiorno,\n\nabbiamo accolto la sua richiesta {id}. Questi contenuti saranno esclusi da tutti i set di dati ' +
    'di addestramento dell’IA che creeremo da ora in poi:\n{items}\n\nCiò che è già confluito in un modello non può ' +
    'esserne ritirato.',
  'mail.case.rejected.subject': 'La sua richiesta {id} è stata respinta',
  'mail.case.rejected.body':
    'Buongiorno,\n\nnon abbiamo accolto la sua richiesta {id}, per il seguente motivo: {reason}\n\nPuò presentare un ' +
    'reclamo a un’autorità di controllo per la protezione dei dati.',
  'console.name': 'Console per la privacy',
  'console.nav.label': 'Console',
  'console.nav.overview': 'Panoramica',
  'console.nav.cases': 'Pratiche',
  'console.nav.snapshots': 'Set di dati',
  'console.nav.models': 'Modelli',
  'console.nav.ledger': 'Registro',
  'console.member': 'Accesso effettuato come {name}, con ruolo di {role}.',
  'console.role.viewer': 'consultazione',
  'console.role.reviewer': 'revisione',
  'console.signin.title': 'Accedi alla console per la privacy',
  'console.signin.lead':
    'Per il team privacy della piattaforma. Inserisca il suo indirizzo di lavoro: se è tra i membri della console, ' +
    'le inviamo a quell’indirizzo un link per accedere. Il link funziona una sola volta, per {minutes} minuti.',
  'console.signin.sent':
    'Se questo indirizzo è tra i membri della console, è in arrivo un link di accesso. Funziona una sola volta, per ' +
    '{minutes} minuti.',
  'console.signin.refused':
    'L’account con cui ha effettuato l’accesso non è tra i membri della console. Chieda al responsabile della ' +
    'protezione dei dati di aggiungerne l’indirizzo.',
  'console.forbidden': 'Il suo ruolo non lo consente. Sulle pratiche decide chi ha il ruolo di revisione.',
  'console.overview.title': 'Panoramica',
  'console.overview.policy':
    'Dati secondo la policy {policy}. Un’opposizione ricevuta a partire dal {deadline} è considerata tardiva. I ' +
    'giorni sono giorni UTC.',
  'console.overview.policy.nodeadline':
    'Dati secondo la policy {policy}, che non prevede un termine: nessuna opposizione è tardiva. I giorni sono ' +
    'giorni UTC.',
  'console.overview.cases': 'Pratiche: {open} non ancora decise, di cui {overdue} scadute',
  'console.overview.asof': 'Dati aggiornati al {when}; vengono ricalcolati al massimo ogni {minutes} minuti.',
  'console.figures.title': 'Opposizioni, revoche e consensi',
  'console.chart.title': 'Opposizioni, opposizioni tardive, revoche e consensi al giorno',
  'console.chart.desc': 'Una linea per serie, dal {first} al {last}. La tabella sotto riporta tutti i valori.',
  'console.chart.empty': 'Non è ancora stato presentato nulla.',
  'console.series.objections': 'Opposizioni',
  'console.series.late': 'Opposizioni tardive',
  'console.series.withdrawals': 'Revoche',
  'console.series.consents': 'Consensi',
  'console.table.day': 'Giorno',
  'console.table.perday': 'Tutti i giorni in cifre',
  'console.totals.caption': 'In totale',
  'console.bychannel.caption': 'Per canale',
  'console.bynetwork.caption': 'Per rete degli account interessati (una volta per ciascuna rete)',
  'console.type.objection': 'Opposizioni',
  'console.type.consent': 'Consensi',
  'console.col.type': 'Categoria',
  'console.col.filed': 'Presentati',
  'console.col.withdrawn': 'Revocati',
  'console.col.channel': 'Canale',
  'console.col.network': 'Rete',
  'console.col.policy': 'Policy',
  'console.col.lang': 'Lingua',
  'console.col.queued': 'In coda',
  'console.col.accepted': 'Accettate dal server di posta',
  'console.col.failing': 'Con errori',
  'console.col.pending': 'In sospeso',
  'console.col.accounts': 'Account',
  'console.col.kind': 'Tipo',
  'console.col.unsent': 'Non inviate',
  'console.col.oldest': 'Più vecchia non inviata',
  'console.col.case': 'Pratica',
  'console.col.status': 'Stato',
  'console.col.due': 'Scadenza',
  'console.col.received': 'Ricezione',
  'console.col.items': 'Elementi',
  'console.col.reason': 'Motivo',
  'console.col.count': 'Elementi',
  'console.col.in': 'Inclusi',
  'console.col.out': 'Esclusi',
  'console.col.model': 'Modello',
  'console.col.registered': 'Registrazione',
  'console.col.snapshots': 'Set di dati',
  'console.col.seq': 'Posizione',
  'console.col.event': 'Evento',
  'console.col.recorded': 'Annotazione',
  'console.notices.title': 'Copertura dell’informativa',
  'console.notices.never':
    '{never} account su {adults} che hanno l’età minima non hanno alcuna informativa valida per {policy}.',
  'console.notices.mails.caption': 'E-mail informative per versione della policy e lingua',
  'console.notices.proofs.caption': 'Account con prova dell’informativa, per versione della policy e lingua',
  'console.notices.mails.empty':
    'Non è stata messa in coda alcuna e-mail informativa: il comando veto notice send le mette in coda e le invia.',
  'console.notices.proofs.empty': 'L’informativa non ha ancora raggiunto alcun account.',
  'console.notices.unversioned': 'senza versione (vale per ogni policy)',
  'console.outbox.title': 'Posta in uscita',
  'console.outbox.caption': 'E-mail non ancora accettate dal server di posta, per tipo',
  'console.outbox.empty': 'Il server di posta ha accettato tutte le e-mail.',
  'console.cases.title': 'Pratiche',
  'console.cases.lead': 'Richieste di terzi: prima quelle non ancora decise, con le scadute in cima, poi per scadenza.',
  'console.cases.empty': 'Non è ancora arrivata alcuna richiesta.',
  'console.status.open': 'aperta',
  'console.status.extended': 'prorogata',
  'console.status.accepted': 'accolta',
  'console.status.rejected': 'respinta',
  'console.status.overdue': 'scaduta',
  'console.case.title': 'Pratica {id}',
  'console.case.received': 'Ricevuta il {when} tramite {channel}; scadenza il {due}.',
  'console.case.description': 'Dichiarazione di chi ha presentato la richiesta',
  'console.case.evidence': 'Elementi a supporto',
  'console.case.contact': 'Contatto',
  'console.case.contact.none': 'Nessuno indicato: non è possibile informare chi ha presentato la richiesta.',
  'console.case.contact.unconfirmed': '(non confermato: non vi viene ancora inviato nulla)',
  'console.case.contact.confirmed': '(confermato)',
  'console.case.hidden':
    'I testi della richiesta e il suo contatto sono dati personali: li vede solo chi ha il ruolo di revisione.',
  'console.case.erased':
    'I testi della richiesta e, se indicato, il suo indirizzo di contatto sono stati cancellati il {when}, una ' +
    'volta trascorso il periodo fissato da requests.keep_texts_days a partire dalla decisione.',
  'console.case.steps': 'Passaggi',
  'console.case.step.extended': 'Prorogata da {reviewer} il {when}, ora scade il {due}. Motivo: {reason}',
  'console.case.step.accepted': 'Accolta da {reviewer} il {when}; numero di elementi: {count}.',
  'console.case.step.rejected': 'Respinta da {reviewer} il {when}. Motivo: {reason}',
  'console.case.decided': 'Su questa pratica è già stata presa una decisione.',
  'console.case.viewer': 'Sulle pratiche decide solo chi ha il ruolo di revisione.',
  'console.case.decide': 'Decidere',
  'console.case.accept': 'Accogliere',
  'console.case.accept.items': 'Elementi da escludere dall’addestramento',
  'console.case.accept.lead': 'Gli elementi selezionati sono esclusi da ogni set di dati creato da ora in poi.',
  'console.case.reject': 'Respingere',
  'console.case.reject.reason': 'Perché la richiesta viene respinta (chi l’ha presentata leggerà questo testo)',
  'console.case.extend': 'Prorogare di due mesi',
  'console.case.extend.reason': 'Perché serve più tempo (chi ha presentato la richiesta leggerà questo testo)',
  'console.case.done.extended': 'La pratica {id} è stata prorogata; ora scade il {due}.',
  'console.case.done.accepted':
    'La pratica {id} è stata accolta: i suoi elementi sono esclusi da ogni set di dati creato da ora in poi.',
  'console.case.done.rejected': 'La pratica {id} è stata respinta.',
  'console.case.noitems': 'Selezioni almeno un elemento per accogliere la pratica, oppure la respinga.',
  'console.snapshots.title': 'Set di dati',
  'console.snapshots.empty': 'Non è ancora stato sigillato alcun set di dati.',
  'console.snapshot.summary':
    '{included} elementi inclusi su {considered}, secondo la policy {policy}; contenuti aggiornati al {at}; ' +
    'sigillato il {sealed}.',
  'console.snapshot.root': 'Radice di Merkle',
  'console.snapshot.models': 'Modelli addestrati su questo set di dati: {models}',
  'console.snapshot.nomodels': 'Nessun modello risulta registrato come addestrato su questo set di dati.',
  'console.snapshot.unreadable':
    'La sua cartella non è leggibile da qui, quindi i suoi conteggi non sono mostrati; «Verifica» indica che cosa ' +
    'non va.',
  'console.snapshot.out.caption': 'Elementi esclusi, per motivo',
  'console.snapshot.kind.caption': 'Elementi per tipo',
  'console.snapshot.lang.caption': 'Elementi per lingua',
  'console.snapshot.verify': 'Verifica',
  'console.snapshot.verify.title': 'Set di dati {id} verificato',
  'console.snapshot.verified.ok':
    'Il set di dati {id} è com’era al momento della sigillatura: file, manifest e radice di Merkle corrispondono.',
  'console.snapshot.verified.bad':
    'Il set di dati {id} non è più com’era al momento della sigillatura. Problemi rilevati: {count}.',
  'console.models.title': 'Modelli',
  'console.models.empty': 'Non è ancora stato registrato alcun modello.',
  'console.ledger.title': 'Registro',
  'console.ledger.size': 'Voci nel registro: {size}.',
  'console.ledger.checkpoint': 'Il suo ultimo checkpoint firmato copre {size} voci; è stato firmato il {when}.',
  'console.ledger.nocheckpoint':
    'Non è ancora stato firmato alcun checkpoint: il comando veto ledger checkpoint ne firma uno.',
  'console.ledger.root': 'Radice',
  'console.ledger.note': 'Nota firmata',
  'console.ledger.recent': 'Voci più recenti',
  'console.records.title': 'Registrazioni per le autorità di controllo',
  'console.records.lead':
    'Ogni opposizione, consenso, revoca, informativa recapitata e passaggio di una pratica, una registrazione per ' +
    'ogni voce del registro, ciascuna verificabile rispetto a un checkpoint firmato per il download. Identificativi ' +
    'degli account e nomi di chi ha il ruolo di revisione, senza indirizzi né testi.',
  'console.records.format': 'Formato',
  'console.records.download': 'Scarica le registrazioni',
}
