import type { IncomingMessage, ServerResponse } from 'node:http'
import { ApiError, badRequest } from './api-error.js'

/** The client went away before its request was read; there is no one to answer. */
export class ClientGone extends Error {
  override name = 'ClientGone'
}

/** The whole request body. Over `limit` bytes it answers 413, as OpenAI's front end does, without holding the rest. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let ended = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => {
      ended = true
      if (size > limit) reject(new ApiError(413, `Request body of ${size} bytes exceeds the limit of ${limit} bytes.`))
      else resolve(Buffer.concat(chunks))
    })
    req.on('error', () => reject(new ClientGone()))
    req.on('close', () => ended || reject(new ClientGone()))
  })
}

export interface Multipart {
  /** The fields as an object (`expires_after[seconds]` nested), each file standing in as its file name. */
  fields: Record<string, unknown>
  /** The files, by field name. */
  files: Map<string, File>
}

/** Parses multipart/form-data with the platform's own parser (undici's), so no dependency is needed. */
export async function parseMultipart(body: Buffer, contentType: string | undefined): Promise<Multipart> {
  if (!contentType?.toLowerCase().startsWith('multipart/form-data')) {
    throw badRequest(`Invalid Content-Type header (${contentType ?? 'none'}), expected multipart/form-data.`)
  }
  let form: FormData
  try {
    form = await new Request('http://simulator.local/', { method: 'POST', headers: { 'content-type': contentType }, body, duplex: 'half' }).formData()
  } catch {
    throw badRequest('Could not parse the multipart form data of the request.')
  }
  const fields: Record<string, unknown> = {}
  const files = new Map<string, File>()
  for (const [key, value] of form.entries()) {
    const path = /^([^[\]]+)((?:\[[^[\]]+\])*)$/.exec(key)
    const segments = path ? [path[1]!, ...[...path[2]!.matchAll(/\[([^[\]]+)\]/g)].map(m => m[1]!)] : [key]
    let target = fields
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment]
      target = (target[segment] = typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>
    }
    const last = segments.at(-1)!
    const text = typeof value === 'string' ? value : value.name
    if (typeof value !== 'string') files.set(key, value)
    // A repeated field becomes an array, which every schema here refuses, as OpenAI refuses ambiguous forms.
    target[last] = last in target ? ([] as unknown[]).concat(target[last], text) : text
  }
  return { fields, files }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body)
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) })
  res.end(text)
}

export function sendBytes(res: ServerResponse, status: number, body: Buffer, contentType: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...headers, 'content-type': contentType, 'content-length': String(body.length) })
  res.end(body)
}

/** Server-sent events as OpenAI streams chat completions: one `data:` line per chunk, then `data: [DONE]`. */
export function sendEvents(res: ServerResponse, chunks: readonly unknown[], headers: Record<string, string> = {}): void {
  res.writeHead(200, { ...headers, 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' })
  for (const chunk of chunks) res.write(`data: ${JSON.stringify(chunk)}\n\n`)
  res.end('data: [DONE]\n\n')
}

/**
 * Resolves after `ms` (never, for Infinity), or at once when the signal fires (the simulator stopping), so no timer
 * outlives stop() and keeps a test process alive.
 */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise(resolve => {
    if (signal.aborted) return resolve()
    let timer: NodeJS.Timeout | undefined
    const done = () => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    if (Number.isFinite(ms)) timer = setTimeout(done, Math.max(0, ms))
    signal.addEventListener('abort', done)
  })
}
