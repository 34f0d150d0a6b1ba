import { log, outputs } from '../fixtures/core.js'
import { createBackend, evaluate, harness, resetHarness, settingsFor } from '../fixtures/modes.js'

beforeEach(resetHarness)

describe('evaluate mode', () => {
  test("job-id's fine-tune against its base model, through the backend", async () => {
    const job = await harness.backend.createJobOnce({
      key: 'k',
      baseModel: 'gpt-4o-mini-2024-07-18',
      method: 'supervised',
      trainingFileId: 'file-1',
      hyperparameters: {},
      labels: {},
    })
    harness.backend.script = [{ status: 'succeeded', fineTunedModel: 'ft:gpt-4o-mini:acme::x1' }]
    harness.backend.answer = model =>
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
    expect(harness.backend.served).toEqual(['ft:gpt-4o-mini:acme::x1', 'gpt-4o-mini-2024-07-18'])
    const results = JSON.parse(outputs['eval-results']) as Record<string, number>
    expect(Object.keys(results)).toEqual(['ft:gpt-4o-mini:acme::x1', 'gpt-4o-mini-2024-07-18'])
    expect(results['ft:gpt-4o-mini:acme::x1']).toBeGreaterThan(results['gpt-4o-mini-2024-07-18'])
    expect(log.some(l => l.startsWith('against gpt-4o-mini-2024-07-18: '))).toBe(true)
  })

  test('a comparison model that cannot be served still releases the model served before it', async () => {
    const serve = harness.backend.serve.bind(harness.backend)
    harness.backend.serve = async (model: string) => {
      if (model === 'gpt-4o') throw new Error('provisioning failed')
      return serve(model)
    }
    await expect(
      evaluate(
        settingsFor({
          mode: 'evaluate',
          'openai-api-key': 'sk-x',
          'eval-model': 'ft:gpt-4o-mini:acme::x1',
          'eval-file': 'examples/support-bot/eval.jsonl',
          'eval-compare-models': 'gpt-4o',
        }),
      ),
    ).rejects.toThrow('provisioning failed')
    expect(harness.backend.served).toEqual(['ft:gpt-4o-mini:acme::x1'])
    expect(harness.backend.released).toEqual(['ft:gpt-4o-mini:acme::x1'])
  })

  test('needs a key and an eval file', async () => {
    await expect(evaluate(settingsFor({ mode: 'evaluate', 'eval-file': 'x' }))).rejects.toThrow(
      "mode 'evaluate' needs api-key (or openai-api-key)",
    )
    await expect(evaluate(settingsFor({ mode: 'evaluate', 'openai-api-key': 'k' }))).rejects.toThrow(
      "mode 'evaluate' needs eval-file",
    )
    expect(createBackend).not.toHaveBeenCalled()
  })
})
