import { checkExample, parseLine, type LineFinding } from '../../src/dataset/check-line.js'
import { FINDING_CODES, type FindingCode } from '../../src/dataset/findings.js'
import type { DatasetFormat } from '../../src/dataset/formats.js'
import { inputFormatValidator } from '../helpers/reference.js'

// OpenAI's formats: `text` is Together's, with no OpenAI schema.
const SCHEMA_ROOT: Record<Exclude<DatasetFormat, 'text'>, string> = {
  chat: 'FineTuneChatRequestInput',
  preference: 'FineTunePreferenceRequestInput',
  reinforcement: 'FineTuneReinforcementRequestInput',
  completion: 'FineTuneCompletionRequestInput',
}

// The reference schemas, as OpenAI publishes them, are the oracle for "schema-valid".
const schemaValid = (format: Exclude<DatasetFormat, 'text'>, value: unknown) =>
  inputFormatValidator(SCHEMA_ROOT[format])(value)

function codes(format: DatasetFormat, value: unknown): FindingCode[] {
  const findings: LineFinding[] = []
  checkExample(format, value, findings)
  return findings.map(f => f.code)
}

const sys = { role: 'system', content: 'You are terse.' }
const user = { role: 'user', content: 'Hi' }
const asst = { role: 'assistant', content: 'Hello.' }
const chat = (...messages: unknown[]) => ({ messages })
const call = (id = 'call_1', args = '{"city":"Paris"}') => ({
  id,
  type: 'function',
  function: { name: 'weather', arguments: args },
})
const tool = {
  type: 'function',
  function: {
    name: 'weather',
    description: 'Weather now',
    parameters: { type: 'object', properties: { city: { type: 'string' } } },
  },
}
const image = (url: string, detail?: string) => ({ type: 'image_url', image_url: { url, ...(detail && { detail }) } })
const dpo = (preferred: unknown[], nonPreferred: unknown[], input: unknown = { messages: [user] }) => ({
  input,
  preferred_output: preferred,
  non_preferred_output: nonPreferred,
})

interface Case {
  code: FindingCode
  format: Exclude<DatasetFormat, 'text'>
  bad: unknown
  good: unknown
  /** Whether the published JSON Schema itself rejects `bad` (otherwise the rule comes from the API's documentation). */
  schemaRejects: boolean
}

