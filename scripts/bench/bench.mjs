// npm run bench [-- --gb]: times the bundled CLI (validation + exact counting) against two single-threaded ports of
// the cookbook algorithm (js-tiktoken, tiktoken WASM) on generated chat JSONL, checks that all three agree on the
// token total, and prints a Markdown table for README. --gb adds a 1 GB file (ours only: the baselines would take
// many minutes). Each run is its own process, so peak RSS is that run's. Then the open-model rows: Together-shaped chat
// JSONL counted for a Llama 3.1 model (`--backend together`) against Hugging Face's apply_chat_template per example on
// one thread (chat-template-baseline.mjs). `-- --open` runs only those.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import os from 'node:os'
import { generate } from './generate.mjs'

const root = new URL('../../', import.meta.url).pathname
const out = `${root}bench/out`
mkdirSync(out, { recursive: true })
const sizes = [10, 100, ...(process.argv.includes('--gb') ? [1024] : [])]
const LLAMA = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'

function run(args) {
  const started = performance.now()
  const res = execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return { res, seconds: (performance.now() - started) / 1000 }
}

function runOurs(file, args) {
  const child = spawnSync(process.execPath, ['dist/cli/index.js', 'validate', file, ...args, '--json', '--stats'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const report = JSON.parse(child.stdout)
  const stats = JSON.parse(/stats: (.*)/.exec(child.stderr)[1])
  return { report, stats }
}

const rows = []
for (const mb of process.argv.includes('--open') ? [] : sizes) {
  const file = `${out}/chat-${mb}mb.jsonl`
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} ...\n`)
    await generate(file, mb * 1024 * 1024)
  }
  const bytes = statSync(file).size
  // Ours: the report's uncapped total is the cookbook's number (no per-example cap applied).
  const { report, stats } = runOurs(file, ['--model', 'gpt-4o-mini'])
  rows.push({
    group: 'gpt-4o-mini',
    mb,
    impl: 'fine-tune-action',
    tokens: report.files[0].uncappedTokens,
    examples: report.totals.examples,
    seconds: stats.seconds,
    rss: stats.peakRssMb,
    bytes,
  })
  if (mb > 100) continue
  for (const impl of ['js-tiktoken', 'tiktoken']) {
    const { res } = run(['scripts/bench/cookbook-baseline.mjs', impl, file])
    const r = JSON.parse(res)
    rows.push({
      group: 'gpt-4o-mini',
      mb,
      impl: `cookbook on ${impl}`,
      tokens: r.tokens,
      examples: r.examples,
      seconds: r.seconds,
      rss: r.maxRssMb,
      bytes,
    })
  }
}

for (const mb of sizes) {
  const file = `${out}/together-chat-${mb}mb.jsonl`
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} ...\n`)
    await generate(file, mb * 1024 * 1024, 42, 'together')
  }
  const bytes = statSync(file).size
  const { report, stats } = runOurs(file, ['--backend', 'together', '--model', LLAMA])
  if (!report.valid) throw new Error(`${file} is not valid Together data`)
  const row = { group: 'Llama 3.1', mb, bytes, examples: report.totals.examples }
  rows.push({ ...row, impl: 'fine-tune-action', tokens: report.files[0].uncappedTokens, ...pick(stats) })
  if (mb > 100) continue
  const r = JSON.parse(run(['scripts/bench/chat-template-baseline.mjs', 'llama3_1', file]).res)
  rows.push({ ...row, impl: 'apply_chat_template per example', tokens: r.tokens, seconds: r.seconds, rss: r.maxRssMb })
}
function pick(stats) {
  return { seconds: stats.seconds, rss: stats.peakRssMb }
}

let mismatch = false
console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}\n`,
)
console.log(
  '| file | model | implementation | seconds | MB/s | examples/s | peak RSS | token total | ours is faster by |',
)
console.log('|--:|---|---|--:|--:|--:|--:|--:|--:|')
for (const r of rows) {
  const ours = rows.find(x => x.group === r.group && x.mb === r.mb && x.impl === 'fine-tune-action')
  if (r.tokens !== ours.tokens) mismatch = true
  const ratio = r === ours ? '' : `${(r.seconds / ours.seconds).toFixed(1)}×`
  console.log(
    `| ${r.mb} MB | ${r.group} | ${r.impl} | ${r.seconds.toFixed(2)} | ${(r.bytes / 1048576 / r.seconds).toFixed(1)} | ${Math.round(r.examples / r.seconds).toLocaleString('en-US')} | ${r.rss.toFixed(0)} MB | ${r.tokens.toLocaleString('en-US')} | ${ratio} |`,
  )
}
if (mismatch) {
  console.error('\nToken totals differ between implementations.')
  process.exitCode = 1
} else {
  console.log('\nAll implementations agree on every token total.')
}
