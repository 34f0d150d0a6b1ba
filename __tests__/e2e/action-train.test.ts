import type { ChildProcess } from 'node:child_process'
import { cpSync, readFileSync } from 'node:fs'
import {
  AcceleratedClock,
  DEFAULT_MODELS,
  ManualClock,
  startSimulator,
  type Simulator,
} from '../../testing/openai/index.js'
import { startGitHubServer } from '../../testing/github/index.js'
import { chatExamples, tempDir, writeJsonl } from '../helpers/files.js'
import { DATASETS_DIR, REFERENCE_DIR } from '../helpers/reference.js'
import { ROOT, runAction, signalWhen, type RunOptions } from '../helpers/run-action.js'

const KEY = 'sk-test-secret-key-0123456789abcdef'
const SHA = 'e'.repeat(40)
let sim: Simulator

async function simulator(options: Parameters<typeof startSimulator>[0] = {}) {
  sim = await startSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 200 }),
    schedule: { validatingSeconds: 20, queuedSeconds: 20, runningSeconds: 200 },
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
      'training-file': 'examples/support-bot/train.jsonl',
      'validation-file': 'examples/support-bot/validation.jsonl',
      'openai-api-key': KEY,
      'openai-base-url': sim.url,
      'poll-interval': '1',
      'github-token': '',
      ...inputs,
    },
    env: { GITHUB_SHA: SHA, GITHUB_RUN_ID: '4242', GITHUB_REPOSITORY: 'acme/support-bot' },
    ...extra,
  })
}

/** The key may appear once, in the ::add-mask:: command the runner consumes (it never reaches the log); nowhere else. */
/** Cancels the run as a runner does (a signal to the process) once the job exists and is being waited on. */
function signalOnceJobExists(signal: NodeJS.Signals) {
  return (child: ChildProcess) => {
    const timer = setInterval(() => {
      if (sim.state.counters.jobsCreated === 1) {
        clearInterval(timer)
        setTimeout(() => child.kill(signal), 300)
      }
    }, 50)
  }
}

function expectNoSecret(run: { stdout: string; stderr: string; summary: string; outputs: Record<string, string> }) {
  expect(run.stdout.split('\n').filter(l => l.includes(KEY))).toEqual([`::add-mask::${KEY}`])
  for (const text of [run.stderr, run.summary, JSON.stringify(run.outputs)]) expect(text).not.toContain(KEY)
}

