import { badRequest, notFound } from './api-error.js'
import type { Environment } from './environment.js'
import type { FileStore, StoredFile } from './files.js'
import { requestedHyperparameters } from './hyperparameters.js'
import { JobProgress } from './job-progress.js'
import {
  DEFAULT_JOB_SCHEDULE,
  TERMINAL,
  type JobFailure,
  type JobSchedule,
  type JobScheduleContext,
  type JobScheduleOption,
  type StoredJob,
} from './job-record.js'
import type { ModelRegistry } from './models.js'
import { newestFirst, paginate, type Page } from './pagination.js'
import type { DatasetMeasure } from './training-data.js'
import type {
  CreateJobRequest,
  FineTuneMethodType,
  FineTuningJob,
  FineTuningJobCheckpoint,
  FineTuningJobEvent,
} from './types.js'

export interface JobListQuery {
  after?: string
  limit?: number
  /** Jobs with all these pairs; null for jobs without metadata. */
  metadata?: Record<string, string> | null
}

export interface CreateJobOptions {
  createdAt?: number
  schedule?: Partial<JobSchedule>
  origin?: StoredJob['origin']
}

const METHODS: readonly FineTuneMethodType[] = ['supervised', 'dpo', 'reinforcement']

/**
 * Fine-tuning jobs: creation with the checks OpenAI makes beyond the schema, listing, cancel, pause and resume. Every
 * read first brings the jobs up to the clock's present (see JobProgress).
 */
export class JobStore {
  private readonly jobs = new Map<string, StoredJob>()
  private readonly progress: JobProgress
  private seq = 0
  private created = 0

  constructor(
    private readonly env: Environment,
    private readonly files: FileStore,
    private readonly models: ModelRegistry,
    private readonly schedule: JobScheduleOption | undefined,
    private readonly measure: (content: Buffer) => DatasetMeasure,
  ) {
    this.progress = new JobProgress(env, files, models)
  }

  create(request: CreateJobRequest, options: CreateJobOptions = {}): StoredJob {
    this.sync()
    const trainable = this.models.trainable(request.model)
    if (!trainable) {
      throw badRequest(
        `Model ${request.model} is not available for fine-tuning or does not exist.`,
        'model',
        'model_not_available',
      )
    }
    const method = request.method?.type ?? 'supervised'
    for (const other of METHODS) {
      if (other !== method && request.method?.[other] !== undefined) {
        throw badRequest(`'method.${other}' cannot be given for a ${method} job.`, `method.${other}`, 'invalid_value')
      }
    }
    const settings = { ...(request.method?.[method] ?? {}) }
    if (method === 'reinforcement' && request.method?.reinforcement === undefined) {
      throw badRequest(
        "Missing required parameter: 'method.reinforcement'.",
        'method.reinforcement',
        'missing_required_parameter',
      )
    }
    if (!trainable.methods.includes(method)) {
      throw badRequest(`Model ${request.model} does not support ${method} fine-tuning.`, 'method.type', 'invalid_value')
    }
    const methodHyperparameters = settings.hyperparameters
    delete settings.hyperparameters
    if (request.hyperparameters !== undefined && methodHyperparameters !== undefined) {
      throw badRequest(
        `Give hyperparameters in 'method.${method}.hyperparameters' only; the top-level 'hyperparameters' is deprecated.`,
        'hyperparameters',
        'invalid_value',
      )
    }
    const trainingFile = this.fineTuneFile(request.training_file, 'training_file')
    const validationFile = request.validation_file
      ? this.fineTuneFile(request.validation_file, 'validation_file')
      : undefined
    checkMetadata(request.metadata)

    const createdAt = options.createdAt ?? this.env.clock.now()
    const schedule = this.scheduleFor({ request, index: this.created++, trainingFile }, options.schedule)
    const training = this.measure(trainingFile.content)
    schedule.failure ??= this.validationFailure(training, validationFile)

    const id = this.env.newId('ftjob-')
    const job: StoredJob = {
      id,
      seq: ++this.seq,
      createdAt,
      model: trainable.snapshot,
      root: trainable.root,
      trainingFile: trainingFile.id,
      validationFile: validationFile?.id ?? null,
      suffix: request.suffix ?? null,
      seed: request.seed ?? Math.floor(this.env.random() * 2_147_483_647),
      metadata: request.metadata ?? null,
      integrations: request.integrations ?? null,
      method,
      methodSettings: settings,
      requested: requestedHyperparameters(method, methodHyperparameters ?? request.hyperparameters),
      status: 'validating_files',
      phaseStart: createdAt,
      error: null,
      finishedAt: null,
      fineTunedModel: null,
      trainedTokens: null,
      resultFiles: [],
      estimatedFinish: null,
      schedule,
      modelName: `ft:${trainable.root}:${this.env.organization.name}:${request.suffix ?? ''}:${this.env.newId('', 8)}`,
      training,
      events: [],
      checkpoints: [],
      origin: options.origin ?? 'api',
    }
    this.jobs.set(id, job)
    if (job.origin === 'api') this.env.counters.jobsCreated++
    this.progress.event(job, createdAt, `Created fine-tuning job: ${id}`)
    this.progress.event(
      job,
      createdAt,
      `Validating training file: ${job.trainingFile}${job.validationFile ? ` and validation file: ${job.validationFile}` : ''}`,
    )
    this.sync()
    return job
  }

