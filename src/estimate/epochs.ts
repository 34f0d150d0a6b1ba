/** The defaults the fine-tuning API applies, as the cookbook notebook states them. */
export const TARGET_EPOCHS = 3
export const MIN_TARGET_EXAMPLES = 100
export const MAX_TARGET_EXAMPLES = 25_000
export const MIN_DEFAULT_EPOCHS = 1
export const MAX_DEFAULT_EPOCHS = 25

/** Default epochs: 3, raised for small datasets and lowered for large ones to keep 100..25,000 example-epochs. */
export function defaultEpochs(examples: number): number {
  if (examples <= 0) return TARGET_EPOCHS
  if (examples * TARGET_EPOCHS < MIN_TARGET_EXAMPLES) {
    return Math.min(MAX_DEFAULT_EPOCHS, Math.floor(MIN_TARGET_EXAMPLES / examples))
  }
  if (examples * TARGET_EPOCHS > MAX_TARGET_EXAMPLES) {
    return Math.max(MIN_DEFAULT_EPOCHS, Math.floor(MAX_TARGET_EXAMPLES / examples))
  }
  return TARGET_EPOCHS
}
