import { readFileSync } from 'node:fs'
import { getOctokit } from '@actions/github'
import {
  ACTIONS_BOT,
  DEFAULT_TOKEN,
  type GitHubServer,
  type IssueComment,
  startGitHubServer,
  writePullRequestEvent,
} from '../github/index.js'

const OWNER = 'acme'
const REPO = 'support-bot'
const COMMENTS = `/repos/${OWNER}/${REPO}/issues/7/comments`
const DOCS = 'https://docs.github.com/rest/issues/comments'

let gh: GitHubServer
let clock: Date

beforeEach(async () => {
  clock = new Date('2026-03-01T12:00:00.250Z')
  gh = await startGitHubServer({ now: () => clock })
})

afterEach(async () => {
  await gh.stop()
})

function api(pathOrUrl: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  const token = init.token === undefined ? gh.token : init.token
  if (token !== null) headers.set('authorization', `token ${token}`)
  if (init.body !== undefined) headers.set('content-type', 'application/json; charset=utf-8')
  return fetch(pathOrUrl.startsWith('http') ? pathOrUrl : gh.url + pathOrUrl, { ...init, headers })
}

function octokit(token = gh.token) {
  return getOctokit(token, { baseUrl: gh.url })
}

async function rejection(promise: Promise<unknown>): Promise<{
  status: number
  message: string
  response: { data: unknown; headers: Record<string, string | undefined> }
}> {
  try {
    await promise
  } catch (error) {
    return error as never
  }
  throw new Error('expected the request to fail')
}

function seed(count: number): IssueComment[] {
  return Array.from({ length: count }, (_, i) => gh.addComment(OWNER, REPO, 7, `comment ${i + 1}`))
}

describe('issue comments: pagination', () => {
  test('3 pages of 2: Link headers as GitHub writes them, on /repositories/{id}, and following next yields every comment once', async () => {
    const seeded = seed(5)
    gh.addComment(OWNER, REPO, 8, 'another pull request')
    const id = gh.repoId(OWNER, REPO)
    const link = (page: number, rel: string) =>
      `<${gh.url}/repositories/${id}/issues/7/comments?per_page=2&page=${page}>; rel="${rel}"`

    const first = await api(`${COMMENTS}?per_page=2`)
    expect(first.status).toBe(200)
    expect(first.headers.get('link')).toBe(`${link(2, 'next')}, ${link(3, 'last')}`)
    expect(((await first.json()) as IssueComment[]).map(c => c.body)).toEqual(['comment 1', 'comment 2'])

    const second = await api(`${COMMENTS}?per_page=2&page=2`)
    expect(second.headers.get('link')).toBe(
      `${link(1, 'prev')}, ${link(3, 'next')}, ${link(3, 'last')}, ${link(1, 'first')}`,
    )

    const third = await api(`/repositories/${id}/issues/7/comments?per_page=2&page=3`)
    expect(third.headers.get('link')).toBe(`${link(2, 'prev')}, ${link(1, 'first')}`)
    expect(((await third.json()) as IssueComment[]).map(c => c.body)).toEqual(['comment 5'])

    gh.requests.clear()
    const seen: number[] = []
    let next: string | undefined = `${COMMENTS}?per_page=2`
    while (next) {
      const res = await api(next)
      seen.push(...((await res.json()) as IssueComment[]).map(c => c.id))
      next = /<([^<>]+)>;\s*rel="next"/.exec(res.headers.get('link') ?? '')?.[1]
    }
    expect(seen).toEqual(seeded.map(c => c.id))
    expect(gh.requests.all.map(r => [r.path, r.query.page, `${r.method} ${r.route}`, r.repo])).toEqual([
      [COMMENTS, undefined, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', 'acme/support-bot'],
      [
        `/repositories/${id}/issues/7/comments`,
        '2',
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        'acme/support-bot',
      ],
      [
        `/repositories/${id}/issues/7/comments`,
        '3',
        'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
        'acme/support-bot',
      ],
    ])
  })

  test('octokit.paginate follows the links unchanged', async () => {
    const seeded = seed(5)
    const all = await octokit().paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      per_page: 2,
    })
    expect(all.map(c => c.id)).toEqual(seeded.map(c => c.id))
    expect(gh.requests.all).toHaveLength(3)
  })

  test('per_page defaults to 30 and is capped at 100; one page has no Link header; a page past the end is empty', async () => {
    seed(101)
    const byDefault = await api(COMMENTS)
    expect(((await byDefault.json()) as unknown[]).length).toBe(30)
    const id = gh.repoId(OWNER, REPO)
    expect(byDefault.headers.get('link')).toBe(
      `<${gh.url}/repositories/${id}/issues/7/comments?page=2>; rel="next", <${gh.url}/repositories/${id}/issues/7/comments?page=4>; rel="last"`,
    )
    const capped = await api(`${COMMENTS}?per_page=500`)
    expect(((await capped.json()) as unknown[]).length).toBe(100)
    expect(capped.headers.get('link')).toContain('per_page=500&page=2>; rel="last"')

    const single = await api('/repos/acme/support-bot/issues/8/comments')
    expect(single.headers.get('link')).toBeNull()
    expect(await single.json()).toEqual([])
    const past = await api(`${COMMENTS}?per_page=100&page=9`)
    expect(await past.json()).toEqual([])
  })
})

