import type { StoredFile } from './files.js'
import type { TrainingCurve } from './training-curve.js'
import type { DatasetMeasure } from './training-data.js'
import type {
  CreateJobRequest,
  FineTuneMethodType,
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
  /** 0 for the first job created, 1 for the next, and so on; -1 while a preload works out its timeline. */
  index: number
  trainingFile: StoredFile
}

/** One schedule for every job, or one per job (picking a failure scenario by suffix or metadata, say). */
export type JobScheduleOption =
  Partial<JobSchedule> | ((context: JobScheduleContext) => Partial<JobSchedule> | undefined)

export interface Plan {
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

export const TERMINAL: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled'])
