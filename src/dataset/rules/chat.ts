import type { Report } from '../findings.js'
import type { JsonObject } from '../json.js'
import {
  checkFunctions,
  checkMessages,
  checkTools,
  MAX_IMAGES_PER_EXAMPLE,
  newExampleState,
  type ExampleState,
  type Role,
} from './messages.js'

const CHAT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls', 'functions'])
const CHAT_ROLES: ReadonlySet<Role> = new Set(['system', 'user', 'assistant', 'tool', 'function'])

/** FineTuneChatRequestInput: one supervised example. */
export function checkChatExample(example: JsonObject, report: Report): void {
  for (const key of Object.keys(example)) {
    if (!CHAT_KEYS.has(key))
      report(
        'unrecognized_key',
        `unrecognized key "${key}"; a chat example has messages, tools, parallel_tool_calls, functions`,
      )
  }
  checkExampleTools(example, report)
  const messages = example.messages
  if (!Array.isArray(messages) || messages.length === 0) {
    report('missing_messages_list', '"messages" must be a non-empty array of messages')
    return
  }
  const state = newExampleState()
  checkMessages(messages, { roles: CHAT_ROLES, weight: true, where: 'messages' }, state, report)
  checkImagesCount(state, report)
  checkTrainedAssistant(state, report)
  if (!state.roles.has('system')) report('missing_system_message', 'no system message')
  if (!state.roles.has('user')) report('missing_user_message', 'no user message')
}

export function checkExampleTools(example: JsonObject, report: Report, at = ''): void {
  if ('tools' in example) checkTools(example.tools, report, `${at}tools`)
  if ('functions' in example) checkFunctions(example.functions, report)
  if ('parallel_tool_calls' in example && typeof example.parallel_tool_calls !== 'boolean') {
    report('invalid_parallel_tool_calls', `"${at}parallel_tool_calls" must be true or false`)
  }
}

export function checkImagesCount(state: ExampleState, report: Report): void {
  if (state.images > MAX_IMAGES_PER_EXAMPLE) {
    report('too_many_images', `${state.images} images; an example may hold at most ${MAX_IMAGES_PER_EXAMPLE}`)
  }
}

function checkTrainedAssistant(state: ExampleState, report: Report): void {
  if (state.assistants === 0) report('example_missing_assistant_message', 'no assistant message: nothing to train on')
  else if (state.trainedAssistants === 0)
    report('example_missing_assistant_message', 'every assistant message has weight 0: nothing to train on')
}
