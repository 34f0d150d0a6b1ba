import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { FORMAT_LABEL } from '../dataset/formats.js'
import type { Finding } from '../dataset/findings.js'
import { code, escapeMarkdown } from './escape.js'
import { distribution, estimateLine, int, modelLine, verdict } from './format.js'

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** The report as GitHub Markdown (job summary). Every string that came from a dataset or a path is escaped. */
export function markdownReport(report: DatasetReport, options: { maxFindings?: number; lineUrl?: (f: Finding) => string | undefined } = {}): string {
  const maxFindings = options.maxFindings ?? 100
  const t = report.totals
  const out: string[] = []
  out.push(`### ${report.valid ? '✅' : '❌'} Fine-tuning data: ${escapeMarkdown(verdict(report))}`, '')
  out.push(escapeMarkdown(modelLine(report)), '')
  out.push('| file | role | format | examples | tokens | errors | warnings |', '|---|---|---|--:|--:|--:|--:|')
  for (const f of report.files) {
    out.push(`| ${code(f.path)} | ${f.role} | ${FORMAT_LABEL[f.format]} | ${int(f.examples)} | ${int(f.tokens)} | ${int(f.errors)} | ${int(f.warnings)} |`)
  }
  out.push('', `**Estimate:** ${escapeMarkdown(estimateLine(report))}`, '')
  out.push(`| tokens per epoch | epochs | billed tokens | estimated cost |`, '|--:|--:|--:|--:|')
  out.push(`| ${int(t.tokens)} | ${t.epochs} | ${int(t.billedTokens)} | ${t.estimatedCostUsd === null ? 'unknown' : `$${t.estimatedCostUsd}`} |`, '')

  const findings = report.files.flatMap(f => f.findings)
  if (findings.length > 0) {
    out.push('| | where | code | message |', '|---|---|---|---|')
    for (const f of findings.slice(0, maxFindings)) {
      const where = f.line === null ? code(f.file) : code(`${f.file}:${f.line}`)
      const url = options.lineUrl?.(f)
      out.push(`| ${ICON[f.severity]} | ${url ? `[${where}](${url})` : where} | \`${f.code}\` | ${escapeMarkdown(f.message)} |`)
    }
    const total = report.files.reduce((n, f) => n + Object.values(f.findingCounts).reduce((a, b) => a + b, 0), 0)
    if (total > Math.min(findings.length, maxFindings)) out.push('', `_… and ${int(total - Math.min(findings.length, maxFindings))} more findings in the JSON report._`)
    out.push('')
  }

  const withExamples = report.files.filter(f => f.examples > 0)
  if (withExamples.length > 0) {
    out.push('<details><summary>Per-example distributions</summary>', '')
    for (const f of withExamples) {
      out.push(`${code(f.path)}`, '', '| per example | distribution |', '|---|---|')
      out.push(`| messages | ${distribution(f.stats.messages)} |`)
      out.push(`| tokens | ${distribution(f.stats.tokens)} |`)
      out.push(`| assistant tokens | ${distribution(f.stats.assistantTokens)} |`, '')
    }
    out.push('</details>', '')
  }
  return out.join('\n')
}
