import { jest } from '@jest/globals'
import { core, log, resetCore } from '../fixtures/core.js'

jest.unstable_mockModule('@actions/core', () => core)
const { spendOnce } = await import('../../src/backend/spend-once.js')
type Failure = import('../../src/backend/spend-once.js').Failure

class Lost extends Error {}
class Refused extends Error {}
const classify = (error: unknown): Failure =>
  error instanceof Lost
    ? { kind: 'maybe-done' }
    : error instanceof Refused
      ? { kind: 'refused', retryAfterMs: 10 }
      : { kind: 'final' }

beforeEach(resetCore)

describe('spendOnce', () => {
  test('a lost response that took effect is found by the lookup, and the call is not made again', async () => {
    let attempts = 0
    let lookups = 0
    const result = await spendOnce({
      what: 'creation of the job',
      attempt: async () => {
        attempts++
        throw new Lost('socket hang up')
      },
      lookup: async () => (++lookups === 1 ? 'job-1' : undefined),
      classify,
    })
    expect(result).toBe('job-1')
    expect(attempts).toBe(1)
    expect(lookups).toBe(1)
    expect(log).toContain('The creation of the job had taken effect after all: using it.')
  })

  test('a lost response that did not take effect is tried again', async () => {
    const calls: string[] = []
    const result = await spendOnce({
      what: 'upload',
      attempt: async () => {
        calls.push('attempt')
        if (calls.length === 1) throw new Lost('reset')
        return 'file-1'
      },
      lookup: async () => {
        calls.push('lookup')
        return undefined
      },
      classify,
    })
    expect(result).toBe('file-1')
    expect(calls).toEqual(['attempt', 'lookup', 'attempt'])
  })

  test('a refusal (429) is retried after the time asked, without a lookup', async () => {
    const calls: string[] = []
    await spendOnce({
      what: 'upload',
      attempt: async () => {
        calls.push('attempt')
        if (calls.length < 3) throw new Refused('rate limited')
        return 'ok'
      },
      lookup: async () => {
        calls.push('lookup')
        return undefined
      },
      classify,
    })
    expect(calls).toEqual(['attempt', 'attempt', 'attempt'])
  })

  test('a final error is thrown at once', async () => {
    let attempts = 0
    await expect(
      spendOnce({
        what: 'upload',
        attempt: async () => {
          attempts++
          throw new Error('400 invalid file')
        },
        lookup: async () => 'never',
        classify,
      }),
    ).rejects.toThrow('400 invalid file')
    expect(attempts).toBe(1)
  })

  test('after five refusals the last error is thrown', async () => {
    let attempts = 0
    await expect(
      spendOnce({
        what: 'upload',
        attempt: async () => {
          throw new Refused(`refused ${++attempts}`)
        },
        lookup: async () => undefined,
        classify,
      }),
    ).rejects.toThrow('refused 5')
  })
})
