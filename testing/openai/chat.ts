import { badRequest } from './api-error.js'
import type { Environment } from './environment.js'
import { sleep } from './http.js'
import type { ModelRegistry } from './models.js'
import { paginate, type Page } from './pagination.js'
import { estimateTokens } from './token-estimate.js'

export interface ChatMessage {
  role: string
  content?: unknown
  name?: string
}

/** What a fixture sees of a chat completion request. */
export interface ChatFixtureInput {
  model: string
  messages: readonly ChatMessage[]
  /** The text of the last user message ('' if there is none). */
  lastUserMessage: string
  /** The whole request body. */
  request: Readonly<Record<string, unknown>>
}

/** Answers a request; undefined falls through to the default answer. */
export type ChatResponder = (input: ChatFixtureInput) => string | undefined | Promise<string | undefined>

/**
 * Answers by model and by last user message, either being `*` for any: `{ 'ft:…': { 'Hi?': 'Hello!' }, '*': { '*':
 * 'I do not know.' } }`. The most specific entry wins: model and message, then any model with that message, then
 * the model with any message, then `*`/`*`.
 */
export type ChatTable = Readonly<Record<string, Readonly<Record<string, string>>>>

export type ChatFixtures = ChatResponder | ChatTable

/** Without a fixture, a model answers with its name and what it was asked, so answers differ between models. */
export const defaultAnswer = (model: string, lastUserMessage: string): string => `[${model}] ${lastUserMessage}`

export interface ChatStats {
  /** Requests being answered now, per model. */
  inFlight: Record<string, number>
  /** The most requests ever answered at once, per model. */
  maxInFlight: Record<string, number>
  /** The most requests ever answered at once, all models together. */
  maxInFlightTotal: number
  /** Completed requests per model. */
  calls: Record<string, number>
}

export type Latency = number | ((model: string) => number)

/**
 * Which models refuse a temperature other than their default (1), as OpenAI's reasoning models do: the gpt-5
 * family and the o-series, and fine-tunes of them.
 */
export const openAIRejectsTemperature = (model: string): boolean =>
  /^(gpt-5|o\d)/.test(model.startsWith('ft:') ? (model.split(':')[1] ?? '') : model)

interface StoredCompletion {
  id: string
  model: string
  metadata: Record<string, string> | null
  response: Record<string, unknown>
}

/** Chat completions from a fixture table, counting how many requests each model answers at once. */
export class ChatService {
  private readonly inFlight = new Map<string, number>()
  private readonly peak = new Map<string, number>()
  private readonly calls = new Map<string, number>()
  private inFlightTotal = 0
  private peakTotal = 0
  private readonly stored: StoredCompletion[] = []

  constructor(
    private readonly env: Environment,
    private readonly models: ModelRegistry,
    private readonly fixtures: ChatFixtures | undefined,
    /** Real milliseconds each answer takes, so that concurrent requests overlap and can be counted. */
    private readonly latency: Latency = 0,
    private readonly rejectsTemperature: (model: string) => boolean = openAIRejectsTemperature,
  ) {}

  /** The response body, or the chunks to stream when `stream` is true. Unknown models are a 404. */
  async complete(
    request: Record<string, unknown>,
    signal: AbortSignal,
  ): Promise<{ response: Record<string, unknown>; chunks?: Record<string, unknown>[] }> {
    const requested = String(request.model)
    const model = this.models.get(requested)
    const temperature = request.temperature
    if (typeof temperature === 'number' && temperature !== 1 && this.rejectsTemperature(requested))
      // OpenAI's words, code and parameter for the o-series and the gpt-5 family.
      throw badRequest(
        `Unsupported value: 'temperature' does not support ${temperature} with this model. Only the default (1) value is supported.`,
        'temperature',
        'unsupported_value',
      )
    const messages = request.messages as ChatMessage[]
    this.enter(requested)
    try {
      const ms = typeof this.latency === 'function' ? this.latency(requested) : this.latency
      if (ms > 0) await sleep(ms, signal)
      const last = textOf([...messages].reverse().find(m => m.role === 'user')?.content)
      let content =
        (await this.answer({ model: requested, messages, lastUserMessage: last, request })) ??
        defaultAnswer(requested, last)
      let finish: 'stop' | 'length' = 'stop'
      const max = (request.max_completion_tokens ?? request.max_tokens) as number | null | undefined
      if (typeof max === 'number' && estimateTokens(content) > max) {
        content = content
          .split(/\s+/)
          .filter(Boolean)
          .slice(0, Math.floor((max * 3) / 4))
          .join(' ')
        finish = 'length'
      }
      const n = typeof request.n === 'number' ? request.n : 1
      const promptTokens = 3 + messages.reduce((sum, m) => sum + 3 + estimateTokens(textOf(m.content)), 0)
      const completionTokens = estimateTokens(content) * n
      const usage = {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      }
      const head = {
        id: this.env.newId('chatcmpl-', 29),
        created: this.env.clock.now(),
        // An alias answers as its snapshot, as OpenAI's do.
        model: model.kind === 'alias' ? model.base! : model.id,
        service_tier: 'default',
        system_fingerprint: 'fp_simulator',
      }
      const metadata = (request.metadata ?? null) as Record<string, string> | null
      const response: Record<string, unknown> = {
        ...head,
        object: 'chat.completion',
        choices: Array.from({ length: n }, (_, index) => ({
          index,
          message: { role: 'assistant', content, refusal: null, annotations: [] },
          logprobs: null,
          finish_reason: finish,
        })),
        usage,
        ...(metadata ? { metadata } : {}),
      }
      if (request.store === true) this.stored.push({ id: head.id, model: head.model, metadata, response })
      this.env.counters.chatCompletions++
      this.calls.set(requested, (this.calls.get(requested) ?? 0) + 1)
      if (request.stream !== true) return { response }
      return {
        response,
        chunks: streamChunks(
          head,
          content,
          n,
          finish,
          (request.stream_options as { include_usage?: boolean } | undefined)?.include_usage ? usage : undefined,
        ),
      }
    } finally {
      this.leave(requested)
    }
  }

