import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import type { ExampleIndex } from '../../src/dataset/analyze-file.js'
import { compareDatasets } from '../../src/dataset/compare.js'

const line = (question: string, answer = 'Sure.') =>
  JSON.stringify({
    messages: [
      { role: 'user', content: question },
      { role: 'assistant', content: answer },
    ],
  })
const dir = mkdtempSync(path.join(os.tmpdir(), 'compare-'))

/** Analyzes the head and base texts of one file as the validate mode does, and compares them. */
async function change(head: string[], base: string[] | undefined, unavailable = new Set<string>()) {
  const headPath = path.join(dir, `head-${Math.random()}.jsonl`)
  writeFileSync(headPath, `${head.join('\n')}\n`)
  const options = { model: 'gpt-4o-mini-2024-07-18', method: 'auto' as const }
  const headIndex = new Map<string, ExampleIndex>()
  const headReport = await analyzeDataset([{ path: 'data/train.jsonl', role: 'training', readFrom: headPath }], {
    ...options,
    exampleIndex: headIndex,
  })
  const baseIndex = new Map<string, ExampleIndex>()
  let baseReport
  if (base) {
    const basePath = path.join(dir, `base-${Math.random()}.jsonl`)
    writeFileSync(basePath, `${base.join('\n')}\n`)
    baseReport = await analyzeDataset([{ path: 'data/train.jsonl', role: 'training', readFrom: basePath }], {
      ...options,
      exampleIndex: baseIndex,
    })
  }
  return {
    result: compareDatasets(headReport, headIndex, baseReport, baseIndex, unavailable),
    head: headReport,
    base: baseReport,
  }
}

describe('compareDatasets', () => {
  test('an example edited in place and one added at the end', async () => {
    const { result, head, base } = await change(
      [line('a'), line('b', 'Changed.'), line('c'), line('d')],
      [line('a'), line('b'), line('c')],
    )
    expect(result.files).toEqual([
      {
        path: 'data/train.jsonl',
        state: 'changed',
        examplesAdded: 1,
        examplesRemoved: 0,
        examplesChanged: 1,
        deltaExamples: 1,
        deltaTokens: head.totals.tokens - base!.totals.tokens,
      },
    ])
    expect(result.deltaTokens).toBe(head.totals.tokens - base!.totals.tokens)
    expect(result.deltaTokens).toBeGreaterThan(0)
  })

  test('an example removed from the middle is a removal, not edits of the lines below it', async () => {
    const { result } = await change([line('a'), line('c')], [line('a'), line('b'), line('c')])
    expect(result.files[0]).toMatchObject({
      examplesAdded: 0,
      examplesRemoved: 1,
      examplesChanged: 0,
      deltaExamples: -1,
    })
    expect(result.deltaTokens).toBeLessThan(0)
  })

  test('a moved example is neither added nor removed; a duplicate added once more counts once', async () => {
    const { result } = await change([line('b'), line('a'), line('a')], [line('a'), line('b')])
    expect(result.files[0]).toMatchObject({
      examplesAdded: 1,
      examplesRemoved: 0,
      examplesChanged: 0,
      deltaExamples: 1,
    })
  })

  test('a file the base branch does not have is new: everything counts as added, the base costs nothing', async () => {
    const { result, head } = await change([line('a'), line('b')], undefined)
    expect(result.files[0]).toMatchObject({
      state: 'new',
      examplesAdded: 2,
      deltaExamples: 2,
      deltaTokens: head.totals.tokens,
    })
    expect(result.base).toMatchObject({ examples: 0, tokens: 0, billedTokens: 0, estimatedCostUsd: 0 })
    expect(result.deltaCostUsd).toBe(head.totals.estimatedCostUsd)
  })

  test('a base version that could not be read is reported as such and adds nothing', async () => {
    const { result } = await change([line('a')], undefined, new Set(['data/train.jsonl']))
    expect(result.files[0]).toMatchObject({ state: 'unavailable', examplesAdded: 0, deltaExamples: 0, deltaTokens: 0 })
  })
})
