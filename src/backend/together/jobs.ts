import { createHash } from 'node:crypto'
import type Together from 'together-ai'
import type {
  FineTuningCreateParams,
  FineTuningEstimatePriceParams,
  FinetuneEvent,
  FinetuneResponse,
} from 'together-ai/resources/fine-tuning'
import type { Method } from '../../dataset/formats.js'
import { InputError } from '../../errors.js'
import type { Checkpoint, JobEvent, JobRequest, JobStatus, TrainingJob } from '../backend.js'
import { spendOnce } from '../spend-once.js'
import { classifyTogetherError } from './errors.js'

/** Together's job states, as its API names them. */
export type TogetherStatus = FinetuneResponse['status']

/** Only these end the wait; `cancel_requested` is still on its way to `cancelled`. */
const STATUS: Record<TogetherStatus, JobStatus> = {
  pending: 'queued',
  queued: 'queued',
  running: 'running',
  compressing: 'running',
  uploading: 'running',
  cancel_requested: 'running',
  cancelled: 'cancelled',
  error: 'failed',
  completed: 'succeeded',
}

/** Evaluations on the validation file during training, when one is given. */
export const N_EVALS = 10

/**
 * Together keeps no metadata on a job, so the training key rides in the suffix, which Together keeps on the job and
 * puts in the model's name: `<your suffix>-fta<12 hex digits of the key>`. 48 bits tell this account's jobs apart.
 */
export function keyTag(key: string): string {
  return `fta${key.slice(0, 12)}`
}

export function suffixWithKey(suffix: string | undefined, key: string): string {
  const tag = keyTag(key)
  return suffix ? `${suffix.slice(0, 64 - tag.length - 1)}-${tag}` : tag
}

type AnyJob = Pick<FinetuneResponse, 'id' | 'status'> & Partial<FinetuneResponse> & { suffix?: string }

function carriesKey(job: AnyJob, key: string): boolean {
  const tag = keyTag(key)
  return job.suffix?.endsWith(tag) === true || job.model_output_name?.includes(tag) === true
}

/** A job for this exact data and recipe that can still deliver a model: not failed, not cancelled (or being). */
export async function findJobByKey(client: Together, key: string): Promise<TrainingJob | undefined> {
  const { data } = await client.fineTuning.list()
  const live = (data as AnyJob[]).filter(
    j => carriesKey(j, key) && j.status !== 'error' && j.status !== 'cancelled' && j.status !== 'cancel_requested',
  )
  // The list is a summary: read the job itself for its events and progress.
  return live[0] ? getJob(client, live[0].id) : undefined
}

/** Creates the job once: a create whose response was lost may have created it, so look before trying again. */
export async function createJobOnce(client: Together, request: JobRequest): Promise<TrainingJob> {
  const body = await createParams(client, request)
  return spendOnce({
    what: 'creation of the fine-tuning job',
    lookup: () => findJobByKey(client, request.key),
    attempt: async () => toTrainingJob((await client.fineTuning.create(body, { maxRetries: 0 })) as AnyJob),
    classify: classifyTogetherError,
  })
}

/** The parts of the body that decide the price, shared by the estimate and the job. */
function recipe(r: JobRequest, loraRank: number | undefined) {
  const hp = r.hyperparameters
  if (r.method === 'reinforcement')
    throw new InputError('Together AI fine-tunes with sft or dpo: method reinforcement is OpenAI-only')
  const training_method: FineTuningCreateParams['training_method'] =
    r.method === 'dpo'
      ? { method: 'dpo', ...(hp.beta !== undefined && { dpo_beta: hp.beta }) }
      : { method: 'sft', train_on_inputs: 'auto' }
  const training_type: FineTuningCreateParams['training_type'] =
    hp.trainingType === 'full' ? { type: 'Full' } : { type: 'Lora', lora_r: loraRank!, lora_alpha: loraRank! * 2 }
  return {
    model: r.baseModel,
    training_file: r.trainingFileId,
    ...(r.validationFileId && { validation_file: r.validationFileId, n_evals: N_EVALS }),
    ...(hp.nEpochs !== undefined && { n_epochs: hp.nEpochs }),
    training_method,
    training_type,
  }
}

/**
 * LoRA needs a rank: the one asked for, else the model's largest (what Together's own CLI picks), with alpha twice
 * the rank as Together's CLI sets it.
 */
async function loraRankOf(client: Together, r: JobRequest): Promise<number | undefined> {
  if (r.hyperparameters.trainingType === 'full') return undefined
  if (r.hyperparameters.loraRank !== undefined) return r.hyperparameters.loraRank
  return largestRank(client, r)
}

/** The model's largest LoRA rank, asked once per request: the price estimate and the job both need it. */
const largestRanks = new WeakMap<JobRequest, Promise<number>>()

function largestRank(client: Together, r: JobRequest): Promise<number> {
  let rank = largestRanks.get(r)
  if (!rank) {
    rank = client.fineTuning.modelLimits({ model_name: r.baseModel }).then(limits => limits.lora_training.max_rank)
    largestRanks.set(r, rank)
    // A failed request is asked again next time rather than failing every later use of the request.
    rank.catch(() => largestRanks.delete(r))
  }
  return rank
}

