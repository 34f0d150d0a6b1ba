import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { ValidateFunction } from 'ajv'
import { Router } from '../http-kit/router.js'
import { badRequest } from './api-error.js'
import { pointer, toJsonSchema } from './openapi-schema.js'
import { requestError } from './validation-errors.js'

export type HttpMethod = 'GET' | 'POST' | 'DELETE'

/** One operation of the spec, as the router and the validators need it. */
export interface Operation {
  /** The spec's operationId, such as `createFineTuningJob`. */
  id: string
  method: HttpMethod
  /** The spec's path, such as `/files/{file_id}`, without the `/v1` prefix. */
  template: string
  /** Query parameters written `name[key]=value` (OpenAPI's deepObject style), such as `metadata`. */
  deepObjectParams: ReadonlySet<string>
  body?: { kind: 'json' | 'multipart'; required: boolean }
  /** The content types the spec gives for the 200 response. */
  responds: { json: boolean; sse: boolean }
}

/** Where the 3.0 idioms are rewritten; responses are checked against this document as published. */
const SPEC_ID = 'openai'
/** The same document with the objects below closed, for checking requests. */
const REQUEST_SPEC_ID = 'openai-request'

/**
 * OpenAI rejects unknown arguments (`Unknown parameter: 'hyperparameters.n_epoch'.`), but its spec leaves these
 * objects open; closing them is what catches a misspelt hyperparameter, which the API would refuse and a lenient
 * simulator would silently train with defaults. Bodies are closed at the top level as well (see jsonBody).
 */
const CLOSED_REQUEST_OBJECTS = [
  ['components', 'schemas', 'CreateFineTuningJobRequest', 'properties', 'hyperparameters'],
  ['components', 'schemas', 'FineTuneMethod'],
  ['components', 'schemas', 'FineTuneSupervisedMethod'],
  ['components', 'schemas', 'FineTuneDPOMethod'],
  ['components', 'schemas', 'FineTuneReinforcementMethod'],
  ['components', 'schemas', 'FineTuneSupervisedHyperparameters'],
  ['components', 'schemas', 'FineTuneDPOHyperparameters'],
  ['components', 'schemas', 'FineTuneReinforcementHyperparameters'],
]

type Json = Record<string, unknown>

let loaded: Contract | undefined

/**
 * The contract: OpenAI's own OpenAPI document (reference/openai-fine-tuning-api.openapi-subset.json). Requests are
 * routed by its paths and checked against its request schemas; responses can be checked against its response
 * schemas. Validators compile on first use and are cached, since the chat request schema alone takes a while.
 */
export class Contract {
  readonly document: Json
  readonly operations: readonly Operation[]
  private readonly strict: Ajv2020
  private readonly coercing: Ajv2020
  private readonly responses: Ajv2020
  private readonly validators = new Map<string, ValidateFunction>()
  private readonly router = new Router<Operation>()

  constructor(published: Json) {
    this.document = toJsonSchema(published) as Json
    const forRequests = structuredClone(this.document)
    for (const path of CLOSED_REQUEST_OBJECTS) {
      const node = path.reduce<unknown>((n, key) => (n as Json | undefined)?.[key], forRequests) as Json | undefined
      if (!node) throw new Error(`The spec has no ${path.join('/')}; update CLOSED_REQUEST_OBJECTS`)
      node.additionalProperties ??= false
    }
    // discriminator: a message with a bad `content` is then reported against its own role, not against all six.
    const options = { strict: false, validateFormats: false, discriminator: true } as const
    this.strict = new Ajv2020(options)
    this.strict.addSchema({ ...forRequests, $id: REQUEST_SPEC_ID })
    // Query strings and form fields arrive as text: `limit=5` and `expires_after[seconds]=3600` are numbers.
    this.coercing = new Ajv2020({ ...options, coerceTypes: true })
    this.coercing.addSchema({ ...forRequests, $id: REQUEST_SPEC_ID })
    this.responses = new Ajv2020(options)
    this.responses.addSchema({ ...this.document, $id: SPEC_ID })
    this.operations = readOperations(this.document)
    for (const operation of this.operations) this.router.add(operation.method, operation.template, operation)
  }

  /** The contract of the spec shipped in reference/, loaded once per process. */
  static load(): Contract {
    // This exact form lets @vercel/ncc find the file and copy it next to the bundle.
    loaded ??= new Contract(
      JSON.parse(
        readFileSync(new URL('../../reference/openai-fine-tuning-api.openapi-subset.json', import.meta.url), 'utf8'),
      ),
    )
    return loaded
  }

  /** The operation for a method and a path below `/v1`, with its decoded path parameters. */
  match(method: string, path: string): { operation: Operation; params: Record<string, string> } | undefined {
    const matched = this.router.match(method, path)
    return matched && { operation: matched.value, params: matched.params }
  }

  /** The query as the spec types it (`limit` a number, `metadata[k]=v` an object), or a 400. */
  query(operation: Operation, search: URLSearchParams): Json {
    const query: Json = {}
    for (const [key, value] of search) {
      const deep = /^([^[\]]+)\[([^[\]]*)\]$/.exec(key)
      if (deep && operation.deepObjectParams.has(deep[1])) {
        const target = query[deep[1]]
        const object = typeof target === 'object' && target !== null && !Array.isArray(target) ? (target as Json) : {}
        object[deep[2]] = value
        query[deep[1]] = object
      } else if (operation.deepObjectParams.has(key) && value === 'null') {
        query[key] = null // `metadata=null`: only what has no metadata
      } else if (key in query) {
        query[key] = ([] as unknown[]).concat(query[key], value) // repeated: an array, which the schema then refuses
      } else {
        query[key] = value
      }
    }
    this.check(this.coercing, `query ${operation.id}`, () => querySchema(operation, this.document), query)
    return query
  }