  /** The schedule a job gets: the defaults, then the simulator's schedule option, then `override`. */
  scheduleFor(context: JobScheduleContext, override?: Partial<JobSchedule>): JobSchedule {
    const scheduled = typeof this.schedule === 'function' ? this.schedule(context) : this.schedule
    return { ...DEFAULT_JOB_SCHEDULE, ...scheduled, ...override }
  }

  get(id: string): StoredJob {
    this.sync()
    const job = this.jobs.get(id)
    if (!job) throw notFound(`No such fine-tuning job: ${id}`, 'fine_tuning_job_id', 'not_found')
    return job
  }

  list(query: JobListQuery): Page<StoredJob> {
    this.sync()
    let jobs = newestFirst(this.jobs.values())
    const wanted = query.metadata
    if (wanted === null) jobs = jobs.filter(j => j.metadata === null || Object.keys(j.metadata).length === 0)
    else if (wanted !== undefined)
      jobs = jobs.filter(j => Object.entries(wanted).every(([k, v]) => j.metadata?.[k] === v))
    return paginate(jobs, query.after, query.limit ?? 20)
  }

  /** Every job, oldest first, for assertions. */
  all(): StoredJob[] {
    this.sync()
    return [...this.jobs.values()]
  }

  cancel(id: string, by: StoredJob['origin'] = 'api'): StoredJob {
    const job = this.get(id)
    if (TERMINAL.has(job.status))
      throw badRequest(
        `Job ${id} has already ${job.status === 'cancelled' ? 'been cancelled' : 'completed'} (status: ${job.status}).`,
        'fine_tuning_job_id',
        'invalid_state',
      )
    const now = this.env.clock.now()
    job.status = 'cancelled'
    job.finishedAt = now
    job.pausedAt = undefined
    this.progress.event(job, now, 'Fine-tuning job cancelled')
    if (by === 'api') this.env.counters.jobsCancelled++
    return job
  }

  /**
   * Freezes a job where it is. The spec's statuses have no `paused`, so the job keeps its status while frozen; an
   * event records the pause.
   */
  pause(id: string): StoredJob {
    const job = this.get(id)
    if (TERMINAL.has(job.status))
      throw badRequest(
        `Job ${id} is ${job.status}; only an unfinished job can be paused.`,
        'fine_tuning_job_id',
        'invalid_state',
      )
    if (job.pausedAt !== undefined)
      throw badRequest(`Job ${id} is already paused.`, 'fine_tuning_job_id', 'invalid_state')
    job.pausedAt = this.env.clock.now()
    this.progress.event(job, job.pausedAt, 'Fine-tuning job paused')
    return job
  }

  resume(id: string): StoredJob {
    const job = this.get(id)
    if (job.pausedAt === undefined) throw badRequest(`Job ${id} is not paused.`, 'fine_tuning_job_id', 'invalid_state')
    const now = this.env.clock.now()
    job.phaseStart += now - job.pausedAt
    if (job.estimatedFinish !== null) job.estimatedFinish += now - job.pausedAt
    job.pausedAt = undefined
    this.progress.event(job, now, 'Fine-tuning job resumed')
    return job
  }

