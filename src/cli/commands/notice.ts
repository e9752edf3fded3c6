/** `veto notice send`: tell every account about the training, with proof of delivery. */
import { createSmtpMailer } from '../../mail/mailer.js'
import { createOutboxWorker } from '../../mail/outbox-worker.js'
import { newId } from '../../services/ids.js'
import { createNoticeService } from '../../services/notices.js'
import { resolvePolicy } from '../../services/policies.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf, withVeto } from '../command.js'
import { linkTo } from '../../services/links.js'

export const noticeCommand: Command = {
  name: 'notice',
  summary: 'send the notice of a policy to every account, recording each delivery',
  help: `Usage: veto notice send --policy NAME [--rate N]

Queues one mail per e-mail address, about all the accounts that carry it, then delivers
through mail.smtp_url at most N mails a second (default 20). Each mail the server accepts
is recorded as proof of notice for its accounts (the notice_days rule uses it). Safe to
stop and run again: nothing is queued twice and delivery picks up where it stopped.

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
      const queued = await createNoticeService({ store: veto.store, clock: Date.now, newId }).queue(
        policy, Date.now(), linkTo(veto.config.server.public_url, '/'),
        progress ? (d, n) => io.stderr.write(`\rqueued ${d} of ${n} addresses`) : undefined)
      if (progress) io.stderr.write('\n')
      if (!veto.config.mail.smtp_url) return { ...queued, sent: 0, waiting: await veto.store.portal.unsentMailCount() }
      const mailer = createSmtpMailer(veto.config.mail.smtp_url, veto.config.mail.from)
      const worker = createOutboxWorker({ store: veto.store, mailer, seal: veto.mailSeal, clock: Date.now, batch: rate })
      let sent = 0
      try {
        for (;;) {
          const started = Date.now()
          const n = await worker.runOnce()
          sent += n
          const waiting = await veto.store.portal.unsentMailCount()
          if (progress) io.stderr.write(`\rsent ${sent}, ${waiting} waiting`)
          if (n === 0) break
          await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))))
        }
      } finally {
        mailer.close()
      }
      if (progress) io.stderr.write('\n')
      return { ...queued, sent, waiting: await veto.store.portal.unsentMailCount() }
    })
    ctx.print(`${res.addresses} addresses, ${res.queued} newly queued, ${res.sent} delivered now, ${res.waiting} mails waiting` +
      (res.waiting > 0 ? ' (set mail.smtp_url, or they retry with back-off)' : ''), res)
  },
}
