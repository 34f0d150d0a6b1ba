import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import {
  AcceleratedClock,
  ManualClock,
  startSimulator,
  toJsonSchema,
  type SimulatorOptions,
  type SimulatorServer,
} from '../openai/index.js'

// The responses are checked here against the spec with an Ajv of the test's own, not the simulator's validators.
const SPEC = JSON.parse(
  readFileSync(new URL('../../reference/openai-fine-tuning-api.openapi-subset.json', import.meta.url), 'utf8'),
)
const ajv = new Ajv2020({ strict: false, validateFormats: false, discriminator: true })
ajv.addSchema({ ...(toJsonSchema(SPEC) as object), $id: 'spec' })

/** The 200 JSON response schema of each operation, found by method and path as a client would call it. */
const RESPONSE_SCHEMAS = Object.entries(SPEC.paths as Record<string, Record<string, any>>).flatMap(([template, item]) =>
  ['get', 'post', 'delete'].flatMap(method => {
    const schema = item[method]?.responses?.['200']?.content?.['application/json']?.schema
    if (!schema) return []
    return [
      { method: method.toUpperCase(), pattern: new RegExp(`^/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}$`), schema },
    ]
  }),
)
const compiled = new Map<unknown, ValidateFunction>()

function responseValidator(method: string, path: string): ValidateFunction | undefined {
  const entry = RESPONSE_SCHEMAS.find(r => r.method === method && r.pattern.test(path))
  if (!entry) return undefined
  if (!compiled.has(entry.schema)) {
    const ref = entry.schema.$ref ? `spec${entry.schema.$ref}` : undefined
    compiled.set(entry.schema, ajv.compile(ref ? { $ref: ref } : (toJsonSchema(entry.schema) as object)))
  }
  return compiled.get(entry.schema)
}

function expectSchema(name: string, body: unknown): void {
  const validate = ajv.getSchema(`spec#/components/schemas/${name}`)!
  expect({ valid: validate(body), errors: validate.errors ?? null }).toEqual({ valid: true, errors: null })
}

const KEY = 'sk-test-0123456789'
let sim: SimulatorServer
let extra: SimulatorServer[] = []

async function start(options: SimulatorOptions = {}): Promise<SimulatorServer> {
  const s = await startSimulator({
    apiKey: KEY,
    fileProcessingSeconds: 0,
    schedule: { validatingSeconds: 10, queuedSeconds: 20, runningSeconds: 100 },
    ...options,
  })
  extra.push(s)
  return s
}

interface Answer {
  status: number
  body: any
  headers: Headers
}

/** A request as a client sends it; every 200 JSON answer is checked against the spec's response schema. */
async function call(
  method: string,
  path: string,
  body?: unknown,
  init: { headers?: Record<string, string>; server?: SimulatorServer } = {},
): Promise<Answer> {
  const server = init.server ?? sim
  const headers: Record<string, string> = { authorization: `Bearer ${KEY}`, ...init.headers }
  let payload: RequestInit['body'] | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    payload = JSON.stringify(body)
    headers['content-type'] = 'application/json'
  }
  const res = await fetch(server.url + path, { method, headers, body: payload })
  const type = res.headers.get('content-type') ?? ''
  const parsed = type.includes('json') ? await res.json() : await res.text()
  if (res.status === 200 && type.includes('json')) {
    const validate = responseValidator(method, new URL(server.url + path).pathname)
    expect(validate).toBeDefined()
    expect({ path, valid: validate!(parsed), errors: validate!.errors ?? null }).toEqual({
      path,
      valid: true,
      errors: null,
    })
  }
  return { status: res.status, body: parsed, headers: res.headers }
}

const get = (path: string, server?: SimulatorServer) => call('GET', path, undefined, { server })
const post = (path: string, body?: unknown, server?: SimulatorServer) => call('POST', path, body, { server })

function fileForm(content: string | Uint8Array, filename = 'train.jsonl', purpose = 'fine-tune'): FormData {
  const form = new FormData()
  form.append('purpose', purpose)
  form.append('file', new Blob([content]), filename)
  return form
}

/** n chat examples of 8 words each (roles included): 14 estimated tokens apiece. */
const examples = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    JSON.stringify({
      messages: [
        { role: 'user', content: `What is ${i} plus ${i}?` },
        { role: 'assistant', content: `${2 * i}.` },
      ],
    }),
  ).join('\n') + '\n'

async function uploadTraining(n = 20, server?: SimulatorServer): Promise<string> {
  const res = await post('/files', fileForm(examples(n)), server)
  expect(res.status).toBe(200)
  return res.body.id
}

/** Waits for a condition about the server's state, for the few things a test cannot await directly. */
async function until(condition: () => boolean, ms = 2000): Promise<void> {
  for (const deadline = Date.now() + ms; !condition();) {
    if (Date.now() > deadline) throw new Error('timed out waiting for a condition')
    await new Promise(resolve => setTimeout(resolve, 5))
  }
}

function expectError(
  res: Answer,
  status: number,
  param: string | null,
  message?: RegExp | string,
  code?: string | null,
): void {
  expect(res.status).toBe(status)
  expect(Object.keys(res.body)).toEqual(['error'])
  expect(res.body.error).toMatchObject({ type: 'invalid_request_error', param })
  expect(Object.keys(res.body.error).sort()).toEqual(['code', 'message', 'param', 'type'])
  if (message) expect(res.body.error.message).toMatch(message)
  if (code !== undefined) expect(res.body.error.code).toBe(code)
}

beforeEach(async () => {
  extra = []
  sim = await start()
})

afterEach(async () => {
  for (const s of extra) {
    expect(s.contractViolations).toEqual([])
    expect(s.internalErrors).toEqual([])
    await s.stop()
  }
})

describe('auth and routing', () => {
  test('a missing or wrong key is a 401 with an OpenAI error body; requests are recorded without the key', async () => {
    const none = await fetch(sim.url + '/models')
    expect(none.status).toBe(401)
    expect(((await none.json()) as { error: unknown }).error).toMatchObject({
      type: 'invalid_request_error',
      code: 'missing_api_key',
      param: null,
    })

    const wrong = await call('GET', '/models', undefined, { headers: { authorization: 'Bearer sk-wrong-987654321' } })
    expectError(wrong, 401, null, /^Incorrect API key provided: sk-\*+4321\./, 'invalid_api_key')

    const ok = await call('GET', '/models', undefined, {
      headers: { 'OpenAI-Organization': 'org-acme', 'OpenAI-Project': 'proj_1' },
    })
    expect(ok.status).toBe(200)
    const recorded = sim.requests.last('GET /models')!
    expect(recorded.headers).toMatchObject({ 'openai-organization': 'org-acme', 'openai-project': 'proj_1' })
    expect(recorded.headers.authorization).toBeUndefined()
    expect(sim.requests.all.map(r => r.status)).toEqual([401, 401, 200])
    expect(sim.state.counters).toMatchObject({ requests: 3, rejected: 2 })
  })

  test('the key can be revoked and changed at run time; organization and project can be required', async () => {
    sim.auth.rejectAll()
    expect((await get('/models')).status).toBe(401)
    sim.auth.rejectAll(false)
    expect((await get('/models')).status).toBe(200)
    sim.auth.setApiKeys('sk-other')
    expect((await get('/models')).status).toBe(401)
    sim.auth.setApiKeys(null)
    expect((await call('GET', '/models', undefined, { headers: { authorization: 'Bearer anything' } })).status).toBe(
      200,
    )

    const strict = await start({ requireOrganization: 'org-acme', requireProject: 'proj_1' })
    expectError(await get('/models', strict), 401, null, /OpenAI-Organization/, 'mismatched_organization')
    const both = await call('GET', '/models', undefined, {
      server: strict,
      headers: { 'openai-organization': 'org-acme', 'openai-project': 'proj_1' },
    })
    expect(both.status).toBe(200)
    expectError(
      await call('GET', '/models', undefined, { server: strict, headers: { 'openai-organization': 'org-acme' } }),
      401,
      null,
      /OpenAI-Project/,
      'mismatched_project',
    )
  })

  test('an unknown path or method is a 404 "Invalid URL"', async () => {
    expectError(await get('/fine_tuning/things'), 404, null, 'Invalid URL (GET /v1/fine_tuning/things)')
    expectError(await call('PUT', '/files'), 404, null, 'Invalid URL (PUT /v1/files)')
    expect(sim.requests.last()!.operationId).toBeUndefined()
  })
})

