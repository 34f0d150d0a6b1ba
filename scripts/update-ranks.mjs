// Writes the BPE ranks of gpt-tokenizer's encodings as JSON (src/tokens/ranks/), which loads in a fraction of the
// memory its JavaScript modules take to parse: that matters once per worker thread. Also writes the same ranks as a
// hash table (`.hashed.bin`, read by src/tokens/hashed-ranks.ts, whose comment gives the layout): a small input is
// counted by lookups in that file as it lies, without building a Map of every token first. scripts/build.mjs copies the folder to
// dist/ranks/ once for every bundle. Run after upgrading gpt-tokenizer; a test fails when the files differ from the
// installed package.
import { writeFileSync } from 'node:fs'

/** src/tokens/hashed-ranks.ts: RANK_BITS and the hash, which must stay the same in both places. */
const RANK_BITS = 18

function hashBytes(bytes) {
  let hash = 0x811c9dc5
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193)
  return hash >>> 0
}

/** The layout src/tokens/hashed-ranks.ts reads; slots for a load of at most 0.8 (about 2.5 probes per lookup). */
function hashedTable(ranks) {
  const count = ranks.length
  if (count >= 2 ** RANK_BITS) throw new Error(`${count} ranks do not fit in ${RANK_BITS} bits`)
  const tokens = ranks.map(value =>
    value === null || value === undefined
      ? Buffer.alloc(0)
      : typeof value === 'string'
        ? Buffer.from(value, 'utf8')
        : Buffer.from(value),
  )
  const present = tokens.filter(t => t.length > 0).length
  let bits = 1
  while (2 ** bits * 0.8 < present) bits++
  const slots = new Uint32Array(2 ** bits)
  const offsets = new Uint32Array(count + 1)
  let offset = 0
  tokens.forEach((bytes, rank) => {
    offsets[rank] = offset
    offset += bytes.length
    if (bytes.length === 0) return
    const hash = hashBytes(bytes)
    let slot = hash >>> (32 - bits)
    while (slots[slot] !== 0) slot = (slot + 1) % slots.length
    slots[slot] = (((hash & (0xffffffff >>> RANK_BITS)) << RANK_BITS) | (rank + 1)) >>> 0
  })
  offsets[count] = offset
  const longest = tokens.reduce((max, t) => Math.max(max, t.length), 0)
  const header = new Uint32Array([count, longest, bits])
  return Buffer.concat([header, offsets, slots].map(a => Buffer.from(a.buffer)).concat(tokens))
}

for (const name of ['o200k_base', 'cl100k_base']) {
  const ranks = (await import(`gpt-tokenizer/bpeRanks/${name}`)).default
  writeFileSync(new URL(`../src/tokens/ranks/${name}.json`, import.meta.url), JSON.stringify(ranks))
  writeFileSync(new URL(`../src/tokens/ranks/${name}.hashed.bin`, import.meta.url), hashedTable(ranks))
  console.log(`${name}: ${ranks.length} ranks`)
}
