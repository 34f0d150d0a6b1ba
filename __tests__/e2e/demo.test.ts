import { spawnSync } from 'node:child_process'
import { ROOT } from '../helpers/run-action.js'

test('npm run demo tells the whole story offline and exits 0 within 60 s', () => {
  const started = Date.now()
  const r = spawnSync(process.execPath, ['dist/demo/index.js'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000,
  })
  expect([r.status, r.stderr]).toEqual([0, ''])
  expect(Date.now() - started).toBeLessThan(60_000)
  const out = r.stdout
  expect(out).toContain('against two local simulations on\n127.0.0.1')
  expect(out).toMatch(/✖ data\/train\.jsonl:14 {2}invalid_weight {2}messages\[1\] weight is 2; must be 0 or 1/)
  expect(out).toMatch(/exit 1: the check fails, and pull request #42 gets one comment \(id (\d+)\)/)
  expect(out).toMatch(/exit 0: the check passes; still 1 comment, edited in place \(id \d+, 1 edit\)/)
  expect(out).toMatch(/Created fine-tuning job ftjob-\S+ \(validating_files\)/)
  expect(out).toMatch(/step \d+\/\d+ · train loss \d\.\d{4}/)
  expect(out).toMatch(/model-id {11}ft:gpt-4\.1-mini-2025-04-14:simulator:harbor:/)
  expect(out).toMatch(/against gpt-4\.1-mini-2025-04-14: 0 regressions, 6 fixes/)
  expect(out).toMatch(/\nDone in \d+\.\d s\./)
})