describe('train mode: dist/index.js against the local OpenAI-compatible simulator', () => {
  test('uploads once, creates one job with the method and metadata, waits, and hands over the model', async () => {
    await simulator()
    const run = await runTrain({ 'n-epochs': '2', suffix: 'harbor', seed: '7' })
    expect(run.code).toBe(0)
    expect(sim.state.counters).toMatchObject({ filesCreated: 2, jobsCreated: 1 })
    const create = sim.requests.last('POST /fine_tuning/jobs')!
    expect(create.body).toMatchObject({
      model: 'gpt-4.1-mini-2025-04-14',
      suffix: 'harbor',
      seed: 7,
      method: { type: 'supervised', supervised: { hyperparameters: { n_epochs: 2 } } },
      metadata: {
        repository: 'acme/support-bot',
        commit: SHA,
        workflow_run: 'https://github.com/acme/support-bot/actions/runs/4242',
        fine_tune_action_key: expect.stringMatching(/^[0-9a-f]{32}$/),
      },
    })
    expect(create.body).not.toHaveProperty('hyperparameters')
    const uploads = sim.requests
      .matching('POST /files')
      .map(r => (r.body as { file?: { filename?: string } }).file?.filename ?? '')
    expect(uploads).toEqual([
      expect.stringMatching(/^train-[0-9a-f]{12}\.jsonl$/),
      expect.stringMatching(/^validation-[0-9a-f]{12}\.jsonl$/),
    ])
    expect(run.outputs).toMatchObject({
      'job-status': 'succeeded',
      'model-id': expect.stringMatching(/^ft:gpt-4\.1-mini-2025-04-14:[^:]+:harbor:/),
      'job-id': expect.stringMatching(/^ftjob-/),
      'training-file-id': expect.stringMatching(/^file-/),
      'validation-file-id': expect.stringMatching(/^file-/),
      'trained-tokens': expect.stringMatching(/^\d+$/),
      valid: 'true',
      examples: '12',
    })
    expect(Number(run.outputs['actual-cost'])).toBeCloseTo((Number(run.outputs['trained-tokens']) * 5) / 1e6, 4)
    expect(run.stdout).toMatch(/step \d+\/\d+ · train loss \d\.\d{4}/)
    expect(run.summary).toContain('```mermaid\nxychart-beta')
    expect(run.summary).toMatch(/\| checkpoint step \| model \| train loss \| valid loss \|/)
    expect(sim.contractViolations).toEqual([])
    expectNoSecret(run)
  })

  test('a re-run with the same data and recipe uploads nothing and creates no job: it follows the first one', async () => {
    await simulator()
    const first = await runTrain()
    const second = await runTrain()
    expect(second.code).toBe(0)
    expect(sim.state.counters).toMatchObject({ filesCreated: 2, jobsCreated: 1 })
    expect(second.outputs['job-id']).toBe(first.outputs['job-id'])
    expect(second.outputs['model-id']).toBe(first.outputs['model-id'])
    expect(second.stdout).toContain('already trains this data with this recipe')
    const forced = await runTrain({ force: 'true' })
    expect(forced.code).toBe(0)
    expect(sim.state.counters).toMatchObject({ filesCreated: 2, jobsCreated: 2 })
  })

  test.each([
    ['a 429 with retry-after', { kind: 'rate_limit', retryAfterSeconds: 1 }],
    ['a 500', { kind: 'server_error' }],
    ['a connection reset', { kind: 'reset' }],
    ['a timeout that ends in a reset', { kind: 'timeout', ms: 1500, then: 'reset' }],
    ['a lost response (the call took effect)', { kind: 'drop_response' }],
  ] as const)('%s at every call still ends with one upload per file and one job', async (_name, fault) => {
    await simulator()
    const patterns = [
      'POST /files',
      'GET /files',
      'POST /fine_tuning/jobs',
      'GET /fine_tuning/jobs',
      'GET /fine_tuning/jobs/*',
      'GET /fine_tuning/jobs/*/events',
    ]
    const injected = patterns.map(pattern => sim.faults.inject(pattern, fault as never, 1))
    const run = await runTrain()
    expect([run.code, run.commands.filter(c => c.command === 'error').map(c => c.message)]).toEqual([0, []])
    expect(sim.state.counters).toMatchObject({ filesCreated: 2, jobsCreated: 1 })
    expect(run.outputs['job-status']).toBe('succeeded')
    // Every call met its fault once: the run got through each of them.
    expect(injected.map(f => f.hits)).toEqual(patterns.map(() => 1))
    expectNoSecret(run)
  })

  test('a failed job fails the step with its error code, message and parameter', async () => {
    await simulator({
      schedule: {
        validatingSeconds: 20,
        queuedSeconds: 20,
        runningSeconds: 200,
        failure: {
          phase: 'running',
          atFraction: 0.5,
          code: 'invalid_training_file',
          message: 'Line 3 has too many tokens.',
          param: 'training_file',
        },
      },
    })
    const run = await runTrain()
    expect(run.code).toBe(1)
    expect(run.outputs['job-status']).toBe('failed')
    expect(run.commands.at(-1)!.message).toMatch(
      /^Fine-tuning job ftjob-\S+ failed: invalid_training_file: Line 3 has too many tokens\. \(parameter: training_file\)$/,
    )
    expect(run.summary).toContain('**Error** <code>invalid\\_training\\_file</code>: Line 3 has too many tokens.')
  })

  test('a run killed while waiting leaves the job running, and the next run follows the same job', async () => {
    await simulator({ clock: new AcceleratedClock({ factor: 20 }) })
    const killed = await runTrain({}, { onChild: signalOnceJobExists('SIGTERM') })
    expect(killed.code).toBe(1)
    expect(killed.stdout).toMatch(/Received SIGTERM/)
    expect(killed.outputs['job-id']).toMatch(/^ftjob-/)
    expect(killed.commands.at(-1)!.message).toMatch(/keeps running: follow it later with job-id: ftjob-/)
    expect(sim.state.counters.jobsCancelled ?? 0).toBe(0)
    const again = await runTrain()
    expect(again.code).toBe(0)
    expect(again.outputs['job-id']).toBe(killed.outputs['job-id'])
    expect(sim.state.counters).toMatchObject({ filesCreated: 2, jobsCreated: 1 })
  })

  test('cancel-on-abort cancels the job when the run is cancelled', async () => {
    await simulator({ clock: new AcceleratedClock({ factor: 20 }) })
    const run = await runTrain({ 'cancel-on-abort': 'true' }, { onChild: signalOnceJobExists('SIGINT') })
    expect(run.code).toBe(1)
    expect(sim.state.counters.jobsCancelled).toBe(1)
    expect(run.commands.at(-1)!.message).toMatch(/was cancelled too \(cancel-on-abort\)/)
  })

  test('a file the server keeps processing fails the run at timeout-minutes, naming file, status, wait and limit; a re-run uploads nothing again', async () => {
    await simulator({ fileProcessingSeconds: 1e12 })
    const started = Date.now()
    const run = await runTrain({ 'timeout-minutes': '0.05' })
    const took = Date.now() - started
    expect(run.code).toBe(1)
    const message = run.commands.at(-1)!.message
    const [, file, waited] =
      /^(train-[0-9a-f]{12}\.jsonl \(file-\w+\)) is still uploaded after (\d+\.\d) s: /.exec(message) ?? []
    expect(message).toBe(
      `${file} is still uploaded after ${waited} s: stopped waiting for the server to process it, as timeout-minutes (0.05) ran out. It stays on the server; the next run uses it instead of uploading it again.`,
    )
    // 3 seconds from the start of the upload, not the 30 minutes the wait once had of its own.
    expect(Number(waited)).toBeLessThanOrEqual(3.1)
    expect(took).toBeLessThan(20_000)
    expect(sim.state.counters).toMatchObject({ filesCreated: 1, jobsCreated: 0 })

    const again = await runTrain({ 'timeout-minutes': '0.05' })
    expect(again.stdout).toMatch(
      /train-[0-9a-f]{12}\.jsonl is already on the server as file-\w+: not uploading it again\./,
    )
    expect(again.commands.at(-1)!.message).toMatch(/as timeout-minutes \(0\.05\) ran out\./)
    expect(sim.state.counters).toMatchObject({ filesCreated: 1, jobsCreated: 0 })
  })

  test('a SIGTERM while a file is being processed ends the run at once; the next run reuses the upload and creates one job', async () => {
    await simulator({ fileProcessingSeconds: 1e12 })
    const cancel = signalWhen(() => sim.state.counters.filesCreated === 1)
    const killed = await runTrain({}, { onChild: cancel.onChild })
    const afterSignal = Date.now() - cancel.sentAt()
    expect(killed.code).toBe(1)
    expect(killed.stdout).toMatch(/Received SIGTERM: the run is being cancelled\./)
    expect(killed.commands.at(-1)!.message).toMatch(
      /^train-[0-9a-f]{12}\.jsonl \(file-\w+\) is still uploaded after \d+\.\d s: stopped waiting for the server to process it, as the run was cancelled \(SIGTERM\)\. It stays on the server;/,
    )
    expect(afterSignal).toBeLessThan(2000)
    expect(sim.state.counters).toMatchObject({ filesCreated: 1, jobsCreated: 0 })

    // The server gets through the file; the next run (without a validation file, which it would keep processing)
    // trains on the same upload.
    for (const file of sim.state.files.all()) file.readyAt = 0
    const again = await runTrain({ 'validation-file': '' })
    expect(again.code).toBe(0)
    expect(again.stdout).toMatch(/train-[0-9a-f]{12}\.jsonl is already on the server/)
    expect(sim.state.counters).toMatchObject({ filesCreated: 1, jobsCreated: 1 })
    expect(sim.requests.last('POST /fine_tuning/jobs')!.body).toMatchObject({
      training_file: sim.state.files.all()[0].id,
    })
  })

  test('wait: false returns once the job exists; job-id follows it later without the data; timeout-minutes stops waiting', async () => {
    await simulator({ clock: new AcceleratedClock({ factor: 5 }) })
    const started = await runTrain({ wait: 'false' })
    expect(started.code).toBe(0)
    expect(started.outputs['job-status']).toBe('validating_files')
    const jobId = started.outputs['job-id']
    const timedOut = await runTrain({ 'job-id': jobId, 'training-file': '', 'timeout-minutes': '0.03' })
    expect(timedOut.code).toBe(1)
    expect(timedOut.commands.at(-1)!.message).toBe(
      `Stopped waiting after 0.03 minutes (timeout-minutes); job ${jobId} is still ${timedOut.outputs['job-status']}. Follow it later with job-id: ${jobId}.`,
    )
    expect(timedOut.summary).toContain(`follow it later with \`job-id: ${jobId}\``)
    expect(sim.state.counters.jobsCreated).toBe(1)
  })

  test('refuses to spend on data with errors, over budget, or without a key: nothing is uploaded', async () => {
    await simulator()
    const bad = await runTrain(
      { 'training-file': 'cookbook-toy-chat.jsonl', 'validation-file': '', model: 'gpt-3.5-turbo-0613' },
      { workspace: DATASETS_DIR },
    )
    expect(bad.code).toBe(1)
    expect(bad.commands.at(-1)!.message).toBe(
      'Refusing to train: the data has 1 error (see the annotations). Nothing was uploaded.',
    )
    const ws = tempDir()
    writeJsonl(ws, 'train.jsonl', chatExamples(20))
    const budget = await runTrain(
      { 'training-file': 'train.jsonl', 'validation-file': '', 'max-cost': '0.00001' },
      { workspace: ws },
    )
    expect(budget.commands.at(-1)!.message).toMatch(
      /^Refusing to train: the estimated cost \$[\d.]+ is over max-cost \$0\.00001\. Nothing was uploaded\.$/,
    )
    const noKey = await runTrain({ 'openai-api-key': '' })
    expect(noKey.commands.at(-1)!.message).toMatch(/^mode 'train' needs api-key \(or openai-api-key\)/)
    expect(sim.requests.count('POST /files')).toBe(0)
    expect(sim.requests.count('POST /fine_tuning/jobs')).toBe(0)
  })

  test('the OpenAI SDK sends organization and project headers', async () => {
    await simulator()
    await runTrain({ 'openai-organization': 'org-acme', 'openai-project': 'proj_bot', wait: 'false' })
    const headers = sim.requests.last('POST /fine_tuning/jobs')!.headers
    expect(headers['openai-organization']).toBe('org-acme')
    expect(headers['openai-project']).toBe('proj_bot')
    expect(JSON.stringify(sim.requests.all.map(r => r.headers))).not.toContain(KEY)
  })
})

