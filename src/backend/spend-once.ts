import * as core from '@actions/core'
import { setTimeout as sleep } from 'node:timers/promises'
import { messageOf } from '../errors.js'

/**
 * How a failed call that costs money ended, as far as the caller can tell: `maybe-done` when the response was lost
 * (connection reset, timeout, 5xx) and the request may still have taken effect; `refused` when the server said no
 * for now (429) and asks to come back after `retryAfterMs`; `final` for anything else.
 */
export type Failure = { kind: 'maybe-done' } | { kind: 'refused'; retryAfterMs?: number } | { kind: 'final' }

export interface SpendOnceOptions<T> {
  /** What it is, for the log: "upload of train.jsonl", "creation of the fine-tuning job". */
  what: string
  /** Finds the result of an earlier attempt whose response was lost; undefined when there is none. */
  lookup: () => Promise<T | undefined>
  /** The call that costs money; it must not retry on its own. */
  attempt: () => Promise<T>
  /** The provider SDK's errors, read as a `Failure`. */
  classify: (error: unknown) => Failure
}

const ATTEMPTS = 5
/** Delay before the second attempt, doubled for each further one. */
const BACKOFF_MS = 1000

/**
 * A call that must never happen twice: when its response is lost, we look for its result before trying again. A
 * refused call did not happen, so it is simply retried after the time the server asks for.
 */
export async function spendOnce<T>(options: SpendOnceOptions<T>): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await options.attempt()
    } catch (error) {
      const failure = options.classify(error)
      if (failure.kind === 'final' || i >= ATTEMPTS) throw error
      const backoff = BACKOFF_MS * 2 ** (i - 1)
      const wait = failure.kind === 'refused' ? (failure.retryAfterMs ?? backoff) : backoff
      const maybeDone = failure.kind === 'maybe-done'
      core.info(
        `The ${options.what} did not get through (${messageOf(error)}); ${maybeDone ? 'checking whether it took effect, then ' : ''}retrying in ${Math.round(wait / 1000)} s (attempt ${i + 1} of ${ATTEMPTS}).`,
      )
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
