import { setTimeout as sleep } from 'node:timers/promises'
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ChatCompletion } from 'together-ai/resources/chat/completions'
import type { FileResponse } from 'together-ai/resources/files'
import type {
  FinetuneModelLimits,
  FinetuneResponse,
  FineTuningCreateParams,
  FineTuningEstimatePriceParams,
  FineTuningEstimatePriceResponse,
  FineTuningListCheckpointsResponse,
} from 'together-ai/resources/fine-tuning'
import { ClientGone, rawQuery, readBody, recordedHeaders, sendJson } from '../http-kit/body.js'
import { Faults, type Fault } from '../http-kit/faults.js'
import { RequestLog, type RecordedRequest } from '../http-kit/request-log.js'
import { Router } from '../http-kit/router.js'
import { ManualClock, type Clock } from '../openai/clock.js'
import { DEFAULT_TOGETHER_SCHEDULE, jobAt, type StoredTogetherJob, type TogetherSchedule } from './jobs.js'
import { checkCreate, checkEstimate, TogetherError } from './requests.js'

export type TogetherFault = Extract<
  Fault,
  { kind: 'rate_limit' | 'server_error' | 'reset' | 'timeout' | 'drop_response' }
>

export interface TogetherModel {
  /** The largest LoRA rank (Together's model limits). */
  maxRank: number
  /** Whether Together serves this base's LoRA fine-tunes without a dedicated endpoint. */
  serverlessLora: boolean
}

export const DEFAULT_TOGETHER_MODELS: Readonly<Record<string, TogetherModel>> = {
  'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference': { maxRank: 64, serverlessLora: true },
  'Qwen/Qwen3-8B': { maxRank: 64, serverlessLora: true },
  'meta-llama/Llama-3.3-70B-Instruct-Reference': { maxRank: 64, serverlessLora: false },
}

export interface TogetherSimulatorOptions {
  /** Default `together-simulator`. */
  apiKey?: string
  clock?: Clock
  schedule?: Partial<TogetherSchedule>
  models?: Readonly<Record<string, TogetherModel>>
  /** USD per 1M tokens (epochs × training tokens + evaluations × validation tokens); default 0.48. */
  pricePerMillion?: number
  /** Simulated seconds a file stays PENDING before COMPLETED (default 1). */
  fileProcessingSeconds?: number
  /** Makes a new job fail halfway with this message (its `job_error` event). */
  failJobs?: (body: FineTuningCreateParams) => string | undefined
  /**
   * Together's check of an uploaded file: a message refuses it, and once processed the file is INVALID_FORMAT with
   * that message as its validation report's error, as the service marks a file its checker refuses.
   */
  refuseFiles?: (file: { filename: string; content: Buffer }) => string | undefined
  /** Chat answers; undefined falls back to `[model] <last user message>`. */
  chat?: (request: { model: string; lastUserMessage: string }) => string | undefined
  /** Whose key it is: the first part of fine-tuned model names. */
  account?: string
  port?: number
}

interface StoredFile {
  response: FileResponse
  content: Buffer
  uploadedAt: number
  /** Why Together's check refuses it, if it does. */
  refusal?: string
}

type Handler = (req: { params: Record<string, string>; query: URLSearchParams; body: unknown; raw: Buffer }) => Reply
interface Reply {
  status?: number
  body?: unknown
  headers?: Record<string, string>
}

/**
 * A local stand-in for Together AI's fine-tuning API (files with the redirect-and-PUT upload, fine-tunes, the price
 * estimate, model limits, events, checkpoints, cancel, chat completions). Every response is built as the together-ai
 * SDK's own TypeScript type, and request bodies are checked against the SDK's parameter types (requests.ts).
 */
export class TogetherSimulator {
  readonly clock: Clock
  readonly faults = new Faults<TogetherFault>('/v1')
  /** Ends the waits of held requests when the server stops, so that nothing hangs. */
  private readonly stopping = new AbortController()
  readonly requests = new RequestLog('/v1')
  readonly files = new Map<string, StoredFile>()
  readonly jobs = new Map<string, StoredTogetherJob>()
  readonly internalErrors: Error[] = []
  private readonly pendingUploads = new Map<string, { filename: string; purpose: FileResponse['purpose'] }>()
  private readonly schedule: TogetherSchedule
  private readonly models: Readonly<Record<string, TogetherModel>>
  private readonly router = new Router<Handler>()
  private readonly server: Server
  private seq = 0
  private ids = 0
  private address?: AddressInfo

