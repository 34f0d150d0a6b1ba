import { Worker } from 'node:worker_threads'
import type { DatasetFormat, EncodingName } from '../estimate/models.js'
import type { TokenCounter } from '../tokens/encodings.js'
import type { ExampleCounter } from '../tokens/chat-template.js'
import { analyzeBatch, type BatchResult, type LineRules } from './analyze-line.js'
import type { LineBatch } from './read-lines.js'

/** Turns batches of lines into their results; `capacity` is how many batches may be in flight at once. */
export interface LineProcessor {
  process(batch: LineBatch, format: DatasetFormat): Promise<BatchResult>
  readonly capacity: number
  close(): Promise<void>
}

export function inThreadProcessor(
  count: TokenCounter,
  maxLineBytes: number,
  rules?: LineRules,
  exampleCounter?: ExampleCounter,
): LineProcessor {
  return {
    capacity: 1,
    process: (batch, format) =>
      Promise.resolve(analyzeBatch(batch, format, count, maxLineBytes, rules, exampleCounter)),
    close: async () => {},
  }
}

export interface WorkerRequest {
  id: number
  format: DatasetFormat
  batch: LineBatch
}
export interface WorkerResponse {
  id: number
  result: BatchResult
}
export interface WorkerInit {
  encoding: EncodingName
  maxLineBytes: number
  rules?: LineRules
}

/** Batches each worker may hold: one being worked on and one waiting, so no worker idles while results travel. */
const IN_FLIGHT_PER_WORKER = 2
/**
 * Each worker's heap is capped: V8 otherwise lets garbage pile up to hundreds of MB before collecting, and peak
 * memory must stay flat however large the file (measured: 249 MB peak on 1 GB with two workers on Node 24). Lines
 * over 4 MB are parsed in the main thread instead, so no single line can exhaust a worker.
 */
const WORKER_OLD_SPACE_MB = 64
/**
 * An open model's tokenizer (Llama 3.1's: 84 MB of heap once built) does not fit in the caps above: with them the
 * worker ran out of memory on every Together file over 8 MB. Its young space is larger too, so the tokenizer's
 * short-lived strings die there instead of filling the old space, where each collection walks its vocabulary.
 */
const OPEN_TOKENIZER_OLD_SPACE_MB = 160
const OPEN_TOKENIZER_YOUNG_SPACE_MB = 48
const WORKER_YOUNG_SPACE_MB = 2

/** Worker threads running `analyzeLine` (the script is the bundled count-worker), one per core. */
export function workerPoolProcessor(script: URL, size: number, init: WorkerInit): LineProcessor {
  const pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void }>()
  const load = new Map<Worker, number[]>()
  let nextId = 0
  let failure: Error | undefined
  const fail = (error: Error) => {
    failure ??= error
    for (const p of pending.values()) p.reject(failure)
    pending.clear()
  }
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(script, {
      workerData: init satisfies WorkerInit,
      resourceLimits: {
        maxOldGenerationSizeMb: init.rules?.openTokenizer ? OPEN_TOKENIZER_OLD_SPACE_MB : WORKER_OLD_SPACE_MB,
        maxYoungGenerationSizeMb: init.rules?.openTokenizer ? OPEN_TOKENIZER_YOUNG_SPACE_MB : WORKER_YOUNG_SPACE_MB,
      },
    })
    load.set(worker, [])
    worker.on('message', ({ id, result }: WorkerResponse) => {
      const ids = load.get(worker)!
      ids.splice(ids.indexOf(id), 1)
      pending.get(id)?.resolve(result)
      pending.delete(id)
    })
    worker.on('error', (error: Error) => {
      fail(error)
    })
    worker.on('exit', code => {
      if (load.get(worker)!.length > 0)
        fail(new Error(`a counting worker stopped (exit code ${code}) with work in hand`))
    })
    return worker
  })
  return {
    capacity: size * IN_FLIGHT_PER_WORKER,
    process(batch, format) {
      if (failure) return Promise.reject(failure)
      const worker = workers.reduce((a, b) => (load.get(b)!.length < load.get(a)!.length ? b : a))
      const id = nextId++
      load.get(worker)!.push(id)
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker.postMessage({ id, format, batch } satisfies WorkerRequest, [ownBuffer(batch)])
      })
    },
    close: async () => {
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
