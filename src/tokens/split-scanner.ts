import type { EncodingName } from '../estimate/models.js'

/**
 * The encodings' split patterns (gpt-tokenizer's, which are tiktoken's) as scanners: the same pieces as the regular
 * expressions (__tests__/tokens/split-scanner.test.ts holds them equal on every dataset string, on every short string
 * of every character class and on random text), without building them. Their many \p{…} classes make V8 spend about
 * 8 ms constructing and compiling them, most of what a pull request's check of a few lines would spend counting.
 *
 * o200k_base, tried in this order at each position:
 *   [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(contraction)?
 *   [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(contraction)?
 *   \p{N}{1,3}    | ?[^\s\p{L}\p{N}]+[\r\n/]*    \s*[\r\n]+    \s+(?!\S)    \s+
 * cl100k_base:
 *   contraction    [^\r\n\p{L}\p{N}]?\p{L}+    \p{N}{1,3}    ?[^\s\p{L}\p{N}]+[\r\n]*    \s+$    \s*[\r\n]    \s+(?!\S)    \s
 * where a contraction is '(?:[sS]|[dD]|[mM]|[tT]|[lL][lL]|[vV][eE]|[rR][eE]). Positions and classes are by code
 * point, as the expressions' `u` flag has them.
 */

/** Lu, Lt: in o200k's first word class only. */
const UPPER = 1
/** Ll: in o200k's second word class only. */
const LOWER = 2
/** Lm, Lo: letters in both of o200k's word classes. */
const CASELESS = 4
/** M: in both of o200k's word classes, but not a letter (\p{L}). */
const MARK = 8
/** \p{N} */
const DIGIT = 16
/** \s as JavaScript has it. */
const SPACE = 32
/** \r and \n */
const NEWLINE = 64
/** [^\s\p{L}\p{N}]: punctuation, symbols, marks, controls. */
const OTHER = 128

const LETTER = UPPER | LOWER | CASELESS
const WORD_START = UPPER | CASELESS | MARK
const WORD_END = LOWER | CASELESS | MARK

/** [^\r\n\p{L}\p{N}]: what may stand before a word (a space, punctuation, a mark). */
const isPrefix = (bits: number) => (bits & (LETTER | DIGIT | NEWLINE)) === 0

const ASCII = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c)
  if (ch >= 'A' && ch <= 'Z') ASCII[c] = UPPER
  else if (ch >= 'a' && ch <= 'z') ASCII[c] = LOWER
  else if (ch >= '0' && ch <= '9') ASCII[c] = DIGIT
  else if (ch === '\r' || ch === '\n') ASCII[c] = SPACE | NEWLINE
  else if ('\t\v\f '.includes(ch)) ASCII[c] = SPACE
  else ASCII[c] = OTHER
}

/**
 * The class of any other code point, asked of V8's own Unicode tables (the ones the expressions use) once per code
 * point: this expression is small, so compiling it costs a fraction of the split expressions.
 */
const CATEGORY = /(\s)|([\p{Lu}\p{Lt}])|(\p{Ll})|([\p{Lm}\p{Lo}])|(\p{M})|(\p{N})/uy
const CATEGORY_BITS = [SPACE, UPPER, LOWER, CASELESS, MARK | OTHER, DIGIT]
/** What the expression said of each code point it was asked about. */
const known = new Map<number, number>()

/**
 * The classes of the non-ASCII characters English text holds most (Latin-1's letters and signs; general punctuation
 * such as curly quotes, dashes and the ellipsis; arrows), by range, so that such text needs no Unicode expression:
 * compiling even the small one above costs a short run about 1 ms. __tests__/tokens/split-scanner.test.ts splits
 * every character of these ranges in 16 contexts, and must find the expressions' pieces.
 */
