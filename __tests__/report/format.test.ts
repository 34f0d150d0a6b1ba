import { expect, test } from '@jest/globals'
import { distribution, formatNumber, int, usd } from '../../src/report/format.js'

// Intl is the oracle: the report used toLocaleString('en-US') before it stopped loading ICU at start-up.
const intl = (n: number, max: number, min = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: max, minimumFractionDigits: min })

/** A fixed pseudo-random sequence (mulberry32), so a failure names a value that can be replayed. */
function* numbers(count: number): Generator<number> {
  let seed = 20261202
  const next = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  for (let i = 0; i < count; i++) {
    const v = next() * 10 ** Math.floor(next() * 16 - 4) * (next() < 0.1 ? -1 : 1)
    // Ties written in decimal (x.xx5) are where toFixed and Intl part ways.
    yield* [v, Math.round(v * 1000) / 1000, Math.round(v * 100) / 100 + 0.005, Math.round(v)]
  }
}

test('formatNumber writes what toLocaleString writes, ties and grouping included', () => {
  const differences: string[] = []
  for (const n of numbers(4_000)) {
    for (const [max, min] of [
      [0, 0],
      [1, 0],
      [2, 2],
      [4, 0],
    ] as const) {
      const ours = formatNumber(n, max, min)
      if (ours !== intl(n, max, min)) differences.push(`${n} (${max}, ${min}): ${ours} vs ${intl(n, max, min)}`)
    }
  }
  expect(differences.slice(0, 5)).toEqual([])
})

test.each([0, -0, 0.5, -0.5, 1.005, 78.225, 999.995, 1e21, 1234567.891, 1e-7, Infinity, NaN])(
  'formatNumber(%p) agrees with Intl at its edges',
  n => {
    expect(formatNumber(n, 2, 2)).toBe(intl(n, 2, 2).replace('∞', 'Infinity'))
  },
)

test('the report helpers keep their shapes', () => {
  expect(int(2178029.4)).toBe('2,178,029')
  expect(usd(1234.5)).toBe('$1,234.50')
  expect(usd(0.0042)).toBe('$0.0042')
  expect(usd(null)).toBe('unknown')
  expect(distribution({ min: 3, p10: 10, median: 1500.25, mean: 1234.56, p90: 2000, max: 12000 })).toBe(
    'min 3 · p10 10 · median 1,500.3 · mean 1,234.6 · p90 2,000 · max 12,000',
  )
})
