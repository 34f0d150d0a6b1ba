/**
 * Which requests a fault or a query over the request log is about: `'POST /fine_tuning/jobs'`,
 * `'GET /fine_tuning/jobs/*'` (`*` is one path segment, `**` any rest), `'* /files'` or just a path (any method), or
 * a RegExp tried on `METHOD /v1/path`. Paths may be written with or without the `/v1` prefix.
 */
export type RequestPattern = string | RegExp

export type RequestMatcher = (method: string, path: string) => boolean

export function requestMatcher(pattern: RequestPattern): RequestMatcher {
  if (pattern instanceof RegExp) return (method, path) => pattern.test(`${method} ${path}`)
  const spaced = /^(\S+)\s+(\S+)$/.exec(pattern.trim())
  const method = spaced ? spaced[1]!.toUpperCase() : '*'
  let path = spaced ? spaced[2]! : pattern.trim()
  if (!path.startsWith('/v1/') && path !== '/v1') path = '/v1' + (path.startsWith('/') ? path : '/' + path)
  const source = path
    .split('/')
    .map(segment => (segment === '**' ? '.*' : segment === '*' ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  const regex = new RegExp(`^${source}/?$`)
  return (m, p) => (method === '*' || method === m.toUpperCase()) && regex.test(p)
}
