import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/run-action.js'

/** pre-commit itself (the Debian package, installed by .ci/run) runs the hook this repository's manifest names. */
function tryRepo(files: Record<string, string>) {
  const repo = mkdtempSync(path.join(os.tmpdir(), 'pre-commit-'))
  execFileSync('git', ['init', '-q'], { cwd: repo })
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(repo, name), content)
  execFileSync('git', ['add', '.'], { cwd: repo })
  return spawnSync('pre-commit', ['try-repo', ROOT, 'fine-tune-action-validate', '--files', ...Object.keys(files)], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PRE_COMMIT_HOME: path.join(repo, '.cache') },
  })
}

describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const good = path.join(ROOT, 'examples/support-bot/train.jsonl')

  test('passes a valid dataset', () => {
    const run = tryRepo({ 'train.jsonl': readFileSync(good, 'utf8') })
    expect(run.stdout).toMatch(/fine-tune-action validate\.+Passed/)
    expect(run.status).toBe(0)
  })

  test('stops the commit on a broken line, naming the file, line and rule', () => {
    const run = tryRepo({ 'bad.jsonl': '{"messages": [}\n' })
    expect(run.stdout).toMatch(/fine-tune-action validate\.+Failed/)
    expect(run.stdout).toContain('✖ bad.jsonl:1  invalid_json')
    expect(run.status).toBe(1)
  })
})
