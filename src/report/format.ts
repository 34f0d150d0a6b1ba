import type { DatasetReport } from '../dataset/analyze-dataset.js'
import type { Distribution } from '../dataset/stats.js'

/**
 * A number as `toLocaleString('en-US', { maximumFractionDigits })` writes it (rounded half away from zero on its
 * shortest decimal form, grouped by thousands), without Intl: Intl's first use loads ICU's number data, which was a
 * tenth of a pull-request check's start-up. `minimumFractionDigits` keeps trailing zeros up to that many.
 */
export function formatNumber(n: number, maximumFractionDigits: number, minimumFractionDigits = 0): string {
  if (!Number.isFinite(n)) return String(n)
  const magnitude = Math.abs(n)
  const written = magnitude < 1e21 ? String(magnitude) : BigInt(magnitude).toString()
  // Below 1e-6 the shortest form is exponential; that far below one cent the fixed form rounds the same.
  const [whole = '0', fraction = ''] = (written.includes('e') ? magnitude.toFixed(20) : written).split('.')
  let digits = whole + fraction.padEnd(maximumFractionDigits, '0').slice(0, maximumFractionDigits)
  if ((fraction[maximumFractionDigits] ?? '0') >= '5') digits = String(BigInt(digits) + 1n).padStart(digits.length, '0')
  const integer = digits.slice(0, digits.length - maximumFractionDigits).replace(/^0+(?=\d)/, '')
  let decimals = digits.slice(digits.length - maximumFractionDigits)
  while (decimals.length > minimumFractionDigits && decimals.endsWith('0')) decimals = decimals.slice(0, -1)
  const sign = n < 0 || Object.is(n, -0) ? '-' : ''
  return `${sign}${integer.replace(/\B(?=(\d{3})+$)/g, ',')}${decimals ? `.${decimals}` : ''}`
}

export const int = (n: number): string => formatNumber(Math.round(n), 0)

export function usd(value: number | null): string {
  if (value === null) return 'unknown'
  return value < 0.01 && value > 0 ? `$${value.toFixed(4)}` : `$${formatNumber(value, 2, 2)}`
}

export function distribution(d: Distribution | null): string {
  if (!d) return 'no examples'
  const f = (n: number) => (Number.isInteger(n) ? int(n) : formatNumber(n, 1))
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