test('the reference OpenAPI copy in the repository is the shared one', () => {
  const shared = readFileSync(new URL('openai-fine-tuning-api.openapi-subset.json', REFERENCE_DIR), 'utf8')
  const ours = readFileSync(`${ROOT}reference/openai-fine-tuning-api.openapi-subset.json`, 'utf8')
  expect(ours).toBe(shared)
})

test('after training, the eval set runs on the new model and on its base; the gate fails the step after the summary', async () => {
  sim = await startSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 300 }),
    schedule: { validatingSeconds: 10, queuedSeconds: 10, runningSeconds: 100 },
    // The fine-tune answers with the shop's refund rule; the base model does not know it.
    chat: ({ model }) =>
      model.startsWith('ft:') ? 'Please write to refunds@lighthouse.example.' : 'We will refund you right away!',
  })
  // On a runner the eval files must be in the workspace: one with the examples and the eval sets.
  const ws = tempDir()
  cpSync(`${ROOT}examples`, `${ws}/examples`, { recursive: true })
  const evalFile = writeJsonl(ws, 'eval.jsonl', [
    {
      id: 'refund-1',
      messages: [{ role: 'user', content: 'I want a refund.' }],
      checks: [
        { type: 'contains', value: 'refunds@lighthouse.example' },
        { type: 'not-icontains', value: 'refund you' },
      ],
    },
    {
      id: 'refund-2',
      messages: [{ role: 'user', content: 'Money back please' }],
      checks: [{ type: 'regex', value: '/refunds@\\w+/' }],
    },
  ])
  const run = await runTrain(
    { 'eval-file': evalFile, 'eval-compare-models': 'base', 'eval-min-pass-rate': '1', 'eval-max-regressions': '0' },
    { workspace: ws },
  )
  expect(run.code).toBe(0)
  expect(JSON.parse(run.outputs['eval-results'])).toEqual({
    [run.outputs['model-id']]: 1,
    'gpt-4.1-mini-2025-04-14': 0,
  })
  expect(run.outputs['eval-passed']).toBe('true')
  expect(run.summary).toMatch(
    /### ✅ Evaluation of <code>ft:gpt-4\.1-mini-2025-04-14:\S+<\/code>: 100\.0% of 2 cases pass/,
  )

  // A stricter eval set that the fine-tune half fails: the job succeeded, the model is handed over, the gate fails last.
  const strict = writeJsonl(ws, 'strict.jsonl', [
    {
      id: 'refund-1',
      messages: [{ role: 'user', content: 'I want a refund.' }],
      checks: [{ type: 'contains', value: 'refunds@lighthouse.example' }],
    },
    {
      id: 'tone-1',
      messages: [{ role: 'user', content: 'Thanks!' }],
      checks: [{ type: 'starts-with', value: "You're welcome" }],
    },
  ])
  const gated = await runTrain(
    { 'eval-file': strict, 'eval-compare-models': 'base', 'eval-min-pass-rate': '1' },
    { workspace: ws },
  )
  expect(gated.code).toBe(1)
  expect(sim.state.counters.jobsCreated).toBe(1)
  expect(gated.outputs).toMatchObject({
    'job-status': 'succeeded',
    'model-id': run.outputs['model-id'],
    'eval-pass-rate': '0.5',
    'eval-passed': 'false',
  })
  expect(gated.summary).toMatch(/### ❌ Evaluation of/)
  expect(gated.commands.at(-1)!.message).toBe(
    `Evaluation gate failed for ${run.outputs['model-id']}: pass rate 50.0% is below eval-min-pass-rate 100.0%.`,
  )
})

