import type { TrainingJob } from '../../src/backend/backend.js'
import { toTrainingJob } from '../../src/backend/together/jobs.js'
import { trainingMarkdown, type TrainingView } from '../../src/report/training.js'

const view = (job: TrainingJob, actualCostUsd: number | null, outcome: TrainingView['outcome'] = 'finished') =>
  trainingMarkdown({ job, outcome, actualCostUsd, metrics: [], checkpoints: [], attached: false })

const openaiJob: TrainingJob = {
  id: 'ftjob-1',
  status: 'succeeded',
  baseModel: 'gpt-4o-mini-2024-07-18',
  fineTunedModel: 'ft:gpt-4o-mini-2024-07-18:acme::abc',
  method: 'supervised',
  trainingFile: 'file-1',
  validationFile: null,
  hyperparameters: { n_epochs: 3 },
  trainedTokens: 120_000,
  estimatedFinish: null,
  finishedAt: 1_767_225_600,
  error: null,
}

describe('the training summary speaks each provider’s words', () => {
  test('OpenAI: its status, and a cost computed from the trained tokens', () => {
    const md = view(openaiJob, 0.36)
    expect(md.split('\n')[0]).toBe('### ✅ Fine-tuning job <code>ftjob-1</code>: succeeded')
    expect(md).toContain('| cost | $0.36 (trained tokens × price) |')
  })

  test('Together: its own word (completed) and the price it billed, labelled as billed', () => {
    // Through the backend's own mapping of a Together job, so the summary sees what a run sees.
    const job = toTrainingJob({
      id: 'ft-7f3a',
      status: 'completed',
      model: 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
      model_output_name: 'acme/Meta-Llama-3.1-8B-Instruct-Reference-harbor',
      token_count: 250_000,
      total_price: 1.25,
      updated_at: '2026-12-01T10:00:00Z',
    })
    const md = view(job, job.billedUsd ?? null)
    expect(md.split('\n')[0]).toBe('### ✅ Fine-tuning job <code>ft-7f3a</code>: completed')
    expect(md).not.toContain('succeeded')
    expect(md).toContain("| cost | $1.25 (billed by the provider: the job's total price) |")
    expect(md).not.toContain('trained tokens × price')
  })

  test('Together, still running when the wait stops: the provider’s word, escaped, in the heading and the advice', () => {
    const job = toTrainingJob({ id: 'ft-8', status: 'cancel_requested', model: 'm' })
    const md = view(job, null, 'timed-out')
    expect(md.split('\n')[0]).toBe('### ⏳ Fine-tuning job <code>ft-8</code>: cancel\\_requested')
    expect(md).toContain('**The job is still cancel\\_requested.**')
    expect(md).not.toContain('| cost |')
  })
})