  /** A JSON body checked against the operation's request schema; unknown top-level arguments are refused too. */
  jsonBody(operation: Operation, body: unknown): void {
    const ref =
      REQUEST_SPEC_ID +
      pointer(
        'paths',
        operation.template,
        operation.method.toLowerCase(),
        'requestBody',
        'content',
        'application/json',
        'schema',
      )
    this.check(this.strict, `json ${operation.id}`, () => ({ $ref: ref, unevaluatedProperties: false }), body)
  }

  /** Form fields (files as their names) checked against the operation's multipart schema, numbers coerced. */
  multipartBody(operation: Operation, fields: Json): void {
    const ref =
      REQUEST_SPEC_ID +
      pointer(
        'paths',
        operation.template,
        operation.method.toLowerCase(),
        'requestBody',
        'content',
        'multipart/form-data',
        'schema',
      )
    this.check(this.coercing, `multipart ${operation.id}`, () => ({ $ref: ref }), fields)
  }

  /** What is wrong with a 200 response body by the spec's response schema; empty when it conforms. */
  responseProblems(
    operation: Operation,
    body: unknown,
    contentType: 'application/json' | 'text/event-stream' = 'application/json',
  ): string[] {
    const ref =
      SPEC_ID +
      pointer(
        'paths',
        operation.template,
        operation.method.toLowerCase(),
        'responses',
        '200',
        'content',
        contentType,
        'schema',
      )
    const validate = this.validator(this.responses, `response ${contentType} ${operation.id}`, () => ({ $ref: ref }))
    if (validate(body)) return []
    return (validate.errors ?? []).map(
      e =>
        `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && Object.keys(e.params).length ? ' ' + JSON.stringify(e.params) : ''}`,
    )
  }

  /** A validator for any schema in the spec, by name (`FineTuningJob`), as published. */
  schema(name: string): ValidateFunction {
    return this.validator(this.responses, `schema ${name}`, () => ({ $ref: `${SPEC_ID}#/components/schemas/${name}` }))
  }

  private check(ajv: Ajv2020, key: string, schema: () => Json, data: unknown): void {
    const validate = this.validator(ajv, key, schema)
    if (!validate(data)) throw requestError(validate.errors ?? [], data)
  }

  private validator(ajv: Ajv2020, key: string, schema: () => Json): ValidateFunction {
    let validate = this.validators.get(key)
    if (!validate) {
      validate = ajv.compile(schema())
      this.validators.set(key, validate)
    }
    return validate
  }
}

function readOperations(document: Json): Operation[] {
  const operations: Operation[] = []
  for (const [template, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of ['get', 'post', 'delete'] as const) {
      const op = item[method] as Json | undefined
      if (!op) continue
      const parameters = (op.parameters ?? []) as Json[]
      const content = ((op.requestBody as Json | undefined)?.content ?? {}) as Json
      const ok = ((op.responses as Json)['200'] as Json | undefined)?.content as Json | undefined
      operations.push({
        id: String(op.operationId),
        method: method.toUpperCase() as HttpMethod,
        template,
        deepObjectParams: new Set(
          parameters
            .filter(p => p.in === 'query' && (p.style === 'deepObject' || isObjectSchema(p.schema, document)))
            .map(p => String(p.name)),
        ),
        body:
          'application/json' in content
            ? { kind: 'json', required: (op.requestBody as Json).required === true }
            : 'multipart/form-data' in content
              ? { kind: 'multipart', required: (op.requestBody as Json).required === true }
              : undefined,
        responds: { json: Boolean(ok?.['application/json']), sse: Boolean(ok?.['text/event-stream']) },
      })
    }
  }
  return operations
}

/** An object with its properties checked by the parameters' own schemas; parameters the spec lacks are refused. */
function querySchema(operation: Operation, document: Json): Json {
  const op = (document.paths as Record<string, Json>)[operation.template][operation.method.toLowerCase()] as Json
  const properties: Json = {}
  const required: string[] = []
  ;((op.parameters ?? []) as Json[]).forEach((p, i) => {
    if (p.in !== 'query') return
    properties[String(p.name)] = {
      $ref:
        REQUEST_SPEC_ID +
        pointer('paths', operation.template, operation.method.toLowerCase(), 'parameters', i, 'schema'),
    }
    if (p.required === true) required.push(String(p.name))
  })
  return { type: 'object', properties, required, additionalProperties: false }
}

// The spec marks `metadata` of the jobs list as deepObject but that of the chat completions list only in words.
function isObjectSchema(schema: unknown, document: Json): boolean {
  const s = schema as Json | undefined
  if (!s) return false
  if (typeof s.$ref === 'string') {
    const name = /^#\/components\/schemas\/(.+)$/.exec(s.$ref)?.[1]
    return name !== undefined && isObjectSchema(((document.components as Json).schemas as Json)[name], document)
  }
  return (
    s.type === 'object' ||
    (Array.isArray(s.anyOf) && (s.anyOf as Json[]).some(branch => isObjectSchema(branch, document)))
  )
}

/** The limit a list parameter may take where the spec states one in words (files: 1 to 10,000). */
export function checkLimit(limit: unknown, max: number): void {
  if (typeof limit === 'number' && (limit < 1 || limit > max)) {
    throw badRequest(
      `Invalid value for 'limit': must be between 1 and ${max}, but got ${limit}.`,
      'limit',
      'invalid_value',
    )
  }
}
