import { open, stat } from 'node:fs/promises'
import type { ResolvedModel } from '../estimate/models.js'
import type { DatasetFormat } from './formats.js'
import { FIELDS_PER_LINE, type BatchResult } from './analyze-line.js'
import { parseLine } from './check-line.js'
import { FINDING_CODES, type Finding, type FindingCode } from './findings.js'
import { decideFormat, FORMAT_OF_METHOD, METHOD_OF_FORMAT, shapeOf, type Method } from './formats.js'
import { isObject, type JsonObject } from './json.js'
import type { LineProcessor } from './line-processor.js'
import { decodeBatch, readBatches, type LineBatch } from './read-lines.js'
import { Sample, type Distribution } from './stats.js'

export type FileRole = 'training' | 'validation'

export interface FileReport {
  path: string
  role: FileRole
  format: DatasetFormat
  bytes: number
  lines: number
  examples: number
  /** Σ min(limit, example tokens): what training reads (and bills, per epoch). */
  tokens: number
  /** Σ example tokens before the per-example cap. */
  uncappedTokens: number
  assistantTokens: number
  examplesOverLimit: number
  errors: number
  warnings: number
  /** Every finding's count by code, also those past the listing limit. */
  findingCounts: Partial<Record<FindingCode, number>>
  /** The first findings in line order (at most maxFindingsPerFile). */
  findings: Finding[]
  findingsTruncated: boolean
  stats: { messages: Distribution | null; tokens: Distribution | null; assistantTokens: Distribution | null }
}

/** Line and hash of every example of a file, for comparing two versions of it. */
export interface ExampleIndex {
  lines: number[]
  hashes: number[]
}

export interface AnalyzeFileOptions {
  /** The name findings and reports use. */
  path: string
  /** Where to read it, when not at `path` (a base-branch copy). */
  readFrom?: string
  /** Filled with every example's line and hash when given. */
  exampleIndex?: ExampleIndex
  role: FileRole
  model: ResolvedModel
  method: Method | 'auto'
  /** Runs the per-line work: in this thread, or in worker threads for large files. */
  processor: () => Promise<LineProcessor>
  /** This thread's processor, for batches with a line too big for a worker's capped heap. */
  inThreadProcessor: () => Promise<LineProcessor>
  maxLineBytes: number
  maxFindingsPerFile: number
  /** Hashes of training examples (line → where it was first seen), kept only when validation files will be checked against them. */
  trainingHashes?: Map<number, string>
  onProgress?: (bytesRead: number, totalBytes: number) => void
  /** Another provider's file rules (Together); OpenAI's when absent. */
  profile?: FileProfile
}

/** What differs between providers in the whole-file rules. */
export interface FileProfile {
  /** Named in messages: "Together's fine-tuning API". */
  api: string
  minExamples: number
  maxFileBytes: number
  /**
   * The format a line's columns imply, undefined for none (the first such line decides the file's); OpenAI's shapes
   * decide when absent (Azure).
   */
  formatOf?: (line: JsonObject) => DatasetFormat | undefined
  /** The finding for a file over maxFileBytes; Together's when absent. */
  tooLarge?: FindingCode
  /** Set when the provider asks every file to start with a UTF-8 byte-order mark (Azure): the finding when not. */
  byteOrderMark?: FindingCode
}

export const MIN_TRAINING_EXAMPLES = 10
export const UPLOADS_API_THRESHOLD_BYTES = 512 * 1024 * 1024
/** Lines over this size are parsed in this thread, whose heap is not capped like a worker's. */
const HUGE_LINE_BYTES = 4 * 1024 * 1024
/** How much of a file may be held back while looking for the first JSON line that decides its format. */
const FORMAT_LOOKAHEAD_LINES = 10_000

