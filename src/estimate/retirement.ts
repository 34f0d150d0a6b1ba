import { azureFineTuningDates } from './azure-models.js'
import { OPENAI_LAST_FINE_TUNING_JOB_DATE, type ResolvedModel } from './models.js'

/** How far ahead a shutdown is worth a warning: a quarter is what a team needs to evaluate and switch. */
export const WARN_DAYS_AHEAD = 120

export interface RetirementNotice {
  kind: 'model-shutdown' | 'fine-tuning-end'
  date: string
  /** Days from today; negative once past. */
  days: number
  message: string
}

const DAY_MS = 86_400_000

export function daysUntil(date: string, today: Date): number {
  const startOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  return Math.round((Date.parse(`${date}T00:00:00Z`) - startOfToday) / DAY_MS)
}

const when = (days: number) =>
  days === 0
    ? 'today'
    : days > 0
      ? `in ${days} day${days === 1 ? '' : 's'}`
      : `${-days} day${days === -1 ? '' : 's'} ago`

/**
 * What the team must hear about dates: the shutdown of the base model (and with it every fine-tune of it), and, on
 * OpenAI itself, the last day new fine-tuning jobs are accepted. `shutdownDate` from the API wins over the table.
 */
export function retirementNotices(
  model: ResolvedModel,
  today: Date,
  options: { shutdownDate?: string; openaiBackend?: boolean; azure?: boolean } = {},
): RetirementNotice[] {
  if (options.azure) return azureNotices(model, today)
  const notices: RetirementNotice[] = []
  const shutdown = options.shutdownDate ?? model.info?.shutdownDate
  if (shutdown) {
    const days = daysUntil(shutdown, today)
    if (days <= WARN_DAYS_AHEAD) {
      const message =
        days < 0
          ? `${model.base} was shut down on ${shutdown} (${when(days)}): it can no longer be fine-tuned, and its fine-tunes no longer answer. Move the data to a current model.`
          : `${model.base} shuts down on ${shutdown} (${when(days)}), and every fine-tune of it with it. Evaluate a replacement model on your eval set before then.`
      notices.push({ kind: 'model-shutdown', date: shutdown, days, message })
    }
  }
  if (options.openaiBackend ?? true) {
    const days = daysUntil(OPENAI_LAST_FINE_TUNING_JOB_DATE, today)
    if (days <= WARN_DAYS_AHEAD) {
      const message =
        days <= 0
          ? `OpenAI stopped accepting new fine-tuning jobs on ${OPENAI_LAST_FINE_TUNING_JOB_DATE}: train on an OpenAI-compatible backend (openai-base-url) instead.`
          : `OpenAI stops accepting new fine-tuning jobs on ${OPENAI_LAST_FINE_TUNING_JOB_DATE} (${when(days)}); after that, training needs an OpenAI-compatible backend (openai-base-url).`
      notices.push({ kind: 'fine-tuning-end', date: OPENAI_LAST_FINE_TUNING_JOB_DATE, days, message })
    }
  }
  return notices
}

/** On Azure OpenAI: Azure's own dates for training and for deployments of fine-tunes (estimate/azure-models.ts). */
function azureNotices(model: ResolvedModel, today: Date): RetirementNotice[] {
  const dates = azureFineTuningDates(model)
  if (!dates) return []
  const notices: RetirementNotice[] = []
  const training = daysUntil(dates.training, today)
  if (training <= WARN_DAYS_AHEAD) {
    const message =
      training < 0
        ? `Azure OpenAI stopped fine-tuning ${model.base} on ${dates.training} (${when(training)}); its fine-tunes' deployments answer until ${dates.deployment}. Move the data to a current model.`
        : `Azure OpenAI stops fine-tuning ${model.base} on ${dates.training} (${when(training)}); deployments of its fine-tunes answer until ${dates.deployment}.`
    notices.push({ kind: 'fine-tuning-end', date: dates.training, days: training, message })
  }
  const deployment = daysUntil(dates.deployment, today)
  if (deployment <= WARN_DAYS_AHEAD) {
    const message =
      deployment < 0
        ? `Azure OpenAI retired deployments of ${model.base} fine-tunes on ${dates.deployment} (${when(deployment)}): they no longer answer.`
        : `Azure OpenAI retires deployments of ${model.base} fine-tunes on ${dates.deployment} (${when(deployment)}). Evaluate a replacement model on your eval set before then.`
    notices.push({ kind: 'model-shutdown', date: dates.deployment, days: deployment, message })
  }
  return notices
}
