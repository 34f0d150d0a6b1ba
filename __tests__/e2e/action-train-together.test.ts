import { AcceleratedClock } from '../../testing/openai/index.js'
import {
  startTogetherSimulator,
  type TogetherSimulator,
  type TogetherSimulatorOptions,
} from '../../testing/together/index.js'
import { runAction, signalWhen, type RunOptions } from '../helpers/run-action.js'

const KEY = 'together-test-secret-0123456789abcdef'
const MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'
let sim: TogetherSimulator

async function simulator(options: TogetherSimulatorOptions = {}) {
  sim = await startTogetherSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 200 }),
    schedule: {
      pendingSeconds: 10,
      queuedSeconds: 20,
      runningSeconds: 200,
      compressingSeconds: 10,
      uploadingSeconds: 10,
    },
    fileProcessingSeconds: 5,
    ...options,
  })
  return sim
}
afterEach(async () => {
  await sim?.stop()
})

function runTrain(inputs: Record<string, string> = {}, extra: Partial<RunOptions> = {}) {
  return runAction({
    eventName: 'push',
    inputs: {
      backend: 'together',
      'api-key': KEY,
      'base-url': sim.url,
      model: MODEL,
      'training-file': 'examples/support-bot/train.jsonl',
      'validation-file': 'examples/support-bot/validation.jsonl',
      'poll-interval': '1',
      'github-token': '',
      ...inputs,
    },
    env: { GITHUB_SHA: 'e'.repeat(40), GITHUB_RUN_ID: '4242', GITHUB_REPOSITORY: 'acme/support-bot' },
    ...extra,
  })
}

const RECIPE = { 'n-epochs': '2', 'learning-rate': '0.00002', 'batch-size': '8', 'lora-rank': '16', suffix: 'harbor' }