export async function analyzeFile(options: AnalyzeFileOptions): Promise<FileReport> {
  const { path, role, model, maxFindingsPerFile, trainingHashes } = options
  const source = options.readFrom ?? path
  const { size: bytes } = await stat(source)
  const limit = model.info?.exampleLimit
  const findings: Finding[] = []
  const findingCounts: Partial<Record<FindingCode, number>> = {}
  const add = (code: FindingCode, line: number | null, message: string) => {
    findingCounts[code] = (findingCounts[code] ?? 0) + 1
    // Whole-file findings are few and decisive: always listed.
    if (line === null || findings.length < maxFindingsPerFile)
      findings.push({ code, severity: FINDING_CODES[code].severity, file: path, line, message })
  }
  const seen = new Map<number, number>()
  const messages = new Sample()
  const tokenSample = new Sample()
  const assistantSample = new Sample()
  let lines = 0
  let examples = 0
  let tokens = 0
  let uncappedTokens = 0
  let assistantTokens = 0
  let examplesOverLimit = 0

  const merge = (result: BatchResult) => {
    const { numbers } = result
    // Past the listing limit already in the batch: counted, never listed (the file lists the first ones only).
    for (const [code, n] of Object.entries(result.unlisted) as [FindingCode, number][])
      findingCounts[code] = (findingCounts[code] ?? 0) + n
    let f = 0
    for (let i = 0; i < result.lineCount; i++) {
      const line = result.firstLine + i
      lines = line
      for (; f < result.findings.length && result.findings[f].line === line; f++)
        add(result.findings[f].code, line, result.findings[f].message)
      const o = i * FIELDS_PER_LINE
      if (numbers[o] !== 1) continue
      const exampleTokens = numbers[o + 1]
      const hash = numbers[o + 4]
      examples++
      const capped = limit !== undefined ? Math.min(limit, exampleTokens) : exampleTokens
      if (capped < exampleTokens) {
        examplesOverLimit++
        add(
          'example_over_context',
          line,
          `${exampleTokens} tokens; ${model.base} trains on at most ${limit} per example, the rest is truncated`,
        )
      }
      tokens += capped
      uncappedTokens += exampleTokens
      assistantTokens += numbers[o + 2]
      messages.add(numbers[o + 3])
      tokenSample.add(exampleTokens)
      assistantSample.add(numbers[o + 2])

      options.exampleIndex?.lines.push(line)
      options.exampleIndex?.hashes.push(hash)
      const earlier = seen.get(hash)
      if (earlier !== undefined) add('duplicate_example', line, `the same example as line ${earlier}`)
      else seen.set(hash, line)
      if (!trainingHashes) continue
      if (role === 'training') {
        if (!trainingHashes.has(hash)) trainingHashes.set(hash, `${path}:${line}`)
      } else {
        const inTraining = trainingHashes.get(hash)
        if (inTraining !== undefined)
          add('train_validation_overlap', line, `the same example is in the training data at ${inTraining}`)
      }
    }
  }

  // The format comes from the first line that parses, so batches wait until it is known (normally the first one).
  let format: DatasetFormat | undefined
  let held: LineBatch[] = []
  let heldLines = 0
  let processor: LineProcessor | undefined
  const inFlight: Promise<BatchResult>[] = []
  const dispatch = async (batch: LineBatch) => {
    processor ??= await options.processor()
    const target = batch.longestLine > HUGE_LINE_BYTES ? await options.inThreadProcessor() : processor
    const result = target.process(batch, format!)
    // Awaited in order below; until then a failure must not count as unhandled (it would end the process).
    result.catch(() => undefined)
    inFlight.push(result)
    if (inFlight.length >= processor.capacity) merge(await inFlight.shift()!)
  }
  const reader = readBatches(source, {
    maxLineBytes: options.maxLineBytes,
    onProgress: n => options.onProgress?.(n, bytes),
  })
  for await (const batch of reader) {
    if (format === undefined) {
      format = formatFromLines(batch, options.method, model, options.profile)
      held.push(batch)
      heldLines += batch.lineCount
      if (format === undefined && heldLines < FORMAT_LOOKAHEAD_LINES) continue
      format ??= decideFormat(options.method, undefined, model.info?.formats)
      for (const b of held) await dispatch(b)
      held = []
      continue
    }
    await dispatch(batch)
  }
  format ??= decideFormat(options.method, undefined, model.info?.formats)
  for (const b of held) await dispatch(b)
  for (const p of inFlight) merge(await p)

  if (lines === 0) add('empty_file', null, 'the file is empty')
  const minExamples = options.profile?.minExamples ?? MIN_TRAINING_EXAMPLES
  if (role === 'training' && lines > 0 && examples < minExamples) {
    add(
      'too_few_examples',
      null,
      `${examples} example${examples === 1 ? '' : 's'}; ${options.profile?.api ?? 'the fine-tuning API'} requires at least ${minExamples}`,
    )
  }
  if (model.info && !model.info.formats.includes(format)) {
    add(
      'format_not_supported_by_model',
      null,
      `${model.base} cannot be fine-tuned on ${format} data; it takes ${model.info.formats.join(', ')}`,
    )
  }
  if (options.profile && bytes > options.profile.maxFileBytes) {
    add(
      options.profile.tooLarge ?? 'together_file_too_large',
      null,
      `${sizeLabel(bytes, 2)}: ${options.profile.api} takes files up to ${sizeLabel(options.profile.maxFileBytes, 1)}`,
    )
  }
  if (options.profile?.byteOrderMark && bytes > 0 && !(await startsWithByteOrderMark(source)))
    add(
      options.profile.byteOrderMark,
      null,
      `the file does not start with a UTF-8 byte-order mark (EF BB BF); ${options.profile.api} asks for UTF-8 with a BOM`,
    )
  if (!options.profile && bytes > UPLOADS_API_THRESHOLD_BYTES) {
    add(
      'uploads_api_required',
      null,
      `${(bytes / 1048576).toFixed(0)} MB: over 512 MB, the file goes up in parts through the Uploads API`,
    )
  }
  findings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))

  let errors = 0
  let warnings = 0
  for (const [code, n] of Object.entries(findingCounts) as [FindingCode, number][]) {
    if (FINDING_CODES[code].severity === 'error') errors += n
    else if (FINDING_CODES[code].severity === 'warning') warnings += n
  }
  return {
    path,
    role,
    format,
    bytes,
    lines,
    examples,
    tokens,
    uncappedTokens,
    assistantTokens,
    examplesOverLimit,
    errors,
    warnings,
    findingCounts,
    findings,
    findingsTruncated: Object.values(findingCounts).reduce((a, b) => a + b, 0) > findings.length,
    stats: {
      messages: messages.distribution(),
      tokens: tokenSample.distribution(),
      assistantTokens: assistantSample.distribution(),
    },
  }
}

