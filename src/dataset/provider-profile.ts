import {
  AZURE_MAX_FILE_BYTES,
  AZURE_MIN_EXAMPLES,
  AZURE_TABLE_DATE,
  resolveAzureModel,
} from '../estimate/azure-models.js'
import type { ResolvedModel } from '../estimate/models.js'
import {
  resolveTogetherModel,
  TOGETHER_FORMATS,
  TOGETHER_MAX_FILE_BYTES,
  TOGETHER_MIN_EXAMPLES,
  TOGETHER_TABLE_DATE,
} from '../estimate/together-models.js'
import type { ExampleCounter } from '../tokens/chat-template.js'
import type { LineRules } from './analyze-line.js'
import type { FileProfile } from './analyze-file.js'
import { togetherFormatOf } from './rules/together.js'

/** What the engine takes from a provider other than OpenAI: its model table, file rules and tokenizer. */
export interface ProviderProfile {
  /** The model as the engine's OpenAI-shaped model entry (limit, price, formats). */
  model: ResolvedModel
  rules: Partial<LineRules>
  file: FileProfile
  /** Names the tokenizer that counted, in the report and the comment; absent when the model's encoding counts. */
  tokenizerLabel?: string
  /** Set when the model's own tokenizer is not the one counting. */
  estimateNotice?: string
  tableDate: string
  /** The open model's counter for this thread (workers load their own); undefined when an encoding counts. */
  loadExampleCounter: () => Promise<ExampleCounter | undefined>
}

export function togetherProfile(modelName: string): ProviderProfile {
  const resolved = resolveTogetherModel(modelName)
  const { tokenizer, info } = resolved
  const encoding = tokenizer.kind === 'encoding' ? tokenizer.encoding : 'o200k_base'
  const label = `${tokenizer.label}${resolved.estimate ? ', estimate' : ''}`
  return {
    model: {
      requested: modelName,
      base: modelName.trim(),
      encoding,
      // Every Together model is "known" to the engine: its formats are the provider's, its limit and price the
      // table's or none (an unknown model gets no invented limit or cost).
      info: {
        id: modelName.trim(),
        encoding,
        exampleLimit: info?.exampleLimit,
        trainingUsdPerMillion: info?.trainingUsdPerMillion,
        formats: TOGETHER_FORMATS,
        images: false,
      },
    },
    rules: { provider: 'together', ...(tokenizer.kind === 'template' && { openTokenizer: tokenizer.name }) },
    file: {
      api: "Together's fine-tuning API",
      minExamples: TOGETHER_MIN_EXAMPLES,
      maxFileBytes: TOGETHER_MAX_FILE_BYTES,
      formatOf: togetherFormatOf,
    },
    tokenizerLabel: label,
    ...(resolved.estimate && {
      estimateNotice: `${modelName.trim()} is not in the Together table (${TOGETHER_TABLE_DATE}) with its own tokenizer: counted with ${tokenizer.label}; token counts and cost are estimates`,
    }),
    tableDate: TOGETHER_TABLE_DATE,
    loadExampleCounter: async () =>
      tokenizer.kind === 'template'
        ? (await import('../tokens/chat-template.js')).loadTemplateCounter(tokenizer.name)
        : undefined,
  }
}

/**
 * Azure OpenAI: OpenAI's line rules, formats and encodings, with Azure's model table (limits, formats, images) and the
 * file rules Azure's pages add (estimate/azure-models.ts): a UTF-8 byte-order mark, files under 512 MB.
 */
export function azureProfile(modelName: string): ProviderProfile {
  return {
    model: resolveAzureModel(modelName),
    rules: {},
    file: {
      api: "Azure OpenAI's fine-tuning API",
      minExamples: AZURE_MIN_EXAMPLES,
      maxFileBytes: AZURE_MAX_FILE_BYTES,
      tooLarge: 'azure_file_too_large',
      byteOrderMark: 'azure_missing_bom',
    },
    tableDate: AZURE_TABLE_DATE,
    loadExampleCounter: () => Promise.resolve(undefined),
  }
}
