import type { FaultKind } from './faults.js'
import { requestMatcher, type RequestPattern } from './request-pattern.js'

/** One request as a server received it; each server adds what it knows besides (an operation, a route, a user). */
export interface RecordedRequest {
  /** 1 for the first request. */
  seq: number
  method: string
  /** As received, prefix included. */
  path: string
  /** As sent: a repeated key gives an array. */
  query: Record<string, string | string[]>
  /** Parsed JSON (or what the server makes of the body); undefined when empty. */
  body: unknown
  /** Lower-cased, never `authorization`. */
  headers: Record<string, string>
  /** The route template matched, when the server routes by template. */
  route?: string | null
  /** The status answered; undefined while in flight or when no answer was sent. */
  status?: number
  fault?: FaultKind
}

/** Every request, in arrival order, for assertions. */
export class RequestLog<R extends RecordedRequest = RecordedRequest> {
  readonly all: R[] = []

  /** `prefix`: the path prefix patterns may leave out (see RequestPattern). */
  constructor(private readonly prefix = '') {}

  /** Requests matching a pattern such as `'POST /fine_tuning/jobs'` (see RequestPattern). */
  matching(pattern?: RequestPattern): R[] {
    if (pattern === undefined) return [...this.all]
    const matches = requestMatcher(pattern, this.prefix)
    return this.all.filter(r => matches(r))
  }

  count(pattern?: RequestPattern): number {
    return this.matching(pattern).length
  }

  last(pattern?: RequestPattern): R | undefined {
    return this.matching(pattern).at(-1)
  }

  clear(): void {
    this.all.length = 0
  }
}
