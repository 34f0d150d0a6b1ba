import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { costUsd } from './cost.js'
import { pricedModels, resolveModel } from './models.js'

export interface Alternative {
  model: string
  usdPerMillion: number
  billedTokens: number
  costUsd: number
  /** True when some example is over this model's limit, so the figure is an upper bound. */
  approximate: boolean
}

/**
 * What the same data would cost on the other fine-tunable models that share its encoding (so the token counts are
 * exact) and accept its format. Epochs stay as estimated: they depend on the example count, not the model.
 */
export function alternativeCosts(report: DatasetReport): Alternative[] {
  const training = report.files.filter(f => f.role === 'training')
  const format = training[0]?.format
  const current = resolveModel(report.model).info?.id
  const uncapped = training.reduce((n, f) => n + f.uncappedTokens, 0)
  const longest = Math.max(0, ...training.map(f => f.stats.tokens?.max ?? 0))
  return pricedModels()
    .filter(m => m.encoding === report.encoding && m.id !== current && m.formats.includes(format))
    .map(m => {
      const approximate = m.exampleLimit !== undefined && longest > m.exampleLimit
      const billedTokens = report.totals.epochs * uncapped
      return {
        model: m.id,
        usdPerMillion: m.trainingUsdPerMillion!,
        billedTokens,
        costUsd: costUsd(billedTokens, { usdPerMillion: m.trainingUsdPerMillion!, source: 'table' })!,
        approximate,
      }
    })
    .sort((a, b) => a.costUsd - b.costUsd)
}
