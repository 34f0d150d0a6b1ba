import { createHash } from 'node:crypto'
import { badRequest, notFound } from './api-error.js'
import type { Environment } from './environment.js'
import { checkFineTuneFilename, type FileStore } from './files.js'
import type { FilePurpose, Upload, UploadPart } from './types.js'

interface StoredPart {
  id: string
  createdAt: number
  data: Buffer
}

export interface StoredUpload {
  id: string
  filename: string
  purpose: FilePurpose
  bytes: number
  mimeType: string
  createdAt: number
  expiresAt: number
  expiresAfterSeconds?: number
  status: 'pending' | 'completed' | 'cancelled'
  parts: Map<string, StoredPart>
  fileId?: string
}

export interface NewUpload {
  filename: string
  purpose: FilePurpose
  bytes: number
  mime_type: string
  expires_after?: { anchor: 'created_at'; seconds: number }
}

/** The Uploads API: a pending upload takes parts, and completing it makes a File of the parts in the order given. */
export class UploadStore {
  private readonly uploads = new Map<string, StoredUpload>()

  constructor(
    private readonly env: Environment,
    private readonly files: FileStore,
  ) {}

  create(input: NewUpload): StoredUpload {
    const { maxUploadBytes, uploadExpirySeconds } = this.env.limits
    if (input.bytes < 0 || input.bytes > maxUploadBytes) {
      throw badRequest(
        `Invalid value for 'bytes': an upload holds from 0 to ${maxUploadBytes} bytes, but got ${input.bytes}.`,
        'bytes',
        'invalid_value',
      )
    }
    checkFineTuneFilename(input.purpose, input.filename, 'filename')
    const now = this.env.clock.now()
    const upload: StoredUpload = {
      id: this.env.newId('upload_'),
      filename: input.filename,
      purpose: input.purpose,
      bytes: input.bytes,
      mimeType: input.mime_type,
      createdAt: now,
      expiresAt: now + uploadExpirySeconds,
      expiresAfterSeconds: input.expires_after?.seconds,
      status: 'pending',
      parts: new Map(),
    }
    this.uploads.set(upload.id, upload)
    this.env.counters.uploadsCreated++
    return upload
  }

  get(id: string): StoredUpload {
    const upload = this.uploads.get(id)
    if (!upload) throw notFound(`No such Upload object: ${id}`, 'upload_id')
    return upload
  }

  addPart(id: string, data: Buffer): { upload: StoredUpload; part: StoredPart } {
    const upload = this.pending(id)
    if (data.length > this.env.limits.maxPartBytes) {
      throw badRequest(
        `A part holds at most ${this.env.limits.maxPartBytes} bytes, but got ${data.length}.`,
        'data',
        'invalid_value',
      )
    }
    const part: StoredPart = { id: this.env.newId('part_'), createdAt: this.env.clock.now(), data }
    upload.parts.set(part.id, part)
    this.env.counters.uploadPartsAdded++
    return { upload, part }
  }

  /** Joins the parts in the order given; the byte count must be the one declared, and the md5 must match if given. */
  complete(id: string, partIds: readonly string[], md5?: string): StoredUpload {
    const upload = this.pending(id)
    const seen = new Set<string>()
    const chunks = partIds.map((partId, i) => {
      const part = upload.parts.get(partId)
      if (!part) throw badRequest(`Part ${partId} does not belong to upload ${id}.`, `part_ids[${i}]`, 'invalid_value')
      if (seen.has(partId))
        throw badRequest(`Part ${partId} is listed more than once.`, `part_ids[${i}]`, 'invalid_value')
      seen.add(partId)
      return part.data
    })
    const content = Buffer.concat(chunks)
    if (content.length !== upload.bytes) {
      throw badRequest(
        `The parts hold ${content.length} bytes, but the upload was created for ${upload.bytes} bytes.`,
        'part_ids',
        'invalid_value',
      )
    }
    if (md5 !== undefined) {
      const actual = createHash('md5').update(content).digest('hex')
      if (actual !== md5.toLowerCase()) {
        throw badRequest(
          `The md5 checksum ${md5} does not match the uploaded bytes (md5 ${actual}).`,
          'md5',
          'invalid_value',
        )
      }
    }
    const file = this.files.create({
      filename: upload.filename,
      purpose: upload.purpose,
      content,
      origin: 'upload',
      expiresAfterSeconds: upload.expiresAfterSeconds,
    })
    upload.status = 'completed'
    upload.fileId = file.id
    this.env.counters.uploadsCompleted++
    return upload
  }

  cancel(id: string): StoredUpload {
    const upload = this.pending(id)
    upload.status = 'cancelled'
    this.env.counters.uploadsCancelled++
    return upload
  }

  object(upload: StoredUpload): Upload {
    const file = upload.fileId === undefined ? undefined : this.files.find(upload.fileId)
    return {
      id: upload.id,
      object: 'upload',
      bytes: upload.bytes,
      created_at: upload.createdAt,
      expires_at: upload.expiresAt,
      filename: upload.filename,
      purpose: upload.purpose,
      status: this.status(upload),
      file: file ? this.files.object(file) : null,
    }
  }

  partObject(upload: StoredUpload, part: StoredPart): UploadPart {
    return { id: part.id, object: 'upload.part', created_at: part.createdAt, upload_id: upload.id }
  }

  private status(upload: StoredUpload): Upload['status'] {
    return upload.status === 'pending' && this.env.clock.now() >= upload.expiresAt ? 'expired' : upload.status
  }

  private pending(id: string): StoredUpload {
    const upload = this.get(id)
    const status = this.status(upload)
    if (status !== 'pending')
      throw badRequest(
        `Upload ${id} is ${status}; only a pending upload can take this request.`,
        'upload_id',
        'invalid_state',
      )
    return upload
  }
}
