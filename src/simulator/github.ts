import { createHash } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/**
 * A local stand-in for api.github.com, for end-to-end tests of the bundled action: it answers what Octokit (with the
 * paginate, retry and throttling plugins) reads, with GitHub's status codes, field names, error bodies and headers.
 * State lives in memory; every request is recorded.
 */

export interface GitHubUser {
  login: string
  id: number
  type: 'Bot' | 'User'
}

/** The identity of GITHUB_TOKEN. */
export const ACTIONS_BOT: GitHubUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
/** Installation tokens (GITHUB_TOKEN is one) start with ghs_, which Octokit's auth-token also looks at. */
export const DEFAULT_TOKEN = 'ghs_fakeGitHubServerToken0000000000000'

export const MAX_COMMENT_LENGTH = 65_536
const ONE_MB = 1024 * 1024
const HUNDRED_MB = 100 * ONE_MB
const API_VERSION = '2022-11-28'

const DOCS = {
  root: 'https://docs.github.com/rest',
  listComments: 'https://docs.github.com/rest/issues/comments#list-issue-comments',
  createComment: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
  getComment: 'https://docs.github.com/rest/issues/comments#get-an-issue-comment',
  updateComment: 'https://docs.github.com/rest/issues/comments#update-an-issue-comment',
  deleteComment: 'https://docs.github.com/rest/issues/comments#delete-an-issue-comment',
  user: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
  contents: 'https://docs.github.com/rest/repos/contents#get-repository-content',
  commitPulls: 'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
  pull: 'https://docs.github.com/rest/pulls/pulls#get-a-pull-request',
  primaryLimit: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  secondaryLimit: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
}

export interface PullSide {
  sha: string
  ref: string
  /** Defaults to the repository of the request (for head: that repository, so not a fork). */
  repo?: { full_name: string; fork?: boolean }
}

export interface PullInput {
  number: number
  state?: 'open' | 'closed'
  merged_at?: string | null
  html_url?: string
  title?: string
  draft?: boolean
  user?: GitHubUser
  head: PullSide
  base: PullSide
}

export interface RecordedRequest {
  method: string
  /** The path as received: pages after the first use GitHub's /repositories/{id}/... form. */
  path: string
  query: Record<string, string>
  /** Parsed JSON; the raw text when it is not JSON; undefined without a body. */
  body: unknown
  /** accept, content-type, user-agent, x-github-api-version, if-none-match when sent; never authorization. */
  headers: Record<string, string>
  /** The Octokit route it matched, whichever URL form was used, such as 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'. */
  endpoint: string | null
  /** 'owner/name' as first seen by the server. */
  repo: string | null
  /** Login of the token's user; null without a known token. */
  user: string | null
  /** The status answered (0 while in flight). */
  status: number
}

export type FaultKind = 'server-error' | 'bad-gateway' | 'secondary-rate-limit' | 'rate-limit'

export interface FaultOptions {
  /** How many matching requests fail (default 1). */
  times?: number
  method?: string
  /** Exact pathname, or a pattern tested on it. */
  path?: string | RegExp
  /** An Octokit route as in RecordedRequest.endpoint. */
  endpoint?: string
  /** Rate limits only: 403 (default, the classic answer) or 429. */
  status?: 403 | 429
  /** secondary-rate-limit: the retry-after header in seconds (default 60; 0 sends none, as GitHub sometimes does). */
  retryAfter?: number
  /** rate-limit: seconds until x-ratelimit-reset (default 60). */
  resetIn?: number
}

export interface Fault {
  readonly kind: FaultKind
  /** Matching requests still to fail. */
  remaining: number
  /** Requests it failed so far. */
  hits: number
}

export interface GitHubServerOptions {
  port?: number
  /** The token answering as github-actions[bot] (default DEFAULT_TOKEN). */
  token?: string
  /** More tokens and who they authenticate. */
  tokens?: Record<string, GitHubUser>
  /** Fork pull requests: every write answers 403. */
  readOnly?: boolean
  /** Used for html_url fields (default https://github.com). */
  serverUrl?: string
  /** The ref of contents requests without ?ref= (default main). */
  defaultBranch?: string
  /** Primary rate limit of the token (default 5000 an hour, all remaining). */
  rateLimit?: { limit?: number; remaining?: number }
  /** The first comment id handed out; GitHub's are past 2^31 nowadays, which catches int32 assumptions. */
  firstCommentId?: number
  now?: () => Date
}

export interface IssueComment {
  url: string
  html_url: string
  issue_url: string
  id: number
  node_id: string
  user: ReturnType<typeof userJson>
  created_at: string
  updated_at: string
  author_association: string
  body: string
  reactions: Record<string, string | number>
  performed_via_github_app: null
}

interface StoredComment {
  id: number
  repoKey: string
  issue: number
  body: string
  user: GitHubUser
  createdAt: Date
  updatedAt: Date
}

