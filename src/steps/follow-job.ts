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

export type WaitOutcome = 'finished' | 'timed-out' | 'aborted'

export interface WaitOptions {
  pollSeconds: number
  /** Epoch ms after which waiting stops (the job goes on). */
  deadline: number
  /** Called with each new event, oldest first. */
  onEvent?: (event: JobEvent) => void
  /** Called with the job at every poll. */
  onPoll?: (job: TrainingJob) => void
  signal?: AbortSignal
}

/**
 * Polls until the job is succeeded, failed or cancelled (validating_files, queued, running and paused are not the
 * end), handing over the events not seen yet. While queued, the interval grows, up to four times the base.
 */
export async function waitForJob(
  backend: FineTuningBackend,
  jobId: string,
  options: WaitOptions,
): Promise<{ job: TrainingJob; outcome: WaitOutcome }> {
  const seen = new Set<string>()
  let queuedPolls = 0
  for (;;) {
    const job = await backend.getJob(jobId)
    options.onPoll?.(job)
    for (const event of await backend.newEvents(jobId, seen)) options.onEvent?.(event)
    if (TERMINAL_STATUSES.has(job.status)) return { job, outcome: 'finished' }
    queuedPolls = job.status === 'queued' ? queuedPolls + 1 : 0
    const interval = options.pollSeconds * 1000 * Math.min(4, 1 + Math.floor(queuedPolls / 4))
    if (Date.now() + interval > options.deadline) return { job, outcome: 'timed-out' }
    try {
      await sleep(interval, undefined, { signal: options.signal })
    } catch {
      return { job, outcome: 'aborted' }
    }
  }
}

export interface FollowSettings {
  pollInterval: number
  timeoutMinutes: number
  cancelOnAbort: boolean
}

/**
 * Waits for the job, printing its state changes and events. When the runner cancels the run (SIGINT, then
 * SIGTERM), the job keeps running unless cancel-on-abort says otherwise: what is already paid for is not thrown away.
 */
export async function followJob(
  backend: FineTuningBackend,
  job: TrainingJob,
  settings: FollowSettings,
): Promise<{ job: TrainingJob; outcome: WaitOutcome; metrics: Metric[] }> {
  const abort = new AbortController()
  const onSignal = (signal: string) => {
    core.info(`Received ${signal}: the run is being cancelled.`)
    abort.abort()
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  const metrics: Metric[] = []
  let lastStatus: string = job.status
  let lastEstimate: number | null | undefined
  try {
    const waited = await waitForJob(backend, job.id, {
      pollSeconds: settings.pollInterval,
      deadline: Date.now() + settings.timeoutMinutes * 60_000,
      signal: abort.signal,
      onPoll: polled => {
        if (polled.status !== lastStatus) logData(`Job ${polled.id}: ${lastStatus} → ${(lastStatus = polled.status)}`)
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
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
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
