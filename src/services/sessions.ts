/**
 * Sign-in by e-mail link and sessions. Tokens are 128 bits or more from the system's
 * random source and stored only as SHA-256 hashes. Asking for a link does the same work
 * whether or not an account uses the address — a token is stored and a mail queued either
 * way; for an unknown address the mail is marked suppressed and never leaves — so neither
 * the answer nor its timing tells anyone whether the address has an account.
 * @module
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Lang } from '../i18n/messages.js'
import { signinMail } from '../mail/compose.js'
import { normalizeEmail } from '../domain/email.js'
import type { MailSeal } from '../mail/seal.js'
import type { ServiceDeps } from './deps.js'
import { linkTo } from './links.js'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
export const newToken = (bytes = 16) => randomBytes(bytes).toString('base64url')

export interface SessionSettings {
  /** Seals the sign-in mail's body in the outbox: the link in it must not be read from the database. */
  readonly seal: MailSeal
  readonly publicUrl: string
  readonly signinLinkMinutes: number
  readonly sessionHours: number
}

export function createSessionService({ store, clock, newId }: ServiceDeps, settings: SessionSettings) {
  return {
    async requestLink(email: string, lang: Lang): Promise<void> {
      const now = clock()
      const token = newToken(32)
      const emailNorm = normalizeEmail(email)
      const onRecord = await store.emailOnRecord(emailNorm)
      const link = linkTo(settings.publicUrl, `/signin/verify?token=${token}`)
      const mail = signinMail(lang, link, settings.signinLinkMinutes)
      await store.transaction(async (tx) => {
        await tx.portal.insertSigninToken(hashToken(token), emailNorm, now, now + settings.signinLinkMinutes * 60_000)
        await tx.portal.enqueueMail({
          // To the address on record, never to the form typed: `\u212Aate@…` must not get Kate's link.
          id: newId('mail'),
          kind: 'signin',
          to: onRecord ?? email.trim(),
          lang,
          subject: mail.subject,
          body: settings.seal.seal(mail.body),
          accounts: [],
          ref: null,
          suppressed: onRecord === null,
          createdAt: now,
        })
      })
    },

    /** Uses a sign-in link once and opens a new session; undefined when the link is not good. */
    async signIn(linkToken: string): Promise<{ session: string; email: string } | undefined> {
      const now = clock()
      const email = await store.transaction((tx) => tx.portal.consumeSigninToken(hashToken(linkToken), now))
      if (!email) return undefined
      const session = newToken(16)
      await store.portal.insertSession(hashToken(session), email, now, now + settings.sessionHours * 3_600_000)
      return { session, email }
    },

    /** Opens a session for an address the identity provider vouched for. */
    async signInVerified(email: string): Promise<string> {
      const now = clock()
      const session = newToken(16)
      await store.portal.insertSession(
        hashToken(session),
        normalizeEmail(email),
        now,
        now + settings.sessionHours * 3_600_000,
      )
      return session
    },

    sessionEmail: (session: string) => store.portal.findSession(hashToken(session), clock()),
    signOut: (session: string) => store.portal.deleteSession(hashToken(session)),
    /** Ends every session of the address (`email` as the session holds it, normalized). */
    signOutEverywhere: (email: string) => store.portal.deleteSessionsOf(normalizeEmail(email)),
  }
}

export type SessionService = ReturnType<typeof createSessionService>
