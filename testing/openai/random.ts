/** A source of numbers in [0, 1). Seeded, so a simulator gives the same ids, seeds and loss curves on every run. */
export type Random = () => number

/** mulberry32: tiny and fast; statistical quality is beside the point for test data. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a, so a job's curve depends on its seed and id rather than on how many jobs came before it. */
export function hashString(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/** Makes ids shaped like OpenAI's: a prefix (`file-`, `ftjob-`, `upload_`) and random letters and digits. */
export type MakeId = (prefix: string, length?: number) => string

export function idMaker(random: Random): MakeId {
  return (prefix, length = 24) => {
    let id = prefix
    for (let i = 0; i < length; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)]
    return id
  }
}
