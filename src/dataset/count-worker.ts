import { parentPort, workerData } from 'node:worker_threads'
import { memoize, notLoaded } from '../tokens/encodings.js'
import { loadLargeInputCounter } from '../tokens/large-input-counter.js'
import { analyzeBatch } from './analyze-line.js'
import type { WorkerInit, WorkerRequest, WorkerResponse } from './line-processor.js'

// Entry of the worker bundle (dist/worker/index.js): messages wait in the port until the tokenizer has loaded.
// Workers count only files of megabytes, so they build gpt-tokenizer's Map at once rather than start by binary search.
const init = workerData as WorkerInit
// An open model's tokenizer loads only in runs that train one (Together), never for OpenAI models; it then counts
// every example, so the encoding's ranks (tens of MB of heap) are not loaded beside it.
const openTokenizer = init.rules?.openTokenizer
const exampleCounter = openTokenizer
  ? (await import('../tokens/chat-template.js')).loadTemplateCounter(openTokenizer)
  : undefined
const count = exampleCounter ? notLoaded(init.encoding) : memoize(loadLargeInputCounter(init.encoding))
parentPort!.on('message', ({ id, format, batch }: WorkerRequest) => {
  const result = analyzeBatch(batch, format, count, init.maxLineBytes, init.rules, exampleCounter)
  parentPort!.postMessage({ id, result } satisfies WorkerResponse, [result.numbers.buffer as ArrayBuffer])
})
