/** Every sentence a person reads, in French; translated from en.ts with the same keys and placeholders. */
import type { Messages } from './en.js'

export const fr: Messages = {
  'site.name': 'L’entraînement de l’IA et vos contenus',
  'site.skip': 'Aller au contenu',
  'nav.label': 'Navigation principale',
  'nav.notice': 'À propos de l’entraînement',
  'nav.object': 'S’opposer',
  'nav.consent': 'Consentir',
  'nav.status': 'Mes oppositions',
  'nav.status.consent': 'Mes consentements',
  'nav.data': 'Mes données',
  'nav.signin': 'Se connecter',
  'nav.signout': 'Se déconnecter',
  'settings.title': 'Langue et fuseau horaire',
  'settings.lang': 'Langue',
  'settings.zone': 'Fuseau horaire',
  'settings.submit': 'Enregistrer',
  'settings.shown': 'Les heures sont indiquées dans le fuseau horaire {zone}.',
  'notice.title': 'Nous allons utiliser des contenus publics pour entraîner l’IA',
  'notice.title.opt_in': 'Pouvons-nous utiliser vos contenus publics pour entraîner l’IA ?',
  'notice.lead':
    'À partir du {start}, nous utilisons les contenus publics des utilisateurs âgés de {age} ans et plus pour ' +
    'entraîner nos modèles d’IA, sur le fondement de notre intérêt légitime, conformément à l’article 6, paragraphe ' +
    '1, point f), du RGPD. Vous pouvez vous y opposer à tout moment, sans avoir à donner de motif.',
  'notice.lead.nodeadline':
    'Nous utilisons les contenus publics des utilisateurs âgés de {age} ans et plus pour entraîner nos modèles d’IA, ' +
    'sur le fondement de notre intérêt légitime, conformément à l’article 6, paragraphe 1, point f), du RGPD. Vous ' +
    'pouvez vous y opposer à tout moment, sans avoir à donner de motif.',
  'notice.lead.opt_in':
    'Nous souhaitons utiliser les contenus publics des utilisateurs âgés de {age} ans et plus pour entraîner nos ' +
    'modèles d’IA. Nous ne le faisons qu’avec votre consentement, conformément à l’article 6, paragraphe 1, point ' +
    'a), ' +
    'du RGPD. Vous pouvez donner ici votre consentement et le retirer à tout moment, aussi facilement que vous ' +
    'l’avez ' +
    'donné.',
  'notice.what': 'Ce que nous utilisons',
  'notice.kinds': 'Les types de contenus publics suivants : {kinds}.',
  'notice.never.snapshot':
    'Jamais de contenus non publics, comme les messages privés, et jamais de contenus de personnes de moins de {age} ' +
    'ans.',
  'notice.never.publication':
    'Jamais de contenus non publics, comme les messages privés, et jamais de contenus que vous avez publiés avant ' +
    'd’avoir {age} ans.',
  'notice.deadline': 'La date limite',
  'notice.deadline.text':
    'Les oppositions reçues avant le {deadline} excluent de l’entraînement l’ensemble de vos contenus.',
  'notice.after.future_content_only':
    'Les oppositions reçues après cette date n’excluent que ce que vous rendez public après votre opposition. Ce qui ' +
    'a déjà été intégré à un modèle ne peut pas en être retiré.',
  'notice.after.all_content':
    'Les oppositions reçues après cette date excluent l’ensemble de vos contenus de tout jeu de données ' +
    'd’entraînement constitué après leur réception. Ce qui a déjà été intégré à un modèle ne peut pas en être retiré.',
  'notice.nodeadline':
    'Une opposition exclut l’ensemble de vos contenus de tout jeu de données d’entraînement constitué après sa ' +
    'réception. Ce qui a déjà été intégré à un modèle ne peut pas en être retiré.',
  'notice.comingOfAge':
    'Si vous atteignez l’âge de {age} ans après le {deadline}, une opposition formée dans les {days} jours suivant ' +
    'cet anniversaire exclut elle aussi l’ensemble de vos contenus.',
  'notice.comingOfAge.own':
    'Vous avez atteint l’âge de {age} ans récemment : une opposition formée avant le {until} exclut l’ensemble de ' +
    'vos ' +
    'contenus.',
  'notice.consent.effect':
    'Sans votre consentement, aucun de vos contenus n’est utilisé. Avec votre consentement, vos contenus publics ' +
    'peuvent être utilisés dans les jeux de données d’entraînement constitués tant que ce consentement est en ' +
    'vigueur. Ce qui a déjà été intégré à un modèle ne peut pas en être retiré.',
  'notice.cta': 'S’opposer maintenant',
  'notice.cta.opt_in': 'Donner ou retirer votre consentement',
  'scope.covers':
    'Une opposition s’applique à tous les comptes associés à votre adresse e-mail et à tous les comptes qui leur ' +
    'sont ' +
    'liés dans le même Espace Comptes.',
  'scope.covers.opt_in':
    'Un consentement s’applique à tous les comptes associés à votre adresse e-mail et à tous les comptes qui leur ' +
    'sont liés dans le même Espace Comptes.',
  'scope.notcovered':
    'Les comptes associés à une autre adresse e-mail et situés en dehors de ces Espaces Comptes ne sont pas ' +
    'concernés, même s’ils vous appartiennent : ils nécessitent leur propre opposition.',
  'scope.notcovered.opt_in':
    'Les comptes associés à une autre adresse e-mail et situés en dehors de ces Espaces Comptes ne sont pas ' +
    'concernés, même s’ils vous appartiennent : ils nécessitent leur propre consentement.',
  'kind.name': 'votre nom',
  'kind.username': 'noms d’utilisateur',
  'kind.profile_picture': 'photos de profil',
  'kind.avatar': 'avatars',
  'kind.post': 'publications publiques',
  'kind.comment': 'commentaires',
  'kind.group_post': 'activité dans les groupes publics',
  'kind.page_post': 'activité sur les pages',
  'kind.channel_post': 'activité dans les canaux',
  'kind.marketplace_review': 'avis sur la place de marché',
  'signin.title': 'Se connecter',
  'signin.lead':
    'Saisissez l’adresse e-mail de votre compte. Nous vous envoyons un lien qui vous connecte ; il ne fonctionne ' +
    'qu’une fois, pendant {minutes} minutes.',
  'signin.email': 'Adresse e-mail',
  'signin.submit': 'M’envoyer un lien',
  'signin.oidc': 'Se connecter avec {label}',
  'signin.sent.title': 'Consultez votre boîte de réception',
  'signin.sent.text':
    'Si un compte utilise cette adresse, un lien de connexion est en route. Il ne fonctionne qu’une fois, pendant ' +
    '{minutes} minutes.',
  'signin.confirm.title': 'Se connecter',
  'signin.confirm.text': 'Continuez pour vous connecter sur cet appareil.',
  'signin.confirm.submit': 'Se connecter',
  'signin.invalid': 'Ce lien a expiré ou a déjà été utilisé. Demandez-en un nouveau.',
  'object.title': 'S’opposer à l’utilisation de vos contenus',
  'object.lead': 'Opposez-vous ici à l’utilisation de vos contenus publics pour l’entraînement de l’IA.',
  'object.email': 'Adresse e-mail de votre compte',
  'object.reason': 'Motif (facultatif)',
  'object.reason.hint':
    'Indiquer un motif n’est pas obligatoire. Nous le conservons et ne le montrons jamais à personne d’autre.',
  'object.submit': 'Je m’oppose',
  'object.done.title': 'Votre opposition est enregistrée',
  'object.done.received': 'Reçue le {when}. Une confirmation est en route vers votre boîte de réception.',
  'object.done.covers': 'Elle s’applique à ces comptes :',
  'object.done.timely': 'Elle est arrivée avant la date limite : aucun contenu de ces comptes ne sera utilisé.',
  'object.done.late.future_content_only':
    'Elle est arrivée après la date limite : les contenus que vous rendez publics à partir de maintenant ne seront ' +
    'pas utilisés. Ce qui a déjà été intégré à un modèle ne peut pas en être retiré.',
  'object.done.late.all_content':
    'Elle est arrivée après la date limite : aucun contenu de ces comptes ne sera utilisé dans les jeux de données ' +
    'd’entraînement constitués à partir de maintenant. Ce qui a déjà été intégré à un modèle ne peut pas en être ' +
    'retiré.',
  'consent.title': 'Consentir à l’utilisation de vos contenus',
  'consent.lead':
    'Donnez ici votre consentement à l’utilisation de vos contenus publics pour l’entraînement de l’IA. C’est votre ' +
    'choix ; si vous ne le donnez pas, rien ne change pour vous.',
  'consent.submit': 'Je donne mon consentement',
  'consent.given': 'Vous avez donné votre consentement. Vous pouvez le retirer sur la page « Mes consentements ».',
  'consent.done.title': 'Votre consentement est enregistré',
  'consent.done.received': 'Reçu le {when}. Une confirmation est en route vers votre boîte de réception.',
  'consent.done.covers': 'Il s’applique à ces comptes :',
  'consent.done.effect':
    'Vos contenus publics peuvent être utilisés dans les jeux de données d’entraînement constitués à partir de ' +
    'maintenant. Vous pouvez retirer votre consentement à tout moment, aussi facilement que vous l’avez donné.',
  'status.title': 'Mes oppositions',
  'status.title.opt_in': 'Mes consentements',
  'status.none': 'Vous n’avez formé aucune opposition.',
  'status.none.opt_in': 'Vous n’avez donné aucun consentement.',
  'status.section': 'Opposition du {date}',
  'status.section.opt_in': 'Consentement du {date}',
  'status.received': 'Date de réception : {when}',
  'status.withdrawn': 'Date de retrait : {when}',
  'status.covers': 'Comptes concernés : {accounts}',
  'status.withdraw': 'Retirer cette opposition',
  'status.withdraw.opt_in': 'Retirer ce consentement',
  'status.accounts': 'Vos comptes',
  'status.signoutEverywhere': 'Se déconnecter sur tous les appareils',
  'status.notYours':
    'Demande faite pour {accounts}, un compte de votre Espace Comptes associé à une autre adresse. Elle s’applique ' +
    'aussi à vos comptes ; seul le titulaire d’un des comptes pour lesquels elle a été faite peut la retirer.',
  'withdraw.title': 'Retirer votre opposition ?',
  'withdraw.title.opt_in': 'Retirer votre consentement ?',
  'withdraw.effect':
    'Vos contenus publics pourront être utilisés dans les jeux de données d’entraînement constitués à partir de ' +
    'maintenant. Les jeux de données constitués auparavant restent inchangés.',
  'withdraw.effect.opt_in':
    'Aucun de vos contenus ne sera utilisé dans les jeux de données d’entraînement constitués à partir de ' +
    'maintenant. ' +
    'Les jeux de données constitués auparavant restent inchangés : ce qui a déjà été intégré à un modèle ne peut pas ' +
    'en être retiré.',
  'withdraw.again.timely':
    'Si vous vous opposez de nouveau avant le {deadline}, la nouvelle opposition exclut toujours l’ensemble de vos ' +
    'contenus. Passé ce délai, elle sera considérée comme tardive.',
  'withdraw.again.late':
    'Si vous vous opposez de nouveau, la nouvelle opposition sera considérée comme tardive, car la date limite ' +
    '({deadline}) est dépassée.',
  'withdraw.confirm': 'Oui, retirer',
  'withdraw.cancel': 'Non, conserver',
  'withdraw.done.title': 'Votre opposition est retirée',
  'withdraw.done.title.opt_in': 'Votre consentement est retiré',
  'withdraw.done.text': 'Retrait effectué le {when}. Une confirmation est en route vers votre boîte de réception.',
  'data.title': 'Mes données dans l’entraînement',
  'data.access': 'Télécharger tout ce qui est enregistré à votre sujet (JSON)',
  'data.none': 'Aucun jeu de données d’entraînement n’a encore été constitué.',
  'data.snapshot': 'Jeu de données {id} du {at} ({policy})',
  'data.in': 'Vos éléments inclus : {n}',
  'data.out': 'non inclus : {n}',
  'data.models': 'Modèles entraînés sur ce jeu de données : {models}',
  'data.caption': 'Vos éléments dans le jeu de données {id}',
  'data.col.item': 'Élément',
  'data.col.status': 'Dans le jeu de données ?',
  'data.col.proof': 'Preuve',
  'data.included': 'inclus',
  'data.proof': 'Preuve',
  'data.proof.about':
    'Un fichier de preuve montre, à partir de l’empreinte publiée du jeu de données (sa racine de Merkle), qu’un ' +
    'élément figure dans le jeu de données ou qu’il n’y figure pas. Il contient votre clé pour le jeu de données, ' +
    'qui permet, avec l’identifiant de l’élément, de recalculer la clé de celui-ci. Toute personne à qui vous ' +
    'remettez le fichier peut ainsi le vérifier sans avoir à nous faire confiance.',
  'data.proof.of': 'Preuve pour l’élément {id}',
  'data.reason.published': 'pas encore public à la date de référence',
  'data.reason.visibility': 'non public',
  'data.reason.kind': 'type de contenu non utilisé pour l’entraînement',
  'data.reason.region': 'hors des régions couvertes par l’entraînement',
  'data.reason.age': 'âge inconnu ou inférieur à l’âge minimum',
  'data.reason.notice': 'pas d’information en temps utile',
  'data.reason.consent': 'pas de consentement',
  'data.reason.objection': 'votre opposition',
  'data.reason.excluded': 'exclu à la demande d’une personne qui y figure',
  'request.link': 'Contenus où vous apparaissez',
  'request.title': 'Exclure de l’entraînement de l’IA les contenus où vous apparaissez',
  'request.lead':
    'Si un contenu public d’une autre personne — publication, commentaire ou photo — vous montre, par exemple votre ' +
    'nom, votre image ou d’autres données vous concernant, vous pouvez nous demander de l’exclure de l’entraînement ' +
    'de l’IA. Vous n’avez pas besoin de compte. Nous répondons dans un délai d’un mois ; s’il nous faut plus de ' +
    'temps, nous vous en expliquons la raison, et nous répondons au plus tard dans les deux mois suivants.',
  'request.items': 'Quels contenus ? Une adresse web ou un identifiant d’élément par ligne',
  'request.items.hint':
    'Copiez l’adresse depuis le navigateur, ou l’identifiant de l’élément depuis la page « Mes données ».',
  'request.description': 'Que montre ce contenu de vous, et pourquoi faudrait-il l’exclure ?',
  'request.contact': 'Votre adresse e-mail (facultatif)',
  'request.contact.hint':
    'Uniquement pour vous informer de notre décision. Nous vous envoyons d’abord un lien pour confirmer que cette ' +
    'adresse est bien la vôtre.',
  'request.evidence': 'Toute autre information qui peut nous aider (facultatif)',
  'request.submit': 'Envoyer la demande',
  'request.error.items':
    'Indiquez au moins un élément et au plus 100 : une adresse web de notre site ou un identifiant d’élément, un par ' +
    'ligne.',
  'request.error.description': 'Veuillez indiquer ce que le contenu montre de vous (5 000 caractères au maximum).',
  'request.error.contact': 'Cela ne ressemble pas à une adresse e-mail.',
  'request.error.evidence': 'Ce texte est trop long (20 000 caractères au maximum).',
  'request.done.title': 'Nous avons reçu votre demande',
  'request.done.text': 'Votre demande porte le numéro {id}. Nous prendrons une décision au plus tard le {due}.',
  'request.done.contact':
    'Nous avons envoyé un lien à l’adresse indiquée. Une fois que vous l’aurez ouvert et que vous aurez confirmé, ' +
    'nous vous informerons de notre décision.',
  'request.done.nocontact':
    'Vous n’avez pas indiqué d’adresse e-mail : nous ne pourrons donc pas vous informer de notre décision.',
  'request.confirm.title': 'Confirmez votre adresse e-mail',
  'request.confirm.text': 'Confirmez que nous pouvons vous écrire à cette adresse au sujet de votre demande {id}.',
  'request.confirm.submit': 'Confirmer',
  'request.confirmed.title': 'Votre adresse est confirmée',
  'request.confirmed.text': 'Nous vous écrirons lorsque nous aurons pris une décision sur votre demande {id}.',
  'request.confirm.invalid': 'Ce lien n’est pas valide. Veuillez le copier en entier depuis le message.',
  'error.title': 'Quelque chose ne va pas',
  'error.csrf': 'Ce formulaire a expiré. Revenez en arrière, rechargez la page et réessayez.',
  'error.rate': 'Trop de tentatives. Veuillez patienter une minute, puis réessayer.',
  'error.signin': 'Veuillez d’abord vous connecter.',
  'error.notfound': 'Cette page n’existe pas.',
  'error.notyours': 'Seul le titulaire d’un des comptes pour lesquels cette demande a été faite peut la retirer.',
  'error.withdrawn': 'Ceci a déjà été retiré.',
  'error.internal': 'Une erreur s’est produite de notre côté. Veuillez réessayer plus tard.',
  'mail.signin.subject': 'Votre lien de connexion',
  'mail.signin.body':
    'Bonjour,\n\nQuelqu’un (vous, espérons-le) a demandé à se connecter. Ce lien ne fonctionne qu’une fois, pendant ' +
    '{minutes} minutes :\n\n{link}\n\nSi ce n’était pas vous, ignorez ce message.',
  'mail.confirmation.subject': 'Votre opposition est enregistrée',
  'mail.confirmation.subject.opt_in': 'Votre consentement est enregistré',
  'mail.confirmation.body':
    'Bonjour,\n\nNous avons reçu votre opposition le {when} ({id}).\n\nElle s’applique à ces comptes ' +
    ':\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVous pouvez consulter et retirer vos oppositions à l’adresse {url}.',
  'mail.confirmation.body.opt_in':
    'Bonjour,\n\nNous avons reçu votre consentement le {when} ({id}).\n\nIl s’applique à ces comptes ' +
    ':\n{accounts}\n\n{effect}\n\n{notcovered}\n\nVous pouvez consulter et retirer vos consentements à l’adresse ' +
    '{url}.',
  'mail.withdrawal.subject': 'Votre opposition est retirée',
  'mail.withdrawal.subject.opt_in': 'Votre consentement est retiré',
  'mail.withdrawal.body':
    'Bonjour,\n\nVotre opposition {id} a été retirée le {when}.\n\n{effect}\n\nVous pouvez vous opposer de nouveau à ' +
    'tout moment : {url}',
  'mail.withdrawal.body.opt_in':
    'Bonjour,\n\nVotre consentement {id} a été retiré le {when}.\n\n{effect}\n\nVous pouvez donner de nouveau votre ' +
    'consentement à tout moment : {url}',
  'mail.notice.subject': 'Nous allons utiliser des contenus publics pour entraîner l’IA',
  'mail.notice.subject.opt_in': 'Pouvons-nous utiliser vos contenus publics pour entraîner l’IA ?',
  'mail.notice.body':
    'Bonjour,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nPour vous opposer : {url}\n\nCe message ' +
    'concerne les comptes suivants : {accounts}',
  'mail.notice.body.opt_in':
    'Bonjour,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nPour donner ou retirer votre consentement : ' +
    '{url}\n\nCe message concerne les comptes suivants : {accounts}',
  'mail.footer.zone': 'Les heures indiquées dans ce message sont exprimées dans le fuseau horaire {zone}.',
  'mail.case.confirm.subject': 'Veuillez confirmer votre adresse e-mail',
  'mail.case.confirm.body':
    'Bonjour,\n\nQuelqu’un (vous, espérons-le) nous a demandé d’exclure des contenus de l’entraînement de l’IA et a ' +
    'indiqué cette adresse pour recevoir notre réponse. Veuillez la confirmer ici :\n\n{link}\n\nSi ce n’était pas ' +
    'vous, ignorez ce message : nous ne vous écrirons plus.',
  'mail.case.received.subject': 'Nous avons reçu votre demande {id}',
  'mail.case.received.body':
    'Bonjour,\n\nNous avons reçu votre demande {id} le {when}. Elle concerne les contenus ' +
    'suivants :\n{items}\n\nNous prendrons une décision au plus tard le {due}.',
  'mail.case.extended.subject': 'Nous avons besoin de plus de temps pour votre demande {id}',
  'mail.case.extended.body':
    'Bonjour,\n\nNous avons besoin de plus de temps pour nous prononcer sur votre demande {id}, pour la raison ' +
    'suivante : {reason}\n\nNous prendrons une décision au plus tard le {due}.',
  'mail.case.accepted.subject': 'Votre demande {id} est acceptée',
  'mail.case.accepted.body':
    'Bonjour,\n\nNous avons accepté votre demande {id}. Les contenus suivants sont exclus de tous les jeux de ' +
    'données d’entraînement de l’IA que nous constituerons à partir de maintenant :\n{items}\n\nCe qui a déjà été ' +
    'intégré à un modèle ne peut pas en être retiré.',
  'mail.case.rejected.subject': 'Votre demande {id} est rejetée',
  'mail.case.rejected.body':
    'Bonjour,\n\nNous n’avons pas accepté votre demande {id}, pour la raison suivante : {reason}\n\nVous pouvez ' +
    'introduire une réclamation auprès d’une autorité de protection des données.',
  'console.name': 'Console de protection des données',
  'console.nav.label': 'Console',
  'console.nav.overview': 'Vue d’ensemble',
  'console.nav.cases': 'Dossiers',
  'console.nav.snapshots': 'Jeux de données',
  'console.nav.models': 'Modèles',
  'console.nav.ledger': 'Registre',
  'console.member': 'Session ouverte au nom de {name}, rôle : {role}.',
  'console.role.viewer': 'consultation',
  'console.role.reviewer': 'examen',
  'console.signin.title': 'Se connecter à la console de protection des données',
  'console.signin.lead':
    'Réservé à l’équipe de la plateforme chargée de la protection des données. Saisissez votre adresse ' +
    'professionnelle : si elle fait partie des membres de la console, nous lui envoyons un lien qui vous connecte. ' +
    'Le lien ne fonctionne qu’une fois, pendant {minutes} minutes.',
  'console.signin.sent':
    'Si cette adresse fait partie des membres de la console, un lien de connexion est en route. Il ne fonctionne ' +
    'qu’une fois, pendant {minutes} minutes.',
  'console.signin.refused':
    'Le compte utilisé pour la connexion ne fait pas partie des membres de la console. Demandez à votre délégué à la ' +
    'protection des données d’ajouter son adresse.',
  'console.forbidden':
    'Votre rôle ne le permet pas. Seules les personnes ayant le rôle « examen » statuent sur les dossiers.',
  'console.overview.title': 'Vue d’ensemble',
  'console.overview.policy':
    'Chiffres selon la politique {policy}. Une opposition reçue à partir du {deadline} est considérée comme tardive. ' +
    'Les jours sont des jours UTC.',
  'console.overview.policy.nodeadline':
    'Chiffres selon la politique {policy}, qui ne prévoit pas de date limite : aucune opposition n’est tardive. Les ' +
    'jours sont des jours UTC.',
  'console.overview.cases': 'Dossiers : {open} en attente de décision, dont {overdue} en retard',
  'console.overview.asof': 'Chiffres au {when} ; ils sont recalculés au plus toutes les {minutes} minutes.',
  'console.figures.title': 'Oppositions, retraits et consentements',
  'console.chart.title': 'Oppositions, oppositions tardives, retraits et consentements par jour',
  'console.chart.desc': 'Une courbe par série, du {first} au {last}. Le tableau ci-dessous donne tous les chiffres.',
  'console.chart.empty': 'Rien n’a encore été reçu.',
  'console.series.objections': 'Oppositions',
  'console.series.late': 'Oppositions tardives',
  'console.series.withdrawals': 'Retraits',
  'console.series.consents': 'Consentements',
  'console.table.day': 'Jour',
  'console.table.perday': 'Tous les jours en chiffres',
  'console.totals.caption': 'Au total',
  'console.bychannel.caption': 'Par canal',
  'console.bynetwork.caption': 'Par réseau des comptes concernés (une fois par réseau)',
  'console.type.objection': 'Oppositions',
  'console.type.consent': 'Consentements',
  'console.col.type': 'Nature',
  'console.col.filed': 'Reçus',
  'console.col.withdrawn': 'Retirés',
  'console.col.channel': 'Canal',
  'console.col.network': 'Réseau',
  'console.col.policy': 'Politique',
  'console.col.lang': 'Langue',
  'console.col.queued': 'Mis en file d’attente',
  'console.col.accepted': 'Acceptés par le serveur de messagerie',
  'console.col.failing': 'En échec',
  'console.col.pending': 'En attente',
  'console.col.accounts': 'Comptes',
  'console.col.kind': 'Type',
  'console.col.unsent': 'Non envoyés',
  'console.col.oldest': 'Plus ancien non envoyé',
  'console.col.case': 'Dossier',
  'console.col.status': 'Statut',
  'console.col.due': 'Échéance',
  'console.col.received': 'Réception',
  'console.col.items': 'Éléments',
  'console.col.reason': 'Motif',
  'console.col.count': 'Éléments',
  'console.col.in': 'Inclus',
  'console.col.out': 'Exclus',
  'console.col.model': 'Modèle',
  'console.col.registered': 'Enregistrement',
  'console.col.snapshots': 'Jeux de données',
  'console.col.seq': 'Position',
  'console.col.event': 'Événement',
  'console.col.recorded': 'Inscription',
  'console.notices.title': 'Portée de l’information',
  'console.notices.never':
    '{never} comptes sur {adults} ayant l’âge minimum n’ont reçu aucune information valable pour {policy}.',
  'console.notices.mails.caption': 'Messages d’information par version de politique et par langue',
  'console.notices.proofs.caption':
    'Comptes disposant d’une preuve d’information, par version de politique et par langue',
  'console.notices.mails.empty':
    'Aucun message d’information n’a été mis en file d’attente : la commande veto notice send les met en file ' +
    'd’attente et les envoie.',
  'console.notices.proofs.empty': 'Aucune information n’a encore atteint de compte.',
  'console.notices.unversioned': 'sans version (valable pour toutes les politiques)',
  'console.outbox.title': 'Boîte d’envoi',
  'console.outbox.caption': 'Messages que le serveur de messagerie n’a pas encore acceptés, par type',
  'console.outbox.empty': 'Le serveur de messagerie a accepté tous les messages.',
  'console.cases.title': 'Dossiers',
  'console.cases.lead':
    'Demandes de tiers : d’abord celles en attente de décision, les dossiers en retard en tête, puis par échéance.',
  'console.cases.empty': 'Aucune demande n’a encore été reçue.',
  'console.status.open': 'ouvert',
  'console.status.extended': 'prolongé',
  'console.status.accepted': 'accepté',
  'console.status.rejected': 'rejeté',
  'console.status.overdue': 'en retard',
  'console.case.title': 'Dossier {id}',
  'console.case.received': 'Reçu le {when} par {channel} ; échéance le {due}.',
  'console.case.description': 'Exposé de la demande',
  'console.case.evidence': 'Éléments justificatifs',
  'console.case.contact': 'Contact',
  'console.case.contact.none': 'Aucun contact indiqué : impossible d’informer la personne qui a fait la demande.',
  'console.case.contact.unconfirmed': '(non confirmé : rien n’y est encore envoyé)',
  'console.case.contact.confirmed': '(confirmé)',
  'console.case.hidden':
    'Les textes de la demande et son contact sont des données personnelles : seules les personnes ayant le rôle ' +
    '« examen » les voient.',
  'console.case.erased':
    'Les textes de la demande et, le cas échéant, son adresse de contact ont été supprimés le {when}, une fois ' +
    'écoulé le délai fixé par requests.keep_texts_days depuis la décision.',
  'console.case.steps': 'Étapes',
  'console.case.step.extended': 'Prolongé par {reviewer} le {when}, échéance désormais le {due}. Motif : {reason}',
  'console.case.step.accepted': 'Accepté par {reviewer} le {when} ; nombre d’éléments : {count}.',
  'console.case.step.rejected': 'Rejeté par {reviewer} le {when}. Motif : {reason}',
  'console.case.decided': 'Une décision a été prise sur ce dossier.',
  'console.case.viewer': 'Seules les personnes ayant le rôle « examen » statuent sur les dossiers.',
  'console.case.decide': 'Décider',
  'console.case.accept': 'Accepter',
  'console.case.accept.items': 'Éléments à exclure de l’entraînement',
  'console.case.accept.lead':
    'Les éléments cochés sont exclus de tout jeu de données constitué à partir de maintenant.',
  'console.case.reject': 'Rejeter',
  'console.case.reject.reason': 'Motif du rejet (la personne qui a fait la demande le lira)',
  'console.case.extend': 'Prolonger de deux mois',
  'console.case.extend.reason':
    'Pourquoi un délai supplémentaire est nécessaire (la personne qui a fait la demande le lira)',
  'console.case.done.extended': 'Le dossier {id} est prolongé ; nouvelle échéance : {due}.',
  'console.case.done.accepted':
    'Le dossier {id} est accepté : ses éléments sont exclus de tout jeu de données constitué à partir de maintenant.',
  'console.case.done.rejected': 'Le dossier {id} est rejeté.',
  'console.case.noitems': 'Cochez au moins un élément pour accepter le dossier, ou rejetez-le.',
  'console.snapshots.title': 'Jeux de données',
  'console.snapshots.empty': 'Aucun jeu de données n’a encore été scellé.',
  'console.snapshot.summary':
    '{included} éléments inclus sur {considered}, selon la politique {policy} ; contenus à la date du {at} ; scellé ' +
    'le {sealed}.',
  'console.snapshot.root': 'Racine de Merkle',
  'console.snapshot.models': 'Modèles entraînés sur ce jeu de données : {models}',
  'console.snapshot.nomodels': 'Aucun modèle n’est enregistré comme entraîné sur ce jeu de données.',
  'console.snapshot.unreadable':
    'Son répertoire ne peut pas être lu ici : ses chiffres ne sont donc pas affichés. « Vérifier » indique ce qui ne ' +
    'va pas.',
  'console.snapshot.out.caption': 'Éléments exclus, par motif',
  'console.snapshot.kind.caption': 'Éléments par type',
  'console.snapshot.lang.caption': 'Éléments par langue',
  'console.snapshot.verify': 'Vérifier',
  'console.snapshot.verify.title': 'Jeu de données {id} vérifié',
  'console.snapshot.verified.ok':
    'Le jeu de données {id} est tel qu’il a été scellé : ses fichiers, son manifeste et sa racine de Merkle ' +
    'concordent.',
  'console.snapshot.verified.bad':
    'Le jeu de données {id} n’est plus tel qu’il a été scellé. Problèmes détectés : {count}.',
  'console.models.title': 'Modèles',
  'console.models.empty': 'Aucun modèle n’a encore été enregistré.',
  'console.ledger.title': 'Registre',
  'console.ledger.size': 'Nombre d’entrées dans le registre : {size}.',
  'console.ledger.checkpoint': 'Son dernier point de contrôle signé couvre {size} entrées ; il a été signé le {when}.',
  'console.ledger.nocheckpoint':
    'Aucun point de contrôle n’a encore été signé : la commande veto ledger checkpoint en signe un.',
  'console.ledger.root': 'Racine',
  'console.ledger.note': 'Note signée',
  'console.ledger.recent': 'Dernières entrées',
  'console.records.title': 'Enregistrements pour les autorités de protection des données',
  'console.records.lead':
    'Chaque opposition, consentement, retrait, information délivrée et étape d’un dossier, un enregistrement par ' +
    'entrée du registre, chacun vérifiable au moyen d’un point de contrôle signé pour le téléchargement. ' +
    'Identifiants de compte et noms des personnes ayant le rôle « examen », sans adresses ni textes.',
  'console.records.format': 'Format',
  'console.records.download': 'Télécharger les enregistrements',
}
