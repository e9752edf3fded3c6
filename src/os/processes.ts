/** Processes of this machine, for scratch named by the process that made it. */
import { readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'

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
