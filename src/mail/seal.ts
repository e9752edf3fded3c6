/**
 * Mail bodies that carry a secret (a sign-in link) are kept in the outbox sealed: AES-256-GCM
 * under a key derived from the data folder's secret, which the database does not hold. Whoever
 * reads the database cannot sign in as anyone; the worker opens the body to send it and erases
 * it once it is delivered.
 * @module
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'

const PREFIX = 'sealed:v1:'

export interface MailSeal {
  seal(text: string): string
  /** The text of a sealed body; any other body as it is. */
  open(text: string): string
}

export function createMailSeal(secret: Buffer): MailSeal {
  const key = createHmac('sha256', secret).update('veto outbox seal v1').digest()
  return {
    seal(text) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()])
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    open(text) {
      if (!text.startsWith(PREFIX)) return text
      const raw = Buffer.from(text.slice(PREFIX.length), 'base64')
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')
    },
  }
}
