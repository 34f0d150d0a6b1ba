/**
 * Byte-pair encoding of long pieces (one "word" of the encoding's split pattern, such as a run of one letter, of
 * whitespace, or of CJK text without punctuation) in O(n log n): gpt-tokenizer's own merge rescans the whole piece
 * after every merge, which is quadratic (400 KB of one letter took 57 s). This is tiktoken's own algorithm for pieces of
 * 100 bytes and more (`_byte_pair_merge_large` in its src/lib.rs, since tiktoken 0.13): repeatedly apply the merge of
 * lowest rank (leftmost among equals) from a heap, so the tokens are exactly tiktoken's.
 *
 * A piece longer than MAX_PIECE_BYTES is cut into parts of that size at character boundaries, each encoded exactly;
 * the count can then differ from tiktoken's by a few tokens per cut (README, "How tokens ... are computed"). No text
 * that people write has such a piece; it bounds the time and memory a hostile pull request can ask for.
 */

/** tiktoken's threshold for the heap-based merge; below it gpt-tokenizer's own merge (and its cache) is quicker. */
export const LONG_PIECE_CHARS = 100
/** Longest part handed to the merge at once (UTF-8 bytes): 64 KiB, about 1.4 MB of typed arrays while it runs. */
export const MAX_PIECE_BYTES = 64 * 1024

/** The rank of bytes that are no token. */
export const NONE = 0x7fffffff
const SHIFT = 2 ** 32

/** The rank of bytes [start, end) of a piece's UTF-8 bytes as a latin1 string, or NONE. */
export interface RankLookup {
  readonly maxTokenBytes: number
  rank(latin1: string, start: number, end: number): number
}

/** Rank lookups by byte range, built once per encoding from its ranks (index = rank). */
export class RankTable implements RankLookup {
  /** Ranks of two-byte tokens by (first byte << 8 | second byte): the first pass looks up every byte pair. */
  private readonly pairs = new Int32Array(65536).fill(NONE)
  /** Every token's bytes as a one-byte (latin1) string: a slice of the piece's latin1 text is then a key. */
  private readonly byBytes = new Map<string, number>()
  readonly maxTokenBytes: number

  constructor(ranks: readonly (string | number[] | null | undefined)[]) {
    let longest = 0
    ranks.forEach((value, rank) => {
      if (value === null || value === undefined) return
      const key = typeof value === 'string' ? latin1OfText(value) : Buffer.from(value).toString('latin1')
      this.byBytes.set(key, rank)
      if (key.length === 2) this.pairs[(key.charCodeAt(0) << 8) | key.charCodeAt(1)] = rank
      longest = Math.max(longest, key.length)
    })
    this.maxTokenBytes = longest
  }

  /** The rank of bytes [start, end) of `latin1`, or NONE. */
  rank(latin1: string, start: number, end: number): number {
    const length = end - start
    if (length === 2) return this.pairs[(latin1.charCodeAt(start) << 8) | latin1.charCodeAt(start + 1)]
    if (length > this.maxTokenBytes) return NONE
    return this.byBytes.get(latin1.slice(start, end)) ?? NONE
  }
}

/** The UTF-8 bytes of a text as a latin1 string, reusing the text itself when it is ASCII (most tokens are). */
export function latin1OfText(text: string): string {
  for (let i = 0; i < text.length; i++)
    if (text.charCodeAt(i) > 0x7f) return Buffer.from(text, 'utf8').toString('latin1')
  return text
}

/**
 * The token ranks of one piece (UTF-8 bytes as a latin1 string), by tiktoken's heap-based merge. Memory: five 32-bit
 * integers and two heap slots per byte.
 */
export function mergePiece(bytes: string, table: RankLookup): number[] {
  const n = bytes.length
  if (n === 0) return []
  if (n === 1) return [table.rank(bytes, 0, 1)]
  // Per start of a part: its end, the end of the part after it, the start of the part before it, the rank of merging
  // it with the next part (NONE when that is not a token), and its own rank once it is the result of a merge.
  const end = new Int32Array(n)
  const nextEnd = new Int32Array(n)
  const prev = new Int32Array(n)
  const nextRank = new Int32Array(n)
  const ownRank = new Int32Array(n).fill(NONE)
  // A binary min-heap of candidate merges keyed rank × 2^32 + start: lowest rank first, then leftmost.
  const heap = new Float64Array(2 * n)
  let size = 0
  const push = (rank: number, start: number) => {
    const key = rank * SHIFT + start
    let i = size++
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (heap[parent] <= key) break
      heap[i] = heap[parent]
      i = parent
    }
    heap[i] = key
  }
  const pop = () => {
    const top = heap[0]
    const last = heap[--size]
    let i = 0
    for (;;) {
      let child = 2 * i + 1
      if (child >= size) break
      if (child + 1 < size && heap[child + 1] < heap[child]) child++
      if (heap[child] >= last) break
      heap[i] = heap[child]
      i = child
    }
    heap[i] = last
    return top
  }
  for (let i = 0; i < n; i++) {
    end[i] = i + 1
    nextEnd[i] = i + 2
    prev[i] = i - 1
    const rank = i < n - 1 ? table.rank(bytes, i, i + 2) : NONE
    nextRank[i] = rank
    if (rank !== NONE) push(rank, i)
  }
  const candidate = (start: number, after: number) => {
    nextEnd[start] = after
    const rank = after <= n ? table.rank(bytes, start, after) : NONE
    nextRank[start] = rank
    if (rank !== NONE) push(rank, start)
  }
  while (size > 0) {
    const key = pop()
    const rank = Math.floor(key / SHIFT)
    const left = key - rank * SHIFT
    // Stale: the part at `left` has changed since this merge was pushed (a token's rank names its bytes).
    if (rank !== nextRank[left]) continue
    const right = end[left]
    const rightEnd = nextEnd[left]
    ownRank[left] = rank
    end[left] = rightEnd
    candidate(left, nextEnd[right])
    if (rightEnd < n) prev[rightEnd] = left
    if (left > 0) candidate(prev[left], rightEnd)
    nextRank[right] = NONE
  }
  const tokens: number[] = []
  for (let i = 0; i < n; i = end[i]) tokens.push(ownRank[i] !== NONE ? ownRank[i] : table.rank(bytes, i, end[i]))
  return tokens
}

/**
 * The token ranks of a long piece of text: parts of at most `maxPartBytes` bytes, cut before a character's first
 * byte, each merged exactly. A part equal to the one before it (a run of one letter) is not merged again.
 */
export function encodeLongPiece(text: string, table: RankLookup, maxPartBytes = MAX_PIECE_BYTES): number[] {
  const bytes = Buffer.from(text, 'utf8').toString('latin1')
  const tokens: number[] = []
  let previous: { part: string; tokens: number[] } | undefined
  for (let start = 0; start < bytes.length;) {
    let stop = Math.min(bytes.length, start + maxPartBytes)
    // Back off continuation bytes (10xxxxxx) so that no character is split.
    while (stop < bytes.length && stop > start + 1 && (bytes.charCodeAt(stop) & 0xc0) === 0x80) stop--
    const part = bytes.slice(start, stop)
    const partTokens = previous?.part === part ? previous.tokens : mergePiece(part, table)
    previous = { part, tokens: partTokens }
    for (const t of partTokens) tokens.push(t)
    start = stop
  }
  return tokens
}
