import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type Together from 'together-ai'
import type { FileResponse } from 'together-ai/resources/files'
import { waitProcessed } from '../file-processing.js'
import { spendOnce } from '../spend-once.js'
import { UploadMismatchError } from '../upload-check.js'
import { classifyTogetherError, UploadError } from './errors.js'

const BAD_FILE = new Set(['FAILED', 'INVALID_FORMAT'])

export interface Connection {
  client: Together
  /** The API root every request goes to, uploads included (the SDK's upload helper reads it from the environment). */
  baseUrl: string
  apiKey: string
}

/**
 * Uploads a file once through Together's flow: POST /files names it and answers with a redirect to an upload URL and
 * the file id, the bytes go there in a PUT. The name carries the content hash, so a file already on the server (from
 * an earlier run, or from an attempt whose response was lost) is reused instead of uploaded again.
 */
export async function uploadOnce(
  c: Connection,
  path: string,
  filename: string,
  /** The SHA-256 of the bytes that were validated: nothing else is sent. */
  sha256: string,
  /** Ends the wait for Together's check of the file: the run's time is up, or it is cancelled. */
  signal?: AbortSignal,
): Promise<FileResponse> {
  // Hashed before anything is sent, as the bytes go out as a stream (files can be many GB): the file is the run's
  // private read-only snapshot, so what is hashed here is what the PUT reads.
  const actual = await sha256Of(path)
  if (actual !== sha256) throw new UploadMismatchError(path, sha256, actual)
  const { size } = await stat(path)
  const find = async () => {
    const { data } = await c.client.files.list()
    return data.find(
      f =>
        f.filename === filename &&
        f.bytes === size &&
        !BAD_FILE.has(f.processing_status ?? '') &&
        f.purpose === 'fine-tune',
    )
  }
  const existing = await find()
  if (existing) {
    core.info(`${filename} is already on the server as ${existing.id}: not uploading it again.`)
    return waitChecked(c, existing, signal)
  }
  core.info(`Uploading ${path} as ${filename} (${(size / 1048576).toFixed(1)} MB)`)
  const file = await spendOnce({
    what: `upload of ${filename}`,
    lookup: find,
    classify: classifyTogetherError,
    attempt: () => upload(c, path, filename, size),
  })
  core.info(`Uploaded ${filename}: ${file.id}`)
  return waitChecked(c, file, signal)
}

async function upload(c: Connection, path: string, filename: string, size: number): Promise<FileResponse> {
  const form = new URLSearchParams({ file_name: filename, file_type: 'jsonl', purpose: 'fine-tune' })
  const named = await fetch(`${c.baseUrl.replace(/\/+$/, '')}/files`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Bearer ${c.apiKey}` },
    body: form.toString(),
    redirect: 'manual',
  })
  const location = named.headers.get('location')
  const id = named.headers.get('x-together-file-id')
  if (named.status < 300 || named.status >= 400 || !location || !id)
    throw new UploadError(
      `POST /files answered ${named.status} ${await named.text().catch(() => '')}`.trim().slice(0, 500),
      named.status,
    )
  const put = await fetch(new URL(location, c.baseUrl), {
    method: 'PUT',
    headers: { 'content-type': 'application/octet-stream', 'content-length': String(size) },
    body: createReadStream(path),
    // Node's fetch sends a stream body only half-duplex, and says so or refuses.
    duplex: 'half',
  })
  if (put.status !== 200)
    throw new UploadError(`the upload of ${filename} answered ${put.status} ${put.statusText}`, put.status)
  return c.client.files.retrieve(id)
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Together checks a fine-tuning file after the upload; a job may only train on a file it has accepted. */
async function waitChecked(c: Connection, file: FileResponse, signal?: AbortSignal): Promise<FileResponse> {
  const current = await waitProcessed(
    file,
    {
      pending: f => ['PENDING', 'QUEUED', 'RUNNING'].includes(f.processing_status ?? ''),
      status: f => f.processing_status ?? 'unknown',
      name: f => `${f.filename} (${f.id})`,
      retrieve: (f, signal) => c.client.files.retrieve(f.id, { signal }),
    },
    signal,
  )
  if (BAD_FILE.has(current.processing_status ?? ''))
    throw new Error(
      `Together AI refused ${current.filename} (${current.id}): ${current.validation_report?.error ?? current.processing_status ?? 'no details'}`,
    )
  return current
}
