import { parseLine } from '../dataset/check-line.js'
import { FINDING_CODES, type Finding, type FindingCode } from '../dataset/findings.js'
import { isObject, preview, typeName } from '../dataset/json.js'
import { DEFAULT_MAX_LINE_BYTES, readLines } from '../dataset/read-lines.js'
import { checkMessages, newExampleState, type Role } from '../dataset/rules/messages.js'
import { checkValueProblem, parseCheckType, type Check } from './checks.js'
import type { EvalCase } from './eval-case.js'

const CASE_KEYS = new Set(['id', 'messages', 'ideal', 'checks', 'tags', 'threshold'])
const ROLES: ReadonlySet<Role> = new Set(['system', 'developer', 'user', 'assistant', 'tool'])

export interface EvalFile {
  path: string
  cases: EvalCase[]
  findings: Finding[]
  errors: number
  warnings: number
}

/**
 * Reads an eval file: one case per line, `{id, messages, ideal?, checks?, tags?, threshold?}`, with the same
 * line-numbered findings as training data. A case with a finding that is an error is not run.
 */
export async function readEvalFile(path: string): Promise<EvalFile> {
  const cases: EvalCase[] = []
  const findings: Finding[] = []
  const ids = new Map<string, number>()
  let lines = 0
  for await (const batch of readLines(path, { maxLineBytes: DEFAULT_MAX_LINE_BYTES })) {
    for (const raw of batch) {
      lines = raw.line
      const before = findings.length
      const add = (code: FindingCode, message: string) =>
        findings.push({ code, severity: FINDING_CODES[code].severity, file: path, line: raw.line, message })
      if ('problem' in raw) {
        add(
          raw.problem,
          raw.problem === 'invalid_utf8' ? 'the line is not valid UTF-8 text' : `the line is ${raw.bytes} bytes`,
        )
        continue
      }
      const parsed = parseLine(raw.text)
      if (!parsed.ok) {
        add(parsed.finding.code, parsed.finding.message)
        continue
      }
      const evalCase = checkCase(parsed.value, raw.line, add)
      if (evalCase) {
        const earlier = ids.get(evalCase.id)
        if (earlier !== undefined)
          add('eval_duplicate_id', `id ${preview(evalCase.id)} is already used on line ${earlier}`)
        else ids.set(evalCase.id, raw.line)
      }
      const hasError = findings.slice(before).some(f => f.severity === 'error')
      if (evalCase && !hasError) cases.push(evalCase)
    }
  }
  if (lines === 0)
    findings.push({ code: 'empty_file', severity: 'error', file: path, line: null, message: 'the eval file is empty' })
  return {
    path,
    cases,
    findings,
    errors: findings.filter(f => f.severity === 'error').length,
    warnings: findings.filter(f => f.severity === 'warning').length,
  }
}

function checkCase(
  value: unknown,
  line: number,
  add: (code: FindingCode, message: string) => void,
): EvalCase | undefined {
  if (!isObject(value)) {
    add('data_type', `the line is a JSON ${typeName(value)}, not an eval case object`)
    return undefined
  }
  for (const key of Object.keys(value))
    if (!CASE_KEYS.has(key))
      add(
        'unrecognized_key',
        `unrecognized key "${key}"; an eval case has id, messages, ideal, checks, tags, threshold`,
      )
  const id = value.id
  if (typeof id !== 'string' || id.trim() === '')
    add('eval_missing_id', '"id" must be a non-empty string, unique in the file')
  const messages = value.messages
  if (!Array.isArray(messages) || messages.length === 0) {
    add('missing_messages_list', '"messages" must be a non-empty array of messages')
  } else {
    checkMessages(messages, { roles: ROLES, weight: true, where: 'messages' }, newExampleState(), add)
    const last: unknown = messages[messages.length - 1]
    if (isObject(last) && last.role !== 'user' && last.role !== 'tool')
      add(
        'eval_last_message_not_user',
        `the last message is ${typeof last.role === 'string' ? `an ${last.role}` : 'not a user'} message; the model answers the conversation as given`,
      )
  }
  const ideal = value.ideal
  if (
    ideal !== undefined &&
    typeof ideal !== 'string' &&
    !(Array.isArray(ideal) && ideal.every(i => typeof i === 'string'))
  ) {
    add('eval_invalid_case', '"ideal" must be a string or an array of strings')
  }
  const tags = value.tags
  if (tags !== undefined && !(Array.isArray(tags) && tags.every(t => typeof t === 'string')))
    add('eval_invalid_case', '"tags" must be an array of strings')
  const threshold = value.threshold
  if (threshold !== undefined && !(typeof threshold === 'number' && threshold >= 0 && threshold <= 1))
    add('eval_invalid_case', '"threshold" must be a number from 0 to 1')

  const checks: Check[] = []
  if (value.checks === undefined) {
    if (ideal === undefined) add('eval_missing_ideal', 'no "checks" and no "ideal": nothing to compare the answer with')
    else checks.push({ type: 'equals', base: 'equals', negate: false, weight: 1 })
  } else if (!Array.isArray(value.checks) || value.checks.length === 0) {
    add('eval_invalid_case', '"checks" must be a non-empty array of {type, value?, weight?}')
  } else {
    value.checks.forEach((check, i) => {
      const c = checkOne(check, `checks[${i}]`, ideal, add)
      if (c) checks.push(c)
    })
  }
  if (typeof id !== 'string' || !Array.isArray(messages)) return undefined
  return {
    id,
    line,
    messages: messages.filter(isObject).map(({ weight: _weight, ...m }) => m),
    ideal: ideal as EvalCase['ideal'],
    checks,
    tags: Array.isArray(tags) ? tags.map(String) : [],
    threshold: typeof threshold === 'number' ? threshold : undefined,
  }
}

function checkOne(
  check: unknown,
  at: string,
  ideal: unknown,
  add: (code: FindingCode, message: string) => void,
): Check | undefined {
  if (!isObject(check) || typeof check.type !== 'string') {
    add('eval_invalid_case', `${at} must be an object with a string "type"`)
    return undefined
  }
  const type = parseCheckType(check.type)
  if (!type) {
    add(
      'eval_unknown_check',
      `${at} type ${preview(check.type)} is not a check type (equals, contains, icontains, starts-with, regex, contains-any, contains-all, is-json, json-equals, fuzzy, levenshtein, llm-rubric, each also with not-)`,
    )
    return undefined
  }
  const weight = check.weight ?? 1
  if (typeof weight !== 'number' || !(weight > 0)) add('eval_invalid_case', `${at} weight must be a positive number`)
  const v = check.value
  const problem = checkValueProblem(type.base, v, ideal)
  if (problem) add(problem.code, `${at} (${check.type}) ${problem.message}`)
  return { type: check.type, ...type, value: v, weight: typeof weight === 'number' && weight > 0 ? weight : 1 }
}
