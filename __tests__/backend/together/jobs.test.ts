import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { AcceleratedClock } from '../../../testing/openai/index.js'
import { startTogetherSimulator, type TogetherSimulator } from '../../../testing/together/index.js'
import { TogetherBackend } from '../../../src/backend/together/together-backend.js'
import { eventId, keyTag, suffixWithKey, toTrainingJob } from '../../../src/backend/together/jobs.js'
import type { JobRequest } from '../../../src/backend/backend.js'
import { tempDir, writeJsonl, chatExamples } from '../../helpers/files.js'

describe('Together jobs, in the action’s words', () => {
  test('the training key rides in the suffix, within 64 characters', () => {
    const key = '0123456789abcdef0123456789abcdef'
    expect(suffixWithKey(undefined, key)).toBe('fta0123456789ab')
    expect(suffixWithKey('harbor', key)).toBe('harbor-fta0123456789ab')
    expect(suffixWithKey('x'.repeat(64), key)).toHaveLength(64)
    expect(suffixWithKey('x'.repeat(64), key).endsWith(keyTag(key))).toBe(true)
  })

  test.each([
    ['pending', 'queued'],
    ['queued', 'queued'],
    ['running', 'running'],
    ['compressing', 'running'],
    ['uploading', 'running'],
    ['cancel_requested', 'running'],
    ['cancelled', 'cancelled'],
    ['error', 'failed'],
    ['completed', 'succeeded'],
  ] as const)('%s is %s for the flow; job-status keeps Together\u2019s word', (status, flow) => {
    const job = toTrainingJob({ id: 'ft-1', status, model: 'm', model_output_name: 'acct/m-x', total_price: 1.25 })
    expect(job.status).toBe(flow)
    expect(job.providerStatus).toBe(status)
    expect(job.fineTunedModel).toBe(status === 'completed' ? 'acct/m-x' : null)
    expect(job.billedUsd).toBe(1.25)
  })

  test('a failed job carries its error event’s message; progress becomes the estimated finish', () => {
    const failed = toTrainingJob({
      id: 'ft-2',
      status: 'error',
      events: [
        { object: 'fine-tune-event', created_at: '2026-01-01T00:00:00Z', type: 'job_start', message: 'started' },
        {
          object: 'fine-tune-event',
          created_at: '2026-01-01T00:01:00Z',
          type: 'job_error',
          message: 'CUDA out of memory',
        },
      ],
    })
    expect(failed.error).toEqual({ code: 'job_error', message: 'CUDA out of memory', param: null })
    const running = toTrainingJob(
      { id: 'ft-3', status: 'running', progress: { estimate_available: true, seconds_remaining: 600 } },
      1_767_225_600_000,
    )
    expect(running.estimatedFinish).toBe(1_767_225_600 + 600)
  })

  test('event ids are stable and tell apart events of the same second', () => {
    const e = {
      object: 'fine-tune-event' as const,
      created_at: '2026-01-01T00:00:00Z',
      type: 'epoch_complete' as const,
      message: 'Epoch 1',
    }
    expect(eventId(e)).toBe(eventId({ ...e }))
    expect(eventId(e)).not.toBe(eventId({ ...e, message: 'Epoch 2' }))
  })
})

