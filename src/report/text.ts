import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { FORMAT_LABEL } from '../dataset/formats.js'
import type { Severity } from '../dataset/findings.js'
import { distribution, estimateLine, int, modelLine, verdict } from './format.js'

export type Paint = (style: 'red' | 'yellow' | 'cyan' | 'green' | 'bold' | 'dim', text: string) => string
export const noPaint: Paint = (_style, text) => text

const MARK: Record<Severity, string> = { error: '✖', warning: '⚠', notice: 'ℹ' }
const COLOUR: Record<Severity, 'red' | 'yellow' | 'cyan'> = { error: 'red', warning: 'yellow', notice: 'cyan' }

/** The readable report for a terminal or the Actions log. Dataset text appears only inside findings' messages. */
export function textReport(report: DatasetReport, options: { paint?: Paint; maxFindings?: number } = {}): string {
  const paint = options.paint ?? noPaint
  const maxFindings = options.maxFindings ?? 50
  const out: string[] = []
  out.push(paint('bold', `fine-tune-action · ${modelLine(report)}`), '')

  const rows = [
    ['file', 'role', 'format', 'examples', 'tokens', 'errors', 'warnings'],
    ...report.files.map(f => [
      f.path,
      f.role,
      FORMAT_LABEL[f.format],
      int(f.examples),
      int(f.tokens),
      int(f.errors),
      int(f.warnings),
    ]),
  ]
  const widths = rows[0].map((_, c) => Math.max(...rows.map(r => r[c].length)))
  rows.forEach((row, i) => {
    const line = row.map((cell, c) => (c >= 3 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ')
    out.push(i === 0 ? paint('dim', line) : line)
  })

  const all = report.files.flatMap(f => f.findings)
  if (all.length > 0) {
    out.push('', paint('bold', 'Findings'))
    for (const f of all.slice(0, maxFindings)) {
      const where = f.line === null ? f.file : `${f.file}:${f.line}`
      out.push(
        `  ${paint(COLOUR[f.severity], MARK[f.severity])} ${where}  ${paint(COLOUR[f.severity], f.code)}  ${f.message}`,
      )
    }
    const total = report.files.reduce((n, f) => n + Object.values(f.findingCounts).reduce((a, b) => a + b, 0), 0)
    if (total > Math.min(all.length, maxFindings))
      out.push(paint('dim', `  … ${int(total - Math.min(all.length, maxFindings))} more in the JSON report`))
  }

  for (const f of report.files) {
    if (f.examples === 0) continue
    out.push('', paint('bold', `Per example in ${f.path}`))
    out.push(`  messages          ${distribution(f.stats.messages)}`)
    out.push(`  tokens            ${distribution(f.stats.tokens)}`)
    out.push(`  assistant tokens  ${distribution(f.stats.assistantTokens)}`)
    if (f.examplesOverLimit > 0)
      out.push(`  ${int(f.examplesOverLimit)} over the per-example limit (truncated in training)`)
  }

  out.push('', paint('bold', 'Estimate'), `  ${estimateLine(report)}`, '')
  const ok = report.totals.errors === 0
  out.push(paint(ok ? 'green' : 'red', `${ok ? '✔' : '✖'} ${verdict(report)}`))
  return out.join('\n')
}
