import type { Report } from '../findings.js'
import { isObject, preview, typeName, type JsonObject } from '../json.js'

export type Role = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function'

/** Keys each role may carry, from the reference schemas (ChatCompletionRequest*Message, FineTune*AssistantMessage). */
const KEYS_OF_ROLE: Record<Role, ReadonlySet<string>> = {
  system: new Set(['role', 'content', 'name']),
  developer: new Set(['role', 'content', 'name']),
  user: new Set(['role', 'content', 'name']),
  assistant: new Set(['role', 'content', 'refusal', 'name', 'audio', 'tool_calls', 'function_call', 'weight']),
  tool: new Set(['role', 'content', 'tool_call_id']),
  function: new Set(['role', 'content', 'name']),
}

/** Content-part types each role accepts; audio and file parts are schema-valid for users but never trained on. */
const PARTS_OF_ROLE: Record<Role, ReadonlySet<string>> = {
  system: new Set(['text']),
  developer: new Set(['text']),
  user: new Set(['text', 'image_url']),
  assistant: new Set(['text', 'refusal']),
  tool: new Set(['text']),
  function: new Set(),
}

export const MAX_IMAGES_PER_EXAMPLE = 10
const FUNCTION_NAME = /^[a-zA-Z0-9_-]{1,64}$/

/** What one example's messages have shown so far: used by rules that look across messages. */
export interface ExampleState {
  toolCallIds: Set<string>
  images: number
  roles: Set<string>
  /** Assistant messages that are trained on (weight 1 or no weight). */
  trainedAssistants: number
  assistants: number
}

export function newExampleState(): ExampleState {
  return { toolCallIds: new Set(), images: 0, roles: new Set(), trainedAssistants: 0, assistants: 0 }
}

export interface MessageRules {
  roles: ReadonlySet<Role>
  /** Whether `weight` is defined here (training messages), or not (DPO outputs follow the plain assistant schema). */
  weight: boolean
  /** Where the messages are, for messages: "messages", "input.messages", "preferred_output". */
  where: string
}

/** Validates every message of a list; `report` receives each problem once, with its position in the message. */
export function checkMessages(messages: unknown[], rules: MessageRules, state: ExampleState, report: Report): void {
  messages.forEach((message, index) => {
    checkMessage(message, `${rules.where}[${index}]`, rules, state, report)
  })
}

function checkMessage(message: unknown, at: string, rules: MessageRules, state: ExampleState, report: Report): void {
  if (!isObject(message)) {
    report('message_data_type', `${at} is ${typeName(message)}, not a message object`)
    return
  }
  const role = message.role
  if (role === undefined) {
    report('message_missing_key', `${at} has no "role"`)
    return
  }
  if (typeof role !== 'string' || !rules.roles.has(role as Role)) {
    const allowed = [...rules.roles].join(', ')
    report('unrecognized_role', `${at} has role ${preview(role)}; allowed here: ${allowed}`)
    return
  }
  const r = role as Role
  state.roles.add(r)
  const allowedKeys = KEYS_OF_ROLE[r]
  for (const key of Object.keys(message)) {
    if (key === 'weight' && r !== 'assistant') {
      report('weight_not_on_assistant', `${at} (${r}) has "weight"; only assistant messages take a weight`)
    } else if (!allowedKeys.has(key) || (key === 'weight' && !rules.weight)) {
      report('message_unrecognized_key', `${at} (${r}) has unrecognized key "${key}"`)
    }
  }
  if ('name' in message && typeof message.name !== 'string') {
    report('invalid_name', `${at} "name" is ${typeName(message.name)}, not a string`)
  }

  switch (r) {
    case 'assistant':
      checkAssistant(message, at, rules, state, report)
      break
    case 'tool':
      checkRequiredContent(message, at, r, state, report)
      if (!('tool_call_id' in message)) report('message_missing_key', `${at} (tool) has no "tool_call_id"`)
      else if (typeof message.tool_call_id !== 'string')
        report('invalid_tool_call_id', `${at} "tool_call_id" is ${typeName(message.tool_call_id)}, not a string`)
      else if (!state.toolCallIds.has(message.tool_call_id)) {
        report(
          'unknown_tool_call_id',
          `${at} answers tool_call_id ${preview(message.tool_call_id)}, which no earlier assistant tool call made`,
        )
      }
      break
    case 'function':
      if (!('name' in message)) report('message_missing_key', `${at} (function) has no "name"`)
      if (!('content' in message)) report('message_missing_key', `${at} (function) has no "content"`)
      else if (message.content !== null && typeof message.content !== 'string') {
        report(
          'invalid_content_type',
          `${at} (function) content is ${typeName(message.content)}; must be a string or null`,
        )
      }
      break
    default:
      checkRequiredContent(message, at, r, state, report)
  }
}

