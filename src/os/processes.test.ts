import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { getPriority, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const processes = fileURLToPath(new URL('../../dist/os/processes.js', import.meta.url))

// The priority of every thread of a process, as Linux keeps it (field 19 of each task's stat).
const script = `
import { readdirSync, readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { yieldProcessor } from ${JSON.stringify(processes)}
const nices = () => readdirSync('/proc/self/task').map((t) =>
  { const stat = readFileSync('/proc/self/task/' + t + '/stat', 'utf8')
    return Number(stat.slice(stat.lastIndexOf(') ') + 2).split(' ')[16]) })
const before = nices()
yieldProcessor()
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true })
await new Promise((r) => worker.once('online', r))
console.log(JSON.stringify({ before, after: nices() }))
await worker.terminate()
`

// Run at nice 19 already (`nice npm test`), the child would start there: nothing to tell.
describe.runIf(existsSync('/proc/self/task') && getPriority() !== 19)('yieldProcessor', () => {
  it('lowers every thread of the process, and the workers started after it, to nice 19', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    const { before, after } = JSON.parse(out) as { before: number[]; after: number[] }
    expect(before.some((n) => n !== 19)).toBe(true)
    // More threads than before: the worker's own are among them.
    expect(after.length).toBeGreaterThan(before.length)
    expect(after.every((n) => n === 19)).toBe(true)
  })
})

describe.runIf(getPriority() !== 19)('the veto process', () => {
  const bin = fileURLToPath(new URL('../../bin/veto.js', import.meta.url))
  // Loaded before the command: tells, as the process ends, the priority its main thread ended at.
  const tell =
    "data:text/javascript,import { getPriority } from 'node:os'; " +
    "process.on('exit', () => process.stderr.write('nice=' + getPriority() + '\\n'))"
  const niceOf = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', tell, bin, ...args], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    })
    expect(r.status, r.stderr).toBe(0)
    return Number(/nice=(-?\d+)/.exec(r.stderr)?.[1])
  }

  it('runs an import, a batch job, at nice 19, and any other command at the priority it was given', () => {
    const data = mkdtempSync(join(tmpdir(), 'veto-nice-'))
    try {
      const file = join(data, 'accounts.csv')
      writeFileSync(
        file,
        'id,network,email,birthdate,country,center,created_at\na-1,facebook,a1@example.com,,DE,,2016-01-01T00:00:00Z\n',
      )
      expect(niceOf(['init', '--data', data])).toBe(getPriority())
      expect(niceOf(['import', 'accounts', file, '--data', data])).toBe(19)
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  })
})
