import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { failures, log, outputs } from '../fixtures/core.js'
import { createBackend, harness, resetHarness, settingsFor, validate } from '../fixtures/modes.js'

beforeEach(resetHarness)

describe('validate mode', () => {
  test('without a key no backend is made; the outputs carry the counts', async () => {
    const report = await validate(settingsFor({}))
    expect(createBackend).not.toHaveBeenCalled()
    expect(failures).toEqual([])
    expect(outputs).toMatchObject({
      valid: 'true',
      examples: String(report.totals.examples),
      tokens: String(report.totals.tokens),
      'report-path': path.join(harness.tmp, 'report.json'),
    })
    expect(report.totals.examples).toBeGreaterThan(0)
  })

  test('over max-cost fails the step with both numbers', async () => {
    const report = await validate(settingsFor({ 'max-cost': '0.000001' }))
    expect(failures).toEqual([
      `The estimated training cost $${report.totals.estimatedCostUsd} is over max-cost $0.000001.`,
    ])
  })

  test('an eval file with errors fails validation; no model is called', async () => {
    const bad = path.join(harness.tmp, 'eval.jsonl')
    writeFileSync(bad, '{"id": "x", "messages": [], "checks": []}\n')
    await validate(settingsFor({ 'eval-file': bad }))
    expect(failures[0]).toMatch(
      new RegExp(`^The eval file ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has \\d+ errors?\\.$`),
    )
    expect(harness.backend.chats).toHaveLength(0)
  })

  test('a grader file is checked against the data: a field it reads that an example lacks is an error at that line', async () => {
    const data = path.join(harness.tmp, 'rft.jsonl')
    const example = (extra: object) =>
      JSON.stringify({ messages: [{ role: 'user', content: 'What is 2+2?' }], ...extra })
    writeFileSync(
      data,
      Array.from({ length: 10 }, (_, i) => example(i === 6 ? {} : { reference_answer: '4' })).join('\n') + '\n',
    )
    const grader = path.join(harness.tmp, 'grader.json')
    writeFileSync(
      grader,
      JSON.stringify({
        type: 'string_check',
        name: 'exact',
        input: '{{sample.output_text}}',
        reference: '{{item.reference_answer}}',
        operation: 'eq',
      }),
    )
    const report = await validate(
      settingsFor({
        'training-file': data,
        model: 'o4-mini-2025-04-16',
        method: 'reinforcement',
        'grader-file': grader,
      }),
    )
    const missing = report.files[0].findings.filter(f => f.code === 'grader_field_missing')
    expect(missing.map(f => f.line)).toEqual([7])
    expect(failures[0]).toMatch(/^The fine-tuning data has 1 error/)
  })

  test('a key alone sends nothing to the backend; check-model-retirement asks it for the shutdown date', async () => {
    harness.backend.shutdown = '2027-02-01'
    await validate(settingsFor({ 'api-key': 'sk-test' }))
    expect(createBackend).not.toHaveBeenCalled()
    await validate(settingsFor({ 'api-key': 'sk-test', 'check-model-retirement': 'true' }))
    expect(createBackend).toHaveBeenCalledTimes(1)
    expect(log.some(w => w.startsWith('warning: gpt-4.1-mini-2025-04-14 shuts down on 2027-02-01'))).toBe(true)
  })
})