  constructor(private readonly options: TogetherSimulatorOptions = {}) {
    this.clock = options.clock ?? new ManualClock()
    this.schedule = { ...DEFAULT_TOGETHER_SCHEDULE, ...options.schedule }
    this.models = options.models ?? DEFAULT_TOGETHER_MODELS
    this.routes()
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.internalErrors.push(error instanceof Error ? error : new Error(String(error)))
        if (!res.headersSent) sendJson(res, 500, { error: { message: 'simulator error' } })
      })
    })
    this.server.on('clientError', (_e, socket) => socket.destroy())
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/v1`
  }

  get port(): number {
    if (!this.address) throw new Error('The simulator is not listening; call start() first')
    return this.address.port
  }

  get apiKey(): string {
    return this.options.apiKey ?? 'together-simulator'
  }

  async start(): Promise<this> {
    await new Promise<void>(resolve => this.server.listen(this.options.port ?? 0, '127.0.0.1', resolve))
    this.address = this.server.address() as AddressInfo
    return this
  }

  async stop(): Promise<void> {
    this.stopping.abort()
    if (!this.server.listening) return
    await new Promise<void>(resolve => {
      this.server.close(() => {
        resolve()
      })
      this.server.closeAllConnections()
    })
  }

  /** The job as GET /fine-tunes/{id} answers it now. */
  jobResponse(job: StoredTogetherJob): FinetuneResponse & { suffix?: string } {
    const at = jobAt(job, this.schedule, this.clock.now())
    const b = job.body
    const type = b.training_type ?? { type: 'Lora', lora_r: this.models[b.model]?.maxRank ?? 8, lora_alpha: 16 }
    const done = at.status === 'completed'
    return {
      id: job.id,
      status: at.status,
      user_id: 'user-simulator',
      created_at: iso(job.createdAt),
      updated_at: iso(at.updatedAt),
      ...(at.startedAt !== undefined && { started_at: iso(at.startedAt) }),
      model: b.model,
      model_output_name: job.modelOutputName,
      suffix: b.suffix,
      training_file: b.training_file,
      ...(b.validation_file && { validation_file: b.validation_file, n_evals: b.n_evals ?? 0 }),
      n_epochs: b.n_epochs ?? 1,
      batch_size: b.batch_size ?? 'max',
      learning_rate: b.learning_rate ?? 0.00001,
      training_method: b.training_method ?? { method: 'sft', train_on_inputs: 'auto' },
      training_type: type,
      events: at.events,
      progress: {
        estimate_available: !['completed', 'error', 'cancelled'].includes(at.status),
        seconds_remaining: at.secondsRemaining,
      },
      ...(done && { token_count: job.tokenCount, total_price: job.totalPrice }),
      ...(at.status === 'error' && { token_count: job.tokenCount, total_price: 0 }),
    }
  }

  private routes(): void {
    const r = this.router
    r.add('POST', '/v1/files', ({ raw }) => this.nameFile(raw))
    r.add('PUT', '/upload/{id}', ({ params, raw }) => this.putFile(params.id, raw))
    r.add('GET', '/v1/files', () => ({ body: { data: [...this.files.values()].map(f => this.fileNow(f)) } }))
    r.add('GET', '/v1/files/{id}', ({ params }) => ({ body: this.fileNow(this.file(params.id)) }))
    r.add('GET', '/v1/fine-tunes/models/limits', ({ query }) => ({ body: this.limits(query.get('model_name') ?? '') }))
    r.add('POST', '/v1/fine-tunes/estimate-price', ({ body }) => ({ body: this.estimate(checkEstimate(body)) }))
    r.add('POST', '/v1/fine-tunes', ({ body }) => ({ body: this.create(checkCreate(body)) }))
    r.add('GET', '/v1/fine-tunes', () => ({
      body: { data: [...this.jobs.values()].reverse().map(j => ({ ...this.jobResponse(j), events: undefined })) },
    }))
    r.add('GET', '/v1/fine-tunes/{id}', ({ params }) => ({ body: this.jobResponse(this.job(params.id)) }))
    r.add('GET', '/v1/fine-tunes/{id}/events', ({ params }) => ({
      body: { data: this.jobResponse(this.job(params.id)).events ?? [] },
    }))
    r.add('GET', '/v1/fine-tunes/{id}/checkpoints', ({ params }) => ({ body: this.checkpoints(this.job(params.id)) }))
    r.add('POST', '/v1/fine-tunes/{id}/cancel', ({ params }) => {
      const job = this.job(params.id)
      const status = this.jobResponse(job).status
      if (!['completed', 'error', 'cancelled'].includes(status)) job.cancelledAt = this.clock.now()
      return { body: { ...this.jobResponse(job), events: undefined } }
    })
    r.add('POST', '/v1/chat/completions', ({ body }) => ({ body: this.chat(body) }))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.local')
    const method = (req.method ?? 'GET').toUpperCase()
    const record: RecordedRequest = {
      seq: ++this.seq,
      method,
      path: url.pathname,
      query: rawQuery(url.searchParams),
      body: undefined,
      headers: recordedHeaders(req.headers),
    }
    this.requests.all.push(record)
    let raw: Buffer
    try {
      raw = await readBody(req, 512 * 1024 * 1024)
    } catch (error) {
      if (error instanceof ClientGone) return
      throw error
    }
    const type = req.headers['content-type'] ?? ''
    const body: unknown = type.includes('application/json') && raw.length ? JSON.parse(raw.toString()) : undefined
    record.body = type.includes('octet-stream')
      ? `<${raw.length} bytes>`
      : (body ?? (raw.length ? raw.toString() : undefined))
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status
      sendJson(res, status, payload, headers)
    }
    // The upload URL stands for storage elsewhere (S3 in Together's case): no API key there.
    if (!url.pathname.startsWith('/upload/') && req.headers.authorization !== `Bearer ${this.apiKey}`) {
      send(401, {
        error: { message: 'Invalid API key provided', type: 'invalid_request_error', code: 'invalid_api_key' },
      })
      return
    }
    const route = this.router.match(method, url.pathname)
    record.route = route?.template ?? null
    const fault = this.faults.take(record)
    if (fault) {
      record.fault = fault.kind
      if (fault.kind === 'reset') return void req.socket.destroy()
      if (fault.kind === 'timeout') {
        // No answer for a while (until the server stops, by default); then a reset, or a late answer.
        await sleep(fault.ms ?? 2 ** 31 - 1, undefined, { signal: this.stopping.signal }).catch(() => undefined)
        if (fault.then !== 'process' || this.stopping.signal.aborted) return void req.socket.destroy()
      }
      if (fault.kind === 'rate_limit') {
        const seconds = fault.retryAfterSeconds ?? 1
        send(429, { error: { message: 'Rate limit exceeded', type: 'rate_limit' } }, { 'retry-after': String(seconds) })
        return
      }
      if (fault.kind === 'server_error') {
        send(fault.status ?? 500, {
          error: { message: fault.message ?? 'Internal server error', type: 'server_error' },
        })
        return
      }
    }
    if (!route) {
      send(404, { error: { message: `Invalid URL (${method} ${url.pathname})`, type: 'invalid_request_error' } })
      return
    }
    try {
      const reply = route.value({ params: route.params, query: url.searchParams, body, raw })
      if (fault?.kind === 'drop_response') return void req.socket.destroy()
      if (reply.status && reply.status >= 300 && reply.status < 400) {
        record.status = reply.status
        res.writeHead(reply.status, reply.headers)
        res.end()
        return
      }
      send(reply.status ?? 200, reply.body, reply.headers)
    } catch (error) {
      if (!(error instanceof TogetherError)) throw error
      if (fault?.kind === 'drop_response') return void req.socket.destroy()
      send(error.status, { error: { message: error.message, type: 'invalid_request_error', code: error.code ?? null } })
    }
  }

  private nextId(prefix: string): string {
    const n = ++this.ids
    return `${prefix}-${createHash('sha256').update(`${prefix}${n}`).digest('hex').slice(0, 8)}-${String(n).padStart(4, '0')}`
  }

  /** POST /files: Together answers with a redirect to where the bytes go, and the file's id. */
  private nameFile(raw: Buffer): Reply {
    const form = new URLSearchParams(raw.toString())
    const filename = form.get('file_name')
    const purpose = form.get('purpose') as FileResponse['purpose'] | null
    if (!filename || !purpose || !['fine-tune', 'eval', 'batch-api'].includes(purpose))
      throw new TogetherError(400, 'file_name and purpose (fine-tune, eval or batch-api) are required')
    const id = this.nextId('file')
    this.pendingUploads.set(id, { filename, purpose })
    return {
      status: 302,
      headers: { location: `http://127.0.0.1:${this.port}/upload/${id}`, 'x-together-file-id': id },
    }
  }

  private putFile(id: string, raw: Buffer): Reply {
    const pending = this.pendingUploads.get(id)
    if (!pending) throw new TogetherError(404, 'No upload is waiting under this URL')
    this.pendingUploads.delete(id)
    const now = this.clock.now()
    const lines = raw
      .toString()
      .split('\n')
      .filter(l => l.trim()).length
    this.files.set(id, {
      content: raw,
      uploadedAt: now,
      refusal: this.options.refuseFiles?.({ filename: pending.filename, content: raw }),
      response: {
        id,
        object: 'file',
        bytes: raw.length,
        created_at: now,
        filename: pending.filename,
        purpose: pending.purpose,
        FileType: 'jsonl',
        // The SDK's type still requires this deprecated flag, and Together still sends it.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        Processed: true,
        processing_status: 'PENDING',
        validation_report: { valid: true, nlines: lines, dataset_format: 'CONVERSATION', file_id: id },
      },
    })
    return { body: {} }
  }

  private fileNow(f: StoredFile): FileResponse {
    const ready = this.clock.now() - f.uploadedAt >= (this.options.fileProcessingSeconds ?? 1)
    if (!ready) return { ...f.response, processing_status: 'PENDING' }
    if (f.refusal === undefined) return { ...f.response, processing_status: 'COMPLETED' }
    return {
      ...f.response,
      processing_status: 'INVALID_FORMAT',
      validation_report: { valid: false, error: f.refusal, error_type: 'INVALID_FORMAT', file_id: f.response.id },
    }
  }

  private file(id: string): StoredFile {
    const f = this.files.get(id)
    if (!f) throw new TogetherError(404, `File ${id} not found`)
    return f
  }

  private job(id: string): StoredTogetherJob {
    const j = this.jobs.get(id)
    if (!j) throw new TogetherError(404, `Fine-tune job ${id} not found`)
    return j
  }

  private model(name: string | undefined): TogetherModel {
    const m = name === undefined ? undefined : this.models[name]
    if (!m)
      throw new TogetherError(400, `Model ${String(name)} is not supported for fine-tuning`, 'model_not_supported')
    return m
  }

  private limits(name: string): FinetuneModelLimits {
    const m = this.model(name)
    return {
      model_name: name,
      default_gradient_accumulation_steps: 1,
      lora_training: {
        max_batch_size: 32,
        max_batch_size_dpo: 16,
        max_rank: m.maxRank,
        min_batch_size: 8,
        target_modules: ['all-linear'],
      },
      full_training: { max_batch_size: 32, max_batch_size_dpo: 16, min_batch_size: 8 },
      max_learning_rate: 1,
      min_learning_rate: 0,
      max_num_checkpoints: 10,
      max_num_epochs: 20,
      max_num_evals: 100,
      max_seq_length_dpo: 8192,
      max_seq_length_sft: 8192,
      merge_output_lora: true,
      min_max_seq_length: 512,
      supports_full_training: true,
      supports_reasoning: false,
      supports_tools: true,
      supports_vision: false,
    }
  }

  /** Tokens the job will process: epochs × training tokens + evaluations × validation tokens (about 4 bytes a token). */
  private tokens(p: FineTuningEstimatePriceParams): number {
    const tokensOf = (id: string) => Math.ceil(this.file(id).content.length / 4)
    return (
      (p.n_epochs ?? 1) * tokensOf(p.training_file) +
      (p.validation_file ? (p.n_evals ?? 0) * tokensOf(p.validation_file) : 0)
    )
  }

  private price(tokens: number): number {
    return Math.round(tokens * (this.options.pricePerMillion ?? 0.48)) / 1e6
  }

  private estimate(p: FineTuningEstimatePriceParams): FineTuningEstimatePriceResponse {
    this.model(p.model)
    const training = this.file(p.training_file)
    if (this.fileNow(training).processing_status !== 'COMPLETED')
      return { estimation_available: false, unavailable_reason: 'train_file_not_validated' }
    const tokens = this.tokens(p)
    return {
      estimation_available: true,
      estimated_total_price: this.price(tokens),
      estimated_train_token_count: tokens,
      estimated_eval_token_count: 0,
      allowed_to_proceed: true,
      user_limit: 1000,
    }
  }

  private create(b: FineTuningCreateParams): FinetuneResponse {
    const model = this.model(b.model)
    this.file(b.training_file)
    if (b.validation_file) this.file(b.validation_file)
    if (b.training_type?.type === 'Lora' && b.training_type.lora_r > model.maxRank)
      throw new TogetherError(
        400,
        `lora_r ${b.training_type.lora_r} is above ${model.maxRank}, the largest rank for ${b.model}`,
      )
    const id = `ft-${this.nextId('sim').slice(4)}`
    const tokens = this.tokens(b)
    const base = b.model.split('/').at(-1)!
    const job: StoredTogetherJob = {
      id,
      createdAt: this.clock.now(),
      body: b,
      modelOutputName: `${this.options.account ?? 'simulator'}/${base}-${b.suffix ? `${b.suffix}-` : ''}${id.slice(3, 11)}`,
      tokenCount: tokens,
      totalPrice: this.price(tokens),
      failure: this.options.failJobs?.(b),
    }
    this.jobs.set(id, job)
    return { ...this.jobResponse(job), events: undefined }
  }

  private checkpoints(job: StoredTogetherJob): FineTuningListCheckpointsResponse {
    if (this.jobResponse(job).status !== 'completed') return { data: [] }
    const epochs = job.body.n_epochs ?? 1
    return {
      data: Array.from({ length: epochs }, (_, i) => ({
        checkpoint_type: i === epochs - 1 ? 'Final' : `Intermediate (step ${(i + 1) * 10})`,
        created_at: iso(job.createdAt),
        path: `s3://simulator/${job.id}/checkpoint-${(i + 1) * 10}`,
        step: (i + 1) * 10,
      })),
    }
  }

  /** Base models answer; a fine-tune answers serverless only as a LoRA adapter on a base Together serves so. */
  private chat(body: unknown): ChatCompletion {
    const b = body as { model?: unknown; messages?: unknown; max_tokens?: unknown }
    if (typeof b.model !== 'string' || !Array.isArray(b.messages))
      throw new TogetherError(400, 'model and messages are required')
    const model = b.model
    const job = [...this.jobs.values()].find(j => j.modelOutputName === model)
    if (job) {
      const served =
        this.jobResponse(job).status === 'completed' &&
        (job.body.training_type?.type ?? 'Lora') === 'Lora' &&
        this.models[job.body.model]?.serverlessLora
      if (!served)
        throw new TogetherError(
          400,
          `Unable to access non-serverless model ${model}. Please visit https://api.together.ai/models/${model} to create and start a new dedicated endpoint for the model.`,
          'model_not_available',
        )
    } else if (!this.models[model]) {
      throw new TogetherError(
        404,
        `Unable to access model ${model}. Please visit https://api.together.ai/models to view the list of supported models.`,
        'model_not_available',
      )
    }
    const messages = b.messages as { role?: string; content?: unknown }[]
    const last = [...messages].reverse().find(m => m.role === 'user')
    const question = typeof last?.content === 'string' ? last.content : ''
    const text = this.options.chat?.({ model, lastUserMessage: question }) ?? `[${model}] ${question}`
    const promptTokens = Math.ceil(JSON.stringify(messages).length / 4)
    const completionTokens = Math.ceil(text.length / 4)
    return {
      id: `chat-${++this.ids}`,
      object: 'chat.completion',
      created: this.clock.now(),
      model,
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: text } }],
      usage: {
        prompt_tokens: promptTokens,
        completion_tokens: completionTokens,
        total_tokens: promptTokens + completionTokens,
      },
    } as ChatCompletion
  }
}

function iso(seconds: number): string {
  return new Date(seconds * 1000).toISOString()
}

export async function startTogetherSimulator(options: TogetherSimulatorOptions = {}): Promise<TogetherSimulator> {
  return new TogetherSimulator(options).start()
}
