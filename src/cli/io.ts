import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs'
import { type FileHandle, open } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AppError } from '../domain/app-error.js'

/** What a command may touch of the world: its output streams and environment. */
export interface Io {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean }
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  /** Milliseconds since the epoch; the wall clock unless a test fixes it. */
  readonly clock?: () => number
}

export interface CommandContext {
  readonly io: Io
  readonly dataDir: string
  /** A store URL that overrides the config's (--store). */
  readonly storeUrl: string | undefined
  readonly json: boolean
  /** Prints the human text, or with --json the one JSON document. */
  print(human: string, json: unknown): void
}

/** Writes to a stream and waits when it is full, so that large outputs keep memory flat. */
export function writeAsync(stream: NodeJS.WritableStream, chunk: string): Promise<void> | void {
  if (stream.write(chunk)) return
  return new Promise((resolve) => stream.once('drain', resolve))
}

/**
 * Writes `out` whole or not at all: into `out.partial` (only its owner may read it: what the
 * commands write names accounts), in 64 KiB writes, synced, then renamed into place and the folder
 * synced, so that a file reported written survives a crash. On any failure the partial file
 * goes and the error is the caller's.
 */
export async function writeFileAtomically<T>(
  out: string,
  write: (sink: (chunk: string) => Promise<void>) => Promise<T>,
) {
  const partial = `${out}.partial`
  // A partial file is a failed run's; `wx` then refuses anything planted in its place since.
  rmSync(partial, { force: true })
  let handle: FileHandle
  try {
    handle = await open(partial, 'wx', 0o600)
  } catch (cause) {
    throw new AppError(
      'OUTPUT_UNWRITABLE',
      `cannot write ${out}: ${(cause as NodeJS.ErrnoException).code ?? 'error'}`,
      {},
      { cause },
    )
  }
  let pending = ''
  const flush = async () => {
    const text = pending
    pending = ''
    if (text) await handle.write(text)
  }
  try {
    const result = await write(async (chunk) => {
      pending += chunk
      if (pending.length >= 1 << 16) await flush()
    })
    await flush()
    await handle.sync()
    await handle.close()
    renameSync(partial, out)
    const folder = openSync(dirname(out), 'r')
    try {
      fsyncSync(folder)
    } finally {
      closeSync(folder)
    }
    return result
  } catch (e) {
    await handle.close().catch(() => {})
    rmSync(partial, { force: true })
    throw e
  }
}
