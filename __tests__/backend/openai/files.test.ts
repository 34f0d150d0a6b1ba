import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import OpenAI from 'openai'
import { uploadOnce } from '../../../src/backend/openai/files.js'
import { WaitLimits } from '../../../src/steps/wait-limits.js'
import { AcceleratedClock, startSimulator, type Simulator } from '../../../testing/openai/index.js'
import { chatExamples, tempDir, writeJsonl } from '../../helpers/files.js'

const KEY = 'sk-files'
let sim: Simulator
afterEach(async () => {
  await sim?.stop()
})

test('a file over the threshold goes up in parts through the Uploads API, with its MD5, and only once', async () => {
  sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }), fileProcessingSeconds: 1 })
  const client = new OpenAI({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 })
  const file = writeJsonl(tempDir(), 'big.jsonl', chatExamples(200))
  const bytes = readFileSync(file)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const uploaded = await uploadOnce(client, file, 'train-big.jsonl', sha256, { threshold: 1024, partBytes: 4096 })
  expect(uploaded).toMatchObject({ filename: 'train-big.jsonl', bytes: bytes.length, status: 'processed' })
  expect(sim.requests.count('POST /uploads/*/parts')).toBe(Math.ceil(bytes.length / 4096))
  expect(sim.requests.last('POST /uploads/*/complete')!.body).toMatchObject({
    md5: createHash('md5').update(bytes).digest('hex'),
  })
  expect(Buffer.from(await (await client.files.content(uploaded.id)).arrayBuffer())).toEqual(bytes)
  const again = await uploadOnce(client, file, 'train-big.jsonl', sha256, { threshold: 1024, partBytes: 4096 })
  expect(again.id).toBe(uploaded.id)
  expect(sim.requests.count('POST /uploads')).toBe(1)
})

const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

describe('upload once: what goes up is what was validated', () => {
  test('a file on the server with the same name and size but other content is not reused', async () => {
    sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }) })
    const client = new OpenAI({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 })
    const file = writeJsonl(tempDir(), 'train.jsonl', chatExamples(20))
    const bytes = readFileSync(file)
    // Same length, one letter changed: the name and the byte count alone would take it for ours.
    const forged = Buffer.from(bytes.toString('utf8').replace('Question number 1?', 'Question number X?'))
    expect(forged.length).toBe(bytes.length)
    const planted = sim.state.preloadFile({ content: forged, filename: 'train-abc.jsonl' })
    const uploaded = await uploadOnce(client, file, 'train-abc.jsonl', sha(bytes))
    expect(uploaded.id).not.toBe(planted.id)
    expect(sim.requests.count(`GET /files/${planted.id}/content`)).toBe(1)
    expect(sim.requests.count('POST /files')).toBe(1)
    expect(Buffer.from(await (await client.files.content(uploaded.id)).arrayBuffer())).toEqual(bytes)
    // The same content is found by its content, and not sent again.
    const again = await uploadOnce(client, file, 'train-abc.jsonl', sha(bytes))
    expect(again.id).toBe(uploaded.id)
    expect(sim.requests.count('POST /files')).toBe(1)
  })

  test('bytes that no longer hash to the validated SHA-256 are refused before anything is sent', async () => {
    sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }) })
    const client = new OpenAI({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 })
    const file = writeJsonl(tempDir(), 'train.jsonl', chatExamples(20))
    const validated = sha('what was validated')
    await expect(uploadOnce(client, file, 'train-x.jsonl', validated)).rejects.toThrow(
      new RegExp(
        `^${file} changed after it was validated \\(SHA-256 ${validated.slice(0, 12)}… validated, ${sha(readFileSync(file)).slice(0, 12)}… read for the upload\\)`,
      ),
    )
    expect(sim.requests.count('POST /files')).toBe(0)
    // In parts: the parts go up, but the upload is cancelled instead of completed, so no file exists.
    await expect(
      uploadOnce(client, file, 'train-x.jsonl', validated, { threshold: 1024, partBytes: 4096 }),
    ).rejects.toThrow(/changed after it was validated/)
    expect(sim.requests.count('POST /uploads/*/complete')).toBe(0)
    expect(sim.requests.count('POST /uploads/*/cancel')).toBe(1)
    expect((await client.files.list()).data).toEqual([])
  })

  test('a server whose list ignores `after` is left after two pages, not followed for ever', async () => {
    sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }), ignoreAfter: true })
    for (let i = 0; i < 101; i++) sim.state.preloadFile({ content: `{"n":${i}}\n`, filename: `other-${i}.jsonl` })
    const client = new OpenAI({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 })
    const file = writeJsonl(tempDir(), 'train.jsonl', chatExamples(20))
    await expect(uploadOnce(client, file, 'train-y.jsonl', sha(readFileSync(file)))).rejects.toThrow(
      /^The server's list GET \/files gave the same next-page cursor twice \(.*\): it does not honour `after`; stopped after 2 pages\.$/,
    )
    expect(sim.requests.count('GET /files')).toBe(2)
    expect(sim.requests.count('POST /files')).toBe(0)
  })
})

test('the wait for processing ends with the run’s limits, a status request that never answers included', async () => {
  sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }), fileProcessingSeconds: 1e12 })
  const client = new OpenAI({ apiKey: KEY, baseURL: sim.url, maxRetries: 0 })
  const file = writeJsonl(tempDir(), 'train.jsonl', chatExamples(20))
  const hung = sim.faults.inject('GET /files/*', { kind: 'timeout' })
  const limits = new WaitLimits(0.01)
  const started = Date.now()
  try {
    await expect(
      uploadOnce(client, file, 'train-hung.jsonl', sha(readFileSync(file)), { signal: limits.signal }),
    ).rejects.toThrow(
      /^train-hung\.jsonl \(file-\w+\) is still uploaded after 0\.\d s: stopped waiting for the server to process it, as timeout-minutes \(0\.01\) ran out\./,
    )
  } finally {
    limits.dispose()
  }
  expect(Date.now() - started).toBeLessThan(3000)
  expect(hung.hits).toBe(1)
  expect(sim.state.counters.filesCreated).toBe(1)
})
