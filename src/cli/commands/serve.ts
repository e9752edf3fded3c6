/** `veto serve`: the portal, the REST API, /healthz and /metrics, and the mail worker. */
import { startServer } from '../../server/start-server.js'
import { parse, positiveIntFlag, usage } from '../args.js'
import { type Command, COMMON_HELP, contextOf } from '../command.js'
import { openVeto } from '../../veto.js'

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the portal, the REST API and the mail worker',
  help: `Usage: veto serve [--port P] [--host H]

Serves the portal for people, the REST API /v1 (OpenAPI at /openapi.json), /healthz,
/metrics for the operator (with server.metrics_token), and delivers queued mail through
mail.smtp_url. Logs are JSON lines on stderr and never hold e-mail addresses or reasons.
Stops on SIGINT or SIGTERM.

${COMMON_HELP}`,
  async run(args, io) {
    const { values, positionals } = parse('serve', args, { port: { type: 'string' }, host: { type: 'string' } })
    if (positionals.length > 0) usage('serve', `unexpected argument ${positionals[0]}`)
    const ctx = contextOf(io, values)
    const veto = await openVeto({
      dataDir: ctx.dataDir,
      env: io.env,
      storeUrl: ctx.storeUrl,
      // The durability harness's control run: it must see the loss of answering before the commit.
      faults: { ackBeforeCommit: io.env.VETO_FAULT_ACK_BEFORE_COMMIT === '1' },
    })
    const server = await startServer({
      veto,
      port: values.port === undefined ? undefined : positiveIntFlag('serve', 'port', values.port, 8080),
      host: values.host,
    })
    ctx.print(`Veto is serving at ${server.url}`, { url: server.url })
    await new Promise<void>((resolve) => {
      const stop = () => resolve()
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    await server.close()
    await veto.close()
  },
}
