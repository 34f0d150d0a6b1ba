import type { ErrorObject } from 'ajv'
import { badRequest, type ApiError } from './api-error.js'

/**
 * Turns Ajv's findings into the single 400 OpenAI would send, worded like OpenAI's (`Missing required parameter:
 * 'training_file'.`, `Unknown parameter: 'foo'.`, `Invalid type for 'hyperparameters.n_epochs': ...`), with `param`
 * naming the field as OpenAI does (`messages[0].content`). The deepest finding wins: a failed `oneOf` also reports
 * every branch it tried at shallower paths, and the deepest one is what the caller got wrong.
 */
export function requestError(errors: readonly ErrorObject[], data: unknown): ApiError {
  const located = errors.map(error => ({ error, path: targetPath(error) }))
  const depth = Math.max(...located.map(l => l.path.length))
  const deepest = located.filter(l => l.path.length === depth)
  const pick = (...keywords: string[]) => deepest.find(l => keywords.includes(l.error.keyword))

  const missing = pick('required')
  if (missing)
    return badRequest(
      `Missing required parameter: '${paramName(missing.path)}'.`,
      paramName(missing.path),
      'missing_required_parameter',
    )
  const unknown = pick('additionalProperties', 'unevaluatedProperties')
  if (unknown)
    return badRequest(`Unknown parameter: '${paramName(unknown.path)}'.`, paramName(unknown.path), 'unknown_parameter')
  const tag = pick('discriminator')
  if (tag) {
    const param = paramName(tag.path)
    const value = valueAt(data, tag.path)
    return value === undefined
      ? badRequest(`Missing required parameter: '${param}'.`, param, 'missing_required_parameter')
      : badRequest(`Invalid value for '${param}': ${describe(value)} is not supported.`, param, 'invalid_value')
  }

  // A bound or length beats "wrong type": with `oneOf: ['auto', integer ≤ 50]`, 100 fails the bound, not the type.
  const param = paramOf(deepest[0].path)
  const value = valueAt(data, deepest[0].path)
  const bound = deepest.find(
    l => !['type', 'enum', 'const', 'oneOf', 'anyOf', 'allOf', 'not', 'if'].includes(l.error.keyword),
  )
  if (bound)
    return badRequest(
      `Invalid value for '${param ?? 'body'}': ${bound.error.message ?? 'not allowed'}.`,
      param,
      'invalid_value',
    )
  const expected = new Set<string>()
  let onlyTypes = true
  for (const { error } of deepest) {
    if (error.keyword === 'type') expected.add(typeName(String(error.params.type)))
    if (error.keyword === 'enum') {
      onlyTypes = false
      for (const v of error.params.allowedValues as unknown[]) expected.add(JSON.stringify(v).replace(/"/g, "'"))
    }
    if (error.keyword === 'const') {
      onlyTypes = false
      expected.add(JSON.stringify(error.params.allowedValue).replace(/"/g, "'"))
    }
  }
  if (expected.size === 0)
    return badRequest(`Invalid value for '${param ?? 'body'}': ${deepest[0].error.message}.`, param, 'invalid_value')
  const list = [...expected]
  const wanted = list.length === 1 ? list[0] : `one of ${list.slice(0, -1).join(', ')} or ${list.at(-1)}`
  if (param === null)
    return badRequest(`The request body must be ${wanted}, but got ${describe(value)}.`, null, 'invalid_type')
  return onlyTypes
    ? badRequest(
        `Invalid type for '${param}': expected ${wanted}, but got ${describe(value)} instead.`,
        param,
        'invalid_type',
      )
    : badRequest(
        `Invalid value for '${param}': expected ${wanted}, but got ${describe(value)}.`,
        param,
        'invalid_value',
      )
}

/** The path of the field an error is about: for a missing or unknown property, the property itself. */
function targetPath(error: ErrorObject): string[] {
  const path =
    error.instancePath === ''
      ? []
      : error.instancePath
          .slice(1)
          .split('/')
          .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const p = error.params as Record<string, unknown>
  const extra =
    p.missingProperty ??
    p.additionalProperty ??
    p.unevaluatedProperty ??
    (error.keyword === 'discriminator' ? p.tag : undefined)
  // Ajv names the property as a string.
  return extra === undefined ? path : [...path, extra as string]
}

/** `['messages', '0', 'content']` → `messages[0].content`, as OpenAI names nested parameters. */
export function paramName(path: readonly string[]): string {
  return path.reduce(
    (name, segment) => (/^\d+$/.test(segment) ? `${name}[${segment}]` : name ? `${name}.${segment}` : segment),
    '',
  )
}

/** The body as a whole (not an object, say) is no parameter: OpenAI sends `param: null`. */
const paramOf = (path: readonly string[]): string | null => paramName(path) || null

function valueAt(data: unknown, path: readonly string[]): unknown {
  let node = data
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[segment]
  }
  return node
}

function typeName(type: string): string {
  return type === 'integer'
    ? 'an integer'
    : type === 'array'
      ? 'an array'
      : type === 'object'
        ? 'an object'
        : type === 'null'
          ? 'null'
          : `a ${type}`
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') return `a string ('${value.length > 40 ? value.slice(0, 40) + '…' : value}')`
  if (typeof value === 'number') return Number.isInteger(value) ? `an integer (${value})` : `a number (${value})`
  if (typeof value === 'object') return 'an object'
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value} (${JSON.stringify(value)})`
}
