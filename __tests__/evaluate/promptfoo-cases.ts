import type { CheckType } from '../../src/evaluate/checks.js'

/** One comparison: a check as an eval file writes it (type, value, the case's ideal) and a model's output. */
export interface CompatCase {
  type: string
  output: string
  value?: unknown
  ideal?: string
  /** Set on the documented exceptions only: why our verdict differs from promptfoo's (README table, generated). */
  differs?: string
}

const schema07 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['status'],
  properties: { status: { enum: ['ok', 'error'] }, email: { type: 'string', format: 'email' } },
}
const plain = { type: 'array', items: { type: 'integer' }, minItems: 1 }

const base: [CheckType, string, unknown, string?][] = [
  // equals: exact text, no trimming; a non-string value is JSON equality with the parsed answer.
  ['equals', 'Paris', 'Paris'],
  ['equals', ' Paris', 'Paris'],
  ['equals', 'Paris\n', 'Paris'],
  ['equals', 'paris', 'Paris'],
  ['equals', '[object Object]', { a: 1 }],
  ['equals', '{"a": 1}', { a: 1 }],
  ['equals', '{"a":1,"b":[1,2]}', { b: [1, 2], a: 1 }],
  ['equals', '{"a": 2}', { a: 1 }],
  ['equals', '[1, 2]', [1, 2]],
  ['equals', '[2, 1]', [1, 2]],
  ['equals', 'Paris', undefined, 'Paris'],
  ['equals', 'Lyon', undefined, 'Paris'],
  // contains, icontains
  ['contains', 'The capital is Paris.', 'Paris'],
  ['contains', 'The capital is paris.', 'Paris'],
  ['contains', '[object Object]', 'object'],
  ['contains', 'Order 42 shipped', 42],
  ['contains', 'Order 4 shipped', 42],
  ['contains', 'We ship to Canada', undefined, 'Canada'],
  ['contains', ' leading', ' lead'],
  ['icontains', 'THE CAPITAL IS PARIS', 'paris'],
  ['icontains', 'The capital is Lyon', 'paris'],
  ['icontains', 'ÉCOLE', 'école'],
  ['icontains', 'Total: 42', 42],
  // starts-with: no trimming of either side.
  ['starts-with', 'Yes, we ship.', 'Yes'],
  ['starts-with', '  Yes, we ship.', 'Yes'],
  ['starts-with', ' Yes', ' Yes'],
  ['starts-with', 'Yes', ' Yes'],
  ['starts-with', 'yes, we ship', 'Yes'],
  ['starts-with', 'No, sorry.', 'Yes'],
  // regex
  ['regex', 'Order #4812 shipped', 'Order #\\d{4}'],
  ['regex', 'Order shipped', 'Order #\\d{4}'],
  ['regex', 'ok', '^ok$'],
  ['regex', 'ok\n', '^ok$'],
  ['regex', 'line1\nline2', '^line2'],
  ['regex', 'ORDER #4812', '/order #\\d{4}/i'],
  ['regex', 'price: $5', '\\$\\d'],
  // contains-any, contains-all
  ['contains-any', 'We ship to Canada', ['Canada', 'Mexico']],
  ['contains-any', 'We ship to France', ['Canada', 'Mexico']],
  ['contains-any', 'We ship to canada', ['Canada', 'Mexico']],
  ['contains-any', 'Call 911', [911, 112]],
  ['contains-all', 'Canada and Mexico', ['Canada', 'Mexico']],
  ['contains-all', 'Canada only', ['Canada', 'Mexico']],
  ['contains-all', 'Mexico, Canada', ['Canada', 'Mexico']],
  // is-json: the answer as written (no code fences stripped); schemas in draft-07 or without $schema.
  ['is-json', '{"a": 1}', undefined],
  ['is-json', ' {"a": 1}\n', undefined],
  ['is-json', '```json\n{"a": 1}\n```', undefined],
  ['is-json', '{a: 1}', undefined],
  ['is-json', '42', undefined],
  ['is-json', '"text"', undefined],
  ['is-json', '', undefined],
  ['is-json', 'null', undefined],
  ['is-json', '{"status": "ok"}', schema07],
  ['is-json', '{"status": "done"}', schema07],
  ['is-json', '{"state": "ok"}', schema07],
  ['is-json', '{"status": "ok", "email": "a@b.example"}', schema07],
  ['is-json', '{"status": "ok", "email": "not an email"}', schema07],
  ['is-json', '```json\n{"status": "ok"}\n```', schema07],
  ['is-json', '[1, 2]', plain],
  ['is-json', '[1.5]', plain],
  ['is-json', '[]', plain],
  // levenshtein: promptfoo's value (the text) is our ideal, its threshold our value.
  ['levenshtein', 'Pariss', 1, 'Paris'],
  ['levenshtein', 'Pa', 1, 'Paris'],
  ['levenshtein', 'Paris ', 0, 'Paris'],
  ['levenshtein', 'Paris', 0, 'Paris'],
  ['levenshtein', 'kitten', 3, 'sitting'],
  ['levenshtein', 'kitten', 2, 'sitting'],
  ['levenshtein', ' Keep them sealed.', 5, 'Keep them sealed.'],
]