describe('files', () => {
  test('upload, status, retrieve, content, list, delete; the request log keeps the form with the file summarised', async () => {
    const slow = await start({ fileProcessingSeconds: 5 })
    const content = examples(12)
    const created = await post('/files', fileForm(content), slow)
    expect(created.status).toBe(200)
    expectSchema('OpenAIFile', created.body)
    expect(created.body).toEqual({
      id: expect.stringMatching(/^file-[A-Za-z0-9]{22}$/),
      object: 'file',
      bytes: Buffer.byteLength(content),
      created_at: slow.clock.now(),
      filename: 'train.jsonl',
      purpose: 'fine-tune',
      status: 'uploaded',
    })
    const id = created.body.id
    slow.clock.advance(4)
    expect((await get(`/files/${id}`, slow)).body.status).toBe('uploaded')
    slow.clock.advance(1)
    expect((await get(`/files/${id}`, slow)).body.status).toBe('processed')

    const download = await fetch(`${slow.url}/files/${id}/content`, { headers: { authorization: `Bearer ${KEY}` } })
    expect(download.status).toBe(200)
    expect(await download.text()).toBe(content)

    expect(slow.state.counters.filesCreated).toBe(1)
    expect(slow.requests.last('POST /files')!.body).toEqual({
      purpose: 'fine-tune',
      file: { filename: 'train.jsonl', bytes: Buffer.byteLength(content), type: 'application/octet-stream' },
    })

    const deleted = await call('DELETE', `/files/${id}`, undefined, { server: slow })
    expect(deleted.body).toEqual({ id, object: 'file', deleted: true })
    expectError(await get(`/files/${id}`, slow), 404, 'id', `No such File object: ${id}`)
    expect((await get('/files', slow)).body).toEqual({
      object: 'list',
      data: [],
      first_id: '',
      last_id: '',
      has_more: false,
    })
    expect(slow.state.counters).toMatchObject({ filesCreated: 1, filesDeleted: 1 })
  })

  test('list: newest first by default, purpose filter, limit with after, ascending order', async () => {
    const a = await uploadTraining(10)
    sim.clock.advance(1)
    const b = (await post('/files', fileForm('{}\n', 'notes.jsonl', 'batch'))).body.id
    sim.clock.advance(1)
    const c = await uploadTraining(10)

    const all = await get('/files')
    expect(all.body.data.map((f: any) => f.id)).toEqual([c, b, a])
    expect(all.body).toMatchObject({ object: 'list', first_id: c, last_id: a, has_more: false })
    expect((await get('/files?purpose=fine-tune')).body.data.map((f: any) => f.id)).toEqual([c, a])
    const first = await get('/files?limit=2')
    expect(first.body).toMatchObject({ first_id: c, last_id: b, has_more: true })
    const rest = await get(`/files?limit=2&after=${b}`)
    expect(rest.body).toMatchObject({ data: [expect.objectContaining({ id: a })], has_more: false })
    expect((await get('/files?order=asc')).body.data.map((f: any) => f.id)).toEqual([a, b, c])
  })

  test('requests the spec refuses are 400s, and nothing is stored', async () => {
    expectError(
      await post('/files', fileForm('x', 'train.jsonl', 'training')),
      400,
      'purpose',
      /^Invalid value for 'purpose': expected one of 'assistants', .* but got a string \('training'\)\.$/,
      'invalid_value',
    )
    const noFile = new FormData()
    noFile.append('purpose', 'fine-tune')
    expectError(
      await post('/files', noFile),
      400,
      'file',
      "Missing required parameter: 'file'.",
      'missing_required_parameter',
    )
    const textFile = new FormData()
    textFile.append('purpose', 'fine-tune')
    textFile.append('file', 'not a file')
    expectError(await post('/files', textFile), 400, 'file', /must be a file upload/)
    const extraField = fileForm('x')
    extraField.append('color', 'blue')
    expectError(await post('/files', extraField), 400, 'color', "Unknown parameter: 'color'.", 'unknown_parameter')
    const badExpiry = fileForm('x')
    badExpiry.append('expires_after[anchor]', 'created_at')
    badExpiry.append('expires_after[seconds]', '60')
    expectError(await post('/files', badExpiry), 400, 'expires_after.seconds', /must be >= 3600/)
    expectError(
      await post('/files', fileForm('x', 'train.csv')),
      400,
      'file',
      'Invalid file format for Fine-Tuning API. Must be .jsonl',
    )
    expectError(await call('POST', '/files', { purpose: 'fine-tune' }), 400, null, /expected multipart\/form-data/)

    expectError(
      await get('/files?limit=abc'),
      400,
      'limit',
      /^Invalid type for 'limit': expected an integer, but got a string \('abc'\) instead\.$/,
      'invalid_type',
    )
    expectError(await get('/files?limit=0'), 400, 'limit', /between 1 and 10000/)
    expectError(await get('/files?order=newest'), 400, 'order', /expected one of 'asc' or 'desc'/)
    expectError(await get('/files?page=2'), 400, 'page', "Unknown parameter: 'page'.")
    expect(sim.state.counters.filesCreated).toBe(0)
    expect(sim.state.files.all()).toEqual([])
  })

  test('a file over the direct-upload limit is refused; expires_after sets expires_at and the file expires', async () => {
    const small = await start({ limits: { maxFileBytes: 100 } })
    expectError(await post('/files', fileForm('x'.repeat(101)), small), 400, 'file', /Uploads API/, 'file_too_large')
    const form = fileForm('{}\n')
    form.append('expires_after[anchor]', 'created_at')
    form.append('expires_after[seconds]', '3600')
    const file = await post('/files', form, small)
    expect(file.body.expires_at).toBe(small.clock.now() + 3600)
    small.clock.advance(3600)
    expect((await get(`/files/${file.body.id}`, small)).status).toBe(404)
  })
})