const CASES: Case[] = [
  { code: 'data_type', format: 'chat', bad: [sys, user, asst], good: chat(sys, user, asst), schemaRejects: true },
  {
    code: 'unrecognized_key',
    format: 'chat',
    bad: { ...chat(sys, user, asst), id: 7 },
    good: chat(sys, user, asst),
    schemaRejects: false,
  },
  { code: 'missing_messages_list', format: 'chat', bad: { messages: [] }, good: chat(user, asst), schemaRejects: true },
  { code: 'message_data_type', format: 'chat', bad: chat(user, 'Hello.'), good: chat(user, asst), schemaRejects: true },
  {
    code: 'message_missing_key',
    format: 'chat',
    bad: chat({ content: 'Hi' }, asst),
    good: chat(user, asst),
    schemaRejects: true,
  },
  {
    code: 'message_missing_key',
    format: 'chat',
    bad: chat({ role: 'user' }, asst),
    good: chat(user, asst),
    schemaRejects: true,
  },
  {
    code: 'message_unrecognized_key',
    format: 'chat',
    bad: chat({ ...user, lang: 'en' }, asst),
    good: chat(user, asst),
    schemaRejects: false,
  },
  {
    code: 'unrecognized_role',
    format: 'chat',
    bad: chat({ role: 'human', content: 'Hi' }, asst),
    good: chat(user, asst),
    schemaRejects: true,
  },
  {
    code: 'unrecognized_role',
    format: 'chat',
    bad: chat({ role: 'developer', content: 'Be terse.' }, user, asst),
    good: chat(sys, user, asst),
    schemaRejects: true,
  },
  {
    code: 'missing_content',
    format: 'chat',
    bad: chat(user, { role: 'assistant' }),
    good: chat(user, asst),
    schemaRejects: false,
  },
  {
    code: 'missing_content',
    format: 'chat',
    bad: chat({ role: 'user', content: '' }, asst),
    good: chat(user, asst),
    schemaRejects: false,
  },
  {
    code: 'invalid_content_type',
    format: 'chat',
    bad: chat({ role: 'user', content: 42 }, asst),
    good: chat(user, asst),
    schemaRejects: true,
  },
  {
    code: 'invalid_content_type',
    format: 'chat',
    bad: chat({ role: 'user', content: [] }, asst),
    good: chat({ role: 'user', content: [{ type: 'text', text: 'Hi' }] }, asst),
    schemaRejects: true,
  },
  {
    code: 'invalid_content_part',
    format: 'chat',
    bad: chat({ role: 'system', content: [image('https://x.test/a.png')] }, user, asst),
    good: chat({ role: 'system', content: [{ type: 'text', text: 'Be terse.' }] }, user, asst),
    schemaRejects: true,
  },
  {
    code: 'invalid_content_part',
    format: 'chat',
    bad: chat({ role: 'user', content: [{ type: 'text' }] }, asst),
    good: chat({ role: 'user', content: [{ type: 'text', text: 'Hi' }] }, asst),
    schemaRejects: true,
  },
  {
    code: 'invalid_content_part',
    format: 'chat',
    bad: chat(user, { role: 'assistant', content: [image('https://x.test/a.png')] }),
    good: chat(user, { role: 'assistant', content: [{ type: 'refusal', refusal: 'No.' }] }),
    schemaRejects: true,
  },
  {
    code: 'unsupported_content_part',
    format: 'chat',
    bad: chat({ role: 'user', content: [{ type: 'input_audio', input_audio: { data: 'AAAA', format: 'wav' } }] }, asst),
    good: chat(user, asst),
    schemaRejects: false,
  },
  {
    code: 'unsupported_content_part',
    format: 'chat',
    bad: chat({ role: 'user', content: [{ type: 'file', file: { file_id: 'file-1' } }] }, asst),
    good: chat(user, asst),
    schemaRejects: false,
  },
  {
    code: 'invalid_image_url',
    format: 'chat',
    bad: chat({ role: 'user', content: [image('ftp://x.test/a.png')] }, asst),
    good: chat({ role: 'user', content: [image('https://x.test/a.png')] }, asst),
    schemaRejects: false,
  },
  {
    code: 'invalid_image_url',
    format: 'chat',
    bad: chat({ role: 'user', content: [image('https://x.test/a.png', 'ultra')] }, asst),
    good: chat({ role: 'user', content: [image('data:image/png;base64,iVBORw0KGgo=', 'low')] }, asst),
    schemaRejects: true,
  },
  {
    code: 'too_many_images',
    format: 'chat',
    bad: chat({ role: 'user', content: Array.from({ length: 11 }, () => image('https://x.test/a.png')) }, asst),
    good: chat({ role: 'user', content: Array.from({ length: 10 }, () => image('https://x.test/a.png')) }, asst),
    schemaRejects: false,
  },
  {
    code: 'invalid_weight',
    format: 'chat',
    bad: chat(user, { ...asst, weight: 0.5 }, user, asst),
    good: chat(user, { ...asst, weight: 0 }, user, asst),
    schemaRejects: true,
  },
  {
    code: 'weight_not_on_assistant',
    format: 'chat',
    bad: chat({ ...user, weight: 1 }, asst),
    good: chat(user, { ...asst, weight: 1 }),
    schemaRejects: false,
  },
  {
    code: 'invalid_name',
    format: 'chat',
    bad: chat({ ...user, name: 3 }, asst),
    good: chat({ ...user, name: 'ada' }, asst),
    schemaRejects: true,
  },
  {
    code: 'invalid_refusal',
    format: 'chat',
    bad: chat(user, { ...asst, refusal: 1 }),
    good: chat(user, { ...asst, refusal: null }),
    schemaRejects: true,
  },
  {
    code: 'unsupported_audio',
    format: 'chat',
    bad: chat(user, { ...asst, audio: { id: 'audio_1' } }),
    good: chat(user, { ...asst, audio: null }),
    schemaRejects: false,
  },
  {
    code: 'invalid_tool_calls',
    format: 'chat',
    bad: chat(user, {
      role: 'assistant',
      tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'weather' } }],
    }),
    good: chat(user, { role: 'assistant', tool_calls: [call()] }),
    schemaRejects: true,
  },
  {
    code: 'invalid_tool_calls',
    format: 'chat',
    bad: chat(user, { role: 'assistant', tool_calls: [{ ...call(), type: 'code' }] }),
    good: chat(user, { role: 'assistant', tool_calls: [call()] }),
    schemaRejects: true,
  },
  {
    code: 'tool_call_arguments_not_string',
    format: 'chat',
    bad: chat(user, {
      role: 'assistant',
      tool_calls: [{ ...call(), function: { name: 'weather', arguments: { city: 'Paris' } } }],
    }),
    good: chat(user, { role: 'assistant', tool_calls: [call()] }),
    schemaRejects: true,
  },
  {
    code: 'tool_call_arguments_not_json',
    format: 'chat',
    bad: chat(user, { role: 'assistant', tool_calls: [call('call_1', '"{\\"city\\": \\"Paris\\"}"')] }),
    good: chat(user, { role: 'assistant', tool_calls: [call()] }),
    schemaRejects: false,
  },
  {
    code: 'unknown_tool_call_id',
    format: 'chat',
    bad: chat(
      user,
      { role: 'assistant', tool_calls: [call('call_1')] },
      { role: 'tool', tool_call_id: 'call_2', content: '21°C' },
      asst,
    ),
    good: chat(
      user,
      { role: 'assistant', tool_calls: [call('call_1')] },
      { role: 'tool', tool_call_id: 'call_1', content: '21°C' },
      asst,
    ),
    schemaRejects: false,
  },
  {
    code: 'message_missing_key',
    format: 'chat',
    bad: chat(user, { role: 'assistant', tool_calls: [call()] }, { role: 'tool', content: '21°C' }, asst),
    good: chat(
      user,
      { role: 'assistant', tool_calls: [call()] },
      { role: 'tool', tool_call_id: 'call_1', content: '21°C' },
      asst,
    ),
    schemaRejects: true,
  },
  {
    code: 'invalid_tool_call_id',
    format: 'chat',
    bad: chat(
      user,
      { role: 'assistant', tool_calls: [call()] },
      { role: 'tool', tool_call_id: 1, content: '21°C' },
      asst,
    ),
    good: chat(
      user,
      { role: 'assistant', tool_calls: [call()] },
      { role: 'tool', tool_call_id: 'call_1', content: '21°C' },
      asst,
    ),
    schemaRejects: true,
  },
  {
    code: 'invalid_tools',
    format: 'chat',
    bad: { ...chat(user, asst), tools: [{ type: 'function', function: { description: 'no name' } }] },
    good: { ...chat(user, asst), tools: [tool] },
    schemaRejects: true,
  },
  {
    code: 'invalid_tools',
    format: 'chat',
    bad: { ...chat(user, asst), tools: { weather: tool } },
    good: { ...chat(user, asst), tools: [tool] },
    schemaRejects: true,
  },
  {
    code: 'invalid_function_name',
    format: 'chat',
    bad: { ...chat(user, asst), tools: [{ type: 'function', function: { name: 'get weather!' } }] },
    good: { ...chat(user, asst), tools: [{ type: 'function', function: { name: 'get_weather-2' } }] },
    schemaRejects: false,
  },
  {
    code: 'invalid_parallel_tool_calls',
    format: 'chat',
    bad: { ...chat(user, asst), tools: [tool], parallel_tool_calls: 'no' },
    good: { ...chat(user, asst), tools: [tool], parallel_tool_calls: false },
    schemaRejects: true,
  },
  {
    code: 'invalid_functions',
    format: 'chat',
    bad: { ...chat(user, asst), functions: [] },
    good: { ...chat(user, asst), functions: [{ name: 'weather', parameters: { type: 'object' } }] },
    schemaRejects: true,
  },
  {
    code: 'invalid_function_call',
    format: 'chat',
    bad: chat(user, { role: 'assistant', function_call: { name: 'weather' } }),
    good: chat(
      user,
      { role: 'assistant', function_call: { name: 'weather', arguments: '{}' } },
      { role: 'function', name: 'weather', content: '21°C' },
      asst,
    ),
    schemaRejects: true,
  },
  {
    code: 'message_missing_key',
    format: 'chat',
    bad: chat(
      user,
      { role: 'assistant', function_call: { name: 'weather', arguments: '{}' } },
      { role: 'function', content: '21°C' },
      asst,
    ),
    good: chat(
      user,
      { role: 'assistant', function_call: { name: 'weather', arguments: '{}' } },
      { role: 'function', name: 'weather', content: '21°C' },
      asst,
    ),
    schemaRejects: true,
  },
  {
    code: 'example_missing_assistant_message',
    format: 'chat',
    bad: chat(sys, user),
    good: chat(sys, user, asst),
    schemaRejects: false,
  },
  {
    code: 'example_missing_assistant_message',
    format: 'chat',
    bad: chat(user, { ...asst, weight: 0 }),
    good: chat(user, { ...asst, weight: 1 }),
    schemaRejects: false,
  },
  {
    code: 'missing_system_message',
    format: 'chat',
    bad: chat(user, asst),
    good: chat(sys, user, asst),
    schemaRejects: false,
  },
  {
    code: 'missing_user_message',
    format: 'chat',
    bad: chat(sys, asst),
    good: chat(sys, user, asst),
    schemaRejects: false,
  },
  {
    code: 'empty_assistant_content',
    format: 'chat',
    bad: chat(user, { role: 'assistant', content: '' }),
    good: chat(user, { role: 'assistant', content: null, tool_calls: [call()] }),
    schemaRejects: false,
  },
  {
    code: 'format_mismatch',
    format: 'chat',
    bad: { prompt: 'Hi', completion: 'Hello' },
    good: chat(user, asst),
    schemaRejects: false,
  },

  {
    code: 'preference_missing_input',
    format: 'preference',
    bad: { preferred_output: [asst], non_preferred_output: [{ ...asst, content: 'Yo.' }] },
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: false,
  },
  {
    code: 'preference_invalid_output',
    format: 'preference',
    bad: dpo([asst, asst], [{ ...asst, content: 'Yo.' }]),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: true,
  },
  {
    code: 'preference_invalid_output',
    format: 'preference',
    bad: dpo([asst], []),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: false,
  },
  {
    code: 'unrecognized_role',
    format: 'preference',
    bad: dpo([user], [{ ...asst, content: 'Yo.' }]),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: true,
  },
  {
    code: 'message_unrecognized_key',
    format: 'preference',
    bad: dpo([{ ...asst, weight: 1 }], [{ ...asst, content: 'Yo.' }]),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: false,
  },
  {
    code: 'preference_input_not_user_last',
    format: 'preference',
    bad: dpo([asst], [{ ...asst, content: 'Yo.' }], { messages: [user, asst] }),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }], { messages: [user, asst, user] }),
    schemaRejects: false,
  },
  {
    code: 'preference_identical_outputs',
    format: 'preference',
    bad: dpo([asst], [asst]),
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: false,
  },
  {
    code: 'unrecognized_key',
    format: 'preference',
    bad: { ...dpo([asst], [{ ...asst, content: 'Yo.' }]), score: 1 },
    good: dpo([asst], [{ ...asst, content: 'Yo.' }]),
    schemaRejects: false,
  },

  {
    code: 'reinforcement_last_message_not_user',
    format: 'reinforcement',
    bad: { messages: [user, asst], answer: '4' },
    good: { messages: [{ role: 'developer', content: 'Be exact.' }, user], answer: '4' },
    schemaRejects: false,
  },
  {
    code: 'unrecognized_role',
    format: 'reinforcement',
    bad: { messages: [sys, user] },
    good: { messages: [{ role: 'developer', content: 'Be exact.' }, user] },
    schemaRejects: true,
  },
  {
    code: 'missing_messages_list',
    format: 'reinforcement',
    bad: { answer: '4' },
    good: { messages: [user], answer: '4' },
    schemaRejects: true,
  },

  {
    code: 'completion_missing_key',
    format: 'completion',
    bad: { prompt: 'Hi' },
    good: { prompt: 'Hi', completion: ' Hello' },
    schemaRejects: false,
  },
  {
    code: 'completion_invalid_type',
    format: 'completion',
    bad: { prompt: 'Hi', completion: 3 },
    good: { prompt: 'Hi', completion: ' Hello' },
    schemaRejects: true,
  },
  {
    code: 'unrecognized_key',
    format: 'completion',
    bad: { prompt: 'Hi', completion: ' Hello', meta: 1 },
    good: { prompt: 'Hi', completion: ' Hello' },
    schemaRejects: false,
  },
]

