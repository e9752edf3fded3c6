/**
 * A local SMTP server that keeps what it receives in memory: the demo's inbox and the
 * tests' real SMTP peer. It can be told to refuse mail, to exercise retries.
 * @module
 */
import type { AddressInfo } from 'node:net'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CaughtMail {
  readonly messageId: string
  readonly to: string
  readonly subject: string
  readonly text: string
  readonly receivedAt: number
}

export interface MailCatcher {
  readonly port: number
  readonly url: string
  readonly messages: CaughtMail[]
  /** While set, every mail is refused with a temporary error. */
  refusing: boolean
  waitFor(predicate: (m: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>
  close(): Promise<void>
}

export async function startMailCatcher(port = 0, host = '127.0.0.1'): Promise<MailCatcher> {
  const messages: CaughtMail[] = []
  const waiters = new Set<() => void>()
  const catcher = { refusing: false } as MailCatcher
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      if (catcher.refusing) {
        stream.resume()
        stream.on('end', () => callback(Object.assign(new Error('try again later'), { responseCode: 451 })))
        return
      }
      simpleParser(stream).then(
        (parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '')
          messages.push({
            messageId: parsed.messageId ?? '',
            to,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: Date.now(),
          })
          for (const w of waiters) w()
          callback()
        },
        (e: Error) => callback(e),
      )
    },
  })
  // A sender killed mid-session resets its connection: that is the sender's problem, not ours.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(port, host, resolve))
  const actual = (server.server.address() as AddressInfo).port
  return Object.assign(catcher, {
    port: actual,
    url: `smtp://${host}:${actual}`,
    messages,
    waitFor(predicate: (m: CaughtMail) => boolean, timeoutMs = 10_000) {
      return new Promise<CaughtMail>((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate)
          if (!found) return
          waiters.delete(check)
          clearTimeout(timer)
          resolve(found)
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error('no such mail arrived in time'))
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  })
}
