import { get_encoding } from 'tiktoken'
import { loadCounter } from '../../src/tokens/encodings.js'
import { loadRanks } from '../../src/tokens/large-input-counter.js'
import { encodeLongPiece, mergePiece, MAX_PIECE_BYTES, RankTable } from '../../src/tokens/long-pieces.js'

const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1')
/** Letters in an order with no repeats to lean on, seeded so that every run tests the same text. */
const scrambled = (n: number) =>
  Array.from({ length: n }, (_, i) => String.fromCharCode(97 + ((i * 7919) % 26))).join('')

// Each is one piece of the split pattern, or a text made of a few long ones; tiktoken's WASM build is quadratic on
// them, so they stay a few thousand bytes long.
const ONE_PIECE = [
  'a'.repeat(5000),
  'ab'.repeat(2500),
  scrambled(4000),
  '日本語のテキストは空白なしで長く続くことがあります'.repeat(60),
  ' '.repeat(3000),
  '!?*'.repeat(1000),
  '\u0001'.repeat(2000),
]
const LONG_TEXTS = [...ONE_PIECE, `Intro ${'z'.repeat(3000)} then ${'é'.repeat(1500)}\n${'\t'.repeat(700)}end`]

describe('long pieces', () => {
  test.each(['o200k_base', 'cl100k_base'] as const)(
    "the heap-based merge gives exactly tiktoken's tokens on long pieces (%s)",
    async encoding => {
      const tk = get_encoding(encoding)
      const table = new RankTable(loadRanks(encoding))
      const count = await loadCounter(encoding)
      for (const text of LONG_TEXTS) {
        const theirs = Array.from(tk.encode_ordinary(text))
        expect(count(text)).toBe(theirs.length)
        // The merge alone, on a text that is one piece: the very token ids, not only their number.
        if (ONE_PIECE.includes(text)) expect(mergePiece(latin1(text), table)).toEqual(theirs)
      }
      tk.free()
    },
  )

  test('a piece over the part size is cut at character boundaries, and differs from tiktoken by at most one token per cut', () => {
    const tk = get_encoding('o200k_base')
    const table = new RankTable(loadRanks('o200k_base'))
    const part = 1000
    for (const text of [scrambled(12_000), 'é'.repeat(6001), '日本語のテキスト'.repeat(500), 'a'.repeat(12_003)]) {
      const cuts = Math.ceil(Buffer.byteLength(text) / part) - 1
      const ours = encodeLongPiece(text, table, part)
      const theirs = tk.encode_ordinary(text).length
      expect(Math.abs(ours.length - theirs)).toBeLessThanOrEqual(cuts)
      // Cut before a character's first byte only: the parts decode to the text again.
      expect(tk.decode(Uint32Array.from(ours))).toEqual(new TextEncoder().encode(text))
    }
    tk.free()
  })

  test('pieces up to the part size are not cut: a 64 KiB piece is exact', () => {
    const table = new RankTable(loadRanks('o200k_base'))
    const text = scrambled(MAX_PIECE_BYTES)
    expect(encodeLongPiece(text, table)).toEqual(mergePiece(latin1(text), table))
  })

  test('a 30 MB one-word text is counted (in seconds, not CPU-minutes): tiktoken gives 8 bytes a token on a run of a', async () => {
    const count = await loadCounter('o200k_base')
    expect(count('a'.repeat(30 << 20))).toBe((30 << 20) / 8)
    // A part equal to the one before is not merged again; a word of no repeats is merged part by part.
    expect(count(scrambled(4 << 20))).toBeGreaterThan(1 << 20)
  }, 120_000)
})
