import { readFileSync } from 'node:fs'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants'
import type { EncodingName } from '../estimate/models.js'
import {
  encodeLongPiece,
  latin1OfText,
  LONG_PIECE_CHARS,
  MAX_PIECE_BYTES,
  mergePiece,
  NONE,
  RankTable,
} from './long-pieces.js'
import { SortedRankTable } from './sorted-ranks.js'

/** Counts the tokens of one string, special-token look-alikes counted as plain text. */
export type TokenCounter = (text: string) => number

// Training data is data: `<|endoftext|>` in a dataset is text to the fine-tuning API, so nothing is special here.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() }

/**
 * gpt-tokenizer's ranks as JSON (scripts/update-ranks.mjs): JSON.parse takes far less memory than compiling the
 * package's multi-megabyte array literals, once per worker thread. Static URLs so that the bundler ships the files.
 */
const RANKS: Record<EncodingName, () => URL> = {
  o200k_base: () => new URL('./ranks/o200k_base.json', import.meta.url),
  cl100k_base: () => new URL('./ranks/cl100k_base.json', import.meta.url),
}

export function loadRanks(encoding: EncodingName): (string | number[])[] {
  return JSON.parse(readFileSync(RANKS[encoding](), 'utf8')) as (string | number[])[]
}

/**
 * gpt-tokenizer remembers 100,000 merged words by default, per instance; one instance runs in each worker thread,
 * and a fifth of that keeps nearly all the speed (words repeat) at a fraction of the memory.
 */
const MERGE_CACHE_ENTRIES = 20_000

const SORTED_RANKS: Record<EncodingName, () => URL> = {
  o200k_base: () => new URL('./ranks/o200k_base.sorted.base64', import.meta.url),
  cl100k_base: () => new URL('./ranks/cl100k_base.sorted.base64', import.meta.url),
}

/** The split pattern gpt-tokenizer uses for each encoding (tiktoken's). */
const SPLIT: Record<EncodingName, RegExp> = {
  o200k_base: O200K_TOKEN_SPLIT_REGEX,
  cl100k_base: CL100K_TOKEN_SPLIT_REGEX,
}

/**
 * Characters counted by binary search before the Map is built. Building it (o200k_base) takes about 165 ms of CPU,
 * and binary search counts about 0.7 MB/s, so this much text costs about as much as the build: no input then pays
 * much more than twice what the better of the two would have cost.
 */
export const SMALL_INPUT_CHARS = 128 * 1024

/**
 * Loads only the encoding the model needs. A pull request's few changed lines are counted straight from the sorted
 * ranks file; once SMALL_INPUT_CHARS have been counted (or one text is longer), the rest goes to gpt-tokenizer.
 */
export function loadCounter(encoding: EncodingName, smallInputChars = SMALL_INPUT_CHARS): Promise<TokenCounter> {
  let budget = smallInputChars
  let small: TokenCounter | undefined
  let large: TokenCounter | undefined
  return Promise.resolve((text: string) => {
    if (text.length === 0) return 0
    if (large === undefined && (budget -= text.length) < 0) large = loadLargeInputCounter(encoding)
    if (large !== undefined) return large(text)
    return (small ??= loadSmallInputCounter(encoding))(text)
  })
}

/** Counts by tiktoken's merge over binary search in the sorted ranks: identical tokens, no table to build. */
export function loadSmallInputCounter(encoding: EncodingName): TokenCounter {
  const table = new SortedRankTable(Buffer.from(readFileSync(SORTED_RANKS[encoding](), 'latin1'), 'base64'))
  const split = SPLIT[encoding]
  return text => {
    let count = 0
    for (const [piece] of text.matchAll(split)) {
      const bytes = latin1OfText(piece)
      if (table.rank(bytes, 0, bytes.length) !== NONE) count++
      else if (bytes.length <= MAX_PIECE_BYTES) count += mergePiece(bytes, table).length
      else count += encodeLongPiece(piece, table).length
    }
    return count
  }
}

/** gpt-tokenizer's counter, with its Map of every token: the quickest once built. */
export function loadLargeInputCounter(encoding: EncodingName): TokenCounter {
  const ranks = loadRanks(encoding)
  const api = GptEncoding.getEncodingApi(encoding, () => ranks)
  api.setMergeCacheSize(MERGE_CACHE_ENTRIES)
  mergeLongPiecesInLinearithmicTime(api, ranks)
  return text => (text.length === 0 ? 0 : api.countTokens(text, PLAIN_TEXT))
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

/** The part of gpt-tokenizer's private core that is replaced: the merge of one piece of the split pattern. */
interface PieceEncoder {
  bytePairEncode(piece: string): number[]
}

/**
 * Routes pieces of LONG_PIECE_CHARS and more to the heap-based merge of long-pieces.ts; shorter ones keep
 * gpt-tokenizer's own merge and cache. The core is private to gpt-tokenizer (pinned in package-lock.json): if a new
 * version renames it, loading fails here, loudly, rather than counting slowly.
 */
function mergeLongPiecesInLinearithmicTime(api: GptEncoding, ranks: (string | number[])[]): void {
  const core = (api as unknown as { bytePairEncodingCoreProcessor?: Partial<PieceEncoder> })
    .bytePairEncodingCoreProcessor
  if (typeof core?.bytePairEncode !== 'function')
    throw new Error('gpt-tokenizer changed: its core no longer has bytePairEncode (src/tokens/encodings.ts)')
  const own = core.bytePairEncode.bind(core)
  let table: RankTable | undefined
  core.bytePairEncode = (piece: string) =>
    piece.length < LONG_PIECE_CHARS ? own(piece) : encodeLongPiece(piece, (table ??= new RankTable(ranks)))
}
