import type { Checkpoint, JobEvent, Metric, TrainingJob } from '../backend/backend.js'
import { serverMessage } from '../errors.js'
import { code, escapeMarkdown } from './escape.js'
import { int, usd } from './format.js'

export interface TrainingView {
  job: TrainingJob
  /** finished, or why the wait stopped early. */
  outcome: 'created' | 'finished' | 'timed-out' | 'aborted'
  actualCostUsd: number | null
  metrics: Metric[]
  checkpoints: Checkpoint[]
  /** Whether the job was found (same data and recipe) rather than created by this run. */
  attached: boolean
}

const STATUS_ICON: Record<string, string> = { succeeded: '✅', failed: '❌', cancelled: '⛔' }
const MAX_CHART_POINTS = 60

/**
 * The training section of the job summary and of the merged pull request's comment. The status is the provider's own
 * word (Together's `completed`, as the `job-status` output says it); the icon follows the mapped state.
 */
export function trainingMarkdown(v: TrainingView): string {
  const { job } = v
  const icon = STATUS_ICON[job.status] ?? '⏳'
  // The provider's word comes from its server: escaped like any text we did not write.
  const status = job.providerStatus === undefined ? job.status : escapeMarkdown(job.providerStatus)
  const out = [`### ${icon} Fine-tuning job ${code(job.id)}: ${status}`, '']
  if (v.attached)
    out.push('_This data and recipe already had a job: this run followed it instead of starting another._', '')
  out.push('| | |', '|---|---|')
  out.push(`| base model | ${code(job.baseModel)} |`)
  if (job.fineTunedModel) out.push(`| fine-tuned model | ${code(job.fineTunedModel)} |`)
  out.push(`| method | ${job.method} |`)
  out.push(`| training file | ${code(job.trainingFile)} |`)
  if (job.validationFile) out.push(`| validation file | ${code(job.validationFile)} |`)
  const hp = Object.entries(job.hyperparameters).map(([key, value]) => `${key} ${value}`)
  if (hp.length > 0) out.push(`| hyperparameters | ${escapeMarkdown(hp.join(' · '))} |`)
  if (job.trainedTokens) out.push(`| trained tokens | ${int(job.trainedTokens)} |`)
  if (v.actualCostUsd !== null) out.push(`| cost | ${usd(v.actualCostUsd)} ${costBasis(job)} |`)
  if (job.estimatedFinish && !job.finishedAt)
    out.push(`| estimated finish | ${new Date(job.estimatedFinish * 1000).toISOString()} |`)
  if (job.finishedAt) out.push(`| finished | ${new Date(job.finishedAt * 1000).toISOString()} |`)
  out.push('')
  if (job.error) {
    out.push(
      `**Error** ${code(job.error.code ?? 'unknown')}: ${escapeMarkdown(serverMessage(job.error.message))}${job.error.param ? ` (parameter ${code(job.error.param)})` : ''}`,
      '',
    )
  }
  if (v.outcome === 'timed-out' || v.outcome === 'aborted') {
    out.push(
      `**The job is still ${status}.** Nothing already paid for is lost: follow it later with \`job-id: ${job.id}\` (for example from a scheduled workflow).`,
      '',
    )
  }
  if (v.checkpoints.length > 0) {
    out.push('| checkpoint step | model | train loss | valid loss |', '|--:|---|--:|--:|')
    for (const c of v.checkpoints)
      out.push(`| ${c.step} | ${code(c.model)} | ${c.trainLoss?.toFixed(4) ?? ''} | ${c.validLoss?.toFixed(4) ?? ''} |`)
    out.push('')
  }
  const chart = lossChart(v.metrics)
  if (chart) out.push(chart, '')
  return out.join('\n')
}

/** How the cost was found: a provider that bills the job itself says what it billed; otherwise our arithmetic. */
function costBasis(job: TrainingJob): string {
  return job.billedUsd !== undefined && job.billedUsd !== null
    ? "(billed by the provider: the job's total price)"
    : '(trained tokens × price)'
}

/** One log line per event: metrics as step, losses and accuracy; anything else as the provider wrote it. */
export function describeEvent(event: JobEvent): string {
  const m = event.metric
  if (!m) return event.message
  const parts = [`step ${m.step}${event.totalSteps ? `/${event.totalSteps}` : ''}`]
  if (m.trainLoss !== undefined) parts.push(`train loss ${m.trainLoss.toFixed(4)}`)
  if (m.validLoss !== undefined) parts.push(`valid loss ${m.validLoss.toFixed(4)}`)
  if (m.tokenAccuracy !== undefined) parts.push(`token accuracy ${m.tokenAccuracy.toFixed(3)}`)
  return parts.join(' · ')
}

/** Training (and validation) loss as a Mermaid xychart, which GitHub renders; at most 60 evenly spaced points. */
export function lossChart(metrics: Metric[]): string | undefined {
  const points = metrics.filter(m => m.trainLoss !== undefined)
  if (points.length < 2) return undefined
  const stride = Math.ceil(points.length / MAX_CHART_POINTS)
  const sample = points.filter((_, i) => i % stride === 0 || i === points.length - 1)
  const fmt = (n: number) => Number(n.toFixed(4))
  const lines = [
    '```mermaid',
    'xychart-beta',
    '  title "Loss by step (train; valid where reported)"',
    `  x-axis "step" [${sample.map(m => m.step).join(', ')}]`,
    '  y-axis "loss"',
  ]
  lines.push(`  line [${sample.map(m => fmt(m.trainLoss!)).join(', ')}]`)
  // A line needs a value at every step: carry the last validation loss forward where a step has none.
  if (sample.some(m => m.validLoss !== undefined)) {
    let last = sample.find(m => m.validLoss !== undefined)!.validLoss!
    lines.push(`  line [${sample.map(m => fmt((last = m.validLoss ?? last))).join(', ')}]`)
  }
  lines.push('```')
  return lines.join('\n')
}
