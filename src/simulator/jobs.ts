import { badRequest, notFound } from './api-error.js'
import type { Environment } from './environment.js'
import type { FileStore, StoredFile } from './files.js'
import { requestedHyperparameters, resolveHyperparameters } from './hyperparameters.js'
import type { ModelRegistry } from './models.js'
import { newestFirst, paginate, type Page } from './pagination.js'
import { hashString } from './random.js'
import { TrainingCurve } from './training-curve.js'
import type { DatasetMeasure } from './training-data.js'
import type {
  CreateJobRequest,
  FineTuneMethodType,
  FineTuningJob,
  FineTuningJobCheckpoint,
  FineTuningJobEvent,
  Hyperparameters,
  JobError,
  JobStatus,
} from './types.js'

/** How a job fails: during validation (a bad file) or part-way through training. */
export interface JobFailure {
  phase: 'validating_files' | 'running'
  /** For `running`: the share of the steps done when it fails (default 0.5). */
  atFraction?: number
  code?: string
  message?: string
  param?: string | null
}

/** Simulated seconds a job spends in each state, and whether it fails. */
export interface JobSchedule {
  validatingSeconds: number
  queuedSeconds: number
  runningSeconds: number
  failure?: JobFailure
}

export const DEFAULT_JOB_SCHEDULE: JobSchedule = { validatingSeconds: 10, queuedSeconds: 20, runningSeconds: 120 }

export interface JobScheduleContext {
  request: CreateJobRequest
  /** 0 for the first job created, 1 for the next, and so on. */
  index: number
  trainingFile: StoredFile
}

/** One schedule for every job, or one per job (picking a failure scenario by suffix or metadata, say). */
export type JobScheduleOption = Partial<JobSchedule> | ((context: JobScheduleContext) => Partial<JobSchedule> | undefined)

interface Plan {
  epochs: number
  stepsPerEpoch: number
  totalSteps: number
  curve: TrainingCurve
  /** The last step whose events and checkpoint exist. */
  done: number
  checkpointSteps: ReadonlySet<number>
  failStep?: number
}

export interface StoredJob {
  id: string
  seq: number
  createdAt: number
  /** The snapshot trained (an alias resolved), or the fine-tune trained further. */
  model: string
  /** The base snapshot, named in the fine-tuned model's id. */
  root: string
  trainingFile: string
  validationFile: string | null
  suffix: string | null
  seed: number
  metadata: Record<string, string> | null
  integrations: unknown[] | null
  method: FineTuneMethodType
  /** Method settings other than hyperparameters, such as a reinforcement grader, echoed back. */
  methodSettings: Record<string, unknown>
  requested: Hyperparameters
  resolved?: Hyperparameters
  status: JobStatus
  /** When the current state began, moved forward by the time spent paused. */
  phaseStart: number
  pausedAt?: number
  error: JobError | null
  finishedAt: number | null
  fineTunedModel: string | null
  trainedTokens: number | null
  resultFiles: string[]
  estimatedFinish: number | null
  schedule: JobSchedule
  /** The fine-tuned model's id, fixed at creation: `ft:<base>:<org>:<suffix>:<id>`. */
  modelName: string
  training: DatasetMeasure
  /** Oldest first. */
  events: FineTuningJobEvent[]
  /** Oldest first. */
  checkpoints: FineTuningJobCheckpoint[]
  plan?: Plan
  origin: 'api' | 'preload'
}

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

const TERMINAL: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled'])
const METHODS: readonly FineTuneMethodType[] = ['supervised', 'dpo', 'reinforcement']

/**
 * Fine-tuning jobs and the state machine that drives them on the simulator's clock: validating_files → queued →
 * running → succeeded (or failed, or cancelled). Jobs are advanced lazily, on every read, to the clock's present,
 * with each event stamped with the simulated second it happened in; a test that advances the clock by an hour sees
 * the hour's events at once.
 */
export class JobStore {
  private readonly jobs = new Map<string, StoredJob>()
  private seq = 0
  private created = 0

  constructor(
    private readonly env: Environment,
    private readonly files: FileStore,
    private readonly models: ModelRegistry,
    private readonly schedule: JobScheduleOption | undefined,
    private readonly measure: (content: Buffer) => DatasetMeasure,
  ) {}

