import type { FinetuneEvent, FinetuneResponse, FineTuningCreateParams } from 'together-ai/resources/fine-tuning'

/** Simulated seconds a job spends in each state before the next. */
export interface TogetherSchedule {
  pendingSeconds: number
  queuedSeconds: number
  runningSeconds: number
  compressingSeconds: number
  uploadingSeconds: number
}

export const DEFAULT_TOGETHER_SCHEDULE: TogetherSchedule = {
  pendingSeconds: 5,
  queuedSeconds: 30,
  runningSeconds: 300,
  compressingSeconds: 20,
  uploadingSeconds: 20,
}

export interface StoredTogetherJob {
  id: string
  createdAt: number
  body: FineTuningCreateParams
  modelOutputName: string
  tokenCount: number
  totalPrice: number
  /** Why it fails halfway through running, if it does. */
  failure?: string
  cancelledAt?: number
}

type Phase = { status: FinetuneResponse['status']; from: number; events: [FinetuneEvent['type'], string][] }

/** Where the job is at `now`, and every event it has emitted by then, from its creation time and the schedule. */
export function jobAt(job: StoredTogetherJob, schedule: TogetherSchedule, now: number) {
  const s = schedule
  const t0 = job.createdAt
  const epochs = job.body.n_epochs ?? 1
  const start = t0 + s.pendingSeconds + s.queuedSeconds
  const phases: Phase[] = [
    { status: 'pending', from: t0, events: [['job_pending', 'Fine tune request created']] },
    { status: 'queued', from: t0 + s.pendingSeconds, events: [] },
    {
      status: 'running',
      from: start,
      events: [
        ['job_start', 'Job started at ' + new Date(start * 1000).toISOString()],
        ['model_downloading', `Downloading model data for ${job.body.model}`],
        ['training_data_downloading', 'Downloading training data'],
        ['training_start', 'Training started'],
      ],
    },
  ]
  const epochLength = s.runningSeconds / epochs
  if (job.failure) {
    phases.push({ status: 'error', from: start + s.runningSeconds / 2, events: [['job_error', job.failure]] })
  } else {
    for (let e = 1; e <= epochs; e++)
      phases.push({
        status: 'running',
        from: start + e * epochLength,
        events: [['epoch_complete', `Epoch completed, at step ${e * 10}`]],
      })
    const compress = start + s.runningSeconds
    phases.push(
      { status: 'compressing', from: compress, events: [['model_compressing', 'Compressing output model']] },
      {
        status: 'uploading',
        from: compress + s.compressingSeconds,
        events: [['model_uploading', 'Uploading output model']],
      },
      {
        status: 'completed',
        from: compress + s.compressingSeconds + s.uploadingSeconds,
        events: [
          ['model_upload_complete', `Model upload complete: ${job.modelOutputName}`],
          [
            'job_complete',
            `Job finished at ${new Date((compress + s.compressingSeconds + s.uploadingSeconds) * 1000).toISOString()}`,
          ],
        ],
      },
    )
  }
  let reached = phases.filter(p => p.from <= now)
  if (job.cancelledAt !== undefined) {
    reached = reached.filter(p => p.from <= job.cancelledAt!)
    reached.push({ status: 'cancelled', from: job.cancelledAt, events: [['cancel_requested', 'Job was cancelled']] })
  }
  const current = reached.at(-1)!
  const end = phases.at(-1)!.from
  const events: FinetuneEvent[] = reached.flatMap(p =>
    p.events.map(([type, message]) => ({
      object: 'fine-tune-event' as const,
      created_at: new Date(p.from * 1000).toISOString(),
      type,
      message,
      level: type === 'job_error' ? ('error' as const) : ('info' as const),
    })),
  )
  return {
    status: current.status,
    updatedAt: current.from,
    startedAt: now >= start ? start : undefined,
    secondsRemaining: Math.max(0, Math.round(end - now)),
    events,
  }
}
