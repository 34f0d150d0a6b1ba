import { open } from 'node:fs/promises'
import { isUtf8 } from 'node:buffer'

export type RawLine =
  { line: number; text: string } | { line: number; problem: 'invalid_utf8' | 'line_too_long'; bytes: number }

/**
 * Whole lines as bytes, cut from the stream without decoding them, so that the thread reading the file does almost
 * nothing and the bytes can be handed to a worker without copying. An over-long line is not held: it stands as an
 * empty line in `bytes`, and `longLines` says which lines those are and how long they were.
 */
export interface LineBatch {
  firstLine: number
  lineCount: number
  /** The start of the batch's first line, carried over from the previous chunk (copied: it is short). */
  prefix?: Uint8Array
  bytes: Uint8Array
  longLines: { line: number; bytes: number }[]
  /** Bytes of the longest line in the batch: a huge one is better parsed where memory is not capped. */
  longestLine: number
  /**
   * `bytes` is a view of a read chunk that nothing else holds: its memory can move to a worker as it is, instead of
   * being copied and left for this thread's garbage collector.
   */
  transferable?: boolean
}

export interface ReadOptions {
  /** A line longer than this is reported, and its bytes are skipped rather than held. */
  maxLineBytes: number
  /** Read size; larger chunks mean fewer batches. */
  chunkBytes?: number
  /** Called with the bytes read so far, for progress on large files. */
  onProgress?: (bytesRead: number) => void
}

export const DEFAULT_MAX_LINE_BYTES = 32 * 1024 * 1024
/**
 * Lines per batch at most: a chunk of tiny lines (a megabyte of blank lines is a million) is split, so that the
 * decoded lines, findings and numbers of one batch stay small in a worker's capped heap.
 */
export const MAX_BATCH_LINES = 8192

const NEWLINE = 0x0a
const CR = 0x0d
const EMPTY_LINE = Buffer.from([NEWLINE])

/**
 * Streams a JSONL file as batches of whole lines (one batch per chunk read), in constant memory: only the unfinished
 * tail of a chunk is carried over. Accepts a UTF-8 BOM and a missing final newline. Line numbers are 1-based.
 */
export async function* readBatches(path: string, options: ReadOptions): AsyncGenerator<LineBatch> {
  const { maxLineBytes, onProgress } = options
  let carry: Buffer[] = []
  let carryBytes = 0
  let skipping = false // inside a line already known to be too long
  let nextLine = 1
  let bytesRead = 0
  let first = true

  for await (const chunk of fileChunks(path, options.chunkBytes ?? 1 << 20)) {
    let buf = chunk
    bytesRead += buf.length
    if (first) {
      first = false
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3)
    }
    const parts: Buffer[] = []
    const longLines: LineBatch['longLines'] = []
    const firstLine = nextLine
    // What the chunk's first line continues; while skipping an over-long line the general path is taken.
    const carried = skipping ? undefined : carry
    let start = 0
    let runStart = 0 // start of the run of ordinary lines not yet added to parts
    let longestLine = 0
    for (let nl = buf.indexOf(NEWLINE, start); nl !== -1; nl = buf.indexOf(NEWLINE, start)) {
      const length = carryBytes + nl - start
      if (length > longestLine) longestLine = length
      if (skipping || length > maxLineBytes) {
        if (runStart < start) parts.push(buf.subarray(runStart, start))
        parts.push(EMPTY_LINE)
        longLines.push({ line: nextLine, bytes: length })
        runStart = nl + 1
        skipping = false
      } else if (carry.length > 0) {
        parts.push(...carry, buf.subarray(start, nl + 1))
        runStart = nl + 1
      }
      carry = []
      carryBytes = 0
      nextLine++
      start = nl + 1
    }
    if (runStart < start) parts.push(buf.subarray(runStart, start))
    if (start < buf.length) {
      const rest = buf.length - start
      if (skipping || carryBytes + rest > maxLineBytes) {
        skipping = true
        carry = []
      } else {
        // Copy: the chunk itself may move to a worker.
        carry.push(Buffer.from(buf.subarray(start)))
      }
      carryBytes += rest
    }
    onProgress?.(bytesRead)
    if (nextLine === firstLine) continue
    if (longLines.length === 0 && carried !== undefined) {
      // The common case: whole lines are one run of this chunk, after the carried-over start of the first one.
      const prefix = carried.length > 0 ? Buffer.concat(carried) : undefined
      yield* bounded({
        firstLine,
        lineCount: nextLine - firstLine,
        prefix,
        bytes: buf.subarray(0, start),
        longLines,
        longestLine,
        transferable: buf.byteOffset === 0,
      })
    } else {
      yield* bounded({
        firstLine,
        lineCount: nextLine - firstLine,
        bytes: Buffer.concat(parts),
        longLines,
        longestLine,
      })
    }
  }
  if (skipping) {
    yield {
      firstLine: nextLine,
      lineCount: 1,
      bytes: EMPTY_LINE,
      longLines: [{ line: nextLine, bytes: carryBytes }],
      longestLine: 0,
    }
  } else if (carryBytes > 0) {
    yield { firstLine: nextLine, lineCount: 1, bytes: Buffer.concat(carry), longLines: [], longestLine: carryBytes }
  }
}

