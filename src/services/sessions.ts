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
import type { SessionRealm } from '../store/portal-store.js'
import { AppError } from '../domain/app-error.js'
import { linkTo } from './links.js'

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
export const newToken = (bytes = 16) => randomBytes(bytes).toString('base64url')

export interface SessionSettings {
  /** Seals the sign-in mail's body in the outbox: the link in it must not be read from the database. */
  readonly seal: MailSeal
  readonly publicUrl: string
  readonly signinLinkMinutes: number
  readonly sessionHours: number
  /**
   * Whose sessions: people's (the default; any address an account carries may sign in) or the
   * privacy team's, whose addresses `members` lists (`console.members` in veto.json).
   */
  readonly realm?: { readonly name: 'console'; readonly members: readonly string[] } | undefined
}

export function createSessionService({ store, clock, newId }: ServiceDeps, settings: SessionSettings) {
  const realm: SessionRealm = settings.realm?.name ?? 'portal'
  const members = new Map((settings.realm?.members ?? []).map((m) => [normalizeEmail(m), m.trim()]))
  const linkPath = realm === 'console' ? '/console/signin/verify' : '/signin/verify'
  /** The address a link goes to, as on record; null when nobody with it may sign in here. */
  const addressOnRecord = async (emailNorm: string) =>
    realm === 'console' ? (members.get(emailNorm) ?? null) : store.emailOnRecord(emailNorm)
  /** Whether the address may sign in here at all (a console member; for people, always). */
  const mayEnter = (email: string) => realm === 'portal' || members.has(normalizeEmail(email))
  return {
    mayEnter,

    async requestLink(email: string, lang: Lang): Promise<void> {
      const now = clock()
      const token = newToken(32)
      const emailNorm = normalizeEmail(email)
      const onRecord = await addressOnRecord(emailNorm)
      const link = linkTo(settings.publicUrl, `${linkPath}?token=${token}`)
      const mail = signinMail(lang, link, settings.signinLinkMinutes)
      await store.transaction(async (tx) => {
        await tx.portal.insertSigninToken(
          hashToken(token),
          emailNorm,
          now,
          now + settings.signinLinkMinutes * 60_000,
          realm,
        )
        await tx.portal.enqueueMail({
          // To the address on record, never to the form typed: `\u212Aate@…` must not get Kate's link.
          id: newId('mail', now),
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
      const email = await store.transaction((tx) => tx.portal.consumeSigninToken(hashToken(linkToken), now, realm))
      // A member taken off the list since the link was sent no longer gets in.
      if (!email || !mayEnter(email)) return undefined
      const session = newToken(16)
      await store.portal.insertSession(hashToken(session), email, now, now + settings.sessionHours * 3_600_000, realm)
      return { session, email }
    },

    /** Opens a session for an address the identity provider vouched for. */
    async signInVerified(email: string): Promise<string> {
      if (!mayEnter(email)) throw new AppError('AUTH_REQUIRED', 'this address is not a member of the console')
      const now = clock()
      const session = newToken(16)
      await store.portal.insertSession(
        hashToken(session),
        normalizeEmail(email),
        now,
        now + settings.sessionHours * 3_600_000,
        realm,
      )
      return session
    },

    /** The session's address, normalized; undefined when it is unknown, expired, or no longer a member's. */
    async sessionEmail(session: string): Promise<string | undefined> {
      const email = await store.portal.findSession(hashToken(session), clock(), realm)
      return email !== undefined && mayEnter(email) ? email : undefined
    },
    signOut: (session: string) => store.portal.deleteSession(hashToken(session), realm),
    /** Ends every session of the address (`email` as the session holds it, normalized). */
    signOutEverywhere: (email: string) => store.portal.deleteSessionsOf(normalizeEmail(email), realm),
  }
}

export type SessionService = ReturnType<typeof createSessionService>
