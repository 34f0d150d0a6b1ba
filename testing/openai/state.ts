import { ChatService, type ChatFixtures, type Latency } from './chat.js'
import type { Clock } from './clock.js'
import { newCounters, type Counters, type Environment, type Limits, type Organization } from './environment.js'
import { FileStore } from './files.js'
import type { JobSchedule, JobScheduleOption } from './job-record.js'
import { JobStore } from './jobs.js'
import { ModelRegistry, type ModelSpec } from './models.js'
import { idMaker, seededRandom } from './random.js'
import type { DatasetMeasure } from './training-data.js'
import type { CreateJobRequest, FilePurpose, FineTuningJob, JobStatus, OpenAIFile } from './types.js'
import { UploadStore } from './uploads.js'

export interface StateOptions {
  clock: Clock
  seed: number
  organization: Organization
  limits: Limits
  models: readonly ModelSpec[]
  shutdownDates: Readonly<Record<string, string | null>>
  chat?: ChatFixtures
  /** Models that refuse a temperature other than 1 (default: OpenAI's gpt-5 family and o-series). */
  rejectsTemperature?: (model: string) => boolean
  chatLatencyMs?: Latency
  schedule?: JobScheduleOption
  fileProcessingSeconds: number
  measureTrainingFile: (content: Buffer) => DatasetMeasure
}

export interface PreloadFileInput {
  /** The bytes, or examples to write as JSON Lines. */
  content: string | Buffer | readonly unknown[]
  filename?: string
  purpose?: FilePurpose
  createdAt?: number
  /** Still `uploaded` for this many seconds (default 0: processed). */
  processingSeconds?: number
}

export interface PreloadJobInput {
  model?: string
  /** An existing file's id; otherwise a file is preloaded from `trainingData`. */
  trainingFile?: string
  /** Default: 20 small chat examples. */
  trainingData?: PreloadFileInput['content']
  validationFile?: string
  suffix?: string
  seed?: number
  metadata?: Record<string, string>
  method?: CreateJobRequest['method']
  /** Where the job is now (default `running`). */
  status?: JobStatus
  /** How far into that state, from 0 to 1 (default 0.5). */
  progress?: number
  /** Seconds per state, over the simulator's schedule option. */
  schedule?: Partial<JobSchedule>
}

/** Everything the simulator holds: files, uploads, jobs, models, chat fixtures, and the counters. */
export class SimulatorState {
  readonly counters: Counters
  readonly files: FileStore
  readonly uploads: UploadStore
  readonly models: ModelRegistry
  readonly jobs: JobStore
  readonly chat: ChatService
  readonly organization: Organization
  readonly limits: Limits
  private readonly env: Environment

  constructor(options: StateOptions) {
    const random = seededRandom(options.seed)
    this.counters = newCounters()
    this.organization = options.organization
    this.limits = options.limits
    this.env = {
      clock: options.clock,
      newId: idMaker(random),
      random,
      counters: this.counters,
      limits: options.limits,
      organization: options.organization,
    }
    this.files = new FileStore(this.env, options.fileProcessingSeconds)
    this.uploads = new UploadStore(this.env, this.files)
    this.models = new ModelRegistry(options.models, options.shutdownDates)
    this.jobs = new JobStore(this.env, this.files, this.models, options.schedule, options.measureTrainingFile)
    this.chat = new ChatService(this.env, this.models, options.chat, options.chatLatencyMs, options.rejectsTemperature)
  }

  /** A file as if uploaded earlier; it does not count in `counters.filesCreated`. */
  preloadFile(input: PreloadFileInput): OpenAIFile {
    const content = toBytes(input.content)
    const file = this.files.create({
      filename: input.filename ?? 'train.jsonl',
      purpose: input.purpose ?? 'fine-tune',
      content,
      origin: 'preload',
      createdAt: input.createdAt,
      processingSeconds: input.processingSeconds ?? 0,
    })
    return this.files.object(file)
  }

  /**
   * A job created earlier, now in the given state (`running` half-way by default), with the events and checkpoints
   * it would have by now: for tests of a client that attaches to an existing job. It does not count in
   * `counters.jobsCreated`.
   */
  preloadJob(input: PreloadJobInput = {}): FineTuningJob {
    const status = input.status ?? 'running'
    const progress = Math.min(1, Math.max(0, input.progress ?? 0.5))
    const request: CreateJobRequest = {
      model: input.model ?? 'gpt-4.1-mini-2025-04-14',
      training_file: input.trainingFile ?? '',
      validation_file: input.validationFile,
      suffix: input.suffix,
      seed: input.seed,
      metadata: input.metadata,
      method: input.method,
    }
    // The file exists before the schedule is known, which fixes how far back the job (and so the file) was made.
    const trainingFile = input.trainingFile
      ? this.files.get(input.trainingFile)
      : this.files.create({
          filename: 'train.jsonl',
          purpose: 'fine-tune',
          content: toBytes(input.trainingData ?? sampleExamples(20)),
          origin: 'preload',
          processingSeconds: 0,
        })
    request.training_file = trainingFile.id
    const schedule = this.jobs.scheduleFor({ request, index: -1, trainingFile }, input.schedule)
    if (status === 'failed') schedule.failure ??= { phase: 'validating_files' }
    const { validatingSeconds: v, queuedSeconds: q, runningSeconds: r } = schedule
    const elapsed = {
      validating_files: Math.floor(progress * v),
      queued: v + Math.floor(progress * q),
      running: v + q + Math.floor(progress * r),
      succeeded: v + q + r,
      failed: v + q + r,
      cancelled: v + q + Math.floor(progress * r),
    }[status]
    const createdAt = this.env.clock.now() - elapsed
    if (!input.trainingFile) trainingFile.createdAt = trainingFile.readyAt = createdAt - 1
    const job = this.jobs.create(request, { createdAt, schedule, origin: 'preload' })
    if (status === 'cancelled') this.jobs.cancel(job.id, 'preload')
    return this.jobs.object(this.jobs.get(job.id))
  }
}

function toBytes(content: PreloadFileInput['content']): Buffer {
  if (Buffer.isBuffer(content)) return content
  return Buffer.from(typeof content === 'string' ? content : content.map(line => JSON.stringify(line) + '\n').join(''))
}

function sampleExamples(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    messages: [
      { role: 'system', content: 'You are a helpful support assistant.' },
      { role: 'user', content: `How do I reset password number ${i + 1}?` },
      { role: 'assistant', content: `Open Settings, choose Security and follow step ${i + 1}.` },
    ],
  }))
}
