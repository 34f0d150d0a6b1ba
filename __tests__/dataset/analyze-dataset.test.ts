import { truncateSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { chatExample, chatExamples, tempDir, writeJsonl } from '../helpers/files.js'
import { DATASETS_DIR } from '../helpers/reference.js'

const dir = tempDir()
const summary = (r: Awaited<ReturnType<typeof analyzeDataset>>) =>
  r.files.flatMap(f => f.findings.map(x => `${path.basename(f.path)}:${x.line ?? '-'} ${x.code}`))

describe('analyzeDataset', () => {
  test('the cookbook toy file on gpt-3.5-turbo-0613: the notebook figures and its warnings at their lines', async () => {
    const r = await analyzeDataset([{ path: `${DATASETS_DIR}cookbook-toy-chat.jsonl`, role: 'training' }], {
      model: 'gpt-3.5-turbo-0613',
      method: 'auto',
    })
    expect(r.totals).toMatchObject({
      examples: 5,
      tokens: 4306,
      epochs: 20,
      billedTokens: 86120,
      estimatedCostUsd: 0.689,
      errors: 1,
      warnings: 3,
    })
    expect(summary(r)).toEqual([
      'cookbook-toy-chat.jsonl:- too_few_examples',
      'cookbook-toy-chat.jsonl:3 missing_system_message',
      'cookbook-toy-chat.jsonl:4 missing_user_message',
      'cookbook-toy-chat.jsonl:5 example_over_context',
    ])
    expect(r.files[0].uncappedTokens).toBe(45 + 111 + 26 + 28 + 8032)
    expect(r.files[0].stats.tokens).toMatchObject({ min: 26, max: 8032, median: 45 })
  })

  test('statistics are computed even when errors exist; bad lines are findings at their line', async () => {
    const file = writeJsonl(dir, 'mixed.jsonl', [
      ...chatExamples(10),
      '{"messages": [',
      '',
      '"just a string"',
      { messages: [{ role: 'user', content: 'Hi' }] },
    ])
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    expect(summary(r)).toEqual([
      'mixed.jsonl:11 invalid_json',
      'mixed.jsonl:12 blank_line',
      'mixed.jsonl:13 data_type',
      'mixed.jsonl:14 example_missing_assistant_message',
      'mixed.jsonl:14 missing_system_message',
    ])
    expect(r.totals.examples).toBe(11)
    expect(r.totals.tokens).toBeGreaterThan(0)
    expect(r.valid).toBe(false)
  })

  test('duplicates within a file and overlap between training and validation', async () => {
    const train = writeJsonl(dir, 'train.jsonl', [...chatExamples(10), chatExample('Question number 3?')])
    const val = writeJsonl(dir, 'val.jsonl', [chatExample('Question number 7?'), chatExample('Fresh question?')])
    const r = await analyzeDataset(
      [
        { path: val, role: 'validation' },
        { path: train, role: 'training' },
      ],
      { model: 'gpt-4o-mini', method: 'auto' },
    )
    expect(r.files.map(f => f.role)).toEqual(['training', 'validation'])
    expect(summary(r)).toEqual(['train.jsonl:11 duplicate_example', 'val.jsonl:1 train_validation_overlap'])
    expect(r.files[1].findings[0].message).toBe(`the same example is in the training data at ${train}:7`)
    expect(r.totals.examples).toBe(11)
  })

  test('an empty file is an error, not a crash', async () => {
    const file = writeJsonl(dir, 'empty.jsonl', [])
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    expect(summary(r)).toEqual(['empty.jsonl:- empty_file'])
    expect(r.totals).toMatchObject({ examples: 0, tokens: 0, errors: 1 })
  })

  test('the format follows the first line or the method, and other lines are mismatches', async () => {
    const dpoLine = {
      input: { messages: [{ role: 'user', content: 'Hi' }] },
      preferred_output: [{ role: 'assistant', content: 'Hello!' }],
      non_preferred_output: [{ role: 'assistant', content: 'No.' }],
    }
    const file = writeJsonl(dir, 'dpo.jsonl', [...Array.from({ length: 10 }, () => dpoLine), chatExample('Hi')])
    const auto = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4.1-mini', method: 'auto' })
    expect(auto.files[0].format).toBe('preference')
    expect(summary(auto).filter(s => !s.endsWith('duplicate_example'))).toEqual(['dpo.jsonl:11 format_mismatch'])
    const forced = await analyzeDataset([{ path: file, role: 'training' }], {
      model: 'gpt-4.1-mini',
      method: 'supervised',
    })
    expect(forced.files[0].format).toBe('chat')
    expect(forced.files[0].findingCounts.format_mismatch).toBe(10)
  })

  test('reinforcement files are recognised from an RFT-only model; chat data on a completion model is refused', async () => {
    const rft = writeJsonl(
      dir,
      'rft.jsonl',
      Array.from({ length: 10 }, (_, i) => ({
        messages: [{ role: 'user', content: `What is ${i} + 1?` }],
        answer: String(i + 1),
      })),
    )
    const r = await analyzeDataset([{ path: rft, role: 'training' }], { model: 'o4-mini', method: 'auto' })
    expect(r.files[0].format).toBe('reinforcement')
    expect(summary(r)).toEqual([])
    expect(r.totals.estimatedCostUsd).toBeNull()
    const chat = writeJsonl(dir, 'chat10.jsonl', chatExamples(10))
    const b = await analyzeDataset([{ path: chat, role: 'training' }], { model: 'babbage-002', method: 'auto' })
    expect(summary(b)).toEqual(['chat10.jsonl:- format_not_supported_by_model'])
  })

  test('an unknown model is a notice, with no cost unless a price is given', async () => {
    const chat = writeJsonl(dir, 'chat10b.jsonl', chatExamples(10))
    const r = await analyzeDataset([{ path: chat, role: 'training' }], { model: 'acme-llm-7b', method: 'auto' })
    expect(summary(r)).toEqual(['chat10b.jsonl:- unknown_model'])
    expect(r).toMatchObject({
      valid: true,
      encoding: 'o200k_base',
      exampleLimit: null,
      totals: { estimatedCostUsd: null, priceUsdPerMillion: null },
    })
    const priced = await analyzeDataset([{ path: chat, role: 'training' }], {
      model: 'acme-llm-7b',
      method: 'auto',
      pricePerMillion: 2,
      nEpochs: 4,
    })
    expect(priced.totals).toMatchObject({
      epochs: 4,
      epochsSource: 'input',
      priceSource: 'input',
      billedTokens: 4 * priced.totals.tokens,
    })
    expect(priced.totals.estimatedCostUsd).toBeCloseTo((4 * priced.totals.tokens * 2) / 1e6, 4)
  })

  test('pathologically nested JSON and over-long lines are findings at their line', async () => {
    const deep = `{"messages": ${'['.repeat(200_000)}${']'.repeat(200_000)}, "tools": [{"type": "function", "function": {"name": "f", "parameters": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}}}]}`
    const file = writeJsonl(dir, 'deep.jsonl', [...chatExamples(10), deep, `{"messages": "${'x'.repeat(5000)}"}`])
    const r = await analyzeDataset([{ path: file, role: 'training' }], {
      model: 'gpt-4o-mini',
      method: 'auto',
      maxLineBytes: 4096,
    })
    expect(summary(r)).toEqual(['deep.jsonl:11 line_too_long', 'deep.jsonl:12 line_too_long'])
    const r2 = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    expect(summary(r2)).toEqual([
      'deep.jsonl:11 message_data_type',
      'deep.jsonl:11 example_missing_assistant_message',
      'deep.jsonl:11 missing_system_message',
      'deep.jsonl:11 missing_user_message',
      'deep.jsonl:12 missing_messages_list',
    ])
  })

  test('the findings list is capped, the counts are not, and whole-file findings are always listed', async () => {
    const file = writeJsonl(
      dir,
      'bad.jsonl',
      Array.from({ length: 500 }, () => 'nope'),
    )
    const r = await analyzeDataset([{ path: file, role: 'training' }], {
      model: 'gpt-4o-mini',
      method: 'auto',
      maxFindingsPerFile: 20,
    })
    const f = r.files[0]
    expect(f.findingCounts).toEqual({ invalid_json: 500, too_few_examples: 1 })
    expect(f.findings).toHaveLength(21)
    expect(f.findings[0].code).toBe('too_few_examples')
    expect(f.findingsTruncated).toBe(true)
    expect(r.totals.errors).toBe(501)
  })

  test('a file over 512 MB gets the Uploads API notice', async () => {
    const file = path.join(dir, 'huge.jsonl')
    writeFileSync(file, '')
    truncateSync(file, 513 * 1024 * 1024) // sparse: costs no disk
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model: 'gpt-4o-mini', method: 'auto' })
    expect(r.files[0].findingCounts).toMatchObject({ uploads_api_required: 1, line_too_long: 1 })
  })
})
