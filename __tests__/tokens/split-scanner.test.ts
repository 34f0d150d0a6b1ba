import { CL100K_TOKEN_SPLIT_REGEX, O200K_TOKEN_SPLIT_REGEX } from 'gpt-tokenizer/encodingParams/constants'
import { isAscii, PIECE_END } from '../../src/tokens/split-scanner.js'
import { datasetTexts } from '../helpers/dataset-texts.js'

// The oracle is gpt-tokenizer's own expressions (tiktoken's patterns), which the Map path splits with.
const EXPRESSIONS = { o200k_base: O200K_TOKEN_SPLIT_REGEX, cl100k_base: CL100K_TOKEN_SPLIT_REGEX }
const ENCODINGS = ['o200k_base', 'cl100k_base'] as const
type Encoding = (typeof ENCODINGS)[number]

/** The scanner's pieces; it must move forward at every step. */
function scanned(text: string, encoding: Encoding): string[] {
  const pieces: string[] = []
  for (let start = 0, end = 0; start < text.length; start = end) {
    end = PIECE_END[encoding](text, start)
    if (end <= start || end > text.length) throw new Error(`no progress at ${start} of ${JSON.stringify(text)}`)
    pieces.push(text.slice(start, end))
  }
  return pieces
}

const matched = (text: string, encoding: Encoding) => text.match(EXPRESSIONS[encoding]) ?? []

/** Fails naming the text when the two split it differently (one expect per text would be slow over 100,000). */
function expectSameSplit(text: string, encoding: Encoding): number {
  const expected = matched(text, encoding)
  const pieces = scanned(text, encoding)
  if (pieces.length !== expected.length || pieces.some((piece, i) => piece !== expected[i]))
    expect({ text, pieces }).toEqual({ text, pieces: expected })
  return expected.length
}

/** Every string of `length` characters from `alphabet`. */
function* allStrings(alphabet: string[], length: number): Generator<string> {
  if (length === 0) {
    yield ''
    return
  }
  for (const prefix of allStrings(alphabet, length - 1)) for (const c of alphabet) yield prefix + c
}

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

// One character of every class the patterns tell apart: ASCII letters, digits, the contractions' letters, every kind
// of whitespace and punctuation; Lu, Ll, Lt, Lm, Lo, marks (Mn, Mc), Nd, No, Nl, astral letters and digits, emoji,
// a zero-width joiner, Unicode spaces and line separators, NEL (no \s in JavaScript) and lone surrogates.
const ASCII_CLASSES = ['a', 'Z', '0', '7', ' ', '\t', '\n', '\r', '\v', '\f', "'", '/', '.', '\x00', '\x1f', '\x7f']
const CONTRACTIONS = ['s', 'S', 'd', 'm', 'T', 'l', 'L', 'v', 'E', 'r', 'e']
const UNICODE_CLASSES = [
  'É',
  'é',
  'ǅ',
  'ʰ',
  'あ',
  '\u0301',
  '\u0903',
  '٣',
  '²',
  'Ⅷ',
  '𝐀',
  '𝟘',
  '😀',
  '\u200d',
  '\u00a0',
  '\u2028',
  '\u3000',
  '\ufeff',
  '\u0085',
  '\ud800',
  '\udc00',
  '’',
  '—',
]

describe('the split scanners give the split expressions’ pieces', () => {
  test('isAscii tells ASCII text from any other', () => {
    expect(isAscii('plain \x7f text')).toBe(true)
    expect(isAscii('café')).toBe(false)
    expect(isAscii('\u0080')).toBe(false)
    expect(isAscii('')).toBe(true)
  })

  test.each(ENCODINGS)('%s: on every string of the datasets and examples', encoding => {
    const texts = datasetTexts()
    expect(texts.filter(t => !isAscii(t)).length).toBeGreaterThan(10)
    let pieces = 0
    for (const text of texts) pieces += expectSameSplit(text, encoding)
    expect(pieces).toBeGreaterThan(30_000)
  })

  test.each(ENCODINGS)('%s: on every string of up to three characters of every class', encoding => {
    const alphabet = [...ASCII_CLASSES, ...CONTRACTIONS, ...UNICODE_CLASSES]
    let strings = 0
    for (let length = 1; length <= 3; length++)
      for (const text of allStrings(alphabet, length)) {
        expectSameSplit(text, encoding)
        strings++
      }
    expect(strings).toBe(50 + 50 ** 2 + 50 ** 3)
  })

  test.each(ENCODINGS)('%s: on every character the scanner classes by range, in every kind of context', encoding => {
    // Latin-1, general punctuation and arrows: classed without the Unicode expression (COMMON_RANGES).
    const ranges = [
      [0x80, 0xff],
      [0x2000, 0x206f],
      [0x2190, 0x21ff],
    ]
    const contexts = [
      '#',
      'a#b',
      'A#',
      '#A',
      '#Ab',
      'A#b',
      'a#Bc',
      '#a',
      'Ab#',
      '1#2',
      ' #',
      ' ##x',
      '#\n',
      "#'s",
      'x #  y',
      '##',
    ]
    let strings = 0
    for (const [first, last] of ranges)
      for (let c = first; c <= last; c++)
        for (const context of contexts) {
          expectSameSplit(context.replaceAll('#', String.fromCharCode(c)), encoding)
          strings++
        }
    expect(strings).toBe((128 + 112 + 112) * contexts.length)
  })

  test.each(ENCODINGS)('%s: on 40,000 random strings of every class and of all 128 ASCII characters', encoding => {
    const next = random(encoding === 'o200k_base' ? 1 : 2)
    const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c))
    const pick = (list: string[]) => list[Math.floor(next() * list.length)]
    for (let i = 0; i < 40_000; i++) {
      const length = 1 + Math.floor(next() * 24)
      let text = ''
      for (let j = 0; j < length; j++) {
        const roll = next()
        text +=
          roll < 0.3
            ? pick(ASCII_CLASSES)
            : roll < 0.5
              ? pick(CONTRACTIONS)
              : roll < 0.6
                ? "'"
                : roll < 0.85
                  ? pick(UNICODE_CLASSES)
                  : roll < 0.95
                    ? pick(ascii)
                    : String.fromCodePoint(Math.floor(next() * 0x110000))
      }
      expectSameSplit(text, encoding)
    }
  })
})
