import { errorReply, type Reply } from './replies.js'
import type { GitHubUser } from './store.js'

const DOCS = {
  primary: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api',
  secondary:
    'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
}

/** The token's primary budget: an hourly window, spent by every authenticated request. */
export class RateLimit {
  private readonly state: { limit: number; remaining: number; used: number; reset: number }

  constructor(
    private readonly epoch: () => number,
    options: { limit?: number; remaining?: number } = {},
  ) {
    const limit = options.limit ?? 5000
    const remaining = options.remaining ?? limit
    this.state = { limit, remaining, used: limit - remaining, reset: epoch() + 3600 }
  }

  set(state: { limit?: number; remaining: number; resetIn?: number }): void {
    this.state.limit = state.limit ?? this.state.limit
    this.state.remaining = state.remaining
    this.state.used = this.state.limit - state.remaining
    if (state.resetIn !== undefined) this.state.reset = this.epoch() + state.resetIn
  }

  /** Spends one request, or answers 403 when the window's budget is gone. */
  spend(user: GitHubUser): Reply | undefined {
    if (this.epoch() >= this.state.reset) {
      this.state.remaining = this.state.limit
      this.state.used = 0
      this.state.reset = this.epoch() + 3600
    }
    if (this.state.remaining <= 0) return this.exceeded(user, 403, this.state.reset)
    this.state.remaining--
    this.state.used++
    return undefined
  }

  /** The x-ratelimit-* headers of every answer. */
  headers(): Record<string, string> {
    return {
      'x-ratelimit-limit': String(this.state.limit),
      'x-ratelimit-remaining': String(Math.max(0, this.state.remaining)),
      'x-ratelimit-reset': String(this.state.reset),
      'x-ratelimit-used': String(this.state.used),
      'x-ratelimit-resource': 'core',
    }
  }

  exceeded(user: GitHubUser | undefined, status: number, reset: number): Reply {
    const who = user?.type === 'User' ? `user ID ${user.id}` : 'installation ID 4242'
    return errorReply(status, `API rate limit exceeded for ${who}.`, DOCS.primary, undefined, {
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-used': String(this.state.limit),
    })
  }

  /** GitHub's secondary limit; `requestId` goes in the message as GitHub's does. */
  secondary(status: number, retryAfterSeconds: number, requestId: string): Reply {
    const message = `You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ${requestId}.`
    return errorReply(
      status,
      message,
      DOCS.secondary,
      undefined,
      retryAfterSeconds > 0 ? { 'retry-after': String(retryAfterSeconds) } : {},
    )
  }
}
