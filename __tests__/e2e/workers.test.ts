import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { chatExample, tempDir, writeJsonl } from '../helpers/files.js'
import { oracleTotal } from '../helpers/open-model-oracle.js'
import { recordBuiltins, runCli } from '../helpers/run-action.js'

test('worker threads (bundled CLI, a 10 MB file with a 5 MB line and bad lines) give exactly the in-thread report', async () => {
  const rows: unknown[] = []
  for (let i = 0; i < 14_000; i++)
    rows.push(
      i % 997 === 5
        ? '{"messages": ['
        : chatExample(`Question ${i} about naïve cafés and 配送?`, `Answer ${i} `.repeat(20 + (i % 30))),
    )
  rows.splice(7000, 0, chatExample('A very long question?', 'word '.repeat(1_000_000)))
  rows.push(chatExample('Question 3 about naïve cafés and 配送?', 'Answer 3 '.repeat(23)))
  const file = writeJsonl(tempDir(), 'big.jsonl', rows)
  const inThread = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
  const recorder = recordBuiltins(tempDir())
  const cli = await runCli(['validate', file, '--model', 'gpt-4o-mini', '--json', '--stats'], undefined, recorder.env)
  expect(cli.stderr).toMatch(/peak RSS/)
  // The CLI found its worker bundle: without it the same report would come from this thread.
  expect(recorder.builtins()).toContain('worker_threads')
  const viaWorkers = JSON.parse(cli.stdout)
  expect(inThread.files[0].bytes).toBeGreaterThan(8 * 1024 * 1024)
  expect(viaWorkers.files[0].findings.map((f: { line: number; code: string }) => `${f.line} ${f.code}`)).toEqual(
    inThread.files[0].findings.map(f => `${f.line} ${f.code}`),
  )
  expect(viaWorkers.totals).toEqual(inThread.totals)
  expect(viaWorkers.files[0].stats).toEqual(inThread.files[0].stats)
  expect(inThread.files[0].findingCounts).toMatchObject({ invalid_json: 15, duplicate_example: 1 })
})

describe('files of tiny bad lines (bundled CLI, worker threads): findings, never a crash', () => {
  const noStackTrace = (stderr: string) => {
    expect(stderr).not.toMatch(/\n\s+at |ERR_WORKER_OUT_OF_MEMORY/)
  }

  test('9 MB of "{}" lines: one missing_messages_list per line, the first 1,000 listed', async () => {
    const lines = 3 * 1024 * 1024
    const file = path.join(tempDir(), 'braces.jsonl')
    writeFileSync(file, '{}\n'.repeat(lines))
    const cli = await runCli(['validate', file, '--model', 'gpt-4o-mini', '--json'])
    noStackTrace(cli.stderr)
    expect(cli.code).toBe(1)
    const report = JSON.parse(cli.stdout)
    expect(report.files[0].lines).toBe(lines)
    expect(report.files[0].findingCounts.missing_messages_list).toBe(lines)
    expect(report.files[0].findings).toHaveLength(1000)
    expect(report.files[0].findingsTruncated).toBe(true)
    expect(report.files[0].findings.at(-1)).toMatchObject({ line: expect.any(Number), code: expect.any(String) })
  }, 300_000)

  test('30 MB of blank lines: one blank_line per line', async () => {
    const lines = 30 * 1024 * 1024
    const file = path.join(tempDir(), 'blank.jsonl')
    writeFileSync(file, '\n'.repeat(lines))
    const cli = await runCli(['validate', file, '--model', 'gpt-4o-mini', '--json'])
    noStackTrace(cli.stderr)
    expect(cli.code).toBe(1)
    const report = JSON.parse(cli.stdout)
    expect(report.files[0].findingCounts.blank_line).toBe(lines)
    expect(
      report.files[0].findings
        .filter((f: { line: number | null }) => f.line !== null)
        .slice(0, 2)
        .map((f: { line: number; code: string }) => `${f.line} ${f.code}`),
    ).toEqual(['1 blank_line', '2 blank_line'])
  }, 300_000)
})

test('an open model (Together, Llama 3.1) counted in worker threads: totals equal the Hugging Face tokenizer’s', async () => {
  const rows = Array.from({ length: 24_000 }, (_, i) =>
    chatExample(`Question ${i} about naïve cafés, 配送 and ${i * 7919}?`, `Answer ${i % 211} `.repeat(20 + (i % 30))),
  )
  const file = writeJsonl(tempDir(), 'together.jsonl', rows)
  const cli = await runCli([
    'validate',
    file,
    '--backend',
    'together',
    '--model',
    'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference',
    '--json',
  ])
  expect(cli.stderr).toBe('')
  const viaWorkers = JSON.parse(cli.stdout)
  expect(viaWorkers.files[0].bytes).toBeGreaterThan(8 * 1024 * 1024)
  expect(viaWorkers.totals.examples).toBe(24_000)
  expect(viaWorkers.totals.tokens).toBe(oracleTotal('llama3_1', file))
}, 120_000)
