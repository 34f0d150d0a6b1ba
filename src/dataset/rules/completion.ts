import type { Report } from '../findings.js'
import { typeName, type JsonObject } from '../json.js'

/** FineTuneCompletionRequestInput: legacy prompt/completion for babbage-002 and davinci-002. */
export function checkCompletionExample(example: JsonObject, report: Report): void {
  for (const key of Object.keys(example)) {
    if (key !== 'prompt' && key !== 'completion')
      report('unrecognized_key', `unrecognized key "${key}"; a completion example has prompt and completion`)
  }
  for (const key of ['prompt', 'completion'] as const) {
    if (!(key in example)) report('completion_missing_key', `no "${key}"`)
    else if (typeof example[key] !== 'string')
      report('completion_invalid_type', `"${key}" is ${typeName(example[key])}, not a string`)
  }
}
