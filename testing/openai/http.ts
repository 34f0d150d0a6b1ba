import type { ServerResponse } from 'node:http'
import { badRequest } from './api-error.js'

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
    form = await new Request('http://simulator.local/', {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
      duplex: 'half',
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- a test double: undici's parser is enough for our own uploads.
    }).formData()
  } catch {
    throw badRequest('Could not parse the multipart form data of the request.')
  }
  const fields: Record<string, unknown> = {}
  const files = new Map<string, File>()
  for (const [key, value] of form.entries()) {
    const path = /^([^[\]]+)((?:\[[^[\]]+\])*)$/.exec(key)
    const segments = path ? [path[1], ...[...path[2].matchAll(/\[([^[\]]+)\]/g)].map(m => m[1])] : [key]
    let target = fields
    for (const segment of segments.slice(0, -1)) {
      const next = target[segment]
      target = (target[segment] =
        typeof next === 'object' && next !== null && !Array.isArray(next) ? next : {}) as Record<string, unknown>
    }
    const last = segments.at(-1)!
    const text = typeof value === 'string' ? value : value.name
    if (typeof value !== 'string') files.set(key, value)
    // A repeated field becomes an array, which every schema here refuses, as OpenAI refuses ambiguous forms.
    target[last] = last in target ? ([] as unknown[]).concat(target[last], text) : text
  }
  return { fields, files }
}

/** Server-sent events as OpenAI streams chat completions: one `data:` line per chunk, then `data: [DONE]`. */
export function sendEvents(
  res: ServerResponse,
  chunks: readonly unknown[],
  headers: Record<string, string> = {},
): void {
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
    if (signal.aborted) {
      resolve()
      return
    }
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
