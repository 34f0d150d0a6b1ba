import { NONE, type RankLookup } from './long-pieces.js'

/**
 * Bits of a slot that hold rank + 1; the rest hold a tag of the hash, so most slots of other tokens are passed over
 * without comparing bytes.
 */
const RANK_BITS = 18
const RANK_MASK = (1 << RANK_BITS) - 1

/** FNV-1a (32 bits) of the bytes [start, end) of a latin1 string: scripts/update-ranks.mjs hashes the same way. */
export function hashBytes(latin1: string, start: number, end: number): number {
  let hash = 0x811c9dc5
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ latin1.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

/**
 * Rank lookups in a hash table of every token (scripts/update-ranks.mjs writes it), used as read: nothing is built,
 * so a short input is counted without first paying for a Map of every token (200,000 keys for o200k_base: about
 * 100 ms of CPU and as much again in garbage collection). A lookup hashes the bytes and compares one or two slots:
 * in a short run, where the code is still interpreted, a tenth of the work of a binary search in sorted tokens.
 *
 * Layout (little-endian uint32): rank count, longest token in bytes, slot bits; offsets[count + 1] (the bytes of rank r
 * are offsets[r] to offsets[r + 1], none for a rank no token has); slots[2 ** bits] (linear probing from the top bits
 * of the hash; rank + 1 in the low RANK_BITS, the low bits of the hash above them; 0 when empty); the bytes.
 */
export class HashedRankTable implements RankLookup {
  readonly maxTokenBytes: number
  private readonly shift: number
  private readonly mask: number
  private readonly offsets: Uint32Array
  private readonly slots: Uint32Array
  private readonly bytes: Uint8Array

  constructor(file: Uint8Array) {
    // Typed arrays over a file need 4-byte alignment; readFileSync gives a buffer of its own, but be sure.
    const data = file.byteOffset % 4 === 0 ? file : new Uint8Array(file)
    const [count, maxTokenBytes, bits] = new Uint32Array(data.buffer, data.byteOffset, 3)
    this.maxTokenBytes = maxTokenBytes
    this.shift = 32 - bits
    this.mask = 2 ** bits - 1
    this.offsets = new Uint32Array(data.buffer, data.byteOffset + 12, count + 1)
    this.slots = new Uint32Array(data.buffer, data.byteOffset + 12 + 4 * (count + 1), 2 ** bits)
    this.bytes = data.subarray(12 + 4 * (count + 1) + 4 * 2 ** bits)
    if (this.offsets[count] !== this.bytes.length) throw new Error('The hashed ranks file is damaged')
  }

  rank(latin1: string, start: number, end: number): number {
    const length = end - start
    if (length > this.maxTokenBytes) return NONE
    const hash = hashBytes(latin1, start, end)
    const tag = hash & (0xffffffff >>> RANK_BITS)
    const { offsets, slots, bytes } = this
    for (let slot = hash >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const entry = slots[slot]
      if (entry === 0) return NONE
      if (entry >>> RANK_BITS !== tag) continue
      const rank = (entry & RANK_MASK) - 1
      const from = offsets[rank]
      if (offsets[rank + 1] - from !== length) continue
      let i = 0
      while (i < length && latin1.charCodeAt(start + i) === bytes[from + i]) i++
      if (i === length) return rank
    }
  }
}
