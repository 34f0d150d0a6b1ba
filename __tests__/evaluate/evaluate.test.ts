import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { evaluateCheck, levenshtein, normalise, type CheckType } from '../../src/evaluate/checks.js'
import { readEvalFile } from '../../src/evaluate/eval-file.js'
import { parseVerdict } from '../../src/evaluate/runner.js'
import { AcceleratedClock, DEFAULT_MODELS, startSimulator, type Simulator } from '../../testing/openai/index.js'
import { tempDir } from '../helpers/files.js'
import { runAction } from '../helpers/run-action.js'

describe('checks: each type passes and fails', () => {
  test.each([
    ['equals', 'Paris', 'Paris', undefined, '  Paris '],
    ['equals', 'Lyon', undefined, ['Paris', 'Lyon'], 'Nice'],
    ['contains', 'The capital is Paris.', 'Paris', undefined, 'The capital is Lyon.'],
    ['icontains', 'THE CAPITAL IS PARIS', 'paris', undefined, 'Lyon'],
    ['starts-with', 'Yes, we ship.', 'Yes', undefined, '  Yes, we ship.'],
    ['regex', 'Order #4812 shipped', '/order #\\d{4}/i', undefined, 'Order shipped'],
    ['contains-any', 'We ship to Canada', ['Canada', 'Mexico'], undefined, 'We ship to France'],
    ['contains-all', 'Canada and Mexico', ['Canada', 'Mexico'], undefined, 'Canada only'],
    ['is-json', '{"a": 1}', undefined, undefined, '```json\n{"a": 1}\n```'],
    ['is-json', '{"status": "ok"}', { type: 'object', required: ['status'] }, undefined, '{"state": "ok"}'],
    ['json-equals', '{"b": [1, 2], "a": 1}', { a: 1, b: [1, 2] }, undefined, '{"a": 1, "b": [2, 1]}'],
    ['json-equals', '{"b": 2, "a": 1}', undefined, '{"a": 1, "b": 2}', '{"a": 1}'],
    ['fuzzy', 'Sure! Paris, France.', undefined, 'paris france', 'Berlin'],
    ['levenshtein', 'Pariss', 1, 'Paris', 'Pa'],
  ] as [CheckType, string, unknown, unknown, string][])('%s', (type, passing, value, ideal, failing) => {
    expect(evaluateCheck(type as Exclude<CheckType, 'llm-rubric'>, passing, value, ideal)).toBe(true)
    expect(evaluateCheck(type as Exclude<CheckType, 'llm-rubric'>, failing, value, ideal)).toBe(false)
  })

  test('helpers', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3)
    expect(normalise('  Héllo,  WORLD!! ')).toBe('héllo world')
    expect(parseVerdict('PASS\nIt answers the question.')).toEqual({ pass: true, reason: 'It answers the question.' })
    expect(parseVerdict('pass.')).toMatchObject({ pass: true })
    expect(parseVerdict('FAIL\nwrong')).toMatchObject({ pass: false })
    expect(parseVerdict('I think it passes')).toMatchObject({ pass: false })
  })
})