/** GiB from 1 GiB up (Together's 4.9 GiB), MiB from 1 MiB (Azure's 512 MB), bytes below. */
function sizeLabel(bytes: number, gibDecimals: number): string {
  if (bytes >= 2 ** 30) return `${(bytes / 2 ** 30).toFixed(gibDecimals)} GiB`
  return bytes >= 2 ** 20 ? `${(bytes / 2 ** 20).toFixed(0)} MiB` : `${bytes} bytes`
}

async function startsWithByteOrderMark(file: string): Promise<boolean> {
  const handle = await open(file)
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0)
    return bytesRead === 3 && buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf
  } finally {
    await handle.close()
  }
}

/**
 * The format the first parsable line implies, or undefined while no line of the batch parses. A method, when given,
 * keeps that format if the method trains on it (Together's text and prompt/completion data are supervised, as chat
 * is), and otherwise names the format it trains on, so that the lines are checked against it.
 */
function formatFromLines(
  batch: LineBatch,
  method: Method | 'auto',
  model: ResolvedModel,
  profile?: FileProfile,
): DatasetFormat | undefined {
  const detected = detectFormat(batch, model, profile)
  if (detected === undefined || method === 'auto' || METHOD_OF_FORMAT[detected] === method) return detected
  return FORMAT_OF_METHOD[method]
}

function detectFormat(batch: LineBatch, model: ResolvedModel, profile?: FileProfile): DatasetFormat | undefined {
  for (const raw of decodeBatch(batch)) {
    if ('problem' in raw) continue
    const parsed = parseLine(raw.text)
    if (parsed.ok && profile?.formatOf) {
      if (!isObject(parsed.value)) continue
      const format = profile.formatOf(parsed.value)
      if (format) return format
      continue
    }
    if (parsed.ok) return decideFormat('auto', shapeOf(parsed.value), model.info?.formats)
  }
  return undefined
}
