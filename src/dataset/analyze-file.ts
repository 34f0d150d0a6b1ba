import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import type { DatasetFormat, ResolvedModel } from '../estimate/models.js'
import type { TokenCounter } from '../tokens/encodings.js'
import { countExample } from '../tokens/count-example.js'
import { checkExample, parseLine, type LineFinding } from './check-line.js'
import { FINDING_CODES, type Finding, type FindingCode } from './findings.js'
import { decideFormat, shapeOf, type Method } from './formats.js'
import { readLines } from './read-lines.js'
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

export interface AnalyzeFileOptions {
  path: string
  role: FileRole
  model: ResolvedModel
  method: Method | 'auto'
  count: TokenCounter
  maxLineBytes: number
  maxFindingsPerFile: number
  /** Hashes of training examples (line → where it was first seen); validation files are checked against it. */
  trainingHashes: Map<number, string>
  onProgress?: (bytesRead: number, totalBytes: number) => void
}

export const MIN_TRAINING_EXAMPLES = 10
export const UPLOADS_API_THRESHOLD_BYTES = 512 * 1024 * 1024

/** 48 bits of SHA-1: a number fits a Map key cheaply, and collisions are negligible at a billion lines. */
function lineHash(text: string): number {
  return createHash('sha1').update(text.trimEnd()).digest().readUIntBE(0, 6)
}

export async function analyzeFile(options: AnalyzeFileOptions): Promise<FileReport> {
  const { path, role, model, count, maxFindingsPerFile, trainingHashes } = options
  const { size: bytes } = await stat(path)
  const limit = model.info?.exampleLimit
  const findings: Finding[] = []
  const findingCounts: Partial<Record<FindingCode, number>> = {}
  const add = (code: FindingCode, line: number | null, message: string) => {
    findingCounts[code] = (findingCounts[code] ?? 0) + 1
    // Whole-file findings are few and decisive: always listed.
    if (line === null || findings.length < maxFindingsPerFile) findings.push({ code, severity: FINDING_CODES[code].severity, file: path, line, message })
  }
  const seen = new Map<number, number>()
  const messages = new Sample()
  const tokenSample = new Sample()
  const assistantSample = new Sample()
  let format: DatasetFormat | undefined
  let lines = 0
  let examples = 0
  let tokens = 0
  let uncappedTokens = 0
  let assistantTokens = 0
  let examplesOverLimit = 0
  const lineFindings: LineFinding[] = []

  for await (const batch of readLines(path, { maxLineBytes: options.maxLineBytes, onProgress: n => options.onProgress?.(n, bytes) })) {
    for (const raw of batch) {
      lines = raw.line
      if ('problem' in raw) {
        if (raw.problem === 'invalid_utf8') add('invalid_utf8', raw.line, 'the line is not valid UTF-8 text')
        else add('line_too_long', raw.line, `the line is ${raw.bytes} bytes; lines over ${options.maxLineBytes} bytes are not read`)
        continue
      }
      const parsed = parseLine(raw.text)
      if (!parsed.ok) {
        add(parsed.finding.code, raw.line, parsed.finding.message)
        continue
      }
      format ??= decideFormat(options.method, shapeOf(parsed.value), model.info?.formats)
      lineFindings.length = 0
      let counted: ReturnType<typeof countExample> | undefined
      try {
        if (checkExample(format, parsed.value, lineFindings)) counted = countExample(format, parsed.value, count)
      } catch (error) {
        // Deeply nested JSON parses fine but overflows the stack of anything that walks it.
        if (!(error instanceof RangeError)) throw error
        lineFindings.length = 0
        lineFindings.push({ code: 'json_too_deep', message: 'the JSON nests too deeply to be an example' })
      }
      for (const f of lineFindings) add(f.code, raw.line, f.message)
      if (!counted) continue

      examples++
      const capped = limit !== undefined ? Math.min(limit, counted.tokens) : counted.tokens
      if (capped < counted.tokens) {
        examplesOverLimit++
        add('example_over_context', raw.line, `${counted.tokens} tokens; ${model.base} trains on at most ${limit} per example, the rest is truncated`)
      }
      tokens += capped
      uncappedTokens += counted.tokens
      assistantTokens += counted.assistantTokens
      messages.add(counted.messages)
      tokenSample.add(counted.tokens)
      assistantSample.add(counted.assistantTokens)

      const hash = lineHash(raw.text)
      const earlier = seen.get(hash)
      if (earlier !== undefined) add('duplicate_example', raw.line, `the same example as line ${earlier}`)
      else seen.set(hash, raw.line)
      if (role === 'training') {
        if (!trainingHashes.has(hash)) trainingHashes.set(hash, `${path}:${raw.line}`)
      } else {
        const inTraining = trainingHashes.get(hash)
        if (inTraining !== undefined) add('train_validation_overlap', raw.line, `the same example is in the training data at ${inTraining}`)
      }
    }
  }

  format ??= decideFormat(options.method, undefined, model.info?.formats)
  if (lines === 0) add('empty_file', null, 'the file is empty')
  if (role === 'training' && lines > 0 && examples < MIN_TRAINING_EXAMPLES) {
    add('too_few_examples', null, `${examples} example${examples === 1 ? '' : 's'}; the fine-tuning API requires at least ${MIN_TRAINING_EXAMPLES}`)
  }
  if (model.info && !model.info.formats.includes(format)) {
    add('format_not_supported_by_model', null, `${model.base} cannot be fine-tuned on ${format} data; it takes ${model.info.formats.join(', ')}`)
  }
  if (bytes > UPLOADS_API_THRESHOLD_BYTES) {
    add('uploads_api_required', null, `${(bytes / 1048576).toFixed(0)} MB: over 512 MB, the file goes up in parts through the Uploads API`)
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
    stats: { messages: messages.distribution(), tokens: tokenSample.distribution(), assistantTokens: assistantSample.distribution() },
  }
}
