import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { tempDir } from '../helpers/files.js'
import { recordBuiltins, ROOT, runAction } from '../helpers/run-action.js'

// What a pull request's check on a few lines loads is what its start-up costs (README, Performance): Node's own
// modules are the visible part. The HTTP stack (undici under @actions/core's OIDC client, patched in patches/),
// child_process (@actions/exec), worker threads and the glob engine load only when a run needs them; node:crypto
// neither (the output delimiters and log tokens read /dev/urandom, the line hash is JavaScript).
// (`net` is there: a runner reads stdout through a pipe, which Node opens as a socket.)
const NOT_FOR_A_SMALL_CHECK = [
  'http',
  'https',
  'http2',
  'tls',
  'zlib',
  'dns',
  'child_process',
  'worker_threads',
  'crypto',
]
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

test('a pull-request check of 10 lines without a GitHub token loads no HTTP stack, no child_process, no worker threads and no crypto', async () => {
  const dir = tempDir('start-up-')
  const lines = readFileSync(path.join(ROOT, 'examples/support-bot/train.jsonl'), 'utf8').split('\n').slice(0, 10)
  writeFileSync(path.join(dir, 'train.jsonl'), `${lines.join('\n')}\n`)
  const recorder = recordBuiltins(dir)
  const run = await runAction({ workspace: dir, inputs: { 'training-file': 'train.jsonl' }, env: recorder.env })
  expect(run.code).toBe(0)
  expect(run.outputs.tokens).toBe('962')
  const builtins = recorder.builtins()
  // The recorder sees what the process loaded: fs and net (the runner's files and pipes) are there, so it does see.
  expect(builtins).toEqual(expect.arrayContaining(['fs', 'net']))
  expect(builtins.filter(m => NOT_FOR_A_SMALL_CHECK.includes(m))).toEqual([])
  // Each output still has its own random delimiter, in the form @actions/core writes (a version 4 UUID).
  const delimiters = [...run.outputFile.matchAll(/<<ghadelimiter_(.+)\n/g)].map(m => m[1])
  expect(delimiters.length).toBeGreaterThan(5)
  expect(delimiters.every(d => UUID_V4.test(d))).toBe(true)
  expect(new Set(delimiters).size).toBe(delimiters.length)
})
