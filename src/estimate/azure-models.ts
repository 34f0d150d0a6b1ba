import { resolveModel, type ModelInfo, type ResolvedModel } from './models.js'
import type { DatasetFormat } from '../dataset/formats.js'

/**
 * Azure OpenAI's retirement schedule for fine-tuning, which is Azure's own and not OpenAI's. Source: "Model retirement
 * schedule", section "Fine-tuned models" (https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule,
 * updated 2026-09-02; it supersedes the "model-retirements" include of 2025-12-16, which had training end with the base
 * model in 2026). Training stays open to existing customers until the date below ("no earlier than"; new customers
 * stop at the base model's retirement), and deployments of fine-tunes answer until the deployment date.
 */
export const AZURE_SCHEDULE_SOURCE = {
  url: 'https://learn.microsoft.com/azure/foundry/openai/concepts/model-retirement-schedule#fine-tuned-models',
  checked: '2026-09-02',
} as const

export interface AzureFineTuningDates {
  /** Last day Azure trains the model (for existing customers). */
  training: string
  /** Deployments of its fine-tunes stop answering. */
  deployment: string
}

const AZURE_FINE_TUNING: Readonly<Record<string, AzureFineTuningDates>> = {
  'gpt-4o-2024-08-06': { training: '2027-04-01', deployment: '2027-10-01' },
  'gpt-4o-mini-2024-07-18': { training: '2027-04-01', deployment: '2027-10-01' },
  'gpt-4.1-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
  'gpt-4.1-mini-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
  'gpt-4.1-nano-2025-04-14': { training: '2027-04-14', deployment: '2027-10-14' },
  'o4-mini-2025-04-16': { training: '2027-04-16', deployment: '2027-10-16' },
}

/** Azure names a fine-tune `base.ft-<job>` where OpenAI writes `ft:base:...`; both resolve to the base. */
function azureBase(model: string): string {
  const base = model.trim().replace(/\.ft-.*$/, '')
  return resolveModel(base).info?.id ?? base
}

export function azureFineTuningDates(model: ResolvedModel): AzureFineTuningDates | undefined {
  const known = model.info?.id
  return (known === undefined ? undefined : AZURE_FINE_TUNING[known]) ?? AZURE_FINE_TUNING[azureBase(model.base)]
}

/**
 * The dataset profile of Azure OpenAI: the models it fine-tunes, their per-example limits, formats and image rule,
 * and the file rules its pages add over OpenAI's (the line rules are OpenAI's: Azure takes the same JSONL).
 *
 * Sources (read 2026-12-02):
 * - LIMITS_SOURCE: "Fine-tuning models" table of Azure's models page (MicrosoftDocs/azure-ai-docs,
 *   articles/ai-foundry/openai/includes/fine-tune-models.md): "Training example context length" 65,536 for gpt-4o,
 *   gpt-4o-mini, gpt-4.1, gpt-4.1-mini and o4-mini, and 32,768 for gpt-4.1-nano (OpenAI's is 65,536); modality "Text
 *   and vision to text" for gpt-4o and gpt-4.1.
 * - IMAGES_SOURCE: "Vision fine-tuning" (how-to/fine-tuning-vision.md, dated 2026-02-11): images are trained on by
 *   gpt-4o-2024-08-06 and gpt-4.1-2025-04-14 only.
 * - DPO: "Direct preference optimization" (how-to/fine-tuning-direct-preference-optimization.md, dated 2025-05-25):
 *   gpt-4o-2024-08-06, gpt-4.1-2025-04-14 and gpt-4.1-mini-2025-04-14. Reinforcement fine-tuning: o4-mini.
 * - DATA_SOURCE: "Customize a model with fine-tuning", "Prepare your training and validation data"
 *   (includes/fine-tuning-rest.md): JSONL "encoded in UTF-8 and include a byte-order mark (BOM)", "less than 512 MB",
 *   at least 10 training examples, `weight` 0 or 1 on assistant messages (as OpenAI's).
 * - Prices: Azure's pricing page (https://azure.microsoft.com/pricing/details/cognitive-services/openai-service/)
 *   could not be read here, and no dated copy of its training prices was found; so no model has a price and the
 *   cost stays empty unless `price-per-million-tokens` is set (never an invented figure).
 */
export const AZURE_TABLE_DATE = '2026-12-02'
export const AZURE_LIMITS_SOURCE =
  'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models'
export const AZURE_IMAGES_SOURCE = 'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning-vision'
export const AZURE_DATA_SOURCE =
  'https://learn.microsoft.com/azure/ai-foundry/openai/how-to/fine-tuning#prepare-your-training-and-validation-data'

/** "The file must be less than 512 MB in size" (no Uploads API in parts on Azure: large files come from Blob storage). */
export const AZURE_MAX_FILE_BYTES = 512 * 1024 * 1024
/** "Fine tuning jobs will not proceed without at least 10 training examples". */
export const AZURE_MIN_EXAMPLES = 10

const SFT_DPO: readonly DatasetFormat[] = ['chat', 'preference']

const AZURE_MODELS: readonly ModelInfo[] = [
  { id: 'gpt-4o-2024-08-06', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: true },
  { id: 'gpt-4o-mini-2024-07-18', encoding: 'o200k_base', exampleLimit: 65536, formats: ['chat'], images: false },
  { id: 'gpt-4.1-2025-04-14', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: true },
  { id: 'gpt-4.1-mini-2025-04-14', encoding: 'o200k_base', exampleLimit: 65536, formats: SFT_DPO, images: false },
  { id: 'gpt-4.1-nano-2025-04-14', encoding: 'o200k_base', exampleLimit: 32768, formats: ['chat'], images: false },
  { id: 'o4-mini-2025-04-16', encoding: 'o200k_base', exampleLimit: 65536, formats: ['reinforcement'], images: false },
]

/** The model as Azure fine-tunes it: OpenAI's names and aliases resolve, Azure's table supplies the figures. */
export function resolveAzureModel(model: string): ResolvedModel {
  const resolved = resolveModel(model.trim().replace(/\.ft-.*$/, ''))
  const id = resolved.info?.id ?? resolved.base
  const info = AZURE_MODELS.find(m => m.id === id)
  return { ...resolved, requested: model, info, encoding: info?.encoding ?? resolved.encoding }
}
