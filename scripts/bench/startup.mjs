// npm run bench (last step): the CPU time of a pull-request check on a 10-line file without a GitHub token (with
// one, the comment and base-branch reads load Octokit and its HTTP stack), from process start to exit,
// against `node -e 0` on the same machine. CPU time (user + system, of the process and its children), not wall
// time, so a busy machine changes the figures less. Run as a runner runs it: stdout and stderr are pipes, and the
// outputs and the job summary go to files. Prints a Markdown row for README.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = new URL('../../', import.meta.url).pathname
/** Rounds of one `node -e 0` and one action run each, alternated so that a machine slowing down weighs on both. */
const ROUNDS = 40

/** Mean CPU milliseconds of each command over ROUNDS rounds (measured by the kernel for the child and its threads). */
function meanCpuMs(commands) {
  const totals = commands.map(() => 0)
  for (let round = 0; round < ROUNDS; round++)
    commands.forEach(({ args, options }, i) => {
      const before = childCpu()
      const r = spawnSync(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`)
      totals[i] += childCpu() - before
    })
  return totals.map(total => total / ROUNDS)
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
  GITHUB_OUTPUT: path.join(workspace, 'github-output'),
  GITHUB_STEP_SUMMARY: path.join(workspace, 'step-summary.md'),
  RUNNER_TEMP: workspace,
}
writeFileSync(env.GITHUB_OUTPUT, '')
writeFileSync(env.GITHUB_STEP_SUMMARY, '')
const [baseline, action] = meanCpuMs([
  { args: ['-e', '0'], options: { env } },
  { args: [path.join(root, 'dist/index.js')], options: { cwd: workspace, env } },
])
console.log(`| start-up on a 10-line file (CPU time, mean of ${ROUNDS}) | \`node -e 0\` | the action | ratio |`)
console.log('|---|--:|--:|--:|')
console.log(
  `| ${process.version} | ${baseline.toFixed(0)} ms | ${action.toFixed(0)} ms | ${(action / baseline).toFixed(1)}× |`,
)
