import type OpenAI from 'openai'

export interface Sampling {
  /** Always 0 for evaluation: the same question gets the same answer, for every model. */
  temperature: number
  seed?: number
  maxTokens: number
}

export interface ChatAnswer {
  text: string
  promptTokens: number
  completionTokens: number
}

/** Per-request timeout for evaluation calls; the SDK retries (honouring retry-after) within this budget each. */
export const CHAT_TIMEOUT_MS = 60_000
export const CHAT_RETRIES = 4

export async function complete(client: OpenAI, model: string, messages: Record<string, unknown>[], sampling: Sampling): Promise<ChatAnswer> {
  const response = await client.chat.completions.create(
    {
      model,
      messages: messages as unknown as OpenAI.Chat.ChatCompletionMessageParam[],
      temperature: sampling.temperature,
      ...(sampling.seed !== undefined && { seed: sampling.seed }),
      max_completion_tokens: sampling.maxTokens,
    },
    { timeout: CHAT_TIMEOUT_MS, maxRetries: CHAT_RETRIES },
  )
  return {
    text: response.choices[0]?.message?.content ?? '',
    promptTokens: response.usage?.prompt_tokens ?? 0,
    completionTokens: response.usage?.completion_tokens ?? 0,
  }
}
