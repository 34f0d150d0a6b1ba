import * as core from '@actions/core'
import { logData } from '../action-io.js'
import { setTimeout as sleep } from 'node:timers/promises'
import {
  TERMINAL_STATUSES,
  type Checkpoint,
  type FineTuningBackend,
  type JobEvent,
  type Metric,
  type TrainingJob,
} from '../backend/index.js'
import { messageOf } from '../errors.js'
import { describeEvent } from '../report/training.js'
import type { WaitLimits } from './wait-limits.js'

export type WaitOutcome = 'finished' | 'timed-out' | 'aborted'

export interface WaitOptions {
  pollSeconds: number
  /** The run's limits: its deadline (the job goes on after it) and its signal (the deadline, or a cancel). */
  limits: Pick<WaitLimits, 'deadline' | 'signal' | 'cancelled'>
  /** Called with each new event, oldest first. */
  onEvent?: (event: JobEvent) => void
  /** Called with the job at every poll. */
  onPoll?: (job: TrainingJob) => void
}

/**
 * Polls until the job is succeeded, failed or cancelled (validating_files, queued, running and paused are not the
 * end), handing over the events not seen yet. While queued, the interval grows, up to four times the base. The
 * deadline and the signal bound everything, the requests in flight included: a server that never answers, or
 * never ends its pages, cannot hold the run past either.
 */
export async function waitForJob(
  backend: FineTuningBackend,
  job: TrainingJob,
  options: WaitOptions,
): Promise<{ job: TrainingJob; outcome: WaitOutcome }> {
  const seen = new Set<string>()
  const { deadline, signal, cancelled } = options.limits
  const ended = (): WaitOutcome => (cancelled.aborted ? 'aborted' : 'timed-out')
  let last = job
  let queuedPolls = 0
  for (;;) {
    try {
      last = await backend.getJob(job.id, signal)
      options.onPoll?.(last)
      for (const event of await backend.newEvents(job.id, seen, signal)) options.onEvent?.(event)
    } catch (error) {
      if (signal.aborted) return { job: last, outcome: ended() }
      throw error
    }
    if (TERMINAL_STATUSES.has(last.status)) return { job: last, outcome: 'finished' }
    queuedPolls = last.status === 'queued' ? queuedPolls + 1 : 0
    const interval = options.pollSeconds * 1000 * Math.min(4, 1 + Math.floor(queuedPolls / 4))
    if (Date.now() + interval > deadline) return { job: last, outcome: 'timed-out' }
    try {
      await sleep(interval, undefined, { signal })
    } catch {
      return { job: last, outcome: ended() }
    }
  }
}

export interface FollowSettings {
  pollInterval: number
  cancelOnAbort: boolean
}

/**
 * Waits for the job, printing its state changes and events, within the run's limits: `timeout-minutes`, and the
 * first signal when the runner cancels the run (SIGINT, then SIGTERM), which ends the wait at once, requests in
 * flight included. The job keeps running unless cancel-on-abort says otherwise: what is already paid for is not
 * thrown away.
 */
export async function followJob(
  backend: FineTuningBackend,
  job: TrainingJob,
  settings: FollowSettings,
  limits: WaitLimits,
): Promise<{ job: TrainingJob; outcome: WaitOutcome; metrics: Metric[] }> {
  const metrics: Metric[] = []
  let lastStatus: string = job.providerStatus ?? job.status
  let lastEstimate: number | null | undefined
  const waited = await waitForJob(backend, job, {
    pollSeconds: settings.pollInterval,
    limits,
    onPoll: polled => {
      const status = polled.providerStatus ?? polled.status
      if (status !== lastStatus) logData(`Job ${polled.id}: ${lastStatus} → ${(lastStatus = status)}`)
      if (polled.estimatedFinish && polled.estimatedFinish !== lastEstimate && !polled.finishedAt) {
        lastEstimate = polled.estimatedFinish
        core.info(`Estimated finish: ${new Date(polled.estimatedFinish * 1000).toISOString()}`)
      }
    },
    onEvent: event => {
      if (event.metric) metrics.push(event.metric)
      logData(`${new Date(event.createdAt * 1000).toISOString()} ${describeEvent(event)}`)
    },
  })
  if (waited.outcome === 'aborted') {
    if (settings.cancelOnAbort) await cancel(backend, job.id)
    else logData(`Job ${job.id} keeps running; follow it later with job-id: ${job.id}`)
  }
  return { ...waited, metrics }
}

async function cancel(backend: FineTuningBackend, id: string): Promise<void> {
  try {
    await backend.cancelJob(id)
    core.info(`Cancelled fine-tuning job ${id}.`)
  } catch (error) {
    core.warning(`Could not cancel ${id}: ${messageOf(error)}`)
  }
}

/** The saved checkpoints of a succeeded job; a provider that cannot list them leaves the table out. */
export async function finishedCheckpoints(backend: FineTuningBackend, job: TrainingJob): Promise<Checkpoint[]> {
  if (job.status !== 'succeeded') return []
  try {
    return await backend.checkpoints(job.id)
  } catch (error) {
    logData(`Checkpoints not available: ${messageOf(error)}`)
    return []
  }
}
