/**
 * OpenAI's document says OpenAPI 3.1 but keeps two OpenAPI 3.0 idioms that Ajv (JSON Schema 2020-12) refuses to
 * compile: `nullable: true` (an error where there is no `type`) and boolean `exclusiveMinimum`/`exclusiveMaximum`.
 * This rewrites them into their 2020-12 meaning and drops the documentation-only `x-oaiMeta` and examples; every
 * other keyword is kept as published.
 */
export function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema)
  if (typeof node !== 'object' || node === null) return node
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (key === 'x-oaiMeta' || key === 'example' || key === 'examples') continue
    // Values, not schemas: a `nullable` inside an enum or a default is data.
    out[key] = DATA_KEYWORDS.has(key) ? value : toJsonSchema(value)
  }
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof out[exclusive] !== 'boolean') continue
    if (out[exclusive] && typeof out[bound] === 'number') {
      out[exclusive] = out[bound]
      Reflect.deleteProperty(out, bound)
    } else {
      Reflect.deleteProperty(out, exclusive)
    }
  }
  const nullable = out.nullable === true
  delete out.nullable
  return nullable ? { anyOf: [out, { type: 'null' }] } : out
}

const DATA_KEYWORDS = new Set(['enum', 'const', 'default'])

/** A JSON pointer fragment (`#/paths/~1files/get`), percent-encoded so `{file_id}` survives URI resolution. */
export function pointer(...segments: (string | number)[]): string {
  return '#' + segments.map(s => '/' + encodeURIComponent(String(s).replace(/~/g, '~0').replace(/\//g, '~1'))).join('')
}
