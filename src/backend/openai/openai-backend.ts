import * as core from '@actions/core'
import OpenAI, { type ClientOptions } from 'openai'
import { messageOf } from '../../errors.js'
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
import { isOpenAIService } from '../provider.js'
import { complete, shutdownDate } from './chat.js'
import { uploadOnce } from './files.js'
import { checkpoints, createJobOnce, findJobByKey, getJob, newEvents } from './jobs.js'

/** Reads (lists, polls) retry on their own; calls that spend money set maxRetries: 0 and are retried by spendOnce. */
const READ_RETRIES = 4
const REQUEST_TIMEOUT_MS = 120_000

/** OpenAI's fine-tuning API, or any server that speaks it (the `openai` SDK sends organization and project headers). */
export class OpenAIBackend implements FineTuningBackend {
  readonly name: string = 'OpenAI'
  readonly isOpenAI: boolean
  protected readonly client: OpenAI
  /** Models the server refused a temperature for, so that later requests leave it out. */
  private readonly noTemperature = new Set<string>()

  /** `clientOptions` go over the defaults: another provider's authentication, for one (backend/azure). */
  constructor(connection: BackendConnection, clientOptions: ClientOptions = {}) {
    this.isOpenAI = isOpenAIService(connection.baseUrl)
    this.client = new OpenAI({
      apiKey: connection.apiKey,
      baseURL: connection.baseUrl,
      organization: connection.organization ?? null,
      project: connection.project ?? null,
      maxRetries: READ_RETRIES,
      timeout: REQUEST_TIMEOUT_MS,
      ...clientOptions,
    })
  }

  uploadOnce(path: string, filename: string, sha256: string, signal?: AbortSignal): Promise<UploadedFile> {
    return uploadOnce(this.client, path, filename, sha256, { signal }).then(f => ({
      id: f.id,
      filename: f.filename,
      bytes: f.bytes,
    }))
  }

  findJob(key: string): Promise<TrainingJob | undefined> {
    return findJobByKey(this.client, key)
  }

  createJobOnce(request: JobRequest): Promise<TrainingJob> {
    return createJobOnce(this.client, request)
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
    await this.client.fineTuning.jobs.cancel(id)
  }

  /** OpenAI serves every model and fine-tune by its name: nothing to set up. */
  serve(model: string): Promise<ServedModel> {
    return Promise.resolve({ name: model, release: () => Promise.resolve() })
  }

  chat(model: string, messages: ChatMessage[], sampling: Sampling): Promise<ChatAnswer> {
    return complete(this.client, model, messages, sampling, this.noTemperature)
  }

  async shutdownDate(model: string): Promise<string | undefined> {
    try {
      return await shutdownDate(this.client, model)
    } catch (error) {
      core.debug(`models.retrieve(${model}): ${messageOf(error)}`)
      return undefined
    }
  }
}
