import { readFileSync } from 'node:fs'
import path from 'node:path'
import { get_encoding } from 'tiktoken'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { loadCounter } from '../../src/tokens/encodings.js'
import { countExample, countTools } from '../../src/tokens/count-example.js'
import { tempDir, writeJsonl } from '../helpers/files.js'
import { DATASETS_DIR } from '../helpers/reference.js'

// The cookbook's own example (How_to_count_tokens_with_tiktoken.ipynb, section 7), with the counts it prints for
// num_tokens_for_tools and for the OpenAI API: 101 for gpt-4o and gpt-4o-mini, 105 for gpt-3.5-turbo and gpt-4.
const weather = {
  tools: [
    {
      type: 'function',
      function: {
        name: 'get_current_weather',
        description: 'Get the current weather in a given location',
        parameters: {
          type: 'object',
          properties: {
            location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
            unit: { type: 'string', description: 'The unit of temperature to return', enum: ['celsius', 'fahrenheit'] },
          },
          required: ['location'],
        },
      },
    },
  ],
  messages: [
    { role: 'system', content: 'You are a helpful assistant that can answer to questions about the weather.' },
    { role: 'user', content: "What's the weather like in San Francisco?" },
  ],
}

/** The cookbook's num_tokens_for_tools, written again here over tiktoken (the oracle), without its messages part. */
function cookbookTools(tools: { function: Record<string, any> }[], encoding: 'o200k_base' | 'cl100k_base'): number {
  const enc = get_encoding(encoding)
  const n = (s: string) => enc.encode(s).length
  const [funcInit, propInit, propKey, enumInit, enumItem, funcEnd] =
    encoding === 'o200k_base' ? [7, 3, 3, -3, 3, 12] : [10, 3, 3, -3, 3, 12]
  const strip = (s: string) => (s.endsWith('.') ? s.slice(0, -1) : s)
  let count = 0
  for (const { function: f } of tools) {
    count += funcInit + n(`${f.name}:${strip(f.description ?? '')}`)
    const props: Record<string, any> = f.parameters?.properties ?? {}
    if (Object.keys(props).length > 0) {
      count += propInit
      for (const [key, p] of Object.entries(props)) {
        count += propKey
        if (p.enum) {
          count += enumInit
          for (const item of p.enum) count += enumItem + n(String(item))
        }
        count += n(`${key}:${p.type}:${strip(p.description ?? '')}`)
      }
    }
  }
  enc.free()
  return tools.length > 0 ? count + funcEnd : 0
}

describe('tool definitions: the cookbook function-calling method', () => {
  test('the cookbook example gives the counts the cookbook prints (and the API returned): 101 on o200k_base, 105 on cl100k_base', async () => {
    expect(countExample('chat', weather, await loadCounter('o200k_base'), 'o200k_base').tokens).toBe(101)
    expect(countExample('chat', weather, await loadCounter('cl100k_base'), 'cl100k_base').tokens).toBe(105)
  })

  test('overheads per function, property and enum item; no tools count nothing; legacy functions count the same', async () => {
    const count = await loadCounter('o200k_base')
    expect(countTools([], count)).toBe(0)
    const bare = { name: 'ping', description: 'Ping.' }
    expect(countTools([bare], count)).toBe(7 + count('ping:Ping') + 12)
    const oneEnum = {
      name: 'f',
      description: '',
      parameters: { type: 'object', properties: { u: { type: 'string', enum: ['a', 'b'] } } },
    }
    expect(countTools([oneEnum], count)).toBe(
      7 + count('f:') + 3 + 3 + -3 + (3 + count('a')) + (3 + count('b')) + count('u:string:') + 12,
    )
    const asTool = countExample('chat', { messages: [], tools: [{ type: 'function', function: bare }] }, count).tokens
    const asFunction = countExample('chat', { messages: [], functions: [bare] }, count).tokens
    expect(asTool).toBe(asFunction)
    expect(asTool).toBe(3 + 7 + count('ping:Ping') + 12)
  })

  test('deeply nested tool calls are a json_too_deep finding at their line, not a crash', async () => {
    const dir = tempDir()
    const deep = `{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "tool_calls": [{"id": "c", "type": "function", "function": {"name": "f", "arguments": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}]}]}`
    const file = path.join(dir, 'deep.jsonl')
    writeJsonl(dir, 'deep.jsonl', [deep])
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    expect(r.files[0].findings.filter(f => f.line === 1).map(f => f.code)).toContain('json_too_deep')
  })

  test.each([
    ['gpt-4o-mini', 'o200k_base'],
    ['gpt-3.5-turbo', 'cl100k_base'],
  ] as const)(
    'cookbook drone dataset (%s): every example is the cookbook messages count plus num_tokens_for_tools over tiktoken',
    async (model, encoding) => {
      const file = path.join(DATASETS_DIR, 'cookbook-drone-tools-head3.jsonl')
      const examples = readFileSync(file, 'utf8')
        .trim()
        .split('\n')
        .map(l => JSON.parse(l))
      const enc = get_encoding(encoding)
      const n = (s: string) => enc.encode(s).length
      const leaves = (v: unknown): number =>
        typeof v === 'string'
          ? n(v)
          : v && typeof v === 'object'
            ? Object.values(v).reduce((a: number, x) => a + leaves(x), 0)
            : 0
      let expected = 0
      let asJsonText = 0
      for (const ex of examples) {
        // Messages as the cookbook counts them; tool calls by their string leaves (the cookbook's recursive_iterate variant).
        let messages = 3
        for (const m of ex.messages) messages += 3 + leaves(m) + (m.name ? 1 : 0)
        expected += messages + cookbookTools(ex.tools, encoding)
        asJsonText += messages + n(JSON.stringify(ex.tools))
      }
      enc.free()
      const r = await analyzeDataset([{ path: file, role: 'training' }], { model, method: 'auto' })
      expect(r.totals.tokens).toBe(expected)
      // The JSON text of the definitions, the former method, counted over a quarter more.
      expect(asJsonText / expected).toBeGreaterThan(1.25)
      expect([model, asJsonText, expected]).toEqual(model === 'gpt-4o-mini' ? [model, 3449, 2516] : [model, 3397, 2644])
    },
  )
})
