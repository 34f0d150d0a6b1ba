import { APIConnectionError, APIError, RateLimitError } from 'together-ai'
import type { Failure } from '../spend-once.js'

/** The together-ai SDK's typed errors (and a failed upload PUT), read for `spendOnce`. */
export function classifyTogetherError(error: unknown): Failure {
  if (error instanceof RateLimitError) return { kind: 'refused', retryAfterMs: retryAfterMs(error.headers) }
  if (error instanceof APIConnectionError || (error instanceof APIError && (error.status ?? 0) >= 500))
    return { kind: 'maybe-done' }
  if (error instanceof UploadError)
    return error.status === 429 ? { kind: 'refused' } : error.status >= 500 ? { kind: 'maybe-done' } : { kind: 'final' }
  // fetch() rejects with a TypeError when the connection drops: the request may have arrived.
  if (error instanceof TypeError && /fetch failed|terminated|socket/i.test(error.message)) return { kind: 'maybe-done' }
  return { kind: 'final' }
}

/** A step of Together's upload flow (the POST that names the file, the PUT of its bytes) answered with an error. */
export class UploadError extends Error {
  override name = 'UploadError'

  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message)
  }
}

function retryAfterMs(headers: Headers | undefined): number | undefined {
  const seconds = headers?.get('retry-after')
  return seconds && Number.isFinite(Number(seconds)) ? Number(seconds) * 1000 : undefined
}
