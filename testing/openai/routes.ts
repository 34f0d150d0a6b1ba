import { badRequest } from './api-error.js'
import { checkLimit } from './contract.js'
import { checkFineTuneFilename } from './files.js'
import type { SimulatorState } from './state.js'
import type { CreateJobRequest } from './types.js'
import type { NewUpload } from './uploads.js'

export interface RouteContext {
  state: SimulatorState
  /** Path parameters, decoded. */
  params: Record<string, string>
  /** The query, already checked and typed by the contract. */
  query: Record<string, any>
  /** The JSON body or the form fields, already checked by the contract. */
  body: any
  /** Multipart files by field name. */
  files: Map<string, File>
  /** Fires when the simulator stops. */
  signal: AbortSignal
}

export type Reply =
  | { json: unknown }
  | { bytes: Buffer; contentType: string }
  /** A streamed chat completion: its chunks. */
  | { events: Record<string, unknown>[] }

export type Handler = (context: RouteContext) => Reply | Promise<Reply>

/** The operations of the spec, by operationId. */
export const HANDLERS: Record<string, Handler> = {
  async createFile({ state, body, files }) {
    const upload = files.get('file')
    if (!upload) throw badRequest("'file' must be a file upload, not a text field.", 'file', 'invalid_type')
    const content = Buffer.from(await upload.arrayBuffer())
    const max = state.limits.maxFileBytes
    if (content.length > max) {
      throw badRequest(
        `File is ${content.length} bytes; files up to ${max} bytes can be uploaded here, larger ones through the Uploads API.`,
        'file',
        'file_too_large',
      )
    }
    checkFineTuneFilename(body.purpose, upload.name, 'file')
    const file = state.files.create({
      filename: upload.name,
      purpose: body.purpose,
      content,
      origin: 'api',
      expiresAfterSeconds: body.expires_after?.seconds,
    })
    return { json: state.files.object(file) }
  },

  listFiles({ state, query }) {
    checkLimit(query.limit, 10_000)
    const page = state.files.list(query)
    const data = page.data.map(f => state.files.object(f))
    // The spec types first_id and last_id as strings, never null, so an empty list has empty ids.
    return {
      json: {
        object: 'list',
        data,
        first_id: data[0]?.id ?? '',
        last_id: data.at(-1)?.id ?? '',
        has_more: page.has_more,
      },
    }
  },

  retrieveFile: ({ state, params }) => ({ json: state.files.object(state.files.get(params.file_id)) }),

  deleteFile({ state, params }) {
    const file = state.files.delete(params.file_id)
    return { json: { id: file.id, object: 'file', deleted: true } }
  },

  downloadFile: ({ state, params }) => ({
    bytes: state.files.get(params.file_id).content,
    contentType: 'application/octet-stream',
  }),

  createUpload({ state, body }) {
    return { json: state.uploads.object(state.uploads.create(body as NewUpload)) }
  },

  async addUploadPart({ state, params, files }) {
    const data = files.get('data')
    if (!data) throw badRequest("'data' must be a file upload, not a text field.", 'data', 'invalid_type')
    const { upload, part } = state.uploads.addPart(params.upload_id, Buffer.from(await data.arrayBuffer()))
    return { json: state.uploads.partObject(upload, part) }
  },

  completeUpload: ({ state, params, body }) => ({
    json: state.uploads.object(state.uploads.complete(params.upload_id, body.part_ids, body.md5)),
  }),

  cancelUpload: ({ state, params }) => ({ json: state.uploads.object(state.uploads.cancel(params.upload_id)) }),

  createFineTuningJob: ({ state, body }) => ({ json: state.jobs.object(state.jobs.create(body as CreateJobRequest)) }),

  listPaginatedFineTuningJobs({ state, query }) {
    const page = state.jobs.list(query)
    return { json: { object: 'list', data: page.data.map(j => state.jobs.object(j)), has_more: page.has_more } }
  },

  retrieveFineTuningJob: ({ state, params }) => ({
    json: state.jobs.object(state.jobs.get(params.fine_tuning_job_id)),
  }),

  cancelFineTuningJob: ({ state, params }) => ({
    json: state.jobs.object(state.jobs.cancel(params.fine_tuning_job_id)),
  }),

  pauseFineTuningJob: ({ state, params }) => ({
    json: state.jobs.object(state.jobs.pause(params.fine_tuning_job_id)),
  }),

  resumeFineTuningJob: ({ state, params }) => ({
    json: state.jobs.object(state.jobs.resume(params.fine_tuning_job_id)),
  }),

  listFineTuningEvents({ state, params, query }) {
    const page = state.jobs.events(params.fine_tuning_job_id, query.after, query.limit)
    return { json: { object: 'list', data: page.data, has_more: page.has_more } }
  },

  listFineTuningJobCheckpoints({ state, params, query }) {
    const page = state.jobs.checkpoints(params.fine_tuning_job_id, query.after, query.limit)
    const { data } = page
    return {
      json: {
        object: 'list',
        data,
        first_id: data[0]?.id ?? null,
        last_id: data.at(-1)?.id ?? null,
        has_more: page.has_more,
      },
    }
  },

  listModels: ({ state }) => ({ json: { object: 'list', data: state.models.list().map(m => state.models.object(m)) } }),

  retrieveModel: ({ state, params }) => ({ json: state.models.object(state.models.get(params.model)) }),

  deleteModel({ state, params }) {
    const model = state.models.delete(params.model, state.organization.id)
    return { json: { id: model.id, object: 'model', deleted: true } }
  },

  async createChatCompletion({ state, body, signal }) {
    const { response, chunks } = await state.chat.complete(body, signal)
    return chunks ? { events: chunks } : { json: response }
  },

  listChatCompletions({ state, query }) {
    const page = state.chat.list(query)
    const ids = page.data.map(c => String(c.id))
    return {
      json: {
        object: 'list',
        data: page.data,
        first_id: ids[0] ?? '',
        last_id: ids.at(-1) ?? '',
        has_more: page.has_more,
      },
    }
  },
}