describe('issue comments: create, read, update, delete', () => {
  test('POST answers 201 with the comment, its location and html_url; GET, PATCH and DELETE act on it', async () => {
    const created = await octokit().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: OWNER,
      repo: REPO,
      issue_number: 7,
      body: 'Report v1',
    })
    expect(created.status).toBe(201)
    const comment = created.data
    expect(comment).toMatchObject({
      id: 3_100_000_001,
      body: 'Report v1',
      html_url: 'https://github.com/acme/support-bot/pull/7#issuecomment-3100000001',
      url: `${gh.url}/repos/acme/support-bot/issues/comments/3100000001`,
      issue_url: `${gh.url}/repos/acme/support-bot/issues/7`,
      user: { login: 'github-actions[bot]', id: 41898282, type: 'Bot', node_id: 'MDM6Qm90NDE4OTgyODI=' },
      created_at: '2026-03-01T12:00:00Z',
      updated_at: '2026-03-01T12:00:00Z',
    })
    expect(comment.node_id).toMatch(/^IC_kwDO/)
    expect(created.headers.location).toBe(comment.url)

    const fetched = await api(`/repos/acme/support-bot/issues/comments/${comment.id}`)
    expect(fetched.status).toBe(200)
    expect(await fetched.json()).toEqual(comment)

    clock = new Date('2026-03-01T12:05:09Z')
    const updated = await api(`/repos/acme/support-bot/issues/comments/${comment.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'Report v2' }),
    })
    expect(updated.status).toBe(200)
    expect(await updated.json()).toMatchObject({
      id: comment.id,
      body: 'Report v2',
      created_at: '2026-03-01T12:00:00Z',
      updated_at: '2026-03-01T12:05:09Z',
    })
    expect(gh.comments(OWNER, REPO, 7).map(c => c.body)).toEqual(['Report v2'])

    const deleted = await api(`/repos/acme/support-bot/issues/comments/${comment.id}`, { method: 'DELETE' })
    expect(deleted.status).toBe(204)
    expect(await deleted.text()).toBe('')
    expect(deleted.headers.get('content-type')).toBeNull()
    expect(gh.comments(OWNER, REPO, 7)).toEqual([])
    expect(gh.counts).toMatchObject({ created: 1, updated: 1, deleted: 1, writes: 3 })

    const gone = await api(`/repos/acme/support-bot/issues/comments/${comment.id}`)
    expect(gone.status).toBe(404)
    expect(await gone.json()).toEqual({
      message: 'Not Found',
      documentation_url: `${DOCS}#get-an-issue-comment`,
      status: '404',
    })
    const again = await api(`/repos/acme/support-bot/issues/comments/${comment.id}`, { method: 'DELETE' })
    expect(again.status).toBe(404)
  })

  test('a comment deleted by a user is gone for PATCH; a comment of another repository is not found through this one', async () => {
    const [mine] = seed(1)
    const elsewhere = gh.addComment('acme', 'other', 7, 'not yours')
    expect(gh.deleteComment(mine.id)).toBe(true)
    const patch = await api(`/repos/acme/support-bot/issues/comments/${mine.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'x' }),
    })
    expect(patch.status).toBe(404)
    expect(await patch.json()).toMatchObject({
      message: 'Not Found',
      documentation_url: `${DOCS}#update-an-issue-comment`,
    })
    expect((await api(`/repos/acme/support-bot/issues/comments/${elsewhere.id}`)).status).toBe(404)
    expect((await api(`/repos/ACME/Other/issues/comments/${elsewhere.id}`)).status).toBe(200)
    expect(gh.counts).toMatchObject({ updated: 0, deleted: 0 })
  })

  test(`bodies over 65,536 characters are refused with GitHub's validation error; code points are counted`, async () => {
    const atLimit = await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: 'a'.repeat(65_536) }) })
    expect(atLimit.status).toBe(201)
    const emoji = await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: '😀'.repeat(65_536) }) })
    expect(emoji.status).toBe(201)

    const tooLong = await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: 'a'.repeat(65_537) }) })
    expect(tooLong.status).toBe(422)
    expect(await tooLong.json()).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
      documentation_url: `${DOCS}#create-an-issue-comment`,
      status: '422',
    })

    const id = ((await atLimit.json()) as IssueComment).id
    const error = await rejection(
      octokit().request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: OWNER,
        repo: REPO,
        comment_id: id,
        body: 'b'.repeat(70_000),
      }),
    )
    expect(error.status).toBe(422)
    expect(error.message).toBe(
      `Validation Failed: {"resource":"IssueComment","code":"custom","field":"body","message":"body is too long (maximum is 65536 characters)"} - ${DOCS}#update-an-issue-comment`,
    )
    expect(gh.comment(id)!.body).toHaveLength(65_536)
    expect(gh.counts).toMatchObject({ created: 2, updated: 0, writes: 4 })
  })

  test('malformed writes: no body, a body that is not a string, a blank body, JSON that does not parse', async () => {
    const answers = await Promise.all(
      ['{}', '{"body":5}', '{"body":"  "}', '{"body":'].map(async raw => {
        const res = await api(COMMENTS, { method: 'POST', body: raw })
        return [res.status, await res.json()]
      }),
    )
    expect(answers).toEqual([
      [
        422,
        {
          message: 'Invalid request.\n\n"body" wasn\'t supplied.',
          documentation_url: `${DOCS}#create-an-issue-comment`,
          status: '422',
        },
      ],
      [
        422,
        {
          message: "Invalid request.\n\nFor 'properties/body', 5 is not a string.",
          documentation_url: `${DOCS}#create-an-issue-comment`,
          status: '422',
        },
      ],
      [
        422,
        {
          message: 'Validation Failed',
          errors: [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }],
          documentation_url: `${DOCS}#create-an-issue-comment`,
          status: '422',
        },
      ],
      [400, { message: 'Problems parsing JSON', documentation_url: `${DOCS}#create-an-issue-comment`, status: '400' }],
    ])
    expect(gh.comments(OWNER, REPO, 7)).toEqual([])
    expect(gh.requests.all.map(r => r.body)).toEqual([{}, { body: 5 }, { body: '  ' }, '{"body":'])
  })
})

