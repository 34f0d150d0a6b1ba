import { lineHash } from '../../src/dataset/line-hash.js'
import { datasetTexts } from '../helpers/dataset-texts.js'

describe('lineHash', () => {
  test('is cyrb53: the values its author publishes', () => {
    // github.com/bryc/code, jshash/experimental/cyrb53.js: cyrb53('a'), cyrb53('b'), cyrb53('revenge'), cyrb53('revenue').
    expect(['a', 'b', 'revenge', 'revenue'].map(lineHash)).toEqual([
      7929297801672961, 8684336938537663, 4051478007546757, 8309097637345594,
    ])
  })

  test('ignores trailing whitespace only, as the duplicate check always has', () => {
    expect(lineHash('{"a": 1}  \r\n\t')).toBe(lineHash('{"a": 1}'))
    expect(lineHash('{"a": 1}\u2028')).toBe(lineHash('{"a": 1}'))
    expect(lineHash(' {"a": 1}')).not.toBe(lineHash('{"a": 1}'))
    expect(lineHash('{"a": 1 }')).not.toBe(lineHash('{"a": 1}'))
  })

  test('is a safe integer of 53 bits at most, so a Float64Array carries it exactly', () => {
    for (const text of ['', 'x', 'é'.repeat(1000), '\uD800', '👩‍👩‍👧']) {
      const hash = lineHash(text)
      expect(Number.isSafeInteger(hash)).toBe(true)
      expect(hash).toBeGreaterThanOrEqual(0)
      expect(new Float64Array([hash])[0]).toBe(hash)
    }
  })

  test('tells apart every distinct line and string of the datasets and examples, and 200,000 near-identical lines', () => {
    const lines = new Set(datasetTexts().map(line => line.trimEnd()))
    expect(lines.size).toBeGreaterThan(300)
    expect(new Set([...lines].map(lineHash)).size).toBe(lines.size)
    const near = Array.from({ length: 200_000 }, (_, i) => `{"messages":[{"role":"user","content":"q${i}"}]}`)
    expect(new Set(near.map(lineHash)).size).toBe(near.length)
  })
})
