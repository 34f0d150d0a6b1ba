import type { GitHubStore, GitHubUser, RepoInfo } from './store.js'

/** What a route answers; the server adds the headers every answer carries. */
export interface Reply {
  status: number
  json?: unknown
  raw?: Buffer
  headers?: Record<string, string>
}

/** Where the fake is reached and what it links to, for the URLs inside answers. */
export interface Site {
  /** http://127.0.0.1:PORT */
  apiUrl: string
  /** https://github.com, for html_url fields. */
  serverUrl: string
  /** The ref of contents requests without ?ref=. */
  defaultBranch: string
}

export interface Context {
  store: GitHubStore
  site: Site
  url: URL
  params: Record<string, string>
  /** Set for every /repos/{owner}/{repo}/... route. */
  repo: RepoInfo
  user: GitHubUser
  accept: string
  body: unknown
  now: Date
}

export interface Route {
  method: string
  template: string
  docs: string
  handle: (ctx: Context) => Reply
}

export const DOCS_ROOT = 'https://docs.github.com/rest'

export function errorReply(
  status: number,
  message: string,
  docs: string,
  errors?: unknown[],
  headers?: Record<string, string>,
): Reply {
  return {
    status,
    json: { message, ...(errors ? { errors } : {}), documentation_url: docs, status: String(status) },
    headers: headers ?? {},
  }
}

export const notFound = (docs: string) => errorReply(404, 'Not Found', docs)

/** GitHub's pagination: per_page 30 by default and at most 100; a Link header only when there is another page. */
export function page<T>(ctx: Context, items: T[], linkPath: string, render: (item: T) => unknown): Reply {
  const perPageParam = Number.parseInt(ctx.url.searchParams.get('per_page') ?? '', 10)
  const perPage = Number.isNaN(perPageParam) || perPageParam < 1 ? 30 : Math.min(perPageParam, 100)
  const pageParam = Number.parseInt(ctx.url.searchParams.get('page') ?? '', 10)
  const current = Number.isNaN(pageParam) || pageParam < 1 ? 1 : pageParam
  const last = Math.max(1, Math.ceil(items.length / perPage))
  const link = (target: number, rel: string) => {
    const query = new URLSearchParams(ctx.url.searchParams)
    query.set('page', String(target))
    return `<${ctx.site.apiUrl}${linkPath}?${query.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (current > 1) links.push(link(Math.min(current - 1, last), 'prev'))
  if (current < last) links.push(link(current + 1, 'next'), link(last, 'last'))
  if (current > 1) links.push(link(1, 'first'))
  const json = items.slice((current - 1) * perPage, current * perPage).map(render)
  return { status: 200, json, headers: links.length > 0 ? { link: links.join(', ') } : {} }
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
