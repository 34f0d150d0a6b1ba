import { readFileSync } from 'node:fs'
import { get_encoding } from 'tiktoken'
import { loadCounter, memoize } from '../../src/tokens/encodings.js'
import { countExample, IMAGE_TOKENS } from '../../src/tokens/count-example.js'
import { DATASETS_DIR } from '../helpers/reference.js'

const toyLines = readFileSync(`${DATASETS_DIR}cookbook-toy-chat.jsonl`, 'utf8')
  .trim()
  .split('\n')
  .map(l => JSON.parse(l))

/** The notebook's own function, transcribed: our reference for "equal to the cookbook". */
function cookbookCount(messages: Record<string, string>[], encode: (s: string) => number[]): number {
  let n = 0
  for (const message of messages) {
    n += 3
    for (const [key, value] of Object.entries(message)) {
      n += encode(value).length
      if (key === 'name') n += 1
    }
  }
  return n + 3
}

describe('token counts', () => {
  test("cookbook-toy-chat.jsonl gives the notebook's published per-example totals on cl100k_base", async () => {
    const count = await loadCounter('cl100k_base')
    expect(toyLines.map(ex => countExample('chat', ex, count).tokens)).toEqual([45, 111, 26, 28, 8032])
  })

  test('equal to tiktoken (WASM) with the cookbook algorithm, for both encodings and every shipped chat dataset', async () => {
    for (const encoding of ['cl100k_base', 'o200k_base'] as const) {
      const tk = get_encoding(encoding)
      const count = await loadCounter(encoding)
      for (const name of ['cookbook-toy-chat.jsonl', 'cookbook-sql-chat.jsonl', 'openai-node-marv.jsonl']) {
        const examples = readFileSync(`${DATASETS_DIR}${name}`, 'utf8')
          .trim()
          .split('\n')
          .map(l => JSON.parse(l))
        const ours = examples.map(ex => countExample('chat', ex, count).tokens)
        const theirs = examples.map(ex => cookbookCount(ex.messages, s => Array.from(tk.encode_ordinary(s))))
        expect([encoding, name, ours]).toEqual([encoding, name, theirs])
      }
      tk.free()
    }
  })

  test('special-token look-alikes count as plain text, as tiktoken encode_ordinary does', async () => {
    const tk = get_encoding('o200k_base')
    const count = await loadCounter('o200k_base')
    for (const text of ['before <|endoftext|> after', '<|im_start|>user<|im_sep|>hi<|im_end|>', '<|fim_prefix|>x']) {
      expect(count(text)).toBe(tk.encode_ordinary(text).length)
    }
    expect(count('<|endoftext|>')).toBeGreaterThan(1)
    tk.free()
  })

  test('assistant tokens honour weight 0; tool calls, images and tool definitions are counted as documented', async () => {
    const count = await loadCounter('o200k_base')
    const tools = [{ type: 'function', function: { name: 'weather', parameters: { type: 'object' } } }]
    const ex = {
      tools,
      messages: [
        {
          role: 'user',
          content: [
            { type: 'text', text: 'Weather?' },
            { type: 'image_url', image_url: { url: 'https://x.test/a.png' } },
          ],
        },
        { role: 'assistant', content: 'Checking.', weight: 0 },
        {
          role: 'assistant',
          tool_calls: [{ id: 'c1', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } }],
        },
      ],
    }
    const c = countExample('chat', ex, count)
    const toolCall = count('c1') + count('function') + count('weather') + count('{"city":"Paris"}')
    expect(c.assistantTokens).toBe(toolCall)
    const expected =
      3 * 3 +
      count('user') +
      count('Weather?') +
      IMAGE_TOKENS +
      count('assistant') * 2 +
      count('Checking.') +
      toolCall +
      (7 + count('weather:') + 12) +
      3
    expect(c.tokens).toBe(expected)
    expect(c.messages).toBe(3)
  })

  test('preference, reinforcement and completion examples', async () => {
    const count = await loadCounter('o200k_base')
    const dpo = {
      input: { messages: [{ role: 'user', content: 'Hi' }] },
      preferred_output: [{ role: 'assistant', content: 'Hello!' }],
      non_preferred_output: [{ role: 'assistant', content: 'Go away.' }],
    }
    const d = countExample('preference', dpo, count)
    expect(d.assistantTokens).toBe(count('Hello!') + count('Go away.'))
    expect(d.tokens).toBe(9 + count('user') + count('Hi') + count('assistant') * 2 + d.assistantTokens + 3)
    const rft = countExample(
      'reinforcement',
      { messages: [{ role: 'user', content: 'Hi' }], reference_answer: 'long text not read by the model' },
      count,
    )
    expect(rft).toEqual({ tokens: 3 + count('user') + count('Hi') + 3, assistantTokens: 0, messages: 1, images: 0 })
    expect(countExample('completion', { prompt: 'Hi ->', completion: ' Hello' }, count)).toEqual({
      tokens: count('Hi ->') + count(' Hello'),
      assistantTokens: count(' Hello'),
      messages: 0,
      images: 0,
    })
  })

  test('memoize returns the same counts and bounds its memory', () => {
    let calls = 0
    const counted = memoize(s => (calls++, s.length), 2)
    expect([counted('abc'), counted('abc'), counted('de'), counted('fgh'), counted('abc')]).toEqual([3, 3, 2, 3, 3])
    expect(calls).toBe(4)
  })
})

describe('shipped ranks', () => {
  test.each(['o200k_base', 'cl100k_base'] as const)(
    '%s equals the installed gpt-tokenizer ranks (run `npm run ranks` after upgrading it)',
    async name => {
      const { loadRanks } = await import('../../src/tokens/large-input-counter.js')
      const pkg = (await import(`gpt-tokenizer/bpeRanks/${name}`)).default
      const ours = loadRanks(name)
      expect(ours.length).toBe(pkg.length)
      expect(ours).toEqual(pkg)
    },
  )
})
