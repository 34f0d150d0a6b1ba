import path from 'node:path'
import { DATASETS_DIR } from '../helpers/reference.js'
import { chatExamples, tempDir, writeJsonl } from '../helpers/files.js'
import { parseCommands, ROOT, runCli } from '../helpers/run-action.js'

describe('fine-tune-action CLI (dist/cli/index.js)', () => {
  test('validate prints the readable report and exits 0 on the shipped example', async () => {
    const r = await runCli([
      'validate',
      'examples/support-bot/train.jsonl',
      '--validation',
      'examples/support-bot/validation.jsonl',
    ])
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /examples\/support-bot\/train\.jsonl\s+training\s+chat \(supervised\)\s+12\s+1,144\s+0\s+0/,
    )
    expect(r.stdout).toContain('✔ valid')
    expect(r.stdout).not.toContain('\u001b[') // no colour when not a TTY
  })

  test('--json gives the report; errors exit 1', async () => {
    const r = await runCli([
      'validate',
      `${DATASETS_DIR}cookbook-toy-chat.jsonl`,
      '--model',
      'gpt-3.5-turbo-0613',
      '--json',
    ])
    expect(r.code).toBe(1)
    expect(JSON.parse(r.stdout).totals).toMatchObject({ examples: 5, tokens: 4306, epochs: 20, billedTokens: 86120 })
  })

  test('--format sarif prints a SARIF log; --format github prints every finding as an escaped annotation', async () => {
    const args = ['validate', `${DATASETS_DIR}cookbook-toy-chat.jsonl`, '--model', 'gpt-3.5-turbo-0613']
    const sarif = await runCli([...args, '--format', 'sarif'])
    expect(sarif.code).toBe(1)
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { ruleId: string }[] }[] }).runs[0].results
    expect(results.map(r => r.ruleId)).toEqual([
      'too_few_examples',
      'missing_system_message',
      'missing_user_message',
      'example_over_context',
    ])
    const github = await runCli([...args, '--format', 'github'])
    // The text report after the annotations is wrapped in stop-commands: four commands, as a runner reads them.
    expect(parseCommands(github.stdout).map(c => c.props.title)).toEqual([
      'too_few_examples',
      'missing_system_message',
      'missing_user_message',
      'example_over_context',
    ])
    const annotations = github.stdout.split('\n').filter(l => /^::(error|warning|notice) /.test(l))
    expect(annotations[1]).toBe(
      `::warning title=missing_system_message,file=${path.relative(ROOT, `${DATASETS_DIR}cookbook-toy-chat.jsonl`)},line=3::no system message`,
    )
    const bad = await runCli([...args, '--format', 'xml'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toBe('fine-tune-action: --format must be text, json, sarif or github, not "xml"\n')
  })

  test('a glob and a hostile file name: --json stays JSON, and --format github starts no command of the data', async () => {
    const dir = tempDir('cli-glob-')
    writeJsonl(dir, '::error::pwn.jsonl', chatExamples(12))
    const json = await runCli(['validate', '*.jsonl', '--json'], dir)
    expect(json.code).toBe(0)
    expect((JSON.parse(json.stdout) as { files: { path: string }[] }).files.map(f => f.path)).toEqual([
      '::error::pwn.jsonl',
    ])
    const github = await runCli(['validate', '*.jsonl', '--format', 'github'], dir)
    expect(github.code).toBe(0)
    expect(github.stdout).toContain('::error::pwn.jsonl')
    // Read as a runner reads it: the name inside the report is data, not an error annotation.
    expect(parseCommands(github.stdout)).toEqual([])
  })

  test('--n-epochs and --price change the estimate', async () => {
    const r = await runCli([
      'validate',
      `${DATASETS_DIR}openai-node-marv.jsonl`,
      '--n-epochs',
      '2',
      '--price',
      '10',
      '--json',
    ])
    expect(r.code).toBe(0)
    const t = JSON.parse(r.stdout).totals
    expect(t).toMatchObject({ epochs: 2, billedTokens: 2 * t.tokens, priceUsdPerMillion: 10, priceSource: 'input' })
  })

  test('bad usage exits 2 with one line and no stack trace', async () => {
    for (const args of [
      ['validate'],
      ['validate', 'missing.jsonl'],
      ['validate', 'examples/support-bot/train.jsonl', '--method', 'magic'],
      ['frobnicate'],
      ['validate', '--nope'],
    ]) {
      const r = await runCli(args)
      expect([args, r.code]).toEqual([args, 2])
      expect(r.stderr).toMatch(/^fine-tune-action: /)
      expect(r.stderr).not.toMatch(/\n\s+at /)
    }
  })
})
