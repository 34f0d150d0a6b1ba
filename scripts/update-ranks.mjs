// Writes the BPE ranks of gpt-tokenizer's encodings as JSON (src/tokens/ranks/), which loads in a fraction of the
// memory its JavaScript modules take to parse: that matters once per worker thread. Also writes the same ranks sorted
// by their bytes (`.sorted.bin`, read by src/tokens/sorted-ranks.ts): a small input is counted by binary search in
// that file as it lies, without building a Map of every token first. scripts/build.mjs copies the folder to
// dist/ranks/ once for every bundle. Run after upgrading gpt-tokenizer; a test fails when the files differ from the
// installed package.
import { writeFileSync } from 'node:fs'

for (const name of ['o200k_base', 'cl100k_base']) {
  const ranks = (await import(`gpt-tokenizer/bpeRanks/${name}`)).default
  writeFileSync(new URL(`../src/tokens/ranks/${name}.json`, import.meta.url), JSON.stringify(ranks))
  writeFileSync(new URL(`../src/tokens/ranks/${name}.sorted.bin`, import.meta.url), sortedTable(ranks))
  console.log(`${name}: ${ranks.length} ranks`)
}

/** Layout (little-endian uint32): count, longest token in bytes, offsets[count + 1] into the bytes, ranks[count], bytes. */
function sortedTable(ranks) {
  const tokens = []
  ranks.forEach((value, rank) => {
    if (value === null || value === undefined) return
    tokens.push({ bytes: typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value), rank })
  })
  tokens.sort((a, b) => Buffer.compare(a.bytes, b.bytes))
  const header = new Uint32Array(2 + tokens.length + 1 + tokens.length)
  header[0] = tokens.length
  header[1] = tokens.reduce((longest, t) => Math.max(longest, t.bytes.length), 0)
  let offset = 0
  tokens.forEach((t, i) => {
    header[2 + i] = offset
    header[2 + tokens.length + 1 + i] = t.rank
    offset += t.bytes.length
  })
  header[2 + tokens.length] = offset
  return Buffer.concat([Buffer.from(header.buffer), ...tokens.map(t => t.bytes)])
}