describe('uploads', () => {
  const partForm = (data: string) => {
    const form = new FormData()
    form.append('data', new Blob([data]), 'blob')
    return form
  }

  test('create, add parts, complete in the given order with the md5 checked; the file holds the parts', async () => {
    const parts = ['{"a": 1}\n', '{"b": 2}\n', '{"c": 3}\n']
    const whole = parts[2] + parts[0] + parts[1]
    const created = await post('/uploads', {
      filename: 'big.jsonl',
      purpose: 'fine-tune',
      bytes: Buffer.byteLength(whole),
      mime_type: 'text/jsonl',
    })
    expect(created.body).toEqual({
      id: expect.stringMatching(/^upload_/),
      object: 'upload',
      bytes: 27,
      created_at: sim.clock.now(),
      expires_at: sim.clock.now() + 3600,
      filename: 'big.jsonl',
      purpose: 'fine-tune',
      status: 'pending',
      file: null,
    })
    const id = created.body.id
    const partIds: string[] = []
    for (const part of parts) {
      const added = await post(`/uploads/${id}/parts`, partForm(part))
      expect(added.body).toEqual({
        id: expect.stringMatching(/^part_/),
        object: 'upload.part',
        created_at: sim.clock.now(),
        upload_id: id,
      })
      partIds.push(added.body.id)
    }
    const order = [partIds[2], partIds[0], partIds[1]]

    expectError(
      await post(`/uploads/${id}/complete`, { part_ids: order, md5: 'd41d8cd98f00b204e9800998ecf8427e' }),
      400,
      'md5',
      /does not match/,
    )
    expectError(
      await post(`/uploads/${id}/complete`, { part_ids: [partIds[0]] }),
      400,
      'part_ids',
      'The parts hold 9 bytes, but the upload was created for 27 bytes.',
    )
    expectError(
      await post(`/uploads/${id}/complete`, { part_ids: [partIds[0], partIds[0], partIds[1]] }),
      400,
      'part_ids[1]',
      /listed more than once/,
    )
    expectError(
      await post(`/uploads/${id}/complete`, { part_ids: ['part_nope'] }),
      400,
      'part_ids[0]',
      /does not belong/,
    )
    expectError(
      await post(`/uploads/${id}/complete`, { part_ids: order, sha: 'x' }),
      400,
      'sha',
      "Unknown parameter: 'sha'.",
    )
    expect(sim.state.counters.filesCreated).toBe(0)

    const md5 = createHash('md5').update(whole).digest('hex')
    const done = await post(`/uploads/${id}/complete`, { part_ids: order, md5 })
    expect(done.body).toMatchObject({
      id,
      status: 'completed',
      file: { object: 'file', bytes: 27, filename: 'big.jsonl', purpose: 'fine-tune', status: 'processed' },
    })
    expectSchema('Upload', done.body)
    const download = await fetch(`${sim.url}/files/${done.body.file.id}/content`, {
      headers: { authorization: `Bearer ${KEY}` },
    })
    expect(await download.text()).toBe(whole)
    expect(sim.state.counters).toMatchObject({
      filesCreated: 1,
      uploadsCreated: 1,
      uploadPartsAdded: 3,
      uploadsCompleted: 1,
    })

    expectError(await post(`/uploads/${id}/parts`, partForm('more')), 400, 'upload_id', /is completed/)
    expectError(await post(`/uploads/${id}/cancel`), 400, 'upload_id', /is completed/)
  })

  test('cancel, expiry, and requests the spec refuses', async () => {
    const make = () =>
      post('/uploads', { filename: 'big.jsonl', purpose: 'fine-tune', bytes: 10, mime_type: 'text/jsonl' })
    const first = (await make()).body.id
    expect((await post(`/uploads/${first}/cancel`)).body).toMatchObject({ id: first, status: 'cancelled', file: null })
    expect(sim.state.counters.uploadsCancelled).toBe(1)

    const second = (await make()).body.id
    sim.clock.advance(3600)
    expectError(await post(`/uploads/${second}/parts`, partForm('x')), 400, 'upload_id', /is expired/)

    expectError(
      await post('/uploads', { filename: 'big.jsonl', purpose: 'fine-tune', bytes: 10 }),
      400,
      'mime_type',
      "Missing required parameter: 'mime_type'.",
    )
    expectError(
      await post('/uploads', { filename: 'big.jsonl', purpose: 'fine-tune', bytes: '10', mime_type: 'text/jsonl' }),
      400,
      'bytes',
      /expected an integer/,
    )
    expectError(
      await post('/uploads', { filename: 'big.jsonl', purpose: 'user_data', bytes: 10, mime_type: 'text/jsonl' }),
      400,
      'purpose',
    )
    expectError(
      await post(`/uploads/upload_missing/complete`, { part_ids: [] }),
      404,
      'upload_id',
      'No such Upload object: upload_missing',
    )
    expectError(await post(`/uploads/${second}/complete`, { part_ids: 'part_1' }), 400, 'part_ids', /expected an array/)
    const textPart = new FormData()
    textPart.append('data', 'text')
    expectError(await post(`/uploads/${first}/parts`, textPart), 400, 'data', /must be a file upload/)
  })
})