  create(request: CreateJobRequest, options: CreateJobOptions = {}): StoredJob {
    this.sync()
    const trainable = this.models.trainable(request.model)
    if (!trainable) {
      throw badRequest(`Model ${request.model} is not available for fine-tuning or does not exist.`, 'model', 'model_not_available')
    }
    const method = request.method?.type ?? 'supervised'
    for (const other of METHODS) {
      if (other !== method && request.method?.[other] !== undefined) {
        throw badRequest(`'method.${other}' cannot be given for a ${method} job.`, `method.${other}`, 'invalid_value')
      }
    }
    const settings = { ...(request.method?.[method] ?? {}) }
    if (method === 'reinforcement' && request.method?.reinforcement === undefined) {
      throw badRequest("Missing required parameter: 'method.reinforcement'.", 'method.reinforcement', 'missing_required_parameter')
    }
    if (!trainable.methods.includes(method)) {
      throw badRequest(`Model ${request.model} does not support ${method} fine-tuning.`, 'method.type', 'invalid_value')
    }
    const methodHyperparameters = settings.hyperparameters as Hyperparameters | undefined
    delete settings.hyperparameters
    if (request.hyperparameters !== undefined && methodHyperparameters !== undefined) {
      throw badRequest(`Give hyperparameters in 'method.${method}.hyperparameters' only; the top-level 'hyperparameters' is deprecated.`, 'hyperparameters', 'invalid_value')
    }
    const trainingFile = this.fineTuneFile(request.training_file, 'training_file')
    const validationFile = request.validation_file ? this.fineTuneFile(request.validation_file, 'validation_file') : undefined
    checkMetadata(request.metadata)

    const createdAt = options.createdAt ?? this.env.clock.now()
    const context: JobScheduleContext = { request, index: this.created++, trainingFile }
    const scheduled = typeof this.schedule === 'function' ? this.schedule(context) : this.schedule
    const schedule: JobSchedule = { ...DEFAULT_JOB_SCHEDULE, ...scheduled, ...options.schedule }
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
    this.event(job, createdAt, `Created fine-tuning job: ${id}`)
    this.event(job, createdAt, `Validating training file: ${job.trainingFile}${job.validationFile ? ` and validation file: ${job.validationFile}` : ''}`)
    this.sync()
    return job
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
    else if (wanted !== undefined) jobs = jobs.filter(j => Object.entries(wanted).every(([k, v]) => j.metadata?.[k] === v))
    return paginate(jobs, query.after, query.limit ?? 20)
  }

  /** Every job, oldest first, for assertions. */
  all(): StoredJob[] {
    this.sync()
    return [...this.jobs.values()]
  }

  cancel(id: string): StoredJob {
    const job = this.get(id)
    if (TERMINAL.has(job.status)) throw badRequest(`Job ${id} has already ${job.status === 'cancelled' ? 'been cancelled' : 'completed'} (status: ${job.status}).`, 'fine_tuning_job_id', 'invalid_state')
    const now = this.env.clock.now()
    job.status = 'cancelled'
    job.finishedAt = now
    job.pausedAt = undefined
    this.event(job, now, 'Fine-tuning job cancelled')
    this.env.counters.jobsCancelled++
    return job
  }

  /**
   * Freezes a job where it is. The spec's statuses have no `paused`, so the job keeps its status while frozen; an
   * event records the pause.
   */
  pause(id: string): StoredJob {
    const job = this.get(id)
    if (TERMINAL.has(job.status)) throw badRequest(`Job ${id} is ${job.status}; only an unfinished job can be paused.`, 'fine_tuning_job_id', 'invalid_state')
    if (job.pausedAt !== undefined) throw badRequest(`Job ${id} is already paused.`, 'fine_tuning_job_id', 'invalid_state')
    job.pausedAt = this.env.clock.now()
    this.event(job, job.pausedAt, 'Fine-tuning job paused')
    return job
  }

