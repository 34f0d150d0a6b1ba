import { writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  checkValueProblem,
  evaluateCheck,
  FUZZY_DEFAULT_THRESHOLD,
  fuzzySimilarity,
  schemaDialect,
  type CheckType,
} from '../../src/evaluate/checks.js'
import { readEvalFile } from '../../src/evaluate/eval-file.js'
import { tempDir } from '../helpers/files.js'

const run = (type: Exclude<CheckType, 'llm-rubric'>, output: string, value?: unknown, ideal?: unknown) =>
  evaluateCheck(type, output, value, ideal)

describe('the verdicts issue 12 asked for', () => {
  test('equals with an object value is JSON equality: the answer [object Object] does not pass', () => {
    expect(run('equals', '[object Object]', { a: 1 })).toBe(false)
    expect(run('equals', '{"a": 1}', { a: 1 })).toBe(true)
    expect(run('contains', '[object Object]', undefined, undefined)).toBe(false)
  })

  test.each([
    ['http://json-schema.org/draft-07/schema#', 'draft-07'],
    ['http://json-schema.org/draft-07/schema', 'draft-07'],
    ['https://json-schema.org/draft/2019-09/schema', '2019-09'],
    ['https://json-schema.org/draft/2020-12/schema', '2020-12'],
    [undefined, '2020-12'],
    ['http://json-schema.org/draft-04/schema#', undefined],
  ])('is-json: $schema %s is %s', (id, dialect) => {
    expect(schemaDialect(id === undefined ? { type: 'object' } : { $schema: id, type: 'object' })).toBe(dialect)
  })

  test('is-json: each dialect keeps its own semantics; unknown formats and dialects are refused', () => {
    const items = (id: string) => ({ $schema: id, type: 'array', items: [{ type: 'string' }], additionalItems: false })
    // draft-07 tuple form: a second item is refused by additionalItems.
    expect(run('is-json', '["a", "b"]', items('http://json-schema.org/draft-07/schema#'))).toBe(false)
    expect(run('is-json', '["a"]', items('http://json-schema.org/draft-07/schema#'))).toBe(true)
    expect(run('is-json', '["a", 1]', { type: 'array', prefixItems: [{ type: 'string' }], items: false })).toBe(false)
    expect(run('is-json', '["a"]', { type: 'array', prefixItems: [{ type: 'string' }], items: false })).toBe(true)
    expect(checkValueProblem('is-json', { type: 'string', format: 'emial' }, undefined)?.message).toMatch(
      /format "emial".*not one the 2020-12 validator knows/,
    )
    expect(checkValueProblem('is-json', { type: 'string', format: 'email' }, undefined)).toBeUndefined()
    expect(
      checkValueProblem('is-json', { $schema: 'http://json-schema.org/draft-04/schema#' }, undefined)?.message,
    ).toMatch(/not a supported dialect/)
  })

  test('nothing is trimmed or unfenced; a leading space can be required; not-is-json catches a fenced answer', () => {
    expect(run('starts-with', ' Yes', ' Yes')).toBe(true)
    expect(run('starts-with', 'Yes', ' Yes')).toBe(false)
    expect(run('levenshtein', ' Paris', 0, 'Paris')).toBe(false)
    expect(run('is-json', '```json\n{"a": 1}\n```')).toBe(false)
    expect(run('json-equals', '```json\n{"a": 1}\n```', { a: 1 })).toBe(false)
  })

  test.each([
    ['contains', ''],
    ['icontains', ''],
    ['starts-with', ''],
    ['regex', ''],
    ['contains-any', ['x', '']],
    ['contains-all', [], 'eval_check_missing_value'],
    ['contains', ['a', 'b']],
    ['equals', null],
    ['fuzzy', 2],
  ] as [CheckType, unknown, string?][])(
    '%s with value %j is an error in the eval file, at its line',
    async (type, value, code = 'eval_invalid_check_value') => {
      const file = path.join(tempDir(), 'eval.jsonl')
      const user = { role: 'user', content: 'Q?' }
      writeFileSync(
        file,
        `${JSON.stringify({ id: 'ok', messages: [user], ideal: 'A' })}\n${JSON.stringify({ id: 'bad', messages: [user], ideal: 'A', checks: [{ type, value }] })}\n${JSON.stringify({ id: 'not', messages: [user], ideal: 'A', checks: [{ type: `not-${type}`, value }] })}\n`,
      )
      const r = await readEvalFile(file)
      expect(r.findings.map(f => [f.line, f.code])).toEqual([
        [2, code],
        [3, code],
      ])
      expect(r.cases.map(c => c.id)).toEqual(['ok'])
    },
  )
})

describe('fuzzy: normalised word-window similarity, default threshold 0.8', () => {
  test.each([
    // answer, ideal, similarity (rounded to 3 places), passes at the default threshold
    ['a', 'Paris is the capital', 0.05, false],
    ['no', 'I do not know', 0.154, false],
    ['Paris', 'Paris', 1, true],
    ['Sure! Paris, France.', 'paris france', 1, true],
    ['The capital is Paris.', 'Paris', 1, true],
    ['Parisian cafés', 'Paris', 0.625, false],
    ['Pari', 'Paris', 0.8, true],
    ['PARIS!!!', 'paris', 1, true],
    ['Ｐａｒｉｓ', 'Paris', 1, true],
    ['', 'Paris', 0, false],
    ['Paris is the capital', 'a', 0.2, false],
    ['The capital of France is Paris.', 'Paris is the capital of France', 0.4, false],
    [
      'We ship to the US, Canada and the EU',
      'Not yet, sorry! We currently ship to the US, Canada and the EU.',
      0.593,
      false,
    ],
    [
      'Not yet, sorry! We currently ship to the US, Canada, and the EU.',
      'Not yet, sorry! We currently ship to the US, Canada and the EU.',
      1,
      true,
    ],
  ])('%j against %j', (answer, ideal, similarity, passes) => {
    expect(Number(fuzzySimilarity(answer, ideal).toFixed(3))).toBe(similarity)
    expect(run('fuzzy', answer, undefined, ideal)).toBe(passes)
    expect(fuzzySimilarity(answer, ideal) >= FUZZY_DEFAULT_THRESHOLD).toBe(passes)
  })

  test('value sets the threshold; a list of ideals passes on any', () => {
    expect(run('fuzzy', 'Parisian cafés', 0.6, 'Paris')).toBe(true)
    expect(run('fuzzy', 'Pari', 0.9, 'Paris')).toBe(false)
    expect(run('fuzzy', 'Lyon', undefined, ['Paris', 'Lyon'])).toBe(true)
    expect(checkValueProblem('fuzzy', 0.5, undefined)?.code).toBe('eval_check_missing_value')
    expect(checkValueProblem('fuzzy', 0, 'Paris')?.code).toBe('eval_invalid_check_value')
    expect(checkValueProblem('fuzzy', 1, 'Paris')).toBeUndefined()
  })
})
