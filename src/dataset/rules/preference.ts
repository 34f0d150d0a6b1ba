import type { Report } from '../findings.js'
import { isObject, typeName, type JsonObject } from '../json.js'
import { checkExampleTools, checkImagesCount } from './chat.js'
import { checkMessages, newExampleState, type Role } from './messages.js'

const PREFERENCE_KEYS = new Set(['input', 'preferred_output', 'non_preferred_output'])
const INPUT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls'])
const INPUT_ROLES: ReadonlySet<Role> = new Set(['system', 'user', 'assistant', 'tool', 'function'])
const OUTPUT_ROLES: ReadonlySet<Role> = new Set(['assistant'])
const OUTPUTS = ['preferred_output', 'non_preferred_output'] as const

/** FineTunePreferenceRequestInput: one DPO example (a prompt, a preferred and a non-preferred single answer). */
export function checkPreferenceExample(example: JsonObject, report: Report): void {
  for (const key of Object.keys(example)) {
    if (!PREFERENCE_KEYS.has(key))
      report(
        'unrecognized_key',
        `unrecognized key "${key}"; a preference example has input, preferred_output, non_preferred_output`,
      )
  }
  const state = newExampleState()
  const input = example.input
  if (!isObject(input) || !Array.isArray(input.messages) || input.messages.length === 0) {
    report('preference_missing_input', '"input" must be an object with a non-empty "messages" array')
  } else {
    for (const key of Object.keys(input)) {
      if (!INPUT_KEYS.has(key))
        report('unrecognized_key', `unrecognized key "input.${key}"; input has messages, tools, parallel_tool_calls`)
    }
    checkExampleTools(input, report, 'input.')
    checkMessages(input.messages, { roles: INPUT_ROLES, weight: true, where: 'input.messages' }, state, report)
    const last: unknown = input.messages[input.messages.length - 1]
    if (isObject(last) && last.role !== 'user') {
      report(
        'preference_input_not_user_last',
        `input.messages ends with a ${typeName(last.role) === 'string' ? String(last.role) : 'non-user'} message, not a user message`,
      )
    }
  }
  for (const key of OUTPUTS) {
    const output = example[key]
    if (!Array.isArray(output) || output.length !== 1) {
      const what = Array.isArray(output) ? `an array of ${output.length}` : typeName(output)
      report('preference_invalid_output', `"${key}" is ${what}; must be an array of exactly one assistant message`)
      continue
    }
    checkMessages(output, { roles: OUTPUT_ROLES, weight: false, where: key }, state, report)
  }
  checkImagesCount(state, report)
  const [a, b] = OUTPUTS.map(k => example[k])
  if (Array.isArray(a) && a.length === 1 && JSON.stringify(a) === JSON.stringify(b)) {
    report('preference_identical_outputs', 'preferred_output and non_preferred_output are identical')
  }
}
