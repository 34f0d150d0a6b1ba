/* eslint-disable @typescript-eslint/no-deprecated -- the SDK marks a file's `status` deprecated, yet it is the one
   signal that a file is processed and may be trained on, and Azure OpenAI and compatible servers report it too. */
import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { open, readFile, stat } from 'node:fs/promises'
import OpenAI, { APIError, toFile } from 'openai'
import type { FileObject } from 'openai/resources/files'
import { UPLOADS_API_THRESHOLD_BYTES } from '../../dataset/analyze-file.js'
import { waitProcessed as waitUntilProcessed } from '../file-processing.js'
import { spendOnce } from '../spend-once.js'
import { UploadMismatchError } from '../upload-check.js'
import { classifyOpenAIError } from './errors.js'
import { boundedItems } from './pages.js'

export const PART_BYTES = 64 * 1024 * 1024

export interface UploadOptions {
  /** Over this size the file goes through the Uploads API. */
  threshold?: number
  partBytes?: number
  /** Ends the wait for the server to process the file: the run's time is up, or it is cancelled. */
  signal?: AbortSignal
}

/**
 * Uploads a training or validation file once: its name carries its content hash, so a file already on the server
 * (from an earlier run, or from an attempt whose response was lost) is found and used instead of a second upload.
 * A file found by its name is used only when its size is the file's, and its content hashes to `sha256` wherever
 * the server lets us read it back. What goes up is hashed as it is sent and must hash to `sha256`, the hash of the
 * bytes that were validated: a file changed on disk in between is refused, not trained on.
 */
export async function uploadOnce(
  client: OpenAI,
  path: string,
  filename: string,
  sha256: string,
  options: UploadOptions = {},
): Promise<FileObject> {
  const { size } = await stat(path)
  const find = async () => {
    const files = boundedItems(client.files.list({ purpose: 'fine-tune', limit: 100 }), {
      what: 'GET /files',
      onMisbehaviour: 'throw',
    })
    for await (const f of files) {
      if (f.filename === filename && f.bytes === size && f.status !== 'error' && (await sameContent(client, f, sha256)))
        return f
    }
    return undefined
  }
  const existing = await find()
  if (existing) {
    core.info(`${filename} is already on the server as ${existing.id}: not uploading it again.`)
    return waitProcessed(client, existing, options.signal)
  }
  const viaParts = size > (options.threshold ?? UPLOADS_API_THRESHOLD_BYTES)
  core.info(
    `Uploading ${path} as ${filename} (${(size / 1048576).toFixed(1)} MB${viaParts ? ', in parts through the Uploads API' : ''})`,
  )
  const file = await spendOnce({
    what: `upload of ${filename}`,
    lookup: find,
    classify: error => (error instanceof UploadMismatchError ? { kind: 'final' } : classifyOpenAIError(error)),
    attempt: () =>
      viaParts
        ? uploadInParts(client, path, filename, size, sha256, options.partBytes ?? PART_BYTES)
        : uploadWhole(client, path, filename, sha256),
  })
  core.info(`Uploaded ${filename}: ${file.id}`)
  return waitProcessed(client, file, options.signal)
}

/** Read once into memory (the SDK buffers a file for a multipart request anyway), hashed, and these bytes sent. */
async function uploadWhole(client: OpenAI, path: string, filename: string, sha256: string): Promise<FileObject> {
  const bytes = await readFile(path)
  const actual = createHash('sha256').update(bytes).digest('hex')
  if (actual !== sha256) throw new UploadMismatchError(path, sha256, actual)
  return client.files.create({ file: await toFile(bytes, filename), purpose: 'fine-tune' }, { maxRetries: 0 })
}

/**
 * Whether a file on the server holds these bytes. OpenAI does not let fine-tuning files be downloaded (400): then
 * the name, which carries the content hash, and the byte count are all there is to go on.
 */
async function sameContent(client: OpenAI, file: FileObject, sha256: string): Promise<boolean> {
  let response: Response
  try {
    response = await client.files.content(file.id, { maxRetries: 1 })
  } catch (error) {
    if (error instanceof APIError && error.status !== undefined && error.status >= 400 && error.status < 500) {
      core.info(
        `${file.filename} (${file.id}): the server does not serve its content (${error.status}); its name and size match.`,
      )
      return true
    }
    throw error
  }
  const hash = createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex')
  if (hash === sha256) return true
  core.warning(
    `${file.filename} (${file.id}) on the server has the expected name and size but other content: not reusing it.`,
  )
  return false
}

/** Files over 512 MB: parts of 64 MB, then completion with the MD5 of the whole, which the server checks. */
async function uploadInParts(
  client: OpenAI,
  path: string,
  filename: string,
  size: number,
  sha256: string,
  partBytes: number,
): Promise<FileObject> {
  const upload = await client.uploads.create(
    { bytes: size, filename, mime_type: 'application/jsonl', purpose: 'fine-tune' },
    { maxRetries: 0 },
  )
  const md5 = createHash('md5')
  const sha = createHash('sha256')
  const partIds: string[] = []
  const handle = await open(path)
  try {
    for (let offset = 0, n = 1; offset < size; offset += partBytes, n++) {
      const buffer = Buffer.alloc(Math.min(partBytes, size - offset))
      await handle.read(buffer, 0, buffer.length, offset)
      md5.update(buffer)
      sha.update(buffer)
      // A part only adds bytes to this upload; sending it twice wastes nothing that costs money.
      const part = await client.uploads.parts.create(upload.id, { data: await toFile(buffer, `${filename}.part${n}`) })
      partIds.push(part.id)
      core.info(`  part ${n} of ${Math.ceil(size / partBytes)} uploaded`)
    }
  } finally {
    await handle.close()
  }
  const actual = sha.digest('hex')
  if (actual !== sha256) {
    // Never completed, the upload makes no file: cancel it so that it does not linger.
    await client.uploads.cancel(upload.id).catch(() => undefined)
    throw new UploadMismatchError(path, sha256, actual)
  }
  const done = await client.uploads.complete(
    upload.id,
    { part_ids: partIds, md5: md5.digest('hex') },
    { maxRetries: 0 },
  )
  if (!done.file) throw new Error(`The upload ${upload.id} completed without a file`)
  return done.file
}

/** Servers that process files report `uploaded` (or `pending`) first; training may only start once it is `processed`. */
async function waitProcessed(client: OpenAI, file: FileObject, signal?: AbortSignal): Promise<FileObject> {
  const current = await waitUntilProcessed(
    file,
    {
      pending: f => f.status === 'uploaded' || (f.status as string) === 'pending',
      status: f => f.status,
      name: f => `${f.filename} (${f.id})`,
      retrieve: (f, signal) => client.files.retrieve(f.id, { signal }),
    },
    signal,
  )
  if (current.status === 'error')
    throw new Error(
      `The server could not process ${current.filename} (${current.id}): ${current.status_details ?? 'no details'}`,
    )
  return current
}
