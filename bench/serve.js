// A `veto serve` on loopback for the benchmarks that talk to one over HTTP.
import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { bin, binFlags } from './veto-bin.js'

/**
 * Starts `veto serve` on a free port over `dataDir`, once it answers; `configure(port)`, if
 * given, runs first (to write the port into the data folder's config). `pid` is the server's,
 * `stop()` ends it.
 */
export async function startServe(dataDir, { configure } = {}) {
  const port = await new Promise((r) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port
      s.close(() => r(p))
    })
  })
  configure?.(port)
  const server = spawn(process.execPath, [...binFlags, bin, 'serve', '--data', dataDir, '--port', String(port)], {
    env: { PATH: process.env.PATH ?? '' },
    stdio: 'ignore',
  })
  const base = `http://127.0.0.1:${port}`
  for (let up = false; !up; ) {
    up = await fetch(`${base}/healthz`).then(
      (r) => r.ok,
      () => false,
    )
    if (!up) await new Promise((r) => setTimeout(r, 25))
  }
  return {
    base,
    pid: server.pid,
    async stop() {
      server.kill('SIGTERM')
      await new Promise((r) => server.once('exit', r))
    },
  }
}
