import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const processes = fileURLToPath(new URL('../../dist/os/processes.js', import.meta.url))

// The priority of every thread of a process, as Linux keeps it (field 19 of each task's stat).
const script = `
import { readdirSync, readFileSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { yieldProcessor } from ${JSON.stringify(processes)}
const nices = () => readdirSync('/proc/self/task').map((t) =>
  Number(readFileSync('/proc/self/task/' + t + '/stat', 'utf8').split(') ')[1].split(' ')[16]))
const before = nices()
yieldProcessor()
const worker = new Worker('setInterval(() => {}, 1000)', { eval: true })
await new Promise((r) => worker.once('online', r))
console.log(JSON.stringify({ before, after: nices() }))
await worker.terminate()
`

describe.runIf(existsSync('/proc/self/task'))('yieldProcessor', () => {
  it('lowers every thread of the process, and the workers started after it, to nice 19', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
    const { before, after } = JSON.parse(out) as { before: number[]; after: number[] }
    expect(before.some((n) => n !== 19)).toBe(true)
    // More threads than before: the worker's own are among them.
    expect(after.length).toBeGreaterThan(before.length)
    expect(after.every((n) => n === 19)).toBe(true)
  })
})