describe('repository contents', () => {
  const HEAD = 'b'.repeat(40)
  const train =
    Array.from({ length: 3 }, (_, i) =>
      JSON.stringify({ messages: [{ role: 'user', content: `question ${i}` }] }),
    ).join('\n') + '\n'

  test('JSON: base64 in lines of 60 with a final newline, the git blob sha, size, name, path; Octokit encodes the path', async () => {
    gh.setFile(HEAD, 'hello.txt', 'hello\n')
    gh.setFile(HEAD, 'data/train.jsonl', train)
    const hello = await api(`/repos/acme/support-bot/contents/hello.txt?ref=${HEAD}`)
    expect(await hello.json()).toMatchObject({
      type: 'file',
      encoding: 'base64',
      content: 'aGVsbG8K\n',
      // `git hash-object` of "hello\n"
      sha: 'ce013625030ba8dba906f756967f9e9ca394464a',
      size: 6,
      name: 'hello.txt',
      path: 'hello.txt',
      download_url: `https://raw.githubusercontent.com/acme/support-bot/${HEAD}/hello.txt`,
    })

    const { data } = await octokit().request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: OWNER,
      repo: REPO,
      path: 'data/train.jsonl',
      ref: HEAD,
    })
    expect(gh.requests.all.at(-1)!.path).toBe('/repos/acme/support-bot/contents/data%2Ftrain.jsonl')
    const file = data as { content: string; size: number; name: string; path: string }
    const lines = file.content.split('\n')
    expect(lines.at(-1)).toBe('')
    expect(lines.slice(0, -2).every(l => l.length === 60)).toBe(true)
    expect(lines.at(-2)!.length).toBeLessThanOrEqual(60)
    expect(Buffer.from(file.content, 'base64').toString()).toBe(train)
    expect(file).toMatchObject({ size: Buffer.byteLength(train), name: 'train.jsonl', path: 'data/train.jsonl' })
  })

  test('raw media types answer the bytes', async () => {
    gh.setFile(HEAD, 'data/train.jsonl', train)
    const raw = await api(`/repos/acme/support-bot/contents/data/train.jsonl?ref=${HEAD}`, {
      headers: { accept: 'application/vnd.github.raw+json' },
    })
    expect(raw.status).toBe(200)
    expect(raw.headers.get('content-type')).toBe('application/vnd.github.raw; charset=utf-8')
    expect(await raw.text()).toBe(train)
    const viaOctokit = await octokit().request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: OWNER,
      repo: REPO,
      path: 'data/train.jsonl',
      ref: HEAD,
      mediaType: { format: 'raw' },
    })
    expect(gh.requests.all.at(-1)!.headers.accept).toBe('application/vnd.github.v3.raw')
    expect(viaOctokit.data).toBe(train)
  })

  test('404 for a file missing at a ref, and for a ref that does not exist; no ref reads the default branch', async () => {
    gh.setFile(HEAD, 'data/train.jsonl', train)
    gh.setFile('main', 'data/train.jsonl', 'old\n')
    gh.setFile('c'.repeat(40), 'README.md', '# x\n')
    const missing = await api(`/repos/acme/support-bot/contents/data/train.jsonl?ref=${'c'.repeat(40)}`)
    expect(missing.status).toBe(404)
    expect(await missing.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/repos/contents#get-repository-content',
      status: '404',
    })
    const unknownRef = await api('/repos/acme/support-bot/contents/data/train.jsonl?ref=nope')
    expect(unknownRef.status).toBe(404)
    expect(await unknownRef.json()).toMatchObject({ message: 'No commit found for the ref nope' })
    const byDefault = await api('/repos/acme/support-bot/contents/data/train.jsonl', {
      headers: { accept: 'application/vnd.github.raw' },
    })
    expect(await byDefault.text()).toBe('old\n')
  })

  test('a directory lists its entries', async () => {
    gh.setFile(HEAD, 'data/train.jsonl', train)
    gh.setFile(HEAD, 'data/eval/set.jsonl', train)
    gh.setFile(HEAD, 'README.md', '# x\n')
    const listing = (await (await api(`/repos/acme/support-bot/contents/data?ref=${HEAD}`)).json()) as {
      type: string
      path: string
    }[]
    expect(listing.map(e => [e.type, e.path])).toEqual([
      ['dir', 'data/eval'],
      ['file', 'data/train.jsonl'],
    ])
  })

  test('over 1 MB: JSON has encoding "none" and empty content, raw still works; over 100 MB: 403 too_large', async () => {
    const big = Buffer.alloc(1024 * 1024 + 1, 'x')
    gh.setFile(HEAD, 'big.jsonl', big)
    gh.setFile(HEAD, 'limit.jsonl', big.subarray(0, 1024 * 1024))
    const json = (await (await api(`/repos/acme/support-bot/contents/big.jsonl?ref=${HEAD}`)).json()) as Record<
      string,
      unknown
    >
    expect(json).toMatchObject({ type: 'file', encoding: 'none', content: '', size: 1024 * 1024 + 1 })
    expect(json.sha).toMatch(/^[0-9a-f]{40}$/)
    const raw = await api(`/repos/acme/support-bot/contents/big.jsonl?ref=${HEAD}`, {
      headers: { accept: 'application/vnd.github.raw' },
    })
    expect(Buffer.from(await raw.arrayBuffer()).equals(big)).toBe(true)
    const atLimit = (await (await api(`/repos/acme/support-bot/contents/limit.jsonl?ref=${HEAD}`)).json()) as Record<
      string,
      string
    >
    expect(atLimit.encoding).toBe('base64')
    expect(Buffer.from(atLimit.content, 'base64').length).toBe(1024 * 1024)

    gh.setFile(HEAD, 'huge.jsonl', Buffer.alloc(100 * 1024 * 1024 + 1))
    const huge = await api(`/repos/acme/support-bot/contents/huge.jsonl?ref=${HEAD}`, {
      headers: { accept: 'application/vnd.github.raw' },
    })
    expect(huge.status).toBe(403)
    expect(await huge.json()).toMatchObject({ errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }] })
  })
})

