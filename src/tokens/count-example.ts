import type { DatasetFormat } from '../estimate/models.js'
import { isObject, type JsonObject } from '../dataset/json.js'
import type { TokenCounter } from './encodings.js'

/**
 * The cookbook method (Chat_finetuning_data_prep.ipynb): 3 tokens per message, the tokens of every string value of
 * the message, 1 more per `name`, 3 per example. Our figures equal the notebook's wherever it runs at all. Where it
 * crashes, the method extends as README documents: nested string values (tool calls, function calls, text parts)
 * count their text, each image counts IMAGE_TOKENS, tool and function definitions count their JSON text, and
 * numbers, booleans and nulls (such as `weight`) count nothing.
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
}

export function countExample(format: DatasetFormat, example: JsonObject, count: TokenCounter): ExampleCount {
  switch (format) {
    case 'chat':
    case 'reinforcement': {
      const c = countMessages(example.messages, count, format === 'chat')
      c.tokens += countDefinitions(example, count) + TOKENS_PER_EXAMPLE
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
      }
      c.tokens += countDefinitions(input, count) + TOKENS_PER_EXAMPLE
      return c
    }
    case 'completion': {
      const prompt = typeof example.prompt === 'string' ? count(example.prompt) : 0
      const completion = typeof example.completion === 'string' ? count(example.completion) : 0
      return { tokens: prompt + completion, assistantTokens: completion, messages: 0 }
    }
  }
}

function countMessages(messages: unknown, count: TokenCounter, trainAssistant: boolean): ExampleCount {
  const result: ExampleCount = { tokens: 0, assistantTokens: 0, messages: 0 }
  if (!Array.isArray(messages)) return result
  for (const message of messages) {
    result.messages++
    result.tokens += TOKENS_PER_MESSAGE
    if (!isObject(message)) continue
    const trained = trainAssistant && message.role === 'assistant' && message.weight !== 0
    for (const key in message) {
      const value = message[key]
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

/** Tool and function definitions are read by the model as their JSON text; they repeat, so the memo catches them. */
function countDefinitions(holder: JsonObject, count: TokenCounter): number {
  let n = 0
  if (Array.isArray(holder.tools)) n += count(JSON.stringify(holder.tools))
  if (Array.isArray(holder.functions)) n += count(JSON.stringify(holder.functions))
  return n
}
