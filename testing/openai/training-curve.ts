import { seededRandom } from './random.js'
import type { StepMetrics } from './types.js'

/**
 * A loss curve for one job, fixed by its seed: training loss falls at every step (by a jittered, shrinking amount,
 * so a test may assert it strictly decreases), validation loss follows a little above it, and token accuracy rises
 * as loss falls.
 */
export class TrainingCurve {
  private readonly loss: Float64Array
  private readonly validRatio: number
  private readonly initial: number

  constructor(
    seed: number,
    readonly totalSteps: number,
    readonly withValidation: boolean,
  ) {
    const random = seededRandom(seed)
    this.initial = 1.6 + random() * 0.8
    const final = 0.12 + random() * 0.2
    this.validRatio = 1.04 + random() * 0.1
    const weights = Array.from(
      { length: totalSteps },
      (_, i) => Math.exp((-4 * i) / Math.max(1, totalSteps)) * (0.4 + random()),
    )
    const sum = weights.reduce((a, b) => a + b, 0)
    this.loss = new Float64Array(totalSteps + 1)
    this.loss[0] = this.initial
    for (let step = 1; step <= totalSteps; step++)
      this.loss[step] = this.loss[step - 1] - ((this.initial - final) * weights[step - 1]) / sum
  }

  /** The metrics a `metrics` event reports at a step (1-based). */
  at(step: number): StepMetrics {
    const train = this.loss[Math.min(Math.max(step, 0), this.totalSteps)]
    const metrics: StepMetrics = { step, train_loss: train, train_mean_token_accuracy: this.accuracy(train) }
    if (this.withValidation) {
      metrics.valid_loss = train * this.validRatio
      metrics.valid_mean_token_accuracy = this.accuracy(train * this.validRatio)
    }
    return metrics
  }

  /** At an epoch's end OpenAI also scores the whole validation file; the checkpoint carries those figures. */
  atEpochEnd(step: number): StepMetrics {
    const metrics = this.at(step)
    if (metrics.valid_loss !== undefined) {
      metrics.full_valid_loss = metrics.valid_loss * 0.98
      metrics.full_valid_mean_token_accuracy = this.accuracy(metrics.full_valid_loss)
    }
    return metrics
  }

  private accuracy(loss: number): number {
    return Math.min(1, Math.max(0, 1 - loss / (this.initial * 1.6)))
  }
}