describe('pull requests', () => {
  const pull = {
    number: 7,
    state: 'open' as const,
    merged_at: null,
    html_url: 'https://github.com/acme/support-bot/pull/7',
    head: { sha: 'b'.repeat(40), ref: 'more-data' },
    base: { sha: 'a'.repeat(40), ref: 'main' },
  }

  test('commits/{sha}/pulls answers the preloaded pull requests, and [] for a commit without any', async () => {
    gh.setCommitPulls('b'.repeat(40), [
      pull,
      {
        ...pull,
        number: 3,
        state: 'closed',
        merged_at: '2026-02-01T10:00:00Z',
        html_url: 'https://github.com/acme/support-bot/pull/3',
      },
    ])
    const res = await api(`/repos/acme/support-bot/commits/${'b'.repeat(40)}/pulls`)
    const pulls = (await res.json()) as Record<string, unknown>[]
    expect(pulls).toHaveLength(2)
    expect(pulls[0]).toMatchObject({
      number: 7,
      state: 'open',
      merged_at: null,
      html_url: 'https://github.com/acme/support-bot/pull/7',
      head: { sha: 'b'.repeat(40), ref: 'more-data', repo: { full_name: 'acme/support-bot', fork: false } },
      base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/support-bot' } },
    })
    expect(pulls[1]).toMatchObject({ number: 3, state: 'closed', merged_at: '2026-02-01T10:00:00Z' })
    expect(pulls[0]).not.toHaveProperty('merged')
    expect(await (await api(`/repos/acme/support-bot/commits/${'d'.repeat(40)}/pulls`)).json()).toEqual([])
  })

  test('pulls/{number}: a minimal pull request, a fork head, 404 when unknown', async () => {
    gh.setPull({ ...pull, head: { ...pull.head, repo: { full_name: 'contributor/support-bot' } } })
    const { data } = await octokit().request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: OWNER,
      repo: REPO,
      pull_number: 7,
    })
    expect(data).toMatchObject({
      number: 7,
      state: 'open',
      merged: false,
      html_url: 'https://github.com/acme/support-bot/pull/7',
      head: {
        sha: 'b'.repeat(40),
        ref: 'more-data',
        label: 'contributor:more-data',
        repo: { full_name: 'contributor/support-bot', fork: true },
      },
      base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/support-bot', fork: false } },
    })
    const unknown = await api('/repos/acme/support-bot/pulls/99')
    expect(unknown.status).toBe(404)
    expect(await unknown.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
      status: '404',
    })
  })
})