interface StoredFile {
  data: Buffer
  blobSha?: string
}

interface RepoInfo {
  id: number
  owner: string
  name: string
  fullName: string
}

interface Reply {
  status: number
  json?: unknown
  raw?: Buffer
  headers?: Record<string, string>
}

interface Context {
  url: URL
  params: Record<string, string>
  repo: RepoInfo | null
  user: GitHubUser
  token: string
  accept: string
  body: unknown
}

interface Route {
  method: string
  template: string
  docs: string
  handle: (ctx: Context) => Reply
}

interface FaultEntry extends Fault {
  options: FaultOptions
}

const RECORDED_HEADERS = ['accept', 'content-type', 'user-agent', 'x-github-api-version', 'if-none-match']
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

export class GitHubServer {
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[] = []
  /** The token of github-actions[bot]. */
  readonly token: string
  private readonly http: http.Server
  private baseUrl = ''
  private readonly tokens = new Map<string, GitHubUser>()
  private readonly repos = new Map<string, RepoInfo>()
  private readonly reposById = new Map<number, RepoInfo>()
  private readonly commentStore = new Map<number, StoredComment>()
  private readonly files = new Map<string, Map<string, StoredFile>>()
  private readonly pulls = new Map<number, PullInput>()
  private readonly commitPullNumbers = new Map<string, number[]>()
  private readonly faults: FaultEntry[] = []
  private readonly routes: Route[]
  private readonly serverUrl: string
  private readonly defaultBranch: string
  private readonly now: () => Date
  private readOnlyMode: boolean
  private nextCommentId: number
  private nextRepoId = 812_000_001
  private requestSeq = 0
  private readonly limit: { limit: number; remaining: number; used: number; reset: number }
  private readonly writeCounts = { created: 0, updated: 0, deleted: 0 }

  constructor(options: GitHubServerOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN
    this.tokens.set(this.token, ACTIONS_BOT)
    for (const [token, user] of Object.entries(options.tokens ?? {})) this.tokens.set(token, user)
    this.readOnlyMode = options.readOnly ?? false
    this.serverUrl = options.serverUrl ?? 'https://github.com'
    this.defaultBranch = options.defaultBranch ?? 'main'
    this.now = options.now ?? (() => new Date())
    this.nextCommentId = options.firstCommentId ?? 3_100_000_001
    const limit = options.rateLimit?.limit ?? 5000
    const remaining = options.rateLimit?.remaining ?? limit
    this.limit = { limit, remaining, used: limit - remaining, reset: this.epoch() + 3600 }
    this.routes = this.buildRoutes()
    this.http = http.createServer((req, res) => {
      this.serve(req, res).catch(error => {
        if (!res.headersSent) this.send(res, { status: 500, json: { message: `fake GitHub server bug: ${String(error)}` } })
      })
    })
  }

