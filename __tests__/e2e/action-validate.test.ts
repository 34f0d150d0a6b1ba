import { readFileSync } from 'node:fs'
import path from 'node:path'
import { chatExamples, tempDir, writeJsonl } from '../helpers/files.js'
import { DATASETS_DIR } from '../helpers/reference.js'
import { runAction } from '../helpers/run-action.js'

const NO_STACK = /\n\s+at .+:\d+:\d+/

describe('dist/index.js in validate mode, run as the runner runs it', () => {
  test('cookbook-toy-chat.jsonl on gpt-3.5-turbo-0613: the notebook figures, the too-few-examples error, annotations', async () => {
    const run = await runAction({
      workspace: DATASETS_DIR,
      inputs: { 'training-file': 'cookbook-toy-chat.jsonl', model: 'gpt-3.5-turbo-0613' },
    })
    expect(run.code).toBe(1)
    expect(run.outputs).toMatchObject({
      valid: 'false',
      examples: '5',
      tokens: '4306',
      epochs: '20',
      'billed-tokens': '86120',
      'estimated-cost': '0.689',
    })
    const annotations = run.commands.filter(c => c.props.file)
    expect(annotations.map(a => [a.command, a.props.title, a.props.line])).toEqual([
      ['error', 'too_few_examples', undefined],
      ['warning', 'missing_system_message', '3'],
      ['warning', 'missing_user_message', '4'],
      ['warning', 'example_over_context', '5'],
    ])
    expect(annotations[3].props.file).toMatch(/cookbook-toy-chat\.jsonl$/)
    const retirement = run.commands.filter(c => c.props.title === 'Model retirement').map(c => c.message)
    expect(retirement).toEqual([
      expect.stringMatching(
        /^gpt-3\.5-turbo-0613 was shut down on 2026-10-23 \(\d+ days ago\): it can no longer be fine-tuned/,
      ),
      expect.stringMatching(/^OpenAI (stops|stopped) accepting new fine-tuning jobs on 2027-01-06/),
    ])
    expect(run.commands.at(-1)).toMatchObject({
      command: 'error',
      message: expect.stringContaining('1 error (fail-on: error)'),
    })
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
    expect(report).toMatchObject({
      valid: false,
      model: 'gpt-3.5-turbo-0613',
      encoding: 'cl100k_base',
      totals: { examples: 5, tokens: 4306, billedTokens: 86120, epochs: 20, estimatedCostUsd: 0.689 },
    })
    expect(report.files[0]).toMatchObject({ role: 'training', format: 'chat', examples: 5, tokens: 4306 })
    expect(report.files[0].findings[1]).toEqual({
      code: 'missing_system_message',
      severity: 'warning',
      file: expect.stringMatching(/toy-chat/),
      line: 3,
      message: 'no system message',
    })
    expect(run.summary).toContain('| **dataset** | 5 | 4,306 | 20 | 86,120 | $0.69 |')
    expect(run.stdout).toContain('4,306 tokens per epoch × 20 epochs (default rule) = 86,120 billed tokens')
  })

  test('cookbook-not-jsonl.jsonl: line-numbered errors, at most 10 error annotations, no stack trace', async () => {
    const run = await runAction({ workspace: DATASETS_DIR, inputs: { 'training-file': 'cookbook-not-jsonl.jsonl' } })
    expect(run.code).toBe(1)
    expect(run.stdout + run.stderr).not.toMatch(NO_STACK)
    const report = JSON.parse(readFileSync(run.outputs['report-path'], 'utf8'))
    const lines = report.files[0].findings
      .filter((f: { code: string }) => f.code === 'invalid_json')
      .map((f: { line: number }) => f.line)
    expect(lines.slice(0, 5)).toEqual([1, 2, 3, 4, 5])
    expect(report.files[0].findings[1].message).toContain('pretty-printed JSON')
    expect(report.files[0].findingCounts.invalid_json).toBeGreaterThan(150)
    const errorAnnotations = run.commands.filter(c => c.command === 'error' && c.props.title)
    expect(errorAnnotations).toHaveLength(10)
    expect(errorAnnotations[1].props).toMatchObject({ title: 'invalid_json', line: '1' })
    expect(run.outputs).toMatchObject({ valid: 'false', examples: '0', tokens: '0' })
  })

  test.each(['openai-node-marv.jsonl', 'cookbook-sql-chat.jsonl'])('%s is valid', async name => {
    const run = await runAction({ workspace: DATASETS_DIR, inputs: { 'training-file': name } })
    expect(run.code).toBe(0)
    expect(run.outputs.valid).toBe('true')
    expect(run.commands.filter(c => c.command === 'error')).toEqual([])
  })

  test('globs relative to the workspace, validation files, annotations with workspace-relative paths', async () => {
    const ws = tempDir()
    writeJsonl(ws, 'a.jsonl', chatExamples(6))
    writeJsonl(ws, 'b.jsonl', [...chatExamples(5), '{"messages": 3}'])
    writeJsonl(ws, 'val.jsonl', chatExamples(2))
    const run = await runAction({
      workspace: ws,
      inputs: { 'training-file': '*.jsonl\n!val.jsonl', 'validation-file': 'val.jsonl', 'fail-on': 'never' },
    })
    expect(run.code).toBe(0)
    expect(
      run.commands.filter(c => c.props.file).map(c => `${c.props.file}:${c.props.line ?? '-'} ${c.props.title}`),
    ).toEqual([
      'a.jsonl:- too_few_examples',
      'b.jsonl:- too_few_examples',
      'b.jsonl:6 missing_messages_list',
      'val.jsonl:1 train_validation_overlap',
      'val.jsonl:2 train_validation_overlap',
    ])
    expect(run.outputs).toMatchObject({ examples: '12', valid: 'false' })
  })

  test('fail-on: warning fails on warnings alone; report-file is honoured', async () => {
    const ws = tempDir()
    writeJsonl(
      ws,
      'train.jsonl',
      chatExamples(10).map(e => ({ messages: e.messages.slice(1) })),
    )
    const run = await runAction({
      workspace: ws,
      inputs: { 'training-file': 'train.jsonl', 'fail-on': 'warning', 'report-file': 'out/report.json' },
    })
    expect(run.code).toBe(1)
    expect(run.outputs['report-path']).toBe(path.join(ws, 'out/report.json'))
    expect(run.commands.at(-1)!.message).toBe(
      'The fine-tuning data has 0 errors and 10 warnings (fail-on: warning); see the annotations and the job summary.',
    )
  })

  test('bad inputs and missing files fail with one clear message and no stack trace', async () => {
    const bad = await runAction({ inputs: { 'training-file': 'examples/support-bot/train.jsonl', 'n-epochs': 'lots' } })
    expect(bad.code).toBe(1)
    expect(bad.commands.map(c => c.message)).toEqual([expect.stringMatching(/^Input 'n-epochs' is invalid \("lots"\)/)])
    const missing = await runAction({ inputs: { 'training-file': 'data/nope.jsonl' } })
    expect(missing.commands.map(c => c.message)).toEqual([
      expect.stringMatching(/^training-file: no file matches "data\/nope.jsonl"/),
    ])
    expect(missing.stdout + missing.stderr).not.toMatch(NO_STACK)
  })

  test('mode auto trains on push, which needs an API key: a clear failure without one', async () => {
    const run = await runAction({ eventName: 'push', inputs: { 'training-file': 'examples/support-bot/train.jsonl' } })
    expect(run.code).toBe(1)
    expect(run.commands.at(-1)!.message).toMatch(
      /^mode 'train' needs api-key \(or openai-api-key\): pass it from a secret/,
    )
  })

  test('the shipped example validates clean, with its summary', async () => {
    const run = await runAction({
      inputs: {
        'training-file': 'examples/support-bot/train.jsonl',
        'validation-file': 'examples/support-bot/validation.jsonl',
      },
    })
    expect(run.code).toBe(0)
    expect(run.outputs).toMatchObject({
      valid: 'true',
      examples: '12',
      tokens: '1144',
      epochs: '8',
      'billed-tokens': '9152',
      'estimated-cost': '0.0458',
    })
    expect(run.summary).toContain('### ✅ Fine-tuning data: valid')
  })
})
