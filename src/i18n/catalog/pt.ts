/**
 * Every sentence a person reads, in Portuguese (Portugal); translated from en.ts with the same keys and
 * placeholders.
 */
import type { Messages } from './en.js'

export const pt: Messages = {
  'site.name': 'O treino de IA e os seus conteúdos',
  'site.skip': 'Saltar para o conteúdo',
  'nav.label': 'Navegação principal',
  'nav.notice': 'Sobre o treino',
  'nav.object': 'Opor-se',
  'nav.consent': 'Consentir',
  'nav.status': 'As minhas oposições',
  'nav.status.consent': 'Os meus consentimentos',
  'nav.data': 'Os meus dados',
  'nav.signin': 'Iniciar sessão',
  'nav.signout': 'Terminar sessão',
  'settings.title': 'Idioma e fuso horário',
  'settings.lang': 'Idioma',
  'settings.zone': 'Fuso horário',
  'settings.submit': 'Guardar',
  'settings.shown': 'As horas são apresentadas no fuso horário {zone}.',
  'notice.title': 'Vamos utilizar conteúdos públicos para treinar IA',
  'notice.title.opt_in': 'Podemos utilizar os seus conteúdos públicos para treinar IA?',
  'notice.lead':
    'A partir de {start}, utilizamos os conteúdos públicos dos utilizadores com {age} ou mais anos de idade para ' +
    'treinar os nossos modelos de IA, com base no nosso interesse legítimo, nos termos do artigo 6.º, n.º 1, alínea ' +
    'f), do RGPD. Pode opor-se a qualquer momento, sem ter de indicar um motivo.',
  'notice.lead.nodeadline':
    'Utilizamos os conteúdos públicos dos utilizadores com {age} ou mais anos de idade para treinar os nossos ' +
    'modelos ' +
    'de IA, com base no nosso interesse legítimo, nos termos do artigo 6.º, n.º 1, alínea f), do RGPD. Pode opor-se ' +
    'a ' +
    'qualquer momento, sem ter de indicar um motivo.',
  'notice.lead.opt_in':
    'Gostaríamos de utilizar os conteúdos públicos dos utilizadores com {age} ou mais anos de idade para treinar os ' +
    'nossos modelos de IA. Só os utilizamos com o seu consentimento, nos termos do artigo 6.º, n.º 1, alínea a), do ' +
    'RGPD. Pode dar aqui o seu consentimento e retirá-lo a qualquer momento, com a mesma facilidade com que o deu.',
  'notice.what': 'O que utilizamos',
  'notice.kinds': 'Estes tipos de conteúdos públicos: {kinds}.',
  'notice.never.snapshot':
    'Nunca conteúdos que não sejam públicos, como mensagens privadas, e nunca conteúdos de pessoas com menos de ' +
    '{age} ' +
    'anos.',
  'notice.never.publication':
    'Nunca conteúdos que não sejam públicos, como mensagens privadas, e nunca conteúdos que tenha publicado antes de ' +
    'completar {age} anos.',
  'notice.deadline': 'O prazo',
  'notice.deadline.text': 'As oposições recebidas antes de {deadline} excluem do treino todos os seus conteúdos.',
  'notice.after.future_content_only':
    'As oposições recebidas depois dessa data excluem apenas o que tornar público após a oposição. O que já foi ' +
    'integrado num modelo não pode ser retirado.',
  'notice.after.all_content':
    'As oposições recebidas depois dessa data excluem todos os seus conteúdos de qualquer conjunto de dados de ' +
    'treino ' +
    'criado após a receção dessas oposições. O que já foi integrado num modelo não pode ser retirado.',
  'notice.nodeadline':
    'Uma oposição exclui todos os seus conteúdos de qualquer conjunto de dados de treino criado após a receção da ' +
    'oposição. O que já foi integrado num modelo não pode ser retirado.',
  'notice.comingOfAge':
    'Se completar {age} anos depois de {deadline}, uma oposição apresentada no prazo de {days} dias a contar desse ' +
    'aniversário também exclui todos os seus conteúdos.',
  'notice.comingOfAge.own':
    'Completou {age} anos há pouco tempo: uma oposição apresentada antes de {until} exclui todos os seus conteúdos.',
  'notice.consent.effect':
    'Sem o seu consentimento, nenhum dos seus conteúdos é utilizado. Com ele, os seus conteúdos públicos podem ser ' +
    'utilizados nos conjuntos de dados de treino criados enquanto o seu consentimento se mantiver. O que já foi ' +
    'integrado num modelo não pode ser retirado.',
  'notice.cta': 'Opor-se agora',
  'notice.cta.opt_in': 'Dar ou retirar o consentimento',
  'scope.covers':
    'Uma oposição abrange todas as contas com o seu endereço de e-mail e todas as contas associadas a elas no mesmo ' +
    'Centro de Contas.',
  'scope.covers.opt_in':
    'Um consentimento abrange todas as contas com o seu endereço de e-mail e todas as contas associadas a elas no ' +
    'mesmo Centro de Contas.',
  'scope.notcovered':
    'As contas com outro endereço de e-mail fora desses Centros de Contas não estão abrangidas, mesmo que sejam ' +
    'suas: ' +
    'precisam de uma oposição própria.',
  'scope.notcovered.opt_in':
    'As contas com outro endereço de e-mail fora desses Centros de Contas não estão abrangidas, mesmo que sejam ' +
    'suas: ' +
    'precisam de um consentimento próprio.',
  'kind.name': 'o seu nome',
  'kind.username': 'nomes de utilizador',
  'kind.profile_picture': 'fotografias de perfil',
  'kind.avatar': 'avatares',
  'kind.post': 'publicações públicas',
  'kind.comment': 'comentários',
  'kind.group_post': 'atividade em grupos públicos',
  'kind.page_post': 'atividade em páginas',
  'kind.channel_post': 'atividade em canais',
  'kind.marketplace_review': 'avaliações no marketplace',
  'signin.title': 'Iniciar sessão',
  'signin.lead':
    'Introduza o endereço de e-mail da sua conta. Enviamos-lhe uma ligação para iniciar sessão; funciona uma única ' +
    'vez, durante {minutes} minutos.',
  'signin.email': 'Endereço de e-mail',
  'signin.submit': 'Enviar-me uma ligação',
  'signin.oidc': 'Iniciar sessão com {label}',
  'signin.sent.title': 'Consulte a sua caixa de correio',
  'signin.sent.text':
    'Se alguma conta utilizar este endereço, está a caminho uma ligação para iniciar sessão. Funciona uma única vez, ' +
    'durante {minutes} minutos.',
  'signin.confirm.title': 'Iniciar sessão',
  'signin.confirm.text': 'Continue para iniciar sessão neste dispositivo.',
  'signin.confirm.submit': 'Iniciar sessão',
  'signin.invalid': 'Esta ligação expirou ou já foi utilizada. Peça uma nova.',
  'object.title': 'Opor-se à utilização dos seus conteúdos',
  'object.lead': 'Pode opor-se aqui à utilização dos seus conteúdos públicos para treinar IA.',
  'object.email': 'Endereço de e-mail da sua conta',
  'object.reason': 'Motivo (opcional)',
  'object.reason.hint': 'Não tem de indicar um motivo. Se o indicar, guardamo-lo e nunca o mostramos a mais ninguém.',
  'object.submit': 'Opor-me',
  'object.done.title': 'A sua oposição foi registada',
  'object.done.received': 'Recebida em {when}. Vai receber uma confirmação na sua caixa de correio.',
  'object.done.covers': 'Abrange estas contas:',
  'object.done.timely': 'Chegou antes do fim do prazo: nenhum conteúdo destas contas será utilizado.',
  'object.done.late.future_content_only':
    'Chegou depois do fim do prazo: os conteúdos que tornar públicos a partir de agora não serão utilizados. O que ' +
    'já ' +
    'foi integrado num modelo não pode ser retirado.',
  'object.done.late.all_content':
    'Chegou depois do fim do prazo: nenhum conteúdo destas contas será utilizado nos conjuntos de dados de treino ' +
    'criados a partir de agora. O que já foi integrado num modelo não pode ser retirado.',
  'consent.title': 'Consentir a utilização dos seus conteúdos',
  'consent.lead':
    'Dê aqui o seu consentimento para a utilização dos seus conteúdos públicos para treinar IA. A decisão é sua; se ' +
    'não o der, nada muda para si.',
  'consent.submit': 'Dou o meu consentimento',
  'consent.given': 'Deu o seu consentimento. Pode retirá-lo na página «Os meus consentimentos».',
  'consent.done.title': 'O seu consentimento foi registado',
  'consent.done.received': 'Recebido em {when}. Vai receber uma confirmação na sua caixa de correio.',
  'consent.done.covers': 'Abrange estas contas:',
  'consent.done.effect':
    'Os seus conteúdos públicos podem ser utilizados nos conjuntos de dados de treino criados a partir de agora. ' +
    'Pode ' +
    'retirar o seu consentimento a qualquer momento, com a mesma facilidade com que o deu.',
  'status.title': 'As minhas oposições',
  'status.title.opt_in': 'Os meus consentimentos',
  'status.none': 'Não apresentou nenhuma oposição.',
  'status.none.opt_in': 'Não deu nenhum consentimento.',
  'status.section': 'Oposição de {date}',
  'status.section.opt_in': 'Consentimento de {date}',
  'status.received': 'Data de receção: {when}',
  'status.withdrawn': 'Data de retirada: {when}',
  'status.covers': 'Abrange: {accounts}',
  'status.withdraw': 'Retirar esta oposição',
  'status.withdraw.opt_in': 'Retirar este consentimento',
  'status.accounts': 'As suas contas',
  'status.signoutEverywhere': 'Terminar sessão em todos os dispositivos',
  'status.notYours':
    'Declaração feita para {accounts}, uma conta do seu Centro de Contas com outro endereço. Abrange também as suas ' +
    'contas; só a pode retirar o titular de uma das contas para as quais foi feita.',
  'withdraw.title': 'Retirar a sua oposição?',
  'withdraw.title.opt_in': 'Retirar o seu consentimento?',
  'withdraw.effect':
    'Os seus conteúdos públicos poderão ser utilizados nos conjuntos de dados de treino criados a partir de agora. ' +
    'Os ' +
    'conjuntos criados antes mantêm-se como estão.',
  'withdraw.effect.opt_in':
    'Nenhum dos seus conteúdos será utilizado nos conjuntos de dados de treino criados a partir de agora. Os ' +
    'conjuntos criados antes mantêm-se como estão: o que já foi integrado num modelo não pode ser retirado.',
  'withdraw.again.timely':
    'Se voltar a opor-se antes de {deadline}, a nova oposição continua a excluir todos os seus conteúdos. Depois ' +
    'dessa data, será considerada tardia.',
  'withdraw.again.late':
    'Se voltar a opor-se, a nova oposição será considerada tardia, porque o prazo ({deadline}) já terminou.',
  'withdraw.confirm': 'Sim, retirar',
  'withdraw.cancel': 'Não, manter',
  'withdraw.done.title': 'A sua oposição foi retirada',
  'withdraw.done.title.opt_in': 'O seu consentimento foi retirado',
  'withdraw.done.text': 'Retirada efetuada em {when}. Vai receber uma confirmação na sua caixa de correio.',
  'data.title': 'Os meus dados no treino',
  'data.access': 'Descarregar tudo o que está registado sobre si (JSON)',
  'data.none': 'Ainda não foi criado nenhum conjunto de dados de treino.',
  'data.snapshot': 'Conjunto de dados {id} de {at} ({policy})',
  'data.in': 'Os seus elementos incluídos: {n}',
  'data.out': 'não incluídos: {n}',
  'data.models': 'Modelos treinados com ele: {models}',
  'data.caption': 'Os seus elementos no conjunto de dados {id}',
  'data.col.item': 'Elemento',
  'data.col.status': 'No conjunto de dados?',
  'data.col.proof': 'Prova',
  'data.included': 'incluído',
  'data.proof': 'Prova',
  'data.proof.about':
    'Um ficheiro de prova mostra, com base na impressão digital publicada do conjunto de dados (a raiz de Merkle), ' +
    'que um elemento está no conjunto de dados ou que não está. Contém a sua chave para o conjunto de dados, a ' +
    'partir da qual, juntamente com o identificador do elemento, se volta a calcular a chave do elemento. Assim, ' +
    'qualquer pessoa a quem entregue o ficheiro pode verificá-lo sem ter de confiar em nós.',
  'data.proof.of': 'Prova do elemento {id}',
  'data.reason.published': 'ainda não era público na data de referência',
  'data.reason.visibility': 'não público',
  'data.reason.kind': 'tipo de conteúdo não utilizado no treino',
  'data.reason.region': 'fora das regiões abrangidas pelo treino',
  'data.reason.age': 'idade desconhecida ou inferior à mínima',
  'data.reason.notice': 'sem aviso atempado',
  'data.reason.consent': 'sem consentimento',
  'data.reason.objection': 'a sua oposição',
  'data.reason.excluded': 'excluído a pedido de uma pessoa que nele aparece',
  'request.link': 'Conteúdos em que aparece',
  'request.title': 'Excluir do treino de IA os conteúdos em que aparece',
  'request.lead':
    'Se uma publicação, um comentário ou uma fotografia públicos de outra pessoa mostrarem dados seus — o seu nome, ' +
    'a sua imagem ou outras informações sobre si —, pode pedir-nos que os excluamos do treino de IA. Não precisa de ' +
    'ter conta. Respondemos no prazo de um mês; se precisarmos de mais tempo, explicamos-lhe porquê e respondemos, o ' +
    'mais tardar, no prazo de mais dois meses.',
  'request.items': 'Que conteúdos? Um endereço web ou um identificador de elemento por linha',
  'request.items.hint':
    'Copie o endereço a partir do navegador ou o identificador do elemento a partir da página «Os meus dados».',
  'request.description': 'O que mostra sobre si e porque deve ser excluído?',
  'request.contact': 'O seu endereço de e-mail (opcional)',
  'request.contact.hint':
    'Apenas para lhe comunicarmos a nossa decisão. Primeiro, enviamos-lhe uma ligação para confirmar que o endereço ' +
    'é seu.',
  'request.evidence': 'Qualquer outra informação que nos ajude (opcional)',
  'request.submit': 'Enviar pedido',
  'request.error.items':
    'Indique pelo menos um elemento e no máximo 100: um endereço web do nosso site ou um identificador de elemento, ' +
    'um por linha.',
  'request.error.description': 'Indique o que o conteúdo mostra sobre si (no máximo 5000 carateres).',
  'request.error.contact': 'Isto não parece um endereço de e-mail.',
  'request.error.evidence': 'O texto é demasiado longo (no máximo 20 000 carateres).',
  'request.done.title': 'Recebemos o seu pedido',
  'request.done.text': 'O seu pedido tem o número {id}. Vamos decidir até {due}.',
  'request.done.contact':
    'Enviámos uma ligação para o endereço que indicou. Depois de a abrir e confirmar, comunicamos-lhe a nossa decisão.',
  'request.done.nocontact':
    'Não indicou nenhum endereço de e-mail, por isso não lhe podemos comunicar a nossa decisão.',
  'request.confirm.title': 'Confirme o seu endereço de e-mail',
  'request.confirm.text': 'Confirme que lhe podemos escrever para este endereço sobre o seu pedido {id}.',
  'request.confirm.submit': 'Confirmar',
  'request.confirmed.title': 'O seu endereço está confirmado',
  'request.confirmed.text': 'Vamos escrever-lhe quando decidirmos sobre o seu pedido {id}.',
  'request.confirm.invalid': 'Esta ligação não é válida. Copie-a na íntegra a partir da mensagem.',
  'error.title': 'Algo não está bem',
  'error.csrf': 'Este formulário expirou. Volte atrás, recarregue a página e tente novamente.',
  'error.rate': 'Demasiadas tentativas. Aguarde um minuto e tente novamente.',
  'error.signin': 'Inicie sessão primeiro.',
  'error.notfound': 'Esta página não existe.',
  'error.notyours': 'Esta declaração só pode ser retirada pelo titular de uma das contas para as quais foi feita.',
  'error.withdrawn': 'Isto já foi retirado.',
  'error.internal': 'Ocorreu um erro do nosso lado. Tente novamente mais tarde.',
  'mail.signin.subject': 'A sua ligação para iniciar sessão',
  'mail.signin.body':
    'Olá,\n\nFoi pedido um início de sessão, esperamos que por si. Esta ligação funciona uma única vez, durante ' +
    '{minutes} minutos:\n\n{link}\n\nSe não fez este pedido, ignore esta mensagem.',
  'mail.confirmation.subject': 'A sua oposição foi registada',
  'mail.confirmation.subject.opt_in': 'O seu consentimento foi registado',
  'mail.confirmation.body':
    'Olá,\n\nRecebemos a sua oposição em {when} ({id}).\n\nAbrange estas ' +
    'contas:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPode consultar e retirar as suas oposições em {url}.',
  'mail.confirmation.body.opt_in':
    'Olá,\n\nRecebemos o seu consentimento em {when} ({id}).\n\nAbrange estas ' +
    'contas:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nPode consultar e retirar os seus consentimentos em {url}.',
  'mail.withdrawal.subject': 'A sua oposição foi retirada',
  'mail.withdrawal.subject.opt_in': 'O seu consentimento foi retirado',
  'mail.withdrawal.body':
    'Olá,\n\nA sua oposição {id} foi retirada em {when}.\n\n{effect}\n\nPode voltar a opor-se a qualquer momento: ' +
    '{url}',
  'mail.withdrawal.body.opt_in':
    'Olá,\n\nO seu consentimento {id} foi retirado em {when}.\n\n{effect}\n\nPode voltar a dar o seu consentimento a ' +
    'qualquer momento: {url}',
  'mail.notice.subject': 'Vamos utilizar conteúdos públicos para treinar IA',
  'mail.notice.subject.opt_in': 'Podemos utilizar os seus conteúdos públicos para treinar IA?',
  'mail.notice.body':
    'Olá,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPara se opor: {url}\n\nEsta mensagem diz respeito ' +
    'às seguintes contas: {accounts}',
  'mail.notice.body.opt_in':
    'Olá,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPara dar ou retirar o seu consentimento: ' +
    '{url}\n\nEsta mensagem diz respeito às seguintes contas: {accounts}',
  'mail.footer.zone': 'As horas indicadas nesta mensagem estão no fuso horário {zone}.',
  'mail.case.confirm.subject': 'Confirme o seu endereço de e-mail',
  'mail.case.confirm.body':
    'Olá,\n\nFoi-nos pedido, esperamos que por si, que excluíssemos conteúdos do treino de IA, e este endereço foi ' +
    'indicado para receber a resposta. Confirme-o aqui:\n\n{link}\n\nSe não fez este pedido, ignore esta mensagem: ' +
    'não voltaremos a escrever-lhe.',
  'mail.case.received.subject': 'Recebemos o seu pedido {id}',
  'mail.case.received.body':
    'Olá,\n\nRecebemos o seu pedido {id} em {when}. Diz respeito a estes conteúdos:\n{items}\n\nVamos decidir até ' +
    '{due}.',
  'mail.case.extended.subject': 'Precisamos de mais tempo para o seu pedido {id}',
  'mail.case.extended.body':
    'Olá,\n\nPrecisamos de mais tempo para decidir sobre o seu pedido {id}, pelo seguinte motivo: {reason}\n\nVamos ' +
    'decidir até {due}.',
  'mail.case.accepted.subject': 'O seu pedido {id} foi aceite',
  'mail.case.accepted.body':
    'Olá,\n\nAceitámos o seu pedido {id}. Estes conteúdos ficam excluídos de todos os conjuntos de dados de treino ' +
    'de IA que criarmos a partir de agora:\n{items}\n\nO que já foi integrado num modelo não pode ser retirado.',
  'mail.case.rejected.subject': 'O seu pedido {id} foi recusado',
  'mail.case.rejected.body':
    'Olá,\n\nNão aceitámos o seu pedido {id}, pelo seguinte motivo: {reason}\n\nPode apresentar uma reclamação a uma ' +
    'autoridade de controlo da proteção de dados.',
  'console.name': 'Consola de privacidade',
  'console.nav.label': 'Consola',
  'console.nav.overview': 'Visão geral',
  'console.nav.cases': 'Processos',
  'console.nav.snapshots': 'Conjuntos de dados',
  'console.nav.models': 'Modelos',
  'console.nav.ledger': 'Registo',
  'console.member': 'Sessão iniciada como {name}, com a função de {role}.',
  'console.role.viewer': 'consulta',
  'console.role.reviewer': 'revisão',
  'console.signin.title': 'Iniciar sessão na consola de privacidade',
  'console.signin.lead':
    'Para a equipa de privacidade da plataforma. Introduza o seu endereço profissional: se constar dos membros da ' +
    'consola, enviamos para esse endereço uma ligação para iniciar sessão. A ligação funciona uma única vez, durante ' +
    '{minutes} minutos.',
  'console.signin.sent':
    'Se este endereço constar dos membros da consola, está a caminho uma ligação para iniciar sessão. Funciona uma ' +
    'única vez, durante {minutes} minutos.',
  'console.signin.refused':
    'A conta com que iniciou sessão não consta dos membros da consola. Peça ao encarregado da proteção de dados que ' +
    'adicione o respetivo endereço.',
  'console.forbidden': 'A sua função não o permite. Só quem tem a função de revisão decide os processos.',
  'console.overview.title': 'Visão geral',
  'console.overview.policy':
    'Números segundo a política {policy}. Uma oposição recebida a partir de {deadline} é considerada tardia. Os dias ' +
    'são dias em UTC.',
  'console.overview.policy.nodeadline':
    'Números segundo a política {policy}, que não tem prazo: nenhuma oposição é tardia. Os dias são dias em UTC.',
  'console.overview.cases': 'Processos: {open} por decidir, dos quais {overdue} em atraso',
  'console.overview.asof':
    'Números calculados em {when}; voltam a ser calculados, no máximo, uma vez em cada {minutes} minutos.',
  'console.figures.title': 'Oposições, retiradas e consentimentos',
  'console.chart.title': 'Oposições, oposições tardias, retiradas e consentimentos por dia',
  'console.chart.desc': 'Uma linha por série, de {first} a {last}. A tabela abaixo apresenta todos os números.',
  'console.chart.empty': 'Ainda não foi apresentado nada.',
  'console.series.objections': 'Oposições',
  'console.series.late': 'Oposições tardias',
  'console.series.withdrawals': 'Retiradas',
  'console.series.consents': 'Consentimentos',
  'console.table.day': 'Dia',
  'console.table.perday': 'Todos os dias em números',
  'console.totals.caption': 'No total',
  'console.bychannel.caption': 'Por canal',
  'console.bynetwork.caption': 'Por rede das contas abrangidas (uma vez por cada rede)',
  'console.type.objection': 'Oposições',
  'console.type.consent': 'Consentimentos',
  'console.col.type': 'Categoria',
  'console.col.filed': 'Apresentados',
  'console.col.withdrawn': 'Retirados',
  'console.col.channel': 'Canal',
  'console.col.network': 'Rede',
  'console.col.policy': 'Política',
  'console.col.lang': 'Idioma',
  'console.col.queued': 'Em fila',
  'console.col.accepted': 'Aceites pelo servidor de correio',
  'console.col.failing': 'Com erros',
  'console.col.pending': 'Pendentes',
  'console.col.accounts': 'Contas',
  'console.col.kind': 'Tipo',
  'console.col.unsent': 'Por enviar',
  'console.col.oldest': 'Mais antiga por enviar',
  'console.col.case': 'Processo',
  'console.col.status': 'Estado',
  'console.col.due': 'Prazo',
  'console.col.received': 'Receção',
  'console.col.items': 'Elementos',
  'console.col.reason': 'Motivo',
  'console.col.count': 'Elementos',
  'console.col.in': 'Incluídos',
  'console.col.out': 'Excluídos',
  'console.col.model': 'Modelo',
  'console.col.registered': 'Data de registo',
  'console.col.snapshots': 'Conjuntos de dados',
  'console.col.seq': 'Posição',
  'console.col.event': 'Evento',
  'console.col.recorded': 'Data de inscrição',
  'console.notices.title': 'Alcance dos avisos',
  'console.notices.never': '{never} de {adults} contas com a idade mínima não têm nenhum aviso válido para {policy}.',
  'console.notices.mails.caption': 'Mensagens de aviso por versão da política e idioma',
  'console.notices.proofs.caption': 'Contas com prova de aviso, por versão da política e idioma',
  'console.notices.mails.empty':
    'Ainda não foi colocada em fila nenhuma mensagem de aviso: o comando veto notice send coloca-as em fila e ' +
    'envia-as.',
  'console.notices.proofs.empty': 'Ainda nenhum aviso chegou a qualquer conta.',
  'console.notices.unversioned': 'sem versão (válido para todas as políticas)',
  'console.outbox.title': 'Caixa de saída',
  'console.outbox.caption': 'Mensagens que o servidor de correio ainda não aceitou, por tipo',
  'console.outbox.empty': 'O servidor de correio aceitou todas as mensagens.',
  'console.cases.title': 'Processos',
  'console.cases.lead':
    'Pedidos de terceiros: primeiro os que estão por decidir, com os que estão em atraso no topo; depois, por prazo.',
  'console.cases.empty': 'Ainda não chegou nenhum pedido.',
  'console.status.open': 'aberto',
  'console.status.extended': 'prorrogado',
  'console.status.accepted': 'aceite',
  'console.status.rejected': 'recusado',
  'console.status.overdue': 'em atraso',
  'console.case.title': 'Processo {id}',
  'console.case.received': 'Recebido em {when} através de {channel}; prazo: {due}.',
  'console.case.description': 'O que indica a pessoa que fez o pedido',
  'console.case.evidence': 'Elementos de apoio',
  'console.case.contact': 'Contacto',
  'console.case.contact.none': 'Nenhum indicado: não é possível informar a pessoa que fez o pedido.',
  'console.case.contact.unconfirmed': '(não confirmado: ainda não é enviado nada para este contacto)',
  'console.case.contact.confirmed': '(confirmado)',
  'console.case.hidden':
    'Os textos do pedido e o respetivo contacto são dados pessoais: só quem tem a função de revisão os vê.',
  'console.case.erased':
    'Os textos do pedido e, se indicado, o respetivo endereço de contacto foram apagados em {when}, uma vez ' +
    'decorrido o prazo definido em requests.keep_texts_days a contar da decisão.',
  'console.case.steps': 'Passos',
  'console.case.step.extended': 'Prorrogado por {reviewer} em {when}; prazo atual: {due}. Motivo: {reason}',
  'console.case.step.accepted': 'Aceite por {reviewer} em {when}; número de elementos: {count}.',
  'console.case.step.rejected': 'Recusado por {reviewer} em {when}. Motivo: {reason}',
  'console.case.decided': 'Este processo já está decidido.',
  'console.case.viewer': 'Só quem tem a função de revisão decide os processos.',
  'console.case.decide': 'Decidir',
  'console.case.accept': 'Aceitar',
  'console.case.accept.items': 'Elementos a excluir do treino',
  'console.case.accept.lead':
    'Os elementos assinalados ficam excluídos de todos os conjuntos de dados criados a partir de agora.',
  'console.case.reject': 'Recusar',
  'console.case.reject.reason': 'Porque é que o pedido é recusado (a pessoa que fez o pedido lê este texto)',
  'console.case.extend': 'Prorrogar por dois meses',
  'console.case.extend.reason': 'Porque é que é necessário mais tempo (a pessoa que fez o pedido lê este texto)',
  'console.case.done.extended': 'O processo {id} foi prorrogado; o prazo é agora {due}.',
  'console.case.done.accepted':
    'O processo {id} foi aceite: os seus elementos ficam excluídos de todos os conjuntos de dados criados a partir ' +
    'de agora.',
  'console.case.done.rejected': 'O processo {id} foi recusado.',
  'console.case.noitems': 'Assinale pelo menos um elemento para aceitar o processo, ou recuse-o.',
  'console.snapshots.title': 'Conjuntos de dados',
  'console.snapshots.empty': 'Ainda não foi selado nenhum conjunto de dados.',
  'console.snapshot.summary':
    '{included} de {considered} elementos incluídos, segundo a política {policy}; conteúdos à data de {at}; selado ' +
    'em {sealed}.',
  'console.snapshot.root': 'Raiz de Merkle',
  'console.snapshot.models': 'Modelos treinados com ele: {models}',
  'console.snapshot.nomodels': 'Nenhum modelo está registado como treinado com ele.',
  'console.snapshot.unreadable':
    'A sua pasta não pode ser lida aqui, por isso os seus números não são apresentados; «Verificar» indica o que ' +
    'está errado.',
  'console.snapshot.out.caption': 'Elementos excluídos, por motivo',
  'console.snapshot.kind.caption': 'Elementos por tipo',
  'console.snapshot.lang.caption': 'Elementos por idioma',
  'console.snapshot.verify': 'Verificar',
  'console.snapshot.verify.title': 'Conjunto de dados {id} verificado',
  'console.snapshot.verified.ok':
    'O conjunto de dados {id} está tal como foi selado: os ficheiros, o manifesto e a raiz de Merkle coincidem.',
  'console.snapshot.verified.bad':
    'O conjunto de dados {id} não está tal como foi selado. Problemas encontrados: {count}.',
  'console.models.title': 'Modelos',
  'console.models.empty': 'Ainda não foi registado nenhum modelo.',
  'console.ledger.title': 'Registo',
  'console.ledger.size': 'Entradas no registo: {size}.',
  'console.ledger.checkpoint': 'O último ponto de controlo assinado abrange {size} entradas; foi assinado em {when}.',
  'console.ledger.nocheckpoint':
    'Ainda não foi assinado nenhum ponto de controlo: o comando veto ledger checkpoint assina um.',
  'console.ledger.root': 'Raiz',
  'console.ledger.note': 'Nota assinada',
  'console.ledger.recent': 'Entradas mais recentes',
  'console.records.title': 'Comprovativos para as autoridades de controlo',
  'console.records.lead':
    'Cada oposição, consentimento, retirada, aviso entregue e passo de um processo, um comprovativo por entrada do ' +
    'registo, cada um verificável face a um ponto de controlo assinado para a descarga. Identificadores de conta e ' +
    'nomes de quem tem a função de revisão, sem endereços nem textos.',
  'console.records.format': 'Formato',
  'console.records.download': 'Descarregar os comprovativos',
}
