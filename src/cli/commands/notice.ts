/** `veto notice send`: tell every account about the training, with proof of delivery. */
import { createSmtpMailer } from '../../mail/mailer.js'
import { createOutboxWorker } from '../../mail/outbox-worker.js'
import { resolvePolicy } from '../../services/policies.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'
import { linkTo } from '../../services/links.js'

export const noticeCommand: Command = {
  name: 'notice',
  summary: 'send the notice of a policy to every account, recording each delivery',
  help: `Usage: veto notice send --policy NAME [--rate N]

Queues one mail per e-mail address, about all its accounts of the policy's minimum age,
in the language of the country of the first of them by id, then delivers through mail.smtp_url at most N
mails a second (default 20). The mail gives the policy's deadline as the training start,
the kinds it uses and what late objections do. Each mail the server accepts is recorded
as proof of notice of that policy (name, version, language) for its accounts: rule 6
(notice_days) counts notices of the snapshot's policy name. Safe to stop and run again:
nothing is queued twice, delivery picks up where it stopped, and accounts that reached
the minimum age since the last run are told now (with their own deadline when the policy
sets coming_of_age_days).

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('notice', args, { policy: { type: 'string' }, rate: { type: 'string' } })
    if (positionals[0] !== 'send' || positionals.length > 1) usage('notice', 'expected send')
    if (!values.policy) usage('notice', '--policy is required')
    const rate = Math.max(1, positiveIntFlag('notice', 'rate', values.rate, 20))
    const ctx = contextOf(io, values)
    const progress = io.stderr.isTTY && !ctx.json
    const res = await withVeto(ctx, async (veto) => {
      const policy = resolvePolicy(values.policy as string, veto.config.policies)
      const queued = await veto.notices.queue(
        policy,
        linkTo(veto.config.server.public_url, '/'),
        progress ? (d) => io.stderr.write(`\rqueued for ${d} addresses`) : undefined,
      )
      if (progress) io.stderr.write('\n')
      if (!veto.config.mail.smtp_url) return { ...queued, sent: 0, waiting: await veto.outbox.unsentCount() }
      const mailer = createSmtpMailer(veto.config.mail.smtp_url, veto.config.mail.from)
      const worker = createOutboxWorker({
        outbox: veto.outbox,
        mailer,
        seal: veto.mailSeal,
        clock: Date.now,
        batch: rate,
      })
      let sent = 0
      try {
        for (;;) {
          const started = Date.now()
          const n = await worker.runOnce()
          sent += n
          const waiting = await veto.outbox.unsentCount()
          if (progress) io.stderr.write(`\rsent ${sent}, ${waiting} waiting`)
          if (n === 0) break
          await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))))
        }
      } finally {
        mailer.close()
      }
      if (progress) io.stderr.write('\n')
      return { ...queued, sent, waiting: await veto.outbox.unsentCount() }
    })
    ctx.print(
      `${res.addresses} addresses, ${res.queued} newly queued, ${res.sent} delivered now, ` +
        `${res.waiting} mails waiting` +
        (res.waiting > 0 ? ' (set mail.smtp_url, or they retry with back-off)' : ''),
      res,
    )
  },
}
