import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'

/** The client went away before its request was read; there is no one to answer. */
export class ClientGone extends Error {
  override name = 'ClientGone'
}

/** The body was larger than the server takes; each server answers this in its own words. */
export class BodyTooLarge extends Error {
  override name = 'BodyTooLarge'

  constructor(
    readonly size: number,
    readonly limit: number,
  ) {
    super(`Request body of ${size} bytes exceeds the limit of ${limit} bytes.`)
  }
}

/** The whole request body. Over `limit` bytes it rejects with BodyTooLarge, without holding the rest. */
export function readBody(req: IncomingMessage, limit = Infinity): Promise<Buffer> {
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
      if (size > limit) reject(new BodyTooLarge(size, limit))
      else resolve(Buffer.concat(chunks))
    })
    req.on('error', () => {
      reject(new ClientGone())
    })
    req.on('close', () => {
      if (!ended) reject(new ClientGone())
    })
  })
}

/** The query as sent: a repeated key gives an array. */
export function rawQuery(search: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {}
  for (const [key, value] of search) {
    const seen = query[key]
    query[key] = seen === undefined ? value : ([] as string[]).concat(seen, value)
  }
  return query
}

/** The headers a request log keeps: all of them, or only `names`; never `authorization`, which holds a secret. */
export function recordedHeaders(headers: IncomingHttpHeaders, names?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'authorization' || value === undefined || (names && !names.includes(name))) continue
    out[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return out
}

/** `headers` may set their own content-type (GitHub adds a charset). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendBytes(res, status, Buffer.from(JSON.stringify(body)), 'application/json', headers)
}

export function sendBytes(
  res: ServerResponse,
  status: number,
  body: Buffer | undefined,
  contentType: string | undefined,
  headers: Record<string, string> = {},
): void {
  const head: Record<string, string> = contentType ? { 'content-type': contentType, ...headers } : { ...headers }
  if (body) head['content-length'] = String(body.length)
  res.writeHead(status, head)
  res.end(body)
}
