import { createHash } from 'node:crypto'

/** The metadata key that carries the training key on every job this action creates, where the provider keeps metadata. */
export const TRAINING_KEY = 'fine_tune_action_key'

export interface Recipe {
  trainingSha256: string
  validationSha256?: string
  model: string
  method: 'supervised' | 'dpo' | 'reinforcement'
  hyperparameters: Record<string, number | undefined>
  graderSha256?: string
  suffix?: string
  seed?: number
}

/** JSON with keys sorted at every level and undefined left out, so equal recipes give equal text. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * One key for "this data, trained this way": the same commit re-run, or a later commit that leaves data and recipe
 * unchanged, produces the same key and so finds the job already made for it.
 */
export function trainingKey(recipe: Recipe): string {
  return createHash('sha256').update(canonical(recipe)).digest('hex').slice(0, 32)
}

export function textSha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
