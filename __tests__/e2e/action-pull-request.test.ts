import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { chatExample, chatExamples, tempDir } from '../helpers/files.js'
import { pullRequestEvent, startGitHubServer, type GitHubServer } from '../../testing/github/index.js'
import { runAction } from '../helpers/run-action.js'

const REPO = 'acme/support-bot'
const BASE = 'b'.repeat(40)
const HEAD1 = '1'.repeat(40)
const HEAD2 = '2'.repeat(40)
const jsonl = (rows: unknown[]) => rows.map(r => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n'

let gh: GitHubServer
beforeEach(async () => {
  gh = await startGitHubServer({ port: 0 })
})
afterEach(async () => {
  await gh.stop()
})

function workspace(files: Record<string, string>): string {
  const ws = tempDir('fta-ws-')
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, name)), { recursive: true })
    writeFileSync(path.join(ws, name), text)
  }
  return ws
}

function runPr(ws: string, head: string, inputs: Record<string, string> = {}, fork = false) {
  return runAction({
    workspace: ws,
    eventName: 'pull_request',
    event: pullRequestEvent({ repo: REPO, number: 7, head: { sha: head }, base: { sha: BASE }, fork }),
    inputs: { 'training-file': 'data/train.jsonl', 'github-token': gh.token, ...inputs },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: REPO },
  })
}

const comments = () => gh.comments('acme', 'support-bot', 7)

