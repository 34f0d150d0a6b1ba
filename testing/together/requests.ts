import type { FineTuningCreateParams, FineTuningEstimatePriceParams } from 'together-ai/resources/fine-tuning'

export class TogetherError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
  ) {
    super(message)
  }
}

/**
 * Every field of the SDK's create parameters, and only those: the compiler holds this list equal to the
 * together-ai SDK's `FineTuningCreateParams`, so a field the SDK does not know is refused here as a typo would be.
 */
const CREATE_FIELDS: Record<keyof FineTuningCreateParams, true> = {
  model: true,
  training_file: true,
  batch_size: true,
  early_stopping_enabled: true,
  early_stopping_min_delta: true,
  early_stopping_patience: true,
  early_stopping_warmup_evals: true,
  from_checkpoint: true,
  from_hf_model: true,
  gradient_accumulation_steps: true,
  hf_api_token: true,
  hf_model_revision: true,
  hf_output_repo_name: true,
  learning_rate: true,
  lr_scheduler: true,
  max_grad_norm: true,
  max_seq_length: true,
  multimodal_params: true,
  n_checkpoints: true,
  n_epochs: true,
  n_evals: true,
  packing: true,
  random_seed: true,
  suffix: true,
  train_on_inputs: true,
  training_method: true,
  training_type: true,
  validation_file: true,
  wandb_api_key: true,
  wandb_base_url: true,
  wandb_entity: true,
  wandb_name: true,
  wandb_project_name: true,
  warmup_ratio: true,
  weight_decay: true,
}

const ESTIMATE_FIELDS: Record<keyof FineTuningEstimatePriceParams, true> = {
  training_file: true,
  from_checkpoint: true,
  model: true,
  n_epochs: true,
  n_evals: true,
  training_method: true,
  training_type: true,
  validation_file: true,
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new TogetherError(400, 'The request body must be a JSON object')
  return body as Record<string, unknown>
}

function only(body: Record<string, unknown>, fields: Record<string, true>): void {
  for (const key of Object.keys(body))
    if (!(key in fields)) throw new TogetherError(400, `Unknown field ${key}`, 'invalid_request_error')
}

const isInt = (v: unknown, min: number, max: number) =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max

function checkRecipe(b: Record<string, unknown>): void {
  if (typeof b.training_file !== 'string') throw new TogetherError(400, 'training_file is required')
  if (b.n_epochs !== undefined && !isInt(b.n_epochs, 1, 20)) throw new TogetherError(400, 'n_epochs must be 1 to 20')
  if (b.n_evals !== undefined && !isInt(b.n_evals, 0, 100)) throw new TogetherError(400, 'n_evals must be 0 to 100')
  if (b.validation_file !== undefined && typeof b.validation_file !== 'string')
    throw new TogetherError(400, 'validation_file must be a file id')
  const m = b.training_method as Record<string, unknown> | undefined
  if (m !== undefined) {
    if (m.method === 'sft') {
      if (!(typeof m.train_on_inputs === 'boolean' || m.train_on_inputs === 'auto'))
        throw new TogetherError(400, 'training_method.train_on_inputs must be true, false or "auto"')
    } else if (m.method === 'dpo') {
      if (m.dpo_beta !== undefined && !(typeof m.dpo_beta === 'number' && m.dpo_beta > 0))
        throw new TogetherError(400, 'training_method.dpo_beta must be a positive number')
    } else throw new TogetherError(400, 'training_method.method must be sft or dpo')
  }
  const t = b.training_type as Record<string, unknown> | null | undefined
  if (t !== undefined && t !== null) {
    if (t.type === 'Lora') {
      if (!isInt(t.lora_r, 1, 1024) || typeof t.lora_alpha !== 'number')
        throw new TogetherError(400, 'training_type Lora needs lora_r (a whole number) and lora_alpha')
    } else if (t.type !== 'Full') throw new TogetherError(400, 'training_type.type must be Lora or Full')
  }
}

export function checkCreate(body: unknown): FineTuningCreateParams {
  const b = object(body)
  only(b, CREATE_FIELDS)
  if (typeof b.model !== 'string') throw new TogetherError(400, 'model is required')
  checkRecipe(b)
  if (
    b.learning_rate !== undefined &&
    !(typeof b.learning_rate === 'number' && b.learning_rate > 0 && b.learning_rate <= 1)
  )
    throw new TogetherError(400, 'learning_rate must be above 0 and at most 1')
  if (b.batch_size !== undefined && b.batch_size !== 'max' && !isInt(b.batch_size, 1, 1024))
    throw new TogetherError(400, 'batch_size must be a whole number or "max"')
  if (b.suffix !== undefined && !(typeof b.suffix === 'string' && /^[\w.-]{1,64}$/.test(b.suffix)))
    throw new TogetherError(400, 'suffix must be at most 64 letters, digits, "-", "_" or "."')
  return b as unknown as FineTuningCreateParams
}

export function checkEstimate(body: unknown): FineTuningEstimatePriceParams {
  const b = object(body)
  only(b, ESTIMATE_FIELDS)
  checkRecipe(b)
  return b as unknown as FineTuningEstimatePriceParams
}
