import type { FineTuneMethodType, Hyperparameters } from './types.js'

/**
 * OpenAI's documented default: 3 epochs, raised for small files and lowered for large ones to keep between 100 and
 * 25,000 example-epochs (at most 25, at least 1). Written out here rather than imported from the action's estimate,
 * so the simulator stays an independent check of what the action predicts.
 */
export function defaultEpochs(examples: number): number {
  if (examples <= 0) return 3
  if (examples * 3 < 100) return Math.min(25, Math.floor(100 / examples))
  if (examples * 3 > 25_000) return Math.max(1, Math.floor(25_000 / examples))
  return 3
}

/** What a job shows before it resolves them: each hyperparameter its method takes, `auto` unless given. */
export function requestedHyperparameters(method: FineTuneMethodType, given: Hyperparameters = {}): Hyperparameters {
  const auto: Hyperparameters = { batch_size: 'auto', learning_rate_multiplier: 'auto', n_epochs: 'auto' }
  if (method === 'dpo') auto.beta = 'auto'
  if (method === 'reinforcement') {
    Object.assign(auto, {
      reasoning_effort: 'default',
      compute_multiplier: 'auto',
      eval_interval: 'auto',
      eval_samples: 'auto',
    })
  }
  return { ...auto, ...given }
}

/** The values a job runs with once its files are validated: each `auto` replaced the way OpenAI would. */
export function resolveHyperparameters(requested: Hyperparameters, examples: number): Hyperparameters {
  const resolved: Hyperparameters = { ...requested }
  const auto = (key: string) => resolved[key] === 'auto'
  if (auto('n_epochs')) resolved.n_epochs = defaultEpochs(examples)
  // About 0.2% of the examples per batch, between 1 and 256.
  if (auto('batch_size')) resolved.batch_size = Math.min(256, Math.max(1, Math.round(examples * 0.002)))
  if (auto('learning_rate_multiplier')) resolved.learning_rate_multiplier = 1.8
  if (auto('beta')) resolved.beta = 0.1
  if (resolved.reasoning_effort === 'default') resolved.reasoning_effort = 'medium'
  if (auto('compute_multiplier')) resolved.compute_multiplier = 1
  if (auto('eval_interval')) resolved.eval_interval = 1
  if (auto('eval_samples')) resolved.eval_samples = 1
  return resolved
}
