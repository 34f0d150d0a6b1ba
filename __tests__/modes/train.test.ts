import { jest } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TERMINAL_STATUSES } from '../../src/backend/backend.js'
import { FakeBackend } from '../fixtures/backend.js'
import { core, failures, log, outputs, resetCore, summaries } from '../fixtures/core.js'

let backend = new FakeBackend()
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../../src/backend/index.js', () => ({
  createBackend: () => backend,
  isOpenAIConnection: () => false,
  TERMINAL_STATUSES,
}))
const { train } = await import('../../src/modes/train.js')
const { parseSettings } = await import('../../src/settings.js')

const TRAIN = 'examples/support-bot/train.jsonl'
const settingsFor = (inputs: Record<string, string>) =>
  parseSettings(
    name =>
      ({
        'training-file': TRAIN,
        'openai-api-key': 'sk-test',
        'poll-interval': '1',
        'github-token': '',
        'report-file': path.join(tmp, 'report.json'),
        ...inputs,
      })[name] ?? '',
    'push',
  )
let tmp: string

beforeEach(() => {
  backend = new FakeBackend()
  resetCore()
  tmp = mkdtempSync(path.join(os.tmpdir(), 'train-mode-'))
})

describe('train mode', () => {
  test('uploads once, creates one job with the recipe, follows it and hands over the model', async () => {
    await train(settingsFor({ 'n-epochs': '3', suffix: 'harbor', seed: '7' }))
    expect(failures).toEqual([])
    expect(backend.uploads).toHaveLength(1)
    expect(backend.uploads[0].path).toBe(TRAIN)
    expect(backend.uploads[0].filename).toMatch(/^train-[0-9a-f]{12}\.jsonl$/)
    expect(backend.created).toHaveLength(1)
    const request = backend.created[0]
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
    backend.script = [{ status: 'succeeded' }]
    const firstKey = backend.created[0].key
    await train(settingsFor({}))
    expect(backend.created).toHaveLength(1)
    expect(backend.uploads).toHaveLength(1)
    expect(log).toContain(`Training key ${firstKey} (data, base model, method and hyperparameters)`)
    expect(log.some(l => l.startsWith('Job ftjob-1 (succeeded) already trains this data'))).toBe(true)
  })

  test('data with errors is refused before anything is uploaded', async () => {
    const bad = path.join(tmp, 'bad.jsonl')
    writeFileSync(bad, '{"messages": [{"role": "user", "content": "hi"}]}\nnot json\n')
    await expect(train(settingsFor({ 'training-file': bad }))).rejects.toThrow(
      /^Refusing to train: the data has \d+ errors? \(see the annotations\)\. Nothing was uploaded\.$/,
    )
    expect(backend.uploads).toHaveLength(0)
    expect(backend.created).toHaveLength(0)
  })

  test('a failed job fails the step with its code and message', async () => {
    backend.script = [
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
        'eval-report-file': path.join(tmp, 'eval.json'),
      }),
    )
    expect(backend.served).toEqual(['ft:fake:model', 'gpt-4.1-mini-2025-04-14'])
    expect(backend.released).toEqual(['ft:fake:model', 'gpt-4.1-mini-2025-04-14'])
    expect(new Set(backend.chats.map(c => c.model))).toEqual(
      new Set(['served/ft:fake:model', 'served/gpt-4.1-mini-2025-04-14']),
    )
    expect(backend.chats[0].sampling).toEqual({ temperature: 0, seed: 0, maxTokens: 1024 })
    expect(outputs['eval-results']).toBe(JSON.stringify({ 'ft:fake:model': 0, 'gpt-4.1-mini-2025-04-14': 0 }))
  })

  test('a grader file that is not JSON stops the run before anything is uploaded', async () => {
    const grader = path.join(tmp, 'grader.json')
    writeFileSync(grader, '{"type": "string_check",')
    await expect(train(settingsFor({ 'grader-file': grader }))).rejects.toThrow(
      /^grader-file: .*grader\.json is not valid JSON: /,
    )
    expect(backend.uploads).toHaveLength(0)
  })
})
