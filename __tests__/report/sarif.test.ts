import { createRequire } from 'node:module'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { sarifLog } from '../../src/report/sarif.js'
import { DATASETS_DIR } from '../helpers/reference.js'

// Microsoft's jest matchers validate against the published SARIF 2.1.0 schema (draft-04, which their Ajv reads).
createRequire(import.meta.url)('@microsoft/jest-sarif')
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- @types/jest declares its matchers in this namespace
  namespace jest {
    interface Matchers<R> {
      toBeValidSarifLog(): R
    }
  }
}

describe('SARIF log', () => {
  test('the findings of a broken file: a valid SARIF 2.1.0 log, one result per finding, at its line', async () => {
    const report = await analyzeDataset(
      [{ path: 'data/toy.jsonl', role: 'training', readFrom: `${DATASETS_DIR}cookbook-toy-chat.jsonl` }],
      { model: 'gpt-3.5-turbo-0613', method: 'auto' },
    )
    const log = sarifLog(report, '1.2.3')
    expect(log).toBeValidSarifLog()
    const run = log.runs[0]
    expect(run.tool.driver).toMatchObject({ name: 'fine-tune-action', version: '1.2.3' })
    expect(run.results!.map(r => [r.ruleId, r.level, r.locations![0].physicalLocation!.region?.startLine])).toEqual([
      ['too_few_examples', 'error', undefined],
      ['missing_system_message', 'warning', 3],
      ['missing_user_message', 'warning', 4],
      ['example_over_context', 'warning', 5],
    ])
    expect(run.results![1].locations![0].physicalLocation!.artifactLocation).toEqual({
      uri: 'data/toy.jsonl',
      uriBaseId: '%SRCROOT%',
    })
    // Every result's rule is in the driver's rules, at the index it names.
    for (const r of run.results!) expect(run.tool.driver.rules![r.ruleIndex!].id).toBe(r.ruleId)
  })

  test('file names from a pull request are URIs: percent-encoded, and a file outside the repository as a file URL', async () => {
    const report = await analyzeDataset(
      [
        { path: 'data/a b#1%.jsonl', role: 'training', readFrom: `${DATASETS_DIR}cookbook-toy-chat.jsonl` },
        { path: '/elsewhere/v.jsonl', role: 'validation', readFrom: `${DATASETS_DIR}cookbook-toy-chat.jsonl` },
      ],
      { model: 'gpt-3.5-turbo-0613', method: 'auto' },
    )
    const log = sarifLog(report, '1.2.3')
    expect(log).toBeValidSarifLog()
    const locations = log.runs[0].results!.map(r => r.locations![0].physicalLocation!.artifactLocation)
    expect(locations).toContainEqual({ uri: 'data/a%20b%231%25.jsonl', uriBaseId: '%SRCROOT%' })
    expect(locations).toContainEqual({ uri: 'file:///elsewhere/v.jsonl' })
    // What a consumer resolves against the repository root is the file itself, not a fragment of it.
    expect(decodeURIComponent(new URL('data/a%20b%231%25.jsonl', 'file:///repo/').pathname)).toBe(
      '/repo/data/a b#1%.jsonl',
    )
  })

  test('a log that breaks the schema is caught by the oracle', () => {
    expect({ version: '2.1.0', runs: [{ results: [] }] }).not.toBeValidSarifLog()
  })
})
