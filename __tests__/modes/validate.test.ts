import { jest } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { TERMINAL_STATUSES } from '../../src/backend/backend.js'
import { FakeBackend } from '../fixtures/backend.js'
import { core, failures, outputs, resetCore } from '../fixtures/core.js'

let backend = new FakeBackend()
const createBackend = jest.fn(() => backend)
jest.unstable_mockModule('@actions/core', () => core)
jest.unstable_mockModule('../../src/backend/index.js', () => ({
  createBackend,
  isOpenAIConnection: () => false,
  TERMINAL_STATUSES,
}))
const { validate } = await import('../../src/modes/validate.js')
const { parseSettings } = await import('../../src/settings.js')

let tmp: string
const settingsFor = (inputs: Record<string, string>, event = 'pull_request') =>
  parseSettings(
    name =>
      ({
        'training-file': 'examples/support-bot/train.jsonl',
        'github-token': '',
        'report-file': path.join(tmp, 'report.json'),
        'eval-report-file': path.join(tmp, 'eval.json'),
        ...inputs,
      })[name] ?? '',
    event,
  )

beforeEach(() => {
  backend = new FakeBackend()
  createBackend.mockClear()
  resetCore()
  tmp = mkdtempSync(path.join(os.tmpdir(), 'modes-'))
})

describe('validate mode', () => {
  test('without a key no backend is made; the outputs carry the counts', async () => {
    const report = await validate(settingsFor({}))
    expect(createBackend).not.toHaveBeenCalled()
    expect(failures).toEqual([])
    expect(outputs).toMatchObject({
      valid: 'true',
      examples: String(report.totals.examples),
      tokens: String(report.totals.tokens),
      'report-path': path.join(tmp, 'report.json'),
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
    const bad = path.join(tmp, 'eval.jsonl')
    await import('node:fs').then(fs => {
      fs.writeFileSync(bad, '{"id": "x", "messages": [], "checks": []}\n')
    })
    await validate(settingsFor({ 'eval-file': bad }))
    expect(failures[0]).toMatch(
      new RegExp(`^The eval file ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has \\d+ errors?\\.$`),
    )
    expect(backend.chats).toHaveLength(0)
  })

  test('a grader file is checked against the data: a field it reads that an example lacks is an error at that line', async () => {
    const fs = await import('node:fs')
    const data = path.join(tmp, 'rft.jsonl')
    const example = (extra: object) =>
      JSON.stringify({ messages: [{ role: 'user', content: 'What is 2+2?' }], ...extra })
    fs.writeFileSync(
      data,
      Array.from({ length: 10 }, (_, i) => example(i === 6 ? {} : { reference_answer: '4' })).join('\n') + '\n',
    )
    const grader = path.join(tmp, 'grader.json')
    fs.writeFileSync(
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
})
