/**
 * Every sentence a person reads, in English: the source the other languages translate.
 * `{name}` placeholders are filled by `t`; a translation keeps exactly the same ones.
 * Where the policy changes what is true, a key has one variant per case (`.opt_in`,
 * `.future_content_only`, …) and the caller picks by the served policy.
 * @module
 */
export const en = {
  'site.name': 'AI training and your content',
  'site.skip': 'Skip to content',
  'nav.label': 'Main',
  'nav.notice': 'About the training',
  'nav.object': 'Object',
  'nav.consent': 'Consent',
  'nav.status': 'My objections',
  'nav.status.consent': 'My consents',
  'nav.data': 'My data',
  'nav.signin': 'Sign in',
  'nav.signout': 'Sign out',
  'settings.title': 'Language and time zone',
  'settings.lang': 'Language',
  'settings.zone': 'Time zone',
  'settings.submit': 'Save',
  'settings.shown': 'Times are shown in the time zone {zone}.',
  'notice.title': 'We will use public content to train AI',
  'notice.title.opt_in': 'May we use your public content to train AI?',
  'notice.lead':
    'From {start} we use public content of users aged {age} and over to train our AI models, on the basis of our ' +
    'legitimate interest (GDPR Art. 6(1)(f)). You can object at any time, without giving a reason.',
  'notice.lead.nodeadline':
    'We use public content of users aged {age} and over to train our AI models, on the basis of our legitimate ' +
    'interest (GDPR Art. 6(1)(f)). You can object at any time, without giving a reason.',
  'notice.lead.opt_in':
    'We would like to use public content of users aged {age} and over to train our AI models. We use it only with ' +
    'your consent (GDPR Art. 6(1)(a)). You can give your consent here and withdraw it at any time, as easily as you ' +
    'gave it.',
  'notice.what': 'What we use',
  'notice.kinds': 'These kinds of public content: {kinds}.',
  'notice.never.snapshot':
    'Never content that is not public, such as private messages, and never content of people under {age}.',
  'notice.never.publication':
    'Never content that is not public, such as private messages, and never content you published before you were ' +
    '{age}.',
  'notice.deadline': 'The deadline',
  'notice.deadline.text': 'Objections received before {deadline} keep all of your content out of the training.',
  'notice.after.future_content_only':
    'Objections received after that keep out only what you make public after objecting. What already went into a ' +
    'model cannot be taken back.',
  'notice.after.all_content':
    'Objections received after that keep all of your content out of every training snapshot made after them. What ' +
    'already went into a model cannot be taken back.',
  'notice.nodeadline':
    'An objection keeps all of your content out of every training snapshot made after it. What already went into a ' +
    'model cannot be taken back.',
  'notice.comingOfAge':
    'If you reach the age of {age} after {deadline}, an objection you file within {days} days of reaching it also ' +
    'keeps all of your content out.',
  'notice.comingOfAge.own':
    'You reached the age of {age} only recently: an objection you file before {until} keeps all of your content out.',
  'notice.consent.effect':
    'Without your consent none of your content is used. With it, your public content may be used in training ' +
    'snapshots made while your consent stands. What already went into a model cannot be taken back.',
  'notice.cta': 'Object now',
  'notice.cta.opt_in': 'Give or withdraw your consent',
  'scope.covers':
    'An objection covers every account with your e-mail address and every account linked with them in the same ' +
    'accounts center.',
  'scope.covers.opt_in':
    'A consent covers every account with your e-mail address and every account linked with them in the same accounts ' +
    'center.',
  'scope.notcovered':
    'Accounts with another e-mail address outside those accounts centers are not covered, even if they are yours: ' +
    'they need an objection of their own.',
  'scope.notcovered.opt_in':
    'Accounts with another e-mail address outside those accounts centers are not covered, even if they are yours: ' +
    'they need a consent of their own.',
  'kind.name': 'your name',
  'kind.username': 'usernames',
  'kind.profile_picture': 'profile pictures',
  'kind.avatar': 'avatars',
  'kind.post': 'public posts',
  'kind.comment': 'comments',
  'kind.group_post': 'activity in public groups',
  'kind.page_post': 'activity on pages',
  'kind.channel_post': 'activity in channels',
  'kind.marketplace_review': 'marketplace reviews',
  'signin.title': 'Sign in',
  'signin.lead':
    'Enter the e-mail address of your account. We send you a link that signs you in; it works once, for {minutes} ' +
    'minutes.',
  'signin.email': 'E-mail address',
  'signin.submit': 'Send me a link',
  'signin.oidc': 'Sign in with {label}',
  'signin.sent.title': 'Check your inbox',
  'signin.sent.text':
    'If an account uses this address, a sign-in link is on its way. It works once, for {minutes} minutes.',
  'signin.confirm.title': 'Sign in',
  'signin.confirm.text': 'Continue to sign in on this device.',
  'signin.confirm.submit': 'Sign in',
  'signin.invalid': 'This link has expired or was used already. Ask for a new one.',
  'object.title': 'Object to the use of your content',
  'object.lead': 'Object here to the use of your public content for training AI.',
  'object.email': 'E-mail address of your account',
  'object.reason': 'Reason (optional)',
  'object.reason.hint': 'You do not have to give a reason. We keep it, and never show it to anyone else.',
  'object.submit': 'Object',
  'object.done.title': 'Your objection is recorded',
  'object.done.received': 'Received {when}. A confirmation is on its way to your inbox.',
  'object.done.covers': 'It covers these accounts:',
  'object.done.timely': 'It arrived before the deadline: none of the content of these accounts will be used.',
  'object.done.late.future_content_only':
    'It arrived after the deadline: content you make public from now on will not be used. What already went into a ' +
    'model cannot be taken back.',
  'object.done.late.all_content':
    'It arrived after the deadline: none of the content of these accounts will be used in training snapshots made ' +
    'from now on. What already went into a model cannot be taken back.',
  'consent.title': 'Consent to the use of your content',
  'consent.lead':
    'Give here your consent to the use of your public content for training AI. It is up to you; nothing changes for ' +
    'you if you do not.',
  'consent.submit': 'I consent',
  'consent.given': 'You have given your consent. You can withdraw it on the page “My consents”.',
  'consent.done.title': 'Your consent is recorded',
  'consent.done.received': 'Received {when}. A confirmation is on its way to your inbox.',
  'consent.done.covers': 'It covers these accounts:',
  'consent.done.effect':
    'Your public content may be used in training snapshots made from now on. You can withdraw your consent at any ' +
    'time, as easily as you gave it.',
  'status.title': 'My objections',
  'status.title.opt_in': 'My consents',
  'status.none': 'You have not objected.',
  'status.none.opt_in': 'You have not given a consent.',
  'status.section': 'Objection of {date}',
  'status.section.opt_in': 'Consent of {date}',
  'status.received': 'Received {when}',
  'status.withdrawn': 'Withdrawn {when}',
  'status.covers': 'Covers: {accounts}',
  'status.withdraw': 'Withdraw this objection',
  'status.withdraw.opt_in': 'Withdraw this consent',
  'status.accounts': 'Your accounts',
  'status.signoutEverywhere': 'Sign out on every device',
  'status.notYours':
    'Filed for {accounts}, an account in your accounts center with another address. It covers your accounts too; ' +
    'only ' +
    'the holder of an account it was filed for can withdraw it.',
  'withdraw.title': 'Withdraw your objection?',
  'withdraw.title.opt_in': 'Withdraw your consent?',
  'withdraw.effect':
    'Your public content may be used in training snapshots made from now on. Snapshots made before stay as they are.',
  'withdraw.effect.opt_in':
    'None of your content will be used in training snapshots made from now on. Snapshots made before stay as they ' +
    'are: what already went into a model cannot be taken back.',
  'withdraw.again.timely':
    'If you object again before {deadline}, the new objection still keeps all of your content out. After that it ' +
    'counts as late.',
  'withdraw.again.late':
    'If you object again, the new objection counts as late, because the deadline ({deadline}) has passed.',
  'withdraw.confirm': 'Yes, withdraw',
  'withdraw.cancel': 'No, keep it',
  'withdraw.done.title': 'Your objection is withdrawn',
  'withdraw.done.title.opt_in': 'Your consent is withdrawn',
  'withdraw.done.text': 'Withdrawn {when}. A confirmation is on its way to your inbox.',
  'data.title': 'My data in training',
  'data.access': 'Download everything on record about you (JSON)',
  'data.none': 'No training snapshot has been made yet.',
  'data.snapshot': 'Snapshot {id} of {at} ({policy})',
  'data.in': '{n} of your items are in it',
  'data.out': '{n} are not',
  'data.models': 'Models trained on it: {models}',
  'data.caption': 'Your items in snapshot {id}',
  'data.col.item': 'Item',
  'data.col.status': 'In the snapshot?',
  'data.col.proof': 'Proof',
  'data.included': 'in',
  'data.proof': 'Proof',
  'data.proof.of': 'Proof for item {id}',
  'data.proof.about':
    "A proof file shows, against the snapshot's published fingerprint (its Merkle root), that an item is in the " +
    'snapshot or that it is not. It holds your key for the snapshot, from which the item’s key is worked out again ' +
    'from its id, so anyone you give the file to can check it without having to trust us.',
  'data.reason.published': 'not public yet at the cutoff',
  'data.reason.visibility': 'not public',
  'data.reason.kind': 'not a kind used for training',
  'data.reason.region': 'outside the regions of the training',
  'data.reason.age': 'age not known or under the minimum',
  'data.reason.notice': 'no notice in time',
  'data.reason.consent': 'no consent',
  'data.reason.objection': 'your objection',
  'data.reason.excluded': 'kept out at the request of someone it shows',
  'request.link': 'Content that shows you',
  'request.title': 'Keep content that shows you out of AI training',
  'request.lead':
    'If a public post, comment or photo of someone else shows you — your name, your image or other data about you ' +
    '— you can ask us to keep it out of AI training. You do not need an account. We answer within one month; if we ' +
    'need longer, we tell you why, and we answer within two more months at the latest.',
  'request.items': 'Which content? One web address or item id per line',
  'request.items.hint': 'Copy the address from the browser, or the item id from the “My data” page.',
  'request.description': 'What does it show of you, and why should it be kept out?',
  'request.contact': 'Your e-mail address (optional)',
  'request.contact.hint': 'Only to tell you how we decide. We first send you a link to confirm it is yours.',
  'request.evidence': 'Anything else that helps us (optional)',
  'request.submit': 'Send request',
  'request.error.items':
    'Name at least one item and at most 100: a web address of our site or an item id, one per line.',
  'request.error.description': 'Please say what the content shows of you (at most 5,000 characters).',
  'request.error.contact': 'This does not look like an e-mail address.',
  'request.error.evidence': 'This is too long (at most 20,000 characters).',
  'request.done.title': 'We received your request',
  'request.done.text': 'Your request has the number {id}. We will decide by {due}.',
  'request.done.contact':
    'We sent a link to the address you gave. Once you open it and confirm, we tell you how we decide.',
  'request.done.nocontact': 'You gave no e-mail address, so we cannot tell you how we decide.',
  'request.confirm.title': 'Confirm your e-mail address',
  'request.confirm.text': 'Confirm that we may write to this address about your request {id}.',
  'request.confirm.submit': 'Confirm',
  'request.confirmed.title': 'Your address is confirmed',
  'request.confirmed.text': 'We will write to you when we decide on your request {id}.',
  'request.confirm.invalid': 'This link is not valid. Please copy it from the mail in full.',
  'error.title': 'Something is not right',
  'error.csrf': 'This form has expired. Go back, reload the page and try again.',
  'error.rate': 'Too many attempts. Please wait a minute and try again.',
  'error.signin': 'Please sign in first.',
  'error.notfound': 'This page does not exist.',
  'error.notyours': 'Only the holder of an account it was filed for can withdraw it.',
  'error.withdrawn': 'This was withdrawn already.',
  'error.internal': 'Something went wrong on our side. Please try again later.',
  'mail.signin.subject': 'Your sign-in link',
  'mail.signin.body':
    'Hello,\n\nsomeone (hopefully you) asked to sign in. This link works once, for {minutes} ' +
    'minutes:\n\n{link}\n\nIf ' +
    'it was not you, ignore this mail.',
  'mail.confirmation.subject': 'Your objection is recorded',
  'mail.confirmation.subject.opt_in': 'Your consent is recorded',
  'mail.confirmation.body':
    'Hello,\n\nwe received your objection {when} ({id}).\n\nIt covers these ' +
    'accounts:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nYou can see and withdraw your objections at {url}.',
  'mail.confirmation.body.opt_in':
    'Hello,\n\nwe received your consent {when} ({id}).\n\nIt covers these ' +
    'accounts:\n{accounts}\n\n{effect}\n\n{notcovered}\n\nYou can see and withdraw your consents at {url}.',
  'mail.withdrawal.subject': 'Your objection is withdrawn',
  'mail.withdrawal.subject.opt_in': 'Your consent is withdrawn',
  'mail.withdrawal.body':
    'Hello,\n\nyour objection {id} was withdrawn {when}.\n\n{effect}\n\nYou can object again at any time: {url}',
  'mail.withdrawal.body.opt_in':
    'Hello,\n\nyour consent {id} was withdrawn {when}.\n\n{effect}\n\nYou can give your consent again at any time: ' +
    '{url}',
  'mail.notice.subject': 'We will use public content to train AI',
  'mail.notice.subject.opt_in': 'May we use your public content to train AI?',
  'mail.notice.body':
    'Hello,\n\n{lead}\n\n{kinds} {never}\n\n{deadline}\n\n{scope}\n\nObject here: {url}\n\nThis mail is about these ' +
    'accounts: {accounts}',
  'mail.notice.body.opt_in':
    'Hello,\n\n{lead}\n\n{kinds} {never}\n\n{effect}\n\n{scope}\n\nGive or withdraw your consent here: {url}\n\nThis ' +
    'mail is about these accounts: {accounts}',
  'mail.footer.zone': 'Times in this mail are in the time zone {zone}.',
  'mail.case.confirm.subject': 'Please confirm your e-mail address',
  'mail.case.confirm.body':
    'Hello,\n\nsomeone (hopefully you) asked us to keep content out of AI training and gave this address to hear ' +
    'back. Please confirm it here:\n\n{link}\n\nIf it was not you, ignore this mail: we will not write again.',
  'mail.case.received.subject': 'We received your request {id}',
  'mail.case.received.body':
    'Hello,\n\nwe received your request {id} {when}, about:\n{items}\n\nWe will decide by {due}.',
  'mail.case.extended.subject': 'We need more time for your request {id}',
  'mail.case.extended.body':
    'Hello,\n\nwe need more time to decide on your request {id}, because: {reason}\n\nWe will decide by {due}.',
  'mail.case.accepted.subject': 'Your request {id} is accepted',
  'mail.case.accepted.body':
    'Hello,\n\nwe accepted your request {id}. This content is kept out of every AI training dataset we make from ' +
    'now on:\n{items}\n\nWhat went into a model before cannot be taken out of it.',
  'mail.case.rejected.subject': 'Your request {id} is rejected',
  'mail.case.rejected.body':
    'Hello,\n\nwe did not accept your request {id}, because: {reason}\n\nYou may complain to a data protection ' +
    'supervisory authority.',
  'console.name': 'Privacy console',
  'console.nav.label': 'Console',
  'console.nav.overview': 'Overview',
  'console.nav.cases': 'Cases',
  'console.nav.snapshots': 'Snapshots',
  'console.nav.models': 'Models',
  'console.nav.ledger': 'Ledger',
  'console.member': 'Signed in as {name}, {role}.',
  'console.role.viewer': 'viewer',
  'console.role.reviewer': 'reviewer',
  'console.signin.title': 'Sign in to the privacy console',
  'console.signin.lead':
    "For the platform's privacy team. Enter your work address: if it is a member of the console, we send it a " +
    'link that signs you in. The link works once, for {minutes} minutes.',
  'console.signin.sent':
    'If this address is a member of the console, a sign-in link is on its way. It works once, for {minutes} minutes.',
  'console.signin.refused':
    'The account you signed in with is not a member of the console. Ask your data-protection officer to add ' +
    'its address.',
  'console.forbidden': 'Your role does not allow this. Reviewers decide cases.',
  'console.overview.title': 'Overview',
  'console.overview.policy':
    'Figures under the policy {policy}. An objection received from {deadline} on counts as late. Days are days in UTC.',
  'console.overview.policy.nodeadline':
    'Figures under the policy {policy}, which has no deadline: no objection is late. Days are days in UTC.',
  'console.overview.cases': 'Cases: {open} undecided, {overdue} of them overdue',
  'console.overview.asof': 'As of {when}; computed again at most every {minutes} minutes.',
  'console.figures.title': 'Objections, withdrawals and consents',
  'console.chart.title': 'Objections, late objections, withdrawals and consents per day',
  'console.chart.desc': 'A line per series, from {first} to {last}. The table below gives every number.',
  'console.chart.empty': 'Nothing has been filed yet.',
  'console.series.objections': 'Objections',
  'console.series.late': 'Late objections',
  'console.series.withdrawals': 'Withdrawals',
  'console.series.consents': 'Consents',
  'console.table.day': 'Day',
  'console.table.perday': 'Every day in numbers',
  'console.totals.caption': 'In total',
  'console.bychannel.caption': 'By channel',
  'console.bynetwork.caption': 'By network of the accounts filed for (once for each network)',
  'console.type.objection': 'Objections',
  'console.type.consent': 'Consents',
  'console.col.type': 'Type',
  'console.col.filed': 'Filed',
  'console.col.withdrawn': 'Withdrawn',
  'console.col.channel': 'Channel',
  'console.col.network': 'Network',
  'console.col.policy': 'Policy',
  'console.col.lang': 'Language',
  'console.col.queued': 'Queued',
  'console.col.accepted': 'Accepted by the mail server',
  'console.col.failing': 'Failing',
  'console.col.pending': 'Pending',
  'console.col.accounts': 'Accounts',
  'console.col.kind': 'Kind',
  'console.col.unsent': 'Unsent',
  'console.col.oldest': 'Oldest unsent',
  'console.col.case': 'Case',
  'console.col.status': 'Status',
  'console.col.due': 'Due',
  'console.col.received': 'Received',
  'console.col.items': 'Items',
  'console.col.reason': 'Reason',
  'console.col.count': 'Items',
  'console.col.in': 'In',
  'console.col.out': 'Out',
  'console.col.model': 'Model',
  'console.col.registered': 'Registered',
  'console.col.snapshots': 'Snapshots',
  'console.col.seq': 'Position',
  'console.col.event': 'Event',
  'console.col.recorded': 'Recorded',
  'console.notices.title': 'Notice reach',
  'console.notices.never': '{never} of {adults} accounts of the minimum age have no notice that counts for {policy}.',
  'console.notices.mails.caption': 'Notice mails by policy version and language',
  'console.notices.proofs.caption': 'Accounts with a proof of notice, by policy version and language',
  'console.notices.mails.empty': 'No notice mail has been queued: veto notice send queues and sends them.',
  'console.notices.proofs.empty': 'No notice has reached any account yet.',
  'console.notices.unversioned': 'unversioned (counts for every policy)',
  'console.outbox.title': 'Outbox',
  'console.outbox.caption': 'Mail the mail server has not accepted yet, by kind',
  'console.outbox.empty': 'The mail server has accepted every mail.',
  'console.cases.title': 'Cases',
  'console.cases.lead': "Third parties' requests: undecided ones first, overdue ones at the top, then by due date.",
  'console.cases.empty': 'No request has come in yet.',
  'console.status.open': 'open',
  'console.status.extended': 'extended',
  'console.status.accepted': 'accepted',
  'console.status.rejected': 'rejected',
  'console.status.overdue': 'overdue',
  'console.case.title': 'Case {id}',
  'console.case.received': 'Received {when} through {channel}; due {due}.',
  'console.case.description': 'What the requester says',
  'console.case.evidence': 'Evidence',
  'console.case.contact': 'Contact',
  'console.case.contact.none': 'None given: the requester cannot be told.',
  'console.case.contact.unconfirmed': '(not confirmed: nothing is mailed to it yet)',
  'console.case.contact.confirmed': '(confirmed)',
  'console.case.hidden': "The request's texts and its contact are personal data: only reviewers see them.",
  'console.case.erased':
    "The request's texts, and its contact address if it gave one, were erased on {when}, once the time set by " +
    'requests.keep_texts_days had passed since its decision.',
  'console.case.steps': 'Steps',
  'console.case.step.extended': 'Extended by {reviewer} on {when}, now due {due}. Reason: {reason}',
  'console.case.step.accepted': 'Accepted by {reviewer} on {when}, for {count} items.',
  'console.case.step.rejected': 'Rejected by {reviewer} on {when}. Reason: {reason}',
  'console.case.decided': 'This case is decided.',
  'console.case.viewer': 'Only reviewers decide cases.',
  'console.case.decide': 'Decide',
  'console.case.accept': 'Accept',
  'console.case.accept.items': 'Items to keep out of training',
  'console.case.accept.lead': 'The items ticked are kept out of every snapshot built from now on.',
  'console.case.reject': 'Reject',
  'console.case.reject.reason': 'Why the request is rejected (the requester reads this)',
  'console.case.extend': 'Extend by two months',
  'console.case.extend.reason': 'Why more time is needed (the requester reads this)',
  'console.case.done.extended': 'Case {id} is extended; it is now due {due}.',
  'console.case.done.accepted': 'Case {id} is accepted: its items are kept out of every snapshot built from now on.',
  'console.case.done.rejected': 'Case {id} is rejected.',
  'console.case.noitems': 'Tick at least one item to accept, or reject the case.',
  'console.snapshots.title': 'Snapshots',
  'console.snapshots.empty': 'No snapshot has been sealed yet.',
  'console.snapshot.summary':
    '{included} of {considered} items in, under the policy {policy}; content as of {at}; sealed {sealed}.',
  'console.snapshot.root': 'Merkle root',
  'console.snapshot.models': 'Models trained on it: {models}',
  'console.snapshot.nomodels': 'No model is registered as trained on it.',
  'console.snapshot.unreadable':
    'Its folder cannot be read here, so its counts are not shown; Verify says what is wrong.',
  'console.snapshot.out.caption': 'Items out, by reason',
  'console.snapshot.kind.caption': 'Items by kind',
  'console.snapshot.lang.caption': 'Items by language',
  'console.snapshot.verify': 'Verify',
  'console.snapshot.verify.title': 'Snapshot {id} checked',
  'console.snapshot.verified.ok': 'Snapshot {id} is as it was sealed: its files, manifest and Merkle root match.',
  'console.snapshot.verified.bad': 'Snapshot {id} is not as it was sealed: {count} problems.',
  'console.models.title': 'Models',
  'console.models.empty': 'No model has been registered yet.',
  'console.ledger.title': 'Ledger',
  'console.ledger.size': 'The ledger holds {size} entries.',
  'console.ledger.checkpoint': 'Its last signed checkpoint covers {size} entries; it was signed {when}.',
  'console.ledger.nocheckpoint': 'No checkpoint has been signed yet: veto ledger checkpoint signs one.',
  'console.ledger.root': 'Root',
  'console.ledger.note': 'Signed note',
  'console.ledger.recent': 'Latest entries',
  'console.records.title': 'Records for authorities',
  'console.records.lead':
    'Every objection, consent, withdrawal, delivered notice and step of a case, one record per ledger entry, ' +
    'each checkable against a checkpoint signed for the download. ' +
    'Account ids and reviewer names, no addresses or texts.',
  'console.records.format': 'Format',
  'console.records.download': 'Download the records',
} as const

export type MessageKey = keyof typeof en
/** A translation: every key of the English source, with the same placeholders. */
export type Messages = Readonly<Record<MessageKey, string>>
