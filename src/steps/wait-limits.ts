import * as core from '@actions/core'

/** Node's timers hold at most 2^31 - 1 ms (24.8 days); a longer delay would fire at once. */
const LONGEST_TIMER_MS = 2 ** 31 - 1

/** Why a run's limits ended a wait, in words that finish "stopped waiting, as …" (backend/file-processing.ts). */
class WaitLimit extends Error {
  override name = 'WaitLimit'
}

/**
 * What bounds every wait on the provider in a train run, the files' processing after upload and the job alike:
 * `timeout-minutes` from the moment the run starts on the provider, and the first SIGINT or SIGTERM from the runner.
 * While they hold, those signals no longer end the process: the waits end at once instead and the run says why.
 */
export class WaitLimits {
  /** Epoch ms when the time is up. */
  readonly deadline: number
  /** Aborted by the first SIGINT or SIGTERM. */
  readonly cancelled: AbortSignal
  /** Aborted by the first signal or when the time is up; its reason says which. */
  readonly signal: AbortSignal
  private readonly cancel = new AbortController()
  private readonly timer: NodeJS.Timeout
  private readonly onSignal = (name: string) => {
    core.info(`Received ${name}: the run is being cancelled.`)
    this.cancel.abort(new WaitLimit(`the run was cancelled (${name})`))
  }

  constructor(readonly timeoutMinutes: number) {
    const ms = timeoutMinutes * 60_000
    this.deadline = Date.now() + ms
    const timeUp = new AbortController()
    this.timer = setTimeout(
      () => {
        timeUp.abort(new WaitLimit(`timeout-minutes (${timeoutMinutes}) ran out`))
      },
      Math.min(ms, LONGEST_TIMER_MS),
    ).unref()
    this.cancelled = this.cancel.signal
    this.signal = AbortSignal.any([this.cancel.signal, timeUp.signal])
    process.once('SIGINT', this.onSignal)
    process.once('SIGTERM', this.onSignal)
  }

  /** Throws, naming the limit, when the run must not start `what` (a call that costs money) any more. */
  checkBefore(what: string): void {
    if (this.signal.aborted) throw new Error(`Stopped before ${what}, as ${(this.signal.reason as Error).message}.`)
  }

  /** The signals end the process again, as they do outside the waits. */
  dispose(): void {
    clearTimeout(this.timer)
    process.off('SIGINT', this.onSignal)
    process.off('SIGTERM', this.onSignal)
  }
}
