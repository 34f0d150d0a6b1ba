import type { EncodingName } from '../estimate/models.js'
import type { DatasetFormat } from './formats.js'
import type { OpenTokenizerName } from '../estimate/together-models.js'
import type { ExampleCounter } from '../tokens/chat-template.js'
import type { TokenCounter } from '../tokens/encodings.js'
import { countExample, type ExampleCount } from '../tokens/count-example.js'
import { checkExample, parseLine, type LineFinding } from './check-line.js'
import type { FindingCode } from './findings.js'
import type { JsonObject } from './json.js'
import { lineHash } from './line-hash.js'
import { decodeBatch, type LineBatch, type RawLine } from './read-lines.js'
import { checkGraderFields, type GraderFields } from './rules/grader-fields.js'
import { checkTogetherLine } from './rules/together.js'

/** What the per-line work needs to know of the model and the run, beyond the file's format (plain data: it crosses to workers). */
export interface LineRules {
  encoding: EncodingName
  /** Whether the model takes images in fine-tuning; undefined for a model not in the table (nothing is checked). */
  images?: boolean
  /** The fields a reinforcement grader reads from every example (graderFields of the grader file). */
  graderFields?: GraderFields['fields']
  /** Findings a batch lists at most (the file lists no more); the rest are counted by code. Default 1000. */
  maxListedFindings?: number
  /** Whose line rules apply: OpenAI's (the default) or Together's (the rules of its SDK's checkFile). */
  provider?: 'openai' | 'together'
  /** An open model's tokenizer and chat template count the examples instead of the encoding (Together). */
  openTokenizer?: OpenTokenizerName
}

/**
 * A batch's findings: the first `limit` listed with their line, the rest only counted by code, so that neither a
 * file of a million bad lines nor one line of a million bad messages can fill a worker's heap.
 */
export class BatchFindings {
  readonly listed: (LineFinding & { line: number })[] = []
  unlisted: Partial<Record<FindingCode, number>> = {}
  /** The line whose findings are being pushed. */
  line = 0
  constructor(private readonly limit: number) {}
  push(finding: LineFinding): void {
    if (this.listed.length < this.limit) this.listed.push({ line: this.line, ...finding })
    else this.unlisted[finding.code] = (this.unlisted[finding.code] ?? 0) + 1
  }
  /** Marks the state before a line, for `rollback` to forget the line's findings. */
  checkpoint(): { listed: number; unlisted: Partial<Record<FindingCode, number>> } {
    return { listed: this.listed.length, unlisted: { ...this.unlisted } }
  }
  rollback(mark: ReturnType<BatchFindings['checkpoint']>): void {
    this.listed.length = mark.listed
    this.unlisted = mark.unlisted
  }
}

/** What one line contributes besides its findings: computed here, merged in line order by the file analysis. */
export interface LineResult {
  /** Present when the line is an example of the file's format (possibly with errors). */
  example?: ExampleCount
  /** The line's hash (line-hash.ts), for duplicate and overlap checks; present with `example`. */
  hash?: number
}

/** Whole-line problems the reader found, as findings. */
function readProblem(raw: Extract<RawLine, { problem: string }>, maxLineBytes: number): LineFinding {
  return raw.problem === 'invalid_utf8'
    ? { code: 'invalid_utf8', message: 'the line is not valid UTF-8 text' }
    : {
        code: 'line_too_long',
        message: `the line is ${raw.bytes} bytes; lines over ${maxLineBytes} bytes are not read`,
      }
}

/**
 * The per-line work (parse, every rule, token count, hash): pure, so the same function runs in this thread for
 * small files and in worker threads for large ones. No fast path skips a rule. Findings go to `findings`.
 */
export function analyzeLine(
  raw: RawLine,
  format: DatasetFormat,
  count: TokenCounter,
  maxLineBytes: number,
  rules: LineRules,
  findings: BatchFindings,
  exampleCounter?: ExampleCounter,
): LineResult {
  if ('problem' in raw) {
    findings.push(readProblem(raw, maxLineBytes))
    return {}
  }
  const parsed = parseLine(raw.text)
  if (!parsed.ok) {
    findings.push(parsed.finding)
    return {}
  }
  const mark = findings.checkpoint()
  try {
    const report = (code: LineFinding['code'], message: string) => {
      findings.push({ code, message })
    }
    const isExample =
      rules.provider === 'together'
        ? checkTogetherLine(format, parsed.value, report)
        : checkExample(format, parsed.value, findings)
    if (!isExample) return {}
    // Both checks are type guards: a line that passes is an object.
    const value = parsed.value as JsonObject
    const example = exampleCounter ? exampleCounter(format, value) : countExample(format, value, count, rules.encoding)
    if (example.images > 0 && rules.images === false) {
      findings.push({
        code: 'images_not_supported_by_model',
        message: `${example.images} image${example.images === 1 ? '' : 's'}; the model does not take images in fine-tuning (gpt-4o-2024-08-06 does)`,
      })
    }
    if (format === 'reinforcement' && rules.graderFields?.length) checkGraderFields(value, rules.graderFields, report)
    return { example, hash: lineHash(raw.text) }
  } catch (error) {
    // Deeply nested JSON parses fine but overflows the stack of anything that walks it.
    if (!(error instanceof RangeError)) throw error
    // One finding says it all: what the rules reported before the overflow is forgotten.
    findings.rollback(mark)
    findings.push({ code: 'json_too_deep', message: 'the JSON nests too deeply to be an example' })
    return {}
  }
}

export const DEFAULT_MAX_LISTED_FINDINGS = 1000

/** Numbers per line in a packed batch result: whether it is an example, its tokens, assistant tokens, messages, hash. */
export const FIELDS_PER_LINE = 5

/**
 * One batch's results in a form that crosses threads cheaply: the numbers in one typed array (transferable), the
 * findings (rare in good data) as a list.
 */
export interface BatchResult {
  firstLine: number
  lineCount: number
  numbers: Float64Array
  findings: (LineFinding & { line: number })[]
  /** Findings past the listing limit, by code. */
  unlisted: Partial<Record<FindingCode, number>>
}

export function analyzeBatch(
  batch: LineBatch,
  format: DatasetFormat,
  count: TokenCounter,
  maxLineBytes: number,
  rules: LineRules = { encoding: 'o200k_base' },
  exampleCounter?: ExampleCounter,
): BatchResult {
  const lines = decodeBatch(batch)
  const numbers = new Float64Array(lines.length * FIELDS_PER_LINE)
  const findings = new BatchFindings(rules.maxListedFindings ?? DEFAULT_MAX_LISTED_FINDINGS)
  lines.forEach((raw, i) => {
    findings.line = raw.line
    const r = analyzeLine(raw, format, count, maxLineBytes, rules, findings, exampleCounter)
    if (r.example && r.hash !== undefined) {
      const o = i * FIELDS_PER_LINE
      numbers[o] = 1
      numbers[o + 1] = r.example.tokens
      numbers[o + 2] = r.example.assistantTokens
      numbers[o + 3] = r.example.messages
      numbers[o + 4] = r.hash
    }
  })
  return {
    firstLine: batch.firstLine,
    lineCount: lines.length,
    numbers,
    findings: findings.listed,
    unlisted: findings.unlisted,
  }
}
