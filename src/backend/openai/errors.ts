import { APIConnectionError, APIError, RateLimitError } from 'openai'
import type { Failure } from '../spend-once.js'

/** The openai SDK's typed errors, read for `spendOnce`. */
export function classifyOpenAIError(error: unknown): Failure {
  if (error instanceof RateLimitError) return { kind: 'refused', retryAfterMs: retryAfterMs(error) }
  if (error instanceof APIConnectionError || (error instanceof APIError && (error.status ?? 0) >= 500))
    return { kind: 'maybe-done' }
  return { kind: 'final' }
}

function retryAfterMs(error: APIError): number | undefined {
  const header = error.headers?.get('retry-after-ms') ?? undefined
  if (header && Number.isFinite(Number(header))) return Number(header)
  const seconds = error.headers?.get('retry-after')
  return seconds && Number.isFinite(Number(seconds)) ? Number(seconds) * 1000 : undefined
}
