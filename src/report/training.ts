import type { FineTuningJob } from 'openai/resources/fine-tuning/jobs/jobs'
import type { FineTuningJobCheckpoint } from 'openai/resources/fine-tuning/jobs/checkpoints'
import type { Metric } from '../backend/jobs.js'
import { code, escapeMarkdown } from './escape.js'
import { int, usd } from './format.js'

export interface TrainingView {
  job: FineTuningJob
  /** finished, or why the wait stopped early. */
  outcome: 'created' | 'finished' | 'timed-out' | 'aborted'
  actualCostUsd: number | null
  metrics: Metric[]
  checkpoints: FineTuningJobCheckpoint[]
  /** Whether the job was found (same data and recipe) rather than created by this run. */
  attached: boolean
}

const STATUS_ICON: Record<string, string> = { succeeded: '✅', failed: '❌', cancelled: '⛔' }
const MAX_CHART_POINTS = 60

/** The training section of the job summary and of the merged pull request's comment. */
export function trainingMarkdown(v: TrainingView): string {
  const { job } = v
  const icon = STATUS_ICON[job.status] ?? '⏳'
  const out = [`### ${icon} Fine-tuning job ${code(job.id)}: ${job.status}`, '']
  if (v.attached) out.push('_This data and recipe already had a job: this run followed it instead of starting another._', '')
  out.push('| | |', '|---|---|')
  out.push(`| base model | ${code(job.model)} |`)
  if (job.fine_tuned_model) out.push(`| fine-tuned model | ${code(job.fine_tuned_model)} |`)
  out.push(`| method | ${job.method?.type ?? 'supervised'} |`)
  out.push(`| training file | ${code(job.training_file)} |`)
  if (job.validation_file) out.push(`| validation file | ${code(job.validation_file)} |`)
  const hp = hyperparameters(job)
  if (hp) out.push(`| hyperparameters | ${escapeMarkdown(hp)} |`)
  if (job.trained_tokens) out.push(`| trained tokens | ${int(job.trained_tokens)} |`)
  if (v.actualCostUsd !== null) out.push(`| cost | ${usd(v.actualCostUsd)} (trained tokens × price) |`)
  if (job.estimated_finish && !job.finished_at) out.push(`| estimated finish | ${new Date(job.estimated_finish * 1000).toISOString()} |`)
  if (job.finished_at) out.push(`| finished | ${new Date(job.finished_at * 1000).toISOString()} |`)
  out.push('')
  if (job.error?.message) {
    out.push(`**Error** ${code(job.error.code ?? 'unknown')}: ${escapeMarkdown(job.error.message)}${job.error.param ? ` (parameter ${code(job.error.param)})` : ''}`, '')
  }
  if (v.outcome === 'timed-out' || v.outcome === 'aborted') {
    out.push(`**The job is still ${job.status}.** Nothing already paid for is lost: follow it later with \`job-id: ${job.id}\` (for example from a scheduled workflow).`, '')
  }
  if (v.checkpoints.length > 0) {
    out.push('| checkpoint step | model | train loss | valid loss |', '|--:|---|--:|--:|')
    for (const c of v.checkpoints) {
      const m = c.metrics ?? {}
      out.push(`| ${c.step_number} | ${code(c.fine_tuned_model_checkpoint)} | ${m.train_loss?.toFixed(4) ?? ''} | ${(m.valid_loss ?? m.full_valid_loss)?.toFixed(4) ?? ''} |`)
    }
    out.push('')
  }
  const chart = lossChart(v.metrics)
  if (chart) out.push(chart, '')
  return out.join('\n')
}

function hyperparameters(job: FineTuningJob): string | undefined {
  const method = job.method
  const hp = (method?.type && (method as unknown as Record<string, { hyperparameters?: Record<string, unknown> }>)[method.type]?.hyperparameters) || job.hyperparameters
  if (!hp) return undefined
  const parts = Object.entries(hp).filter(([, value]) => value !== undefined && value !== null).map(([key, value]) => `${key} ${value}`)
  return parts.length > 0 ? parts.join(' · ') : undefined
}

/** Training (and validation) loss as a Mermaid xychart, which GitHub renders; at most 60 evenly spaced points. */
export function lossChart(metrics: Metric[]): string | undefined {
  const points = metrics.filter(m => m.trainLoss !== undefined)
  if (points.length < 2) return undefined
  const stride = Math.ceil(points.length / MAX_CHART_POINTS)
  const sample = points.filter((_, i) => i % stride === 0 || i === points.length - 1)
  const fmt = (n: number) => Number(n.toFixed(4))
  const lines = ['```mermaid', 'xychart-beta', '  title "Loss by step (train; valid where reported)"', `  x-axis "step" [${sample.map(m => m.step).join(', ')}]`, '  y-axis "loss"']
  lines.push(`  line [${sample.map(m => fmt(m.trainLoss!)).join(', ')}]`)
  // A line needs a value at every step: carry the last validation loss forward where a step has none.
  if (sample.some(m => m.validLoss !== undefined)) {
    let last = sample.find(m => m.validLoss !== undefined)!.validLoss!
    lines.push(`  line [${sample.map(m => fmt((last = m.validLoss ?? last))).join(', ')}]`)
  }
  lines.push('```')
  return lines.join('\n')
}