/** The request body: method, type, hyperparameters, and the training key in the suffix. */
export async function createParams(client: Together, r: JobRequest): Promise<FineTuningCreateParams> {
  const hp = r.hyperparameters
  return {
    ...recipe(r, await loraRankOf(client, r)),
    ...(hp.learningRate !== undefined && { learning_rate: hp.learningRate }),
    batch_size: hp.batchSize ?? 'max',
    suffix: suffixWithKey(r.suffix, r.key),
    ...(r.seed !== undefined && { random_seed: r.seed }),
  }
}

/** Together's own estimate for this job, in USD; undefined when it cannot estimate it. */
export async function estimatePrice(client: Together, r: JobRequest): Promise<number | undefined> {
  const { model, training_file, validation_file, n_evals, n_epochs, training_method, training_type } = recipe(
    r,
    await loraRankOf(client, r),
  )
  const params: FineTuningEstimatePriceParams = {
    model,
    training_file,
    ...(validation_file && { validation_file, n_evals }),
    ...(n_epochs !== undefined && { n_epochs }),
    training_method,
    training_type,
  }
  const estimate = await client.fineTuning.estimatePrice(params)
  return estimate.estimation_available ? estimate.estimated_total_price : undefined
}

export async function getJob(client: Together, id: string, signal?: AbortSignal): Promise<TrainingJob> {
  const job = (await client.fineTuning.retrieve(id, { signal })) as AnyJob
  const training = toTrainingJob(job)
  if (job.status === 'error' && !job.events) {
    const { data } = await client.fineTuning.listEvents(id, { signal })
    return toTrainingJob({ ...job, events: data })
  }
  return training
}

/** Together's events carry no id: one is made of the time, type and message, which together tell them apart. */
export function eventId(event: FinetuneEvent): string {
  return createHash('sha256').update(`${event.created_at}\n${event.type}\n${event.message}`).digest('hex').slice(0, 16)
}

export async function newEvents(
  client: Together,
  id: string,
  seen: Set<string>,
  signal?: AbortSignal,
): Promise<JobEvent[]> {
  const { data } = await client.fineTuning.listEvents(id, { signal })
  const fresh: JobEvent[] = []
  for (const event of [...data].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))) {
    const eid = eventId(event)
    if (seen.has(eid)) continue
    seen.add(eid)
    fresh.push({
      id: eid,
      createdAt: Math.floor(Date.parse(event.created_at) / 1000),
      message: event.message,
      totalSteps: event.total_steps,
    })
  }
  return fresh
}

export async function checkpoints(client: Together, id: string): Promise<Checkpoint[]> {
  const { data } = await client.fineTuning.listCheckpoints(id)
  // `<job id>:<step>` is how Together names a checkpoint to train or download from.
  return data.map(c => ({ step: c.step, model: `${id}:${c.step}` })).sort((a, b) => a.step - b.step)
}

const METHOD: Record<string, Method> = { sft: 'supervised', dpo: 'dpo' }

export function toTrainingJob(job: AnyJob, now = Date.now()): TrainingJob {
  const type = job.training_type
  const method = job.training_method
  const hyperparameters: Record<string, string | number> = {}
  const put = (name: string, value: unknown) => {
    if (typeof value === 'number' || typeof value === 'string') hyperparameters[name] = value
  }
  put('n_epochs', job.n_epochs)
  put('batch_size', job.batch_size)
  put('learning_rate', job.learning_rate)
  put('training_type', type?.type)
  if (type?.type === 'Lora') put('lora_r', type.lora_r)
  if (method?.method === 'dpo') put('dpo_beta', method.dpo_beta)
  put('n_evals', job.validation_file ? job.n_evals : undefined)
  const progress = job.progress
  const finishing = !['cancelled', 'error', 'completed'].includes(job.status)
  const errorEvent = [...(job.events ?? [])].reverse().find(e => e.type === 'job_error' || e.level === 'error')
  return {
    id: job.id,
    status: STATUS[job.status],
    providerStatus: job.status,
    baseModel: job.model ?? '',
    fineTunedModel: job.status === 'completed' ? (job.model_output_name ?? null) : null,
    method: METHOD[method?.method ?? 'sft'] ?? 'supervised',
    trainingFile: job.training_file ?? '',
    validationFile: job.validation_file || null,
    hyperparameters,
    // Together counts the job's tokens (epochs and evaluations included) once tokenization is done.
    trainedTokens: job.token_count ?? null,
    // Rounded to the minute, so the estimate is printed when it moves, not at every poll.
    estimatedFinish:
      finishing && progress?.estimate_available
        ? Math.round((now / 1000 + progress.seconds_remaining) / 60) * 60
        : null,
    finishedAt: finishing ? null : job.updated_at ? Math.floor(Date.parse(job.updated_at) / 1000) : null,
    error:
      job.status === 'error'
        ? { code: 'job_error', message: errorEvent?.message ?? 'Together AI reported the job as failed', param: null }
        : null,
    billedUsd: job.total_price ?? null,
  }
}
