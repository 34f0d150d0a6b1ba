import type { DatasetReport } from '../dataset/analyze-dataset.js'
import type { DatasetChange } from '../dataset/compare.js'
import type { Finding } from '../dataset/findings.js'
import { FORMAT_LABEL } from '../dataset/formats.js'
import type { Alternative } from '../estimate/alternatives.js'
import type { RetirementNotice } from '../estimate/retirement.js'
import { code, escapeMarkdown, urlPath } from './escape.js'
import { distribution, int, usd, verdict } from './format.js'

/** GitHub refuses issue comments over 65,536 characters. */
export const COMMENT_MAX_CHARS = 65_536
/** A job summary may hold 1 MiB; stay well inside it. */
export const SUMMARY_MAX_CHARS = 512 * 1024

export interface ReportContext {
  /** Links to lines at the head commit, when the run belongs to a repository on GitHub. */
  links?: { serverUrl: string; owner: string; repo: string; sha: string }
  /** The comparison with the base branch, or why there is none. */
  change?: DatasetChange
  baseNote?: string
  notices?: RetirementNotice[]
  budget?: { maxCostUsd: number }
  alternatives?: Alternative[]
}

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const
const MAX_FILE_ROWS = 50

const signed = (n: number) => (n > 0 ? `+${int(n)}` : n < 0 ? `−${int(-n)}` : '±0')
const signedUsd = (n: number) => (n > 0 ? `+${usd(n)}` : n < 0 ? `−${usd(-n)}` : '±$0')

/**
 * The report as GitHub Markdown, for the PR comment and the job summary: what matters first, long lists folded,
 * never over `maxChars`. Every string that comes from a dataset or a path is escaped.
 */
export function markdownReport(
  report: DatasetReport,
  context: ReportContext = {},
  maxChars = SUMMARY_MAX_CHARS,
): string {
  const t = report.totals
  const head: string[] = []
  const cost = t.estimatedCostUsd === null ? 'cost unknown' : `est. ${usd(t.estimatedCostUsd)}`
  head.push(`### ${report.valid ? '✅' : '❌'} Fine-tuning data: ${escapeMarkdown(verdict(report))}`)
  head.push(
    `${int(t.tokens)} tokens per epoch · ${t.epochs} epochs · ${int(t.billedTokens)} billed tokens · ${cost} on ${code(report.model)}`,
    '',
  )

  for (const n of context.notices ?? [])
    head.push(`> [!${n.days <= 0 ? 'CAUTION' : 'WARNING'}]`, `> ${escapeMarkdown(n.message)}`, '')
  if (context.budget) head.push(budgetLine(t.estimatedCostUsd, context.budget.maxCostUsd), '')

  head.push(...fileTable(report, context.change), '')
  head.push(...totalsTable(report, context.change), '')
  if (context.baseNote) head.push(`_${escapeMarkdown(context.baseNote)}_`, '')

  const tail: string[] = []
  if (context.alternatives?.length) {
    tail.push(
      '<details><summary>The same data on other models</summary>',
      '',
      '| model | $ per 1M tokens | billed tokens | est. cost |',
      '|---|--:|--:|--:|',
    )
    for (const a of context.alternatives)
      tail.push(
        `| ${code(a.model)} | $${a.usdPerMillion} | ${a.approximate ? '≤ ' : ''}${int(a.billedTokens)} | ${a.approximate ? '≤ ' : ''}${usd(a.costUsd)} |`,
      )
    tail.push('', '</details>', '')
  }
  const withExamples = report.files.filter(f => f.examples > 0).slice(0, 10)
  if (withExamples.length > 0) {
    tail.push('<details><summary>Per-example distributions</summary>', '')
    for (const f of withExamples) {
      tail.push(code(f.path), '', '| per example | distribution |', '|---|---|')
      tail.push(
        `| messages | ${distribution(f.stats.messages)} |`,
        `| tokens | ${distribution(f.stats.tokens)} |`,
        `| assistant tokens | ${distribution(f.stats.assistantTokens)} |`,
        '',
      )
    }
    tail.push('</details>', '')
  }
  // An open tokenizer's label names its npm scope (@lenml/...): unescaped, GitHub would notify that account.
  tail.push(
    `<sub>fine-tune-action · ${report.tokenizer === undefined ? report.encoding : escapeMarkdown(report.tokenizer)} · prices of ${report.priceTableDate}${context.links ? ` · ${context.links.sha.slice(0, 7)}` : ''}</sub>`,
  )

  const headText = head.join('\n')
  const tailText = tail.join('\n')
  const findingsBudget = maxChars - headText.length - tailText.length - 400
  return [headText, findingsSection(report, context.links, findingsBudget), tailText].join('\n')
}