describe('dataset rules: one failing and one passing line for each', () => {
  test.each(CASES.map(c => [c.code, c] as const))('%s', (_name, c) => {
    expect(codes(c.format, c.bad)).toContain(c.code)
    expect(codes(c.format, c.good)).not.toContain(c.code)
    const severity = FINDING_CODES[c.code].severity
    if (severity === 'error')
      expect(codes(c.format, c.good).filter(code => FINDING_CODES[code].severity === 'error')).toEqual([])
  })

  test('agree with the published JSON Schema: what it rejects we reject, what we accept it accepts', () => {
    for (const c of CASES) {
      const label = `${c.code} ${JSON.stringify(c.bad).slice(0, 80)}`
      expect([label, schemaValid(c.format, c.bad)]).toEqual([label, !c.schemaRejects])
      const ourErrors = codes(c.format, c.good).filter(code => FINDING_CODES[code].severity === 'error')
      if (ourErrors.length === 0) expect([label, schemaValid(c.format, c.good)]).toEqual([label, true])
    }
  })

  test('every error and warning code a line can raise has a case here', () => {
    const fileLevel: FindingCode[] = [
      'empty_file',
      'blank_line',
      'invalid_utf8',
      'invalid_json',
      'line_too_long',
      'json_too_deep',
      'too_few_examples',
      'duplicate_example',
      'train_validation_overlap',
      'example_over_context',
      'format_not_supported_by_model',
      'unknown_model',
      'uploads_api_required',
    ]
    // They need the model or the grader file: __tests__/dataset/rules/grader-fields.test.ts and __tests__/dataset/images.test.ts.
    fileLevel.push('grader_field_missing', 'invalid_grader', 'images_not_supported_by_model')
    // A failed worker thread: __tests__/dataset/worker-pool.test.ts.
    fileLevel.push('lines_not_checked')
    const covered = new Set([...CASES.map(c => c.code), ...fileLevel])
    // eval_* codes have their failing and passing lines in evaluate.test.ts; Together's line rules in
    // together-check-file.test.ts, against the SDK's checkFile (which fails when one has no file); its file-size rule
    // by its threshold, too large to write; its tokenizer notice in open-model-tokens.test.ts; Azure's file rules in
    // azure-profile.test.ts.
    const elsewhere = (code: string) =>
      code.startsWith('eval_') ||
      code.startsWith('together_') ||
      ['open_tokenizer_estimate', 'azure_file_too_large', 'azure_missing_bom'].includes(code)
    expect(Object.keys(FINDING_CODES).filter(code => !covered.has(code as FindingCode) && !elsewhere(code))).toEqual([])
  })

  test('a chat example with tools, tool calls, images, weights and a function call is clean', () => {
    const example = {
      tools: [tool],
      parallel_tool_calls: false,
      messages: [
        sys,
        {
          role: 'user',
          name: 'ada',
          content: [{ type: 'text', text: 'What is this?' }, image('https://x.test/a.png', 'high')],
        },
        { role: 'assistant', content: 'A cat.', weight: 0 },
        { role: 'user', content: 'Weather in Paris?' },
        { role: 'assistant', content: null, tool_calls: [call('a'), call('b', '{"city":"Lyon"}')] },
        { role: 'tool', tool_call_id: 'a', content: [{ type: 'text', text: '21°C' }] },
        { role: 'tool', tool_call_id: 'b', content: '19°C' },
        { role: 'assistant', content: [{ type: 'text', text: 'Paris 21°C, Lyon 19°C.' }], weight: 1 },
      ],
    }
    expect(codes('chat', example)).toEqual([])
    expect(schemaValid('chat', example)).toBe(true)
  })

  test('messages name the position and the offending value', () => {
    const findings: LineFinding[] = []
    checkExample('chat', chat(user, { role: 'assistant', content: 'x', weight: 2 }), findings)
    expect(findings).toEqual([
      { code: 'invalid_weight', message: 'messages[1] weight is 2; must be 0 or 1' },
      { code: 'missing_system_message', message: 'no system message' },
    ])
  })
})

describe('parseLine', () => {
  test('blank and bad JSON lines are findings, with a hint for pretty-printed JSON', () => {
    expect(parseLine('   ')).toEqual({
      ok: false,
      finding: { code: 'blank_line', message: expect.stringContaining('blank line') },
    })
    expect(parseLine('{')).toEqual({
      ok: false,
      finding: { code: 'invalid_json', message: expect.stringContaining('pretty-printed JSON') },
    })
    expect(parseLine('{"a": 1,}')).toMatchObject({ ok: false, finding: { code: 'invalid_json' } })
    expect(parseLine('{"a": 1}')).toEqual({ ok: true, value: { a: 1 } })
  })
})