describe('fine-tuning jobs', () => {
  test('requests the spec refuses are 400s naming the parameter, and create no job', async () => {
    const file = await uploadTraining()
    const base = { model: 'gpt-4.1-mini-2025-04-14', training_file: file }
    expectError(
      await post('/fine_tuning/jobs', { model: 'gpt-4.1-mini-2025-04-14' }),
      400,
      'training_file',
      "Missing required parameter: 'training_file'.",
      'missing_required_parameter',
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, hyperparameters: { n_epochs: '3' } }),
      400,
      'hyperparameters.n_epochs',
      "Invalid value for 'hyperparameters.n_epochs': expected one of 'auto' or an integer, but got a string ('3').",
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, hyperparameters: { n_epochs: 51 } }),
      400,
      'hyperparameters.n_epochs',
      /must be <= 50/,
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, hyperparameters: { n_epoch: 3 } }),
      400,
      'hyperparameters.n_epoch',
      "Unknown parameter: 'hyperparameters.n_epoch'.",
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, method: { type: 'lora' } }),
      400,
      'method.type',
      "Invalid value for 'method.type': expected one of 'supervised', 'dpo' or 'reinforcement', but got a string ('lora').",
    )
    expectError(
      await post('/fine_tuning/jobs', {
        ...base,
        method: { type: 'supervised', supervised: { hyperparameters: { learning_rate_multiplier: 0 } } },
      }),
      400,
      'method.supervised.hyperparameters.learning_rate_multiplier',
      /must be > 0/,
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, method: { type: 'dpo', dpo: { hyperparameters: { beta: 'high' } } } }),
      400,
      'method.dpo.hyperparameters.beta',
    )
    expectError(await post('/fine_tuning/jobs', { ...base, suffix: '' }), 400, 'suffix', /fewer than 1 characters/)
    expectError(await post('/fine_tuning/jobs', { ...base, seed: -1 }), 400, 'seed')
    expectError(await post('/fine_tuning/jobs', { ...base, metadata: { team: 7 } }), 400, 'metadata.team')
    expectError(
      await post('/fine_tuning/jobs', { ...base, temperature: 1 }),
      400,
      'temperature',
      "Unknown parameter: 'temperature'.",
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, training_file: 'file-nope' }),
      400,
      'training_file',
      'invalid training_file: file-nope',
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, validation_file: 'file-nope' }),
      400,
      'validation_file',
      'invalid validation_file: file-nope',
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, model: 'gpt-9' }),
      400,
      'model',
      /not available for fine-tuning/,
      'model_not_available',
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, method: { type: 'reinforcement' } }),
      400,
      'method.reinforcement',
      /Missing required parameter/,
    )
    expectError(
      await post('/fine_tuning/jobs', { ...base, method: { type: 'dpo', supervised: {} } }),
      400,
      'method.supervised',
    )
    expectError(
      await post('/fine_tuning/jobs', {
        ...base,
        hyperparameters: {},
        method: { type: 'supervised', supervised: { hyperparameters: {} } },
      }),
      400,
      'hyperparameters',
    )
    expectError(
      await post('/fine_tuning/jobs', {
        ...base,
        metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])),
      }),
      400,
      'metadata',
      /at most 16/,
    )
    const notes = (await post('/files', fileForm('{}\n', 'notes.jsonl', 'assistants'))).body.id
    expectError(
      await post('/fine_tuning/jobs', { ...base, training_file: notes }),
      400,
      'training_file',
      /purpose 'assistants'/,
    )
    const grader = {
      type: 'string_check',
      name: 'exact',
      input: '{{sample.output_text}}',
      reference: '{{item.answer}}',
      operation: 'eq',
    }
    expectError(
      await post('/fine_tuning/jobs', { ...base, method: { type: 'reinforcement', reinforcement: { grader } } }),
      400,
      'method.type',
      /does not support reinforcement/,
    )
    expectError(
      await post('/fine_tuning/jobs', 'not json'),
      400,
      null,
      "The request body must be an object, but got a string ('not json').",
    )
    const garbled = await fetch(sim.url + '/fine_tuning/jobs', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: '{"model": ',
    })
    expect(((await garbled.json()) as { error: { message: string } }).error.message).toMatch(
      /^We could not parse the JSON body of your request/,
    )

    expect(sim.state.counters.jobsCreated).toBe(0)
    expect((await get('/fine_tuning/jobs')).body).toEqual({ object: 'list', data: [], has_more: false })
  })

  test('a job moves through its states on the clock, with metrics, checkpoints, a fine-tuned model and a result file', async () => {
    const trainingFile = await uploadTraining(20)
    const validationFile = await uploadTraining(10)
    const t0 = sim.clock.now()
    const created = await post('/fine_tuning/jobs', {
      model: 'gpt-4.1-mini',
      training_file: trainingFile,
      validation_file: validationFile,
      suffix: 'support-bot',
      seed: 42,
      metadata: { run: 'ci-1' },
      method: { type: 'supervised', supervised: { hyperparameters: { learning_rate_multiplier: 'auto' } } },
    })
    expectSchema('FineTuningJob', created.body)
    const id = created.body.id
    expect(created.body).toEqual({
      object: 'fine_tuning.job',
      id: expect.stringMatching(/^ftjob-[A-Za-z0-9]{24}$/),
      created_at: t0,
      error: null,
      fine_tuned_model: null,
      finished_at: null,
      hyperparameters: { batch_size: 'auto', learning_rate_multiplier: 'auto', n_epochs: 'auto' },
      model: 'gpt-4.1-mini-2025-04-14',
      organization_id: 'org-simulator',
      result_files: [],
      seed: 42,
      status: 'validating_files',
      trained_tokens: null,
      training_file: trainingFile,
      validation_file: validationFile,
      integrations: null,
      estimated_finish: null,
      method: {
        type: 'supervised',
        supervised: { hyperparameters: { batch_size: 'auto', learning_rate_multiplier: 'auto', n_epochs: 'auto' } },
      },
      metadata: { run: 'ci-1' },
      user_provided_suffix: 'support-bot',
    })
    const job = async () => (await get(`/fine_tuning/jobs/${id}`)).body
    const events = async (query = '') => (await get(`/fine_tuning/jobs/${id}/events${query}`)).body

    sim.clock.advance(9)
    expect((await job()).status).toBe('validating_files')
    sim.clock.advance(1)
    // 20 examples: 100 / 20 = 5 epochs, batch size 1, so 20 steps an epoch and 100 in all.
    expect(await job()).toMatchObject({
      status: 'queued',
      hyperparameters: { n_epochs: 5, batch_size: 1, learning_rate_multiplier: 1.8 },
      estimated_finish: t0 + 130,
    })
    sim.clock.advance(20)
    expect((await job()).status).toBe('running')
    expect((await events()).data.map((e: any) => e.message)).toEqual([
      'Fine-tuning job started',
      'Files validated, moving job to queued state',
      `Validating training file: ${trainingFile} and validation file: ${validationFile}`,
      `Created fine-tuning job: ${id}`,
    ])

    sim.clock.advance(50)
    const halfway = await events('?limit=100')
    const metrics = halfway.data.filter((e: any) => e.type === 'metrics').reverse()
    expect(metrics.map((e: any) => e.data.step)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1))
    expect(metrics[49]).toMatchObject({
      object: 'fine_tuning.job.event',
      level: 'info',
      created_at: t0 + 80,
      message: expect.stringMatching(/^Step 50\/100: training loss=\d\.\d{4}, validation loss=\d\.\d{4}$/),
    })
    expect(Object.keys(metrics[0].data).sort()).toEqual([
      'step',
      'total_steps',
      'train_loss',
      'train_mean_token_accuracy',
      'valid_loss',
      'valid_mean_token_accuracy',
    ])
    const losses = metrics.map((e: any) => e.data.train_loss)
    for (let i = 1; i < losses.length; i++) expect(losses[i]).toBeLessThan(losses[i - 1])
    expect(metrics[49].data.train_mean_token_accuracy).toBeGreaterThan(metrics[0].data.train_mean_token_accuracy)
    expect(metrics[0].data.valid_loss).toBeGreaterThan(metrics[0].data.train_loss)
    expect((await get(`/fine_tuning/jobs/${id}/checkpoints`)).body).toEqual({
      object: 'list',
      data: [],
      first_id: null,
      last_id: null,
      has_more: false,
    })

    sim.clock.advance(10) // step 60: the first of the last three epochs' checkpoints
    const first = (await get(`/fine_tuning/jobs/${id}/checkpoints`)).body
    expect(first.data).toEqual([
      {
        object: 'fine_tuning.job.checkpoint',
        id: expect.stringMatching(/^ftckpt_/),
        created_at: t0 + 90,
        fine_tuned_model_checkpoint: expect.stringMatching(
          /^ft:gpt-4\.1-mini-2025-04-14:simulator:support-bot:[A-Za-z0-9]{8}:ckpt-step-60$/,
        ),
        fine_tuning_job_id: id,
        metrics: expect.objectContaining({
          step: 60,
          full_valid_loss: expect.any(Number),
          full_valid_mean_token_accuracy: expect.any(Number),
        }),
        step_number: 60,
      },
    ])

    sim.clock.advance(40)
    const done = await job()
    const model = done.fine_tuned_model
    expect(done).toMatchObject({
      status: 'succeeded',
      finished_at: t0 + 130,
      fine_tuned_model: expect.stringMatching(/^ft:gpt-4\.1-mini-2025-04-14:simulator:support-bot:[A-Za-z0-9]{8}$/),
      trained_tokens: 20 * 14 * 5,
      result_files: [expect.stringMatching(/^file-/)],
      method: {
        type: 'supervised',
        supervised: { hyperparameters: { n_epochs: 5, batch_size: 1, learning_rate_multiplier: 1.8 } },
      },
    })
    expect(first.data[0].fine_tuned_model_checkpoint.startsWith(model + ':')).toBe(true)
    const checkpoints = (await get(`/fine_tuning/jobs/${id}/checkpoints`)).body
    expect(checkpoints.data.map((c: any) => c.step_number)).toEqual([100, 80, 60])
    expect(checkpoints).toMatchObject({
      first_id: checkpoints.data[0].id,
      last_id: checkpoints.data[2].id,
      has_more: false,
    })
    expect(
      (await get(`/fine_tuning/jobs/${id}/checkpoints?limit=1&after=${checkpoints.data[0].id}`)).body,
    ).toMatchObject({ data: [{ step_number: 80 }], has_more: true })

    const latest = await events()
    expect(latest.has_more).toBe(true)
    expect(latest.data.slice(0, 5).map((e: any) => e.message)).toEqual([
      'The job has successfully completed',
      'Usage policy evaluations completed, model is now enabled for sampling',
      'Evaluating model against our usage policies',
      `New fine-tuned model created: ${model}`,
      `Checkpoint created at step 100 with Snapshot ID: ${model}:ckpt-step-100`,
    ])
    const all = await events('?limit=1000')
    expect(all.data).toHaveLength(4 + 100 + 3 + 4)
    const page2 = await events(`?limit=3&after=${latest.data[2].id}`)
    expect(page2.data.map((e: any) => e.id)).toEqual(all.data.slice(3, 6).map((e: any) => e.id))

    const results = await fetch(`${sim.url}/files/${done.result_files[0]}/content`, {
      headers: { authorization: `Bearer ${KEY}` },
    })
    const csv = (await results.text()).trim().split('\n')
    expect(csv[0]).toBe('step,train_loss,train_accuracy,valid_loss,valid_mean_token_accuracy')
    expect(csv).toHaveLength(101)
    expect((await get(`/files/${done.result_files[0]}`)).body).toMatchObject({
      purpose: 'fine-tune-results',
      filename: 'step_metrics.csv',
      status: 'processed',
    })
    expect(sim.state.counters.filesCreated).toBe(2) // the result file is the server's, not an upload

    expect((await get(`/models/${encodeURIComponent(model)}`)).body).toEqual({
      id: model,
      object: 'model',
      created: t0 + 130,
      owned_by: 'org-simulator',
    })
    const chat = await post('/chat/completions', { model, messages: [{ role: 'user', content: 'Hello there' }] })
    expect(chat.body.choices[0].message.content).toBe(`[${model}] Hello there`)
  })

  test('the same seed gives the same curve; a job id is part of it, so two jobs differ', async () => {
    const file = await uploadTraining(20)
    const a = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file, seed: 7 })).body.id
    const b = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file, seed: 7 })).body.id
    sim.clock.advance(130)
    const loss = async (id: string) =>
      (await get(`/fine_tuning/jobs/${id}/events?limit=200`)).body.data
        .filter((e: any) => e.type === 'metrics')
        .map((e: any) => e.data.train_loss)
    const [la, lb] = [await loss(a), await loss(b)]
    expect(la).toHaveLength(100)
    expect(la).not.toEqual(lb)
    expect(la[0]).toBeLessThan(la[99] + 3)

    // A second simulator with the same seed repeats the first exactly.
    const twin = await start()
    const twinFile = await uploadTraining(20, twin)
    expect(twinFile).toBe(file)
    const ta = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: twinFile, seed: 7 }, twin)).body
      .id
    expect(ta).toBe(a)
    twin.clock.advance(130)
    expect(
      (await get(`/fine_tuning/jobs/${ta}/events?limit=200`, twin)).body.data
        .filter((e: any) => e.type === 'metrics')
        .map((e: any) => e.data.train_loss),
    ).toEqual(la)
  })

  test('failures: a scenario fails a job mid-run; a file with too few examples fails validation', async () => {
    const failing = await start({
      schedule: ({ request }) => ({
        validatingSeconds: 5,
        queuedSeconds: 5,
        runningSeconds: 40,
        failure:
          request.suffix === 'doomed'
            ? {
                phase: 'running',
                atFraction: 0.25,
                code: 'server_error',
                message: 'The job failed due to an internal error.',
              }
            : undefined,
      }),
    })
    const file = await uploadTraining(20, failing)
    const doomed = (
      await post(
        '/fine_tuning/jobs',
        { model: 'gpt-4o-mini', training_file: file, suffix: 'doomed', hyperparameters: { n_epochs: 2 } },
        failing,
      )
    ).body.id
    failing.clock.advance(30)
    const job = (await get(`/fine_tuning/jobs/${doomed}`, failing)).body
    // 40 steps over 40 s from t+10: step 10 (a quarter) at t+20.
    expect(job).toMatchObject({
      status: 'failed',
      error: { code: 'server_error', message: 'The job failed due to an internal error.', param: null },
      finished_at: failing.clock.now() - 10,
      fine_tuned_model: null,
    })
    const events = (await get(`/fine_tuning/jobs/${doomed}/events?limit=100`, failing)).body.data
    expect(events[0]).toMatchObject({ level: 'error', message: 'The job failed due to an internal error.' })
    expect(events.filter((e: any) => e.type === 'metrics')).toHaveLength(10)

    const tiny = await uploadTraining(5, failing)
    const small = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: tiny }, failing)).body.id
    failing.clock.advance(5)
    expect((await get(`/fine_tuning/jobs/${small}`, failing)).body).toMatchObject({
      status: 'failed',
      error: {
        code: 'invalid_n_examples',
        param: 'training_file',
        message:
          'The job failed due to an invalid training file. Training file has 5 example(s), but must have at least 10 examples.',
      },
    })
    const broken = (await post('/files', fileForm(examples(12) + 'not json\n'), failing)).body.id
    const bad = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: broken }, failing)).body.id
    failing.clock.advance(5)
    expect((await get(`/fine_tuning/jobs/${bad}`, failing)).body.error).toMatchObject({
      code: 'invalid_file_format',
      param: 'training_file',
      message: expect.stringContaining('line 13'),
    })
  })

  test('validation waits for the files to be processed', async () => {
    const slow = await start({ fileProcessingSeconds: 30 })
    const file = await uploadTraining(20, slow)
    const id = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file }, slow)).body.id
    slow.clock.advance(39)
    expect((await get(`/fine_tuning/jobs/${id}`, slow)).body.status).toBe('validating_files')
    slow.clock.advance(1)
    expect((await get(`/fine_tuning/jobs/${id}`, slow)).body.status).toBe('queued')
  })

  test('list: newest first, cursor pagination, metadata filters', async () => {
    const file = await uploadTraining()
    const ids: string[] = []
    for (const metadata of [{ team: 'a' }, { team: 'b' }, undefined, { team: 'a', run: '2' }]) {
      ids.push(
        (
          await post('/fine_tuning/jobs', {
            model: 'gpt-4o-mini',
            training_file: file,
            ...(metadata ? { metadata } : {}),
          })
        ).body.id,
      )
    }
    const [a, b, none, a2] = ids as [string, string, string, string]
    const page1 = (await get('/fine_tuning/jobs?limit=2')).body
    expect(page1.data.map((j: any) => j.id)).toEqual([a2, none])
    expect(page1.has_more).toBe(true)
    const page2 = (await get(`/fine_tuning/jobs?limit=2&after=${none}`)).body
    expect(page2.data.map((j: any) => j.id)).toEqual([b, a])
    expect(page2.has_more).toBe(false)
    expect((await get('/fine_tuning/jobs')).body.data).toHaveLength(4)
    expect((await get('/fine_tuning/jobs?metadata[team]=a')).body.data.map((j: any) => j.id)).toEqual([a2, a])
    expect((await get('/fine_tuning/jobs?metadata[team]=a&metadata[run]=2')).body.data.map((j: any) => j.id)).toEqual([
      a2,
    ])
    expect((await get('/fine_tuning/jobs?metadata=null')).body.data.map((j: any) => j.id)).toEqual([none])
    // What a client that encodes null as an empty value (qs) sends for metadata: null.
    expect((await get('/fine_tuning/jobs?metadata=')).body.data.map((j: any) => j.id)).toEqual([none])
    expect((await get('/fine_tuning/jobs?after=ftjob-unknown')).body).toEqual({
      object: 'list',
      data: [],
      has_more: false,
    })
    expectError(await get('/fine_tuning/jobs?limit=ten'), 400, 'limit')
    expectError(await get('/fine_tuning/jobs?status=running'), 400, 'status', "Unknown parameter: 'status'.")
    expect(sim.requests.last('GET /fine_tuning/jobs')!.query).toEqual({ status: 'running' })
    expect(sim.state.counters.jobsCreated).toBe(4)
  })

  test('cancel, pause and resume', async () => {
    const file = await uploadTraining(20)
    const id = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file })).body.id
    sim.clock.advance(50) // running, step 20
    const paused = await post(`/fine_tuning/jobs/${id}/pause`)
    expect(paused.body.status).toBe('running')
    const count = async () => (await get(`/fine_tuning/jobs/${id}/events?limit=1000`)).body.data.length
    const before = await count()
    sim.clock.advance(1000)
    expect(await count()).toBe(before)
    expectError(await post(`/fine_tuning/jobs/${id}/pause`), 400, 'fine_tuning_job_id', /already paused/)
    const resumed = await post(`/fine_tuning/jobs/${id}/resume`)
    expect(resumed.body.estimated_finish).toBe(sim.clock.now() + 80)
    sim.clock.advance(79)
    expect((await get(`/fine_tuning/jobs/${id}`)).body.status).toBe('running')
    sim.clock.advance(1)
    expect((await get(`/fine_tuning/jobs/${id}`)).body.status).toBe('succeeded')
    expectError(await post(`/fine_tuning/jobs/${id}/resume`), 400, 'fine_tuning_job_id', /not paused/)

    const other = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file })).body.id
    sim.clock.advance(40)
    const cancelled = await post(`/fine_tuning/jobs/${other}/cancel`)
    expect(cancelled.body).toMatchObject({ status: 'cancelled', finished_at: sim.clock.now(), fine_tuned_model: null })
    expectError(await post(`/fine_tuning/jobs/${other}/cancel`), 400, 'fine_tuning_job_id', /already been cancelled/)
    expectError(
      await post(`/fine_tuning/jobs/${id}/cancel`),
      400,
      'fine_tuning_job_id',
      /already completed \(status: succeeded\)/,
    )
    expectError(await post('/fine_tuning/jobs/ftjob-nope/cancel'), 404, 'fine_tuning_job_id')
    expect(sim.state.counters.jobsCancelled).toBe(1)
  })

  test('DPO and reinforcement jobs resolve the method hyperparameters', async () => {
    const file = await uploadTraining(20)
    const dpo = (
      await post('/fine_tuning/jobs', {
        model: 'gpt-4.1-2025-04-14',
        training_file: file,
        method: { type: 'dpo', dpo: { hyperparameters: { beta: 0.2 } } },
      })
    ).body.id
    const grader = {
      type: 'string_check',
      name: 'exact',
      input: '{{sample.output_text}}',
      reference: '{{item.answer}}',
      operation: 'eq',
    }
    const rft = await post('/fine_tuning/jobs', {
      model: 'o4-mini',
      training_file: file,
      method: { type: 'reinforcement', reinforcement: { grader, hyperparameters: { reasoning_effort: 'low' } } },
    })
    expect(rft.body.method).toEqual({
      type: 'reinforcement',
      reinforcement: {
        grader,
        hyperparameters: {
          batch_size: 'auto',
          learning_rate_multiplier: 'auto',
          n_epochs: 'auto',
          reasoning_effort: 'low',
          compute_multiplier: 'auto',
          eval_interval: 'auto',
          eval_samples: 'auto',
        },
      },
    })
    sim.clock.advance(10)
    expect((await get(`/fine_tuning/jobs/${dpo}`)).body.method).toEqual({
      type: 'dpo',
      dpo: { hyperparameters: { beta: 0.2, batch_size: 1, learning_rate_multiplier: 1.8, n_epochs: 5 } },
    })
    expect((await get(`/fine_tuning/jobs/${rft.body.id}`)).body.method.reinforcement.hyperparameters).toEqual({
      batch_size: 1,
      learning_rate_multiplier: 1.8,
      n_epochs: 5,
      reasoning_effort: 'low',
      compute_multiplier: 1,
      eval_interval: 1,
      eval_samples: 1,
    })
  })

  test('preloaded files and jobs, for attaching to a job that already exists', async () => {
    const running = sim.state.preloadJob({ suffix: 'old', metadata: { pr: '12' } })
    expect(running).toMatchObject({ status: 'running', created_at: sim.clock.now() - 80, user_provided_suffix: 'old' })
    const seen = (await get(`/fine_tuning/jobs/${running.id}`)).body
    expect(seen.status).toBe('running')
    const events = (await get(`/fine_tuning/jobs/${running.id}/events?limit=1000`)).body.data
    expect(events.filter((e: any) => e.type === 'metrics').length).toBeGreaterThan(0)
    expect(events.every((e: any) => e.created_at <= sim.clock.now())).toBe(true)

    const done = sim.state.preloadJob({ status: 'succeeded', model: 'gpt-4o-mini' })
    expect(done.fine_tuned_model).toMatch(/^ft:gpt-4o-mini-2024-07-18:simulator::[A-Za-z0-9]{8}$/)
    expect((await get(`/models/${encodeURIComponent(done.fine_tuned_model!)}`)).status).toBe(200)
    expect(sim.state.preloadJob({ status: 'failed' }).error).toMatchObject({
      code: 'invalid_training_file',
      param: 'training_file',
    })
    expect(sim.state.preloadJob({ status: 'cancelled' }).status).toBe('cancelled')
    expect(sim.state.preloadJob({ status: 'queued', progress: 0 }).status).toBe('queued')

    const file = sim.state.preloadFile({ content: [{ messages: [] }], filename: 'old.jsonl' })
    expect((await get(`/files/${file.id}`)).body).toMatchObject({
      filename: 'old.jsonl',
      status: 'processed',
      bytes: 16,
    })
    expect((await get('/fine_tuning/jobs?metadata[pr]=12')).body.data.map((j: any) => j.id)).toEqual([running.id])
    expect(sim.state.counters).toMatchObject({ jobsCreated: 0, jobsCancelled: 0, filesCreated: 0 })
  })
})

