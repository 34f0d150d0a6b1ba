import type { Report } from '../findings.js'
import { isObject, type JsonObject } from '../json.js'
import { checkImagesCount } from './chat.js'
import { checkMessages, checkTools, newExampleState, type Role } from './messages.js'

const RFT_ROLES: ReadonlySet<Role> = new Set(['developer', 'user', 'assistant', 'tool'])

/**
 * FineTuneReinforcementRequestInput: `messages` and `tools` are reserved; every other key is data for the grader
 * (`{{ item.key }}`), so unknown keys are not findings here.
 */
export function checkReinforcementExample(example: JsonObject, report: Report): void {
  if ('tools' in example) checkTools(example.tools, report)
  const messages = example.messages
  if (!Array.isArray(messages) || messages.length === 0) {
    report('missing_messages_list', '"messages" must be a non-empty array of messages')
    return
  }
  const state = newExampleState()
  checkMessages(messages, { roles: RFT_ROLES, weight: true, where: 'messages' }, state, report)
  checkImagesCount(state, report)
  const last: unknown = messages[messages.length - 1]
  if (isObject(last) && last.role !== 'user') {
    report(
      'reinforcement_last_message_not_user',
      `the last message is ${typeof last.role === 'string' ? `a ${last.role}` : 'not a user'} message; the model's answer to a final user message is what gets graded`,
    )
  }
}
