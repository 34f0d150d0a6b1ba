import type { DatasetFormat } from './formats.js'
import type { FindingCode } from './findings.js'
import { FORMAT_LABEL, shapeOf, shapeOfFormat } from './formats.js'
import { isObject, typeName, type JsonObject } from './json.js'
import { checkChatExample } from './rules/chat.js'
import { checkCompletionExample } from './rules/completion.js'
import { checkPreferenceExample } from './rules/preference.js'
import { checkReinforcementExample } from './rules/reinforcement.js'
import { messageOf } from '../errors.js'

export interface LineFinding {
  code: FindingCode
  message: string
}

/** Where a line's findings go: an array, or a batch's bounded list. */
export interface FindingSink {
  push(finding: LineFinding): unknown
}

export type ParsedLine = { ok: true; value: unknown } | { ok: false; finding: LineFinding }

/** Parses one line; blank lines and bad JSON become findings with the parser's own words. */
export function parseLine(text: string): ParsedLine {
  if (text.trim().length === 0) {
    return { ok: false, finding: { code: 'blank_line', message: 'blank line; every line must hold one JSON object' } }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (error) {
    const detail = messageOf(error)
    const trimmed = text.trim()
    if (trimmed === '{' || trimmed === '[') {
      const hint = `a lone "${trimmed}": the file looks like pretty-printed JSON; JSONL needs each example on one line`
      return { ok: false, finding: { code: 'invalid_json', message: `not valid JSON: ${hint}` } }
    }
    return { ok: false, finding: { code: 'invalid_json', message: `not valid JSON: ${detail}` } }
  }
}

const CHECKS: Record<
  DatasetFormat,
  (example: JsonObject, report: (code: FindingCode, message: string) => void) => void
> = {
  chat: checkChatExample,
  preference: checkPreferenceExample,
  reinforcement: checkReinforcementExample,
  completion: checkCompletionExample,
  text: (example, report) => {
    if (typeof example.text !== 'string') report('together_invalid_value', '"text" must be a string')
  },
}

/**
 * Applies every rule of the file's format to one parsed line. A line of another format gets one finding instead of
 * a cascade of rule violations that would only restate the mismatch.
 */
export function checkExample(format: DatasetFormat, value: unknown, findings: FindingSink): value is JsonObject {
  const report = (code: FindingCode, message: string) => void findings.push({ code, message })
  if (!isObject(value)) {
    report('data_type', `the line is a JSON ${typeName(value)}, not an object`)
    return false
  }
  const shape = shapeOf(value)
  if (shape !== undefined && shape !== shapeOfFormat(format)) {
    const lineFormat = shape === 'messages' ? 'chat' : shape
    report('format_mismatch', `a ${FORMAT_LABEL[lineFormat]} example in a ${FORMAT_LABEL[format]} file`)
    return false
  }
  CHECKS[format](value, report)
  return true
}
