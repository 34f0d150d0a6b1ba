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
  /**
   * Uploads a local file once: a file already on the server with the same content is reused. The bytes sent must
   * hash to `sha256` (the validated bytes), or nothing is uploaded. It resolves once the server has processed the
   * file; `signal` ends that wait (and its requests) at once: the run is cancelled or its time is up.
   */
  uploadOnce(path: string, filename: string, sha256: string, signal?: AbortSignal): Promise<UploadedFile>
  /** A job this action created for the same training key that can still deliver a model. */
  findJob(key: string): Promise<TrainingJob | undefined>
  /** Creates the job once, even when a response is lost on the way. */
  createJobOnce(request: JobRequest): Promise<TrainingJob>
  /** `signal` ends the request (and its retries) at once: the run is cancelled or its time is up. */
  getJob(id: string, signal?: AbortSignal): Promise<TrainingJob>
  /** The job's events that are not in `seen` yet, oldest first; their ids are added to `seen`. */
  newEvents(id: string, seen: Set<string>, signal?: AbortSignal): Promise<JobEvent[]>
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
  /**
   * The provider's own price estimate for the job, in USD, asked before it is created (the budget guard); absent
   * where the provider has none, and undefined when it cannot estimate this job.
   */
  estimateCostUsd?(request: JobRequest): Promise<number | undefined>
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

/**
 * Job states in OpenAI's words, which the action's flow reads (waiting, failing, evaluating); other providers map
 * theirs onto them and keep their own word in `TrainingJob.providerStatus` for the `job-status` output.
 */
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
  /** The provider's own word for the status when it is not OpenAI's (Together's `completed`, `error`, ...). */
  providerStatus?: string
  /** What the provider billed for the job, in USD, when it says (Together's `total_price`). */
  billedUsd?: number | null
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
  /** Together: the absolute learning rate (OpenAI takes a multiplier instead). */
  learningRate?: number
  /** Together: LoRA adapters (the default) or all weights. */
  trainingType?: 'lora' | 'full'
  /** Together: the LoRA rank; the model's largest when undefined. */
  loraRank?: number
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
  /**
   * 0 for evaluation: the same question gets the same answer, for every model. Left out for models that take only
   * their default (OpenAI's reasoning models).
   */
  temperature: number
  seed?: number
  maxTokens: number
}

export interface ChatAnswer {
  /**
   * Why the request went without `temperature`, when it did: the model is one that rejects it, or the server
   * refused it (`unsupported_value`) and the request was sent again without.
   */
  temperatureOmitted?: 'model' | 'refused'
  text: string
  promptTokens: number
  completionTokens: number
}
