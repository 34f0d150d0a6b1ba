import * as core from '@actions/core'
import { APIConnectionError, APIError, RateLimitError } from 'openai'
import { setTimeout as sleep } from 'node:timers/promises'
import { messageOf } from '../errors.js'

export interface SpendOnceOptions<T> {
  /** What it is, for the log: "upload of train.jsonl", "job creation". */
  what: string
  /** Finds the result of an earlier attempt whose response was lost; undefined when there is none. */
  lookup: () => Promise<T | undefined>
  /** The call that costs money; it must not retry on its own. */
  attempt: () => Promise<T>
}

const ATTEMPTS = 5
/** Delay before the second attempt, doubled for each further one. */
const BACKOFF_MS = 1000

/**
 * A call that must never happen twice: when its response is lost (connection reset, timeout, 5xx), the request may
 * still have taken effect, so we look for its result before trying again. A 429 was refused, so it is simply retried
 * after the time the server asks for.
 */
export async function spendOnce<T>(options: SpendOnceOptions<T>): Promise<T> {
  const attempts = ATTEMPTS
  const backoff = BACKOFF_MS
  for (let i = 1; ; i++) {
    try {
      return await options.attempt()
    } catch (error) {
      const maybeDone = error instanceof APIConnectionError || (error instanceof APIError && (error.status ?? 0) >= 500)
      const refused = error instanceof RateLimitError
      if ((!maybeDone && !refused) || i >= attempts) throw error
      const wait = refused ? retryAfterMs(error) ?? backoff * 2 ** (i - 1) : backoff * 2 ** (i - 1)
      core.info(`The ${options.what} did not get through (${messageOf(error)}); ${maybeDone ? 'checking whether it took effect, then ' : ''}retrying in ${Math.round(wait / 1000)} s (attempt ${i + 1} of ${attempts}).`)
      await sleep(wait)
      if (maybeDone) {
        const done = await options.lookup()
        if (done !== undefined) {
          core.info(`The ${options.what} had taken effect after all: using it.`)
          return done
        }
      }
    }
  }
}

function retryAfterMs(error: APIError): number | undefined {
  const header = error.headers?.get('retry-after-ms') ?? undefined
  if (header && Number.isFinite(Number(header))) return Number(header)
  const seconds = error.headers?.get('retry-after')
  return seconds && Number.isFinite(Number(seconds)) ? Number(seconds) * 1000 : undefined
}