  /** Stored completions (`store: true`), as GET /chat/completions lists them. */
  list(query: {
    model?: string
    metadata?: Record<string, string> | null
    after?: string
    limit?: number
    order?: 'asc' | 'desc'
  }): Page<Record<string, unknown>> {
    let items = this.stored.filter(c => query.model === undefined || c.model === query.model)
    const wanted = query.metadata
    if (wanted) items = items.filter(c => Object.entries(wanted).every(([k, v]) => c.metadata?.[k] === v))
    if (query.order === 'desc') items = [...items].reverse()
    const page = paginate(items, query.after, query.limit ?? 20)
    return { data: page.data.map(c => c.response), has_more: page.has_more }
  }

  stats(): ChatStats {
    return {
      inFlight: Object.fromEntries(this.inFlight),
      maxInFlight: Object.fromEntries(this.peak),
      maxInFlightTotal: this.peakTotal,
      calls: Object.fromEntries(this.calls),
    }
  }

  private async answer(input: ChatFixtureInput): Promise<string | undefined> {
    const fixtures = this.fixtures
    if (typeof fixtures === 'function') return fixtures(input)
    if (!fixtures) return undefined
    const { model, lastUserMessage: last } = input
    return fixtures[model]?.[last] ?? fixtures['*']?.[last] ?? fixtures[model]?.['*'] ?? fixtures['*']?.['*']
  }

  private enter(model: string): void {
    const now = (this.inFlight.get(model) ?? 0) + 1
    this.inFlight.set(model, now)
    this.peak.set(model, Math.max(this.peak.get(model) ?? 0, now))
    this.inFlightTotal++
    this.peakTotal = Math.max(this.peakTotal, this.inFlightTotal)
  }

  private leave(model: string): void {
    this.inFlight.set(model, this.inFlight.get(model)! - 1)
    this.inFlightTotal--
  }
}

/** The text of a message's content: a string, or the text of its text parts. */
export function textOf(content: unknown): string {
  if (typeof content === 'string') return content
  if (Array.isArray(content)) return content.map(part => (typeof part?.text === 'string' ? part.text : '')).join('')
  return ''
}

/** A role chunk, one chunk per word, a finishing chunk per choice, and the usage chunk when asked for. */
function streamChunks(
  head: Record<string, unknown>,
  content: string,
  n: number,
  finish: string,
  usage: unknown,
): Record<string, unknown>[] {
  const chunk = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
    ...head,
    object: 'chat.completion.chunk',
    choices,
    ...extra,
  })
  const chunks: Record<string, unknown>[] = []
  const words = content.split(/(?<=\s)/)
  for (let index = 0; index < n; index++) {
    chunks.push(
      chunk([{ index, delta: { role: 'assistant', content: '', refusal: null }, logprobs: null, finish_reason: null }]),
    )
    for (const word of words)
      if (word) chunks.push(chunk([{ index, delta: { content: word }, logprobs: null, finish_reason: null }]))
    chunks.push(chunk([{ index, delta: {}, logprobs: null, finish_reason: finish }]))
  }
  if (usage) chunks.push(chunk([], { usage }))
  return chunks
}
