import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError, badRequest } from './api-error.js'
import { Auth, type AuthControl } from './auth.js'
import type { ChatFixtures, Latency } from './chat.js'
import { ManualClock, type Clock } from './clock.js'
import { Contract, type Operation } from './contract.js'
import { DEFAULT_LIMITS, DEFAULT_ORGANIZATION, type Limits, type Organization } from './environment.js'
import { BodyTooLarge, ClientGone, rawQuery, readBody, recordedHeaders, sendBytes, sendJson } from '../http-kit/body.js'
import { Faults, type Fault } from '../http-kit/faults.js'
import { RequestLog, type RecordedRequest as BaseRecord } from '../http-kit/request-log.js'
import { parseMultipart, sendEvents, sleep } from './http.js'
import type { JobScheduleOption } from './job-record.js'
import { DEFAULT_MODELS, type ModelSpec } from './models.js'
import { parseBody, type ParsedBody } from './request-record.js'
import { HANDLERS, type Reply } from './routes.js'
import { SimulatorState } from './state.js'
import { measureJsonl, type DatasetMeasure } from './training-data.js'

/** The faults OpenAI's clients meet. */
export type OpenAIFault = Extract<
  Fault,
  { kind: 'rate_limit' | 'server_error' | 'reset' | 'timeout' | 'drop_response' }
>

/** One request as the simulator received it. */
export interface RecordedRequest extends BaseRecord {
  /** Simulated time it arrived. */
  time: number
  /** The spec's operationId; OpenAI-Organization, OpenAI-Project and x-stainless-retry-count are in `headers`. */
  operationId?: string
  outcome: 'pending' | 'answered' | 'reset'
}

export interface SimulatorOptions {
  /** The key clients must send as `Authorization: Bearer <key>` (default `sk-simulator`); several allowed; null: any. */
  apiKey?: string | readonly string[] | null
  /** Whose key it is: `organization_id` of jobs, `owned_by` of fine-tunes, and the org part of their ids. */
  organization?: Partial<Organization>
  /** When set, requests must carry this OpenAI-Organization header, else 401. */
  requireOrganization?: string
  /** When set, requests must carry this OpenAI-Project header, else 401. */
  requireProject?: string
  /** Default: a ManualClock at 2026-01-01. */
  clock?: Clock
  /** Seeds ids, job seeds and loss curves (default 1). */
  seed?: number
  /** Base models (default DEFAULT_MODELS). */
  models?: readonly ModelSpec[]
  /** `shutdown_date` by model id, over what `models` say. */
  shutdownDates?: Readonly<Record<string, string | null>>
  /** Chat answers; default `[model] <last user message>`. */
  chat?: ChatFixtures
  /** Real milliseconds each chat answer takes (default 0). */
  chatLatencyMs?: Latency
  /** Models that answer 400 `unsupported_value` to a temperature other than 1 (default: the gpt-5 family and o-series). */
  rejectsTemperature?: (model: string) => boolean
  /**
   * A misbehaving server: every list ignores `after` and answers its first page again, `has_more` and all, so a
   * client that trusts `has_more` never stops.
   */
  ignoreAfter?: boolean
  /** Seconds per job state, and failures; default DEFAULT_JOB_SCHEDULE. */
  schedule?: JobScheduleOption
  /** Simulated seconds a new file stays `uploaded` before `processed` (default 1). */
  fileProcessingSeconds?: number
  limits?: Partial<Limits>
  /** Examples and tokens of a training file (default: JSONL lines, words-based token estimate). */
  measureTrainingFile?: (content: Buffer) => DatasetMeasure
  /** Default 127.0.0.1. */
  host?: string
  /** Default 0: any free port. */
  port?: number
  /** Check every 200 response against the spec and record problems in contractViolations (default true). */
  checkResponses?: boolean
}

/** A response the simulator sent that the spec's response schema refuses: a bug in the simulator. */
export interface ContractViolation {
  operationId: string
  method: string
  path: string
  problems: string[]
  body: unknown
}

export interface Simulator {
  /** The base URL for a client: `http://127.0.0.1:PORT/v1`. */
  readonly url: string
  readonly port: number
  readonly apiKey: string | undefined
  readonly state: SimulatorState
  readonly clock: Clock
  /** Patterns may leave out the /v1 prefix. */
  readonly faults: Faults<OpenAIFault>
  readonly requests: RequestLog<RecordedRequest>
  readonly auth: AuthControl
  readonly contractViolations: ContractViolation[]
  /** Errors thrown by the simulator's own code (answered as 500). */
  readonly internalErrors: Error[]
  stop(): Promise<void>
}

const REQUEST_LIMIT_SLACK = 1024 * 1024

/** The simulator before it listens: construct, then start(). */
export class SimulatorServer implements Simulator {
  readonly state: SimulatorState
  readonly clock: Clock
  readonly faults = new Faults<OpenAIFault>('/v1')
  readonly requests = new RequestLog<RecordedRequest>('/v1')
  readonly contractViolations: ContractViolation[] = []
  readonly internalErrors: Error[] = []
  readonly auth: Auth
  private readonly contract = Contract.load()
  private readonly server: Server
  private readonly stopping = new AbortController()
  private seq = 0
  private address?: AddressInfo

