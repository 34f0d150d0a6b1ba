import Together from 'together-ai'
import type {
  BackendConnection,
  ChatAnswer,
  ChatMessage,
  Checkpoint,
  FineTuningBackend,
  JobEvent,
  JobRequest,
  Sampling,
  ServedModel,
  TrainingJob,
  UploadedFile,
} from '../backend.js'
import { checkServed, complete } from './chat.js'
import { uploadOnce, type Connection } from './files.js'
import { checkpoints, createJobOnce, estimatePrice, findJobByKey, getJob, newEvents } from './jobs.js'

export const TOGETHER_API = 'https://api.together.xyz/v1'
const READ_RETRIES = 4
const REQUEST_TIMEOUT_MS = 120_000

/**
 * Together AI's fine-tuning API through the official together-ai SDK, and its REST API for the upload, which the
 * SDK's helper cannot do against a configured base URL. Jobs carry no metadata: the training key rides in the
 * suffix (see jobs.ts).
 */
export class TogetherBackend implements FineTuningBackend {
  readonly name = 'Together AI'
  readonly isOpenAI = false
  private readonly connection: Connection

  constructor(connection: BackendConnection) {
    const baseUrl = connection.baseUrl ?? TOGETHER_API
    const client = new Together({
      apiKey: connection.apiKey,
      baseURL: baseUrl,
      maxRetries: READ_RETRIES,
      timeout: REQUEST_TIMEOUT_MS,
    })
    this.connection = { client, baseUrl, apiKey: connection.apiKey }
  }

  private get client(): Together {
    return this.connection.client
  }

  async uploadOnce(path: string, filename: string, sha256: string, signal?: AbortSignal): Promise<UploadedFile> {
    const f = await uploadOnce(this.connection, path, filename, sha256, signal)
    return { id: f.id, filename: f.filename, bytes: f.bytes }
  }

  findJob(key: string): Promise<TrainingJob | undefined> {
    return findJobByKey(this.client, key)
  }

  createJobOnce(request: JobRequest): Promise<TrainingJob> {
    return createJobOnce(this.client, request)
  }

  estimateCostUsd(request: JobRequest): Promise<number | undefined> {
    return estimatePrice(this.client, request)
  }

  getJob(id: string, signal?: AbortSignal): Promise<TrainingJob> {
    return getJob(this.client, id, signal)
  }

  newEvents(id: string, seen: Set<string>, signal?: AbortSignal): Promise<JobEvent[]> {
    return newEvents(this.client, id, seen, signal)
  }

  checkpoints(id: string): Promise<Checkpoint[]> {
    return checkpoints(this.client, id)
  }

  async cancelJob(id: string): Promise<void> {
    await this.client.fineTuning.cancel(id)
  }

  /** Nothing to set up, but a fine-tune Together does not serve without a dedicated endpoint is said so here. */
  async serve(model: string): Promise<ServedModel> {
    await checkServed(this.client, model)
    return { name: model, release: () => Promise.resolve() }
  }

  chat(model: string, messages: ChatMessage[], sampling: Sampling): Promise<ChatAnswer> {
    return complete(this.client, model, messages, sampling)
  }

  /** Together publishes no shutdown dates through its API. */
  shutdownDate(): Promise<string | undefined> {
    return Promise.resolve(undefined)
  }
}