const COMMON_RANGES: [first: number, last: number, bits: number][] = [
  [0x80, 0x9f, OTHER], // C1 controls (NEL included: no \s in JavaScript)
  [0xa0, 0xa0, SPACE],
  [0xa1, 0xa9, OTHER],
  [0xaa, 0xaa, CASELESS], // ª
  [0xab, 0xb1, OTHER],
  [0xb2, 0xb3, DIGIT], // ² ³
  [0xb4, 0xb4, OTHER],
  [0xb5, 0xb5, LOWER], // µ
  [0xb6, 0xb8, OTHER],
  [0xb9, 0xb9, DIGIT], // ¹
  [0xba, 0xba, CASELESS], // º
  [0xbb, 0xbb, OTHER],
  [0xbc, 0xbe, DIGIT], // ¼ ½ ¾
  [0xbf, 0xbf, OTHER],
  [0xc0, 0xd6, UPPER],
  [0xd7, 0xd7, OTHER], // ×
  [0xd8, 0xde, UPPER],
  [0xdf, 0xf6, LOWER],
  [0xf7, 0xf7, OTHER], // ÷
  [0xf8, 0xff, LOWER],
  [0x2000, 0x200a, SPACE],
  [0x200b, 0x2027, OTHER],
  [0x2028, 0x2029, SPACE],
  [0x202a, 0x202e, OTHER],
  [0x202f, 0x202f, SPACE],
  [0x2030, 0x205e, OTHER],
  [0x205f, 0x205f, SPACE],
  [0x2060, 0x206f, OTHER],
  [0x2190, 0x21ff, OTHER], // arrows
]

function commonBits(codePoint: number): number | undefined {
  if (codePoint > 0x21ff) return undefined
  for (const [first, last, bits] of COMMON_RANGES) if (codePoint >= first && codePoint <= last) return bits
  return undefined
}

function unicodeBits(text: string, at: number): number {
  const codePoint = text.codePointAt(at) ?? 0
  let bits = commonBits(codePoint) ?? known.get(codePoint)
  if (bits === undefined) {
    CATEGORY.lastIndex = at
    const match = CATEGORY.exec(text)
    // Each alternative is one group that captures the whole match: the first group that holds it names the class.
    bits = match ? CATEGORY_BITS[match.indexOf(match[0], 1) - 1] : OTHER
    known.set(codePoint, bits)
  }
  return bits
}

function bitsAt(text: string, at: number): number {
  const c = text.charCodeAt(at)
  return c < 128 ? ASCII[c] : unicodeBits(text, at)
}

/** UTF-16 units of the code point at `at`: 2 for a surrogate pair, 1 otherwise (a lone surrogate included). */
function width(text: string, at: number): number {
  const c = text.charCodeAt(at)
  return c >= 0xd800 && c < 0xdc00 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1
}

/** The end of the run of at most `max` code points of the classes in `mask`, from `from`. */
function runEnd(text: string, from: number, mask: number, max = Infinity): number {
  let at = from
  for (let taken = 0; taken < max && at < text.length; taken++) {
    const c = text.charCodeAt(at)
    if (c < 128) {
      if ((ASCII[c] & mask) === 0) break
      at++
    } else {
      if ((unicodeBits(text, at) & mask) === 0) break
      at += width(text, at)
    }
  }
  return at
}

const QUOTE = 0x27
const SLASH = 0x2f
const SPACE_CHAR = 0x20

/** The length of a contraction ('s 'd 'm 't 'll 've 're, any case) at `at`, or 0. */
function contraction(text: string, at: number): number {
  if (text.charCodeAt(at) !== QUOTE) return 0
  const a = text.charCodeAt(at + 1) | 0x20
  if (a === 0x73 || a === 0x64 || a === 0x6d || a === 0x74) return 2 // s d m t
  const b = text.charCodeAt(at + 2) | 0x20
  if ((a === 0x6c && b === 0x6c) || ((a === 0x76 || a === 0x72) && b === 0x65)) return 3 // ll ve re
  return 0
}

/**
 * o200k's first alternative from `from` (after the prefix, if any): its upper-case class taken greedily, then one or
 * more of its lower-case class. The classes share Lm, Lo and M, so when no Ll follows the first run, the expression
 * backtracks into it and ends after its last character of the second class. -1 if none.
 */
