import { requestMatcher, type PatternTarget, type RequestMatcher, type RequestPattern } from './request-pattern.js'

/**
 * What can go wrong with a request, as a client sees it: one set of names for every fake server. Each server takes
 * the kinds it can produce (see OpenAIFault and GitHubFault).
 */
export type Fault =
  /**
   * A rate limit: OpenAI's 429 with `retry-after` and `x-ratelimit-*` headers; GitHub's primary limit (403 by
   * default, or `status` 429) with `x-ratelimit-remaining: 0` and the reset `retryAfterSeconds` from now.
   * Default 1 second on OpenAI, 60 on GitHub.
   */
  | { kind: 'rate_limit'; retryAfterSeconds?: number; status?: 403 | 429 }
  /** GitHub's secondary rate limit (403 by default, or 429); `retry-after` of 60 seconds by default, none when 0. */
  | { kind: 'secondary_rate_limit'; retryAfterSeconds?: number; status?: 403 | 429 }
  /** A 5xx with the server's own error body (500 by default). */
  | { kind: 'server_error'; status?: number; message?: string }
  /** 502 with an HTML page, as a proxy in front of the server answers when the server is down. */
  | { kind: 'bad_gateway' }
  /** The connection is reset before the request is processed. */
  | { kind: 'reset' }
  /**
   * No answer for `ms` real milliseconds (forever, by default: until the server stops); then the connection is
   * reset, or the request is processed and answered late (`then: 'process'`).
   */
  | { kind: 'timeout'; ms?: number; then?: 'reset' | 'process' }
  /** The request is processed (a job is created, say) and the connection reset instead of answering: a lost response. */
  | { kind: 'drop_response' }

export type FaultKind = Fault['kind']

/** A fault waiting for the requests it matches. */
export interface InjectedFault<F extends Fault = Fault> {
  readonly pattern: RequestPattern
  readonly fault: F
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

interface Rule<F extends Fault> {
  injected: InjectedFault<F>
  matches: RequestMatcher
}

/** Faults for the next N requests matching a pattern, first injected first applied. */
export class Faults<F extends Fault = Fault> {
  private readonly rules: Rule<F>[] = []
  /** Every fault applied, in order. */
  readonly applied: AppliedFault[] = []

  /** `prefix`: the path prefix patterns may leave out (see RequestPattern). */
  constructor(private readonly prefix = '') {}

  /** `faults.inject('POST /fine_tuning/jobs', { kind: 'drop_response' })` loses the response of the next job creation. */
  inject(pattern: RequestPattern, fault: F, times = 1): InjectedFault<F> {
    const injected: InjectedFault<F> = {
      pattern,
      fault,
      remaining: times,
      hits: 0,
      cancel: () => (injected.remaining = 0),
    }
    this.rules.push({ injected, matches: requestMatcher(pattern, this.prefix) })
    return injected
  }

  /** Faults that will still hit requests. */
  pending(): InjectedFault<F>[] {
    return this.rules.filter(r => r.injected.remaining > 0).map(r => r.injected)
  }

  clear(): void {
    for (const rule of this.rules) rule.injected.remaining = 0
    this.rules.length = 0
  }

  /** The fault for this request, if one is due; it is used up. */
  take(request: PatternTarget & { seq: number }): F | undefined {
    const rule = this.rules.find(r => r.injected.remaining > 0 && r.matches(request))
    if (!rule) return undefined
    rule.injected.remaining--
    rule.injected.hits++
    this.applied.push({
      kind: rule.injected.fault.kind,
      method: request.method,
      path: request.path,
      request: request.seq,
    })
    return rule.injected.fault
  }

  /** How many times each kind of fault was applied. */
  counts(): Partial<Record<FaultKind, number>> {
    const counts: Partial<Record<FaultKind, number>> = {}
    for (const a of this.applied) counts[a.kind] = (counts[a.kind] ?? 0) + 1
    return counts
  }
}
