import type { IncomingHttpHeaders } from 'node:http'
import { ApiError } from './api-error.js'

export interface AuthControl {
  /** Accept only these keys from now on; null accepts any key. */
  setApiKeys(keys: string | readonly string[] | null): void
  /** Refuse every request with 401, as for a revoked key, until called with false. */
  rejectAll(reject?: boolean): void
}

/** Bearer-key checks with OpenAI's 401 messages, and the switches tests use to revoke or change the key. */
export class Auth implements AuthControl {
  private keys: readonly string[] | null
  private rejecting = false

  constructor(
    keys: string | readonly string[] | null,
    private readonly requireOrganization?: string,
    private readonly requireProject?: string,
  ) {
    this.keys = toKeys(keys)
  }

  /** The first accepted key, for clients to use. */
  get apiKey(): string | undefined {
    return this.keys?.[0]
  }

  setApiKeys(keys: string | readonly string[] | null): void {
    this.keys = toKeys(keys)
  }

  rejectAll(reject = true): void {
    this.rejecting = reject
  }

  /** Throws the 401 OpenAI would send, if any. */
  check(headers: IncomingHttpHeaders): void {
    const key = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1]
    if (!key) {
      throw new ApiError(
        401,
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
        null,
        'missing_api_key',
      )
    }
    if (this.rejecting || (this.keys && !this.keys.includes(key))) {
      const masked =
        key.length > 8
          ? `${key.slice(0, 3)}${'*'.repeat(Math.min(20, key.length - 7))}${key.slice(-4)}`
          : '*'.repeat(key.length)
      throw new ApiError(
        401,
        `Incorrect API key provided: ${masked}. You can find your API key at https://platform.openai.com/account/api-keys.`,
        null,
        'invalid_api_key',
      )
    }
    const { requireOrganization, requireProject } = this
    if (requireOrganization !== undefined && headers['openai-organization'] !== requireOrganization) {
      throw new ApiError(
        401,
        'OpenAI-Organization header should match organization for API key',
        null,
        'mismatched_organization',
      )
    }
    if (requireProject !== undefined && headers['openai-project'] !== requireProject) {
      throw new ApiError(401, 'OpenAI-Project header should match project for API key', null, 'mismatched_project')
    }
  }
}

function toKeys(keys: string | readonly string[] | null): readonly string[] | null {
  return keys === null ? null : typeof keys === 'string' ? [keys] : [...keys]
}
