import { readFileSync } from 'node:fs'
import { get_encoding } from 'tiktoken'
import { loadCounter, loadSmallInputCounter } from '../../src/tokens/encodings.js'
import { loadLargeInputCounter, loadRanks } from '../../src/tokens/large-input-counter.js'
import { NONE } from '../../src/tokens/long-pieces.js'
import { HashedRankTable, hashBytes } from '../../src/tokens/hashed-ranks.js'
import { datasetTexts } from '../helpers/dataset-texts.js'

const ENCODINGS = ['o200k_base', 'cl100k_base'] as const

// Text people write and text a hostile pull request writes: scripts, emoji, lone surrogates, special-token
// look-alikes, long runs (the heap merge) and a run longer than one part (cut like the Map path cuts it).
const TRICKY = [
  'naïve café — “quotes” ﬁ ligature',
  '日本語のテキストと中文文本，한국어 텍스트',
  'emoji 👩‍👩‍👧‍👦 🇫🇷 and \uD800 lone \uDC00 surrogates',
  '<|endoftext|> <|im_start|>user<|im_end|> <|fim_prefix|>',
  'a'.repeat(5000),
  ' '.repeat(300) + '\n\n\t\r\n',
  '1234567890'.repeat(50),
  'é'.repeat(40_000),
  'x'.repeat(70_000),
  'Ünïcödé'.repeat(3000),
  "don't WE'LL they're I'M",
]

describe('counting small inputs by lookups in the hashed ranks', () => {
  test.each(ENCODINGS)('%s: the hashed file holds every rank of the shipped ranks, at its bytes', encoding => {
    const table = new HashedRankTable(readFileSync(`src/tokens/ranks/${encoding}.hashed.bin`))
    const ranks = loadRanks(encoding)
    let tokens = 0
    let misses = 0
    ranks.forEach((value, rank) => {
      if (value === null || value === undefined) return
      tokens++
      const bytes = (typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value)).toString('latin1')
      if (table.rank(bytes, 0, bytes.length) !== rank) misses++
    })
    expect(tokens).toBe(encoding === 'o200k_base' ? 199_998 : 100_256)
    expect(misses).toBe(0)
    expect(table.rank('\u00ff\u00fe\u00fd', 0, 3)).toBe(NONE)
    // A token found inside a longer text by its range, and bytes that are no token around it.
    const hello = ' hello'
    const rank = table.rank(hello, 0, hello.length)
    expect(rank).not.toBe(NONE)
    expect(table.rank(`xx${hello}yy`, 2, 2 + hello.length)).toBe(rank)
    expect(table.rank(`${hello}\u00ff`, 0, hello.length + 1)).toBe(NONE)
    expect(table.rank('', 0, 0)).toBe(NONE)
  })

  test('hashes with FNV-1a, as its published test vectors have it', () => {
    expect(hashBytes('', 0, 0)).toBe(0x811c9dc5)
    expect(hashBytes('a', 0, 1)).toBe(0xe40c292c)
    expect(hashBytes('foobar', 0, 6)).toBe(0xbf9cf968)
    expect(hashBytes('xfoobar!', 1, 7)).toBe(0xbf9cf968)
  })

  test.each(ENCODINGS)('%s: identical to the Map path and to tiktoken on every dataset string', encoding => {
    const small = loadSmallInputCounter(encoding)
    const large = loadLargeInputCounter(encoding)
    const tk = get_encoding(encoding)
    try {
      const texts = datasetTexts()
      expect(texts.length).toBeGreaterThan(500)
      const bySmall = texts.map(small)
      expect(bySmall).toEqual(texts.map(large))
      expect(bySmall).toEqual(texts.map(t => tk.encode_ordinary(t).length))
    } finally {
      tk.free()
    }
  })

  test.each(ENCODINGS)('%s: identical to the Map path on scripts, emoji, surrogates and long runs', encoding => {
    const small = loadSmallInputCounter(encoding)
    const large = loadLargeInputCounter(encoding)
    expect(TRICKY.map(small)).toEqual(TRICKY.map(large))
    // And to tiktoken, below the 64 KiB piece where a cut may differ by a token (README documents it).
    const tk = get_encoding(encoding)
    try {
      const uncut = TRICKY.filter(t => Buffer.byteLength(t) < 64 * 1024)
      expect(uncut.length).toBeGreaterThan(7)
      expect(uncut.map(small)).toEqual(uncut.map(t => tk.encode_ordinary(t).length))
    } finally {
      tk.free()
    }
  })

  test('the counter moves to the Map once the small-input budget is spent, and counts the same across the move', async () => {
    const texts = datasetTexts()
    const reference = texts.map(loadLargeInputCounter('o200k_base'))
    // A budget that runs out in the middle of the texts, and one a single long text exceeds at once.
    for (const budget of [10_000, 0]) {
      const count = await loadCounter('o200k_base', { smallInputChars: budget })
      expect(texts.map(count)).toEqual(reference)
    }
  })
})
