import type OpenAI from 'openai'
import type { ChatAnswer, ChatMessage, Sampling } from '../backend.js'

/** Per-request timeout for evaluation calls; the SDK retries (honouring retry-after) within this budget each. */
const CHAT_TIMEOUT_MS = 60_000
const CHAT_RETRIES = 4

export async function complete(
  client: OpenAI,
  model: string,
  messages: ChatMessage[],
  sampling: Sampling,
): Promise<ChatAnswer> {
  const response = await client.chat.completions.create(
    {
      model,
      messages: messages as unknown as OpenAI.Chat.ChatCompletionMessageParam[],
      temperature: sampling.temperature,
      // Marked beta in the SDK, but the one way to ask for the same answer twice; servers that ignore it do no harm.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
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

/** The server's `shutdown_date` for a model (YYYY-MM-DD), when it reports one; OpenAI adds it to deprecated models. */
export async function shutdownDate(client: OpenAI, model: string): Promise<string | undefined> {
  const info = (await client.models.retrieve(model, { maxRetries: 1 })) as unknown as { shutdown_date?: unknown }
  if (typeof info.shutdown_date === 'string') return info.shutdown_date.slice(0, 10)
  if (typeof info.shutdown_date === 'number') return new Date(info.shutdown_date * 1000).toISOString().slice(0, 10)
  return undefined
}
