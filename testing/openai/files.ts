import { badRequest, notFound } from './api-error.js'
import type { Environment } from './environment.js'
import { newestFirst, paginate, type Page } from './pagination.js'
import type { FilePurpose, OpenAIFile } from './types.js'

export interface StoredFile {
  id: string
  seq: number
  filename: string
  purpose: FilePurpose
  content: Buffer
  createdAt: number
  /** When the file turns from `uploaded` to `processed`. */
  readyAt: number
  expiresAt?: number
  deleted: boolean
  /** Who made it: a client (POST /files, an upload), the server (result files) or a test's preload. */
  origin: 'api' | 'upload' | 'server' | 'preload'
}

export interface NewFile {
  filename: string
  purpose: FilePurpose
  content: Buffer
  origin: StoredFile['origin']
  createdAt?: number
  processingSeconds?: number
  expiresAfterSeconds?: number
}

export interface FileListQuery {
  purpose?: string
  limit?: number
  after?: string
  order?: 'asc' | 'desc'
}

/** Files by id, with the bytes, so /content returns what was sent and jobs can read their training data. */
export class FileStore {
  private readonly files = new Map<string, StoredFile>()
  private seq = 0

  constructor(
    private readonly env: Environment,
    /** Seconds a new file stays `uploaded` before it is `processed`. */
    private readonly processingSeconds: number,
  ) {}

  create(input: NewFile): StoredFile {
    const createdAt = input.createdAt ?? this.env.clock.now()
    const file: StoredFile = {
      id: this.env.newId('file-', 22),
      seq: ++this.seq,
      filename: input.filename,
      purpose: input.purpose,
      content: input.content,
      createdAt,
      readyAt: createdAt + (input.processingSeconds ?? this.processingSeconds),
      expiresAt: input.expiresAfterSeconds === undefined ? undefined : createdAt + input.expiresAfterSeconds,
      deleted: false,
      origin: input.origin,
    }
    this.files.set(file.id, file)
    if (input.origin === 'api' || input.origin === 'upload') this.env.counters.filesCreated++
    return file
  }

  /** A file that exists now: not deleted, not expired. */
  find(id: string): StoredFile | undefined {
    const file = this.files.get(id)
    if (!file || file.deleted || (file.expiresAt !== undefined && this.env.clock.now() >= file.expiresAt))
      return undefined
    return file
  }

  get(id: string): StoredFile {
    const file = this.find(id)
    if (!file) throw notFound(`No such File object: ${id}`, 'id')
    return file
  }

  list(query: FileListQuery): Page<StoredFile> {
    let files = newestFirst(
      [...this.files.keys()].map(id => this.find(id)).filter((f): f is StoredFile => f !== undefined),
    )
    if (query.purpose !== undefined) files = files.filter(f => f.purpose === query.purpose)
    if (query.order === 'asc') files.reverse()
    return paginate(files, query.after, query.limit ?? 10_000)
  }

  delete(id: string): StoredFile {
    const file = this.get(id)
    file.deleted = true
    this.env.counters.filesDeleted++
    return file
  }

  /** Every file ever created, deleted ones included, for assertions. */
  all(): StoredFile[] {
    return [...this.files.values()]
  }

  object(file: StoredFile): OpenAIFile {
    return {
      id: file.id,
      object: 'file',
      bytes: file.content.length,
      created_at: file.createdAt,
      ...(file.expiresAt === undefined ? {} : { expires_at: file.expiresAt }),
      filename: file.filename,
      purpose: file.purpose,
      status: this.env.clock.now() >= file.readyAt ? 'processed' : 'uploaded',
    }
  }
}

/** OpenAI takes only JSON Lines for fine-tuning: `Invalid file format for Fine-Tuning API. Must be .jsonl`. */
export function checkFineTuneFilename(purpose: string, filename: string, param: string): void {
  if (purpose === 'fine-tune' && !filename.toLowerCase().endsWith('.jsonl')) {
    throw badRequest('Invalid file format for Fine-Tuning API. Must be .jsonl', param, 'invalid_file_format')
  }
}
