import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rawQuery, readBody, recordedHeaders, sendBytes } from '../http-kit/body.js'
import { Faults, type Fault } from '../http-kit/faults.js'
import { RequestLog, type RecordedRequest as BaseRecord } from '../http-kit/request-log.js'
import { Router } from '../http-kit/router.js'
import { RateLimit } from './rate-limit.js'
import { DOCS_ROOT, errorReply, type Reply, type Route, type Site } from './replies.js'
import { commentJson, commentRoutes, type IssueComment } from './routes/comments.js'
import { contentRoutes } from './routes/contents.js'
import { pullRoutes } from './routes/pulls.js'
import { userRoutes } from './routes/users.js'
import { ACTIONS_BOT, GitHubStore, repoKey, type GitHubUser, type PullInput, type RepoInfo } from './store.js'

/**
 * A local stand-in for api.github.com, for end-to-end tests of the bundled action: it answers what Octokit (with the
 * paginate, retry and throttling plugins) reads, with GitHub's status codes, field names, error bodies and headers.
 * State lives in memory (store.ts); every request is recorded; the resources answer in routes/.
 */

/** Installation tokens (GITHUB_TOKEN is one) start with ghs_, which Octokit's auth-token also looks at. */
export const DEFAULT_TOKEN = 'ghs_fakeGitHubServerToken0000000000000'

const API_VERSION = '2022-11-28'
const RECORDED_HEADERS = ['accept', 'content-type', 'user-agent', 'x-github-api-version', 'if-none-match']
const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])
const ROUTES: Route[] = [...userRoutes, ...commentRoutes, ...contentRoutes, ...pullRoutes]

/** The faults GitHub's clients meet. */
export type GitHubFault = Extract<
  Fault,
  { kind: 'rate_limit' | 'secondary_rate_limit' | 'server_error' | 'bad_gateway' }
>

export interface RecordedRequest extends BaseRecord {
  /**
   * The Octokit route template it matched, whichever URL form was used, such as
   * '/repos/{owner}/{repo}/issues/{issue_number}/comments' (pages after the first use /repositories/{id}/...).
   */
  route: string | null
  /** 'owner/name' as first seen by the server. */
  repo: string | null
  /** Login of the token's user; null without a known token. */
  user: string | null
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

export class GitHubServer {
  /** Every request, in arrival order; headers are accept, content-type, user-agent, x-github-api-version, if-none-match. */
  readonly requests = new RequestLog<RecordedRequest>()
  /** Faults fail matching requests before auth is even checked. */
  readonly faults = new Faults<GitHubFault>()
  /** The token of github-actions[bot]. */
  readonly token: string
  private readonly http: http.Server
  private readonly site: Site
  private readonly store: GitHubStore
  private readonly router = new Router<Route>()
  private readonly tokens = new Map<string, GitHubUser>()
  private readonly rateLimit: RateLimit
  private readonly now: () => Date
  private readOnlyMode: boolean
  private requestSeq = 0

  constructor(options: GitHubServerOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN
    this.tokens.set(this.token, ACTIONS_BOT)
    for (const [token, user] of Object.entries(options.tokens ?? {})) this.tokens.set(token, user)
    this.readOnlyMode = options.readOnly ?? false
    this.site = {
      apiUrl: '',
      serverUrl: options.serverUrl ?? 'https://github.com',
      defaultBranch: options.defaultBranch ?? 'main',
    }
    this.now = options.now ?? (() => new Date())
    this.store = new GitHubStore(options.firstCommentId ?? 3_100_000_001)
    this.rateLimit = new RateLimit(() => this.epoch(), options.rateLimit)
    for (const route of ROUTES) this.router.add(route.method, route.template, route)
    this.http = http.createServer((req, res) => {
      this.serve(req, res).catch((error: unknown) => {
        if (!res.headersSent)
          this.send(res, { status: 500, json: { message: `fake GitHub server bug: ${String(error)}` } })
      })
    })
  }

  /** http://127.0.0.1:PORT, the value for GITHUB_API_URL and Octokit's baseUrl. */
  get url(): string {
    return this.site.apiUrl
  }

