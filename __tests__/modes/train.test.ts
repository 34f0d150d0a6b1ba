import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { failures, log, outputs, summaries } from '../fixtures/core.js'
import { harness, resetHarness, settingsFor as settingsForEvent, train } from '../fixtures/modes.js'

const TRAIN = 'examples/support-bot/train.jsonl'
const settingsFor = (inputs: Record<string, string>) =>
  settingsForEvent({ 'openai-api-key': 'sk-test', 'poll-interval': '1', ...inputs }, 'push')

beforeEach(resetHarness)

describe('train mode', () => {
  test('uploads once, creates one job with the recipe, follows it and hands over the model', async () => {
    await train(settingsFor({ 'n-epochs': '3', suffix: 'harbor', seed: '7' }))
    expect(failures).toEqual([])
    expect(harness.backend.uploads).toHaveLength(1)
    expect(harness.backend.uploads[0].path).toBe(TRAIN)
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
})