describe('models', () => {
  test('list, retrieve with shutdown dates, delete a fine-tune; a base model cannot be deleted', async () => {
    const dated = await start({ shutdownDates: { 'gpt-4.1-nano-2025-04-14': '2026-10-23' } })
    const list = (await get('/models', dated)).body
    const ids = list.data.map((m: any) => m.id)
    expect(ids).toEqual(
      expect.arrayContaining([
        'gpt-4.1-mini-2025-04-14',
        'gpt-4.1-mini',
        'gpt-4o-mini-2024-07-18',
        'o4-mini-2025-04-16',
        'babbage-002',
      ]),
    )
    expect((await get('/models/gpt-4.1-nano-2025-04-14', dated)).body).toEqual({
      id: 'gpt-4.1-nano-2025-04-14',
      object: 'model',
      created: 1744321025,
      owned_by: 'system',
      shutdown_date: '2026-10-23',
    })
    expect((await get('/models/gpt-4.1-nano', dated)).body.shutdown_date).toBe('2026-10-23')
    expect((await get('/models/gpt-4o-mini', dated)).body.shutdown_date).toBeUndefined()
    expectError(await get('/models/gpt-9', dated), 404, 'model', "The model 'gpt-9' does not exist", 'model_not_found')

    const job = dated.state.preloadJob({ status: 'succeeded', model: 'gpt-4.1-nano' })
    const model = job.fine_tuned_model!
    expect((await get(`/models/${encodeURIComponent(model)}`, dated)).body).toMatchObject({
      owned_by: 'org-simulator',
      shutdown_date: '2026-10-23',
    })
    expect((await get('/models', dated)).body.data.map((m: any) => m.id)).toContain(model)
    expect((await call('DELETE', `/models/${encodeURIComponent(model)}`, undefined, { server: dated })).body).toEqual({
      id: model,
      object: 'model',
      deleted: true,
    })
    expect((await get(`/models/${encodeURIComponent(model)}`, dated)).status).toBe(404)
    const base = await call('DELETE', '/models/gpt-4o-mini', undefined, { server: dated })
    expect(base.status).toBe(403)
  })
})

