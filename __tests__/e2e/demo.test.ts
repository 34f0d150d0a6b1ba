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

test('npm run demo -- --backend azure: the fine-tune is deployed through Resource Manager, evaluated on, deleted', () => {
  const r = spawnSync('npm', ['run', '--silent', 'demo', '--', '--backend', 'azure'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
    timeout: 60_000,
  })
  expect([r.status, r.stderr]).toEqual([0, ''])
  const out = r.stdout
  expect(out).toContain('127.0.0.1: Azure OpenAI (its v1 API and Resource Manager deployments)')
  // Azure's file rules on the pull request: the example files carry no byte-order mark.
  expect(out).toMatch(
    /\| data\/train\.jsonl \| `azure_missing_bom` \| the file does not start with a UTF-8 byte-order mark/,
  )
  const model = /New fine-tuned model created: (ft:gpt-4\.1-mini-2025-04-14:simulator:harbor:\w+)/.exec(out)?.[1]
  expect(model).toBeDefined()
  const deployment = model!.replace(/:/g, '-')
  const deploy = out.indexOf(`Deploying ${model} as ${deployment} on lighthouse-aoai (SKU `)
  const ready = out.indexOf(`Deployment ${deployment} is ready.`)
  const passRate = out.indexOf(`${model}: pass rate 100.0% (8 passed, 0 failed, 0 errors)`)
  const deleted = out.indexOf(`Deleted the deployment ${deployment} (azure-delete-deployment).`)
  expect([deploy > 0, ready > deploy, deleted > ready, passRate > ready]).toEqual([true, true, true, true])
  expect(out).toMatch(/Azure Resource Manager saw \d+ deployment requests; deployments left: 0\./)
  expect(out).toMatch(/\nDone in \d+\.\d s\./)
})