  constructor(private readonly options: SimulatorOptions = {}) {
    this.clock = options.clock ?? new ManualClock()
    this.auth = new Auth(
      options.apiKey === undefined ? 'sk-simulator' : options.apiKey,
      options.requireOrganization,
      options.requireProject,
    )
    this.state = new SimulatorState({
      clock: this.clock,
      seed: options.seed ?? 1,
      organization: { ...DEFAULT_ORGANIZATION, ...options.organization },
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      models: options.models ?? DEFAULT_MODELS,
      shutdownDates: options.shutdownDates ?? {},
      chat: options.chat,
      chatLatencyMs: options.chatLatencyMs,
      rejectsTemperature: options.rejectsTemperature,
      schedule: options.schedule,
      fileProcessingSeconds: options.fileProcessingSeconds ?? 1,
      measureTrainingFile: options.measureTrainingFile ?? measureJsonl,
    })
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.internalError(error, res)
      })
    })
    // A client that goes away mid-request must not crash the simulator.
    this.server.on('clientError', (_error, socket) => socket.destroy())
  }

  get url(): string {
    return `http://${this.host}:${this.port}/v1`
  }

  get port(): number {
    if (!this.address) throw new Error('The simulator is not listening; call start() first')
    return this.address.port
  }

  /** The first accepted key, for clients to use. */
  get apiKey(): string | undefined {
    return this.auth.apiKey
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject)
      this.server.listen(this.options.port ?? 0, this.host, () => {
        this.server.off('error', reject)
        resolve()
      })
    })
    this.address = this.server.address() as AddressInfo
    return this
  }

  /** Stops listening, drops every connection (keep-alive and held ones) and ends every wait, so nothing hangs. */
  async stop(): Promise<void> {
    if (this.stopping.signal.aborted) return
    this.stopping.abort()
    if (!this.server.listening) return
    await new Promise<void>(resolve => {
      this.server.close(() => {
        resolve()
      })
      this.server.closeAllConnections()
    })
  }

  private get host(): string {
    return this.options.host ?? '127.0.0.1'
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.local')
    const method = (req.method ?? 'GET').toUpperCase()
    const record: RecordedRequest = {
      seq: ++this.seq,
      time: this.clock.now(),
      method,
      path: url.pathname,
      query: rawQuery(url.searchParams),
      body: undefined,
      headers: recordedHeaders(req.headers),
      outcome: 'pending',
    }
    this.requests.all.push(record)
    this.state.counters.requests++
    const headers = {
      'x-request-id': `req_${record.seq.toString(16).padStart(32, '0')}`,
      'openai-organization': this.state.organization.name,
      'openai-version': '2020-10-01',
      'openai-processing-ms': '1',
    }
    let dropResponse = false
    try {
      const raw = await readBody(
        req,
        Math.max(this.state.limits.maxFileBytes, this.state.limits.maxPartBytes) + REQUEST_LIMIT_SLACK,
      ).catch((error: unknown) => {
        // As OpenAI's front end does.
        throw error instanceof BodyTooLarge ? new ApiError(413, error.message) : error
      })
      const parsed = await parseBody(raw, req.headers['content-type'])
      record.body = parsed.recorded
      this.auth.check(req.headers)
      const matched = url.pathname.startsWith('/v1/') ? this.contract.match(method, url.pathname.slice(3)) : undefined
      if (!matched) throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`)
      const { operation, params } = matched
      record.operationId = operation.id

      const fault = this.faults.take(record)
      if (fault) {
        record.fault = fault.kind
        this.state.counters.faults++
        if (!(await this.applyFault(fault, record, req, res, headers))) return
        dropResponse = fault.kind === 'drop_response'
      }

      const query = this.contract.query(operation, url.searchParams)
      if (this.options.ignoreAfter) delete query.after
      const body = await this.checkBody(operation, raw, req.headers['content-type'], parsed)
      const handler = HANDLERS[operation.id]
      if (!handler) throw new ApiError(404, `Invalid URL (${method} ${url.pathname})`)
      const reply = await handler({
        state: this.state,
        params,
        query,
        body: body.value,
        files: body.files,
        signal: this.stopping.signal,
      })
      this.checkReply(operation, record, reply)
      if (dropResponse || this.stopping.signal.aborted) {
        this.reset(record, req)
        return
      }
      this.send(res, record, reply, headers)
    } catch (error) {
      if (error instanceof ClientGone) {
        record.outcome = 'reset'
        return
      }
      if (!(error instanceof ApiError)) {
        this.internalError(error, res, record)
        return
      }
      // A lost response is lost whatever it would have said.
      if (dropResponse) {
        this.reset(record, req)
        return
      }
      if (res.headersSent || res.destroyed) return
      record.status = error.status
      record.outcome = 'answered'
      if (error.status >= 400 && error.status < 500) this.state.counters.rejected++
      sendJson(res, error.status, error.body(), headers)
    }
  }

  /** Applies a fault; false when the request ends here, true when it goes on to be processed. */
  private async applyFault(
    fault: OpenAIFault,
    record: RecordedRequest,
    req: IncomingMessage,
    res: ServerResponse,
    headers: Record<string, string>,
  ): Promise<boolean> {
    switch (fault.kind) {
      case 'rate_limit': {
        const seconds = fault.retryAfterSeconds ?? 1
        record.status = 429
        record.outcome = 'answered'
        sendJson(
          res,
          429,
          new ApiError(
            429,
            `Rate limit reached for requests. Please try again in ${seconds}s.`,
            null,
            'rate_limit_exceeded',
            'requests',
          ).body(),
          {
            ...headers,
            'retry-after': String(Math.ceil(seconds)),
            'retry-after-ms': String(Math.round(seconds * 1000)),
            'x-ratelimit-limit-requests': '500',
            'x-ratelimit-remaining-requests': '0',
            'x-ratelimit-reset-requests': `${seconds}s`,
            'x-ratelimit-limit-tokens': '2000000',
            'x-ratelimit-remaining-tokens': '0',
            'x-ratelimit-reset-tokens': `${seconds}s`,
          },
        )
        return false
      }
      case 'server_error': {
        const status = fault.status ?? 500
        const message = fault.message ?? 'The server had an error while processing your request. Sorry about that!'
        record.status = status
        record.outcome = 'answered'
        sendJson(res, status, new ApiError(status, message, null, null, 'server_error').body(), headers)
        return false
      }
      case 'reset':
        this.reset(record, req)
        return false
      case 'timeout':
        await sleep(fault.ms ?? Infinity, this.stopping.signal)
        if (fault.then === 'process' && !this.stopping.signal.aborted) return true
        this.reset(record, req)
        return false
      case 'drop_response':
        return true
    }
  }

  private async checkBody(
    operation: Operation,
    raw: Buffer,
    contentType: string | undefined,
    parsed: ParsedBody,
  ): Promise<{ value: unknown; files: Map<string, File> }> {
    if (operation.body?.kind === 'multipart') {
      const form = parsed.multipart ?? (await parseMultipart(raw, contentType))
      this.contract.multipartBody(operation, form.fields)
      return { value: form.fields, files: form.files }
    }
    if (operation.body?.kind === 'json') {
      if (parsed.jsonError) {
        throw badRequest(
          "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)",
        )
      }
      const value = parsed.json === undefined ? {} : parsed.json
      this.contract.jsonBody(operation, value)
      return { value, files: new Map() }
    }
    return { value: undefined, files: new Map() }
  }

  private checkReply(operation: Operation, record: RecordedRequest, reply: Reply): void {
    if (this.options.checkResponses === false) return
    const problems =
      'json' in reply
        ? this.contract.responseProblems(operation, reply.json)
        : 'events' in reply
          ? reply.events.flatMap(chunk => this.contract.responseProblems(operation, chunk, 'text/event-stream'))
          : []
    if (problems.length > 0) {
      this.contractViolations.push({
        operationId: operation.id,
        method: record.method,
        path: record.path,
        problems,
        body: 'json' in reply ? reply.json : reply,
      })
    }
  }

  private send(res: ServerResponse, record: RecordedRequest, reply: Reply, headers: Record<string, string>): void {
    if (res.destroyed) return
    record.status = 200
    record.outcome = 'answered'
    if ('json' in reply) sendJson(res, 200, reply.json, headers)
    else if ('bytes' in reply) sendBytes(res, 200, reply.bytes, reply.contentType, headers)
    else sendEvents(res, reply.events, headers)
  }

  /** The client sees the connection reset (ECONNRESET / socket hang up) and no response. */
  private reset(record: RecordedRequest, req: IncomingMessage): void {
    record.outcome = 'reset'
    req.socket.destroy()
  }

  private internalError(error: unknown, res: ServerResponse, record?: RecordedRequest): void {
    const err = error instanceof Error ? error : new Error(String(error))
    this.internalErrors.push(err)
    if (res.headersSent || res.destroyed) return
    if (record) {
      record.status = 500
      record.outcome = 'answered'
    }
    sendJson(res, 500, new ApiError(500, `Simulator error: ${err.message}`, null, null, 'server_error').body())
  }
}

/** Creates and starts a simulator: `const sim = await startSimulator(); new OpenAI({ baseURL: sim.url, apiKey: sim.apiKey })`. */
export function startSimulator(options: SimulatorOptions = {}): Promise<SimulatorServer> {
  return new SimulatorServer(options).start()
}

/** A simulator that is not listening yet. */
export function createSimulator(options: SimulatorOptions = {}): SimulatorServer {
  return new SimulatorServer(options)
}