function o200kWordA(text: string, from: number): number {
  let at = from
  let afterLastWordEnd = -1
  while (at < text.length) {
    const bits = bitsAt(text, at)
    if ((bits & WORD_START) === 0) break
    at += width(text, at)
    if ((bits & WORD_END) !== 0) afterLastWordEnd = at
  }
  if (at < text.length && (bitsAt(text, at) & WORD_END) !== 0) {
    const end = runEnd(text, at, WORD_END)
    return end + contraction(text, end)
  }
  return afterLastWordEnd === -1 ? -1 : afterLastWordEnd + contraction(text, afterLastWordEnd)
}

/** o200k's second alternative from `from`: one or more of the upper-case class, then any of the lower-case one. */
function o200kWordB(text: string, from: number): number {
  const upperEnd = runEnd(text, from, WORD_START)
  if (upperEnd === from) return -1
  const end = runEnd(text, upperEnd, WORD_END)
  return end + contraction(text, end)
}

/** ` ?[^\s\p{L}\p{N}]+` then the run of `tail`, or -1. */
function punctuationEnd(text: string, start: number, tail: (text: string, at: number) => boolean): number {
  const from = text.charCodeAt(start) === SPACE_CHAR ? start + 1 : start
  let end = runEnd(text, from, OTHER)
  if (end === from) return -1
  while (end < text.length && tail(text, end)) end++
  return end
}

const o200kTail = (text: string, at: number) => (bitsAt(text, at) & NEWLINE) !== 0 || text.charCodeAt(at) === SLASH
const cl100kTail = (text: string, at: number) => (bitsAt(text, at) & NEWLINE) !== 0

/**
 * A piece that starts with whitespace: up to and including its last line break when it has one (`\s*[\r\n]+`,
 * `\s*[\r\n]`); else the run to the end of the text, or all of it but its last character when that leaves a space
 * before the next word (`\s+(?!\S)`); else one character.
 */
function spaceEnd(text: string, start: number): number {
  const end = runEnd(text, start, SPACE)
  for (let at = end - 1; at >= start; at--) if ((bitsAt(text, at) & NEWLINE) !== 0) return at + 1
  if (end === text.length) return end
  return end - start >= 2 ? end - 1 : start + 1
}

const O200K_WORDS = [o200kWordA, o200kWordB]

function o200kPieceEnd(text: string, start: number): number {
  const first = bitsAt(text, start)
  // The optional prefix is tried with, then without (a mark is both a prefix and a word character), for each of the
  // two word alternatives in turn.
  const withPrefix = isPrefix(first) ? start + width(text, start) : -1
  const withoutPrefix = !isPrefix(first) || (first & MARK) !== 0 ? start : -1
  for (const word of O200K_WORDS) {
    const end = withPrefix === -1 ? -1 : word(text, withPrefix)
    if (end !== -1) return end
    const unprefixed = withoutPrefix === -1 ? -1 : word(text, withoutPrefix)
    if (unprefixed !== -1) return unprefixed
  }
  if ((first & DIGIT) !== 0) return runEnd(text, start, DIGIT, 3)
  const punctuation = punctuationEnd(text, start, o200kTail)
  if (punctuation !== -1) return punctuation
  return spaceEnd(text, start)
}

function cl100kPieceEnd(text: string, start: number): number {
  const quoted = contraction(text, start)
  if (quoted > 0) return start + quoted
  const first = bitsAt(text, start)
  const from = isPrefix(first) ? start + width(text, start) : start
  const wordEnd = runEnd(text, from, LETTER)
  if (wordEnd > from) return wordEnd
  if ((first & DIGIT) !== 0) return runEnd(text, start, DIGIT, 3)
  const punctuation = punctuationEnd(text, start, cl100kTail)
  if (punctuation !== -1) return punctuation
  if (runEnd(text, start, SPACE) === text.length) return text.length // \s+$
  return spaceEnd(text, start)
}

/** The end of the piece of `text` that starts at `start`, for each encoding. */
export const PIECE_END: Record<EncodingName, (text: string, start: number) => number> = {
  o200k_base: o200kPieceEnd,
  cl100k_base: cl100kPieceEnd,
}

/** True when every character is ASCII: then a text's UTF-8 bytes are its characters, and pieces need no copy. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false
  return true
}
