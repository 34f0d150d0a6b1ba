import { Worker } from 'node:worker_threads'
import { FIELDS_PER_LINE, type BatchResult } from './analyze-line.js'
import type { LineProcessor, WorkerInit, WorkerRequest, WorkerResponse } from './line-processor.js'
import type { LineBatch } from './read-lines.js'

// A module of its own, loaded only when a file is large enough for threads: a pull request's few lines do not pay
// for loading worker_threads.

/** Batches each worker may hold: one being worked on and one waiting, so no worker idles while results travel. */
const IN_FLIGHT_PER_WORKER = 2
/**
 * Each worker's heap is capped: V8 otherwise lets garbage pile up to hundreds of MB before collecting, and peak
 * memory must stay flat however large the file (measured: 249 MB peak on 1 GB with two workers on Node 24). Lines
 * over 4 MB are parsed in the main thread instead, so no single line can exhaust a worker.
 */
const WORKER_OLD_SPACE_MB = 64
/**
 * An open model's tokenizer does not fit in the caps above: Llama 3.1's takes 44 MB of heap once built (what it was
 * built from released: chat-template.ts), but building it from its tokenizer.json needs over 100 MB (it ran out of
 * memory at 100). Its young space is larger too, so the tokenizer's short-lived strings die there instead of filling
 * the old space, where each collection walks its vocabulary (16 MB: 236 MB peak on 100 MB, 48 MB: 250 MB, no faster).
 */
const OPEN_TOKENIZER_OLD_SPACE_MB = 120
const OPEN_TOKENIZER_YOUNG_SPACE_MB = 16
const WORKER_YOUNG_SPACE_MB = 2
/** Workers started to replace failed ones, per worker of the pool. */
const RESTARTS_PER_WORKER = 3

/**
 * Worker threads running `analyzeLine` (the script is the bundled count-worker), one per core. A worker that fails
 * (out of memory, or any error) does not fail the run: each batch it held becomes one `lines_not_checked` finding
 * naming its lines and the cause, and a new worker takes its place. Its bytes moved to the worker, so they cannot be
 * checked again here; batches are bounded (MAX_BATCH_LINES, bounded findings) so that this should not happen.
 */
export function workerPoolProcessor(script: URL, size: number, init: WorkerInit): LineProcessor {
  interface Job {
    resolve: (r: BatchResult) => void
    firstLine: number
    lineCount: number
  }
  const jobs = new Map<number, Job>()
  const held = new Map<Worker, number[]>()
  let nextId = 0
  let closing = false
  // A worker that fails on start (a broken script) would fail again: replacements are bounded.
  let restarts = RESTARTS_PER_WORKER * size
  let lastCause = 'no checking thread is left'

  const failed = (job: Omit<Job, 'resolve'>, cause: string): BatchResult => ({
    firstLine: job.firstLine,
    lineCount: job.lineCount,
    numbers: new Float64Array(job.lineCount * FIELDS_PER_LINE),
    findings: [
      {
        line: job.firstLine,
        code: 'lines_not_checked',
        message: `${job.lineCount === 1 ? `line ${job.firstLine} was` : `lines ${job.firstLine}–${job.firstLine + job.lineCount - 1} were`} not checked: ${cause}`,
      },
    ],
    unlisted: {},
  })
  const start = (): Worker => {
    const worker = new Worker(script, {
      workerData: init satisfies WorkerInit,
      resourceLimits: {
        maxOldGenerationSizeMb: oldSpaceMb,
        maxYoungGenerationSizeMb: init.rules?.openTokenizer ? OPEN_TOKENIZER_YOUNG_SPACE_MB : WORKER_YOUNG_SPACE_MB,
      },
    })
    held.set(worker, [])
    let cause: string | undefined
    worker.on('message', ({ id, result }: WorkerResponse) => {
      const ids = held.get(worker)!
      ids.splice(ids.indexOf(id), 1)
      jobs.get(id)?.resolve(result)
      jobs.delete(id)
    })
    worker.on('error', (error: Error & { code?: unknown }) => {
      cause =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `the checking thread ran out of memory (its heap is capped at ${oldSpaceMb} MB)`
          : `the checking thread failed (${error.message})`
    })
    worker.on('exit', code => {
      const ids = held.get(worker) ?? []
      held.delete(worker)
      if (closing) return
      lastCause = cause ?? `the checking thread stopped (exit code ${code})`
      for (const id of ids) {
        const job = jobs.get(id)
        jobs.delete(id)
        if (job) job.resolve(failed(job, lastCause))
      }
      const at = workers.indexOf(worker)
      if (restarts-- > 0) workers[at] = start()
      else workers.splice(at, 1)
    })
    return worker
  }
  const oldSpaceMb = init.rules?.openTokenizer ? OPEN_TOKENIZER_OLD_SPACE_MB : WORKER_OLD_SPACE_MB
  const workers = Array.from({ length: size }, start)
  return {
    capacity: size * IN_FLIGHT_PER_WORKER,
    process(batch, format) {
      if (workers.length === 0)
        return Promise.resolve(failed({ firstLine: batch.firstLine, lineCount: batch.lineCount }, lastCause))
      const worker = workers.reduce((a, b) => (held.get(b)!.length < held.get(a)!.length ? b : a))
      const id = nextId++
      held.get(worker)!.push(id)
      return new Promise(resolve => {
        jobs.set(id, { resolve, firstLine: batch.firstLine, lineCount: batch.lineCount })
        worker.postMessage({ id, format, batch } satisfies WorkerRequest, [ownBuffer(batch)])
      })
    },
    close: async () => {
      closing = true
      await Promise.all(workers.map(w => w.terminate()))
    },
  }
}

/** The batch's bytes as a buffer of their own, so they move to the worker instead of being copied. */
function ownBuffer(batch: LineBatch): ArrayBuffer {
  const { bytes } = batch
  if (batch.transferable && bytes.buffer instanceof ArrayBuffer) return bytes.buffer
  if (
    bytes.byteOffset !== 0 ||
    bytes.byteLength !== bytes.buffer.byteLength ||
    !(bytes.buffer instanceof ArrayBuffer)
  ) {
    batch.bytes = new Uint8Array(bytes)
  }
  return batch.bytes.buffer as ArrayBuffer
}
