import type { DatasetReport } from '../dataset/analyze-dataset.js'
import type { Distribution } from '../dataset/stats.js'

export const int = (n: number): string => Math.round(n).toLocaleString('en-US')

export function usd(value: number | null): string {
  if (value === null) return 'unknown'
  return value < 0.01 && value > 0
    ? `$${value.toFixed(4)}`
    : `$${value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`
}

export function distribution(d: Distribution | null): string {
  if (!d) return 'no examples'
  const f = (n: number) => (Number.isInteger(n) ? int(n) : n.toLocaleString('en-US', { maximumFractionDigits: 1 }))
  return `min ${f(d.min)} · p10 ${f(d.p10)} · median ${f(d.median)} · mean ${f(d.mean)} · p90 ${f(d.p90)} · max ${f(d.max)}`
}

export function plural(n: number, word: string): string {
  return `${int(n)} ${word}${n === 1 ? '' : 's'}`
}

export function verdict(report: DatasetReport): string {
  const { errors, warnings } = report.totals
  if (errors > 0) return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}: not ready for fine-tuning`
  if (warnings > 0) return `valid, with ${plural(warnings, 'warning')}`
  return 'valid'
}

export function estimateLine(report: DatasetReport): string {
  const t = report.totals
  const epochs = `${t.epochs} epoch${t.epochs === 1 ? '' : 's'} (${t.epochsSource === 'input' ? 'n-epochs' : 'default rule'})`
  const price =
    t.priceUsdPerMillion === null
      ? 'cost unknown (no price for this model; set price-per-million-tokens)'
      : `estimated cost ${usd(t.estimatedCostUsd)} at $${t.priceUsdPerMillion}/1M tokens (${t.priceSource === 'input' ? 'given price' : `price table of ${report.priceTableDate}`})`
  return `${int(t.tokens)} tokens per epoch × ${epochs} = ${int(t.billedTokens)} billed tokens; ${price}`
}

export function modelLine(report: DatasetReport): string {
  const limit =
    report.exampleLimit === null ? 'no known per-example limit' : `${int(report.exampleLimit)} tokens per example`
  const base = report.baseModel !== report.model ? ` (base ${report.baseModel})` : ''
  return `model ${report.model}${base}: ${report.tokenizer ?? report.encoding}, ${limit}`
}
