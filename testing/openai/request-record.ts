import { parseMultipart, type Multipart } from './http.js'

export interface ParsedBody {
  /** What the request log keeps. */
  recorded: unknown
  json?: unknown
  jsonError?: boolean
  multipart?: Multipart
}

/** Parses the body for the log before anything can reject the request, so rejected requests are recorded whole. */
export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { recorded: undefined }
  if (contentType?.toLowerCase().startsWith('multipart/form-data')) {
    try {
      const multipart = await parseMultipart(raw, contentType)
      const recorded = structuredClone(multipart.fields)
      for (const [key, file] of multipart.files)
        setField(recorded, key, { filename: file.name, bytes: file.size, type: file.type })
      return { recorded, multipart }
    } catch {
      return { recorded: text(raw) }
    }
  }
  try {
    const json: unknown = JSON.parse(raw.toString('utf8'))
    return { recorded: json, json }
  } catch {
    return { recorded: text(raw), jsonError: true }
  }
}

/** What the log keeps of a body it cannot parse: enough to see what it was, not a whole upload. */
function text(raw: Buffer): string {
  return raw.subarray(0, 4096).toString('utf8')
}

function setField(fields: Record<string, unknown>, key: string, value: unknown): void {
  const segments = key.split(/[[\]]+/).filter(Boolean)
  let target = fields
  for (const segment of segments.slice(0, -1)) target = (target[segment] ??= {}) as Record<string, unknown>
  target[segments.at(-1)!] = value
}
