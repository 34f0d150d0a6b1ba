import { BadRequestError } from 'openai'
import type OpenAI from 'openai'
import type { ChatAnswer, ChatMessage, Sampling } from '../backend.js'

/** Per-request timeout for evaluation calls; the SDK retries (honouring retry-after) within this budget each. */
const CHAT_TIMEOUT_MS = 60_000
const CHAT_RETRIES = 4

/**
 * OpenAI's reasoning models, the gpt-5 family and the o-series (and fine-tunes of them, `ft:o4-mini-…:org::id`),
 * answer 400 `unsupported_value` to any temperature but their default.
 */
export function rejectsTemperature(model: string): boolean {
  const base = model.startsWith('ft:') ? (model.split(':')[1] ?? '') : model
  return /^(gpt-5|o\d)/.test(base)
}

function isTemperatureRefusal(error: unknown): boolean {
  return (
    error instanceof BadRequestError &&
    error.param === 'temperature' &&
    (error.code === 'unsupported_value' || error.code === 'unsupported_parameter')
  )
}

/**
 * One chat completion. `noTemperature` holds the models the server has refused a temperature for: a refusal is
 * retried once without it, and the model is remembered so that its later requests leave it out from the start.
 */
export async function complete(
  client: OpenAI,
  model: string,
  messages: ChatMessage[],
  sampling: Sampling,
  noTemperature: Set<string>,
): Promise<ChatAnswer> {
  const omitted = rejectsTemperature(model) ? 'model' : noTemperature.has(model) ? 'refused' : undefined
  try {
    return await ask(client, model, messages, sampling, omitted)
  } catch (error) {
    if (omitted !== undefined || !isTemperatureRefusal(error)) throw error
    noTemperature.add(model)
    return ask(client, model, messages, sampling, 'refused')
  }
}

async function ask(
  client: OpenAI,
  model: string,
  messages: ChatMessage[],
  sampling: Sampling,
  omitted: ChatAnswer['temperatureOmitted'],
): Promise<ChatAnswer> {
  const response = await client.chat.completions.create(
    {
      model,
      messages: messages as unknown as OpenAI.Chat.ChatCompletionMessageParam[],
      ...(omitted === undefined && { temperature: sampling.temperature }),
      // Marked beta in the SDK, but the one way to ask for the same answer twice; servers that ignore it do no harm.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      ...(sampling.seed !== undefined && { seed: sampling.seed }),
      max_completion_tokens: sampling.maxTokens,
    },
    { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES },
  )
  return {
    ...(omitted !== undefined && { temperatureOmitted: omitted }),
    text: response.choices[0]?.message?.content ?? '',
    promptTokens: response.usage?.prompt_tokens ?? 0,
    completionTokens: response.usage?.completion_tokens ?? 0,
  }
}

/** The server's `shutdown_date` for a model (YYYY-MM-DD), when it reports one; OpenAI adds it to deprecated models. */
export async function shutdownDate(client: OpenAI, model: string): Promise<string | undefined> {
  const info = (await client.models.retrieve(model, { maxRetries: 1 })) as unknown as { shutdown_date?: unknown }
  if (typeof info.shutdown_date === 'string') return info.shutdown_date.slice(0, 10)
  if (typeof info.shutdown_date === 'number') return new Date(info.shutdown_date * 1000).toISOString().slice(0, 10)
  return undefined
}
