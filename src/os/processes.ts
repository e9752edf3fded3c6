/** Processes of this machine: scratch named by the process that made it, and a batch job's priority. */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { constants, setPriority } from 'node:os'

/** Whether a process of this machine runs. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the files and folders of `dir` whose name `ownerOf` ties to a process of this machine
 * that no longer runs (undefined: not scratch of ours, or another machine's); returns how many.
 */
export function removeOrphans(dir: string, ownerOf: (name: string) => number | undefined): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    const pid = ownerOf(name)
    if (pid === undefined || pid === process.pid || isRunning(pid)) continue
    rmSync(join(dir, name), { recursive: true, force: true })
    removed++
  }
  return removed
}

/**
 * Gives this process the lowest CPU priority (nice 19), as a batch job that shares the machine
 * with a serving portal should. On Linux each thread has its own priority and a new one takes
 * its creator's: so every thread running now is lowered (the collector's helpers among them), and
 * the workers the job starts later inherit it. The database server's processes are not this
 * one's to lower. Where the platform refuses, the job runs at the priority it was given: only
 * the waits beside it change, never the work.
 */
export function yieldProcessor(): void {
  const low = constants.priority.PRIORITY_LOW
  let threads: string[] = []
  try {
    threads = readdirSync('/proc/self/task')
  } catch {
    // no /proc: the calling thread alone
  }
  for (const id of threads.length > 0 ? threads.map(Number) : [0]) {
    try {
      setPriority(id, low)
    } catch {
      // gone meanwhile, or not allowed: it keeps its priority
    }
  }
}
