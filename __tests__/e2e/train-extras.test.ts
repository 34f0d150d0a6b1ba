import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import OpenAI from 'openai'
import { uploadOnce } from '../../src/backend/openai/files.js'
import { AcceleratedClock, startSimulator, type Simulator } from '../../testing/openai/index.js'
import { chatExamples, tempDir, writeJsonl } from '../helpers/files.js'
import { startGitHubServer } from '../../testing/github/index.js'
import { runAction } from '../helpers/run-action.js'

const KEY = 'sk-extras'
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
  expect(sim.requests.last('POST /uploads/*/complete')!.body).toMatchObject({ md5: createHash('md5').update(bytes).digest('hex') })
  expect(Buffer.from(await (await client.files.content(uploaded.id)).arrayBuffer())).toEqual(bytes)
  const again = await uploadOnce(client, file, 'train-big.jsonl', { threshold: 1024, partBytes: 4096 })
  expect(again.id).toBe(uploaded.id)
  expect(sim.requests.count('POST /uploads')).toBe(1)
})

test("the server's shutdown_date wins over the built-in table", async () => {
  sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 500 }), shutdownDates: { 'gpt-4.1-mini-2025-04-14': '2026-12-24' } })
  const run = await runAction({
    eventName: 'push',
    inputs: { 'training-file': 'examples/support-bot/train.jsonl', 'openai-api-key': KEY, 'openai-base-url': sim.url, wait: 'false', 'github-token': '' },
  })
  expect(run.code).toBe(0)
  const notices = run.commands.filter(c => c.props.title === 'Model retirement').map(c => c.message)
  expect(notices[0]).toMatch(/^gpt-4\.1-mini-2025-04-14 shuts down on 2026-12-24 \(in \d+ days\)/)
  // Not OpenAI itself: OpenAI's end of new jobs does not concern this backend.
  expect(notices).toHaveLength(1)
  // Validation needs no key; given one, it asks the server too.
  const validate = await runAction({
    eventName: 'pull_request',
    inputs: { mode: 'validate', 'training-file': 'examples/support-bot/train.jsonl', 'openai-api-key': KEY, 'openai-base-url': sim.url, 'github-token': '' },
  })
  expect(validate.code).toBe(0)
  expect(validate.commands.filter(c => c.props.title === 'Model retirement').map(c => c.message)).toEqual([expect.stringMatching(/^gpt-4\.1-mini-2025-04-14 shuts down on 2026-12-24/)])
  expect(validate.summary).toContain('shuts down on 2026-12-24')
})

test('on merge, the pull request the commit came from gets the job in its comment, then the outcome', async () => {
  sim = await startSimulator({ apiKey: KEY, clock: new AcceleratedClock({ factor: 300 }), schedule: { validatingSeconds: 10, queuedSeconds: 10, runningSeconds: 100 } })
  const gh = await startGitHubServer({ port: 0 })
  try {
    const sha = 'f'.repeat(40)
    gh.setCommitPulls(sha, [{ number: 9, state: 'closed', merged_at: '2026-11-20T10:00:00Z', head: { sha: '9'.repeat(40), ref: 'more-data' }, base: { sha: '8'.repeat(40), ref: 'main' } }])
    const run = await runAction({
      eventName: 'push',
      inputs: { 'training-file': 'examples/support-bot/train.jsonl', 'openai-api-key': KEY, 'openai-base-url': sim.url, 'poll-interval': '1', 'github-token': gh.token },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/support-bot', GITHUB_SHA: sha },
    })
    expect(run.code).toBe(0)
    const comments = gh.comments('acme', 'support-bot', 9)
    expect(comments).toHaveLength(1)
    expect(gh.counts).toMatchObject({ created: 1, updated: 1 })
    expect(comments[0]!.body).toMatch(/### ✅ Fine-tuning job <code>ftjob-\S+<\/code>: succeeded/)
    expect(comments[0]!.body).toContain(run.outputs['model-id']!.replace(/_/g, '\\_'))
    expect(comments[0]!.body).not.toContain(KEY)
  } finally {
    await gh.stop()
  }
})