describe('TogetherBackend against the simulator', () => {
  let sim: TogetherSimulator
  afterEach(async () => {
    await sim?.stop()
  })

  test('uploads through the redirect to the configured base URL, reuses the file, and creates with a DPO body', async () => {
    sim = await startTogetherSimulator({ apiKey: 'k', clock: new AcceleratedClock({ factor: 1000 }) })
    const backend = new TogetherBackend({ provider: 'together', apiKey: 'k', baseUrl: sim.url })
    const dir = tempDir()
    const path = writeJsonl(dir, 'train.jsonl', chatExamples(12))
    const first = await backend.uploadOnce(path, 'train-abc.jsonl', sha256Of(path))
    const second = await backend.uploadOnce(path, 'train-abc.jsonl', sha256Of(path))
    expect(second.id).toBe(first.id)
    expect(sim.requests.count('POST /files')).toBe(1)
    expect(sim.requests.count('PUT /upload/*')).toBe(1)
    const request: JobRequest = {
      key: 'f'.repeat(32),
      baseModel: 'Qwen/Qwen3-8B',
      method: 'dpo',
      trainingFileId: first.id,
      hyperparameters: { beta: 0.2, nEpochs: 1 },
      labels: {},
    }
    const estimate = await backend.estimateCostUsd(request)
    expect(estimate).toBeGreaterThan(0)
    const job = await backend.createJobOnce(request)
    expect(sim.requests.last('POST /fine-tunes')!.body).toMatchObject({
      training_method: { method: 'dpo', dpo_beta: 0.2 },
      // No rank asked: the model's largest, from its limits.
      training_type: { type: 'Lora', lora_r: 64, lora_alpha: 128 },
      batch_size: 'max',
      suffix: 'ftaffffffffffff',
    })
    // The estimate and the job share one request for the model's limits.
    expect(sim.requests.count('GET /fine-tunes/models/limits')).toBe(1)
    expect((await backend.findJob(request.key))?.id).toBe(job.id)
    expect(await backend.findJob('0'.repeat(32))).toBeUndefined()
  })

  test('a job status or events request that never answers ends with the run’s signal', async () => {
    sim = await startTogetherSimulator({ apiKey: 'k', clock: new AcceleratedClock({ factor: 1000 }) })
    const backend = new TogetherBackend({ provider: 'together', apiKey: 'k', baseUrl: sim.url })
    const trainPath = writeJsonl(tempDir(), 'train.jsonl', chatExamples(12))
    const fileId = (await backend.uploadOnce(trainPath, 'train-h.jsonl', sha256Of(trainPath))).id
    const job = await backend.createJobOnce({
      key: 'e'.repeat(32),
      baseModel: 'Qwen/Qwen3-8B',
      method: 'supervised',
      trainingFileId: fileId,
      hyperparameters: {},
      labels: {},
    })
    const hungJob = sim.faults.inject(`GET /fine-tunes/${job.id}`, { kind: 'timeout' })
    const hungEvents = sim.faults.inject(`GET /fine-tunes/${job.id}/events`, { kind: 'timeout' })
    for (const call of [
      (signal: AbortSignal) => backend.getJob(job.id, signal),
      (signal: AbortSignal) => backend.newEvents(job.id, new Set(), signal),
    ]) {
      const started = Date.now()
      await expect(call(AbortSignal.timeout(300))).rejects.toThrow()
      expect(Date.now() - started).toBeLessThan(3000)
    }
    expect(hungJob.hits).toBe(1)
    expect(hungEvents.hits).toBe(1)
  })

  test('bytes that do not hash to the validated SHA-256 are refused before anything is sent', async () => {
    sim = await startTogetherSimulator({ apiKey: 'k', clock: new AcceleratedClock({ factor: 1000 }) })
    const backend = new TogetherBackend({ provider: 'together', apiKey: 'k', baseUrl: sim.url })
    const path = writeJsonl(tempDir(), 'train.jsonl', chatExamples(12))
    const validated = createHash('sha256').update('what was validated').digest('hex')
    await expect(backend.uploadOnce(path, 'train-x.jsonl', validated)).rejects.toThrow(
      `${path} changed after it was validated (SHA-256 ${validated.slice(0, 12)}… validated, ${sha256Of(path).slice(0, 12)}… read for the upload): refusing to upload data that was not checked.`,
    )
    expect(sim.requests.count('POST /files')).toBe(0)
    expect(sim.requests.count('PUT /upload/*')).toBe(0)
    // The right hash goes through.
    const file = await backend.uploadOnce(path, 'train-x.jsonl', sha256Of(path))
    expect(sim.files.has(file.id)).toBe(true)
    expect(sim.requests.count('POST /files')).toBe(1)
  })

  test('a file Together’s check refuses fails the upload with its report, and is never reused', async () => {
    let refuse = true
    sim = await startTogetherSimulator({
      apiKey: 'k',
      clock: new AcceleratedClock({ factor: 1000 }),
      refuseFiles: () => (refuse ? 'Line 3: missing "messages"' : undefined),
    })
    const backend = new TogetherBackend({ provider: 'together', apiKey: 'k', baseUrl: sim.url })
    const path = writeJsonl(tempDir(), 'train.jsonl', chatExamples(12))
    const refused = await backend.uploadOnce(path, 'train-r.jsonl', sha256Of(path)).catch((e: unknown) => e as Error)
    expect(refused).toBeInstanceOf(Error)
    const [, refusedId] = /^Together AI refused train-r\.jsonl \((file-[\w-]+)\): Line 3: missing "messages"$/.exec(
      (refused as Error).message,
    ) ?? [undefined, 'no match']
    expect(sim.files.has(refusedId)).toBe(true)
    // The refused file is on the server under the same name and size; the next run uploads again instead of using it.
    refuse = false
    const file = await backend.uploadOnce(path, 'train-r.jsonl', sha256Of(path))
    expect(sim.requests.count('POST /files')).toBe(2)
    expect(file.id).not.toBe(refusedId)
    expect(sim.files.has(file.id)).toBe(true)
  })
})

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex')
}