test("the server's shutdown_date wins over the built-in table", async () => {
  sim = await startSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 500 }),
    shutdownDates: { 'gpt-4.1-mini-2025-04-14': '2026-12-24' },
  })
  const run = await runAction({
    eventName: 'push',
    inputs: {
      'training-file': 'examples/support-bot/train.jsonl',
      'openai-api-key': KEY,
      'openai-base-url': sim.url,
      wait: 'false',
      'github-token': '',
    },
  })
  expect(run.code).toBe(0)
  const notices = run.commands.filter(c => c.props.title === 'Model retirement').map(c => c.message)
  expect(notices[0]).toMatch(/^gpt-4\.1-mini-2025-04-14 shuts down on 2026-12-24 \(in \d+ days\)/)
  // Not OpenAI itself: OpenAI's end of new jobs does not concern this backend.
  expect(notices).toHaveLength(1)
  // Validation sends nothing to the backend, even with a key, unless check-model-retirement asks it to.
  const validateInputs = {
    mode: 'validate',
    'training-file': 'examples/support-bot/train.jsonl',
    'openai-api-key': KEY,
    'openai-base-url': sim.url,
    'github-token': '',
  }
  const before = sim.requests.all.length
  const silent = await runAction({ eventName: 'pull_request', inputs: validateInputs })
  expect(silent.code).toBe(0)
  expect(sim.requests.all.length).toBe(before)
  const validate = await runAction({
    eventName: 'pull_request',
    inputs: { ...validateInputs, 'check-model-retirement': 'true' },
  })
  expect(validate.code).toBe(0)
  expect(sim.requests.all.slice(before).map(r => `${r.method} ${r.path}`)).toEqual([
    'GET /v1/models/gpt-4.1-mini-2025-04-14',
  ])
  expect(validate.commands.filter(c => c.props.title === 'Model retirement').map(c => c.message)).toEqual([
    expect.stringMatching(/^gpt-4\.1-mini-2025-04-14 shuts down on 2026-12-24/),
  ])
  expect(validate.summary).toContain('shuts down on 2026-12-24')
})