const NUMBER_EQUALS =
  'A non-string `value` in `equals` is JSON equality with the parsed answer (so the number 5 equals the answer `5.0`); promptfoo compares a number as text.'
const SLASH_REGEX =
  'A regex written `/pattern/flags` is a pattern with flags here; promptfoo has no flags and reads the slashes as text.'

/** The cases where our verdict differs from promptfoo's, on purpose. */
const exceptions: CompatCase[] = [
  { type: 'equals', output: '5.0', value: 5, differs: NUMBER_EQUALS },
  { type: 'equals', output: ' 5', value: 5, differs: NUMBER_EQUALS },
  { type: 'equals', output: ' true', value: true, differs: NUMBER_EQUALS },
  { type: 'not-equals', output: '5.0', value: 5, differs: NUMBER_EQUALS },
  { type: 'regex', output: 'ORDER #4812', value: '/order #\\d{4}/i', differs: SLASH_REGEX },
  { type: 'not-regex', output: 'ORDER #4812', value: '/order #\\d{4}/i', differs: SLASH_REGEX },
]

/** Every base case, and its not- form; then the exceptions. */
export const COMPAT_CASES: CompatCase[] = [
  ...base.flatMap(([type, output, value, ideal]) => {
    const exception = exceptions.find(
      e => e.type === type && e.output === output && JSON.stringify(e.value) === JSON.stringify(value),
    )
    const c: CompatCase = {
      type,
      output,
      ...(value !== undefined && { value }),
      ...(ideal !== undefined && { ideal }),
      ...(exception && { differs: exception.differs }),
    }
    const notException = exceptions.find(
      e => e.type === `not-${type}` && e.output === output && JSON.stringify(e.value) === JSON.stringify(value),
    )
    return [
      c,
      { ...c, type: `not-${type}`, ...(notException ? { differs: notException.differs } : { differs: undefined }) },
    ]
  }),
  ...exceptions.filter(
    e =>
      !base.some(
        ([type, output, value]) =>
          (e.type === type || e.type === `not-${type}`) &&
          e.output === output &&
          JSON.stringify(e.value) === JSON.stringify(value),
      ),
  ),
].map(c => {
  if (c.differs !== undefined) return c
  const rest = { ...c }
  delete rest.differs
  return rest
})

/** README's table of differences: one row per exception case. */
export function differencesTable(): string {
  const cell = (v: unknown) => (v === undefined ? '' : `\`${JSON.stringify(v).replace(/\|/g, '\\|')}\``)
  const rows = COMPAT_CASES.filter(c => c.differs)
  return [
    '| check | answer | value | why |',
    '|---|---|---|---|',
    ...rows.map(c => `| \`${c.type}\` | ${cell(c.output)} | ${cell(c.value)} | ${c.differs!.replace(/\|/g, '\\|')} |`),
  ].join('\n')
}
