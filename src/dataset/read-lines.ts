import { createReadStream } from 'node:fs'
import { isUtf8 } from 'node:buffer'

export type RawLine =
  | { line: number; text: string }
  | { line: number; problem: 'invalid_utf8' | 'line_too_long'; bytes: number }

export interface ReadOptions {
  /** A line longer than this is reported, and its bytes are skipped rather than held. */
  maxLineBytes: number
  /** Read size; larger chunks mean fewer batches. */
  chunkBytes?: number
  /** Called with the bytes read so far, for progress on large files. */
  onProgress?: (bytesRead: number) => void
}

export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024

const NEWLINE = 0x0a
const CR = 0x0d

/**
 * Streams a JSONL file as batches of lines (one batch per chunk read), in constant memory: only the unfinished
 * tail of a chunk is carried over, and an over-long line is counted, not kept. Accepts a UTF-8 BOM, CRLF line ends
 * and a missing final newline. Line numbers are 1-based.
 */
export async function* readLines(path: string, options: ReadOptions): AsyncGenerator<RawLine[]> {
  const { maxLineBytes, onProgress } = options
  const stream = createReadStream(path, { highWaterMark: options.chunkBytes ?? 1 << 20 })
  let carry: Buffer[] = []
  let carryBytes = 0
  let skipping = false // inside a line already known to be too long
  let lineNo = 0
  let bytesRead = 0
  let first = true

  const decode = (bytes: Buffer): RawLine => {
    lineNo++
    let end = bytes.length
    if (end > 0 && bytes[end - 1] === CR) end--
    const body = bytes.subarray(0, end)
    return isUtf8(body) ? { line: lineNo, text: body.toString('utf8') } : { line: lineNo, problem: 'invalid_utf8', bytes: end }
  }

  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let buf = chunk
    bytesRead += buf.length
    if (first) {
      first = false
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3)
    }
    const batch: RawLine[] = []
    let start = 0
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      if (skipping) {
        carryBytes += nl - start
        lineNo++
        batch.push({ line: lineNo, problem: 'line_too_long', bytes: carryBytes })
        skipping = false
        carryBytes = 0
      } else if (carryBytes + nl - start > maxLineBytes) {
        lineNo++
        batch.push({ line: lineNo, problem: 'line_too_long', bytes: carryBytes + nl - start })
        carry = []
        carryBytes = 0
      } else if (carry.length > 0) {
        carry.push(buf.subarray(start, nl))
        batch.push(decode(Buffer.concat(carry)))
        carry = []
        carryBytes = 0
      } else {
        batch.push(decode(buf.subarray(start, nl)))
      }
      start = nl + 1
    }
    if (start < buf.length) {
      const rest = buf.length - start
      if (skipping || carryBytes + rest > maxLineBytes) {
        skipping = true
        carry = []
        carryBytes += rest
      } else {
        // Copy: the stream may reuse its chunk's memory.
        carry.push(Buffer.from(buf.subarray(start)))
        carryBytes += rest
      }
    }
    onProgress?.(bytesRead)
    if (batch.length > 0) yield batch
  }
  if (skipping) {
    yield [{ line: lineNo + 1, problem: 'line_too_long', bytes: carryBytes }]
  } else if (carryBytes > 0) {
    yield [decode(Buffer.concat(carry))]
  }
}