describe('eval file: line-numbered findings', () => {
  const dir = tempDir()
  const user = { role: 'user', content: 'Capital of France?' }
  test.each([
    ['eval_missing_id', { messages: [user], ideal: 'Paris' }, { id: 'a', messages: [user], ideal: 'Paris' }],
    [
      'eval_invalid_case',
      { id: 'a', messages: [user], ideal: 3 },
      { id: 'a', messages: [user], ideal: ['Paris', 'paris'] },
    ],
    [
      'eval_invalid_case',
      { id: 'a', messages: [user], ideal: 'x', threshold: 2 },
      { id: 'a', messages: [user], ideal: 'x', threshold: 0.5 },
    ],
    [
      'eval_unknown_check',
      { id: 'a', messages: [user], checks: [{ type: 'sounds-like', value: 'x' }] },
      { id: 'a', messages: [user], checks: [{ type: 'not-contains', value: 'x' }] },
    ],
    [
      'eval_check_missing_value',
      { id: 'a', messages: [user], checks: [{ type: 'contains' }] },
      { id: 'a', messages: [user], ideal: 'Paris', checks: [{ type: 'contains' }] },
    ],
    [
      'eval_check_missing_value',
      { id: 'a', messages: [user], ideal: 'Paris', checks: [{ type: 'levenshtein' }] },
      { id: 'a', messages: [user], ideal: 'Paris', checks: [{ type: 'levenshtein', value: 2 }] },
    ],
    [
      'eval_invalid_check_value',
      { id: 'a', messages: [user], checks: [{ type: 'regex', value: '(' }] },
      { id: 'a', messages: [user], checks: [{ type: 'regex', value: '\\(' }] },
    ],
    [
      'eval_invalid_check_value',
      { id: 'a', messages: [user], checks: [{ type: 'is-json', value: { type: 'nonsense' } }] },
      { id: 'a', messages: [user], checks: [{ type: 'is-json', value: { type: 'object' } }] },
    ],
    ['eval_missing_ideal', { id: 'a', messages: [user] }, { id: 'a', messages: [user], checks: [{ type: 'is-json' }] }],
    [
      'eval_last_message_not_user',
      { id: 'a', messages: [user, { role: 'assistant', content: 'Paris' }], ideal: 'x' },
      { id: 'a', messages: [user], ideal: 'x' },
    ],
    ['missing_messages_list', { id: 'a', ideal: 'x' }, { id: 'a', messages: [user], ideal: 'x' }],
  ])('%s', async (code, bad, good) => {
    const file = path.join(dir, `${code}-${Math.random()}.jsonl`)
    writeFileSync(file, `${JSON.stringify(good)}\n${JSON.stringify(bad)}\n`)
    const r = await readEvalFile(file)
    expect(r.findings.map(f => [f.line, f.code])).toContainEqual([2, code])
    expect(r.findings.filter(f => f.line === 1)).toEqual([])
  })

  test('duplicate ids name the first line; weight is stripped from messages; no checks means equals', async () => {
    const file = path.join(dir, 'dup.jsonl')
    writeFileSync(
      file,
      [
        { id: 'a', messages: [user, { role: 'assistant', content: 'Paris', weight: 0 }, user], ideal: 'Paris' },
        { id: 'a', messages: [user], ideal: 'Paris' },
      ]
        .map(l => JSON.stringify(l))
        .join('\n'),
    )
    const r = await readEvalFile(file)
    expect(r.findings.map(f => `${f.line} ${f.code} ${f.message}`)).toEqual([
      '2 eval_duplicate_id id "a" is already used on line 1',
    ])
    expect(r.cases).toHaveLength(1)
    expect(r.cases[0].messages[1]).toEqual({ role: 'assistant', content: 'Paris' })
    expect(r.cases[0].checks).toEqual([{ type: 'equals', base: 'equals', negate: false, weight: 1 }])
  })
})

