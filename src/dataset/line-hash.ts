/**
 * A 53-bit hash of a line's text, trailing whitespace ignored, to find duplicate examples and to match examples
 * between two versions of a file: cyrb53 (by bryc, public domain), two 32-bit multiply-xorshift lanes over the
 * UTF-16 units. A number keys a Map cheaply and crosses threads in a Float64Array exactly. By the birthday bound, a
 * file of a million distinct lines has about one chance in 18,000 of a false pair. It is no cryptographic hash: a
 * pull request could craft two lines that collide, which only marks its own line as a duplicate; and it needs no
 * node:crypto, whose loading costs a short run about 4 ms.
 */
export function lineHash(line: string): number {
  const text = line.trimEnd()
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ unit, 2654435761)
    h2 = Math.imul(h2 ^ unit, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507)
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507)
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return 4294967296 * (2097151 & h2) + (h1 >>> 0)
}