describe('chat completions', () => {
  test('answers from the fixture table, usage, n, max tokens, and the default answer', async () => {
    const chatty = await start({
      chat: { 'gpt-4o-mini': { 'What is 2+2?': 'Four, of course.' }, '*': { '*': 'I cannot say.' } },
    })
    const ask = (body: object) =>
      post(
        '/chat/completions',
        {
          model: 'gpt-4o-mini',
          messages: [
            { role: 'system', content: 'Be terse.' },
            { role: 'user', content: 'What is 2+2?' },
          ],
          ...body,
        },
        chatty,
      )
    const res = await ask({})
    expectSchema('CreateChatCompletionResponse', res.body)
    expect(res.body).toMatchObject({
      id: expect.stringMatching(/^chatcmpl-/),
      object: 'chat.completion',
      created: chatty.clock.now(),
      model: 'gpt-4o-mini-2024-07-18',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: 'Four, of course.', refusal: null },
          logprobs: null,
          finish_reason: 'stop',
        },
      ],
      // About 4 tokens per 3 words. Prompt: 3 + (3 + 3) + (3 + 4); completion: 3 words, 4 tokens.
      usage: { prompt_tokens: 16, completion_tokens: 4, total_tokens: 20 },
    })
    expect((await ask({ n: 2 })).body.choices.map((c: any) => c.index)).toEqual([0, 1])
    expect((await ask({ n: 2 })).body.usage.completion_tokens).toBe(8)
    expect((await ask({ max_completion_tokens: 2 })).body.choices[0]).toMatchObject({
      message: { content: 'Four,' },
      finish_reason: 'length',
    })
    expect((await ask({ model: 'gpt-4.1-mini' })).body.choices[0].message.content).toBe('I cannot say.')

    const plain = await post('/chat/completions', {
      model: 'gpt-4o-mini',
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Ping?' }] }],
    })
    expect(plain.body.choices[0].message.content).toBe('[gpt-4o-mini] Ping?')

    const fn = await start({
      chat: ({ model, messages }) => (model.startsWith('ft:') ? undefined : `${messages.length} messages`),
    })
    expect(
      (
        await post(
          '/chat/completions',
          {
            model: 'gpt-4o',
            messages: [
              { role: 'user', content: 'a' },
              { role: 'assistant', content: 'b' },
              { role: 'user', content: 'c' },
            ],
          },
          fn,
        )
      ).body.choices[0].message.content,
    ).toBe('3 messages')
    expect(chatty.state.chat.stats().calls).toEqual({ 'gpt-4o-mini': 4, 'gpt-4.1-mini': 1 })
    expect(chatty.state.counters.chatCompletions).toBe(5)
  })

  test('requests the spec refuses are 400s; an unknown model is a 404', async () => {
    const chat = (body: unknown) => post('/chat/completions', body)
    expectError(await chat({ model: 'gpt-4o-mini' }), 400, 'messages', "Missing required parameter: 'messages'.")
    expectError(await chat({ model: 'gpt-4o-mini', messages: [] }), 400, 'messages', /must NOT have fewer than 1 items/)
    expectError(
      await chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 5 }] }),
      400,
      'messages[0].content',
      /expected one of a string or an array, but got an integer \(5\)/,
    )
    expectError(
      await chat({ model: 'gpt-4o-mini', messages: [{ role: 'user' }] }),
      400,
      'messages[0].content',
      "Missing required parameter: 'messages[0].content'.",
    )
    expectError(
      await chat({ model: 'gpt-4o-mini', messages: [{ role: 'robot', content: 'hi' }] }),
      400,
      'messages[0].role',
      /'robot'/,
    )
    expectError(
      await chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], temperature: 3 }),
      400,
      'temperature',
    )
    expectError(
      await chat({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }], tempreature: 1 }),
      400,
      'tempreature',
      "Unknown parameter: 'tempreature'.",
    )
    expectError(
      await chat({ model: 'gpt-9', messages: [{ role: 'user', content: 'hi' }] }),
      404,
      'model',
      /does not exist/,
      'model_not_found',
    )
    expect(sim.state.chat.stats()).toEqual({ inFlight: {}, maxInFlight: {}, maxInFlightTotal: 0, calls: {} })
  })

  test('streaming sends chunks the spec accepts, then [DONE]', async () => {
    const res = await fetch(sim.url + '/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'one two' }],
        stream: true,
        stream_options: { include_usage: true },
      }),
    })
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/)
    const lines = (await res.text()).split('\n\n').filter(Boolean)
    expect(lines.at(-1)).toBe('data: [DONE]')
    const chunks = lines.slice(0, -1).map(l => JSON.parse(l.slice('data: '.length)))
    for (const chunk of chunks) expectSchema('CreateChatCompletionStreamResponse', chunk)
    expect(chunks.map(c => c.choices[0]?.delta.content ?? null).join('|')).toBe('|[gpt-4o-mini] |one |two||')
    expect(chunks.at(-2).choices[0].finish_reason).toBe('stop')
    expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { completion_tokens: 4 } })
  })

  test('concurrency per model is counted at its peak; latency; stored completions can be listed', async () => {
    // The fixture holds every answer until all four requests are in, so the peak is certain, not a matter of timing.
    let arrived = 0
    let release = () => {}
    const allIn = new Promise<void>(resolve => (release = resolve))
    const gated = await start({
      chat: async () => {
        if (++arrived === 4) release()
        await allIn
        return 'ok'
      },
    })
    const ask = (model: string, store = false) =>
      post(
        '/chat/completions',
        { model, messages: [{ role: 'user', content: 'hi' }], store, metadata: { batch: model } },
        gated,
      )
    await Promise.all([ask('gpt-4o-mini', true), ask('gpt-4o-mini'), ask('gpt-4o-mini'), ask('gpt-4.1-mini', true)])
    await ask('gpt-4o-mini')
    expect(gated.state.chat.stats()).toEqual({
      inFlight: { 'gpt-4o-mini': 0, 'gpt-4.1-mini': 0 },
      maxInFlight: { 'gpt-4o-mini': 3, 'gpt-4.1-mini': 1 },
      maxInFlightTotal: 4,
      calls: { 'gpt-4o-mini': 4, 'gpt-4.1-mini': 1 },
    })
    const lagging = await start({ chatLatencyMs: model => (model === 'gpt-4o' ? 60 : 0) })
    const before = Date.now()
    await post('/chat/completions', { model: 'gpt-4o', messages: [{ role: 'user', content: 'hi' }] }, lagging)
    expect(Date.now() - before).toBeGreaterThanOrEqual(55)
    const stored = (await get('/chat/completions', gated)).body
    expect(stored.data.map((c: any) => c.model).sort()).toEqual(['gpt-4.1-mini-2025-04-14', 'gpt-4o-mini-2024-07-18'])
    expect((await get('/chat/completions?metadata[batch]=gpt-4.1-mini', gated)).body.data).toHaveLength(1)
    expect((await get('/chat/completions?model=gpt-4o-mini-2024-07-18&limit=1', gated)).body).toMatchObject({
      has_more: false,
      data: [{ model: 'gpt-4o-mini-2024-07-18' }],
    })
  })
})

