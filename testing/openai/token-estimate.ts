/**
 * A rough token count: about four tokens for every three words. The simulator needs plausible usage and
 * `trained_tokens` figures, not tiktoken's; tests that need exact figures pass their own measure.
 */
export function estimateTokens(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length
  return Math.ceil((words * 4) / 3)
}