function budgetLine(cost: number | null, max: number): string {
  if (cost === null)
    return `**Budget:** max-cost $${max}, but the cost of this model is unknown (set price-per-million-tokens).`
  return cost > max
    ? `**Budget:** ❌ est. $${cost} is over max-cost $${max}.`
    : `**Budget:** ✅ est. $${cost} is within max-cost $${max}.`
}

function fileTable(report: DatasetReport, change: DatasetChange | undefined): string[] {
  const rows = [
    '| file | role | format | examples | tokens | errors | warnings |' + (change ? ' vs base |' : ''),
    '|---|---|---|--:|--:|--:|--:|' + (change ? '---|' : ''),
  ]
  for (const f of report.files.slice(0, MAX_FILE_ROWS)) {
    const c = change?.files.find(x => x.path === f.path)
    const vs = !change
      ? ''
      : !c
        ? ' |'
        : c.state === 'new'
          ? ' new file |'
          : c.state === 'unavailable'
            ? ' not compared |'
            : ` ${describeChange(c)} |`
    rows.push(
      `| ${code(f.path)} | ${f.role} | ${FORMAT_LABEL[f.format]} | ${int(f.examples)} | ${int(f.tokens)} | ${int(f.errors)} | ${int(f.warnings)} |${vs}`,
    )
  }
  if (report.files.length > MAX_FILE_ROWS)
    rows.push(`| … ${int(report.files.length - MAX_FILE_ROWS)} more files | | | | | | |${change ? ' |' : ''}`)
  return rows
}

function describeChange(c: DatasetChange['files'][number]): string {
  const parts = [
    c.examplesAdded && `${int(c.examplesAdded)} added`,
    c.examplesRemoved && `${int(c.examplesRemoved)} removed`,
    c.examplesChanged && `${int(c.examplesChanged)} changed`,
  ].filter(Boolean)
  return parts.length === 0 ? 'unchanged' : `${parts.join(', ')} (${signed(c.deltaTokens)} tokens)`
}

function totalsTable(report: DatasetReport, change: DatasetChange | undefined): string[] {
  const t = report.totals
  const costOf = (n: number | null) => (n === null ? 'unknown' : usd(n))
  const rows = ['| | examples | tokens per epoch | epochs | billed tokens | est. cost |', '|---|--:|--:|--:|--:|--:|']
  rows.push(
    `| **${change ? 'this pull request' : 'dataset'}** | ${int(t.examples)} | ${int(t.tokens)} | ${t.epochs} | ${int(t.billedTokens)} | ${costOf(t.estimatedCostUsd)} |`,
  )
  if (change) {
    const b = change.base
    rows.push(
      `| base branch | ${int(b.examples)} | ${int(b.tokens)} | ${b.epochs} | ${int(b.billedTokens)} | ${costOf(b.estimatedCostUsd)} |`,
    )
    rows.push(
      `| change | ${signed(change.deltaExamples)} | ${signed(change.deltaTokens)} | ${signed(t.epochs - b.epochs)} | ${signed(change.deltaBilledTokens)} | ${change.deltaCostUsd === null ? '' : signedUsd(change.deltaCostUsd)} |`,
    )
  }
  return rows
}

/** As many findings as fit, errors first, each linked to its line at the head commit. */
function findingsSection(report: DatasetReport, links: ReportContext['links'], budget: number): string {
  const all = report.files.flatMap(f => f.findings)
  if (all.length === 0) return ''
  const total = report.files.reduce((n, f) => n + Object.values(f.findingCounts).reduce((a, b) => a + b, 0), 0)
  const rank = { error: 0, warning: 1, notice: 2 }
  const ordered = [...all].sort((a, b) => rank[a.severity] - rank[b.severity])
  const out = [`#### Findings (${int(total)})`, '', '| | where | code | message |', '|---|---|---|---|']
  let used = out.join('\n').length
  let shown = 0
  for (const f of ordered) {
    const row = `| ${ICON[f.severity]} | ${where(f, links)} | \`${f.code}\` | ${escapeMarkdown(f.message)} |`
    if (used + row.length + 1 > budget) break
    out.push(row)
    used += row.length + 1
    shown++
  }
  if (shown < total)
    out.push(
      '',
      `_${int(shown)} of ${int(total)} findings shown; the job summary and the JSON report (report-path) list more._`,
    )
  return out.join('\n') + '\n'
}

function where(f: Finding, links: ReportContext['links']): string {
  const label = code(f.line === null ? f.file : `${f.file}:${f.line}`)
  if (!links || f.file.startsWith('/') || f.file.startsWith('..')) return label
  const path = urlPath(f.file)
  return `[${label}](${links.serverUrl}/${links.owner}/${links.repo}/blob/${links.sha}/${path}${f.line === null ? '' : `#L${f.line}`})`
}
