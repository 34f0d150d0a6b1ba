/** The body OpenAI sends with every error status. */
export interface ErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null }
}

/** A failure the client should see as an OpenAI-style error response; anything else thrown is a simulator bug. */
export class ApiError extends Error {
  override name = 'ApiError'

  constructor(
    readonly status: number,
    message: string,
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly type = 'invalid_request_error',
  ) {
    super(message)
  }

  body(): ErrorBody {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } }
  }
}

export const badRequest = (message: string, param: string | null = null, code: string | null = null) =>
  new ApiError(400, message, param, code)

export const notFound = (message: string, param: string | null = null, code: string | null = null) =>
  new ApiError(404, message, param, code)