  resume(id: string): StoredJob {
    const job = this.get(id)
    if (job.pausedAt === undefined) throw badRequest(`Job ${id} is not paused.`, 'fine_tuning_job_id', 'invalid_state')
    const now = this.env.clock.now()
    job.phaseStart += now - job.pausedAt
    if (job.estimatedFinish !== null) job.estimatedFinish += now - job.pausedAt
    job.pausedAt = undefined
    this.event(job, now, 'Fine-tuning job resumed')
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
    for (const job of this.jobs.values()) this.advance(job, now)
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
        learning_rate_multiplier: hp.learning_rate_multiplier as FineTuningJob['hyperparameters']['learning_rate_multiplier'],
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
      throw badRequest(`File ${id} has purpose '${file.purpose}'; fine-tuning takes files uploaded with purpose 'fine-tune'.`, param, 'invalid_file_purpose')
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

  private advance(job: StoredJob, now: number): void {
    for (;;) {
      if (TERMINAL.has(job.status) || job.pausedAt !== undefined) return
      if (job.status === 'validating_files') {
        // Validation starts once the files are processed.
        const ready = [job.trainingFile, job.validationFile].map(id => (id ? this.files.find(id)?.readyAt ?? 0 : 0))
        const end = Math.max(job.phaseStart, ...ready) + job.schedule.validatingSeconds
        if (now < end) return
        if (job.schedule.failure?.phase === 'validating_files') return this.fail(job, end)
        this.plan(job)
        job.status = 'queued'
        job.phaseStart = end
        job.estimatedFinish = end + job.schedule.queuedSeconds + job.schedule.runningSeconds
        this.event(job, end, 'Files validated, moving job to queued state')
      } else if (job.status === 'queued') {
        const end = job.phaseStart + job.schedule.queuedSeconds
        if (now < end) return
        job.status = 'running'
        job.phaseStart = end
        job.estimatedFinish = end + job.schedule.runningSeconds
        this.event(job, end, 'Fine-tuning job started')
      } else {
        return this.run(job, now)
      }
    }
  }

  /** Resolves the hyperparameters and lays out the steps, epochs and checkpoints. */
  private plan(job: StoredJob): void {
    const examples = Math.max(1, job.training.examples)
    job.resolved = resolveHyperparameters(job.requested, examples)
    const epochs = Number(job.resolved.n_epochs)
    const stepsPerEpoch = Math.ceil(examples / Number(job.resolved.batch_size))
    const totalSteps = stepsPerEpoch * epochs
    // OpenAI keeps a checkpoint for each of the last three epochs.
    const checkpointSteps = new Set<number>()
    for (let epoch = Math.max(1, epochs - 2); epoch <= epochs; epoch++) checkpointSteps.add(epoch * stepsPerEpoch)
    const failure = job.schedule.failure
    job.plan = {
      epochs,
      stepsPerEpoch,
      totalSteps,
      curve: new TrainingCurve(hashString(`${job.seed}:${job.id}`), totalSteps, job.validationFile !== null),
      done: 0,
      checkpointSteps,
      failStep: failure?.phase === 'running' ? Math.min(totalSteps, Math.max(1, Math.ceil(totalSteps * (failure.atFraction ?? 0.5)))) : undefined,
    }
  }

  /** Emits the steps reached by `now` (step s at start + running × s / total) and finishes the job at the end. */
  private run(job: StoredJob, now: number): void {
    const plan = job.plan!
    const { runningSeconds } = job.schedule
    const start = job.phaseStart
    const total = plan.totalSteps
    const end = start + runningSeconds
    const reached = now >= end ? total : Math.min(total, Math.floor(((now - start) * total) / runningSeconds))
    const most = this.env.limits.maxMetricEvents
    for (let step = plan.done + 1; step <= reached; step++) {
      const at = start + Math.floor((runningSeconds * step) / total)
      // Past the cap, report evenly spaced steps, always including the last.
      if (total <= most || step === total || Math.floor((step * most) / total) !== Math.floor(((step - 1) * most) / total)) {
        this.metrics(job, at, step)
      }
      if (plan.checkpointSteps.has(step)) this.checkpoint(job, at, step)
      plan.done = step
      if (plan.failStep === step) return this.fail(job, at)
    }
    if (reached === total && now >= end) this.succeed(job, end)
  }

  private metrics(job: StoredJob, at: number, step: number): void {
    const plan = job.plan!
    const m = plan.curve.at(step)
    const validation = m.valid_loss === undefined ? '' : `, validation loss=${m.valid_loss.toFixed(4)}`
    this.event(job, at, `Step ${step}/${plan.totalSteps}: training loss=${m.train_loss.toFixed(4)}${validation}`, 'metrics', { ...m, total_steps: plan.totalSteps })
  }

  private checkpoint(job: StoredJob, at: number, step: number): void {
    const name = `${job.modelName}:ckpt-step-${step}`
    job.checkpoints.push({
      object: 'fine_tuning.job.checkpoint',
      id: this.env.newId('ftckpt_'),
      created_at: at,
      fine_tuned_model_checkpoint: name,
      fine_tuning_job_id: job.id,
      metrics: job.plan!.curve.atEpochEnd(step),
      step_number: step,
    })
    this.models.addTrained(name, 'checkpoint', job.root, job.id, at, this.env.organization.id)
    this.event(job, at, `Checkpoint created at step ${step} with Snapshot ID: ${name}`)
  }

  private succeed(job: StoredJob, at: number): void {
    const plan = job.plan!
    this.models.addTrained(job.modelName, 'fine-tuned', job.root, job.id, at, this.env.organization.id)
    const results = this.files.create({
      filename: 'step_metrics.csv',
      purpose: 'fine-tune-results',
      content: Buffer.from(resultsCsv(plan)),
      origin: 'server',
      createdAt: at,
      processingSeconds: 0,
    })
    job.status = 'succeeded'
    job.fineTunedModel = job.modelName
    job.trainedTokens = job.training.tokens * plan.epochs
    job.resultFiles = [results.id]
    job.finishedAt = at
    this.event(job, at, `New fine-tuned model created: ${job.modelName}`)
    this.event(job, at, 'Evaluating model against our usage policies')
    this.event(job, at, 'Usage policy evaluations completed, model is now enabled for sampling')
    this.event(job, at, 'The job has successfully completed')
  }

  private fail(job: StoredJob, at: number): void {
    const failure = job.schedule.failure!
    const error: JobError = {
      code: failure.code ?? (failure.phase === 'running' ? 'server_error' : 'invalid_training_file'),
      message: failure.message ?? (failure.phase === 'running' ? 'The job failed due to an internal error.' : 'The job failed due to an invalid training file.'),
      param: failure.param ?? (failure.phase === 'running' ? null : 'training_file'),
    }
    job.status = 'failed'
    job.error = error
    job.finishedAt = at
    this.event(job, at, error.message, 'message', {}, 'error')
  }

  private event(job: StoredJob, at: number, message: string, type: 'message' | 'metrics' = 'message', data: Record<string, unknown> = {}, level: FineTuningJobEvent['level'] = 'info'): void {
    job.events.push({ object: 'fine_tuning.job.event', id: this.env.newId('ftevent-'), created_at: at, level, message, type, data })
  }
}

/** The result file OpenAI attaches to a finished job: one row per step. */
function resultsCsv(plan: Plan): string {
  const rows = ['step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy']
  for (let step = 1; step <= plan.totalSteps; step++) {
    const m = plan.curve.at(step)
    rows.push([step, m.train_loss, m.train_mean_token_accuracy, m.valid_loss ?? '', m.valid_mean_token_accuracy ?? ''].join(','))
  }
  return rows.join('\n') + '\n'
}

/** The limits the spec states for metadata: 16 pairs, keys up to 64 characters, values up to 512. */
function checkMetadata(metadata: Record<string, string> | null | undefined): void {
  if (!metadata) return
  const keys = Object.keys(metadata)
  if (keys.length > 16) throw badRequest(`Invalid 'metadata': at most 16 pairs are allowed, but got ${keys.length}.`, 'metadata', 'invalid_value')
  for (const key of keys) {
    if (key.length > 64) throw badRequest(`Invalid 'metadata': key '${key.slice(0, 20)}…' is longer than 64 characters.`, 'metadata', 'invalid_value')
    if (metadata[key]!.length > 512) throw badRequest(`Invalid 'metadata.${key}': values are at most 512 characters.`, `metadata.${key}`, 'invalid_value')
  }
}
