/** `veto case`: third parties' requests — open one, list the queue, show, extend, accept or reject. */
import { userInfo } from 'node:os'
import { formatInstant } from '../../domain/index.js'
import type { CaseView } from '../../services/cases.js'
import { parse, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'

/** What a case says of itself in `--json`: ids, instants and state; its texts only in `show`. */
function caseDoc(c: CaseView, texts: boolean) {
  const step = (s: CaseView['decision']) =>
    s && {
      kind: s.kind,
      at: formatInstant(s.at),
      reviewer: s.reviewer,
      ...(texts ? { reason: s.reason } : {}),
      ...(s.dueAt === null ? {} : { due_at: formatInstant(s.dueAt) }),
      ...(s.kind === 'accepted' ? { items: s.items } : {}),
    }
  return {
    id: c.case.id,
    status: c.status,
    overdue: c.overdue,
    received_at: formatInstant(c.case.receivedAt),
    due_at: formatInstant(c.dueAt),
    channel: c.case.channel,
    items: c.case.items,
    ...(texts
      ? { description: c.case.description, evidence: c.case.evidence, contact: c.case.contact }
      : { contact: c.case.contact !== null }),
    extension: step(c.extension),
    decision: step(c.decision),
    texts_erased_at: c.textsErasedAt === null ? null : formatInstant(c.textsErasedAt),
  }
}

function line(c: CaseView): string {
  const state = c.decision
    ? `${c.status} ${formatInstant(c.decision.at)}`
    : `${c.status}, due ${formatInstant(c.dueAt)}`
  return `${c.case.id}  ${c.overdue ? 'OVERDUE ' : ''}${state}  ${c.case.items.length} item(s)`
}

export const caseCommand: Command = {
  name: 'case',
  summary: "third parties' requests: the queue, and each case's extension and decision",
  help: `Usage: veto case list [--overdue]
       veto case show ID
       veto case open --item ID_OR_URL... --description TEXT [--contact ADDRESS] [--evidence TEXT]
       veto case extend ID --reason TEXT [--reviewer NAME]
       veto case accept ID [--item ID...] [--reason TEXT] [--reviewer NAME]
       veto case reject ID --reason TEXT [--reviewer NAME]

Someone shown in another person's public items may ask that they be kept out of training
(the portal's /request form, POST /v1/requests, or \`open\` here). Each request is a case, due
one month after receipt; \`extend\` adds two months once, with a reason. \`accept\` keeps the
items (all, or those named with --item) out of every snapshot built from then on (rule 9:
\`explain\` names the case); \`reject\` closes it with a reason. Every step is a ledger event
naming its reviewer (default: cli:<your user name>). list shows undecided cases first,
overdue ones at the top; --json prints no text of a case except in \`show\`.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('case', args, {
      overdue: { type: 'boolean' },
      item: { type: 'string', multiple: true },
      items: { type: 'string', multiple: true },
      description: { type: 'string' },
      contact: { type: 'string' },
      evidence: { type: 'string' },
      reason: { type: 'string' },
      reviewer: { type: 'string' },
    })
    const ctx = contextOf(io, values)
    const [sub, id, ...rest] = positionals
    if (rest.length > 0) usage('case', `unexpected argument ${rest[0]}`)
    const reviewer = values.reviewer ?? `cli:${userInfo().username}`
    const items = [...(values.item ?? []), ...(values.items ?? [])].flatMap((i) => i.split(',')).filter(Boolean)
    const needId = () => id ?? usage('case', `expected veto case ${sub} ID`)
    const shown = (c: CaseView, verb: string) => ctx.print(`Case ${c.case.id} ${verb}: ${line(c)}`, caseDoc(c, false))
    switch (sub) {
      case 'list': {
        const cases = await withVeto(ctx, (veto) => veto.cases.list({ overdue: values.overdue ?? false }))
        ctx.print(
          cases.length === 0 ? 'No cases.' : cases.map(line).join('\n'),
          cases.map((c) => caseDoc(c, false)),
        )
        return
      }
      case 'show': {
        const c = await withVeto(ctx, (veto) => veto.cases.get(needId()))
        const doc = caseDoc(c, true)
        ctx.print(
          [
            line(c),
            `received ${doc.received_at} (${doc.channel}); items: ${c.case.items.join(', ')}`,
            ...(c.textsErasedAt !== null
              ? [`texts erased ${doc.texts_erased_at} (requests.keep_texts_days after the decision)`]
              : [
                  `description: ${c.case.description}`,
                  ...(c.case.evidence ? [`evidence: ${c.case.evidence}`] : []),
                  `contact: ${c.case.contact ?? 'none'}`,
                ]),
            ...[c.extension, c.decision].flatMap((s) =>
              s ? [`${s.kind} ${formatInstant(s.at)} by ${s.reviewer}${s.reason ? `: ${s.reason}` : ''}`] : [],
            ),
          ].join('\n'),
          doc,
        )
        return
      }
      case 'open': {
        if (id) usage('case', 'open takes no ID')
        const opened = await withVeto(ctx, async (veto) => {
          const c = await veto.cases.receive({
            items,
            description: values.description ?? '',
            contact: values.contact,
            evidence: values.evidence,
            channel: 'admin',
          })
          return veto.cases.get(c.id)
        })
        shown(opened, 'opened')
        return
      }
      case 'extend':
        if (!values.reason) usage('case', 'extend needs --reason')
        shown(
          await withVeto(ctx, (v) => v.cases.extend(needId(), { reviewer, reason: values.reason ?? '' })),
          'extended',
        )
        return
      case 'accept':
        shown(
          await withVeto(ctx, (v) => v.cases.accept(needId(), { reviewer, reason: values.reason ?? null, items })),
          'accepted',
        )
        return
      case 'reject':
        if (!values.reason) usage('case', 'reject needs --reason')
        shown(
          await withVeto(ctx, (v) => v.cases.reject(needId(), { reviewer, reason: values.reason ?? '' })),
          'rejected',
        )
        return
      default:
        usage('case', sub ? `unknown subcommand ${sub}` : 'expected list, show, open, extend, accept or reject')
    }
  },
}
