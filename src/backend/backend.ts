import type { Method } from '../dataset/formats.js'
import type { AzureConnection } from './azure/options.js'
import type { Provider } from './provider.js'

/**
 * What a mode needs from a fine-tuning provider, in the action's own words. OpenAI, Azure OpenAI and Together AI
 * each implement it with their own SDK or REST calls; modes never know which one they hold.
 */
export interface FineTuningBackend {
  /** The provider's name, for messages: "OpenAI", "Azure OpenAI", "Together AI". */
  readonly name: string
  /** OpenAI's own service, where OpenAI's end-of-fine-tuning dates apply. */
  readonly isOpenAI: boolean
  /** Uploads a local file once: a file already on the server with the same content is reused. */
  uploadOnce(path: string, filename: string): Promise<UploadedFile>
  /** A job this action created for the same training key that can still deliver a model. */
  findJob(key: string): Promise<TrainingJob | undefined>
  /** Creates the job once, even when a response is lost on the way. */
  createJobOnce(request: JobRequest): Promise<TrainingJob>
  getJob(id: string): Promise<TrainingJob>
  /** The job's events that are not in `seen` yet, oldest first; their ids are added to `seen`. */
  newEvents(id: string, seen: Set<string>): Promise<JobEvent[]>
  /** Saved checkpoints of a finished job, by step; empty when the provider keeps none. */
  checkpoints(id: string): Promise<Checkpoint[]>
  cancelJob(id: string): Promise<void>
  /**
   * Makes a model answer chat requests and says under which name: a fine-tune on Azure needs a deployment first.
   * `release` undoes what `serve` set up (and costs nothing to call when nothing was set up).
   */
  serve(model: string): Promise<ServedModel>
  /** Why `serve` could not make this model answer (what the user must add), checked before anything is set up. */
  unservable?(model: string): string | undefined
  chat(model: string, messages: ChatMessage[], sampling: Sampling): Promise<ChatAnswer>
  /** The provider's shutdown date for a model (YYYY-MM-DD), when it reports one. */
  shutdownDate(model: string): Promise<string | undefined>
}

/** How to reach a provider; the key is masked as soon as it is read. */
export interface BackendConnection {
  provider: Provider
  apiKey: string
  /** The provider's API root; the provider's public endpoint when undefined. */
  baseUrl?: string
  organization?: string
  project?: string
  /** Azure OpenAI only: training tier and where deployments are made. */
  azure?: AzureConnection
}

/** Job states in OpenAI's words, which the action's `job-status` output uses; other providers map theirs onto them. */
export type JobStatus = 'validating_files' | 'queued' | 'running' | 'paused' | 'succeeded' | 'failed' | 'cancelled'

export const TERMINAL_STATUSES: ReadonlySet<JobStatus> = new Set(['succeeded', 'failed', 'cancelled'])

export interface TrainingJob {
  id: string
  status: JobStatus
  baseModel: string
  fineTunedModel: string | null
  method: Method
  trainingFile: string
  validationFile: string | null
  /** As the server resolved them, under the provider's own names, for the summary. */
  hyperparameters: Record<string, string | number>
  trainedTokens: number | null
  /** Unix seconds. */
  estimatedFinish: number | null
  finishedAt: number | null
  error: { code: string | null; message: string; param: string | null } | null
}

export interface UploadedFile {
  id: string
  filename: string
  bytes: number
}

export interface Hyperparameters {
  nEpochs?: number
  batchSize?: number
  learningRateMultiplier?: number
  beta?: number
}

export interface JobRequest {
  /** Hash of data and recipe: the same key finds the job already made for it. */
  key: string
  baseModel: string
  method: Method
  trainingFileId: string
  validationFileId?: string
  hyperparameters: Hyperparameters
  /** The reinforcement grader, as the user's grader file gives it. */
  grader?: unknown
  suffix?: string
  seed?: number
  /** Where the job came from (repository, commit, workflow run), for people reading the provider's dashboard. */
  labels: Record<string, string>
}

export interface Metric {
  step: number
  trainLoss?: number
  validLoss?: number
  tokenAccuracy?: number
}

export interface JobEvent {
  id: string
  /** Unix seconds. */
  createdAt: number
  message: string
  metric?: Metric
  totalSteps?: number
}

export interface Checkpoint {
  step: number
  model: string
  trainLoss?: number
  validLoss?: number
}

export interface ServedModel {
  name: string
  /** The deployment made or reused for the model, where the provider needs one (Azure). */
  deployment?: string
  release(): Promise<void>
}

export type ChatMessage = Record<string, unknown>

export interface Sampling {
  /** 0 for evaluation: the same question gets the same answer, for every model. */
  temperature: number
  seed?: number
  maxTokens: number
}

export interface ChatAnswer {
  text: string
  promptTokens: number
  completionTokens: number
}
