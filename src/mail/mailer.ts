/**
 * The mail port and its SMTP implementation (nodemailer). Every copy of one mail carries
 * the same Message-ID, derived from its outbox record, so a duplicate after a crash is
 * recognisable as one.
 * @module
 */
import nodemailer from 'nodemailer'

export interface OutgoingMail {
  readonly messageId: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly lang: string
}

export interface Mailer {
  /** Resolves once the server accepted the mail; rejects otherwise. */
  send(mail: OutgoingMail): Promise<void>
  close(): void
}

export function messageIdFor(outboxId: string): string {
  return `<${outboxId}@veto.invalid>`
}

export function createSmtpMailer(url: string, from: string): Mailer {
  // Pooled: a burst of confirmations reuses a few connections instead of one per mail.
  const transport = nodemailer.createTransport({ url, pool: true, maxConnections: 4 } as Parameters<
    typeof nodemailer.createTransport
  >[0])
  return {
    async send(m) {
      await transport.sendMail({
        from,
        to: m.to,
        subject: m.subject,
        text: m.text,
        messageId: m.messageId,
        headers: { 'Content-Language': m.lang, 'Auto-Submitted': 'auto-generated' },
      })
    },
    close: () => transport.close(),
  }
}
