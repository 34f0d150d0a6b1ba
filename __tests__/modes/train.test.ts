import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { TrainingJob } from '../../src/backend/backend.js'
import { failures, log, outputs, summaries } from '../fixtures/core.js'
import { harness, resetHarness, settingsFor as settingsForEvent, train } from '../fixtures/modes.js'

const TRAIN = 'examples/support-bot/train.jsonl'
const settingsFor = (inputs: Record<string, string>) =>
  settingsForEvent({ 'openai-api-key': 'sk-test', 'poll-interval': '1', ...inputs }, 'push')

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

beforeEach(resetHarness)

describe('train mode', () => {
  test('uploads once, creates one job with the recipe, follows it and hands over the model', async () => {
    await train(settingsFor({ 'n-epochs': '3', suffix: 'harbor', seed: '7' }))
    expect(failures).toEqual([])
    expect(harness.backend.uploads).toHaveLength(1)
    // What goes up is the snapshot the data was validated from, with the hash of those bytes.
    const sent = harness.backend.uploads[0]
    expect(sent.path).not.toBe(TRAIN)
    expect(sent.content).toEqual(readFileSync(TRAIN))
    expect(sent.sha256).toBe(sha256(readFileSync(TRAIN)))
    expect(harness.backend.uploads[0].filename).toMatch(/^train-[0-9a-f]{12}\.jsonl$/)
    expect(harness.backend.created).toHaveLength(1)
    const request = harness.backend.created[0]
    expect(request).toMatchObject({
      baseModel: 'gpt-4.1-mini-2025-04-14',
      method: 'supervised',
      trainingFileId: 'file-1',
      suffix: 'harbor',
      seed: 7,
    })
    expect(request.hyperparameters).toEqual({
      nEpochs: 3,
      batchSize: undefined,
      learningRateMultiplier: undefined,
      beta: undefined,
    })
    expect(request.key).toMatch(/^[0-9a-f]{32}$/)
    expect(outputs).toMatchObject({
      'job-id': 'ftjob-1',
      'job-status': 'succeeded',
      'model-id': 'ft:fake:model',
      'trained-tokens': '1000',
      'training-file-id': 'file-1',
      valid: 'true',
    })
    expect(log).toContain('Job ftjob-1: validating_files → running')
    expect(log.some(l => l.endsWith('step 2 · train loss 0.9000'))).toBe(true)
    expect(summaries.at(-1)).toContain('ft:fake:model:ckpt-step-2')
  })

  test('the same data and recipe twice: the second run follows the first job and pays for nothing', async () => {
    await train(settingsFor({}))
    harness.backend.script = [{ status: 'succeeded' }]
    const firstKey = harness.backend.created[0].key
    await train(settingsFor({}))
    expect(harness.backend.created).toHaveLength(1)
    expect(harness.backend.uploads).toHaveLength(1)
    expect(log).toContain(`Training key ${firstKey} (data, base model, method and hyperparameters)`)
    expect(log.some(l => l.startsWith('Job ftjob-1 (succeeded) already trains this data'))).toBe(true)
  })

  test('data with errors is refused before anything is uploaded', async () => {
    const bad = path.join(harness.tmp, 'bad.jsonl')
    writeFileSync(bad, '{"messages": [{"role": "user", "content": "hi"}]}\nnot json\n')
    await expect(train(settingsFor({ 'training-file': bad }))).rejects.toThrow(
      /^Refusing to train: the data has \d+ errors? \(see the annotations\)\. Nothing was uploaded\.$/,
    )
    expect(harness.backend.uploads).toHaveLength(0)
    expect(harness.backend.created).toHaveLength(0)
  })

  test('a failed job fails the step with its code and message', async () => {
    harness.backend.script = [
      { status: 'failed', error: { code: 'invalid_training_file', message: 'line 3 is bad', param: 'training_file' } },
    ]
    await train(settingsFor({}))
    expect(failures).toEqual([
      'Fine-tuning job ftjob-1 failed: invalid_training_file: line 3 is bad (parameter: training_file)',
    ])
    expect(outputs['model-id']).toBe('')
  })

  test('wait: false returns once the job exists', async () => {
    await train(settingsFor({ wait: 'false' }))
    expect(outputs['job-status']).toBe('validating_files')
    expect(outputs['model-id']).toBeUndefined()
    expect(log).toContain('Job ftjob-1 is validating_files; not waiting (wait: false).')
  })

  test('after training, the eval set runs on the fine-tune and the base model through serve and chat', async () => {
    await train(
      settingsFor({
        'eval-file': 'examples/support-bot/eval.jsonl',
        'eval-compare-models': 'base',
        'eval-report-file': path.join(harness.tmp, 'eval.json'),
      }),
    )
    expect(harness.backend.served).toEqual(['ft:fake:model', 'gpt-4.1-mini-2025-04-14'])
    expect(harness.backend.released).toEqual(['ft:fake:model', 'gpt-4.1-mini-2025-04-14'])
    expect(new Set(harness.backend.chats.map(c => c.model))).toEqual(
      new Set(['served/ft:fake:model', 'served/gpt-4.1-mini-2025-04-14']),
    )
    expect(harness.backend.chats[0].sampling).toEqual({ temperature: 0, seed: 0, maxTokens: 1024 })
    expect(outputs['eval-results']).toBe(JSON.stringify({ 'ft:fake:model': 0, 'gpt-4.1-mini-2025-04-14': 0 }))
  })

  test('a grader file that is not JSON stops the run before anything is uploaded', async () => {
    const grader = path.join(harness.tmp, 'grader.json')
    writeFileSync(grader, '{"type": "string_check",')
    await expect(train(settingsFor({ 'grader-file': grader }))).rejects.toThrow(
      /^grader-file: .*grader\.json is not valid JSON: /,
    )
    expect(harness.backend.uploads).toHaveLength(0)
  })

  test('max-cost with a model whose price is unknown is refused, and says how to give the price', async () => {
    await expect(train(settingsFor({ model: 'acme-llm-1', 'max-cost': '5' }))).rejects.toThrow(
      "Refusing to train: max-cost is $5, but the price of acme-llm-1 is unknown, so the cost cannot be checked against it. Set price-per-million-tokens to the provider's price per million training tokens (or remove max-cost). Nothing was uploaded.",
    )
    expect(harness.backend.uploads).toHaveLength(0)
    expect(harness.backend.created).toHaveLength(0)
    // With the price given, the budget can be checked and the job is made.
    await train(settingsFor({ model: 'acme-llm-1', 'max-cost': '5', 'price-per-million-tokens': '2' }))
    expect(harness.backend.created).toHaveLength(1)
  })

  test('the bytes uploaded are the bytes validated, even when the file changes after validation', async () => {
    const data = path.join(harness.tmp, 'train.jsonl')
    const validated = readFileSync(TRAIN)
    writeFileSync(data, validated)
    const findJob = harness.backend.findJob.bind(harness.backend)
    // Between validation and upload, something writes over the file (a report, another step, a hostile script).
    harness.backend.findJob = async key => {
      writeFileSync(data, '{"messages": [{"role": "user", "content": "unchecked"}]}\n')
      return findJob(key)
    }
    await train(settingsFor({ 'training-file': data }))
    expect(harness.backend.uploads).toHaveLength(1)
    expect(harness.backend.uploads[0].content).toEqual(validated)
    expect(harness.backend.uploads[0].sha256).toBe(sha256(validated))
    expect(harness.backend.uploads[0].filename).toBe(`train-${sha256(validated).slice(0, 12)}.jsonl`)
  })

  test('an eval file with errors stops the run before anything is uploaded', async () => {
    const bad = path.join(harness.tmp, 'eval.jsonl')
    writeFileSync(bad, '{"id": "x", "messages": [], "checks": []}\n')
    await expect(train(settingsFor({ 'eval-file': bad }))).rejects.toThrow(
      `The eval file ${bad} has 2 error(s); see the annotations. No model was called.`,
    )
    expect(harness.backend.uploads).toHaveLength(0)
    expect(harness.backend.created).toHaveLength(0)
  })

  test("a base model past the provider's shutdown_date is refused", async () => {
    harness.backend.shutdown = '2026-01-15'
    await expect(train(settingsFor({}))).rejects.toThrow(
      'Refusing to train: gpt-4.1-mini-2025-04-14 was shut down on 2026-01-15, so a job on it cannot deliver a model that answers. Choose a current model. Nothing was uploaded.',
    )
    expect(harness.backend.uploads).toHaveLength(0)
  })

  test('a server that never answers a poll is left within timeout-minutes; the job goes on', async () => {
    const polls: number[] = []
    harness.backend.getJob = (_id: string, signal?: AbortSignal) =>
      new Promise<TrainingJob>((_resolve, reject) => {
        polls.push(Date.now())
        signal?.addEventListener('abort', () => {
          reject(signal.reason as Error)
        })
      })
    await train(settingsFor({ 'timeout-minutes': '0.02' }))
    expect(polls).toHaveLength(1)
    // 0.02 minutes are 1.2 s; the hanging request is given up at the deadline, not whenever it would end.
    expect(Date.now() - polls[0]).toBeGreaterThanOrEqual(1100)
    expect(Date.now() - polls[0]).toBeLessThan(3000)
    expect(failures).toEqual([
      'Stopped waiting after 0.02 minutes (timeout-minutes); job ftjob-1 is still validating_files. Follow it later with job-id: ftjob-1.',
    ])
  })
})
