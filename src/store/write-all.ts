/**
 * Writing a whole buffer through a file descriptor: `writeSync` may take fewer bytes than it is
 * given (a disk filling up), and Node does not try again for the rest.
 * @module
 */
import { writeSync } from 'node:fs'

/** Writes all of `bytes` at `fd`'s position, in as many writes as it takes. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done)
}
