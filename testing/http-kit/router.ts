/**
 * Routes by path template, as OpenAPI and Octokit write them: `/files/{file_id}`. A `{name}` takes one segment,
 * decoded; a last `{path}` takes the rest, slashes included (GitHub's contents route). First added, first matched.
 */
export class Router<T> {
  private readonly routes: { method: string; template: string; parts: string[]; value: T }[] = []

  add(method: string, template: string, value: T): this {
    this.routes.push({ method: method.toUpperCase(), template, parts: template.split('/').slice(1), value })
    return this
  }

  match(method: string, path: string): { template: string; value: T; params: Record<string, string> } | undefined {
    const segments = path.split('/').slice(1)
    for (const route of this.routes) {
      if (route.method !== method.toUpperCase()) continue
      const params = matchTemplate(route.parts, segments)
      if (params) return { template: route.template, value: route.value, params }
    }
    return undefined
  }
}

function matchTemplate(parts: readonly string[], segments: readonly string[]): Record<string, string> | null {
  const params: Record<string, string> = {}
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const placeholder = /^\{(\w+)\}$/.exec(part)
    if (placeholder && placeholder[1] === 'path' && i === parts.length - 1) {
      params.path = safeDecode(segments.slice(i).join('/'))
      return params
    }
    const segment = segments[i]
    if (segment === undefined || segment === '') return null
    if (placeholder) params[placeholder[1]] = safeDecode(segment)
    else if (part !== segment) return null
  }
  return segments.length === parts.length ? params : null
}

/** A malformed escape is kept as sent, so the route answers (a 404, usually) instead of the server failing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