  async listen(port = 0): Promise<this> {
    await new Promise<void>((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(port, '127.0.0.1', () => {
        resolve()
      })
    })
    this.site.apiUrl = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`
    return this
  }

  /** Closes the listener and every kept-alive socket, so nothing keeps jest alive. */
  async stop(): Promise<void> {
    if (!this.http.listening) return
    const closed = new Promise<void>(resolve =>
      this.http.close(() => {
        resolve()
      }),
    )
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
    this.rateLimit.set(state)
  }

  // --- state ----------------------------------------------------------------------------------------------------

  /** Preloads a file as it is at a ref (a sha, branch or tag name; contents without ?ref= read the default branch). */
  setFile(ref: string, filePath: string, contents: string | Buffer): void {
    this.store.setFile(ref, filePath, contents)
  }

  /** The pull requests GET /repos/{owner}/{repo}/pulls/{number} knows. */
  setPull(pull: PullInput): void {
    this.store.pulls.set(pull.number, pull)
  }

  /** What GET .../commits/{sha}/pulls answers; the pulls become known to GET .../pulls/{number} too. */
  setCommitPulls(sha: string, pulls: PullInput[]): void {
    for (const pull of pulls) this.setPull(pull)
    this.store.commitPulls.set(
      sha,
      pulls.map(p => p.number),
    )
  }

  /** A comment made outside the action (another user, an earlier run); not recorded as a request. */
  addComment(owner: string, repo: string, issue: number, body: string, user: GitHubUser = ACTIONS_BOT): IssueComment {
    return commentJson(
      this.store.addComment(this.store.repo(owner, repo), issue, body, user, this.now()),
      this.store,
      this.site,
    )
  }

  /** The comments of an issue or pull request, oldest first, as the API shows them. */
  comments(owner: string, repo: string, issue: number): IssueComment[] {
    const key = repoKey(owner, repo)
    return [...this.store.comments.values()]
      .filter(c => c.repoKey === key && c.issue === issue)
      .map(c => commentJson(c, this.store, this.site))
  }

  comment(id: number): IssueComment | undefined {
    const stored = this.store.comments.get(id)
    return stored && commentJson(stored, this.store, this.site)
  }

  /** Someone deletes the comment in the UI: later GET/PATCH of it answer 404. */
  deleteComment(id: number): boolean {
    return this.store.comments.delete(id)
  }

  /** Comment writes that succeeded through the API, and the write requests received whatever their answer. */
  get counts(): { requests: number; writes: number; created: number; updated: number; deleted: number } {
    return { requests: this.requests.all.length, writes: this.writeRequests().length, ...this.store.writes }
  }

  writeRequests(): RecordedRequest[] {
    return this.requests.all.filter(r => WRITE_METHODS.has(r.method))
  }

  /** GitHub's numeric id of a repository, used in the Link headers of later pages. */
  repoId(owner: string, repo: string): number {
    return this.store.repo(owner, repo).id
  }

  // --- HTTP -----------------------------------------------------------------------------------------------------

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req)
    const url = new URL(req.url ?? '/', this.site.apiUrl)
    const method = (req.method ?? 'GET').toUpperCase()
    const auth = parseAuthorization(req.headers.authorization)
    const user = auth ? this.tokens.get(auth) : undefined
    const headers = recordedHeaders(req.headers, RECORDED_HEADERS)
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
      seq: this.requests.all.length + 1,
      method,
      path: url.pathname,
      query: rawQuery(url.searchParams),
      body,
      headers,
      route: match?.template ?? null,
      repo: match?.repo?.fullName ?? null,
      user: user?.login ?? null,
    }
    this.requests.all.push(record)
    const reply = this.answer(record, match, {
      url,
      user,
      token: auth ?? '',
      accept: headers.accept ?? '',
      body,
      bodyIsJson,
    })
    record.status = reply.status
    this.send(res, reply)
  }

  private answer(
    record: RecordedRequest,
    match: { value: Route; params: Record<string, string>; repo: RepoInfo | null } | undefined,
    request: {
      url: URL
      user: GitHubUser | undefined
      token: string
      accept: string
      body: unknown
      bodyIsJson: boolean
    },
  ): Reply {
    const fault = this.faults.take(record)
    if (fault) {
      record.fault = fault.kind
      return this.faultReply(fault, request.user)
    }
    if (!request.token) return errorReply(401, 'Requires authentication', DOCS_ROOT)
    if (!request.user) return errorReply(401, 'Bad credentials', DOCS_ROOT)
    const spent = this.rateLimit.spend(request.user)
    if (spent) return spent
    if (!match) return errorReply(404, 'Not Found', DOCS_ROOT)
    const route = match.value
    if (WRITE_METHODS.has(route.method)) {
      if (this.readOnlyMode) {
        return errorReply(403, 'Resource not accessible by integration', route.docs, undefined, {
          'x-accepted-github-permissions': 'issues=write; pull_requests=write',
        })
      }
      if (!request.bodyIsJson) return errorReply(400, 'Problems parsing JSON', route.docs)
    }
    return route.handle({
      store: this.store,
      site: this.site,
      url: request.url,
      params: match.params,
      repo: match.repo!,
      user: request.user,
      accept: request.accept,
      body: request.body,
      now: this.now(),
    })
  }

  private send(res: ServerResponse, reply: Reply): void {
    const headers: Record<string, string> = {
      'x-github-api-version-selected': API_VERSION,
      'x-github-request-id': `FA4E:${(++this.requestSeq).toString(16).toUpperCase().padStart(6, '0')}`,
      ...this.rateLimit.headers(),
      ...reply.headers,
    }
    if (reply.raw) {
      sendBytes(res, reply.status, reply.raw, undefined, headers)
      return
    }
    if (reply.json === undefined) {
      sendBytes(res, reply.status, undefined, undefined, headers)
      return
    }
    sendBytes(res, reply.status, Buffer.from(JSON.stringify(reply.json)), 'application/json; charset=utf-8', {
      'x-github-media-type': 'github.v3; format=json',
      ...headers,
    })
  }

  private match(
    method: string,
    pathname: string,
  ): { value: Route; template: string; params: Record<string, string>; repo: RepoInfo | null } | undefined {
    let segments = pathname.split('/').slice(1)
    if (segments.at(-1) === '' && segments.length > 1) segments = segments.slice(0, -1)
    // Later pages are linked as /repositories/{id}/..., as GitHub does: normalize to the /repos/{owner}/{repo} form.
    if (segments[0] === 'repositories' && segments.length > 1) {
      const repo = this.store.repoById(Number(segments[1]))
      if (!repo) return undefined
      segments = ['repos', repo.owner, repo.name, ...segments.slice(2)]
    }
    const matched = this.router.match(method, `/${segments.join('/')}`)
    if (!matched) return undefined
    const { owner, repo } = matched.params
    return { ...matched, repo: owner !== undefined && repo !== undefined ? this.store.repo(owner, repo) : null }
  }

  private faultReply(fault: GitHubFault, user: GitHubUser | undefined): Reply {
    switch (fault.kind) {
      case 'server_error':
        return { status: fault.status ?? 500, json: { message: fault.message ?? 'Server Error' } }
      case 'bad_gateway':
        // What the edge answers when the backend is down: an HTML page, not JSON.
        return {
          status: 502,
          raw: Buffer.from(
            '<!DOCTYPE html>\n<html><head><title>Unicorn! &middot; GitHub</title></head><body><p>No server is currently available to service your request.</p></body></html>\n',
          ),
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }
      case 'secondary_rate_limit':
        return this.rateLimit.secondary(
          fault.status ?? 403,
          fault.retryAfterSeconds ?? 60,
          `FA4E:${this.requestSeq + 1}`,
        )
      case 'rate_limit':
        return this.rateLimit.exceeded(user, fault.status ?? 403, this.epoch() + (fault.retryAfterSeconds ?? 60))
    }
  }

  private epoch(): number {
    return Math.floor(this.now().getTime() / 1000)
  }
}

/** Starts the fake on 127.0.0.1; `stop()` it in afterAll. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(options).listen(options.port ?? 0)
}

function parseAuthorization(header: string | undefined): string | undefined {
  const m = /^(?:token|bearer)\s+(\S+)\s*$/i.exec(header ?? '')
  return m?.[1]
}
