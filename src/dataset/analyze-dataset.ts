import { costUsd, trainingPrice } from '../estimate/cost.js'
import { defaultEpochs } from '../estimate/epochs.js'
import { MODEL_TABLE_DATE, resolveModel, type EncodingName } from '../estimate/models.js'
import { azureProfile, togetherProfile, type ProviderProfile } from './provider-profile.js'
import { existsSync } from 'node:fs'
import { stat } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { loadCounter, memoize, notLoaded } from '../tokens/encodings.js'
import { analyzeFile, type ExampleIndex, type FileReport, type FileRole } from './analyze-file.js'
import { FINDING_CODES } from './findings.js'
import type { Method } from './formats.js'
import { inThreadProcessor, type LineProcessor } from './line-processor.js'
import type { LineRules } from './analyze-line.js'
import { graderFields } from './rules/grader-fields.js'
import { DEFAULT_MAX_LINE_BYTES } from './read-lines.js'

export interface DatasetFile {
  path: string
  role: FileRole
  /** Where to read the file when not at `path` (a copy of the base branch's version). */
  readFrom?: string
}

export interface AnalyzeOptions {
  model: string
  method: Method | 'auto'
  /** Epochs to estimate with; the API's default rule when absent. */
  nEpochs?: number
  /** USD per 1M training tokens, overriding the built-in table. */
  pricePerMillion?: number
  maxLineBytes?: number
  maxFindingsPerFile?: number
  onProgress?: (path: string, bytesRead: number, totalBytes: number) => void
  /** When given, receives each file's example lines and hashes (by path), for comparing versions. */
  exampleIndex?: Map<string, ExampleIndex>
  /** Worker threads for large files; without them every file is read in this thread. */
  workers?: WorkerOptions
  /**
   * The reinforcement grader (the parsed grader file), when there is one: every `{{item.field}}` it reads must exist on
   * every example of a reinforcement file (grader_field_missing at the example's line), and a value that is not a
   * grader is an invalid_grader finding on the first training file.
   */
  grader?: unknown
  /** Whose rules, limits, tokenizers and prices apply: OpenAI's by default (settings.backend.provider). */
  provider?: 'openai' | 'azure' | 'together'
}

export interface WorkerOptions {
  /** The bundled count-worker script (dist/worker/index.js). */
  script: URL
  /** Worker threads; default: one per core, or OPEN_TOKENIZER_THREADS when an open model's tokenizer counts. */
  threads?: number
  /** Files smaller than this are quicker to do in this thread than to start workers for. */
  minFileBytes?: number
}

/**
 * An open model's tokenizer is built in each worker (Llama 3.1's: 44 MB of heap, and 120 MB while it is built): with
 * one worker per core the run's peak passed 250 MB. Measured on 100 MB of Together chat on 2 busy cores: one worker
 * 236 MB and two 373 MB, two little faster (the main thread reads and checks beside the one worker); one worker is
 * 5.4× the Hugging Face tokenizer per example (README, Performance).
 */
export const OPEN_TOKENIZER_THREADS = 1

function defaultThreads(rules: LineRules): number {
  return rules.openTokenizer ? OPEN_TOKENIZER_THREADS : availableParallelism()
}

/** Worker threads when the bundled worker script is there (it is in dist/; tests of the sources run in-thread). */
export function workerOptions(script: URL | undefined): WorkerOptions | undefined {
  return script && existsSync(script) ? { script } : undefined
}

const DEFAULT_WORKER_MIN_FILE_BYTES = 8 * 1024 * 1024

export interface DatasetReport {
  valid: boolean
  model: string
  baseModel: string
  encoding: EncodingName
  /** The tokenizer that counted, when it is not the encoding: an open model's (Together), "estimate" when not its own. */
  tokenizer?: string
  /** Tokens one example may hold for this model; null when the model is not in the table. */
  exampleLimit: number | null
  files: FileReport[]
  totals: {
    examples: number
    tokens: number
    billedTokens: number
    epochs: number
    epochsSource: 'input' | 'default'
    estimatedCostUsd: number | null
    priceUsdPerMillion: number | null
    priceSource: 'input' | 'table' | null
    errors: number
    warnings: number
  }
  priceTableDate: string
}

/**
 * The whole engine: reads, validates and counts every file, then estimates epochs and cost for the training files.
 * Training files are read first so that validation examples can be checked against them.
 */
