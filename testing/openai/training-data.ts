import { estimateTokens } from './token-estimate.js'

/** What a job needs to know about its training file. */
export interface DatasetMeasure {
  /** Non-blank lines. */
  examples: number
  /** Tokens of one pass over the file. */
  tokens: number
  /** The first line (1-based) that is not a JSON object; the job then fails validation. */
  invalidLine?: number
}

/** Counts the examples of a JSONL file and estimates its tokens (3 per example plus its words). */
export function measureJsonl(content: Buffer): DatasetMeasure {
  const measure: DatasetMeasure = { examples: 0, tokens: 0 }
  content
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return
      measure.examples++
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch {
        measure.invalidLine ??= i + 1
        return
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        measure.invalidLine ??= i + 1
        return
      }
      measure.tokens += 3 + estimateTokens(stringsOf(value).join(' '))
    })
  return measure
}

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsOf)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsOf)
  return []
}
