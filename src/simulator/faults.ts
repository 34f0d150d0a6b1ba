import { requestMatcher, type RequestMatcher, type RequestPattern } from './route-pattern.js'

/** What can go wrong with a request, as a client of OpenAI sees it. */
export type Fault =
  /** 429 with `retry-after`, `retry-after-ms` and `x-ratelimit-*` headers. */
  | { kind: 'rate_limit'; retryAfterSeconds?: number }
  /** A 5xx with OpenAI's server_error body (500 by default). */
  | { kind: 'server_error'; status?: number; message?: string }
  /** The connection is reset before the request is processed. */
  | { kind: 'reset' }
  /**
   * No answer for `ms` real milliseconds (forever, by default: until the simulator stops); then the connection is
   * reset, or the request is processed and answered late (`then: 'process'`).
   */
  | { kind: 'timeout'; ms?: number; then?: 'reset' | 'process' }
  /** The request is processed (a job is created, say) and the connection reset instead of answering: a lost response. */
  | { kind: 'drop_response' }

export type FaultKind = Fault['kind']

/** A fault waiting for the requests it matches. */
export interface InjectedFault {
  readonly pattern: RequestPattern
  readonly fault: Fault
  /** Matching requests it will still hit. */
  remaining: number
  /** Matching requests it has hit. */
  hits: number
  /** Stops it hitting further requests. */
  cancel(): void
}

export interface AppliedFault {
  kind: FaultKind
  method: string
  path: string
  /** The `seq` of the request in the request log. */
  request: number
}

interface Rule {
  injected: InjectedFault
  matches: RequestMatcher
}

/** Faults for the next N requests matching a pattern, first injected first applied. */
export class Faults {
  private readonly rules: Rule[] = []
  /** Every fault applied, in order. */
  readonly applied: AppliedFault[] = []

  /** `faults.inject('POST /fine_tuning/jobs', { kind: 'drop_response' })` loses the response of the next job creation. */
  inject(pattern: RequestPattern, fault: Fault, times = 1): InjectedFault {
    const injected: InjectedFault = { pattern, fault, remaining: times, hits: 0, cancel: () => (injected.remaining = 0) }
    this.rules.push({ injected, matches: requestMatcher(pattern) })
    return injected
  }

  /** Faults that will still hit requests. */
  pending(): InjectedFault[] {
    return this.rules.filter(r => r.injected.remaining > 0).map(r => r.injected)
  }

  clear(): void {
    for (const rule of this.rules) rule.injected.remaining = 0
    this.rules.length = 0
  }

  /** The fault for this request, if one is due; it is used up. */
  take(method: string, path: string, request: number): Fault | undefined {
    const rule = this.rules.find(r => r.injected.remaining > 0 && r.matches(method, path))
    if (!rule) return undefined
    rule.injected.remaining--
    rule.injected.hits++
    this.applied.push({ kind: rule.injected.fault.kind, method, path, request })
    return rule.injected.fault
  }

  /** How many times each kind of fault was applied. */
  counts(): Partial<Record<FaultKind, number>> {
    const counts: Partial<Record<FaultKind, number>> = {}
    for (const a of this.applied) counts[a.kind] = (counts[a.kind] ?? 0) + 1
    return counts
  }
}
