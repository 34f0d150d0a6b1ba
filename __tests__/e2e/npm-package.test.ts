import { execFileSync, spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../helpers/run-action.js'

test('npm pack gives a tarball that validates a file with npx from a clean folder, offline', () => {
  const packDir = mkdtempSync(path.join(os.tmpdir(), 'pack-'))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  ) as { filename: string; files: { path: string }[] }[]
  const files = packed[0].files.map(f => f.path)
  // What runs, and nothing else: no sources, tests, test doubles or the action's own bundle.
  expect(files).toEqual(
    expect.arrayContaining([
      'dist/cli/index.js',
      'dist/worker/index.js',
      'dist/ranks/o200k_base.hashed.bin',
      'LICENSE',
      'README.md',
    ]),
  )
  expect(
    files.filter(f => !/^(dist\/(cli|worker|tokenizers|ranks)\/|LICENSE$|README\.md$|package\.json$)/.test(f)),
  ).toEqual([])

  const clean = mkdtempSync(path.join(os.tmpdir(), 'npx-'))
  copyFileSync(path.join(packDir, packed[0].filename), path.join(clean, 'fine-tune-action.tgz'))
  copyFileSync(path.join(ROOT, 'examples/support-bot/train.jsonl'), path.join(clean, 'train.jsonl'))
  const run = spawnSync('npx', ['--yes', '--offline', './fine-tune-action.tgz', 'validate', 'train.jsonl'], {
    cwd: clean,
    encoding: 'utf8',
    // A fresh npm cache and home: nothing from this repository's installs can be reused.
    env: { PATH: process.env.PATH ?? '', HOME: clean, npm_config_cache: path.join(clean, '.npm') },
  })
  expect(run.stderr).not.toMatch(/ERR!/)
  expect(run.status).toBe(0)
  expect(run.stdout).toMatch(/train\.jsonl\s+training\s+chat \(supervised\)\s+12\s+1,144/)
  expect(run.stdout).toContain('✔ valid')
})