function checkRequiredContent(message: JsonObject, at: string, role: Role, state: ExampleState, report: Report): void {
  if (!('content' in message)) {
    report('message_missing_key', `${at} (${role}) has no "content"`)
    return
  }
  const content = message.content
  if (typeof content === 'string') {
    if (content.length === 0) report('missing_content', `${at} (${role}) has empty content`)
    return
  }
  checkContentParts(content, at, role, state, report)
}

function checkContentParts(content: unknown, at: string, role: Role, state: ExampleState, report: Report): void {
  if (!Array.isArray(content)) {
    const nullable = role === 'assistant' ? ', null' : ''
    report(
      'invalid_content_type',
      `${at} (${role}) content is ${typeName(content)}; must be a string${nullable} or an array of content parts`,
    )
    return
  }
  if (content.length === 0) {
    report('invalid_content_type', `${at} (${role}) content is an empty array; give at least one content part`)
    return
  }
  const allowed = PARTS_OF_ROLE[role]
  content.forEach((part, i) => {
    const pat = `${at}.content[${i}]`
    if (!isObject(part) || typeof part.type !== 'string') {
      report('invalid_content_part', `${pat} must be an object with a string "type"`)
      return
    }
    if (part.type === 'input_audio' || part.type === 'file') {
      report(
        'unsupported_content_part',
        `${pat} is a "${part.type}" part; the fine-tuning API trains on text and images only`,
      )
      return
    }
    if (!allowed.has(part.type)) {
      const known = part.type === 'text' || part.type === 'image_url' || part.type === 'refusal'
      const why = known ? `${role} messages accept only ${[...allowed].join(', ')} parts` : `unknown part type`
      report('invalid_content_part', `${pat} has type ${preview(part.type)}: ${why}`)
      return
    }
    switch (part.type) {
      case 'text':
        if (typeof part.text !== 'string') report('invalid_content_part', `${pat} (text) needs a string "text"`)
        break
      case 'refusal':
        if (typeof part.refusal !== 'string')
          report('invalid_content_part', `${pat} (refusal) needs a string "refusal"`)
        break
      case 'image_url':
        state.images++
        checkImage(part, pat, report)
        break
    }
  })
}

function checkImage(part: JsonObject, at: string, report: Report): void {
  const image = part.image_url
  if (!isObject(image) || typeof image.url !== 'string') {
    report('invalid_image_url', `${at} (image_url) needs "image_url": {"url": "..."}`)
    return
  }
  if (!/^(https?:\/\/\S+|data:image\/[a-z0-9.+-]+;base64,)/i.test(image.url)) {
    report(
      'invalid_image_url',
      `${at} image URL ${preview(image.url)} is neither an http(s) URL nor a data:image/...;base64 URL`,
    )
  }
  if ('detail' in image && image.detail !== 'auto' && image.detail !== 'low' && image.detail !== 'high') {
    report('invalid_image_url', `${at} image detail ${preview(image.detail)} must be auto, low or high`)
  }
}

function checkAssistant(
  message: JsonObject,
  at: string,
  rules: MessageRules,
  state: ExampleState,
  report: Report,
): void {
  state.assistants++
  const hasToolCalls = 'tool_calls' in message
  const hasFunctionCall = 'function_call' in message && message.function_call !== null
  if ('weight' in message && rules.weight) {
    if (message.weight !== 0 && message.weight !== 1)
      report('invalid_weight', `${at} weight is ${preview(message.weight)}; must be 0 or 1`)
  }
  if (!('weight' in message) || message.weight !== 0) state.trainedAssistants++

  const content = message.content
  if (content === undefined || content === null) {
    if (!hasToolCalls && !hasFunctionCall) {
      report('missing_content', `${at} (assistant) has no content, no tool_calls and no function_call`)
    }
  } else if (typeof content === 'string') {
    if (content.length === 0 && !hasToolCalls && !hasFunctionCall) {
      report('empty_assistant_content', `${at} (assistant) content is an empty string`)
    }
  } else {
    checkContentParts(content, at, 'assistant', state, report)
  }
  if ('refusal' in message && message.refusal !== null && typeof message.refusal !== 'string') {
    report('invalid_refusal', `${at} "refusal" is ${typeName(message.refusal)}; must be a string or null`)
  }
  if ('audio' in message && message.audio !== null) {
    report('unsupported_audio', `${at} has "audio"; the fine-tuning API does not train on audio`)
  }
  if (hasToolCalls) checkToolCalls(message.tool_calls, at, state, report)
  if ('function_call' in message && message.function_call !== null)
    checkFunctionCall(message.function_call, `${at}.function_call`, report)
}

