import { jest } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TERMINAL_STATUSES } from '../../src/backend/backend.js'
import { FakeBackend } from '../fixtures/backend.js'
import { core, log, outputs, resetCore } from '../fixtures/core.js'

let backend = new FakeBackend()
const createBackend = jest.fn(() => backend)
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../../src/backend/index.js', () => ({
  createBackend,
  isOpenAIConnection: () => false,
  TERMINAL_STATUSES,
}))
const { evaluate } = await import('../../src/modes/evaluate.js')
const { parseSettings } = await import('../../src/settings.js')

let tmp: string
const settingsFor = (inputs: Record<string, string>, event = 'pull_request') =>
  parseSettings(
    name =>
      ({
        'training-file': 'examples/support-bot/train.jsonl',
        'github-token': '',
        'report-file': path.join(tmp, 'report.json'),
        'eval-report-file': path.join(tmp, 'eval.json'),
        ...inputs,
      })[name] ?? '',
    event,
  )

beforeEach(() => {
  backend = new FakeBackend()
  createBackend.mockClear()
  resetCore()
  tmp = mkdtempSync(path.join(os.tmpdir(), 'modes-'))
})

describe('evaluate mode', () => {
  test("job-id's fine-tune against its base model, through the backend", async () => {
    const job = await backend.createJobOnce({
      key: 'k',
      baseModel: 'gpt-4o-mini-2024-07-18',
      method: 'supervised',
      trainingFileId: 'file-1',
      hyperparameters: {},
      labels: {},
    })
    backend.script = [{ status: 'succeeded', fineTunedModel: 'ft:gpt-4o-mini:acme::x1' }]
    backend.answer = model =>
      model.includes('ft:') ? 'Yes, we ship to Canada; duties apply. refunds@lighthouse.example' : 'No.'
    await evaluate(
      settingsFor(
        {
          mode: 'evaluate',
          'openai-api-key': 'sk-x',
          'job-id': job.id,
          'eval-file': 'examples/support-bot/eval.jsonl',
          'eval-compare-models': 'base',
        },
        'schedule',
      ),
    )
    expect(backend.served).toEqual(['ft:gpt-4o-mini:acme::x1', 'gpt-4o-mini-2024-07-18'])
    const results = JSON.parse(outputs['eval-results']) as Record<string, number>
    expect(Object.keys(results)).toEqual(['ft:gpt-4o-mini:acme::x1', 'gpt-4o-mini-2024-07-18'])
    expect(results['ft:gpt-4o-mini:acme::x1']).toBeGreaterThan(results['gpt-4o-mini-2024-07-18'])
    expect(log.some(l => l.startsWith('against gpt-4o-mini-2024-07-18: '))).toBe(true)
  })

  test('needs a key and an eval file', async () => {
    await expect(evaluate(settingsFor({ mode: 'evaluate', 'eval-file': 'x' }))).rejects.toThrow(
      "mode 'evaluate' needs openai-api-key",
    )
    await expect(evaluate(settingsFor({ mode: 'evaluate', 'openai-api-key': 'k' }))).rejects.toThrow(
      "mode 'evaluate' needs eval-file",
    )
    expect(createBackend).not.toHaveBeenCalled()
  })
})
