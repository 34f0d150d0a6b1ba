/** The API objects the simulator sends, typed as far as the simulator fills them (see the spec for every field). */

export type FilePurpose =
  | 'assistants'
  | 'assistants_output'
  | 'batch'
  | 'batch_output'
  | 'fine-tune'
  | 'fine-tune-results'
  | 'vision'
  | 'user_data'
  | 'evals'

export interface OpenAIFile {
  id: string
  object: 'file'
  bytes: number
  created_at: number
  expires_at?: number
  filename: string
  purpose: FilePurpose
  status: 'uploaded' | 'processed' | 'error'
}

export interface Upload {
  id: string
  object: 'upload'
  bytes: number
  created_at: number
  expires_at: number
  filename: string
  purpose: string
  status: 'pending' | 'completed' | 'cancelled' | 'expired'
  file: OpenAIFile | null
}

export interface UploadPart {
  id: string
  object: 'upload.part'
  created_at: number
  upload_id: string
}

export type FineTuneMethodType = 'supervised' | 'dpo' | 'reinforcement'

export type JobStatus = 'validating_files' | 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled'

export interface JobError {
  code: string
  message: string
  param: string | null
}

export type Hyperparameters = Record<string, string | number>

export interface FineTuningJob {
  id: string
  object: 'fine_tuning.job'
  created_at: number
  error: JobError | null
  fine_tuned_model: string | null
  finished_at: number | null
  hyperparameters: {
    batch_size: 'auto' | number | null
    learning_rate_multiplier: 'auto' | number
    n_epochs: 'auto' | number
  }
  model: string
  organization_id: string
  result_files: string[]
  seed: number
  status: JobStatus
  trained_tokens: number | null
  training_file: string
  validation_file: string | null
  integrations: unknown[] | null
  estimated_finish: number | null
  method: { type: FineTuneMethodType } & Record<string, unknown>
  metadata: Record<string, string> | null
  user_provided_suffix?: string
}

export interface FineTuningJobEvent {
  id: string
  object: 'fine_tuning.job.event'
  created_at: number
  level: 'info' | 'warn' | 'error'
  message: string
  type: 'message' | 'metrics'
  data: Record<string, unknown>
}

export interface StepMetrics {
  step: number
  train_loss: number
  train_mean_token_accuracy: number
  valid_loss?: number
  valid_mean_token_accuracy?: number
  full_valid_loss?: number
  full_valid_mean_token_accuracy?: number
}

export interface FineTuningJobCheckpoint {
  id: string
  object: 'fine_tuning.job.checkpoint'
  created_at: number
  fine_tuned_model_checkpoint: string
  fine_tuning_job_id: string
  metrics: StepMetrics
  step_number: number
}

export interface Model {
  id: string
  object: 'model'
  created: number
  owned_by: string
  shutdown_date?: string | null
}

/** The fields of a CreateFineTuningJobRequest the simulator acts on (the contract has already checked all of it). */
export interface CreateJobRequest {
  model: string
  training_file: string
  validation_file?: string | null
  suffix?: string | null
  seed?: number | null
  hyperparameters?: Hyperparameters
  method?: { type: FineTuneMethodType } & Partial<
    Record<FineTuneMethodType, { hyperparameters?: Hyperparameters } & Record<string, unknown>>
  >
  metadata?: Record<string, string> | null
  integrations?: unknown[] | null
}
