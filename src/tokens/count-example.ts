import type { EncodingName } from '../estimate/models.js'
import type { DatasetFormat } from '../dataset/formats.js'
import { isObject, type JsonObject } from '../dataset/json.js'
import type { TokenCounter } from './encodings.js'

/**
 * The cookbook method (Chat_finetuning_data_prep.ipynb): 3 tokens per message, the tokens of every string value of
 * the message, 1 more per `name`, 3 per example. Our figures equal the notebook's wherever it runs at all. Where it
 * crashes, the method extends as README documents: nested string values (tool calls, function calls, text parts)
 * count their text, each image counts IMAGE_TOKENS, and numbers, booleans and nulls (such as `weight`) count nothing.
 * Tool and function definitions are counted by the cookbook's function-calling method (`num_tokens_for_tools` in
 * How_to_count_tokens_with_tiktoken.ipynb), see countTools.
 */
export const TOKENS_PER_MESSAGE = 3
export const TOKENS_PER_NAME = 1
export const TOKENS_PER_EXAMPLE = 3
/** An image at low detail; high-detail images cost more, so this is a floor. */
export const IMAGE_TOKENS = 85

export interface ExampleCount {
  tokens: number
  /** Tokens of trained assistant messages (weight 1 or none); the answer tokens for DPO and completions. */
  assistantTokens: number
  messages: number
  /** Image parts in the example's messages. */
  images: number
}

/**
 * The fixed costs of `num_tokens_for_tools`, per model family: the cookbook gives gpt-4o and gpt-4o-mini (o200k_base)
 * func_init 7, gpt-3.5-turbo and gpt-4 (cl100k_base) 10; the other constants are the same for both.
 */
export interface ToolOverheads {
  funcInit: number
  propInit: number
  propKey: number
  enumInit: number
  enumItem: number
  funcEnd: number
}
export const TOOL_OVERHEADS: Record<EncodingName, ToolOverheads> = {
  o200k_base: { funcInit: 7, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 },
  cl100k_base: { funcInit: 10, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 },
}

export function countExample(
  format: DatasetFormat,
  example: JsonObject,
  count: TokenCounter,
  encoding: EncodingName = 'o200k_base',
): ExampleCount {
  const tools = TOOL_OVERHEADS[encoding]
  switch (format) {
    case 'chat':
    case 'reinforcement': {
      const c = countMessages(example.messages, count, format === 'chat')
      c.tokens += countDefinitions(example, count, tools) + TOKENS_PER_EXAMPLE
      return c
    }
    case 'preference': {
      const input = isObject(example.input) ? example.input : {}
      const c = countMessages(input.messages, count, false)
      for (const key of ['preferred_output', 'non_preferred_output']) {
        const out = countMessages(example[key], count, true)
        c.tokens += out.tokens
        c.assistantTokens += out.assistantTokens
        c.messages += out.messages
        c.images += out.images
      }
      c.tokens += countDefinitions(input, count, tools) + TOKENS_PER_EXAMPLE
      return c
    }
    case 'completion': {
      const prompt = typeof example.prompt === 'string' ? count(example.prompt) : 0
      const completion = typeof example.completion === 'string' ? count(example.completion) : 0
      return { tokens: prompt + completion, assistantTokens: completion, messages: 0, images: 0 }
    }
    case 'text': {
      const tokens = typeof example.text === 'string' ? count(example.text) : 0
      return { tokens, assistantTokens: tokens, messages: 0, images: 0 }
    }
  }
}

function countMessages(messages: unknown, count: TokenCounter, trainAssistant: boolean): ExampleCount {
  const result: ExampleCount = { tokens: 0, assistantTokens: 0, messages: 0, images: 0 }
  if (!Array.isArray(messages)) return result
  for (const message of messages) {
    result.messages++
    result.tokens += TOKENS_PER_MESSAGE
    if (!isObject(message)) continue
    const trained = trainAssistant && message.role === 'assistant' && message.weight !== 0
    for (const key in message) {
      const value = message[key]
      if (key === 'content' && Array.isArray(value))
        result.images += value.filter(p => isObject(p) && p.type === 'image_url').length
      const n = key === 'content' ? countContent(value, count) : countStrings(value, count)
      result.tokens += n
      if (key === 'name') result.tokens += TOKENS_PER_NAME
      if (trained && (key === 'content' || key === 'tool_calls' || key === 'function_call')) result.assistantTokens += n
    }
  }
  return result
}

function countContent(content: unknown, count: TokenCounter): number {
  if (typeof content === 'string') return count(content)
  if (!Array.isArray(content)) return 0
  let n = 0
  for (const part of content) {
    if (!isObject(part)) continue
    if (part.type === 'image_url') n += IMAGE_TOKENS
    else if (typeof part.text === 'string') n += count(part.text)
    else if (typeof part.refusal === 'string') n += count(part.refusal)
  }
  return n
}

/** Every string leaf of a value (tool calls, function calls): their text is what the model reads or writes. */
function countStrings(value: unknown, count: TokenCounter): number {
  if (typeof value === 'string') return count(value)
  if (typeof value !== 'object' || value === null) return 0
  let n = 0
  if (Array.isArray(value)) for (const v of value) n += countStrings(v, count)
  else for (const key in value) n += countStrings((value as JsonObject)[key], count)
  return n
}

/** Tool (`tools`) and legacy function (`functions`) definitions, by the cookbook's function-calling method. */
function countDefinitions(holder: JsonObject, count: TokenCounter, overheads: ToolOverheads): number {
  const functions: unknown[] = []
  if (Array.isArray(holder.tools)) for (const t of holder.tools) functions.push(isObject(t) ? t.function : undefined)
  if (Array.isArray(holder.functions)) functions.push(...(holder.functions as unknown[]))
  return countTools(functions, count, overheads)
}

const withoutFinalDot = (text: string) => (text.endsWith('.') ? text.slice(0, -1) : text)
const text = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value)

/**
 * `num_tokens_for_tools` of OpenAI's cookbook, less its messages part: per function func_init, the tokens of
 * `name:description` (final dot dropped); when it has properties, prop_init, then per top-level property prop_key, the
 * tokens of `key:type:description` (final dot dropped) and, for an enum, enum_init plus enum_item and the tokens of each
 * item; func_end once when there is any function. Where the cookbook would crash (a missing description or type), the
 * missing part counts as empty text; a non-string type or enum item counts as its JSON text. Nested properties count
 * nothing, as in the cookbook.
 */
export function countTools(
  functions: readonly unknown[],
  count: TokenCounter,
  o: ToolOverheads = TOOL_OVERHEADS.o200k_base,
): number {
  if (functions.length === 0) return 0
  let n = 0
  for (const f of functions) {
    n += o.funcInit
    if (!isObject(f)) continue
    n += count(`${text(f.name)}:${withoutFinalDot(text(f.description))}`)
    const properties = isObject(f.parameters) && isObject(f.parameters.properties) ? f.parameters.properties : {}
    const keys = Object.keys(properties)
    if (keys.length === 0) continue
    n += o.propInit
    for (const key of keys) {
      n += o.propKey
      const p = isObject(properties[key]) ? properties[key] : {}
      if (Array.isArray(p.enum)) {
        n += o.enumInit
        for (const item of p.enum) n += o.enumItem + count(text(item))
      }
      n += count(`${key}:${text(p.type)}:${withoutFinalDot(text(p.description))}`)
    }
  }
  return n + o.funcEnd
}
