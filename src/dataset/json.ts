export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A short, single-line rendering of a value for messages: never the whole (possibly huge) value. */
export function preview(value: unknown, max = 40): string {
  let text: string
  try {
    // JSON.stringify gives undefined for undefined, functions and symbols, whatever its declared type says.
    const json: string | undefined = JSON.stringify(value)
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
    text = json ?? String(value)
  } catch {
    text = String(value)
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

export function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value
}