  events(id: string, after: string | undefined, limit = 20): Page<FineTuningJobEvent> {
    return paginate([...this.get(id).events].reverse(), after, limit)
  }

  checkpoints(id: string, after: string | undefined, limit = 10): Page<FineTuningJobCheckpoint> {
    return paginate([...this.get(id).checkpoints].reverse(), after, limit)
  }

  /** Brings every job up to the clock's present. */
  sync(): void {
    const now = this.env.clock.now()
    for (const job of this.jobs.values()) this.progress.advance(job, now)
  }

  object(job: StoredJob): FineTuningJob {
    const hp = job.resolved ?? job.requested
    return {
      object: 'fine_tuning.job',
      id: job.id,
      created_at: job.createdAt,
      error: job.error,
      fine_tuned_model: job.fineTunedModel,
      finished_at: job.finishedAt,
      hyperparameters: {
        batch_size: hp.batch_size as FineTuningJob['hyperparameters']['batch_size'],
        learning_rate_multiplier:
          hp.learning_rate_multiplier as FineTuningJob['hyperparameters']['learning_rate_multiplier'],
        n_epochs: hp.n_epochs as FineTuningJob['hyperparameters']['n_epochs'],
      },
      model: job.model,
      organization_id: this.env.organization.id,
      result_files: job.resultFiles,
      seed: job.seed,
      status: job.status,
      trained_tokens: job.trainedTokens,
      training_file: job.trainingFile,
      validation_file: job.validationFile,
      integrations: job.integrations,
      estimated_finish: job.estimatedFinish,
      method: { type: job.method, [job.method]: { ...job.methodSettings, hyperparameters: hp } },
      metadata: job.metadata,
      ...(job.suffix ? { user_provided_suffix: job.suffix } : {}),
    }
  }

  private fineTuneFile(id: string, param: 'training_file' | 'validation_file'): StoredFile {
    const file = this.files.find(id)
    if (!file) throw badRequest(`invalid ${param}: ${id}`, param)
    if (file.purpose !== 'fine-tune') {
      throw badRequest(
        `File ${id} has purpose '${file.purpose}'; fine-tuning takes files uploaded with purpose 'fine-tune'.`,
        param,
        'invalid_file_purpose',
      )
    }
    return file
  }

  /** What OpenAI's file validation would reject, found at creation and reported when validation ends. */
  private validationFailure(training: DatasetMeasure, validationFile: StoredFile | undefined): JobFailure | undefined {
    const fileFailure = (which: 'training' | 'validation', line: number): JobFailure => ({
      phase: 'validating_files',
      code: 'invalid_file_format',
      message: `The job failed due to an invalid ${which} file. Invalid file format: line ${line} is not a JSON object.`,
      param: `${which}_file`,
    })
    if (training.invalidLine !== undefined) return fileFailure('training', training.invalidLine)
    const min = this.env.limits.minTrainingExamples
    if (training.examples < min) {
      return {
        phase: 'validating_files',
        code: 'invalid_n_examples',
        message: `The job failed due to an invalid training file. Training file has ${training.examples} example(s), but must have at least ${min} examples.`,
        param: 'training_file',
      }
    }
    const validation = validationFile && this.measure(validationFile.content)
    if (validation?.invalidLine !== undefined) return fileFailure('validation', validation.invalidLine)
    return undefined
  }
}

/** The limits the spec states for metadata: 16 pairs, keys up to 64 characters, values up to 512. */
function checkMetadata(metadata: Record<string, string> | null | undefined): void {
  if (!metadata) return
  const keys = Object.keys(metadata)
  if (keys.length > 16)
    throw badRequest(
      `Invalid 'metadata': at most 16 pairs are allowed, but got ${keys.length}.`,
      'metadata',
      'invalid_value',
    )
  for (const key of keys) {
    if (key.length > 64)
      throw badRequest(
        `Invalid 'metadata': key '${key.slice(0, 20)}…' is longer than 64 characters.`,
        'metadata',
        'invalid_value',
      )
    if (metadata[key].length > 512)
      throw badRequest(
        `Invalid 'metadata.${key}': values are at most 512 characters.`,
        `metadata.${key}`,
        'invalid_value',
      )
  }
}