describe('faults', () => {
  const create = async (file: string) =>
    fetch(sim.url + '/fine_tuning/jobs', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o-mini', training_file: file }),
    })

  test('rate limit: 429 with retry-after and x-ratelimit headers, for the next N matching requests only', async () => {
    const injected = sim.faults.inject('GET /models', { kind: 'rate_limit', retryAfterSeconds: 2 }, 2)
    for (let i = 0; i < 2; i++) {
      const res = await get('/models')
      expect(res.status).toBe(429)
      expect(res.body.error).toEqual({
        message: 'Rate limit reached for requests. Please try again in 2s.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      })
      expect(res.headers.get('retry-after')).toBe('2')
      expect(res.headers.get('retry-after-ms')).toBe('2000')
      expect(res.headers.get('x-ratelimit-remaining-requests')).toBe('0')
      expect(res.headers.get('x-ratelimit-reset-requests')).toBe('2s')
      expect(res.headers.get('x-ratelimit-limit-tokens')).toBe('2000000')
    }
    expect((await get('/models/gpt-4o-mini')).status).toBe(200) // another path: untouched
    expect((await get('/models')).status).toBe(200)
    expect(injected).toMatchObject({ remaining: 0, hits: 2 })
    expect(sim.faults.counts()).toEqual({ rate_limit: 2 })
    expect(sim.requests.all.map(r => [r.status, r.fault ?? null])).toEqual([
      [429, 'rate_limit'],
      [429, 'rate_limit'],
      [200, null],
      [200, null],
    ])
  })

  test('server error: a 500 with a server_error body; patterns with * and regular expressions', async () => {
    sim.faults.inject('GET /fine_tuning/jobs/*', { kind: 'server_error' })
    sim.faults.inject(/^POST \/v1\/chat\//, { kind: 'server_error', status: 503, message: 'Overloaded' })
    const job = sim.state.preloadJob()
    const res = await get(`/fine_tuning/jobs/${job.id}`)
    expect(res.status).toBe(500)
    expect(res.body.error).toMatchObject({ type: 'server_error', message: /had an error while processing/ })
    expect((await get(`/fine_tuning/jobs/${job.id}`)).status).toBe(200)
    const chat = await post('/chat/completions', { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'hi' }] })
    expect(chat.status).toBe(503)
    expect(chat.body.error.message).toBe('Overloaded')
  })

  test('connection reset: the request fails without a response and is not processed', async () => {
    const file = await uploadTraining()
    sim.faults.inject('POST /fine_tuning/jobs', { kind: 'reset' })
    await expect(create(file)).rejects.toThrow('fetch failed')
    expect(sim.state.counters.jobsCreated).toBe(0)
    expect(sim.requests.last('POST /fine_tuning/jobs')).toMatchObject({ outcome: 'reset', fault: 'reset' })
    expect(sim.requests.last('POST /fine_tuning/jobs')!.status).toBeUndefined()
    expect((await create(file)).status).toBe(200)
  })

  test('lost response: the job is created but the client sees a reset; a retry would make a duplicate', async () => {
    const file = await uploadTraining()
    sim.faults.inject('POST /fine_tuning/jobs', { kind: 'drop_response' })
    await expect(create(file)).rejects.toThrow('fetch failed')
    expect(sim.state.counters.jobsCreated).toBe(1)
    const listed = (await get('/fine_tuning/jobs')).body.data
    expect(listed).toHaveLength(1)
    expect(sim.requests.last('POST /fine_tuning/jobs')).toMatchObject({
      outcome: 'reset',
      fault: 'drop_response',
      body: { model: 'gpt-4o-mini', training_file: file },
    })
    expect((await create(file)).status).toBe(200)
    expect(sim.state.jobs.all()).toHaveLength(2)
  })

  test('timeout: held for a while then reset, or answered late, or held until the simulator stops', async () => {
    sim.faults.inject('GET /models', { kind: 'timeout', ms: 80 })
    const started = Date.now()
    await expect(get('/models')).rejects.toThrow('fetch failed')
    expect(Date.now() - started).toBeGreaterThanOrEqual(75)

    sim.faults.inject('GET /models', { kind: 'timeout', ms: 50, then: 'process' })
    const late = Date.now()
    expect((await get('/models')).status).toBe(200)
    expect(Date.now() - late).toBeGreaterThanOrEqual(45)

    const held = await start()
    held.faults.inject('GET /models', { kind: 'timeout' })
    const pending = get('/models', held)
    await until(() => held.requests.count() === 1)
    expect(held.requests.last()).toMatchObject({ fault: 'timeout', outcome: 'pending' })
    const stopping = Date.now()
    await held.stop()
    await expect(pending).rejects.toThrow('fetch failed')
    expect(Date.now() - stopping).toBeLessThan(1000)
    expect(held.requests.last()!.outcome).toBe('reset')
  })

  test('a client can give up on a held request and the simulator still stops at once', async () => {
    const held = await start()
    held.faults.inject('POST /chat/completions', { kind: 'timeout' })
    const client = new AbortController()
    const aborted = fetch(held.url + '/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: '{}',
      signal: client.signal,
    })
    await until(() => held.requests.count() === 1)
    client.abort()
    await expect(aborted).rejects.toThrow()
    expect(held.faults.pending()).toEqual([])
    expect(held.faults.applied).toEqual([{ kind: 'timeout', method: 'POST', path: '/v1/chat/completions', request: 1 }])
  })
})