  /** http://127.0.0.1:PORT, the value for GITHUB_API_URL and Octokit's baseUrl. */
  get url(): string {
    return this.baseUrl
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(port, '127.0.0.1', () => resolve())
    })
    this.baseUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`
    return this
  }

  /** Closes the listener and every kept-alive socket, so nothing keeps jest alive. */
  async stop(): Promise<void> {
    if (!this.http.listening) return
    const closed = new Promise<void>(resolve => this.http.close(() => resolve()))
    this.http.closeAllConnections()
    await closed
  }

  // --- identity and modes ---------------------------------------------------------------------------------------

  addToken(token: string, user: GitHubUser): void {
    this.tokens.set(token, user)
  }

  setReadOnly(readOnly = true): void {
    this.readOnlyMode = readOnly
  }

  get readOnly(): boolean {
    return this.readOnlyMode
  }

  setRateLimit(state: { limit?: number; remaining: number; resetIn?: number }): void {
    this.limit.limit = state.limit ?? this.limit.limit
    this.limit.remaining = state.remaining
    this.limit.used = this.limit.limit - state.remaining
    if (state.resetIn !== undefined) this.limit.reset = this.epoch() + state.resetIn
  }

  /** Fails the next `times` requests that match (every condition given must hold), before auth is even checked. */
  fail(kind: FaultKind, options: FaultOptions = {}): Fault {
    const entry: FaultEntry = { kind, remaining: options.times ?? 1, hits: 0, options }
    this.faults.push(entry)
    return entry
  }

  // --- state ----------------------------------------------------------------------------------------------------

  /** Preloads a file as it is at a ref (a sha, branch or tag name; contents without ?ref= read the default branch). */
  setFile(ref: string, filePath: string, contents: string | Buffer): void {
    let tree = this.files.get(ref)
    if (!tree) this.files.set(ref, (tree = new Map()))
    tree.set(trimSlashes(filePath), { data: typeof contents === 'string' ? Buffer.from(contents) : contents })
  }

  /** The pull requests GET /repos/{owner}/{repo}/pulls/{number} knows. */
  setPull(pull: PullInput): void {
    this.pulls.set(pull.number, pull)
  }

  /** What GET .../commits/{sha}/pulls answers; the pulls become known to GET .../pulls/{number} too. */
  setCommitPulls(sha: string, pulls: PullInput[]): void {
    for (const pull of pulls) this.setPull(pull)
    this.commitPullNumbers.set(sha, pulls.map(p => p.number))
  }

  /** A comment made outside the action (another user, an earlier run); not recorded as a request. */
  addComment(owner: string, repo: string, issue: number, body: string, user: GitHubUser = ACTIONS_BOT): IssueComment {
    const stored = this.storeComment(this.repo(owner, repo), issue, body, user)
    return this.commentJson(stored)
  }

  /** The comments of an issue or pull request, oldest first, as the API shows them. */
  comments(owner: string, repo: string, issue: number): IssueComment[] {
    const key = repoKey(owner, repo)
    return [...this.commentStore.values()].filter(c => c.repoKey === key && c.issue === issue).map(c => this.commentJson(c))
  }

  comment(id: number): IssueComment | undefined {
    const stored = this.commentStore.get(id)
    return stored && this.commentJson(stored)
  }

  /** Someone deletes the comment in the UI: later GET/PATCH of it answer 404. */
  deleteComment(id: number): boolean {
    return this.commentStore.delete(id)
  }

  /** Comment writes that succeeded through the API, and the write requests received whatever their answer. */
  get counts(): { requests: number; writes: number; created: number; updated: number; deleted: number } {
    return { requests: this.requests.length, writes: this.writeRequests().length, ...this.writeCounts }
  }

  writeRequests(): RecordedRequest[] {
    return this.requests.filter(r => WRITE_METHODS.has(r.method))
  }

  clearRequests(): void {
    this.requests.length = 0
  }

  /** GitHub's numeric id of a repository, used in the Link headers of later pages. */
  repoId(owner: string, repo: string): number {
    return this.repo(owner, repo).id
  }

  // --- HTTP -----------------------------------------------------------------------------------------------------

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req)
    const url = new URL(req.url ?? '/', this.baseUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const auth = parseAuthorization(req.headers.authorization)
    const user = auth ? this.tokens.get(auth) : undefined
    const headers: Record<string, string> = {}
    for (const name of RECORDED_HEADERS) {
      const value = req.headers[name]
      if (typeof value === 'string') headers[name] = value
    }
    let body: unknown
    let bodyIsJson = true
    if (rawBody.length > 0) {
      const text = rawBody.toString('utf8')
      try {
        body = JSON.parse(text)
      } catch {
        body = text
        bodyIsJson = false
      }
    }
    const match = this.match(method, url.pathname)
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body,
      headers,
      endpoint: match && `${match.route.method} ${match.route.template}`,
      repo: match?.repo?.fullName ?? null,
      user: user?.login ?? null,
      status: 0,
    }
    this.requests.push(record)
    const reply = this.answer(record, match, { url, user, token: auth ?? '', accept: headers.accept ?? '', body, bodyIsJson })
    record.status = reply.status
    this.send(res, reply)
  }

  private answer(
    record: RecordedRequest,
    match: { route: Route; params: Record<string, string>; repo: RepoInfo | null } | null,
    request: { url: URL; user: GitHubUser | undefined; token: string; accept: string; body: unknown; bodyIsJson: boolean },
  ): Reply {
    const fault = this.faults.find(f => f.remaining > 0 && faultMatches(f.options, record))
    if (fault) {
      fault.remaining--
      fault.hits++
      return this.faultReply(fault, request.user)
    }
    if (!request.token) return errorReply(401, 'Requires authentication', DOCS.root)
    if (!request.user) return errorReply(401, 'Bad credentials', DOCS.root)
    this.rollRateLimitWindow()
    if (this.limit.remaining <= 0) return this.primaryLimitReply(request.user, 403, this.limit.reset)
    this.limit.remaining--
    this.limit.used++
    if (!match) return errorReply(404, 'Not Found', DOCS.root)
    const { route } = match
    if (WRITE_METHODS.has(route.method)) {
      if (this.readOnlyMode) {
        return errorReply(403, 'Resource not accessible by integration', route.docs, undefined, {
          'x-accepted-github-permissions': 'issues=write; pull_requests=write',
        })
      }
      if (!request.bodyIsJson) return errorReply(400, 'Problems parsing JSON', route.docs)
    }
    return route.handle({ url: request.url, params: match.params, repo: match.repo, user: request.user, token: request.token, accept: request.accept, body: request.body })
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-github-api-version-selected': API_VERSION,
      'x-github-request-id': `FA4E:${(++this.requestSeq).toString(16).toUpperCase().padStart(6, '0')}`,
      'x-ratelimit-limit': String(this.limit.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.limit.remaining)),
      'x-ratelimit-reset': String(this.limit.reset),
      'x-ratelimit-used': String(this.limit.used),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    }
    let payload: Buffer | undefined
    if (reply.raw) {
      payload = reply.raw
    } else if (reply.json !== undefined) {
      payload = Buffer.from(JSON.stringify(reply.json))
      headers['content-type'] ??= 'application/json; charset=utf-8'
      headers['x-github-media-type'] ??= 'github.v3; format=json'
    }
    if (payload) headers['content-length'] = String(payload.length)
    res.writeHead(reply.status, headers)
    res.end(payload)
  }

  private match(method: string, pathname: string): { route: Route; params: Record<string, string>; repo: RepoInfo | null } | null {
    let segments = pathname.split('/').slice(1)
    if (segments.at(-1) === '' && segments.length > 1) segments = segments.slice(0, -1)
    // Later pages are linked as /repositories/{id}/..., as GitHub does: normalize to the /repos/{owner}/{repo} form.
    if (segments[0] === 'repositories' && segments.length > 1) {
      const repo = this.reposById.get(Number(segments[1]))
      if (!repo) return null
      segments = ['repos', repo.owner, repo.name, ...segments.slice(2)]
    }
    for (const route of this.routes) {
      if (route.method !== method) continue
      const params = matchTemplate(route.template, segments)
      if (!params) continue
      const repo = params.owner !== undefined && params.repo !== undefined ? this.repo(params.owner, params.repo) : null
      return { route, params, repo }
    }
    return null
  }

  // --- endpoints ------------------------------------------------------------------------------------------------

  private buildRoutes(): Route[] {
    return [
      { method: 'GET', template: '/user', docs: DOCS.user, handle: ctx => this.getUser(ctx) },
      { method: 'GET', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', docs: DOCS.getComment, handle: ctx => this.getComment(ctx) },
      { method: 'PATCH', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', docs: DOCS.updateComment, handle: ctx => this.updateComment(ctx) },
      { method: 'DELETE', template: '/repos/{owner}/{repo}/issues/comments/{comment_id}', docs: DOCS.deleteComment, handle: ctx => this.removeComment(ctx) },
      { method: 'GET', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', docs: DOCS.listComments, handle: ctx => this.listComments(ctx) },
      { method: 'POST', template: '/repos/{owner}/{repo}/issues/{issue_number}/comments', docs: DOCS.createComment, handle: ctx => this.createComment(ctx) },
      { method: 'GET', template: '/repos/{owner}/{repo}/contents/{path}', docs: DOCS.contents, handle: ctx => this.getContents(ctx) },
      { method: 'GET', template: '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', docs: DOCS.commitPulls, handle: ctx => this.listCommitPulls(ctx) },
      { method: 'GET', template: '/repos/{owner}/{repo}/pulls/{pull_number}', docs: DOCS.pull, handle: ctx => this.getPull(ctx) },
    ]
  }

  private getUser(ctx: Context): Reply {
    // Installation tokens (GITHUB_TOKEN) are not a user: GitHub refuses them here.
    if (ctx.user.type === 'Bot') return errorReply(403, 'Resource not accessible by integration', DOCS.user)
    return { status: 200, json: this.userJson(ctx.user) }
  }

  private listComments(ctx: Context): Reply {
    const repo = ctx.repo!
    if (!isId(ctx.params.issue_number!)) return errorReply(404, 'Not Found', DOCS.listComments)
    const issue = Number(ctx.params.issue_number)
    const since = ctx.url.searchParams.get('since')
    const sinceTime = since ? Date.parse(since) : NaN
    const all = [...this.commentStore.values()].filter(
      c => c.repoKey === repoKey(repo.owner, repo.name) && c.issue === issue && (Number.isNaN(sinceTime) || c.updatedAt.getTime() >= sinceTime),
    )
    return this.page(ctx, all, `/repositories/${repo.id}/issues/${issue}/comments`, c => this.commentJson(c))
  }

  private createComment(ctx: Context): Reply {
    if (!isId(ctx.params.issue_number!)) return errorReply(404, 'Not Found', DOCS.createComment)
    const invalid = validateBody(ctx.body, DOCS.createComment)
    if (invalid) return invalid
    const stored = this.storeComment(ctx.repo!, Number(ctx.params.issue_number), (ctx.body as { body: string }).body, ctx.user)
    this.writeCounts.created++
    const json = this.commentJson(stored)
    return { status: 201, json, headers: { location: json.url } }
  }

  private getComment(ctx: Context): Reply {
    const stored = this.findComment(ctx)
    if (!stored) return errorReply(404, 'Not Found', DOCS.getComment)
    return { status: 200, json: this.commentJson(stored) }
  }

  private updateComment(ctx: Context): Reply {
    const stored = this.findComment(ctx)
    if (!stored) return errorReply(404, 'Not Found', DOCS.updateComment)
    const invalid = validateBody(ctx.body, DOCS.updateComment)
    if (invalid) return invalid
    stored.body = (ctx.body as { body: string }).body
    stored.updatedAt = this.now()
    this.writeCounts.updated++
    return { status: 200, json: this.commentJson(stored) }
  }

  private removeComment(ctx: Context): Reply {
    const stored = this.findComment(ctx)
    if (!stored) return errorReply(404, 'Not Found', DOCS.deleteComment)
    this.commentStore.delete(stored.id)
    this.writeCounts.deleted++
    return { status: 204 }
  }

  private getContents(ctx: Context): Reply {
    const repo = ctx.repo!
    const ref = ctx.url.searchParams.get('ref') || this.defaultBranch
    const tree = this.files.get(ref)
    if (!tree) return errorReply(404, `No commit found for the ref ${ref}`, DOCS.contents)
    const filePath = trimSlashes(ctx.params.path ?? '')
    const file = tree.get(filePath)
    if (file) {
      if (file.data.length > HUNDRED_MB) {
        return errorReply(
          403,
          'This API returns blobs up to 1 MB in size. The requested blob is too large to fetch via the API, but you can use the Git Data API to request blobs up to 100 MB in size.',
          DOCS.contents,
          [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        )
      }
      const raw = /vnd\.github(\.v3)?\.raw\b/i.exec(ctx.accept)
      if (raw) {
        return {
          status: 200,
          raw: file.data,
          headers: { 'content-type': `application/vnd.github${raw[1] ?? ''}.raw; charset=utf-8`, 'x-github-media-type': 'github.v3; param=raw' },
        }
      }
      const entry = this.contentEntry(repo, ref, filePath, 'file', file)
      // Between 1 MB and 100 MB only the raw and object media types carry the content; JSON leaves it empty.
      const small = file.data.length <= ONE_MB
      return { status: 200, json: { ...entry, content: small ? base64Lines(file.data) : '', encoding: small ? 'base64' : 'none' } }
    }
    // A directory: its direct children, directories first as git sorts them by name.
    const prefix = filePath === '' ? '' : `${filePath}/`
    const children = new Map<string, 'file' | 'dir'>()
    for (const p of tree.keys()) {
      if (!p.startsWith(prefix)) continue
      const rest = p.slice(prefix.length)
      const slash = rest.indexOf('/')
      children.set(prefix + (slash < 0 ? rest : rest.slice(0, slash)), slash < 0 ? 'file' : 'dir')
    }
    if (children.size === 0) return errorReply(404, 'Not Found', DOCS.contents)
    const listing = [...children.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([p, type]) => this.contentEntry(repo, ref, p, type, type === 'file' ? tree.get(p)! : undefined))
    return { status: 200, json: listing }
  }

  private listCommitPulls(ctx: Context): Reply {
    const repo = ctx.repo!
    const sha = ctx.params.commit_sha!
    const pulls = (this.commitPullNumbers.get(sha) ?? []).map(n => this.pulls.get(n)!).filter(Boolean)
    return this.page(ctx, pulls, `/repositories/${repo.id}/commits/${sha}/pulls`, p => this.pullJson(p, repo, false))
  }

  private getPull(ctx: Context): Reply {
    const pull = isId(ctx.params.pull_number!) ? this.pulls.get(Number(ctx.params.pull_number)) : undefined
    if (!pull) return errorReply(404, 'Not Found', DOCS.pull)
    return { status: 200, json: this.pullJson(pull, ctx.repo!, true) }
  }

  // --- building blocks ------------------------------------------------------------------------------------------

  /** GitHub's pagination: per_page 30 by default and at most 100; a Link header only when there is another page. */
  private page<T>(ctx: Context, items: T[], linkPath: string, render: (item: T) => unknown): Reply {
    const perPageParam = Number.parseInt(ctx.url.searchParams.get('per_page') ?? '', 10)
    const perPage = Number.isNaN(perPageParam) || perPageParam < 1 ? 30 : Math.min(perPageParam, 100)
    const pageParam = Number.parseInt(ctx.url.searchParams.get('page') ?? '', 10)
    const page = Number.isNaN(pageParam) || pageParam < 1 ? 1 : pageParam
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (target: number, rel: string) => {
      const query = new URLSearchParams(ctx.url.searchParams)
      query.set('page', String(target))
      return `<${this.baseUrl}${linkPath}?${query}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'))
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'))
    const json = items.slice((page - 1) * perPage, page * perPage).map(render)
    return { status: 200, json, headers: links.length > 0 ? { link: links.join(', ') } : {} }
  }

  private storeComment(repo: RepoInfo, issue: number, body: string, user: GitHubUser): StoredComment {
    const now = this.now()
    const stored: StoredComment = { id: this.nextCommentId++, repoKey: repoKey(repo.owner, repo.name), issue, body, user, createdAt: now, updatedAt: now }
    this.commentStore.set(stored.id, stored)
    return stored
  }

  /** A comment is only found through the repository it belongs to. */
  private findComment(ctx: Context): StoredComment | undefined {
    if (!isId(ctx.params.comment_id!)) return undefined
    const stored = this.commentStore.get(Number(ctx.params.comment_id))
    return stored && stored.repoKey === repoKey(ctx.repo!.owner, ctx.repo!.name) ? stored : undefined
  }

  private commentJson(c: StoredComment): IssueComment {
    const repo = this.repos.get(c.repoKey)!
    const api = `${this.baseUrl}/repos/${repo.fullName}`
    return {
      url: `${api}/issues/comments/${c.id}`,
      html_url: `${this.serverUrl}/${repo.fullName}/pull/${c.issue}#issuecomment-${c.id}`,
      issue_url: `${api}/issues/${c.issue}`,
      id: c.id,
      node_id: `IC_kwDO${Buffer.from(`${repo.id}:${c.id}`).toString('base64url')}`,
      user: this.userJson(c.user),
      created_at: isoSeconds(c.createdAt),
      updated_at: isoSeconds(c.updatedAt),
      author_association: 'NONE',
      body: c.body,
      reactions: {
        url: `${api}/issues/comments/${c.id}/reactions`,
        total_count: 0,
        '+1': 0,
        '-1': 0,
        laugh: 0,
        hooray: 0,
        confused: 0,
        heart: 0,
        rocket: 0,
        eyes: 0,
      },
      performed_via_github_app: null,
    }
  }

  private userJson(user: GitHubUser) {
    return userJson(user, this.baseUrl, this.serverUrl)
  }

  private contentEntry(repo: RepoInfo, ref: string, filePath: string, type: 'file' | 'dir', file?: StoredFile) {
    const sha = file ? blobSha(file) : createHash('sha1').update(`tree ${ref}:${filePath}`).digest('hex')
    const self = `${this.baseUrl}/repos/${repo.fullName}/contents/${filePath}?ref=${encodeURIComponent(ref)}`
    const git = `${this.baseUrl}/repos/${repo.fullName}/git/${type === 'file' ? 'blobs' : 'trees'}/${sha}`
    const html = `${this.serverUrl}/${repo.fullName}/${type === 'file' ? 'blob' : 'tree'}/${ref}/${filePath}`
    return {
      name: path.posix.basename(filePath),
      path: filePath,
      sha,
      size: file ? file.data.length : 0,
      url: self,
      html_url: html,
      git_url: git,
      download_url: file ? `https://raw.githubusercontent.com/${repo.fullName}/${ref}/${filePath}` : null,
      type,
      _links: { self, git, html },
    }
  }

  private pullJson(pull: PullInput, requested: RepoInfo, single: boolean) {
    const baseRepo = pull.base.repo?.full_name ?? requested.fullName
    const headRepo = pull.head.repo?.full_name ?? baseRepo
    const side = (s: PullSide, fullName: string, fork: boolean) => {
      const [owner = '', name = ''] = fullName.split('/')
      const info = this.repo(owner, name)
      return {
        label: `${owner}:${s.ref}`,
        ref: s.ref,
        sha: s.sha,
        user: { login: owner },
        repo: {
          id: info.id,
          name: info.name,
          full_name: info.fullName,
          private: false,
          owner: { login: info.owner },
          html_url: `${this.serverUrl}/${info.fullName}`,
          url: `${this.baseUrl}/repos/${info.fullName}`,
          fork,
          default_branch: this.defaultBranch,
        },
      }
    }
    const author = pull.user ?? { login: 'octocat', id: 583231, type: 'User' as const }
    return {
      url: `${this.baseUrl}/repos/${baseRepo}/pulls/${pull.number}`,
      id: 2_400_000_000 + pull.number,
      node_id: `PR_kwDO${Buffer.from(`${baseRepo}#${pull.number}`).toString('base64url')}`,
      html_url: pull.html_url ?? `${this.serverUrl}/${baseRepo}/pull/${pull.number}`,
      number: pull.number,
      state: pull.state ?? 'open',
      locked: false,
      title: pull.title ?? `Pull request #${pull.number}`,
      user: this.userJson(author),
      draft: pull.draft ?? false,
      merged_at: pull.merged_at ?? null,
      ...(single ? { merged: pull.merged_at != null } : {}),
      head: side(pull.head, headRepo, pull.head.repo?.fork ?? headRepo.toLowerCase() !== baseRepo.toLowerCase()),
      base: side(pull.base, baseRepo, false),
    }
  }

  /** Owner and repository names are case-insensitive on GitHub; responses spell them as first seen. */
  private repo(owner: string, name: string): RepoInfo {
    const key = repoKey(owner, name)
    let info = this.repos.get(key)
    if (!info) {
      info = { id: this.nextRepoId++, owner, name, fullName: `${owner}/${name}` }
      this.repos.set(key, info)
      this.reposById.set(info.id, info)
    }
    return info
  }

  private faultReply(fault: FaultEntry, user: GitHubUser | undefined): Reply {
    const status = fault.options.status ?? 403
    switch (fault.kind) {
      case 'server-error':
        return { status: 500, json: { message: 'Server Error' } }
      case 'bad-gateway':
        // What the edge answers when the backend is down: an HTML page, not JSON.
        return {
          status: 502,
          raw: Buffer.from('<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>No server is currently available to service your request.</p></body></html>\n'),
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }
      case 'secondary-rate-limit': {
        const retryAfter = fault.options.retryAfter ?? 60
        const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FA4E:${this.requestSeq + 1}.`
        return errorReply(status, message, DOCS.secondaryLimit, undefined, retryAfter > 0 ? { 'retry-after': String(retryAfter) } : {})
      }
      case 'rate-limit':
        return this.primaryLimitReply(user, status, this.epoch() + (fault.options.resetIn ?? 60))
    }
  }

  private primaryLimitReply(user: GitHubUser | undefined, status: number, reset: number): Reply {
    const who = user?.type === 'User' ? `user ID ${user.id}` : 'installation ID 4242'
    return errorReply(status, `API rate limit exceeded for ${who}.`, DOCS.primaryLimit, undefined, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(this.limit.limit),
    })
  }

  private rollRateLimitWindow(): void {
    if (this.epoch() < this.limit.reset) return
    this.limit.remaining = this.limit.limit
    this.limit.used = 0
    this.limit.reset = this.epoch() + 3600
  }

  private epoch(): number {
    return Math.floor(this.now().getTime() / 1000)
  }
}

/** Starts the fake on 127.0.0.1; `stop()` it in afterAll. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(options).listen(options.port ?? 0)
}

// --- the pull_request event ---------------------------------------------------------------------------------------

export interface PullRequestEventInput {
  /** The base repository, 'owner/name' (GITHUB_REPOSITORY). */
  repo: string
  number: number
  head: { sha: string; ref?: string; /** 'owner/name'; default the base repository, or contributor/{name} for a fork */ repo?: string }
  base: { sha: string; ref?: string }
  fork?: boolean
  action?: string
  serverUrl?: string
  apiUrl?: string
}

/** A pull_request webhook payload as the runner stores it at GITHUB_EVENT_PATH (the fields actions read). */
export function pullRequestEvent(input: PullRequestEventInput) {
  const serverUrl = input.serverUrl ?? 'https://github.com'
  const apiUrl = input.apiUrl ?? 'https://api.github.com'
  const [owner = '', name = ''] = input.repo.split('/')
  const fork = input.fork ?? false
  const headFullName = input.head.repo ?? (fork ? `contributor/${name}` : input.repo)
  const headOwner = headFullName.split('/')[0]!
  const repository = (fullName: string, isFork: boolean, id: number) => ({
    id,
    name: fullName.split('/')[1],
    full_name: fullName,
    private: false,
    owner: { login: fullName.split('/')[0], type: fullName === input.repo ? 'Organization' : 'User' },
    html_url: `${serverUrl}/${fullName}`,
    url: `${apiUrl}/repos/${fullName}`,
    fork: isFork,
    default_branch: 'main',
  })
  const baseRepository = repository(input.repo, false, 812_000_000)
  const sender = { login: fork ? headOwner : 'octocat', id: fork ? 1_000_001 : 583231, type: 'User' }
  return {
    action: input.action ?? 'synchronize',
    number: input.number,
    pull_request: {
      url: `${apiUrl}/repos/${input.repo}/pulls/${input.number}`,
      html_url: `${serverUrl}/${input.repo}/pull/${input.number}`,
      number: input.number,
      state: 'open',
      title: `Pull request #${input.number}`,
      user: sender,
      draft: false,
      merged: false,
      merged_at: null,
      head: {
        label: `${headOwner}:${input.head.ref ?? 'feature'}`,
        ref: input.head.ref ?? 'feature',
        sha: input.head.sha,
        user: { login: headOwner },
        repo: repository(headFullName, fork, fork ? 812_100_000 : 812_000_000),
      },
      base: {
        label: `${owner}:${input.base.ref ?? 'main'}`,
        ref: input.base.ref ?? 'main',
        sha: input.base.sha,
        user: { login: owner },
        repo: baseRepository,
      },
    },
    repository: { ...baseRepository, name, owner: { login: owner, type: 'Organization' } },
    sender,
  }
}