describe('read-only mode (fork pull requests)', () => {
  test('every write answers 403 Resource not accessible by integration; reads still work; nothing changes', async () => {
    const [existing] = seed(1)
    gh.setReadOnly()
    const post = await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: 'Report' }) })
    expect(post.status).toBe(403)
    expect(await post.json()).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    })
    expect(post.headers.get('x-accepted-github-permissions')).toBe('issues=write; pull_requests=write')
    const patch = await api(`/repos/acme/support-bot/issues/comments/${existing.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ body: 'x' }),
    })
    expect([patch.status, ((await patch.json()) as { documentation_url: string }).documentation_url]).toEqual([
      403,
      `${DOCS}#update-an-issue-comment`,
    ])
    const del = await api(`/repos/acme/support-bot/issues/comments/${existing.id}`, { method: 'DELETE' })
    expect(del.status).toBe(403)
    const list = await api(COMMENTS)
    expect(list.status).toBe(200)
    expect(gh.comments(OWNER, REPO, 7).map(c => c.body)).toEqual(['comment 1'])
    expect(gh.counts).toEqual({ requests: 4, writes: 3, created: 0, updated: 0, deleted: 0 })

    gh.setReadOnly(false)
    expect((await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: 'Report' }) })).status).toBe(201)
  })

  test('can start read-only', async () => {
    const readOnly = await startGitHubServer({ readOnly: true })
    try {
      const res = await fetch(`${readOnly.url}${COMMENTS}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${DEFAULT_TOKEN}` },
        body: '{"body":"x"}',
      })
      expect(res.status).toBe(403)
    } finally {
      await readOnly.stop()
    }
  })
})

