import { readFileSync } from 'node:fs'
import path from 'node:path'
import { workerPoolProcessor } from '../../src/dataset/worker-pool.js'
import type { LineBatch } from '../../src/dataset/read-lines.js'
import { tempDir } from '../helpers/files.js'

const FAILING_WORKER = new URL('../fixtures/failing-worker.mjs', import.meta.url)
const batch = (firstLine: number, lineCount: number): LineBatch => ({
  firstLine,
  lineCount,
  bytes: new TextEncoder().encode('{}\n'.repeat(lineCount)),
  longLines: [],
  longestLine: 2,
})

describe('worker pool', () => {
  test('a worker that runs out of memory gives a lines_not_checked finding for its batch, and a new worker goes on', async () => {
    const pool = workerPoolProcessor(FAILING_WORKER, 1, { encoding: 'o200k_base', maxLineBytes: 1 << 20 })
    try {
      const [ok, failed] = await Promise.all([pool.process(batch(1, 10), 'chat'), pool.process(batch(12, 5), 'chat')])
      expect(ok.findings).toEqual([])
      expect(failed).toMatchObject({ firstLine: 12, lineCount: 5, unlisted: {} })
      expect(failed.findings).toEqual([
        {
          line: 12,
          code: 'lines_not_checked',
          message: 'lines 12–16 were not checked: the checking thread ran out of memory (its heap is capped at 64 MB)',
        },
      ])
      expect(Array.from(failed.numbers)).toEqual(new Array(25).fill(0))
      // The replacement answers.
      expect((await pool.process(batch(17, 3), 'chat')).lineCount).toBe(3)
    } finally {
      await pool.close()
    }
  }, 60_000)

  test('a script that keeps failing is restarted a bounded number of times, then every batch is a finding', async () => {
    const starts = path.join(tempDir(), 'starts.txt')
    // The pool hands its init to each worker as workerData; the stand-in reads `startsFile` from it.
    const init = { encoding: 'o200k_base', maxLineBytes: 1 << 20, startsFile: starts } as const
    const pool = workerPoolProcessor(FAILING_WORKER, 1, init)
    try {
      const results = []
      for (let i = 0; i < 5; i++) results.push(await pool.process(batch(2 * i + 2, 1), 'chat'))
      // The first worker and three replacements (RESTARTS_PER_WORKER): the fifth batch found none left.
      expect(readFileSync(starts, 'utf8').split('\n').filter(Boolean)).toHaveLength(4)
      expect(results.map(r => r.findings.map(f => f.code))).toEqual(new Array(5).fill(['lines_not_checked']))
      expect(results.at(-1)!.findings[0].message).toBe(
        'line 10 was not checked: the checking thread ran out of memory (its heap is capped at 64 MB)',
      )
    } finally {
      await pool.close()
    }
  }, 60_000)
})
