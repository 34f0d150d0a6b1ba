import type { EvalCase } from '../evaluate/eval-case.js'
import type { CaseResult } from '../evaluate/runner.js'
import { pct, type EvalSummary, type Tally } from '../evaluate/summary.js'
import { code, escapeMarkdown } from './escape.js'
import { int } from './format.js'

const MAX_REGRESSIONS_SHOWN = 10
const SNIPPET = 300

const snippet = (text: string) => escapeMarkdown(text.length > SNIPPET ? `${text.slice(0, SNIPPET)}…` : text)

/** The evaluation as Markdown: per model, the paired comparison, the breakdowns, then the first regressions. */
export function evalMarkdown(
  summary: EvalSummary,
  cases: EvalCase[],
  results: Map<string, Map<string, CaseResult>>,
): string {
  const out: string[] = []
  const icon = summary.gates.passed ? '✅' : '❌'
  const me = summary.models.find(m => m.model === summary.evaluated)!
  out.push(
    `### ${icon} Evaluation of ${code(summary.evaluated)}: ${pct(me.passRate)} of ${int(cases.length)} cases pass`,
    '',
  )
  for (const f of summary.gates.failures) out.push(`- ❌ ${escapeMarkdown(f)}`)
  if (summary.gates.failures.length > 0) out.push('')
  out.push(
    '| model | pass rate | passed | failed | errors | mean score | tokens in / out |',
    '|---|--:|--:|--:|--:|--:|--:|',
  )
  for (const m of summary.models) {
    out.push(
      `| ${code(m.model)}${m.role === 'evaluated' ? ' (evaluated)' : ''} | ${pct(m.passRate)} | ${m.passed} | ${m.failed} | ${m.errored} | ${m.meanScore.toFixed(3)} | ${int(m.promptTokens)} / ${int(m.completionTokens)} |`,
    )
  }
  out.push('')
  if (summary.comparisons.length > 0) {
    out.push(
      `| ${code(summary.evaluated)} against | regressions | fixes | both pass | both fail |`,
      '|---|--:|--:|--:|--:|',
    )
    for (const c of summary.comparisons)
      out.push(`| ${code(c.baseline)} | ${c.regressions.length} | ${c.fixes.length} | ${c.bothPass} | ${c.bothFail} |`)
    out.push('')
  }
  const breakdown = (title: string, tallies: Record<string, Tally>) => {
    const keys = Object.keys(tallies).sort()
    if (keys.length === 0) return
    out.push(`<details><summary>${title}</summary>`, '', '| | passed | failed |', '|---|--:|--:|')
    for (const k of keys) out.push(`| ${code(k)} | ${tallies[k].passed} | ${tallies[k].failed} |`)
    out.push('', '</details>', '')
  }
  breakdown(`By check type (${escapeMarkdown(summary.evaluated)})`, me.byCheck)
  breakdown(`By tag (${escapeMarkdown(summary.evaluated)})`, me.byTag)
  const mine = results.get(summary.evaluated)!
  for (const c of summary.comparisons) {
    if (c.regressions.length === 0) continue
    const theirs = results.get(c.baseline)!
    out.push(
      `<details><summary>Regressions against ${escapeMarkdown(c.baseline)} (${c.regressions.length})</summary>`,
      '',
    )
    for (const id of c.regressions.slice(0, MAX_REGRESSIONS_SHOWN)) {
      const a = mine.get(id)
      const b = theirs.get(id)
      out.push(`**${escapeMarkdown(id)}**`, '')
      out.push(
        `- ${code(summary.evaluated)}: ${a?.status === 'error' ? `error: ${snippet(a.error)}` : snippet(a?.status ? (a as { output: string }).output : '')}`,
      )
      out.push(`- ${code(c.baseline)}: ${b && b.status !== 'error' ? snippet(b.output) : ''}`, '')
    }
    if (c.regressions.length > MAX_REGRESSIONS_SHOWN)
      out.push(`_… ${c.regressions.length - MAX_REGRESSIONS_SHOWN} more in the JSON report._`, '')
    out.push('</details>', '')
  }
  return out.join('\n')
}
