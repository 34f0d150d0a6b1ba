import type Together from 'together-ai'
import { APIError } from 'together-ai'
import type { CompletionCreateParamsNonStreaming } from 'together-ai/resources/chat/completions'
import { InputError } from '../../errors.js'
import type { ChatAnswer, ChatMessage, Sampling } from '../backend.js'

const CHAT_TIMEOUT_MS = 60_000
const CHAT_RETRIES = 4

export async function complete(
  client: Together,
  model: string,
  messages: ChatMessage[],
  sampling: Sampling,
): Promise<ChatAnswer> {
  const response = await client.chat.completions.create(
    {
      model,
      messages: messages as unknown as CompletionCreateParamsNonStreaming['messages'],
      temperature: sampling.temperature,
      ...(sampling.seed !== undefined && { seed: sampling.seed }),
      max_tokens: sampling.maxTokens,
    },
    { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES },
  )
  const content = response.choices[0]?.message?.content
  return {
    text: typeof content === 'string' ? content : '',
    promptTokens: response.usage?.prompt_tokens ?? 0,
    completionTokens: response.usage?.completion_tokens ?? 0,
  }
}

/** Together's words for a model that only a dedicated endpoint serves. */
const NEEDS_ENDPOINT = /non-serverless|dedicated endpoint|model_not_available/i

/**
 * A fine-tune on Together answers serverless only where Together serves its adapter (LoRA on supported bases); any
 * other needs a dedicated endpoint. One short request tells which, so that the evaluation says so instead of
 * reporting every case as an error.
 */
export async function checkServed(client: Together, model: string): Promise<void> {
  try {
    await client.chat.completions.create(
      { model, messages: [{ role: 'user', content: 'ping' }], max_tokens: 1, temperature: 0 },
      { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES },
    )
  } catch (error) {
    if (
      error instanceof APIError &&
      (error.status === 400 || error.status === 404) &&
      NEEDS_ENDPOINT.test(`${error.message} ${JSON.stringify(error.error ?? '')}`)
    )
      throw new InputError(
        `Together AI does not serve ${model} without a dedicated endpoint, so it cannot be evaluated as it is: create one (https://api.together.ai/models/${model}, or \`together endpoints create --model ${model}\`) and set eval-model to the endpoint's model name, or fine-tune with training-type: lora on a base model Together serves with LoRA adapters. (${error.message})`,
      )
    throw error
  }
}