/**
 * The file's chunks, each read into a buffer of its own (which can then move to a worker as it is). Plain reads: a
 * small file (a pull request's usually is) is one read and an empty one, without the stream machinery.
 */
async function* fileChunks(path: string, chunkBytes: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafeSlow(chunkBytes)
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, null)
      if (bytesRead === 0) return
      yield chunk.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}

/** The batch itself when it has at most MAX_BATCH_LINES lines, else its lines in batches of that many (copied). */
function bounded(batch: LineBatch, maxLines = MAX_BATCH_LINES): LineBatch[] {
  if (batch.lineCount <= maxLines) return [batch]
  const view = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength)
  const buf = batch.prefix ? Buffer.concat([batch.prefix, view]) : view
  const out: LineBatch[] = []
  let start = 0
  for (let first = 0; first < batch.lineCount; first += maxLines) {
    const count = Math.min(maxLines, batch.lineCount - first)
    let end = start
    let longestLine = 0
    for (let i = 0; i < count; i++) {
      const nl = buf.indexOf(NEWLINE, end)
      const next = nl === -1 ? buf.length : nl + 1
      longestLine = Math.max(longestLine, next - end - 1)
      end = next
    }
    const firstLine = batch.firstLine + first
    out.push({
      firstLine,
      lineCount: count,
      bytes: new Uint8Array(buf.subarray(start, end)),
      longLines: batch.longLines.filter(l => l.line >= firstLine && l.line < firstLine + count),
      longestLine,
      transferable: true,
    })
    start = end
  }
  return out
}

/** Decodes a batch into lines: CR line ends dropped, invalid UTF-8 and over-long lines as problems. */
export function decodeBatch(batch: LineBatch): RawLine[] {
  const view = Buffer.from(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength)
  const buf = batch.prefix ? Buffer.concat([batch.prefix, view]) : view
  const long = batch.longLines.length > 0 ? new Map(batch.longLines.map(l => [l.line, l.bytes])) : undefined
  // One check and one decode for the whole batch; line by line only when some line is not UTF-8.
  if (isUtf8(buf)) {
    const texts = buf.toString('utf8').split('\n')
    const lines = new Array<RawLine>(batch.lineCount)
    for (let i = 0; i < batch.lineCount; i++) {
      const line = batch.firstLine + i
      const longBytes = long?.get(line)
      const text = texts[i]
      lines[i] =
        longBytes !== undefined
          ? { line, problem: 'line_too_long', bytes: longBytes }
          : { line, text: text.endsWith('\r') ? text.slice(0, -1) : text }
    }
    return lines
  }
  const lines: RawLine[] = []
  let start = 0
  for (let i = 0; i < batch.lineCount; i++) {
    const line = batch.firstLine + i
    let end = buf.indexOf(NEWLINE, start)
    if (end === -1) end = buf.length
    const next = end + 1
    const longBytes = long?.get(line)
    if (longBytes !== undefined) {
      lines.push({ line, problem: 'line_too_long', bytes: longBytes })
    } else {
      if (end > start && buf[end - 1] === CR) end--
      const body = buf.subarray(start, end)
      lines.push(
        isUtf8(body) ? { line, text: body.toString('utf8') } : { line, problem: 'invalid_utf8', bytes: body.length },
      )
    }
    start = next
  }
  return lines
}

/** Line by line, for callers that want decoded lines in this thread. */
export async function* readLines(path: string, options: ReadOptions): AsyncGenerator<RawLine[]> {
  for await (const batch of readBatches(path, options)) yield decodeBatch(batch)
}
