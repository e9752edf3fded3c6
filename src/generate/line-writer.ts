/** Buffered line output to a file, waiting for the disk when the buffer is full. */
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'

const FLUSH_BYTES = 1 << 20 // 1 MiB

export class LineWriter {
  private readonly stream: WriteStream
  private buffer: string[] = []
  private size = 0
  lines = 0

  constructor(file: string) {
    this.stream = createWriteStream(file)
  }

  async write(line: string): Promise<void> {
    this.buffer.push(line)
    this.size += line.length + 1
    this.lines++
    if (this.size >= FLUSH_BYTES) await this.flush()
  }

  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return
    const ok = this.stream.write(`${this.buffer.join('\n')}\n`)
    this.buffer = []
    this.size = 0
    if (!ok) await once(this.stream, 'drain')
  }

  async close(): Promise<void> {
    await this.flush()
    this.stream.end()
    await once(this.stream, 'finish')
  }
}