describe('pull request runs of dist/index.js against a local GitHub API', () => {
  test('the first run creates the comment, a change edits it, an identical run sends no edit, a deleted one comes back', async () => {
    gh.setFile(BASE, 'data/train.jsonl', jsonl(chatExamples(10)))
    const ws = workspace({
      'data/train.jsonl': jsonl([...chatExamples(12), chatExample('Question number 3?', 'A new answer.')]),
    })

    const first = await runPr(ws, HEAD1)
    expect(first.code).toBe(0)
    expect(comments()).toHaveLength(1)
    const body = comments()[0].body
    expect(body.startsWith('<!-- fine-tune-action:dataset -->\n### ✅ Fine-tuning data: valid')).toBe(true)
    expect(body).toMatch(
      /\| <code>data\/train\.jsonl<\/code> \| training \| chat \(supervised\) \| 13 \| [\d,]+ \| 0 \| 0 \| 3 added \(\+[\d,]+ tokens\) \|/,
    )
    expect(body).toMatch(/\| change \| \+3 \| \+80 \| −3 \| −220 \| −\$0\.0011 \|/) // 10 → 13 examples: the default epochs fall from 10 to 7
    expect(first.outputs['comment-id']).toBe(String(comments()[0].id))
    expect(first.outputs['comment-url']).toBe(comments()[0].html_url)
    expect(first.summary).toContain('3 added')
    expect(
      gh.requests.all
        .filter(r => r.method === 'GET' && /\/contents\/data(%2F|\/)train\.jsonl$/.test(r.path))
        .map(r => r.query.ref),
    ).toEqual([BASE])

    writeFileSync(
      path.join(ws, 'data/train.jsonl'),
      jsonl([...chatExamples(12).map((e, i) => (i === 4 ? chatExample('Edited question?') : e)), '{"messages": [}']),
    )
    const second = await runPr(ws, HEAD2)
    expect(second.code).toBe(1)
    expect(gh.counts).toMatchObject({ created: 1, updated: 1 })
    expect(comments()).toHaveLength(1)
    const edited = comments()[0].body
    expect(edited).toContain('### ❌ Fine-tuning data: 1 error')
    expect(edited).toContain(`(https://github.com/acme/support-bot/blob/${HEAD2}/data/train.jsonl#L13)`)
    expect(edited).toMatch(/2 added, 1 changed/)

    const third = await runPr(ws, HEAD2)
    expect(third.code).toBe(1)
    expect(gh.counts).toMatchObject({ created: 1, updated: 1 })
    expect(third.outputs['comment-id']).toBe(second.outputs['comment-id'])

    gh.deleteComment(comments()[0].id)
    const fourth = await runPr(ws, HEAD2)
    expect(gh.counts.created).toBe(2)
    expect(comments()).toHaveLength(1)
    expect(fourth.outputs['comment-id']).toBe(String(comments()[0].id))
  })

  test('a file new in the pull request is shown as new', async () => {
    const ws = workspace({ 'data/train.jsonl': jsonl(chatExamples(10)) })
    const run = await runPr(ws, HEAD1)
    expect(run.code).toBe(0)
    expect(comments()[0].body).toContain('| new file |')
    expect(comments()[0].body).toContain('Every file is new in this pull request.')
  })

  test('a fork (read-only token) ends green with one warning, and the summary still has the report', async () => {
    gh.setReadOnly(true)
    const ws = workspace({ 'data/train.jsonl': jsonl(chatExamples(10)) })
    const run = await runPr(ws, HEAD1, {}, true)
    expect(run.code).toBe(0)
    const warnings = run.commands.filter(c => c.command === 'warning' && c.message.includes('comment'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0].message).toMatch(/comes from a fork, where the token is read-only/)
    expect(comments()).toHaveLength(0)
    expect(run.summary).toContain('### ✅ Fine-tuning data: valid')
  })

  test('comment: false writes no comment; no token still validates', async () => {
    const ws = workspace({ 'data/train.jsonl': jsonl(chatExamples(10)) })
    expect((await runPr(ws, HEAD1, { comment: 'false' })).code).toBe(0)
    expect(gh.counts.writes).toBe(0)
    const noToken = await runPr(ws, HEAD1, { 'github-token': '' })
    expect(noToken.code).toBe(0)
    expect(noToken.summary).toContain('No github-token: the base branch was not compared.')
  })

  test('dataset text is inert in the comment: no HTML, no mentions, no references, no broken details', async () => {
    const hostile = (role: string) => ({
      messages: [
        { role: 'system', content: 'x' },
        { role, content: 'hi' },
        { role: 'assistant', content: 'ok' },
      ],
    })
    const ws = workspace({
      'data/train.jsonl': jsonl([
        ...chatExamples(10),
        hostile('<img src=x onerror=alert(1)>'),
        hostile('</details> @octocat #123'),
      ]),
    })
    const run = await runPr(ws, HEAD1)
    expect(run.code).toBe(1)
    const body = comments()[0].body
    expect(body).not.toContain('<img')
    expect(body).not.toMatch(/@octocat|#123/)
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;')
    expect(body).toContain('&lt;/details&gt; @\u2060octocat #\u2060123')
    expect(body.split('<details>').length).toBe(body.split('</details>').length)
  })

  test('a 200,000-line dataset full of errors keeps the comment under 65,536 characters', async () => {
    const ws = workspace({
      'data/train.jsonl': Array.from({ length: 200_000 }, (_, i) => `{"messages": "bad ${i}"}`).join('\n'),
    })
    const run = await runPr(ws, HEAD1)
    expect(run.code).toBe(1)
    const body = comments()[0].body
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body.length).toBeGreaterThan(30_000)
    expect(body).toMatch(
      /_[\d,]+ of 200,00\d findings shown; the job summary and the JSON report \(report-path\) list more\._/,
    )
  })

  test('max-cost fails the check with the figures; a secondary rate limit on the comment is waited out', async () => {
    gh.faults.inject('POST /**', { kind: 'secondary_rate_limit', retryAfterSeconds: 1 })
    const ws = workspace({ 'data/train.jsonl': jsonl(chatExamples(10)) })
    const run = await runPr(ws, HEAD1, { 'max-cost': '0.0001' })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)!.message).toMatch(
      /^The estimated training cost \$0\.01\d* is over max-cost \$0\.0001\.$/,
    )
    expect(gh.requests.all.filter(r => r.method === 'POST').map(r => r.status)).toEqual([403, 201])
    expect(comments()).toHaveLength(1)
    expect(comments()[0].body).toContain('**Budget:** ❌')
  })
})
