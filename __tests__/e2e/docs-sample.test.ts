import { readFileSync, writeFileSync } from 'node:fs'
import { chatExample, tempDir, writeJsonl } from '../helpers/files.js'
import { pullRequestEvent, startGitHubServer } from '../../testing/github/index.js'
import { ROOT, runAction } from '../helpers/run-action.js'

const SAMPLE = `${ROOT}docs/pr-comment-example.md`
// Day counts move every day; the sample stays true in everything else.
const normalize = (text: string) =>
  text.replace(/\\\(in \d+ days?\\\)/g, '\\(in N days\\)').replace(/\(\d+ days? ago\)/g, '(N days ago)')

// `npm run docs` runs this with UPDATE_DOCS=1 to rewrite docs/pr-comment-example.md.
test('docs/pr-comment-example.md is the comment the action writes for the shipped example', async () => {
  const gh = await startGitHubServer({ port: 0 })
  try {
    const train = readFileSync(`${ROOT}examples/support-bot/train.jsonl`, 'utf8').trim().split('\n')
    const base = 'c'.repeat(40)
    const head = 'd'.repeat(40)
    gh.setFile(base, 'data/train.jsonl', train.slice(0, 10).join('\n') + '\n')
    const ws = tempDir('fta-docs-')
    writeJsonl(ws, 'data/train.jsonl', [
      ...train,
      chatExample('Can I pay with @paypal or #giftcard?', 'Yes, both work at checkout.'),
      '{"messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello!", "weight": 2}]}',
    ])
    const run = await runAction({
      workspace: ws,
      eventName: 'pull_request',
      event: pullRequestEvent({ repo: 'acme/support-bot', number: 42, head: { sha: head }, base: { sha: base } }),
      inputs: { 'training-file': 'data/train.jsonl', 'github-token': gh.token, 'max-cost': '1' },
      env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/support-bot' },
    })
    expect(run.code).toBe(1)
    const body = normalize(gh.comments('acme', 'support-bot', 42)[0].body)
    if (process.env.UPDATE_DOCS === '1') writeFileSync(SAMPLE, body)
    else expect(body).toBe(readFileSync(SAMPLE, 'utf8'))
  } finally {
    await gh.stop()
  }
})
