// npm run bench (last step): the CPU time of a pull-request check on a 10-line file, from process start to exit,
// against `node -e 0` on the same machine. CPU time (user + system, of the process and its children), not wall
// time, so a busy machine changes the figures little. Prints a Markdown row for README.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = new URL('../../', import.meta.url).pathname
const RUNS = 15

/** Median CPU milliseconds of RUNS runs of a command (measured by the kernel for the child and its threads). */
function cpuMs(args, options) {
  const samples = []
  for (let i = 0; i < RUNS; i++) {
    const before = childCpu()
    const r = spawnSync(process.execPath, args, { ...options, stdio: 'ignore' })
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`)
    samples.push(childCpu() - before)
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)]
}

/** CPU time of this process's finished children, in ms (getrusage RUSAGE_CHILDREN, through /proc on Linux). */
function childCpu() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')
  const ticks = Number(fields[13]) + Number(fields[14]) // cutime, cstime (fields 16 and 17 of stat)
  return (ticks * 1000) / 100
}

const workspace = mkdtempSync(path.join(os.tmpdir(), 'startup-'))
const lines = readFileSync(path.join(root, 'examples/support-bot/train.jsonl'), 'utf8').split('\n').slice(0, 10)
writeFileSync(path.join(workspace, 'train.jsonl'), `${lines.join('\n')}\n`)
const env = {
  PATH: process.env.PATH,
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_WORKSPACE: workspace,
  'INPUT_TRAINING-FILE': 'train.jsonl',
  'INPUT_GITHUB-TOKEN': '',
}
const baseline = cpuMs(['-e', '0'], { env })
const action = cpuMs([path.join(root, 'dist/index.js')], { cwd: workspace, env })
console.log('| start-up on a 10-line file (CPU time, median of 15) | `node -e 0` | the action | ratio |')
console.log('|---|--:|--:|--:|')
console.log(
  `| ${process.version} | ${baseline.toFixed(0)} ms | ${action.toFixed(0)} ms | ${(action / baseline).toFixed(1)}× |`,
)
