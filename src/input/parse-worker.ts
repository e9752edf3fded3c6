/**
 * The worker of `parsed-batches.ts`: reads an import file and checks each record against its
 * kind's row shape, and sends the rows that pass as JSON lines, a batch at a time, with the
 * problems of those that do not. It runs ahead of the batch taken last by `AHEAD` at most.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { firstIssue } from './fields.js'
import type { InputProblem } from './input-error.js'
import { describeError } from '../os/thread-errors.js'
import { AHEAD, type ParseJob, type ParseMessage, waker } from './parsed-batches.js'
import { readRecords } from './records.js'
import { importRow } from './rows.js'

const port = parentPort
if (!port) throw new Error('parse-worker.js runs as a worker thread')
const job = workerData as ParseJob

let credit = AHEAD
const more = waker()
port.on('message', () => {
  credit++
  more.wake()
})

async function send(m: ParseMessage): Promise<void> {
  while (credit === 0) await more.wait()
  credit--
  port?.postMessage(m)
}

try {
  const schema = importRow(job.kind, job.now)
  let text = ''
  let count = 0
  let invalid: InputProblem[] = []
  for await (const records of readRecords(job.file)) {
    for (const { line, values } of records) {
      const res = schema.safeParse(values)
      if (res.success) {
        text += `${JSON.stringify({ line, row: res.data })}\n`
        count++
      } else invalid.push({ line, ...firstIssue(res.error) })
    }
    // A batch of problems alone goes too: a file of bad lines is not held here whole.
    if (count + invalid.length >= job.batchRecords) {
      await send({ type: 'batch', text, count, invalid })
      text = ''
      count = 0
      invalid = []
    }
  }
  if (count + invalid.length > 0) await send({ type: 'batch', text, count, invalid })
  port.postMessage({ type: 'done' } satisfies ParseMessage)
} catch (e) {
  port.postMessage({ type: 'failed', error: describeError(e) } satisfies ParseMessage)
}
