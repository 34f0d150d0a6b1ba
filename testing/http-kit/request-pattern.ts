/**
 * Which requests a fault or a query over a request log is about: `'POST /fine_tuning/jobs'`,
 * `'GET /fine_tuning/jobs/*'` (`*` is one path segment, `**` any rest), `'* /files'` or just a path (any method), or
 * a RegExp tried on `METHOD /path`. A server with a path prefix (OpenAI's `/v1`) accepts paths with or without it.
 * A pattern may also name the route a request matched, such as
 * `'POST /repos/{owner}/{repo}/issues/{issue_number}/comments'`, whichever URL form the request used.
 */
export type RequestPattern = string | RegExp

/** What a pattern is tried on. */
export interface PatternTarget {
  method: string
  path: string
  /** The route template the server matched, when it has one. */
  route?: string | null
}

export type RequestMatcher = (request: PatternTarget) => boolean

export function requestMatcher(pattern: RequestPattern, prefix = ''): RequestMatcher {
  if (pattern instanceof RegExp) {
    return r => pattern.test(`${r.method} ${r.path}`) || (r.route != null && pattern.test(`${r.method} ${r.route}`))
  }
  const spaced = /^(\S+)\s+(\S+)$/.exec(pattern.trim())
  const method = spaced ? spaced[1].toUpperCase() : '*'
  let path = spaced ? spaced[2] : pattern.trim()
  if (!path.startsWith('/')) path = '/' + path
  if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix) path = prefix + path
  const source = path
    .split('/')
    .map(segment =>
      segment === '**' ? '.*' : segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/')
  const regex = new RegExp(`^${source}/?$`)
  return r =>
    (method === '*' || method === r.method.toUpperCase()) &&
    (regex.test(r.path) || (r.route != null && regex.test(prefix + r.route)))
}
