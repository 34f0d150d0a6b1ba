import { existsSync, readdirSync } from 'node:fs'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import type { OpenTokenizerName } from '../../src/estimate/together-models.js'
import { readTokenizerFiles, templateCounter } from '../../src/tokens/chat-template.js'
import { chatLines, oracle } from '../helpers/open-model-oracle.js'

const SHARED = '/work/shared/datasets'
const FILES = [
  'examples/support-bot/train.jsonl',
  'examples/support-bot/validation.jsonl',
  // The public datasets with conversational lines (the others hold tool calls, which Together's format has not).
  ...(existsSync(SHARED) ? readdirSync(SHARED).filter(f => /chat|marv/.test(f)) : []).map(f => `${SHARED}/${f}`),
]

describe.each<OpenTokenizerName>(['llama3_1', 'qwen3'])('%s: our counts equal the Hugging Face tokenizer', name => {
  const expected = oracle(name)
  const ours = templateCounter(readTokenizerFiles(name))

  test.each(FILES)('every example of %s', path => {
    const lines = chatLines(path)
    expect(lines.length).toBeGreaterThan(0)
    for (const [i, example] of lines.entries()) {
      const messages = example.messages as unknown[]
      expect([path, i, ours('chat', example).tokens]).toEqual([path, i, expected(messages)])
    }
  })

  test('text the tokenizer splits specially: special-token look-alikes, accents, whitespace runs, digits', () => {
    const tricky = [
      { role: 'system', content: '  leading and trailing  \n\n' },
      { role: 'user', content: 'Café naïve — ½ 12345678 <|eot_id|> <|im_end|> <think>x</think>\t\ttabs' },
      { role: 'assistant', content: '<think>\nreasoning\n</think>\n\nanswer 😀 ' },
    ]
    expect(ours('chat', { messages: tricky }).tokens).toBe(expected(tricky))
  })

  test('text the normaliser changes (Qwen\u2019s NFC: a decomposed accent) and words repeated across messages', () => {
    const messages = [
      { role: 'user', content: 'Cafe\u0301 ope\u0301ra, cafe\u0301 again and again 1234567' },
      { role: 'assistant', content: 'again and again: café opéra 1234567 <|eot_id|>' },
    ]
    expect(ours('chat', { messages }).tokens).toBe(expected(messages))
  })
})

test('validate with backend together and a Llama 3.1 model: the report counts as the HF tokenizer and names it', async () => {
  const path = 'examples/support-bot/train.jsonl'
  const model = 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference'
  const report = await analyzeDataset([{ path, role: 'training' }], { model, method: 'auto', provider: 'together' })
  const expected = oracle('llama3_1')
  const total = chatLines(path).reduce((n, e) => n + expected(e.messages as unknown[]), 0)
  expect(report.totals.tokens).toBe(total)
  expect(report.valid).toBe(true)
  expect(report.tokenizer).toMatch(/^Llama 3\.1 \(Hugging Face tokenizer\.json/)
  expect(report.totals.estimatedCostUsd).toBeNull()
})

test('an unknown Qwen model counts with Qwen 3, labelled an estimate; an OpenAI run is unchanged', async () => {
  const path = 'examples/support-bot/train.jsonl'
  const report = await analyzeDataset([{ path, role: 'training' }], {
    model: 'Qwen/Qwen3-4B-Custom',
    method: 'auto',
    provider: 'together',
  })
  const expected = oracle('qwen3')
  expect(report.totals.tokens).toBe(chatLines(path).reduce((n, e) => n + expected(e.messages as unknown[]), 0))
  expect(report.tokenizer).toMatch(/Qwen 3 .*, estimate$/)
  expect(report.files[0].findings[0]).toMatchObject({ code: 'open_tokenizer_estimate', severity: 'notice' })
  const openai = await analyzeDataset([{ path, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
  expect(openai.tokenizer).toBeUndefined()
  expect(openai.encoding).toBe('o200k_base')
})