describe('clocks', () => {
  test('a manual clock moves only when advanced, and never backwards', () => {
    const clock = new ManualClock(1000)
    expect(clock.now()).toBe(1000)
    clock.advance(2.5)
    expect(clock.now()).toBe(1002)
    expect(() => {
      clock.advance(-1)
    }).toThrow(RangeError)
  })

  test('an accelerated clock runs N simulated seconds per real second, plus any advance', () => {
    let real = 0
    const clock = new AcceleratedClock({ factor: 60, start: 5000, realNow: () => real })
    expect(clock.now()).toBe(5000)
    real = 1500
    expect(clock.now()).toBe(5090)
    clock.advance(10)
    expect(clock.now()).toBe(5100)
  })

  test('a simulator on an accelerated clock finishes a job in real time', async () => {
    const fast = await start({
      clock: new AcceleratedClock({ factor: 1000 }),
      schedule: { validatingSeconds: 10, queuedSeconds: 10, runningSeconds: 60 },
    })
    const file = await uploadTraining(20, fast)
    const id = (await post('/fine_tuning/jobs', { model: 'gpt-4o-mini', training_file: file }, fast)).body.id
    await new Promise(resolve => setTimeout(resolve, 120))
    expect((await get(`/fine_tuning/jobs/${id}`, fast)).body.status).toBe('succeeded')
  })
})
