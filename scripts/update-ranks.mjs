// Writes the BPE ranks of gpt-tokenizer's encodings as JSON (src/tokens/ranks/), which loads in a fraction of the
// memory its JavaScript modules take to parse: that matters once per worker thread. Run after upgrading gpt-tokenizer;
// a test fails when the files differ from the installed package.
import { writeFileSync } from 'node:fs'

for (const name of ['o200k_base', 'cl100k_base']) {
  const ranks = (await import(`gpt-tokenizer/bpeRanks/${name}`)).default
  writeFileSync(new URL(`../src/tokens/ranks/${name}.json`, import.meta.url), JSON.stringify(ranks))
  console.log(`${name}: ${ranks.length} ranks`)
}
