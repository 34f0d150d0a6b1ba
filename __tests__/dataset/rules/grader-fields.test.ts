import { analyzeDataset } from '../../../src/dataset/analyze-dataset.js'
import { checkGraderFields, graderFields } from '../../../src/dataset/rules/grader-fields.js'
import { tempDir, writeJsonl } from '../../helpers/files.js'

const stringCheck = {
  type: 'string_check',
  name: 'exact',
  input: '{{ sample.output_text }}',
  reference: '{{item.reference_answer}}',
  operation: 'eq',
}
const multi = {
  type: 'multi',
  graders: {
    exact: stringCheck,
    judge: {
      type: 'score_model',
      name: 'judge',
      model: 'o3-mini',
      input: [{ role: 'user', content: 'Rubric: {{ item.rubric.text }} Label: {{item["label"]}}' }],
    },
  },
  calculate_output: 'exact * 0.5 + judge * 0.5',
}

describe('grader fields: every {{item.field}} a grader reads must be on every example', () => {
  test('fields are found in every string of the grader, nested multi-graders included; sample.* is not data', () => {
    expect(graderFields(stringCheck)).toEqual({
      fields: [{ path: 'reference_answer', keys: ['reference_answer'], at: 'grader.reference' }],
      problems: [],
    })
    expect(graderFields(multi).fields.map(f => [f.path, f.at])).toEqual([
      ['reference_answer', 'grader.graders.exact.reference'],
      ['rubric.text', 'grader.graders.judge.input[0].content'],
      ['label', 'grader.graders.judge.input[0].content'],
    ])
  })

  test.each([
    ['not an object', 'grader is not an object', []],
    [{ type: 'regex_check' }, 'grader.type "regex_check" is not a grader type', []],
    [{ type: 'multi', graders: {} }, 'grader.graders must be an object of named graders', []],
    [{ type: 'multi', graders: { a: { type: 'nope' } } }, 'grader.graders.a.type "nope" is not a grader type', []],
  ] as [unknown, string, never[]][])('%j is not a grader', (grader, problem) => {
    expect(graderFields(grader).problems.join('; ')).toContain(problem)
  })

  test.each([
    [{ reference_answer: 'x', rubric: { text: 'r' }, label: 'l' }, []],
    [{ reference_answer: '', rubric: { text: 'r' }, label: null }, []],
    [{ rubric: { text: 'r' }, label: 'l' }, ['reference_answer']],
    [{ reference_answer: 'x', rubric: 'flat', label: 'l' }, ['rubric.text']],
    [{}, ['reference_answer', 'rubric.text', 'label']],
  ])('example %j misses %j', (data, missing) => {
    const found: string[] = []
    checkGraderFields({ messages: [], ...data }, graderFields(multi).fields, (code, message) => {
      expect(code).toBe('grader_field_missing')
      found.push(/\{\{item\.([^}]*)\}\}/.exec(message)![1])
    })
    expect(found).toEqual(missing)
  })

  test('analyzeDataset with a grader: an error at each example line that lacks a field; a bad grader is a file finding', async () => {
    const dir = tempDir()
    const line = (i: number, extra: object) => ({ messages: [{ role: 'user', content: `Question ${i}?` }], ...extra })
    const rows = Array.from({ length: 10 }, (_, i) => line(i, i === 3 || i === 7 ? {} : { reference_answer: `${i}` }))
    const file = writeJsonl(dir, 'rft.jsonl', rows)
    const run = (grader?: unknown) =>
      analyzeDataset([{ path: file, role: 'training' }], {
        model: 'o4-mini',
        method: 'auto',
        ...(grader !== undefined && { grader }),
      })
    const summary = (r: Awaited<ReturnType<typeof run>>) => r.files[0].findings.map(f => `${f.line ?? '-'} ${f.code}`)
    expect(summary(await run())).toEqual([])
    const r = await run(stringCheck)
    expect(summary(r)).toEqual(['4 grader_field_missing', '8 grader_field_missing'])
    expect(r.valid).toBe(false)
    expect(r.totals.errors).toBe(2)
    const bad = await run({ type: 'multi' })
    expect(summary(bad)).toEqual(['- invalid_grader'])
    expect(bad.totals.errors).toBe(1)
    // The rule belongs to reinforcement data: a chat file is not checked against a grader.
    const chat = writeJsonl(
      dir,
      'chat.jsonl',
      Array.from({ length: 10 }, (_, i) => ({
        messages: [
          { role: 'system', content: 's' },
          { role: 'user', content: `q${i}` },
          { role: 'assistant', content: 'a' },
        ],
      })),
    )
    const c = await analyzeDataset([{ path: chat, role: 'training' }], {
      model: 'gpt-4o-mini',
      method: 'auto',
      grader: stringCheck,
    })
    expect(c.files[0].findings.map(f => f.code)).toEqual([])
  })
})