describe('evaluate mode: dist/index.js against the simulator', () => {
  let sim: Simulator
  afterEach(async () => {
    await sim?.stop()
  })

  // Ten cases. The fine-tune answers 8 right; the base model 6 (cases 1-6); gpt-5-mini 9 (all but case 10).
  const cases = Array.from({ length: 10 }, (_, i) => ({
    id: `case-${i + 1}`,
    messages: [{ role: 'user', content: `Question ${i + 1}?` }],
    ideal: `Answer ${i + 1}`,
    tags: [i < 5 ? 'easy' : 'hard'],
  }))
  const right: Record<string, (n: number) => boolean> = {
    'ft:gpt-4.1-mini-2025-04-14:acme::abc': n => n !== 3 && n !== 9,
    'gpt-4.1-mini-2025-04-14': n => n <= 6,
    'gpt-5-mini': n => n !== 10,
  }

  async function start(faults = false) {
    sim = await startSimulator({
      apiKey: 'sk-eval',
      clock: new AcceleratedClock({ factor: 100 }),
      chatLatencyMs: 150,
      models: [...DEFAULT_MODELS, { id: 'gpt-5-mini' }, { id: 'ft:gpt-4.1-mini-2025-04-14:acme::abc' }],
      chat: ({ model, lastUserMessage }) => {
        const n = Number(/Question (\d+)/.exec(lastUserMessage)?.[1])
        return right[model]?.(n) ? `Answer ${n}` : `I am not sure about ${n}.`
      },
    })
    if (faults) {
      sim.faults.inject('POST /chat/completions', { kind: 'rate_limit', retryAfterSeconds: 1 }, 3)
      sim.faults.inject('POST /chat/completions', { kind: 'server_error' }, 2)
    }
    const file = path.join(tempDir(), 'eval.jsonl')
    writeFileSync(file, cases.map(c => JSON.stringify(c)).join('\n') + '\n')
    return file
  }

  const run = (file: string, inputs: Record<string, string>) =>
    runAction({
      eventName: 'schedule',
      // The eval file is in its own temporary folder, which on a runner has to be the workspace.
      workspace: path.dirname(file),
      inputs: {
        mode: 'evaluate',
        'eval-file': file,
        'openai-api-key': 'sk-eval',
        'openai-base-url': sim.url,
        'github-token': '',
        ...inputs,
      },
    })

  test('pass rates, regressions and fixes come out exactly as the fixture implies; concurrency stays within the input; 429s and 500s are retried', async () => {
    const file = await start(true)
    const r = await run(file, {
      'eval-model': 'ft:gpt-4.1-mini-2025-04-14:acme::abc',
      'eval-compare-models': 'gpt-4.1-mini-2025-04-14, gpt-5-mini',
      'eval-concurrency': '3',
      'eval-seed': '11',
      'eval-max-tokens': '64',
    })
    expect(r.code).toBe(0)
    expect(JSON.parse(r.outputs['eval-results'])).toEqual({
      'ft:gpt-4.1-mini-2025-04-14:acme::abc': 0.8,
      'gpt-4.1-mini-2025-04-14': 0.6,
      'gpt-5-mini': 0.9,
    })
    expect(r.outputs).toMatchObject({ 'eval-pass-rate': '0.8', 'eval-passed': 'true' })
    const report = JSON.parse(readFileSync(r.outputs['eval-report-path'], 'utf8'))
    expect(report.comparisons).toEqual([
      {
        baseline: 'gpt-4.1-mini-2025-04-14',
        regressions: ['case-3'],
        fixes: ['case-7', 'case-8', 'case-10'],
        bothPass: 5,
        bothFail: 1,
      },
      { baseline: 'gpt-5-mini', regressions: ['case-3', 'case-9'], fixes: ['case-10'], bothPass: 7, bothFail: 0 },
    ])
    expect(report.models[0].byTag).toEqual({ easy: { passed: 4, failed: 1 }, hard: { passed: 4, failed: 1 } })
    expect(sim.state.chat.stats().maxInFlightTotal).toBeLessThanOrEqual(3)
    expect(sim.state.chat.stats().maxInFlightTotal).toBe(3)
    const bodies = sim.requests.matching('POST /chat/completions').map(r => r.body as Record<string, unknown>)
    const last = (model: string) => bodies.filter(b => b.model === model).at(-1)
    expect(last('ft:gpt-4.1-mini-2025-04-14:acme::abc')).toMatchObject({
      temperature: 0,
      seed: 11,
      max_completion_tokens: 64,
    })
    // gpt-5-mini takes only its default temperature, as OpenAI's reasoning models do: it gets none.
    expect(last('gpt-5-mini')).toMatchObject({ seed: 11, max_completion_tokens: 64 })
    expect(last('gpt-5-mini')).not.toHaveProperty('temperature')
    expect(r.summary).toContain(
      '### ✅ Evaluation of <code>ft:gpt-4.1-mini-2025-04-14:acme::abc</code>: 80.0% of 10 cases pass',
    )
    expect(r.summary).toMatch(/Regressions against gpt-5-mini \(2\)/)
  })

  test('gates fail the step after the report is written; errors count apart from failed checks', async () => {
    const file = await start()
    sim.faults.inject('POST /chat/completions', { kind: 'server_error', status: 400 } as never, 1)
    const r = await run(file, {
      'eval-model': 'ft:gpt-4.1-mini-2025-04-14:acme::abc',
      'eval-compare-models': 'gpt-5-mini',
      'eval-min-pass-rate': '0.9',
      'eval-max-regressions': '0',
      'eval-concurrency': '1',
    })
    expect(r.code).toBe(1)
    expect(r.outputs['eval-passed']).toBe('false')
    expect(r.summary).toContain('### ❌ Evaluation of')
    const message = r.commands.at(-1)!.message
    expect(message).toMatch(
      /^Evaluation gate failed: pass rate \d+\.\d% is below eval-min-pass-rate 90\.0%; \d regressions against gpt-5-mini, more than eval-max-regressions 0\.$/,
    )
    const report = JSON.parse(readFileSync(r.outputs['eval-report-path'], 'utf8'))
    expect(report.models[0].errored).toBe(1)
    expect(report.models[0].passed + report.models[0].failed).toBe(9)
  })

  test('llm-rubric: a pinned grader at temperature 0 decides, and only an explicit PASS passes', async () => {
    sim = await startSimulator({
      apiKey: 'sk-eval',
      models: [...DEFAULT_MODELS, { id: 'grader-1' }],
      chat: ({ model, lastUserMessage }) => {
        if (model === 'grader-1')
          return lastUserMessage.includes('Answer to grade:\nWe never promise refunds')
            ? 'PASS\nPolite and within policy.'
            : 'The answer is fine overall.'
        return /refund/.test(lastUserMessage)
          ? 'We never promise refunds; write to refunds@lighthouse.example.'
          : 'Sure, refund on its way!'
      },
    })
    const file = path.join(tempDir(), 'rubric.jsonl')
    const rubric = [{ type: 'llm-rubric', value: 'Does not promise a refund.' }]
    writeFileSync(
      file,
      [
        { id: 'a', messages: [{ role: 'user', content: 'A refund please' }], checks: rubric },
        { id: 'b', messages: [{ role: 'user', content: 'Money back!' }], checks: rubric },
      ]
        .map(c => JSON.stringify(c))
        .join('\n'),
    )
    const missing = await run(file, { 'eval-model': 'gpt-4.1-mini-2025-04-14' })
    expect(missing.commands.at(-1)!.message).toBe(
      'The eval file has llm-rubric checks: set eval-grader-model to the (pinned) model that grades them.',
    )
    const r = await run(file, { 'eval-model': 'gpt-4.1-mini-2025-04-14', 'eval-grader-model': 'grader-1' })
    expect(r.code).toBe(0)
    expect(r.outputs['eval-pass-rate']).toBe('0.5')
    const graded = sim.requests
      .matching('POST /chat/completions')
      .filter(q => (q.body as { model: string }).model === 'grader-1')
    expect(graded).toHaveLength(2)
    expect(graded[0].body).toMatchObject({ temperature: 0 })
    const report = JSON.parse(readFileSync(r.outputs['eval-report-path'], 'utf8'))
    expect(report.cases[0].results['gpt-4.1-mini-2025-04-14'].checks[0]).toEqual({
      type: 'llm-rubric',
      pass: true,
      weight: 1,
      note: 'Polite and within policy.',
    })
  })
})
