import type { FaultKind } from './faults.js'
import { requestMatcher, type RequestPattern } from './route-pattern.js'

/** One request as the server received it. */
export interface RecordedRequest {
  /** 1 for the first request. */
  seq: number
  /** Simulated time it arrived. */
  time: number
  method: string
  /** With the /v1 prefix. */
  path: string
  /** As sent: a repeated key gives an array. */
  query: Record<string, string | string[]>
  /** Parsed JSON; for multipart, the fields with each file as `{ filename, bytes, type }`; undefined when empty. */
  body: unknown
  /** Lower-cased, without `authorization`. OpenAI-Organization, OpenAI-Project and x-stainless-retry-count are here. */
  headers: Record<string, string>
  operationId?: string
  /** The status answered; undefined when no answer was sent. */
  status?: number
  fault?: FaultKind
  outcome: 'pending' | 'answered' | 'reset'
}

/** Every request, in arrival order, for assertions. */
export class RequestLog {
  readonly all: RecordedRequest[] = []

  /** Requests matching a pattern such as `'POST /fine_tuning/jobs'` (see RequestPattern). */
  matching(pattern?: RequestPattern): RecordedRequest[] {
    if (pattern === undefined) return [...this.all]
    const matches = requestMatcher(pattern)
    return this.all.filter(r => matches(r.method, r.path))
  }

  count(pattern?: RequestPattern): number {
    return this.matching(pattern).length
  }

  last(pattern?: RequestPattern): RecordedRequest | undefined {
    return this.matching(pattern).at(-1)
  }

  clear(): void {
    this.all.length = 0
  }
}
