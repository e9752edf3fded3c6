/** Every sentence a person reads, in Spanish; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const es: Messages = {
  'site.name': 'El entrenamiento de la IA y su contenido',
  'site.skip': 'Saltar al contenido',
  'nav.label': 'Navegación principal',
  'nav.notice': 'Sobre el entrenamiento',
  'nav.object': 'Oponerse',
  'nav.consent': 'Consentir',
  'nav.status': 'Mis solicitudes de oposición',
  'nav.status.consent': 'Mis consentimientos',
  'nav.data': 'Mis datos',
  'nav.signin': 'Iniciar sesión',
  'nav.signout': 'Cerrar sesión',
  'settings.title': 'Idioma y zona horaria',
  'settings.lang': 'Idioma',
  'settings.zone': 'Zona horaria',
  'settings.submit': 'Guardar',
  'settings.shown': 'Las horas se muestran en la zona horaria {zone}.',
  'notice.title': 'Vamos a usar contenido público para entrenar la IA',
  'notice.title.opt_in': '¿Podemos usar su contenido público para entrenar la IA?',
  'notice.lead':
    'A partir del {start}, usamos el contenido público de los usuarios de {age} años o más para entrenar nuestros ' +
    'modelos de IA, sobre la base de nuestro interés legítimo, conforme al artículo 6, apartado 1, letra f), del ' +
    'RGPD. Puede oponerse en cualquier momento, sin necesidad de indicar un motivo.',
  'notice.lead.nodeadline':
    'Usamos el contenido público de los usuarios de {age} años o más para entrenar nuestros modelos de IA, sobre la ' +
    'base de nuestro interés legítimo, conforme al artículo 6, apartado 1, letra f), del RGPD. Puede oponerse en ' +
    'cualquier momento, sin necesidad de indicar un motivo.',
  'notice.lead.opt_in':
    'Nos gustaría usar el contenido público de los usuarios de {age} años o más para entrenar nuestros modelos de ' +
    'IA. ' +
    'Solo lo usamos con su consentimiento, conforme al artículo 6, apartado 1, letra a), del RGPD. Puede dar aquí su ' +
    'consentimiento y retirarlo en cualquier momento, con la misma facilidad con que lo dio.',
  'notice.what': 'Qué usamos',
  'notice.kinds': 'Estos tipos de contenido público: {kinds}.',
  'notice.never.snapshot':
    'Nunca contenido que no sea público, como los mensajes privados, ni contenido de personas menores de {age} años.',
  'notice.never.publication':
    'Nunca contenido que no sea público, como los mensajes privados, ni contenido que usted publicara antes de ' +
    'cumplir {age} años.',
  'notice.deadline': 'El plazo',
  'notice.deadline.text':
    'Las oposiciones recibidas antes del {deadline} excluyen todo su contenido del entrenamiento.',
  'notice.after.future_content_only':
    'Las oposiciones recibidas después solo excluyen lo que usted haga público tras oponerse. Lo que ya se ha ' +
    'incorporado a un modelo no se puede retirar.',
  'notice.after.all_content':
    'Las oposiciones recibidas después excluyen todo su contenido de cualquier conjunto de datos de entrenamiento ' +
    'creado después de recibirlas. Lo que ya se ha incorporado a un modelo no se puede retirar.',
  'notice.nodeadline':
    'Una oposición excluye todo su contenido de cualquier conjunto de datos de entrenamiento creado después de ' +
    'recibirla. Lo que ya se ha incorporado a un modelo no se puede retirar.',
  'notice.comingOfAge':
    'Si cumple {age} años después del {deadline}, una oposición que presente en los {days} días siguientes a ese ' +
    'cumpleaños también excluye todo su contenido.',
  'notice.comingOfAge.own':
    'Ha cumplido {age} años hace poco: una oposición que presente antes del {until} excluye todo su contenido.',
  'notice.consent.effect':
    'Sin su consentimiento no se usa nada de su contenido. Con él, su contenido público puede usarse en los ' +
    'conjuntos ' +
    'de datos de entrenamiento creados mientras su consentimiento siga vigente. Lo que ya se ha incorporado a un ' +
    'modelo no se puede retirar.',
  'notice.cta': 'Oponerse ahora',
  'notice.cta.opt_in': 'Dar o retirar su consentimiento',
  'scope.covers':
    'Una oposición abarca todas las cuentas con su dirección de correo electrónico y todas las cuentas vinculadas a ' +
    'ellas en el mismo Centro de cuentas.',
  'scope.covers.opt_in':
    'Un consentimiento abarca todas las cuentas con su dirección de correo electrónico y todas las cuentas ' +
    'vinculadas ' +
    'a ellas en el mismo Centro de cuentas.',
  'scope.notcovered':
    'No quedan incluidas las cuentas con otra dirección de correo electrónico que estén fuera de esos Centros de ' +
    'cuentas, aunque sean suyas: necesitan su propia oposición.',
  'scope.notcovered.opt_in':
    'No quedan incluidas las cuentas con otra dirección de correo electrónico que estén fuera de esos Centros de ' +
    'cuentas, aunque sean suyas: necesitan su propio consentimiento.',
  'kind.name': 'su nombre',
  'kind.username': 'nombres de usuario',
  'kind.profile_picture': 'fotos del perfil',
  'kind.avatar': 'avatares',
  'kind.post': 'publicaciones públicas',
  'kind.comment': 'comentarios',
  'kind.group_post': 'actividad en grupos públicos',
  'kind.page_post': 'actividad en páginas',
  'kind.channel_post': 'actividad en canales',
  'kind.marketplace_review': 'reseñas en el marketplace',
  'signin.title': 'Iniciar sesión',
  'signin.lead':
    'Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para iniciar sesión; ' +
    'funciona una sola vez, durante {minutes} minutos.',
  'signin.email': 'Dirección de correo electrónico',
  'signin.submit': 'Enviarme un enlace',
  'signin.oidc': 'Iniciar sesión con {label}',
  'signin.sent.title': 'Revise su bandeja de entrada',
  'signin.sent.text':
    'Si alguna cuenta usa esta dirección, le hemos enviado un enlace de inicio de sesión. Funciona una sola vez, ' +
    'durante {minutes} minutos.',
  'signin.confirm.title': 'Iniciar sesión',
  'signin.confirm.text': 'Continúe para iniciar sesión en este dispositivo.',
  'signin.confirm.submit': 'Iniciar sesión',
  'signin.invalid': 'Este enlace ha caducado o ya se ha utilizado. Solicite uno nuevo.',
  'object.title': 'Oponerse al uso de su contenido',
  'object.lead': 'Aquí puede oponerse al uso de su contenido público para entrenar la IA.',
  'object.email': 'Dirección de correo electrónico de su cuenta',
  'object.reason': 'Motivo (opcional)',
  'object.reason.hint':
    'No tiene que indicar ningún motivo. Si lo indica, lo guardamos y nunca se lo mostramos a nadie más.',
  'object.submit': 'Oponerme',
  'object.done.title': 'Hemos registrado su oposición',
  'object.done.received': 'Recibida el {when}. Le estamos enviando una confirmación a su bandeja de entrada.',
  'object.done.covers': 'Abarca estas cuentas:',
  'object.done.timely': 'Llegó antes de que venciera el plazo: no se usará ningún contenido de estas cuentas.',
  'object.done.late.future_content_only':
    'Llegó después de que venciera el plazo: no se usará el contenido que haga público a partir de ahora. Lo que ya ' +
    'se ha incorporado a un modelo no se puede retirar.',
  'object.done.late.all_content':
    'Llegó después de que venciera el plazo: no se usará ningún contenido de estas cuentas en los conjuntos de datos ' +
    'de entrenamiento que se creen a partir de ahora. Lo que ya se ha incorporado a un modelo no se puede retirar.',
  'consent.title': 'Consentir el uso de su contenido',
  'consent.lead':
    'Dé aquí su consentimiento al uso de su contenido público para entrenar la IA. Usted decide; si no lo da, nada ' +
    'cambia para usted.',
  'consent.submit': 'Doy mi consentimiento',
  'consent.given': 'Ha dado su consentimiento. Puede retirarlo en la página «Mis consentimientos».',
  'consent.done.title': 'Hemos registrado su consentimiento',
  'consent.done.received': 'Recibido el {when}. Le estamos enviando una confirmación a su bandeja de entrada.',
  'consent.done.covers': 'Abarca estas cuentas:',
  'consent.done.effect':
    'Su contenido público puede usarse en los conjuntos de datos de entrenamiento que se creen a partir de ahora. ' +
    'Puede retirar su consentimiento en cualquier momento, con la misma facilidad con que lo dio.',
  'status.title': 'Mis solicitudes de oposición',
  'status.title.opt_in': 'Mis consentimientos',
  'status.none': 'No ha presentado ninguna oposición.',
  'status.none.opt_in': 'No ha dado ningún consentimiento.',
  'status.section': 'Oposición del {date}',
  'status.section.opt_in': 'Consentimiento del {date}',
  'status.received': 'Fecha de recepción: {when}',
  'status.withdrawn': 'Fecha de retirada: {when}',
  'status.covers': 'Abarca: {accounts}',
  'status.withdraw': 'Retirar esta oposición',
  'status.withdraw.opt_in': 'Retirar este consentimiento',
  'status.accounts': 'Sus cuentas',
  'status.signoutEverywhere': 'Cerrar sesión en todos los dispositivos',
  'status.notYours':
    'Se presentó para {accounts}, una cuenta de su Centro de cuentas con otra dirección. También abarca sus cuentas; ' +
    'solo puede retirarlo el titular de una de las cuentas para las que se presentó.',
  'withdraw.title': '¿Retirar su oposición?',
  'withdraw.title.opt_in': '¿Retirar su consentimiento?',
  'withdraw.effect':
    'Su contenido público podrá usarse en los conjuntos de datos de entrenamiento que se creen a partir de ahora. ' +
    'Los ' +
    'conjuntos creados antes no cambian.',
  'withdraw.effect.opt_in':
    'No se usará nada de su contenido en los conjuntos de datos de entrenamiento que se creen a partir de ahora. Los ' +
    'conjuntos creados antes no cambian: lo que ya se ha incorporado a un modelo no se puede retirar.',
  'withdraw.again.timely':
    'Si vuelve a oponerse antes del {deadline}, la nueva oposición seguirá excluyendo todo su contenido. Después de ' +
    'esa fecha, se considerará presentada fuera de plazo.',
  'withdraw.again.late':
    'Si vuelve a oponerse, la nueva oposición se considerará presentada fuera de plazo, porque el plazo ({deadline}) ' +
    'ya ha vencido.',
  'withdraw.confirm': 'Sí, retirar',
  'withdraw.cancel': 'No, mantener',
  'withdraw.done.title': 'Ha retirado su oposición',
  'withdraw.done.title.opt_in': 'Ha retirado su consentimiento',
  'withdraw.done.text': 'Retirada efectuada el {when}. Le estamos enviando una confirmación a su bandeja de entrada.',
  'data.title': 'Mis datos en el entrenamiento',
  'data.access': 'Descargar todo lo que consta sobre usted (JSON)',
  'data.none': 'Todavía no se ha creado ningún conjunto de datos de entrenamiento.',
  'data.snapshot': 'Conjunto de datos {id} del {at} ({policy})',
  'data.in': 'Elementos suyos incluidos: {n}',
  'data.out': 'no incluidos: {n}',
  'data.models': 'Modelos entrenados con él: {models}',
  'data.caption': 'Sus elementos en el conjunto de datos {id}',
  'data.col.item': 'Elemento',
  'data.col.status': '¿En el conjunto de datos?',
  'data.col.proof': 'Prueba',
  'data.included': 'incluido',
  'data.proof': 'Prueba',
  'data.proof.about':
    'Un archivo de prueba muestra, a partir de la huella digital publicada del conjunto de datos (la raíz de ' +
    'Merkle), que un elemento está en el conjunto de datos o que no lo está. Contiene su clave para el conjunto de ' +
    'datos; con ella y el identificador del elemento se vuelve a calcular la clave del elemento. Así, cualquier ' +
    'persona a la que entregue el archivo puede comprobarlo sin tener que confiar en nosotros.',
  'data.proof.of': 'Prueba del elemento {id}',
  'data.reason.published': 'aún no era público en la fecha de corte',
  'data.reason.visibility': 'no público',
  'data.reason.kind': 'tipo de contenido no utilizado para el entrenamiento',
  'data.reason.region': 'fuera de las regiones del entrenamiento',
  'data.reason.age': 'edad desconocida o inferior a la mínima',
  'data.reason.notice': 'sin aviso a tiempo',
  'data.reason.consent': 'sin consentimiento',
  'data.reason.objection': 'su oposición',
  'data.reason.excluded': 'excluido a petición de una persona que aparece en él',
  'request.link': 'Contenido en el que aparece usted',
  'request.title': 'Excluir del entrenamiento de la IA el contenido en el que aparece usted',
  'request.lead':
    'Si una publicación, un comentario o una foto públicos de otra persona le muestran a usted —su nombre, su imagen ' +
    'u otros datos sobre usted—, puede pedirnos que excluyamos ese contenido del entrenamiento de la IA. No necesita ' +
    'una cuenta. Respondemos en el plazo de un mes; si necesitamos más tiempo, le explicamos por qué y respondemos ' +
    'como máximo en otros dos meses.',
  'request.items': '¿Qué contenido? Una dirección web o un identificador de elemento por línea',
  'request.items.hint': 'Copie la dirección del navegador o el identificador del elemento de la página «Mis datos».',
  'request.description': '¿Qué muestra de usted y por qué debería excluirse?',
  'request.contact': 'Su dirección de correo electrónico (opcional)',
  'request.contact.hint':
    'Solo para comunicarle nuestra decisión. Primero le enviaremos un enlace para que confirme que la dirección es ' +
    'suya.',
  'request.evidence': 'Cualquier otra información que nos ayude (opcional)',
  'request.submit': 'Enviar solicitud',
  'request.error.items':
    'Indique al menos un elemento y como máximo 100: una dirección web de nuestro sitio o un identificador de ' +
    'elemento, uno por línea.',
  'request.error.description': 'Indique qué muestra de usted el contenido (como máximo 5000 caracteres).',
  'request.error.contact': 'Esto no parece una dirección de correo electrónico.',
  'request.error.evidence': 'El texto es demasiado largo (como máximo 20.000 caracteres).',
  'request.done.title': 'Hemos recibido su solicitud',
  'request.done.text': 'Su solicitud tiene el número {id}. Decidiremos a más tardar el {due}.',
  'request.done.contact':
    'Hemos enviado un enlace a la dirección que nos ha indicado. Cuando lo abra y confirme, le comunicaremos nuestra ' +
    'decisión.',
  'request.done.nocontact':
    'No ha indicado ninguna dirección de correo electrónico, así que no podemos comunicarle nuestra decisión.',
  'request.confirm.title': 'Confirme su dirección de correo electrónico',
  'request.confirm.text': 'Confirme que podemos escribirle a esta dirección sobre su solicitud {id}.',
  'request.confirm.submit': 'Confirmar',
  'request.confirmed.title': 'Su dirección está confirmada',
  'request.confirmed.text': 'Le escribiremos cuando tomemos una decisión sobre su solicitud {id}.',
  'request.confirm.invalid': 'Este enlace no es válido. Cópielo completo del correo.',
  'error.title': 'Algo no va bien',
  'error.csrf': 'Este formulario ha caducado. Vuelva atrás, recargue la página e inténtelo de nuevo.',
  'error.rate': 'Demasiados intentos. Espere un minuto e inténtelo de nuevo.',
  'error.signin': 'Inicie sesión primero.',
  'error.notfound': 'Esta página no existe.',
  'error.notyours': 'Solo puede retirarlo el titular de una de las cuentas para las que se presentó.',
  'error.withdrawn': 'Esto ya se ha retirado.',
  'error.internal': 'Algo ha fallado por nuestra parte. Inténtelo de nuevo más tarde.',
  'mail.signin.subject': 'Su enlace de inicio de sesión',
  'mail.signin.body':
    'Hola:\n\nAlguien (esperamos que usted) ha solicitado iniciar sesión. Este enlace funciona una sola vez, durante ' +
    '{minutes} minutos:\n\n{link}\n\nSi no ha sido usted, ignore este correo.',
  'mail.confirmation.subject': 'Hemos registrado su oposición',
  'mail.confirmation.subject.opt_in': 'Hemos registrado su consentimiento',
  'mail.confirmation.body':
    'Hola:\n\nHemos recibido su oposición el {when} ({id}).\n\nAbarca estas ' +
    'cuentas:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPuede consultar y retirar sus solicitudes de oposición en ' +
    '{url}.',
  'mail.confirmation.body.opt_in':
    'Hola:\n\nHemos recibido su consentimiento el {when} ({id}).\n\nAbarca estas ' +
    'cuentas:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPuede consultar y retirar sus consentimientos en {url}.',
  'mail.withdrawal.subject': 'Ha retirado su oposición',
  'mail.withdrawal.subject.opt_in': 'Ha retirado su consentimiento',
  'mail.withdrawal.body':
    'Hola:\n\nSu oposición {id} se retiró el {when}.\n\n{effect}\n\nPuede volver a oponerse en cualquier momento: ' +
    '{url}',
  'mail.withdrawal.body.opt_in':
    'Hola:\n\nSu consentimiento {id} se retiró el {when}.\n\n{effect}\n\nPuede volver a dar su consentimiento en ' +
    'cualquier momento: {url}',
  'mail.notice.subject': 'Vamos a usar contenido público para entrenar la IA',
  'mail.notice.subject.opt_in': '¿Podemos usar su contenido público para entrenar la IA?',
  'mail.notice.body':
    'Hola:\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPuede oponerse aquí: {url}\n\nEste correo se ' +
    'refiere a estas cuentas: {accounts}',
  'mail.notice.body.opt_in':
    'Hola:\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPuede dar o retirar su consentimiento aquí: ' +
    '{url}\n\nEste correo se refiere a estas cuentas: {accounts}',
  'mail.footer.zone': 'Las horas de este correo se indican en la zona horaria {zone}.',
  'mail.case.confirm.subject': 'Confirme su dirección de correo electrónico',
  'mail.case.confirm.body':
    'Hola:\n\nAlguien (esperamos que usted) nos ha pedido que excluyamos contenido del entrenamiento de la IA y ha ' +
    'indicado esta dirección para recibir respuesta. Confírmela aquí:\n\n{link}\n\nSi no ha sido usted, ignore este ' +
    'correo: no volveremos a escribirle.',
  'mail.case.received.subject': 'Hemos recibido su solicitud {id}',
  'mail.case.received.body':
    'Hola:\n\nHemos recibido su solicitud {id} el {when}. Se refiere a:\n{items}\n\nDecidiremos a más tardar el {due}.',
  'mail.case.extended.subject': 'Necesitamos más tiempo para su solicitud {id}',
  'mail.case.extended.body':
    'Hola:\n\nNecesitamos más tiempo para decidir sobre su solicitud {id} por el siguiente motivo: ' +
    '{reason}\n\nDecidiremos a más tardar el {due}.',
  'mail.case.accepted.subject': 'Hemos aceptado su solicitud {id}',
  'mail.case.accepted.body':
    'Hola:\n\nHemos aceptado su solicitud {id}. Este contenido queda excluido de todos los conjuntos de datos de ' +
    'entrenamiento de la IA que creemos a partir de ahora:\n{items}\n\nLo que ya se ha incorporado a un modelo no se ' +
    'puede retirar.',
  'mail.case.rejected.subject': 'Hemos rechazado su solicitud {id}',
  'mail.case.rejected.body':
    'Hola:\n\nNo hemos aceptado su solicitud {id} por el siguiente motivo: {reason}\n\nPuede presentar una ' +
    'reclamación ante una autoridad de protección de datos.',
  'console.name': 'Consola de privacidad',
  'console.nav.label': 'Consola',
  'console.nav.overview': 'Resumen',
  'console.nav.cases': 'Expedientes',
  'console.nav.snapshots': 'Conjuntos de datos',
  'console.nav.models': 'Modelos',
  'console.nav.ledger': 'Registro',
  'console.member': 'Sesión iniciada como {name}, con el rol de {role}.',
  'console.role.viewer': 'consulta',
  'console.role.reviewer': 'revisión',
  'console.signin.title': 'Iniciar sesión en la consola de privacidad',
  'console.signin.lead':
    'Para el equipo de privacidad de la plataforma. Introduzca su dirección de trabajo: si figura entre los miembros ' +
    'de la consola, le enviaremos a esa dirección un enlace para iniciar sesión. El enlace funciona una sola vez, ' +
    'durante {minutes} minutos.',
  'console.signin.sent':
    'Si esta dirección figura entre los miembros de la consola, le hemos enviado un enlace de inicio de sesión. ' +
    'Funciona una sola vez, durante {minutes} minutos.',
  'console.signin.refused':
    'La cuenta con la que ha iniciado sesión no figura entre los miembros de la consola. Pida a su delegado de ' +
    'protección de datos que añada su dirección.',
  'console.forbidden': 'Su rol no lo permite. Solo quien tiene el rol de revisión decide sobre los expedientes.',
  'console.overview.title': 'Resumen',
  'console.overview.policy':
    'Cifras según la política {policy}. Una oposición recibida a partir del {deadline} se considera presentada fuera ' +
    'de plazo. Los días son días en UTC.',
  'console.overview.policy.nodeadline':
    'Cifras según la política {policy}, que no tiene plazo: ninguna oposición está fuera de plazo. Los días son días ' +
    'en UTC.',
  'console.overview.cases': 'Expedientes: {open} sin decidir, {overdue} de ellos vencidos',
  'console.overview.asof': 'Cifras calculadas el {when}; se vuelven a calcular como máximo cada {minutes} minutos.',
  'console.figures.title': 'Oposiciones, retiradas y consentimientos',
  'console.chart.title': 'Oposiciones, oposiciones fuera de plazo, retiradas y consentimientos por día',
  'console.chart.desc': 'Una línea por serie, del {first} al {last}. La tabla de abajo recoge todas las cifras.',
  'console.chart.empty': 'Todavía no se ha presentado nada.',
  'console.series.objections': 'Oposiciones',
  'console.series.late': 'Oposiciones fuera de plazo',
  'console.series.withdrawals': 'Retiradas',
  'console.series.consents': 'Consentimientos',
  'console.table.day': 'Día',
  'console.table.perday': 'Cada día en cifras',
  'console.totals.caption': 'En total',
  'console.bychannel.caption': 'Por canal',
  'console.bynetwork.caption': 'Por red de las cuentas afectadas (una vez por cada red)',
  'console.type.objection': 'Oposiciones',
  'console.type.consent': 'Consentimientos',
  'console.col.type': 'Clase',
  'console.col.filed': 'Presentados',
  'console.col.withdrawn': 'Retirados',
  'console.col.channel': 'Canal',
  'console.col.network': 'Red',
  'console.col.policy': 'Política',
  'console.col.lang': 'Idioma',
  'console.col.queued': 'En cola',
  'console.col.accepted': 'Aceptados por el servidor de correo',
  'console.col.failing': 'Con errores',
  'console.col.pending': 'Pendientes',
  'console.col.accounts': 'Cuentas',
  'console.col.kind': 'Tipo',
  'console.col.unsent': 'Sin enviar',
  'console.col.oldest': 'El más antiguo sin enviar',
  'console.col.case': 'Expediente',
  'console.col.status': 'Estado',
  'console.col.due': 'Vencimiento',
  'console.col.received': 'Recepción',
  'console.col.items': 'Elementos',
  'console.col.reason': 'Motivo',
  'console.col.count': 'Elementos',
  'console.col.in': 'Incluidos',
  'console.col.out': 'Excluidos',
  'console.col.model': 'Modelo',
  'console.col.registered': 'Fecha de registro',
  'console.col.snapshots': 'Conjuntos de datos',
  'console.col.seq': 'Posición',
  'console.col.event': 'Evento',
  'console.col.recorded': 'Fecha de anotación',
  'console.notices.title': 'Alcance de los avisos',
  'console.notices.never':
    '{never} de {adults} cuentas con la edad mínima no tienen ningún aviso válido para {policy}.',
  'console.notices.mails.caption': 'Correos de aviso por versión de la política e idioma',
  'console.notices.proofs.caption': 'Cuentas con prueba de aviso, por versión de la política e idioma',
  'console.notices.mails.empty':
    'No se ha puesto en cola ningún correo de aviso: el comando veto notice send los pone en cola y los envía.',
  'console.notices.proofs.empty': 'Todavía no ha llegado ningún aviso a ninguna cuenta.',
  'console.notices.unversioned': 'sin versión (válido para todas las políticas)',
  'console.outbox.title': 'Bandeja de salida',
  'console.outbox.caption': 'Correos que el servidor de correo aún no ha aceptado, por tipo',
  'console.outbox.empty': 'El servidor de correo ha aceptado todos los correos.',
  'console.cases.title': 'Expedientes',
  'console.cases.lead':
    'Solicitudes de terceros: primero las que están sin decidir, con las vencidas arriba del todo; después, por ' +
    'fecha de vencimiento.',
  'console.cases.empty': 'Todavía no ha llegado ninguna solicitud.',
  'console.status.open': 'abierto',
  'console.status.extended': 'prorrogado',
  'console.status.accepted': 'aceptado',
  'console.status.rejected': 'rechazado',
  'console.status.overdue': 'vencido',
  'console.case.title': 'Expediente {id}',
  'console.case.received': 'Recibido el {when} a través de {channel}; vence el {due}.',
  'console.case.description': 'Lo que expone la persona solicitante',
  'console.case.evidence': 'Información de apoyo',
  'console.case.contact': 'Contacto',
  'console.case.contact.none': 'No se ha indicado ninguno: no se puede informar a la persona solicitante.',
  'console.case.contact.unconfirmed': '(sin confirmar: todavía no se le envía nada)',
  'console.case.contact.confirmed': '(confirmado)',
  'console.case.hidden':
    'Los textos de la solicitud y su contacto son datos personales: solo los ve quien tiene el rol de revisión.',
  'console.case.erased':
    'Los textos de la solicitud y su dirección de contacto, si se indicó una, se suprimieron el {when}, una vez ' +
    'transcurrido el plazo fijado en requests.keep_texts_days desde la decisión.',
  'console.case.steps': 'Pasos',
  'console.case.step.extended': 'Prorrogado por {reviewer} el {when}; ahora vence el {due}. Motivo: {reason}',
  'console.case.step.accepted': 'Aceptado por {reviewer} el {when}; número de elementos: {count}.',
  'console.case.step.rejected': 'Rechazado por {reviewer} el {when}. Motivo: {reason}',
  'console.case.decided': 'Este expediente ya está decidido.',
  'console.case.viewer': 'Solo quien tiene el rol de revisión decide sobre los expedientes.',
  'console.case.decide': 'Decidir',
  'console.case.accept': 'Aceptar',
  'console.case.accept.items': 'Elementos que se excluirán del entrenamiento',
  'console.case.accept.lead':
    'Los elementos marcados quedan excluidos de todos los conjuntos de datos que se creen a partir de ahora.',
  'console.case.reject': 'Rechazar',
  'console.case.reject.reason': 'Por qué se rechaza la solicitud (la persona solicitante lo leerá)',
  'console.case.extend': 'Prorrogar dos meses',
  'console.case.extend.reason': 'Por qué se necesita más tiempo (la persona solicitante lo leerá)',
  'console.case.done.extended': 'El expediente {id} se ha prorrogado; ahora vence el {due}.',
  'console.case.done.accepted':
    'El expediente {id} se ha aceptado: sus elementos quedan excluidos de todos los conjuntos de datos que se creen ' +
    'a partir de ahora.',
  'console.case.done.rejected': 'El expediente {id} se ha rechazado.',
  'console.case.noitems': 'Marque al menos un elemento para aceptar el expediente, o rechácelo.',
  'console.snapshots.title': 'Conjuntos de datos',
  'console.snapshots.empty': 'Todavía no se ha sellado ningún conjunto de datos.',
  'console.snapshot.summary':
    '{included} de {considered} elementos incluidos, según la política {policy}; contenido a fecha de {at}; sellado ' +
    'el {sealed}.',
  'console.snapshot.root': 'Raíz de Merkle',
  'console.snapshot.models': 'Modelos entrenados con él: {models}',
  'console.snapshot.nomodels': 'No hay ningún modelo registrado como entrenado con él.',
  'console.snapshot.unreadable':
    'Su carpeta no se puede leer aquí, por lo que no se muestran sus cifras; «Verificar» indica qué falla.',
  'console.snapshot.out.caption': 'Elementos excluidos, por motivo',
  'console.snapshot.kind.caption': 'Elementos por tipo',
  'console.snapshot.lang.caption': 'Elementos por idioma',
  'console.snapshot.verify': 'Verificar',
  'console.snapshot.verify.title': 'Conjunto de datos {id} verificado',
  'console.snapshot.verified.ok':
    'El conjunto de datos {id} está tal como se selló: sus archivos, su manifiesto y su raíz de Merkle coinciden.',
  'console.snapshot.verified.bad':
    'El conjunto de datos {id} no está tal como se selló. Problemas encontrados: {count}.',
  'console.models.title': 'Modelos',
  'console.models.empty': 'Todavía no se ha registrado ningún modelo.',
  'console.ledger.title': 'Registro',
  'console.ledger.size': 'Entradas en el registro: {size}.',
  'console.ledger.checkpoint': 'Su último punto de control firmado abarca {size} entradas; se firmó el {when}.',
  'console.ledger.nocheckpoint':
    'Todavía no se ha firmado ningún punto de control: el comando veto ledger checkpoint firma uno.',
  'console.ledger.root': 'Raíz',
  'console.ledger.note': 'Nota firmada',
  'console.ledger.recent': 'Últimas entradas',
  'console.records.title': 'Constancias para las autoridades de protección de datos',
  'console.records.lead':
    'Cada oposición, consentimiento, retirada, aviso entregado y paso de un expediente, una constancia por entrada ' +
    'del registro, cada una verificable con un punto de control firmado para la descarga. Identificadores de cuenta ' +
    'y nombres de quienes tienen el rol de revisión, sin direcciones ni textos.',
  'console.records.format': 'Formato',
  'console.records.download': 'Descargar las constancias',
}
