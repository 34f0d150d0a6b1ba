import type { ResolvedModel } from './models.js'

export interface Price {
  usdPerMillion: number
  source: 'input' | 'table'
}

/** The price given by the user wins; otherwise the table's; otherwise unknown (never a guess). */
export function trainingPrice(model: ResolvedModel, override?: number): Price | undefined {
  if (override !== undefined) return { usdPerMillion: override, source: 'input' }
  const usd = model.info?.trainingUsdPerMillion
  return usd === undefined ? undefined : { usdPerMillion: usd, source: 'table' }
}

/** Cost in USD, rounded to the cent's hundredth so outputs stay plain decimals. */
export function costUsd(billedTokens: number, price: Price | undefined): number | null {
  if (!price) return null
  return Math.round(((billedTokens * price.usdPerMillion) / 1e6) * 10_000) / 10_000
}
