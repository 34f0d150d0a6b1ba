import { createHash } from 'node:crypto'
import type { DatasetFormat, EncodingName } from '../estimate/models.js'
import type { OpenTokenizerName } from '../estimate/together-models.js'
import type { ExampleCounter } from '../tokens/chat-template.js'
import type { TokenCounter } from '../tokens/encodings.js'
import { countExample, type ExampleCount } from '../tokens/count-example.js'
import { checkExample, parseLine, type LineFinding } from './check-line.js'
import type { JsonObject } from './json.js'
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
  /** Whose line rules apply: OpenAI's (the default) or Together's (the rules of its SDK's checkFile). */
  provider?: 'openai' | 'together'
  /** An open model's tokenizer and chat template count the examples instead of the encoding (Together). */
  openTokenizer?: OpenTokenizerName
}

/** Everything one line contributes: computed here, merged in line order by the file analysis. */
export interface LineResult {
  line: number
  findings: LineFinding[]
  /** Present when the line is an example of the file's format (possibly with errors). */
  example?: ExampleCount
  /** 48 bits of SHA-1 of the line, for duplicate and overlap checks; present with `example`. */
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
 * small files and in worker threads for large ones. No fast path skips a rule.
 */
export function analyzeLine(
  raw: RawLine,
  format: DatasetFormat,
  count: TokenCounter,
  maxLineBytes: number,
  rules: LineRules = { encoding: 'o200k_base' },
  exampleCounter?: ExampleCounter,
): LineResult {
  if ('problem' in raw) return { line: raw.line, findings: [readProblem(raw, maxLineBytes)] }
  const parsed = parseLine(raw.text)
  if (!parsed.ok) return { line: raw.line, findings: [parsed.finding] }
  const findings: LineFinding[] = []
  try {
    const report = (code: LineFinding['code'], message: string) => void findings.push({ code, message })
    const isExample =
      rules.provider === 'together'
        ? checkTogetherLine(format, parsed.value, report)
        : checkExample(format, parsed.value, findings)
    if (!isExample) return { line: raw.line, findings }
    // Both checks are type guards: a line that passes is an object.
    const value = parsed.value as JsonObject
    const example = exampleCounter ? exampleCounter(format, value) : countExample(format, value, count, rules.encoding)
    if (example.images > 0 && rules.images === false) {
      findings.push({
        code: 'images_not_supported_by_model',
        message: `${example.images} image${example.images === 1 ? '' : 's'}; the model does not take images in fine-tuning (gpt-4o-2024-08-06 does)`,
      })
    }
    if (format === 'reinforcement' && rules.graderFields?.length)
      checkGraderFields(value, rules.graderFields, (code, message) => void findings.push({ code, message }))
    return { line: raw.line, findings, example, hash: lineHash(raw.text) }
  } catch (error) {
    // Deeply nested JSON parses fine but overflows the stack of anything that walks it.
    if (!(error instanceof RangeError)) throw error
    return {
      line: raw.line,
      findings: [{ code: 'json_too_deep', message: 'the JSON nests too deeply to be an example' }],
    }
  }
}

/** 48 bits of SHA-1: a number is a cheap Map key, and collisions are negligible at a billion lines. */
function lineHash(text: string): number {
  return createHash('sha1').update(text.trimEnd()).digest().readUIntBE(0, 6)
}

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
}

export function analyzeBatch(
  batch: LineBatch,
  format: DatasetFormat,
  count: TokenCounter,
  maxLineBytes: number,
  rules?: LineRules,
  exampleCounter?: ExampleCounter,
): BatchResult {
  const lines = decodeBatch(batch)
  const numbers = new Float64Array(lines.length * FIELDS_PER_LINE)
  const findings: BatchResult['findings'] = []
  lines.forEach((raw, i) => {
    const r = analyzeLine(raw, format, count, maxLineBytes, rules, exampleCounter)
    for (const f of r.findings) findings.push({ line: r.line, ...f })
    if (r.example && r.hash !== undefined) {
      const o = i * FIELDS_PER_LINE
      numbers[o] = 1
      numbers[o + 1] = r.example.tokens
      numbers[o + 2] = r.example.assistantTokens
      numbers[o + 3] = r.example.messages
      numbers[o + 4] = r.hash
    }
  })
  return { firstLine: batch.firstLine, lineCount: lines.length, numbers, findings }
}
