/**
 * Notice campaigns: one mail per address about all its accounts, queued in the outbox so a
 * campaign can be stopped and resumed (a queued mail is never queued twice). Each accepted
 * delivery becomes the proof of notice for its accounts (see the outbox worker).
 * @module
 */
import { createHash } from 'node:crypto'
import type { Lang } from '../i18n/messages.js'
import { noticeMail } from '../mail/compose.js'
import type { Policy } from '../domain/index.js'
import { normalizeEmail } from '../domain/email.js'
import type { ServiceDeps } from './deps.js'

const LANG_OF_COUNTRY: Record<string, Lang> = { DE: 'de', AT: 'de', CH: 'de', LI: 'de', LU: 'de' }

export function createNoticeService({ store, clock, newId }: ServiceDeps) {
  return {
    /** Queues the notice of `policy` for every address; returns how many were new. */
    async queue(policy: Policy, start: number, url: string, onProgress?: (done: number, total: number) => void): Promise<{ addresses: number; queued: number }> {
      const facts = await store.loadFacts()
      const byEmail = new Map<string, { to: string; accounts: string[]; lang: Lang }>()
      for (const a of facts.accounts.values()) {
        const key = normalizeEmail(a.email)
        const entry = byEmail.get(key) ?? { to: a.email, accounts: [], lang: LANG_OF_COUNTRY[a.country ?? ''] ?? 'en' }
        entry.accounts.push(a.id)
        byEmail.set(key, entry)
      }
      let queued = 0
      let done = 0
      const entries = [...byEmail.entries()]
      for (let i = 0; i < entries.length; i += 500) {
        const now = clock()
        queued += await store.transaction(async (tx) => {
          let n = 0
          for (const [key, e] of entries.slice(i, i + 500)) {
            const mail = noticeMail(e.lang, { start, deadline: policy.deadline, url, accounts: e.accounts.sort() })
            // The ref names campaign and address (hashed): running the campaign again queues nothing twice.
            const ref = `${policy.name}@${policy.version}:${createHash('sha256').update(key).digest('hex')}`
            if (await tx.portal.enqueueMail({ id: newId('mail'), kind: 'notice', to: e.to, lang: e.lang, subject: mail.subject, body: mail.body, accounts: e.accounts, ref, suppressed: false, createdAt: now })) n++
          }
          return n
        })
        done = Math.min(entries.length, i + 500)
        onProgress?.(done, entries.length)
      }
      return { addresses: entries.length, queued }
    },
  }
}
