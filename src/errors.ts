/** A problem with what the user gave us (inputs, paths): its message is the whole story, no stack trace needed. */
export class InputError extends Error {
  override name = 'InputError'
}

/** The message of anything thrown, never its stack; secrets are taken out (see `redact`). */
export function messageOf(error: unknown): string {
  return redact(error instanceof Error ? error.message : String(error))
}

const secrets = new Set<string>()

/** A value (api key, token) that no message may carry; the runner masks it in the log, this covers the rest. */
export function registerSecret(value: string): void {
  if (value.length >= 4) secrets.add(value)
}

/**
 * Error text from a server can echo the request: a gateway that quotes the `Authorization` header puts the key in
 * it. The runner masks known secrets in the log only, not in the job summary, a comment or a report file, so what
 * looks like a credential is cut out before the text goes anywhere.
 */
const CREDENTIALS: RegExp[] = [
  // Authorization / Proxy-Authorization / x-api-key / api-key / api_key headers or fields, up to the end of the value.
  /\b((?:proxy-)?authorization|x-api-key|api[-_]?key|access[-_]?token|openai-api-key)(["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[A-Za-z0-9._~+/=-]{8,}/gi,
  /\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi,
  // Key-like strings: OpenAI (sk-, sk-proj-), Anthropic, GitHub tokens, AWS access keys, Slack tokens.
  /\b()()(?:sk-[A-Za-z0-9_-]{16,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|AKIA[0-9A-Z]{16}|xox[abposr]-[A-Za-z0-9-]{10,})/g,
]

export function redact(text: string): string {
  let out = text
  for (const secret of secrets) out = out.split(secret).join('***')
  for (const pattern of CREDENTIALS) out = out.replace(pattern, (_m, name: string, sep: string) => `${name}${sep}***`)
  return out
}

/** Error text from a provider for a summary, comment or report: redacted, and short enough to stay a message. */
export function serverMessage(error: unknown, maxChars = 500): string {
  const text = messageOf(error)
  return text.length > maxChars ? `${text.slice(0, maxChars)}… (${text.length - maxChars} more characters)` : text
}
