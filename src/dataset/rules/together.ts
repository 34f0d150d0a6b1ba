import type { DatasetFormat } from '../formats.js'
import type { FindingCode } from '../findings.js'
import { FORMAT_LABEL } from '../formats.js'
import { isObject, typeName, type JsonObject } from '../json.js'

type Report = (code: FindingCode, message: string) => void

/**
 * The line rules of Together's fine-tuning files, one for each check of `checkFile` in the together-ai SDK (0.52.0,
 * src/lib/check-file.ts), so that every line it rejects is rejected here at the same line
 * (__tests__/dataset/together-check-file.test.ts runs the SDK's function as the oracle). A line's format is the set
 * of columns it holds, and it holds no others.
 */
const COLUMNS: Record<Exclude<DatasetFormat, 'reinforcement'>, readonly string[]> = {
  text: ['text'],
  chat: ['messages'],
  completion: ['prompt', 'completion'],
  preference: ['input', 'preferred_output', 'non_preferred_output'],
}
const ROLES = ['system', 'user', 'assistant']

/** The Together format of a line by its columns; undefined when it matches none. Throws nothing. */
export function togetherFormatOf(line: JsonObject): DatasetFormat | undefined {
  return (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).find(f => COLUMNS[f].every(c => c in line))
}

/** Checks one parsed line of a Together file whose format is `format`; false when it is not an example at all. */
export function checkTogetherLine(format: DatasetFormat, value: unknown, report: Report): value is JsonObject {
  if (!isObject(value)) {
    report('data_type', `the line is a JSON ${typeName(value)}, not an object`)
    return false
  }
  const matches = (Object.keys(COLUMNS) as (keyof typeof COLUMNS)[]).filter(f => COLUMNS[f].every(c => c in value))
  if (matches.length === 0) {
    const keys = Object.keys(value).join(', ') || 'none'
    report('together_unknown_format', `no Together format has exactly these columns: ${keys}`)
    return false
  }
  if (matches.length > 1) {
    report(
      'together_multiple_formats',
      `the line holds the columns of ${matches.map(f => FORMAT_LABEL[f]).join(' and ')}`,
    )
    return false
  }
  const lineFormat = matches[0]
  const extra = Object.keys(value).find(k => !COLUMNS[lineFormat].includes(k))
  if (extra !== undefined) {
    report('together_extra_column', `"${extra}" is not a column of ${FORMAT_LABEL[lineFormat]} data`)
    return false
  }
  if (lineFormat !== format) {
    report('format_mismatch', `a ${FORMAT_LABEL[lineFormat]} example in a ${FORMAT_LABEL[format]} file`)
    return false
  }
  switch (lineFormat) {
    case 'chat':
      checkMessages(value.messages, true, report)
      break
    case 'preference':
      checkPreference(value, report)
      break
    default:
      for (const column of COLUMNS[lineFormat])
        if (typeof value[column] !== 'string')
          report('together_invalid_value', `"${column}" must be a string, not ${typeName(value[column])}`)
  }
  return true
}

/** checkFile's validate_messages: a non-empty list of {role, content} strings, alternating, weights 0 or 1. */
function checkMessages(messages: unknown, requireAssistant: boolean, report: Report): boolean {
  if (!Array.isArray(messages) || messages.length === 0) {
    report('together_invalid_messages', '`messages` must be a non-empty list of messages')
    return false
  }
  const hasWeights = messages.some(m => isObject(m) && 'weight' in m)
  let previous: unknown = null
  let assistant = false
  for (const [i, m] of messages.entries()) {
    const at = `message ${i + 1}`
    if (!isObject(m)) {
      report('together_invalid_messages', `${at} is a ${typeName(m)}, not an object`)
      return false
    }
    for (const key of ['role', 'content']) {
      if (typeof m[key] !== 'string') {
        report('together_invalid_messages', `${at}: \`${key}\` must be a string, not ${typeName(m[key])}`)
        return false
      }
    }
    if (hasWeights && 'weight' in m && m.weight !== 0 && m.weight !== 1) {
      report('together_invalid_weight', `${at}: \`weight\` must be the integer 0 or 1`)
      return false
    }
    if (!ROLES.includes(m.role as string)) {
      report('together_invalid_role', `${at}: role "${String(m.role)}"; Together accepts ${ROLES.join(', ')}`)
      return false
    }
    if (m.role === previous) {
      report('together_role_order', `${at} has the same role as the one before; user and assistant must alternate`)
      return false
    }
    previous = m.role
    assistant ||= m.role === 'assistant'
  }
  if (requireAssistant && !assistant) {
    report('together_missing_assistant', 'the example has no assistant message')
    return false
  }
  return true
}

/** checkFile's validate_preference_openai. */
function checkPreference(example: JsonObject, report: Report): void {
  const input = example.input
  if (!isObject(input) || !('messages' in input)) {
    report('together_invalid_preference', '`input` must be an object with `messages`')
    return
  }
  if (!checkMessages(input.messages, false, report)) return
  const messages = input.messages as JsonObject[]
  if (messages.at(-1)?.role === 'assistant') {
    report('together_invalid_preference', 'the last message of `input` must not be the assistant’s')
    return
  }
  for (const key of ['preferred_output', 'non_preferred_output']) {
    const output = example[key]
    const first: unknown = Array.isArray(output) ? output[0] : undefined
    if (!Array.isArray(output) || output.length !== 1 || !isObject(first)) {
      report('together_invalid_preference', `\`${key}\` must be a list of exactly one message`)
      return
    }
    if (first.role !== 'assistant' || typeof first.content !== 'string') {
      report('together_invalid_preference', `\`${key}\` must hold one assistant message with string content`)
      return
    }
  }
}