test('on merge, the pull request the commit came from gets the job in its comment, then the outcome', async () => {
  sim = await startSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 300 }),
    schedule: { validatingSeconds: 10, queuedSeconds: 10, runningSeconds: 100 },
  })
  const gh = await startGitHubServer({ port: 0 })
  try {
    const sha = 'f'.repeat(40)
    gh.setCommitPulls(sha, [
      {
        number: 9,
        state: 'closed',
        merged_at: '2026-11-20T10:00:00Z',
        head: { sha: '9'.repeat(40), ref: 'more-data' },
        base: { sha: '8'.repeat(40), ref: 'main' },
      },
    ])
    const run = await runAction({
      eventName: 'push',
      inputs: {
        'training-file': 'examples/support-bot/train.jsonl',
        'openai-api-key': KEY,
        'openai-base-url': sim.url,
        'poll-interval': '1',
        'github-token': gh.token,
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/support-bot', GITHUB_SHA: sha },
    })
    expect(run.code).toBe(0)
    const comments = gh.comments('acme', 'support-bot', 9)
    expect(comments).toHaveLength(1)
    expect(gh.counts).toMatchObject({ created: 1, updated: 1 })
    expect(comments[0].body).toMatch(/### ✅ Fine-tuning job <code>ftjob-\S+<\/code>: succeeded/)
    expect(comments[0].body).toContain(run.outputs['model-id'].replace(/_/g, '\\_'))
    expect(comments[0].body).not.toContain(KEY)
  } finally {
    await gh.stop()
  }
})

