import type OpenAI from 'openai'
import type { FineTuningJob, FineTuningJobEvent, JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs'
import type { Checkpoint, JobEvent, JobRequest, Metric, TrainingJob } from '../backend.js'
import { spendOnce } from '../spend-once.js'
import { TRAINING_KEY } from '../training-key.js'
import { classifyOpenAIError } from './errors.js'

/** A job for this exact data and recipe that can still deliver a model: not failed, not cancelled. */
export async function findJobByKey(client: OpenAI, key: string): Promise<TrainingJob | undefined> {
  for await (const job of client.fineTuning.jobs.list({ metadata: { [TRAINING_KEY]: key }, limit: 100 })) {
    // Servers that ignore the filter still return the metadata: check it here.
    if (job.metadata?.[TRAINING_KEY] === key && job.status !== 'failed' && job.status !== 'cancelled')
      return toTrainingJob(job)
  }
  return undefined
}

/**
 * Creates the job once: a create whose response was lost may have created it, so look before trying again.
 * `extraBody` carries a provider's own fields (Azure's training tier).
 */
export async function createJobOnce(
  client: OpenAI,
  request: JobRequest,
  extraBody: Record<string, unknown> = {},
): Promise<TrainingJob> {
  return spendOnce({
    what: 'creation of the fine-tuning job',
    lookup: () => findJobByKey(client, request.key),
    attempt: async () =>
      toTrainingJob(await client.fineTuning.jobs.create({ ...createParams(request), ...extraBody }, { maxRetries: 0 })),
    classify: classifyOpenAIError,
  })
}

/** The request body: `method: {type, <type>: {hyperparameters, grader}}`, with the key and labels in metadata. */
export function createParams(r: JobRequest): JobCreateParams {
  const hp = r.hyperparameters
  const hyperparameters = withoutUndefined({
    n_epochs: hp.nEpochs,
    batch_size: hp.batchSize,
    learning_rate_multiplier: hp.learningRateMultiplier,
    ...(r.method === 'dpo' && { beta: hp.beta }),
  })
  return {
    model: r.baseModel,
    training_file: r.trainingFileId,
    ...(r.validationFileId && { validation_file: r.validationFileId }),
    ...(r.suffix && { suffix: r.suffix }),
    ...(r.seed !== undefined && { seed: r.seed }),
    method: {
      type: r.method,
      [r.method]: { hyperparameters, ...(r.grader !== undefined && { grader: r.grader }) },
    },
    metadata: { [TRAINING_KEY]: r.key, ...r.labels },
  }
}

export async function getJob(client: OpenAI, id: string): Promise<TrainingJob> {
  return toTrainingJob(await client.fineTuning.jobs.retrieve(id))
}

export async function newEvents(client: OpenAI, id: string, seen: Set<string>): Promise<JobEvent[]> {
  // Events come newest first; read pages until one we have shown.
  const fresh: FineTuningJobEvent[] = []
  for await (const event of client.fineTuning.jobs.listEvents(id, { limit: 100 })) {
    if (seen.has(event.id)) break
    fresh.push(event)
  }
  for (const event of fresh) seen.add(event.id)
  return fresh.reverse().map(toJobEvent)
}

export async function checkpoints(client: OpenAI, id: string): Promise<Checkpoint[]> {
  const out: Checkpoint[] = []
  for await (const c of client.fineTuning.jobs.checkpoints.list(id, { limit: 20 })) {
    const m = c.metrics
    out.push({
      step: c.step_number,
      model: c.fine_tuned_model_checkpoint,
      trainLoss: m.train_loss,
      validLoss: m.valid_loss ?? m.full_valid_loss,
    })
  }
  return out.sort((a, b) => a.step - b.step)
}

export function toTrainingJob(job: FineTuningJob): TrainingJob {
  const method = job.method?.type ?? 'supervised'
  const methodHyperparameters = (
    job.method as unknown as Record<string, { hyperparameters?: Record<string, unknown> } | undefined> | undefined
  )?.[method]?.hyperparameters
  const hp = methodHyperparameters ?? (job.hyperparameters as Record<string, unknown> | undefined) ?? {}
  return {
    id: job.id,
    status: job.status,
    baseModel: job.model,
    fineTunedModel: job.fine_tuned_model ?? null,
    method,
    trainingFile: job.training_file,
    validationFile: job.validation_file ?? null,
    hyperparameters: Object.fromEntries(
      Object.entries(hp).filter(
        (e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number',
      ),
    ),
    trainedTokens: job.trained_tokens ?? null,
    estimatedFinish: job.estimated_finish ?? null,
    finishedAt: job.finished_at ?? null,
    error: job.error?.message
      ? { code: job.error.code || null, message: job.error.message, param: job.error.param ?? null }
      : null,
  }
}

function toJobEvent(event: FineTuningJobEvent): JobEvent {
  const total = (event.data as { total_steps?: unknown } | undefined)?.total_steps
  return {
    id: event.id,
    createdAt: event.created_at,
    message: event.message,
    metric: metricOf(event),
    totalSteps: typeof total === 'number' ? total : undefined,
  }
}

export function metricOf(event: FineTuningJobEvent): Metric | undefined {
  if (event.type !== 'metrics' || typeof event.data !== 'object' || event.data === null) return undefined
  const d = event.data as Record<string, unknown>
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  const step = num(d.step)
  if (step === undefined) return undefined
  return {
    step,
    trainLoss: num(d.train_loss),
    validLoss: num(d.valid_loss) ?? num(d.full_valid_loss),
    tokenAccuracy: num(d.train_mean_token_accuracy),
  }
}

function withoutUndefined<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
