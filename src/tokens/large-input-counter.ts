import { readFileSync } from 'node:fs'
import { GptEncoding } from 'gpt-tokenizer/GptEncoding'
import type { EncodingName } from '../estimate/models.js'
import { rankFile, type TokenCounter } from './encodings.js'
import { encodeLongPiece, LONG_PIECE_CHARS, RankTable } from './long-pieces.js'

// gpt-tokenizer's Map-based counter, in a module of its own: loaded by worker threads and for inputs past
// SMALL_INPUT_CHARS, never for a pull request's few lines.

// Training data is data: `<|endoftext|>` in a dataset is text to the fine-tuning API, so nothing is special here.
const PLAIN_TEXT = { disallowedSpecial: new Set<string>() }

/**
 * gpt-tokenizer remembers 100,000 merged words by default, per instance; one instance runs in each worker thread,
 * and a fifth of that keeps nearly all the speed (words repeat) at a fraction of the memory.
 */
const MERGE_CACHE_ENTRIES = 20_000

export function loadRanks(encoding: EncodingName): (string | number[])[] {
  // JSON.parse takes far less memory than compiling gpt-tokenizer's multi-megabyte array literals, once per worker.
  return JSON.parse(readFileSync(rankFile(`${encoding}.json`), 'utf8')) as (string | number[])[]
}

/** gpt-tokenizer's counter, with its Map of every token: the quickest once built. */
export function loadLargeInputCounter(encoding: EncodingName): TokenCounter {
  const ranks = loadRanks(encoding)
  const api = GptEncoding.getEncodingApi(encoding, () => ranks)
  api.setMergeCacheSize(MERGE_CACHE_ENTRIES)
  mergeLongPiecesInLinearithmicTime(api, ranks)
  return text => (text.length === 0 ? 0 : api.countTokens(text, PLAIN_TEXT))
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
