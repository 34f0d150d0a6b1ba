import type { ResolvedModel } from './models.js'

/**
 * Azure OpenAI's retirement schedule for fine-tuning, which is Azure's own and not OpenAI's. Source: "Azure OpenAI
 * model deprecations and retirements", section "Fine-tuned models", and its model retirement table
 * (https://learn.microsoft.com/azure/ai-foundry/openai/concepts/model-retirements#fine-tuned-models; the include
 * dated 2025-12-16). Training follows the base model's retirement date; for fine-tunes of models made generally
 * available since gpt-4o-2024-08-06, deployments keep answering one year after training retires.
 */
export const AZURE_SCHEDULE_SOURCE = {
  url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/model-retirements#fine-tuned-models',
  checked: '2025-12-16',
} as const

export interface AzureFineTuningDates {
  /** Last day Azure trains the model (the base model's retirement). */
  training: string
  /** Deployments of its fine-tunes stop answering. */
  deployment: string
}

const AZURE_FINE_TUNING: Readonly<Record<string, AzureFineTuningDates>> = {
  'gpt-4o-2024-08-06': { training: '2026-03-31', deployment: '2027-03-31' },
  'gpt-4o-mini-2024-07-18': { training: '2026-03-31', deployment: '2027-03-31' },
  'gpt-4.1-2025-04-14': { training: '2026-10-14', deployment: '2027-10-14' },
  'gpt-4.1-mini-2025-04-14': { training: '2026-10-14', deployment: '2027-10-14' },
  'gpt-4.1-nano-2025-04-14': { training: '2026-10-14', deployment: '2027-10-14' },
  'o4-mini-2025-04-16': { training: '2026-10-16', deployment: '2027-10-16' },
}

/** Azure names models with dashes where OpenAI has dots in the family (gpt-35-turbo) and dates as versions. */
export function azureFineTuningDates(model: ResolvedModel): AzureFineTuningDates | undefined {
  const base = model.base.replace(/\.ft-.*$/, '')
  return AZURE_FINE_TUNING[model.info?.id ?? base] ?? AZURE_FINE_TUNING[base]
}
