import type { EncodingName } from '../estimate/models.js'
import type { DatasetFormat } from './formats.js'
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