test("a base model past the server's shutdown_date is refused before anything is uploaded", async () => {
  sim = await startSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 500 }),
    shutdownDates: { 'gpt-4.1-mini-2025-04-14': '2026-01-20' },
  })
  const run = await runTrain({ wait: 'false' })
  expect(run.code).toBe(1)
  expect(run.commands.at(-1)!.message).toBe(
    'Refusing to train: gpt-4.1-mini-2025-04-14 was shut down on 2026-01-20, so a job on it cannot deliver a model that answers. Choose a current model. Nothing was uploaded.',
  )
  expect(sim.requests.count('POST /files')).toBe(0)
  expect(sim.requests.count('POST /fine_tuning/jobs')).toBe(0)
})

test('a lost create response followed by a job that fails at once still makes one job, and reports its failure', async () => {
  await simulator({
    schedule: {
      validatingSeconds: 20,
      queuedSeconds: 20,
      runningSeconds: 200,
      failure: { phase: 'validating_files', atFraction: 0, code: 'invalid_file_format', message: 'Bad file.' },
    },
  })
  const lost = sim.faults.inject('POST /fine_tuning/jobs', { kind: 'drop_response' }, 1)
  const run = await runTrain()
  expect(lost.hits).toBe(1)
  expect(sim.state.counters.jobsCreated).toBe(1)
  expect(sim.requests.count('POST /fine_tuning/jobs')).toBe(1)
  expect(run.stdout).toContain('The creation of the fine-tuning job had taken effect after all: using it.')
  expect(run.code).toBe(1)
  expect(run.commands.at(-1)!.message).toMatch(
    /^Fine-tuning job ftjob-\S+ failed: invalid_file_format: Bad file\. \(parameter: training_file\)$/,
  )
  // The creation's own id is in the metadata: an earlier run's failed job with the same key is never taken for it.
  const create = sim.requests.last('POST /fine_tuning/jobs')!.body as { metadata: Record<string, string> }
  expect(create.metadata.fine_tune_action_creation).toMatch(/^[0-9a-f-]{36}$/)
  const again = await runTrain()
  expect(sim.state.counters.jobsCreated).toBe(2)
  expect(again.outputs['job-id']).not.toBe(run.outputs['job-id'])
})

