import * as core from '@actions/core'
import { setTimeout as sleep } from 'node:timers/promises'
import OpenAI from 'openai'
import type { FineTuningJob, FineTuningJobEvent, JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs'
import { spendOnce } from './spend-once.js'

/** The metadata key that carries the training key (hash of data and recipe) on every job this action creates. */
export const TRAINING_KEY = 'fine_tune_action_key'
export const TERMINAL = new Set(['succeeded', 'failed', 'cancelled'])

/** A job for this exact data and recipe that can still deliver a model: not failed, not cancelled. */
export async function findJobByKey(client: OpenAI, key: string): Promise<FineTuningJob | undefined> {
  for await (const job of client.fineTuning.jobs.list({ metadata: { [TRAINING_KEY]: key }, limit: 100 })) {
    // Servers that ignore the filter still return the metadata: check it here.
    if (job.metadata?.[TRAINING_KEY] === key && job.status !== 'failed' && job.status !== 'cancelled') return job
  }
  return undefined
}

/** Creates the job once: a create whose response was lost may have created it, so look before trying again. */
export async function createJobOnce(client: OpenAI, body: JobCreateParams, key: string): Promise<FineTuningJob> {
  return spendOnce({
    what: 'creation of the fine-tuning job',
    lookup: () => findJobByKey(client, key),
    attempt: () => client.fineTuning.jobs.create(body, { maxRetries: 0 }),
  })
}

export interface Metric {
  step: number
  trainLoss?: number
  validLoss?: number
  tokenAccuracy?: number
}

export interface WaitOptions {
  pollSeconds: number
  /** Epoch ms after which waiting stops (the job goes on). */
  deadline: number
  /** Called with each new event, oldest first. */
  onEvent?: (event: FineTuningJobEvent) => void
  /** Called with the job at every poll. */
  onPoll?: (job: FineTuningJob) => void
  signal?: AbortSignal
}

export type WaitResult = { job: FineTuningJob; outcome: 'finished' | 'timed-out' | 'aborted' }

/**
 * Polls until the job is succeeded, failed or cancelled (validating_files, queued, running and paused are not the
 * end), printing the events it has not printed yet. While queued, the interval grows, up to four times the base.
 */
export async function waitForJob(client: OpenAI, jobId: string, options: WaitOptions): Promise<WaitResult> {
  const seen = new Set<string>()
  let queuedPolls = 0
  for (;;) {
    const job = await client.fineTuning.jobs.retrieve(jobId)
    options.onPoll?.(job)
    await printNewEvents(client, jobId, seen, options.onEvent)
    if (TERMINAL.has(job.status)) return { job, outcome: 'finished' }
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

async function printNewEvents(client: OpenAI, jobId: string, seen: Set<string>, onEvent: WaitOptions['onEvent']): Promise<void> {
  // Events come newest first; read pages until one we have shown.
  const fresh: FineTuningJobEvent[] = []
  pages: for await (const event of client.fineTuning.jobs.listEvents(jobId, { limit: 100 })) {
    if (seen.has(event.id)) break pages
    fresh.push(event)
  }
  for (const event of fresh.reverse()) {
    seen.add(event.id)
    onEvent?.(event)
  }
}

export function metricOf(event: FineTuningJobEvent): Metric | undefined {
  if (event.type !== 'metrics' || typeof event.data !== 'object' || event.data === null) return undefined
  const d = event.data as Record<string, unknown>
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  const step = num(d.step)
  if (step === undefined) return undefined
  return { step, trainLoss: num(d.train_loss), validLoss: num(d.valid_loss) ?? num(d.full_valid_loss), tokenAccuracy: num(d.train_mean_token_accuracy) }
}

export function describeEvent(event: FineTuningJobEvent, totalSteps?: number): string {
  const m = metricOf(event)
  if (!m) return event.message
  const parts = [`step ${m.step}${totalSteps ? `/${totalSteps}` : ''}`]
  if (m.trainLoss !== undefined) parts.push(`train loss ${m.trainLoss.toFixed(4)}`)
  if (m.validLoss !== undefined) parts.push(`valid loss ${m.validLoss.toFixed(4)}`)
  if (m.tokenAccuracy !== undefined) parts.push(`token accuracy ${m.tokenAccuracy.toFixed(3)}`)
  return parts.join(' · ')
}

export async function cancelJob(client: OpenAI, jobId: string): Promise<void> {
  await client.fineTuning.jobs.cancel(jobId)
  core.info(`Cancelled fine-tuning job ${jobId}.`)
}
