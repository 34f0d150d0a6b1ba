import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import OpenAI from 'openai'
import { uploadOnce } from '../../../src/backend/openai/files.js'
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
  const uploaded = await uploadOnce(client, file, 'train-big.jsonl', { threshold: 1024, partBytes: 4096 })
  expect(uploaded).toMatchObject({ filename: 'train-big.jsonl', bytes: bytes.length, status: 'processed' })
  expect(sim.requests.count('POST /uploads/*/parts')).toBe(Math.ceil(bytes.length / 4096))
  expect(sim.requests.last('POST /uploads/*/complete')!.body).toMatchObject({
    md5: createHash('md5').update(bytes).digest('hex'),
  })
  expect(Buffer.from(await (await client.files.content(uploaded.id)).arrayBuffer())).toEqual(bytes)
  const again = await uploadOnce(client, file, 'train-big.jsonl', { threshold: 1024, partBytes: 4096 })
  expect(again.id).toBe(uploaded.id)
  expect(sim.requests.count('POST /uploads')).toBe(1)
})