export async function analyzeDataset(files: DatasetFile[], options: AnalyzeOptions): Promise<DatasetReport> {
  const profile: ProviderProfile | undefined =
    options.provider === 'together'
      ? togetherProfile(options.model)
      : options.provider === 'azure'
        ? azureProfile(options.model)
        : undefined
  const model = profile?.model ?? resolveModel(options.model)
  const maxLineBytes = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES
  // Only worth its memory when there is a validation file to check for overlap.
  const trainingHashes = files.some(f => f.role === 'validation') ? new Map<number, string>() : undefined
  const ordered = [...files.filter(f => f.role === 'training'), ...files.filter(f => f.role === 'validation')]
  const reports: FileReport[] = []
  // Each processor loads the encoding (tens of MB) only when a file needs it.
  let inThread: Promise<LineProcessor> | undefined
  let pool: LineProcessor | undefined
  const workers = options.workers
  const grader = options.grader === undefined ? undefined : graderFields(options.grader)
  const maxFindingsPerFile = options.maxFindingsPerFile ?? 1000
  const rules: LineRules = {
    encoding: model.encoding,
    maxListedFindings: maxFindingsPerFile,
    images: model.info?.images,
    ...(grader && { graderFields: grader.fields }),
    ...profile?.rules,
  }
  try {
    const sizes = await Promise.all(
      ordered.map(async file => (await stat(file.readFrom ?? file.path).catch(() => ({ size: 0 }))).size),
    )
    // Data this small is counted without gpt-tokenizer's Map (see loadCounter). What is counted can be a little more
    // than the data (tool definitions are rendered into text); counts stay exact either way, only the speed differs.
    const inThreadBytes = sizes.reduce((sum, size) => sum + size, 0)
    for (const [index, file] of ordered.entries()) {
      const size = sizes[index] ?? 0
      let exampleIndex: ExampleIndex | undefined
      if (options.exampleIndex) options.exampleIndex.set(file.path, (exampleIndex = { lines: [], hashes: [] }))
      const useWorkers = workers !== undefined && size >= (workers.minFileBytes ?? DEFAULT_WORKER_MIN_FILE_BYTES)
      const inThreadOnce = () =>
        (inThread ??= (async () => {
          const exampleCounter = await profile?.loadExampleCounter()
          // A template counter counts every example: the encoding's ranks are not loaded beside it.
          const count = exampleCounter
            ? notLoaded(model.encoding)
            : memoize(await loadCounter(model.encoding, { expectedChars: inThreadBytes }))
          return inThreadProcessor(count, maxLineBytes, rules, exampleCounter)
        })())
      const processor = async () => {
        if (useWorkers) {
          const { workerPoolProcessor } = await import('./worker-pool.js')
          return (pool ??= workerPoolProcessor(workers.script, workers.threads ?? defaultThreads(rules), {
            encoding: model.encoding,
            maxLineBytes,
            rules,
          }))
        }
        return inThreadOnce()
      }
      reports.push(
        await analyzeFile({
          ...file,
          exampleIndex,
          model,
          method: options.method,
          processor,
          inThreadProcessor: inThreadOnce,
          maxLineBytes,
          maxFindingsPerFile,
          trainingHashes,
          onProgress: (n, total) => options.onProgress?.(file.path, n, total),
          profile: profile?.file,
        }),
      )
    }
  } finally {
    await pool?.close()
  }
  const first = reports.find(r => r.role === 'training') ?? reports.at(0)
  if (grader && first) {
    for (const problem of grader.problems.reverse()) {
      first.findings.unshift({
        code: 'invalid_grader',
        severity: FINDING_CODES.invalid_grader.severity,
        file: first.path,
        line: null,
        message: `the grader file is not a grader: ${problem}`,
      })
      first.findingCounts.invalid_grader = (first.findingCounts.invalid_grader ?? 0) + 1
      first.errors++
    }
  }
  if (profile?.estimateNotice && first) {
    first.findings.unshift({
      code: 'open_tokenizer_estimate',
      severity: FINDING_CODES.open_tokenizer_estimate.severity,
      file: first.path,
      line: null,
      message: profile.estimateNotice,
    })
    first.findingCounts.open_tokenizer_estimate = 1
  }
  if (!model.info && first) {
    first.findings.unshift({
      code: 'unknown_model',
      severity: FINDING_CODES.unknown_model.severity,
      file: first.path,
      line: null,
      message: `${model.base} is not in the built-in ${options.provider === 'azure' ? 'Azure ' : ''}table (${profile?.tableDate ?? MODEL_TABLE_DATE}): ${model.encoding} assumed, no per-example limit, cost unknown unless price-per-million-tokens is set`,
    })
    first.findingCounts.unknown_model = 1
  }

  const training = reports.filter(r => r.role === 'training')
  const examples = sum(training.map(r => r.examples))
  const tokens = sum(training.map(r => r.tokens))
  const epochs = options.nEpochs ?? defaultEpochs(examples)
  const billedTokens = epochs * tokens
  const price = trainingPrice(model, options.pricePerMillion)
  const errors = sum(reports.map(r => r.errors))
  return {
    valid: errors === 0,
    model: options.model,
    baseModel: model.base,
    encoding: model.encoding,
    ...(profile?.tokenizerLabel && { tokenizer: profile.tokenizerLabel }),
    exampleLimit: model.info?.exampleLimit ?? null,
    files: reports,
    totals: {
      examples,
      tokens,
      billedTokens,
      epochs,
      epochsSource: options.nEpochs === undefined ? 'default' : 'input',
      estimatedCostUsd: costUsd(billedTokens, price),
      priceUsdPerMillion: price?.usdPerMillion ?? null,
      priceSource: price?.source ?? null,
      errors,
      warnings: sum(reports.map(r => r.warnings)),
    },
    priceTableDate: profile?.tableDate ?? MODEL_TABLE_DATE,
  }
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
