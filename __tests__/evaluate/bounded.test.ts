import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { compileSchema, evaluateCheck, schemaCompilations, testWithin } from '../../src/evaluate/checks.js'
import { readEvalFile } from '../../src/evaluate/eval-file.js'
import { runCases } from '../../src/evaluate/runner.js'
import { tempDir } from '../helpers/files.js'

const dir = tempDir()
// A real collection between measurements, without --expose-gc on the test runner's command line.
setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void
/** Heap in use after a full collection: what the code still holds, not garbage awaiting a collection. */
function heldHeap(): number {
  gc()
  return process.memoryUsage().heapUsed
}
const evalCase = (i: number, schema: unknown) =>
  JSON.stringify({
    id: `case-${i}`,
    messages: [{ role: 'user', content: `Give order ${i} as JSON.` }],
    checks: [{ type: 'is-json', value: schema }],
  })
const schema = (i: number) => ({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://example.com/order.json',
  type: 'object',
  required: ['id', 'items'],
  properties: {
    id: { type: 'integer', minimum: i },
    items: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string', format: 'uuid' } } } },
    placed: { type: 'string', format: 'date-time' },
  },
})

describe('eval schemas: compiled once per distinct schema, in a bounded cache', () => {
  test('3,000 cases with one schema compile it once', async () => {
    const file = path.join(dir, 'same.jsonl')
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => evalCase(i, schema(0))).join('\n'))
    const before = schemaCompilations
    const r = await readEvalFile(file)
    expect(r.errors).toBe(0)
    expect(r.cases).toHaveLength(3000)
    expect(schemaCompilations - before).toBe(1)
  })

  test('3,000 cases with distinct schemas (one $id) are all valid and hold under 250 MB of heap', async () => {
    const file = path.join(dir, 'distinct.jsonl')
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => evalCase(i, schema(i))).join('\n'))
    const before = heldHeap()
    const r = await readEvalFile(file)
    // The same $id on every schema once made Ajv refuse the second one.
    expect(r.findings).toEqual([])
    expect(r.cases).toHaveLength(3000)
    // Every compiled schema kept (the old cache) held 1.58 GB for this file; the bounded cache keeps 64.
    expect(heldHeap() - before).toBeLessThan(250 * 1024 * 1024)
    // The cache is bounded: the newest schema is still there, the first was dropped and is compiled again.
    const compilations = schemaCompilations
    compileSchema(schema(2999))
    expect(schemaCompilations).toBe(compilations)
    const first = compileSchema(schema(0))
    expect(schemaCompilations).toBe(compilations + 1)
    // Still a validator: one that was compiled, dropped from the cache and compiled again.
    expect(first.ok && first.validate({ id: 1, items: [] })).toBe(true)
    expect(evaluateCheck('is-json', '{"id": -1, "items": []}', schema(0), undefined)).toBe(false)
  }, 120_000)
})

describe('regex checks have a time limit', () => {
  test('catastrophic backtracking is interrupted: the check fails with a message, negated or not', async () => {
    const cases = [
      {
        id: 'redos',
        line: 1,
        messages: [{ role: 'user', content: 'Say many a.' }],
        checks: [
          { type: 'regex', base: 'regex' as const, negate: false, value: '(a+)+$', weight: 1 },
          { type: 'not-regex', base: 'regex' as const, negate: true, value: '/(a+)+$/', weight: 1 },
          { type: 'contains', base: 'contains' as const, negate: false, value: 'aaa', weight: 1 },
        ],
        tags: [],
      },
    ]
    const results = await runCases(cases, ['m'], {
      concurrency: 1,
      ask: async () => ({ text: `${'a'.repeat(40)}!`, promptTokens: 1, completionTokens: 1 }),
    })
    const result = results.get('m')!.get('redos')!
    expect(result.status).toBe('fail')
    if (result.status === 'error') throw new Error('unexpected')
    const message = 'did not finish within 1000 ms on this answer'
    expect(result.checks.map(c => [c.type, c.pass, c.note?.endsWith(message) ?? false])).toEqual([
      ['regex', false, true],
      ['not-regex', false, true],
      ['contains', true, false],
    ])
    expect(result.checks[0].note).toBe(`the regular expression /(a+)+$/ ${message}`)
  }, 30_000)

  test('an ordinary regex answers as RegExp.test does', () => {
    expect(testWithin(/^\d{3}-\d{4}$/, '555-1234')).toBe(true)
    expect(testWithin(/^\d{3}-\d{4}$/, '555-12345')).toBe(false)
    expect(evaluateCheck('regex', 'Order 42 shipped', '/order \\d+/i', undefined)).toBe(true)
  })
})
