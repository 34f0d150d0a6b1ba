import { parentPort, workerData } from 'node:worker_threads'
import { loadCounter, memoize } from '../tokens/encodings.js'
import { analyzeBatch } from './analyze-line.js'
import type { WorkerInit, WorkerRequest, WorkerResponse } from './line-processor.js'

// Entry of the worker bundle (dist/worker/index.js): messages wait in the port until the encoding has loaded.
const init = workerData as WorkerInit
const count = memoize(await loadCounter(init.encoding))
parentPort!.on('message', ({ id, format, batch }: WorkerRequest) => {
  const result = analyzeBatch(batch, format, count, init.maxLineBytes, init.rules)
  parentPort!.postMessage({ id, result } satisfies WorkerResponse, [result.numbers.buffer as ArrayBuffer])
})
