import type { EncodingName } from '../estimate/models.js'

/** Counts the tokens of one string, special-token look-alikes counted as plain text. */
export type TokenCounter = (text: string) => number

// Training data is data: `<|endoftext|>` in a dataset is text to the fine-tuning API, so nothing is special here.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() }

/** Loads only the encoding the model needs (each is megabytes of ranks). */
export async function loadCounter(encoding: EncodingName): Promise<TokenCounter> {
  const mod =
    encoding === 'o200k_base'
      ? await import('gpt-tokenizer/encoding/o200k_base')
      : await import('gpt-tokenizer/encoding/cl100k_base')
  return text => (text.length === 0 ? 0 : mod.countTokens(text, PLAIN_TEXT))
}

/**
 * Remembers the counts of strings seen before: fine-tuning data repeats its system prompt and tool definitions on
 * every line. Bounded so a file of unique strings cannot grow it without limit.
 */
export function memoize(count: TokenCounter, maxEntries = 50_000, minLength = 24): TokenCounter {
  let memo = new Map<string, number>()
  return text => {
    if (text.length < minLength) return count(text)
    const known = memo.get(text)
    if (known !== undefined) return known
    const n = count(text)
    if (memo.size >= maxEntries) memo = new Map()
    memo.set(text, n)
    return n
  }
}
