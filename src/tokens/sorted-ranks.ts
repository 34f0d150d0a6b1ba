import { NONE, type RankLookup } from './long-pieces.js'

/**
 * Rank lookups by binary search in the ranks sorted by their bytes (scripts/update-ranks.mjs writes the file), used
 * as read: nothing is built, so a short input is counted without first paying for a Map of every token (200,000 keys
 * for o200k_base: about 100 ms of CPU and as much again in garbage collection). Each lookup costs about 18 byte-string
 * comparisons, so long inputs go to the Map (src/tokens/encodings.ts decides when).
 */
export class SortedRankTable implements RankLookup {
  readonly maxTokenBytes: number
  private readonly count: number
  /** offsets[i] to offsets[i + 1]: the bytes of the i-th token in byte order, in `bytes`. */
  private readonly offsets: Uint32Array
  private readonly ranks: Uint32Array
  private readonly bytes: Uint8Array

  constructor(file: Uint8Array) {
    // Typed arrays over a file need 4-byte alignment; readFileSync gives a buffer of its own, but be sure.
    const data = file.byteOffset % 4 === 0 ? file : new Uint8Array(file)
    const words = new Uint32Array(data.buffer, data.byteOffset, 2)
    this.count = words[0]
    this.maxTokenBytes = words[1]
    this.offsets = new Uint32Array(data.buffer, data.byteOffset + 8, this.count + 1)
    this.ranks = new Uint32Array(data.buffer, data.byteOffset + 8 + 4 * (this.count + 1), this.count)
    this.bytes = data.subarray(8 + 8 * this.count + 4)
    if (this.offsets[this.count] !== this.bytes.length) throw new Error('The sorted ranks file is damaged')
  }

  rank(latin1: string, start: number, end: number): number {
    const length = end - start
    if (length > this.maxTokenBytes) return NONE
    const { offsets, bytes } = this
    let low = 0
    let high = this.count - 1
    while (low <= high) {
      const mid = (low + high) >>> 1
      const from = offsets[mid]
      const tokenLength = offsets[mid + 1] - from
      const shorter = Math.min(length, tokenLength)
      let order = 0
      for (let i = 0; i < shorter && order === 0; i++) order = latin1.charCodeAt(start + i) - bytes[from + i]
      if (order === 0) order = length - tokenLength
      if (order === 0) return this.ranks[mid]
      if (order < 0) high = mid - 1
      else low = mid + 1
    }
    return NONE
  }
}