/** Writes pullRequestEvent(input) to a fresh temporary file and returns its path, for GITHUB_EVENT_PATH. */
export function writePullRequestEvent(input: PullRequestEventInput & { dir?: string }): string {
  const dir = input.dir ?? mkdtempSync(path.join(os.tmpdir(), 'fta-event-'))
  const file = path.join(dir, 'event.json')
  writeFileSync(file, JSON.stringify(pullRequestEvent(input), null, 2))
  return file
}

// --- helpers ------------------------------------------------------------------------------------------------------

function userJson(user: GitHubUser, apiUrl: string, serverUrl: string) {
  const bot = user.type === 'Bot'
  return {
    login: user.login,
    id: user.id,
    // The legacy global id, which is what GitHub still serves for github-actions[bot] (MDM6Qm90NDE4OTgyODI=).
    node_id: Buffer.from(bot ? `03:Bot${user.id}` : `04:User${user.id}`).toString('base64'),
    avatar_url: `https://avatars.githubusercontent.com/${bot ? 'in' : 'u'}/${user.id}?v=4`,
    url: `${apiUrl}/users/${encodeURIComponent(user.login)}`,
    html_url: bot ? `${serverUrl}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${serverUrl}/${user.login}`,
    type: user.type,
    site_admin: false,
  }
}

