import type { DatasetFormat } from '../dataset/formats.js'
export type EncodingName = 'o200k_base' | 'cl100k_base'
/** `text` (plain `{"text": ...}` lines) is Together's; OpenAI models never list it. */

/** The date the figures below were last checked against OpenAI's pricing, models and deprecations pages. */
export const MODEL_TABLE_DATE = '2026-11-01'

/** The day OpenAI stops accepting new fine-tuning jobs. */
export const OPENAI_LAST_FINE_TUNING_JOB_DATE = '2027-01-06'

export interface ModelInfo {
  id: string
  encoding: EncodingName
  /** Tokens one training example may hold; longer examples are truncated. */
  exampleLimit?: number
  /** USD per 1M training tokens; undefined where training is not billed per token (RFT bills per hour). */
  trainingUsdPerMillion?: number
  formats: readonly DatasetFormat[]
  /** Shutdown of the base model and its fine-tunes (YYYY-MM-DD). */
  shutdownDate?: string
  /** Whether fine-tuning examples may hold images (IMAGE_TRAINING_SOURCE). */
  images: boolean
}

/**
 * Where `images` comes from, and when it was checked: OpenAI's vision fine-tuning guide names gpt-4o-2024-08-06 as
 * the one model that takes images in fine-tuning (Azure also lists the gpt-4.1 family; this table is OpenAI's).
 */
export const IMAGE_TRAINING_SOURCE = {
  url: 'https://platform.openai.com/docs/guides/vision-fine-tuning',
  checked: '2026-12-02',
} as const

const SFT_DPO: readonly DatasetFormat[] = ['chat', 'preference']

const MODELS: readonly ModelInfo[] = [
  {
    id: 'gpt-4.1-2025-04-14',
    encoding: 'o200k_base',
    exampleLimit: 65536,
    trainingUsdPerMillion: 25,
    formats: SFT_DPO,
    shutdownDate: '2027-01-14',
    images: false,
  },
  {
    id: 'gpt-4.1-mini-2025-04-14',
    encoding: 'o200k_base',
    exampleLimit: 65536,
    trainingUsdPerMillion: 5,
    formats: SFT_DPO,
    shutdownDate: '2027-01-14',
    images: false,
  },
  {
    id: 'gpt-4.1-nano-2025-04-14',
    encoding: 'o200k_base',
    exampleLimit: 65536,
    trainingUsdPerMillion: 1.5,
    formats: SFT_DPO,
    shutdownDate: '2026-10-23',
    images: false,
  },
  {
    id: 'gpt-4o-2024-08-06',
    encoding: 'o200k_base',
    exampleLimit: 65536,
    trainingUsdPerMillion: 25,
    formats: SFT_DPO,
    shutdownDate: '2027-01-14',
    images: true,
  },
  {
    id: 'gpt-4o-mini-2024-07-18',
    encoding: 'o200k_base',
    exampleLimit: 65536,
    trainingUsdPerMillion: 3,
    formats: SFT_DPO,
    shutdownDate: '2027-01-14',
    images: false,
  },
  {
    id: 'o4-mini-2025-04-16',
    encoding: 'o200k_base',
    formats: ['reinforcement'],
    shutdownDate: '2026-10-23',
    images: false,
  },
  {
    id: 'gpt-3.5-turbo-0125',
    encoding: 'cl100k_base',
    exampleLimit: 16385,
    trainingUsdPerMillion: 8,
    formats: ['chat'],
    shutdownDate: '2026-10-23',
    images: false,
  },
  {
    id: 'gpt-3.5-turbo-1106',
    encoding: 'cl100k_base',
    exampleLimit: 16385,
    trainingUsdPerMillion: 8,
    formats: ['chat'],
    shutdownDate: '2026-10-23',
    images: false,
  },
  {
    id: 'gpt-3.5-turbo-0613',
    encoding: 'cl100k_base',
    exampleLimit: 4096,
    trainingUsdPerMillion: 8,
    formats: ['chat'],
    shutdownDate: '2026-10-23',
    images: false,
  },
  {
    id: 'davinci-002',
    encoding: 'cl100k_base',
    exampleLimit: 16384,
    trainingUsdPerMillion: 6,
    formats: ['completion'],
    images: false,
  },
  {
    id: 'babbage-002',
    encoding: 'cl100k_base',
    exampleLimit: 16384,
    trainingUsdPerMillion: 0.4,
    formats: ['completion'],
    images: false,
  },
]

/** Undated names resolve to the snapshot OpenAI fine-tunes under that name. */
const ALIASES: Record<string, string> = {
  'gpt-4.1': 'gpt-4.1-2025-04-14',
  'gpt-4.1-mini': 'gpt-4.1-mini-2025-04-14',
  'gpt-4.1-nano': 'gpt-4.1-nano-2025-04-14',
  'gpt-4o': 'gpt-4o-2024-08-06',
  'gpt-4o-mini': 'gpt-4o-mini-2024-07-18',
  'o4-mini': 'o4-mini-2025-04-16',
  'gpt-3.5-turbo': 'gpt-3.5-turbo-0125',
}

export interface ResolvedModel {
  /** What the user wrote. */
  requested: string
  /** The base model a fine-tuned id (`ft:base:org:suffix:id`) was trained from, or the model itself. */
  base: string
  /** The table entry, or undefined for a model we know nothing certain about. */
  info?: ModelInfo
  encoding: EncodingName
}

export function baseModelOf(model: string): string {
  return model.startsWith('ft:') ? (model.split(':')[1] ?? model) : model
}

export function resolveModel(model: string): ResolvedModel {
  const base = baseModelOf(model.trim())
  const id = ALIASES[base] ?? base
  const info = MODELS.find(m => m.id === id)
  return { requested: model, base, info, encoding: info?.encoding ?? guessEncoding(base) }
}

// Families that predate o200k_base; everything newer (gpt-4o, gpt-4.1, o-series, gpt-5) uses o200k_base.
function guessEncoding(model: string): EncodingName {
  return /^(gpt-3\.5|gpt-4($|-\d|-turbo|-32k)|babbage|davinci|text-embedding)/.test(model)
    ? 'cl100k_base'
    : 'o200k_base'
}

/** All table models with a per-token training price, for "what it would cost elsewhere". */
export function pricedModels(): readonly ModelInfo[] {
  return MODELS.filter(m => m.trainingUsdPerMillion !== undefined)
}
