import { randomUUID } from 'node:crypto'
import type OpenAI from 'openai'
import type { FineTuningJob, FineTuningJobEvent, JobCreateParams } from 'openai/resources/fine-tuning/jobs/jobs'
import type { Checkpoint, JobEvent, JobRequest, Metric, TrainingJob } from '../backend.js'
import { spendOnce } from '../spend-once.js'
import { TRAINING_KEY } from '../training-key.js'
import { classifyOpenAIError } from './errors.js'
import { boundedItems } from './pages.js'

/**
 * The metadata key that carries one creation's own id: the lookup after a lost response recognises the job that
 * creation made even when it has failed already, and never takes an earlier run's failed job for it.
 */
export const CREATION_KEY = 'fine_tune_action_creation'

/**
 * A job for this exact data and recipe that can still deliver a model (not failed, not cancelled), or, given
 * `creation`, the job that creation made, whatever its state.
 */
export async function findJobByKey(client: OpenAI, key: string, creation?: string): Promise<TrainingJob | undefined> {
  const jobs = boundedItems(client.fineTuning.jobs.list({ metadata: { [TRAINING_KEY]: key }, limit: 100 }), {
    what: 'GET /fine_tuning/jobs',
    onMisbehaviour: 'throw',
  })
  for await (const job of jobs) {
    // Servers that ignore the filter still return the metadata: check it here.
    if (job.metadata?.[TRAINING_KEY] !== key) continue
    if (creation !== undefined && job.metadata[CREATION_KEY] === creation) return toTrainingJob(job)
    if (creation === undefined && job.status !== 'failed' && job.status !== 'cancelled') return toTrainingJob(job)
  }
  return undefined
}

/**
 * Creates the job once: a create whose response was lost may have created it, so look before trying again. The
 * lookup asks for this creation's own job: one that failed in the seconds before the lookup is still ours, and
 * creating another would pay twice for the same data. `extraBody` carries a provider's own fields (Azure's training
 * tier).
 */
export async function createJobOnce(
  client: OpenAI,
  request: JobRequest,
  extraBody: Record<string, unknown> = {},
): Promise<TrainingJob> {
  const creation = randomUUID()
  const params = { ...createParams(request, creation), ...extraBody }
  return spendOnce({
    what: 'creation of the fine-tuning job',
    lookup: () => findJobByKey(client, request.key, creation),
    attempt: async () => toTrainingJob(await client.fineTuning.jobs.create(params, { maxRetries: 0 })),
    classify: classifyOpenAIError,
  })
}

/** The request body: `method: {type, <type>: {hyperparameters, grader}}`, with the key and labels in metadata. */
export function createParams(r: JobRequest, creation?: string): JobCreateParams {
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
    metadata: { [TRAINING_KEY]: r.key, ...(creation && { [CREATION_KEY]: creation }), ...r.labels },
  }
}

export async function getJob(client: OpenAI, id: string, signal?: AbortSignal): Promise<TrainingJob> {
  return toTrainingJob(await client.fineTuning.jobs.retrieve(id, { signal }))
}

export async function newEvents(
  client: OpenAI,
  id: string,
  seen: Set<string>,
  signal?: AbortSignal,
): Promise<JobEvent[]> {
  // Events come newest first; read pages until one we have shown.
  const fresh: FineTuningJobEvent[] = []
  const events = boundedItems(client.fineTuning.jobs.listEvents(id, { limit: 100 }, { signal }), {
    what: `GET /fine_tuning/jobs/${id}/events`,
    onMisbehaviour: 'stop',
    signal,
  })
  for await (const event of events) {
    if (seen.has(event.id)) break
    fresh.push(event)
  }
  for (const event of fresh) seen.add(event.id)
  return fresh.reverse().map(toJobEvent)
}

export async function checkpoints(client: OpenAI, id: string): Promise<Checkpoint[]> {
  const out: Checkpoint[] = []
  const list = boundedItems(client.fineTuning.jobs.checkpoints.list(id, { limit: 20 }), {
    what: `GET /fine_tuning/jobs/${id}/checkpoints`,
    onMisbehaviour: 'stop',
  })
  for await (const c of list) {
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
