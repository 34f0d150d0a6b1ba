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
jest.unstable_mockModule('../../src/backend/index.js', () => ({ createBackend, isOpenAIConnection: () => false, TERMINAL_STATUSES }))
const { validate } = await import('../../src/modes/validate.js')
const { parseSettings } = await import('../../src/settings.js')

let tmp: string
const settingsFor = (inputs: Record<string, string>, event = 'pull_request') =>
  parseSettings(name => ({ 'training-file': 'examples/support-bot/train.jsonl', 'github-token': '', 'report-file': path.join(tmp, 'report.json'), 'eval-report-file': path.join(tmp, 'eval.json'), ...inputs })[name] ?? '', event)

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
    expect(outputs).toMatchObject({ valid: 'true', examples: String(report.totals.examples), tokens: String(report.totals.tokens), 'report-path': path.join(tmp, 'report.json') })
    expect(report.totals.examples).toBeGreaterThan(0)
  })

  test('over max-cost fails the step with both numbers', async () => {
    const report = await validate(settingsFor({ 'max-cost': '0.000001' }))
    expect(failures).toEqual([`The estimated training cost $${report.totals.estimatedCostUsd} is over max-cost $0.000001.`])
  })

  test('an eval file with errors fails validation; no model is called', async () => {
    const bad = path.join(tmp, 'eval.jsonl')
    await import('node:fs').then(fs => fs.writeFileSync(bad, '{"id": "x", "messages": [], "checks": []}\n'))
    await validate(settingsFor({ 'eval-file': bad }))
    expect(failures[0]).toMatch(new RegExp(`^The eval file ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has \\d+ errors?\\.$`))
    expect(backend.chats).toHaveLength(0)
  })
})