describe('faults and rate limits', () => {
  test('rate-limit headers on every response, counting down', async () => {
    const first = await api(COMMENTS)
    const second = await api('/repos/acme/support-bot/pulls/1')
    const reset = String(Math.floor(clock.getTime() / 1000) + 3600)
    const headers = (r: Response) =>
      ['limit', 'remaining', 'reset', 'used', 'resource'].map(h => r.headers.get(`x-ratelimit-${h}`))
    expect(headers(first)).toEqual(['5000', '4999', reset, '1', 'core'])
    expect(headers(second)).toEqual(['5000', '4998', reset, '2', 'core'])
    const unauthorized = await api(COMMENTS, { token: null })
    expect(unauthorized.headers.get('x-ratelimit-remaining')).toBe('4998')
  })

  test('500 for the next 2 matching requests, then normal service', async () => {
    const fault = gh.faults.inject(
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      { kind: 'server_error' },
      2,
    )
    expect((await api(COMMENTS)).status).toBe(200)
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await api(COMMENTS, { method: 'POST', body: '{"body":"x"}' })).status)
    expect(statuses).toEqual([500, 500, 201])
    expect(fault).toMatchObject({ hits: 2, remaining: 0 })
    expect(gh.comments(OWNER, REPO, 7)).toHaveLength(1)
    expect(gh.requests.all.map(r => r.status)).toEqual([200, 500, 500, 201])
  })

  test('502 is an HTML page, as from the edge', async () => {
    gh.faults.inject(/^GET .*\/comments$/, { kind: 'bad_gateway' })
    const res = await api(COMMENTS)
    expect(res.status).toBe(502)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await res.text()).toContain('<title>Unicorn! &middot; GitHub</title>')
    expect((await api(COMMENTS)).status).toBe(200)
  })

  test.each([403, 429] as const)(
    'secondary rate limit as %i with retry-after, as the throttling plugin detects it',
    async status => {
      gh.faults.inject('/**', { kind: 'secondary_rate_limit', status, retryAfterSeconds: 7 })
      const error = await rejection(
        octokit().request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: OWNER,
          repo: REPO,
          issue_number: 7,
        }),
      )
      expect(error.status).toBe(status)
      expect(error.response.headers['retry-after']).toBe('7')
      expect(error.message).toMatch(/\bsecondary rate\b/i)
      expect(error.response.data).toMatchObject({
        documentation_url:
          'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: String(status),
      })
      expect((await api(COMMENTS)).status).toBe(200)
    },
  )

  test('primary rate limit: 403 with x-ratelimit-remaining 0 and the reset time', async () => {
    gh.faults.inject('/**', { kind: 'rate_limit', retryAfterSeconds: 42 })
    const res = await api(COMMENTS)
    expect(res.status).toBe(403)
    expect(res.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(res.headers.get('x-ratelimit-reset')).toBe(String(Math.floor(clock.getTime() / 1000) + 42))
    expect(res.headers.get('retry-after')).toBeNull()
    expect(await res.json()).toEqual({
      message: 'API rate limit exceeded for installation ID 4242.',
      documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
      status: '403',
    })
  })

  test('a spent primary budget answers 403 until the window resets', async () => {
    gh.setRateLimit({ remaining: 1, resetIn: 60 })
    expect((await api(COMMENTS)).status).toBe(200)
    const spent = await api(COMMENTS)
    expect(spent.status).toBe(403)
    expect(spent.headers.get('x-ratelimit-remaining')).toBe('0')
    clock = new Date(clock.getTime() + 61_000)
    const after = await api(COMMENTS)
    expect([after.status, after.headers.get('x-ratelimit-remaining')]).toEqual([200, '4999'])
  })
})