describe('train mode: dist/index.js against the local Together AI simulator', () => {
  test('uploads once, creates one job with the recipe asked for, follows it to the end and evaluates it against its base', async () => {
    await simulator({ chat: ({ model }) => (model.includes('-harbor-') ? 'Yes, duties may apply.' : 'No idea.') })
    const run = await runTrain({
      ...RECIPE,
      'eval-file': 'examples/support-bot/eval.jsonl',
      'eval-compare-models': 'base',
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(sim.requests.count('POST /files')).toBe(2)
    expect(sim.requests.count('PUT /upload/*')).toBe(2)
    expect(sim.requests.count('POST /fine-tunes')).toBe(1)
    const [trainingId, validationId] = [...sim.files.keys()]
    expect(sim.files.get(trainingId)!.response.filename).toMatch(/^train-[0-9a-f]{12}\.jsonl$/)
    const body = sim.requests.last('POST /fine-tunes')!.body as Record<string, unknown>
    expect(body).toEqual({
      model: MODEL,
      training_file: trainingId,
      validation_file: validationId,
      n_evals: 10,
      n_epochs: 2,
      learning_rate: 0.00002,
      batch_size: 8,
      training_method: { method: 'sft', train_on_inputs: 'auto' },
      training_type: { type: 'Lora', lora_r: 16, lora_alpha: 32 },
      suffix: expect.stringMatching(/^harbor-fta[0-9a-f]{12}$/),
    })
    const estimate = sim.requests.last('POST /fine-tunes/estimate-price')!
    expect(estimate.seq).toBeLessThan(sim.requests.last('POST /fine-tunes')!.seq)
    const job = sim.jobResponse([...sim.jobs.values()][0])
    expect(run.outputs).toMatchObject({
      'job-id': job.id,
      'job-status': 'completed',
      'model-id': job.model_output_name,
      'training-file-id': trainingId,
      'validation-file-id': validationId,
      'trained-tokens': String(job.token_count),
      'actual-cost': String(job.total_price),
    })
    expect(job.total_price).toBeGreaterThan(0)
    expect(run.stdout).toContain('Together AI estimates this job at $')
    // Together's events, each printed once.
    expect(run.stdout.split('\n').filter(l => l.includes('Fine tune request created'))).toHaveLength(1)
    expect(run.stdout).toContain('Estimated finish:')
    const results = JSON.parse(run.outputs['eval-results']) as Record<string, number>
    expect(results).toEqual({ [job.model_output_name!]: expect.any(Number), [MODEL]: 0 })
    expect(results[job.model_output_name!]).toBeGreaterThan(0)
    // The key appears once, in the ::add-mask:: command the runner consumes; nowhere else.
    expect(run.stdout.split('\n').filter(l => l.includes(KEY))).toEqual([`::add-mask::${KEY}`])
    expect(run.summary + JSON.stringify(run.outputs)).not.toContain(KEY)

    // The same commit again: the job is found by its key, nothing is uploaded or created.
    const again = await runTrain({ ...RECIPE, wait: 'false' })
    expect(again.code).toBe(0)
    expect(again.outputs['job-id']).toBe(job.id)
    expect(sim.requests.count('POST /files')).toBe(2)
    expect(sim.requests.count('POST /fine-tunes')).toBe(1)
  }, 60_000)

  test('a create whose response is lost is looked for before any retry: still one job', async () => {
    await simulator()
    sim.faults.inject('POST /fine-tunes', { kind: 'drop_response' })
    sim.faults.inject('PUT /upload/*', { kind: 'server_error', status: 503 })
    const run = await runTrain({ ...RECIPE, wait: 'false' })
    expect(run.code).toBe(0)
    expect(sim.requests.count('POST /fine-tunes')).toBe(1)
    expect(sim.jobs.size).toBe(1)
    expect(sim.files.size).toBe(2)
    expect(run.stdout).toContain('had taken effect after all')
    expect(run.outputs['job-id']).toBe([...sim.jobs.keys()][0])
  }, 60_000)

  test('a file Together keeps checking fails the run at timeout-minutes, naming file, status, wait and limit; a re-run uploads nothing again', async () => {
    await simulator({ fileProcessingSeconds: 1e12 })
    const started = Date.now()
    const run = await runTrain({ ...RECIPE, 'timeout-minutes': '0.05' })
    expect(Date.now() - started).toBeLessThan(20_000)
    expect(run.code).toBe(1)
    const message = run.commands.at(-1)!.message
    const [, file, waited] =
      /^(train-[0-9a-f]{12}\.jsonl \(file-[\w-]+\)) is still PENDING after (\d+\.\d) s: /.exec(message) ?? []
    expect(message).toBe(
      `${file} is still PENDING after ${waited} s: stopped waiting for the server to process it, as timeout-minutes (0.05) ran out. It stays on the server; the next run uses it instead of uploading it again.`,
    )
    expect(Number(waited)).toBeLessThanOrEqual(3.1)
    expect(sim.requests.count('POST /files')).toBe(1)

    const again = await runTrain({ ...RECIPE, 'timeout-minutes': '0.05' })
    expect(again.stdout).toMatch(/train-[0-9a-f]{12}\.jsonl is already on the server as \S+: not uploading it again\./)
    expect(again.commands.at(-1)!.message).toMatch(/is still PENDING after .* as timeout-minutes \(0\.05\) ran out\./)
    expect(sim.requests.count('POST /files')).toBe(1)
    expect(sim.requests.count('POST /fine-tunes')).toBe(0)
  }, 60_000)

  test('a SIGTERM while Together checks a file ends the run at once; the next run reuses the upload and creates one job', async () => {
    await simulator({ fileProcessingSeconds: 1e12 })
    const cancel = signalWhen(() => sim.files.size === 1)
    const killed = await runTrain(RECIPE, { onChild: cancel.onChild })
    expect(Date.now() - cancel.sentAt()).toBeLessThan(2000)
    expect(killed.code).toBe(1)
    expect(killed.stdout).toMatch(/Received SIGTERM: the run is being cancelled\./)
    expect(killed.commands.at(-1)!.message).toMatch(
      /^train-[0-9a-f]{12}\.jsonl \(file-[\w-]+\) is still PENDING after \d+\.\d s: stopped waiting for the server to process it, as the run was cancelled \(SIGTERM\)\./,
    )
    expect(sim.requests.count('POST /files')).toBe(1)
    expect(sim.requests.count('POST /fine-tunes')).toBe(0)

    // Together gets through the file; the next run (without a validation file, which it would keep checking)
    // trains on the same upload.
    for (const f of sim.files.values()) f.uploadedAt = -1e12
    const again = await runTrain({ ...RECIPE, 'validation-file': '', wait: 'false' })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/train-[0-9a-f]{12}\.jsonl is already on the server/)
    expect(sim.requests.count('POST /files')).toBe(1)
    expect(sim.requests.count('POST /fine-tunes')).toBe(1)
    expect(sim.requests.last('POST /fine-tunes')!.body).toMatchObject({ training_file: [...sim.files.keys()][0] })
  }, 60_000)

  test("Together's estimate gates max-cost: nothing is created above it", async () => {
    await simulator({ pricePerMillion: 5 })
    const run = await runTrain({ ...RECIPE, 'max-cost': '0.001' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::Refusing to train: Together AI estimates the job at \$0\.0\d+, over max-cost \$0\.001/,
    )
    expect(sim.requests.count('POST /fine-tunes')).toBe(0)
  }, 60_000)

  test('a failed job fails the step with its error event, and job-status is Together\u2019s word', async () => {
    await simulator({ failJobs: () => 'Training data has 3 examples longer than the maximum sequence length' })
    const run = await runTrain({ 'training-type': 'full' })
    expect(run.code).toBe(1)
    expect(run.outputs['job-status']).toBe('error')
    expect(run.stdout).toContain(
      'failed: job_error: Training data has 3 examples longer than the maximum sequence length',
    )
    expect(sim.requests.last('POST /fine-tunes')!.body).toMatchObject({ training_type: { type: 'Full' } })
  }, 60_000)

  test('a full fine-tune without a dedicated endpoint is said so plainly, not scored 0%', async () => {
    await simulator()
    const run = await runTrain({ 'training-type': 'full', 'eval-file': 'examples/support-bot/eval.jsonl' })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/::error::Together AI does not serve \S+ without a dedicated endpoint/)
    expect(run.stdout).toContain('eval-model')
    expect(run.outputs['eval-pass-rate']).toBeUndefined()
  }, 60_000)

  test("OpenAI's knobs are refused on Together, and Together's on OpenAI", async () => {
    await simulator()
    const wrong = await runTrain({ 'learning-rate-multiplier': '2' })
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain("Input 'learning-rate-multiplier' is OpenAI's")
    const onOpenAI = await runTrain({ backend: 'openai', 'lora-rank': '8' })
    expect(onOpenAI.code).toBe(1)
    expect(onOpenAI.stdout).toContain("Input 'lora-rank' is Together AI's, and the backend here is openai")
    expect(sim.requests.all).toHaveLength(0)
  }, 60_000)
})
