import { existsSync, readFileSync } from 'node:fs'
import type { EncodingName } from '../estimate/models.js'
import { encodeLongPiece, latin1OfText, MAX_PIECE_BYTES, mergePiece, NONE } from './long-pieces.js'
import { HashedRankTable } from './hashed-ranks.js'
import { isAscii, PIECE_END } from './split-scanner.js'

/** Counts the tokens of one string, special-token look-alikes counted as plain text. */
export type TokenCounter = (text: string) => number

/**
 * The ranks files (scripts/update-ranks.mjs): beside this module in the source tree, in dist/ranks/ once for every
 * bundle (scripts/build.mjs copies them; a bundle in dist/cli/ or dist/worker/ looks one folder up). Not bundler
 * assets: those would be copied into each bundle, and mangled where binary.
 */
export function rankFile(file: string): URL {
  const candidates = [new URL(`./ranks/${file}`, import.meta.url), new URL(`../ranks/${file}`, import.meta.url)]
  const found = candidates.find(url => existsSync(url))
  if (!found) throw new Error(`The ranks file ${file} is missing (looked in ${candidates.map(String).join(', ')})`)
  return found
}

/**
 * Characters counted from the hashed ranks before the Map is built. Building it (o200k_base) takes about 100 ms of
 * CPU, and the hashed ranks count about 1 MB/s of CJK text (which merges most) to 7 MB/s of English, so at worst this
 * much text costs about as much as the build: no input then pays much more than twice what the better of the two
 * would have cost.
 */
export const SMALL_INPUT_CHARS = 128 * 1024

/**
 * Loads only the encoding the model needs. A pull request's few changed lines are counted straight from the hashed
 * ranks file; once SMALL_INPUT_CHARS have been counted (or one text is longer), the rest goes to gpt-tokenizer.
 * gpt-tokenizer itself is loaded only when the input may be that large: `expectedChars` (the data's size in bytes,
 * never fewer than its characters) says it cannot be, and then everything is counted from the hashed ranks.
 */
export async function loadCounter(
  encoding: EncodingName,
  { expectedChars = Infinity, smallInputChars = SMALL_INPUT_CHARS } = {},
): Promise<TokenCounter> {
  const largeInput = expectedChars > smallInputChars ? await import('./large-input-counter.js') : undefined
  let budget = smallInputChars
  let small: TokenCounter | undefined
  let large: TokenCounter | undefined
  return (text: string) => {
    if (text.length === 0) return 0
    if (large === undefined && largeInput && (budget -= text.length) < 0)
      large = largeInput.loadLargeInputCounter(encoding)
    if (large !== undefined) return large(text)
    return (small ??= loadSmallInputCounter(encoding))(text)
  }
}

/**
 * Counts by tiktoken's merge over lookups in the hashed ranks: identical tokens, no table to build. The split is
 * the pattern's scanner (src/tokens/split-scanner.ts); in ASCII text, whose bytes are its characters, pieces are
 * looked up where they lie.
 */
export function loadSmallInputCounter(encoding: EncodingName): TokenCounter {
  const table = new HashedRankTable(readFileSync(rankFile(`${encoding}.hashed.bin`)))
  const pieceEnd = PIECE_END[encoding]
  return text => {
    const ascii = isAscii(text)
    let count = 0
    for (let start = 0, end = 0; start < text.length; start = end) {
      end = pieceEnd(text, start)
      if (ascii && table.rank(text, start, end) !== NONE) {
        count++
        continue
      }
      const piece = text.slice(start, end)
      const bytes = ascii ? piece : latin1OfText(piece)
      if (table.rank(bytes, 0, bytes.length) !== NONE) count++
      else if (bytes.length <= MAX_PIECE_BYTES) count += mergePiece(bytes, table).length
      else count += encodeLongPiece(piece, table).length
    }
    return count
  }
}

/**
 * The encoding's place where a template counter (an open model's tokenizer) counts every example instead: never
 * called then, and its ranks are never loaded. Called anyway, it fails loudly rather than count with another model.
 */
export function notLoaded(encoding: EncodingName): TokenCounter {
  return () => {
    throw new Error(`the ${encoding} encoding was not loaded: this run counts with an open model's tokenizer`)
  }
}

/**
 * Remembers the counts of strings seen before: fine-tuning data repeats its system prompt and tool definitions on
 * every line, and roles, ids and names are short strings whose per-call cost outweighs their tokenizing. Bounded so a
 * file of unique strings cannot grow it without limit.
 */
export function memoize(count: TokenCounter, maxEntries = 10_000): TokenCounter {
  let memo = new Map<string, number>()
  return text => {
    const known = memo.get(text)
    if (known !== undefined) return known
    const n = count(text)
    if (memo.size >= maxEntries) memo = new Map()
    memo.set(text, n)
    return n
  }
}
