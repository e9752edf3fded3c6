/** The demo's inbox: every mail the server sent, its links clickable, so the flow goes on with a keyboard. */
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createSmtpMailer } from '../../src/mail/mailer.js'
import { type RunningServer, startServer } from '../../src/server/start-server.js'
import { createVetoFolder, type VetoFolder } from '../fixtures/veto-folder.js'

let f: VetoFolder
let server: RunningServer
beforeAll(async () => {
  f = await createVetoFolder('sqlite', Date.now())
  server = await startServer({ veto: f.veto, port: 0, host: '127.0.0.1', catchMail: true })
})
afterAll(async () => {
  await server.close()
  await f.dispose()
})

it('shows each mail with its web addresses as links, and nothing else as one', async () => {
  const inbox = server.inbox
  if (!inbox) throw new Error('the demo server catches its mail')
  const mailer = createSmtpMailer(inbox.url, 'Veto <no-reply@veto.invalid>')
  try {
    await mailer.send({
      messageId: '<m1@veto.invalid>',
      to: 'ana@example.com',
      subject: 'Sign in',
      text: 'Open http://localhost:1/signin/verify?token=abc-1 within 15 minutes.\nNot a link: example.com',
      lang: 'en',
    })
  } finally {
    mailer.close()
  }
  await inbox.waitFor((m) => m.to === 'ana@example.com')
  const html = await (await fetch(`${server.url}/_mail`)).text()
  expect(html).toContain(
    '<a href="http://localhost:1/signin/verify?token=abc-1">http://localhost:1/signin/verify?token=abc-1</a>',
  )
  expect(html).toContain('within 15 minutes.')
  expect(html.match(/<a /g)).toHaveLength(1)
})
