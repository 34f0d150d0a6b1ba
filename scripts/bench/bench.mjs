// npm run bench [-- --gb]: times the bundled CLI (validation + exact counting) against two single-threaded ports of
// the cookbook algorithm (js-tiktoken, tiktoken WASM) on generated chat JSONL, checks that all three agree on the
// token total, and prints a Markdown table for README. --gb adds a 1 GB file (ours only: the baselines would take
// many minutes). Each run is its own process, so peak RSS is that run's.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, statSync } from 'node:fs'
import os from 'node:os'
import { generate } from './generate.mjs'

const root = new URL('../../', import.meta.url).pathname
const out = `${root}bench/out`
mkdirSync(out, { recursive: true })
const sizes = [10, 100, ...(process.argv.includes('--gb') ? [1024] : [])]

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

const rows = []
for (const mb of sizes) {
  const file = `${out}/chat-${mb}mb.jsonl`
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} ...\n`)
    await generate(file, mb * 1024 * 1024)
  }
  const bytes = statSync(file).size
  // Ours: the report's uncapped total is the cookbook's number (no per-example cap applied).
  const child = spawnSync(
    process.execPath,
    ['dist/cli/index.js', 'validate', file, '--model', 'gpt-4o-mini', '--json', '--stats'],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 },
  )
  const report = JSON.parse(child.stdout)
  const stats = JSON.parse(/stats: (.*)/.exec(child.stderr)[1])
  rows.push({
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

let mismatch = false
console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim()} · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}\n`,
)
console.log('| file | implementation | seconds | MB/s | examples/s | peak RSS | token total | ours is faster by |')
console.log('|--:|---|--:|--:|--:|--:|--:|--:|')
for (const r of rows) {
  const ours = rows.find(x => x.mb === r.mb && x.impl === 'fine-tune-action')
  if (r.tokens !== ours.tokens) mismatch = true
  const ratio = r === ours ? '' : `${(r.seconds / ours.seconds).toFixed(1)}×`
  console.log(
    `| ${r.mb} MB | ${r.impl} | ${r.seconds.toFixed(2)} | ${(r.bytes / 1048576 / r.seconds).toFixed(1)} | ${Math.round(r.examples / r.seconds).toLocaleString('en-US')} | ${r.rss.toFixed(0)} MB | ${r.tokens.toLocaleString('en-US')} | ${ratio} |`,
  )
}
if (mismatch) {
  console.error('\nToken totals differ between implementations.')
  process.exitCode = 1
} else {
  console.log('\nAll implementations agree on every token total.')
}
