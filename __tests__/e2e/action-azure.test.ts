import { chmodSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { AZURE_TABLE_DATE } from '../../src/estimate/azure-models.js'
import { startAzureSimulator, type AzureSimulator } from '../../testing/azure/index.js'
import { pullRequestEvent, startGitHubServer, type GitHubServer } from '../../testing/github/index.js'
import { AcceleratedClock } from '../../testing/openai/index.js'
import { tempDir } from '../helpers/files.js'
import { runAction } from '../helpers/run-action.js'

const KEY = 'azure-test-key-0123456789abcdef'
let sim: AzureSimulator

afterEach(async () => {
  await sim?.stop()
})

/** `azure/login` leaves an Azure CLI session; a stand-in `az` answers DefaultAzureCredential's token request. */
function fakeAzureCli(token: string): string {
  const dir = tempDir()
  const az = path.join(dir, 'az')
  writeFileSync(
    az,
    `#!/bin/sh\necho '{"accessToken":"${token}","expires_on":${Math.floor(Date.now() / 1000) + 3600},"tokenType":"Bearer"}'\n`,
  )
  chmodSync(az, 0o755)
  return dir
}

async function start() {
  sim = await startAzureSimulator({
    apiKey: KEY,
    clock: new AcceleratedClock({ factor: 200 }),
    schedule: { validatingSeconds: 20, queuedSeconds: 20, runningSeconds: 200 },
    fileProcessingSeconds: 5,
    provisioningMs: 300,
  })
  return sim
}

async function runTrain(inputs: Record<string, string> = {}) {
  const bin = fakeAzureCli(sim.armToken)
  return runAction({
    eventName: 'push',
    inputs: {
      'training-file': 'examples/support-bot/train.jsonl',
      'eval-file': 'examples/support-bot/eval.jsonl',
      model: 'gpt-4o-mini-2024-07-18',
      backend: 'azure',
      'api-key': KEY,
      'base-url': sim.url,
      'azure-training-type': 'developer',
      'azure-management-url': sim.managementUrl,
      'poll-interval': '1',
      'github-token': '',
      ...inputs,
    },
    env: {
      GITHUB_SHA: 'f'.repeat(40),
      PATH: `${bin}:${process.env.PATH ?? ''}`,
      AZURE_TOKEN_CREDENTIALS: 'AzureCliCredential',
    },
  })
}

const RESOURCE = {
  'azure-subscription-id': 'sub-1',
  'azure-resource-group': 'rg-ft',
  'azure-resource-name': 'acme-aoai',
}

describe('backend: azure, dist/index.js against local Azure-shaped servers', () => {
  test('the key travels only in api-key; one upload, one job, one deployment, evaluated on it, deleted', async () => {
    await start()
    const run = await runTrain({ ...RESOURCE, 'azure-delete-deployment': 'true' })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const data = sim.requests.filter(r => r.path.startsWith('/openai/v1/'))
    expect(data.length).toBeGreaterThan(5)
    for (const r of data) expect(r.headers).toEqual({ 'api-key': KEY, authorization: undefined })
    expect(sim.openai.state.counters).toMatchObject({ filesCreated: 1, jobsCreated: 1 })
    const create = sim.requests.find(r => r.method === 'POST' && r.path === '/openai/v1/fine_tuning/jobs')!
    expect(create.body).toMatchObject({ model: 'gpt-4o-mini-2024-07-18', trainingType: 'developerTier' })

    const arm = sim.requests.filter(r => r.path.startsWith('/subscriptions/'))
    const model = run.outputs['model-id']
    const name = model.replace(/[^\w.-]/g, '-')
    const at = `/subscriptions/sub-1/resourceGroups/rg-ft/providers/Microsoft.CognitiveServices/accounts/acme-aoai/deployments/${name}`
    expect(arm.map(r => r.method)).toEqual(expect.arrayContaining(['GET', 'PUT', 'DELETE']))
    expect(arm.filter(r => r.method === 'PUT')).toHaveLength(1)
    const put = arm.find(r => r.method === 'PUT')!
    expect(put.path).toBe(at)
    expect(put.headers.authorization).toBe(`Bearer ${sim.armToken}`)
    expect(put.body).toEqual({
      sku: { name: 'DeveloperTier', capacity: 50 },
      properties: { model: { format: 'OpenAI', name: model, version: '1' } },
    })
    expect(run.outputs['deployment-name']).toBe(name)
    // The evaluation asked the deployment, by its name.
    const chats = sim.openai.requests.all.filter(r => r.path === '/v1/chat/completions')
    expect(chats.length).toBeGreaterThan(0)
    expect(sim.deployments.size).toBe(0)
    expect(run.outputs['eval-pass-rate']).not.toBe('')
    expect(run.stdout).not.toContain(`Bearer ${KEY}`)
  }, 120_000)

  test('a re-run reuses the deployment; a failed provisioning fails the step with Azure message', async () => {
    await start()
    const first = await runTrain(RESOURCE)
    expect(first.commands.filter(c => c.command === 'error')).toEqual([])
    expect(first.code).toBe(0)
    const puts = () => sim.requests.filter(r => r.method === 'PUT').length
    expect(puts()).toBe(1)
    expect(sim.deployments.size).toBe(1)
    const again = await runTrain(RESOURCE)
    expect(again.code).toBe(0)
    expect(puts()).toBe(1)
    expect(again.stdout).toContain('already exists')
    expect(sim.openai.state.counters).toMatchObject({ jobsCreated: 1 })

    sim.deployments.clear()
    sim.failNextProvisioning('InsufficientQuota: the subscription has no DeveloperTier quota in swedencentral.')
    const failed = await runTrain(RESOURCE)
    expect(failed.code).toBe(1)
    const errors = failed.commands.filter(c => c.command === 'error').map(c => c.message)
    expect(errors.join('\n')).toContain(
      'InsufficientQuota: the subscription has no DeveloperTier quota in swedencentral.',
    )
  }, 180_000)

  test('without a subscription the evaluation is skipped with one line naming what to add', async () => {
    await start()
    const run = await runTrain()
    expect(run.code).toBe(0)
    const warnings = run.commands.filter(c => c.command === 'warning').map(c => c.message)
    expect(warnings.filter(w => w.startsWith('Evaluation skipped'))).toEqual([
      expect.stringContaining('add azure-subscription-id, azure-resource-group, azure-resource-name (and azure/login)'),
    ])
    expect(sim.requests.filter(r => r.path.startsWith('/subscriptions/'))).toEqual([])
    expect(sim.openai.requests.all.filter(r => r.path === '/v1/chat/completions')).toEqual([])
  }, 120_000)

  test('warnings carry Azure dates, not OpenAI ones', async () => {
    await start()
    const run = await runAction({
      eventName: 'pull_request',
      inputs: {
        'training-file': 'examples/support-bot/train.jsonl',
        model: 'gpt-4o-2024-08-06',
        backend: 'azure',
        'github-token': '',
      },
    })
    const warnings = run.commands.filter(c => c.command === 'warning').map(c => c.message)
    expect(warnings.some(w => w.includes('Azure OpenAI') && w.includes('2027-10-01'))).toBe(true)
    expect(warnings.join('\n')).not.toContain('2027-01-06')
  }, 60_000)
})

describe('backend: azure on a pull request: the comment follows Azure, without a key and without network', () => {
  const REPO = 'acme/support-bot'
  let gh: GitHubServer
  beforeEach(async () => {
    gh = await startGitHubServer({ port: 0 })
  })
  afterEach(async () => {
    await gh.stop()
  })
  const example = (i: number, question = `Question ${i}?`) => ({
    messages: [
      { role: 'system', content: 'You are Harbor.' },
      { role: 'user', content: question },
      { role: 'assistant', content: `Answer ${i}.` },
    ],
  })
  const lines = (rows: unknown[]) => rows.map(r => JSON.stringify(r)).join('\n') + '\n'

  async function runPr(model: string, text: string) {
    const ws = tempDir('fta-ws-')
    mkdirSync(path.join(ws, 'data'))
    writeFileSync(path.join(ws, 'data', 'train.jsonl'), text)
    const head = '7'.repeat(40)
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: REPO, number: 9, head: { sha: head }, base: { sha: 'b'.repeat(40) } }),
      inputs: {
        'training-file': 'data/train.jsonl',
        'github-token': gh.token,
        backend: 'azure',
        'base-url': 'https://acme-aoai.openai.azure.com/openai/v1/',
        model,
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
    })
    return { run, body: gh.comments('acme', 'support-bot', 9).at(-1)?.body ?? '' }
  }

  test("Azure's per-example limit, file rules and retirement dates in the comment; none of OpenAI's dates", async () => {
    // gpt-4.1-nano trains on 32,768 tokens per example on Azure (65,536 on OpenAI): a 40,000-token example is cut.
    const long = example(99, 'hello '.repeat(40_000).trim())
    const nano = await runPr(
      'gpt-4.1-nano-2025-04-14',
      lines([...Array.from({ length: 10 }, (_, i) => example(i)), long]),
    )
    expect(nano.run.code).toBe(0)
    expect(nano.body).toMatch(
      /data\/train\.jsonl#L11\) \| `example_over_context` \| 400\d\d tokens; gpt-4\.1-nano-2025-04-14 trains on at most 32768 per example, the rest is truncated \|/,
    )
    expect(nano.body).toMatch(
      /data\/train\.jsonl\) \| `azure_missing_bom` \| the file does not start with a UTF-8 byte-order mark .+; Azure OpenAI's fine-tuning API asks for UTF-8 with a BOM \|/,
    )
    expect(nano.body).toContain(`prices of ${AZURE_TABLE_DATE}`)
    // 10 examples of 27 tokens and one capped at 32,768; no Azure price is published in a form we could date.
    expect(nano.body).toContain(
      '33,038 tokens per epoch · 9 epochs · 297,342 billed tokens · cost unknown on <code>gpt-4.1-nano-2025-04-14</code>',
    )

    // With a byte-order mark and gpt-4o: Azure's training end for existing customers (2027-04-01, a notice from
    // 2026-12-02 on, 120 days ahead) and its deployments' end; OpenAI's 2027-01-06 and 2027-01-14 are not Azure's.
    const gpt4o = await runPr('gpt-4o-2024-08-06', '\uFEFF' + lines(Array.from({ length: 10 }, (_, i) => example(i))))
    expect(gpt4o.run.code).toBe(0)
    expect(gpt4o.body).not.toContain('azure_missing_bom')
    expect(gpt4o.body).toMatch(
      /Azure OpenAI stop(s|ped) fine-tuning gpt-4o-2024-08-06 on 2027-04-01 \\?\([^)]+\)[;:] (its fine-tunes' )?deployments( of its fine-tunes)? answer until 2027-10-01/,
    )
    expect(gpt4o.body).not.toMatch(/2027-01-06|2027-01-14/)
  }, 60_000)
})
