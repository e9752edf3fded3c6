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