function checkToolCalls(calls: unknown, at: string, state: ExampleState, report: Report): void {
  if (!Array.isArray(calls)) {
    report('invalid_tool_calls', `${at} "tool_calls" is ${typeName(calls)}, not an array`)
    return
  }
  calls.forEach((call, i) => {
    const cat = `${at}.tool_calls[${i}]`
    if (!isObject(call)) {
      report('invalid_tool_calls', `${cat} is ${typeName(call)}, not an object`)
      return
    }
    if (typeof call.id !== 'string') report('invalid_tool_calls', `${cat} needs a string "id"`)
    else state.toolCallIds.add(call.id)
    if (call.type !== 'function')
      report('invalid_tool_calls', `${cat} "type" is ${preview(call.type)}; must be "function"`)
    if (!isObject(call.function)) {
      report('invalid_tool_calls', `${cat} needs "function": {"name", "arguments"}`)
      return
    }
    checkFunctionCall(call.function, `${cat}.function`, report)
  })
}

function checkFunctionCall(fn: unknown, at: string, report: Report): void {
  const code = at.endsWith('.function_call') ? 'invalid_function_call' : 'invalid_tool_calls'
  if (!isObject(fn)) {
    report(code, `${at} is ${typeName(fn)}; must be {"name", "arguments"}`)
    return
  }
  if (typeof fn.name !== 'string') report(code, `${at} needs a string "name"`)
  if (!('arguments' in fn)) {
    report(code, `${at} needs "arguments" (a JSON-encoded string)`)
  } else if (typeof fn.arguments !== 'string') {
    report('tool_call_arguments_not_string', `${at}.arguments is ${typeName(fn.arguments)}; encode it as a JSON string`)
  } else if (!decodesToObject(fn.arguments)) {
    report('tool_call_arguments_not_json', `${at}.arguments ${preview(fn.arguments)} does not decode to a JSON object`)
  }
}

function decodesToObject(text: string): boolean {
  try {
    return isObject(JSON.parse(text))
  } catch {
    return false
  }
}

/** `tools` of chat, preference input and reinforcement examples. */
export function checkTools(tools: unknown, report: Report, at = 'tools'): void {
  if (!Array.isArray(tools)) {
    report('invalid_tools', `"${at}" is ${typeName(tools)}, not an array`)
    return
  }
  tools.forEach((tool, i) => {
    const tat = `${at}[${i}]`
    if (!isObject(tool)) {
      report('invalid_tools', `${tat} is ${typeName(tool)}, not an object`)
      return
    }
    if (tool.type !== 'function') report('invalid_tools', `${tat} "type" is ${preview(tool.type)}; must be "function"`)
    if (!isObject(tool.function)) {
      report('invalid_tools', `${tat} needs a "function" object`)
      return
    }
    checkFunctionDefinition(tool.function, `${tat}.function`, 'invalid_tools', report)
    if ('strict' in tool.function && tool.function.strict !== null && typeof tool.function.strict !== 'boolean') {
      report('invalid_tools', `${tat}.function "strict" must be a boolean`)
    }
  })
}

/** Legacy `functions` (1 to 128 definitions). */
export function checkFunctions(functions: unknown, report: Report): void {
  if (!Array.isArray(functions) || functions.length < 1 || functions.length > 128) {
    const what = Array.isArray(functions) ? `an array of ${functions.length}` : typeName(functions)
    report('invalid_functions', `"functions" is ${what}; must be an array of 1 to 128 function definitions`)
    return
  }
  functions.forEach((fn, i) => {
    if (!isObject(fn)) {
      report('invalid_functions', `functions[${i}] is ${typeName(fn)}, not an object`)
      return
    }
    checkFunctionDefinition(fn, `functions[${i}]`, 'invalid_functions', report)
  })
}

function checkFunctionDefinition(
  fn: JsonObject,
  at: string,
  code: 'invalid_tools' | 'invalid_functions',
  report: Report,
): void {
  if (typeof fn.name !== 'string') report(code, `${at} needs a string "name"`)
  else if (!FUNCTION_NAME.test(fn.name))
    report('invalid_function_name', `${at} name ${preview(fn.name)} must be 1-64 characters of a-z, A-Z, 0-9, _ and -`)
  if ('description' in fn && typeof fn.description !== 'string') report(code, `${at} "description" must be a string`)
  if ('parameters' in fn && !isObject(fn.parameters)) report(code, `${at} "parameters" must be a JSON Schema object`)
}