test('a server whose lists ignore `after` is read a bounded number of times, and the job is still followed', async () => {
  // Time stands still and the job ends as it is created: every event is there at the first poll, none arrives later.
  await simulator({
    ignoreAfter: true,
    clock: new ManualClock(),
    schedule: { validatingSeconds: 0, queuedSeconds: 0, runningSeconds: 0 },
    fileProcessingSeconds: 0,
  })
  // One example a step over many epochs: far more than 100 events, so the first page says has_more.
  const run = await runTrain({ 'batch-size': '1', 'n-epochs': '20' })
  expect(run.code).toBe(0)
  expect(run.outputs['job-status']).toBe('succeeded')
  // Without the bounds, this server drew 100,784 requests in 10 minutes. With them: the first page, the same page
  // again under the next cursor, and a stop.
  expect(sim.requests.count('GET /fine_tuning/jobs/*')).toBe(1)
  expect(sim.requests.count('GET /fine_tuning/jobs/*/events')).toBe(2)
  expect(run.stdout.match(/step \d+\/\d+ · train loss/g)!.length).toBeGreaterThan(90)
  expect(run.commands.filter(c => c.command === 'warning').map(c => c.message)).toContainEqual(
    expect.stringMatching(
      /^The server's list GET \/fine_tuning\/jobs\/ftjob-\S+\/events gave the same next-page cursor twice .*: it does not honour `after`; stopped after 2 pages\.$/,
    ),
  )
})

test('evaluation sends no temperature to reasoning models, and retries once without it when a server refuses it', async () => {
  sim = await startSimulator({
    apiKey: KEY,
    models: [...DEFAULT_MODELS, { id: 'gpt-5-mini' }, { id: 'gpt-5' }, { id: 'acme-reasoner' }],
    // acme-reasoner is not named by the action's rule: only the server's answer tells.
    rejectsTemperature: model => /^(gpt-5|o\d)/.test(model) || model === 'acme-reasoner',
  })
  const workspace = tempDir()
  writeJsonl(workspace, 'eval.jsonl', [
    { id: 'a', messages: [{ role: 'user', content: 'Hi' }], checks: [{ type: 'contains', value: 'Hi' }] },
    { id: 'b', messages: [{ role: 'user', content: 'Bye' }], checks: [{ type: 'contains', value: 'Bye' }] },
  ])
  const run = await runAction({
    eventName: 'workflow_dispatch',
    workspace,
    inputs: {
      mode: 'evaluate',
      'eval-file': 'eval.jsonl',
      'eval-model': 'gpt-4.1-mini-2025-04-14',
      'eval-compare-models': 'gpt-5-mini, gpt-5, acme-reasoner',
      'eval-concurrency': '1',
      'openai-api-key': KEY,
      'openai-base-url': sim.url,
      'github-token': '',
    },
  })
  expect(run.code).toBe(0)
  const chats = sim.requests.matching('POST /chat/completions').map(r => ({
    model: (r.body as { model: string }).model,
    temperature: (r.body as { temperature?: number }).temperature,
    status: r.status,
  }))
  expect(chats).toEqual([
    { model: 'gpt-4.1-mini-2025-04-14', temperature: 0, status: 200 },
    { model: 'gpt-4.1-mini-2025-04-14', temperature: 0, status: 200 },
    { model: 'gpt-5-mini', temperature: undefined, status: 200 },
    { model: 'gpt-5-mini', temperature: undefined, status: 200 },
    { model: 'gpt-5', temperature: undefined, status: 200 },
    { model: 'gpt-5', temperature: undefined, status: 200 },
    { model: 'acme-reasoner', temperature: 0, status: 400 },
    { model: 'acme-reasoner', temperature: undefined, status: 200 },
    { model: 'acme-reasoner', temperature: undefined, status: 200 },
  ])
  expect(JSON.parse(run.outputs['eval-results'])).toEqual({
    'gpt-4.1-mini-2025-04-14': 1,
    'gpt-5-mini': 1,
    'gpt-5': 1,
    'acme-reasoner': 1,
  })
  expect(run.summary).toContain(
    '> Sent without `temperature` (the model takes only its default, so its answers may vary between runs): <code>gpt-5-mini</code>, <code>gpt-5</code>, <code>acme-reasoner</code> (the server refused temperature 0).',
  )
  const report = JSON.parse(readFileSync(run.outputs['eval-report-path'], 'utf8')) as { withoutTemperature: unknown }
  expect(report.withoutTemperature).toEqual([
    { model: 'gpt-5-mini', why: 'model' },
    { model: 'gpt-5', why: 'model' },
    { model: 'acme-reasoner', why: 'refused' },
  ])
})