describe('identity', () => {
  test('401 without a token or with an unknown one; token and Bearer schemes both work', async () => {
    const none = await api(COMMENTS, { token: null })
    expect([none.status, await none.json()]).toEqual([
      401,
      { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' },
    ])
    const wrong = await api(COMMENTS, { token: 'ghs_wrong' })
    expect([wrong.status, await wrong.json()]).toEqual([
      401,
      { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' },
    ])
    const bearer = await fetch(gh.url + COMMENTS, { headers: { authorization: `Bearer ${gh.token}` } })
    expect(bearer.status).toBe(200)
    expect(gh.requests.all.map(r => r.user)).toEqual([null, null, 'github-actions[bot]'])
  })

  test('GET /user: 403 for the GITHUB_TOKEN bot, the user for a registered personal token', async () => {
    const bot = await api('/user')
    expect([bot.status, await bot.json()]).toEqual([
      403,
      {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
        status: '403',
      },
    ])
    gh.addToken('ghp_mona', { login: 'mona', id: 1001, type: 'User' })
    const mona = await api('/user', { token: 'ghp_mona' })
    expect(await mona.json()).toMatchObject({
      login: 'mona',
      id: 1001,
      type: 'User',
      html_url: 'https://github.com/mona',
    })
  })

  test('comments record their author', async () => {
    gh.addToken('ghs_other_app', { login: 'other-app[bot]', id: 555, type: 'Bot' })
    await api(COMMENTS, { method: 'POST', body: '{"body":"from the action"}' })
    await api(COMMENTS, { method: 'POST', body: '{"body":"from another app"}', token: 'ghs_other_app' })
    expect(gh.comments(OWNER, REPO, 7).map(c => [c.body, c.user.login, c.user.type])).toEqual([
      ['from the action', ACTIONS_BOT.login, 'Bot'],
      ['from another app', 'other-app[bot]', 'Bot'],
    ])
  })
})

describe('recording and lifecycle', () => {
  test('every request in order with method, path, query, parsed body and headers but no token', async () => {
    await api(`${COMMENTS}?per_page=100`, {
      headers: { 'user-agent': 'test-agent', 'x-github-api-version': '2022-11-28' },
    })
    await api(COMMENTS, { method: 'POST', body: JSON.stringify({ body: 'hi' }) })
    await api('/nowhere')
    expect(gh.requests.all).toEqual([
      {
        seq: 1,
        method: 'GET',
        path: COMMENTS,
        query: { per_page: '100' },
        body: undefined,
        headers: { accept: '*/*', 'user-agent': 'test-agent', 'x-github-api-version': '2022-11-28' },
        route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        repo: 'acme/support-bot',
        user: 'github-actions[bot]',
        status: 200,
      },
      expect.objectContaining({
        method: 'POST',
        body: { body: 'hi' },
        status: 201,
        route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      }),
      expect.objectContaining({ method: 'GET', path: '/nowhere', route: null, repo: null, status: 404 }),
    ])
    expect(JSON.stringify(gh.requests.all)).not.toContain(gh.token)
    expect(gh.writeRequests()).toHaveLength(1)
    expect(gh.requests.all.filter(r => r.method === 'POST' && r.path === COMMENTS)).toHaveLength(1)
    gh.requests.clear()
    expect(gh.counts).toEqual({ requests: 0, writes: 0, created: 1, updated: 0, deleted: 0 })
  })

  test('stop closes kept-alive connections at once and the port stops answering', async () => {
    const other = await startGitHubServer()
    await fetch(`${other.url}/user`, { headers: { authorization: `token ${other.token}` } }).then(r => r.text())
    const started = Date.now()
    await other.stop()
    expect(Date.now() - started).toBeLessThan(1000)
    await expect(fetch(`${other.url}/user`)).rejects.toThrow()
    await other.stop()
  })
})

describe('the pull_request event file', () => {
  test('a same-repository pull request and a fork', () => {
    const file = writePullRequestEvent({
      repo: 'acme/support-bot',
      number: 7,
      head: { sha: 'b'.repeat(40), ref: 'more-data' },
      base: { sha: 'a'.repeat(40) },
    })
    const event = JSON.parse(readFileSync(file, 'utf8'))
    expect(event).toMatchObject({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        html_url: 'https://github.com/acme/support-bot/pull/7',
        head: { sha: 'b'.repeat(40), ref: 'more-data', repo: { full_name: 'acme/support-bot', fork: false } },
        base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/support-bot' } },
      },
      repository: { full_name: 'acme/support-bot', name: 'support-bot', owner: { login: 'acme' } },
    })
    const fork = JSON.parse(
      readFileSync(
        writePullRequestEvent({
          repo: 'acme/support-bot',
          number: 8,
          head: { sha: 'c'.repeat(40) },
          base: { sha: 'a'.repeat(40) },
          fork: true,
          action: 'opened',
        }),
        'utf8',
      ),
    )
    expect(fork.action).toBe('opened')
    expect(fork.pull_request.head.repo).toMatchObject({ full_name: 'contributor/support-bot', fork: true })
    expect(fork.repository.full_name).toBe('acme/support-bot')
  })
})
