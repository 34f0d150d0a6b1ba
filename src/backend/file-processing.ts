import { setTimeout as sleep } from 'node:timers/promises'

export interface ProcessingWait<F> {
  /** The file is still being processed: keep waiting. */
  pending(file: F): boolean
  /** The provider's word for where the file is, for the message. */
  status(file: F): string
  /** "name (id)", for the message. */
  name(file: F): string
  retrieve(file: F, signal?: AbortSignal): Promise<F>
}

/**
 * A server processes an uploaded file before a job may train on it: small files are ready in moments and large ones
 * take minutes, so the interval grows from a quarter second to five. Only the run's own limits end the wait (the
 * caller's signal: `timeout-minutes`, or the run cancelled), requests in flight included, and the failure says which.
 * The file stays on the server, so the next run finds it by its name instead of uploading it again.
 */
export async function waitProcessed<F>(file: F, wait: ProcessingWait<F>, signal?: AbortSignal): Promise<F> {
  const started = Date.now()
  let current = file
  try {
    for (let interval = 250; wait.pending(current); interval = Math.min(interval * 2, 5000)) {
      signal?.throwIfAborted()
      await sleep(interval, undefined, { signal })
      current = await wait.retrieve(current, signal)
    }
  } catch (error) {
    if (!signal?.aborted) throw error
    throw new Error(
      `${wait.name(current)} is still ${wait.status(current)} after ${duration(Date.now() - started)}: stopped waiting for the server to process it, as ${limitOf(signal)}. It stays on the server; the next run uses it instead of uploading it again.`,
    )
  }
  return current
}

/** What ended a wait, in words for a message: the reason a run's limits abort with, or the bare fact. */
export function limitOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return reason instanceof Error && reason.name === 'WaitLimit' ? reason.message : 'the wait was aborted'
}

function duration(ms: number): string {
  return ms < 120_000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 60_000).toFixed(1)} minutes`
}