function errorReply(status: number, message: string, docs: string, errors?: unknown[], headers?: Record<string, string>): Reply {
  return { status, json: { message, ...(errors ? { errors } : {}), documentation_url: docs, status: String(status) }, headers: headers ?? {} }
}

/** The request-schema errors GitHub answers before the model's validations, then the model's (length, blank). */
function validateBody(payload: unknown, docs: string): Reply | undefined {
  if (typeof payload !== 'object' || payload === null || !('body' in payload)) {
    return errorReply(422, 'Invalid request.\n\n"body" wasn\'t supplied.', docs)
  }
  const body = (payload as { body: unknown }).body
  if (typeof body !== 'string') {
    return errorReply(422, `Invalid request.\n\nFor 'properties/body', ${body === null ? 'nil' : JSON.stringify(body)} is not a string.`, docs)
  }
  if (body.trim() === '') return errorReply(422, 'Validation Failed', docs, [{ resource: 'IssueComment', code: 'missing_field', field: 'body' }])
  if (codePoints(body) > MAX_COMMENT_LENGTH) {
    return errorReply(422, 'Validation Failed', docs, [
      { resource: 'IssueComment', code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_COMMENT_LENGTH} characters)` },
    ])
  }
  return undefined
}

/** Rails counts characters, that is code points: an emoji is 1, where String.length says 2. */
function codePoints(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0xdc00 || unit > 0xdfff) count++
  }
  return count
}

function faultMatches(options: FaultOptions, record: RecordedRequest): boolean {
  if (options.method && options.method.toUpperCase() !== record.method) return false
  if (typeof options.path === 'string' && options.path !== record.path) return false
  if (options.path instanceof RegExp && !options.path.test(record.path)) return false
  if (options.endpoint && options.endpoint !== record.endpoint) return false
  return true
}

/** Matches path segments against a route; {path} as the last placeholder takes the rest, slashes included. */
function matchTemplate(template: string, segments: string[]): Record<string, string> | null {
  const parts = template.split('/').slice(1)
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    const placeholder = /^\{(\w+)\}$/.exec(part)
    if (placeholder && placeholder[1] === 'path' && i === parts.length - 1) {
      params.path = safeDecode(segments.slice(i).join('/'))
      return segments.length >= i ? params : null
    }
    const segment = segments[i]
    if (segment === undefined || segment === '') return null
    if (placeholder) params[placeholder[1]!] = safeDecode(segment)
    else if (part !== segment) return null
  }
  return segments.length === parts.length ? params : null
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

function parseAuthorization(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
  return m?.[1]
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function repoKey(owner: string, repo: string): string {
  return `${owner}/${repo}`.toLowerCase()
}

function isId(text: string): boolean {
  return /^\d+$/.test(text)
}

function trimSlashes(p: string): string {
  return p.replace(/^\/+|\/+$/g, '')
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** Git's blob id, which is what the contents API calls sha. */
function blobSha(file: StoredFile): string {
  file.blobSha ??= createHash('sha1').update(`blob ${file.data.length}\0`).update(file.data).digest('hex')
  return file.blobSha
}

/** Ruby's Base64.encode64, which GitHub uses: lines of 60 characters, each ended by a newline. */
export function base64Lines(data: Buffer): string {
  const text = data.toString('base64')
  let out = ''
  for (let i = 0; i < text.length; i += 60) out += `${text.slice(i, i + 60)}\n`
  return out
}
