import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { analyzeFile } from '../../src/dataset/analyze-file.js'
import { inThreadProcessor } from '../../src/dataset/line-processor.js'
import { AZURE_MAX_FILE_BYTES, AZURE_TABLE_DATE, resolveAzureModel } from '../../src/estimate/azure-models.js'
import { loadCounter } from '../../src/tokens/encodings.js'
import { azureProfile } from '../../src/dataset/provider-profile.js'
import { tempDir } from '../helpers/files.js'

const BOM = '\uFEFF'
const dir = tempDir('fta-azure-')
const chat = (i: number, content: unknown = `Question ${i}?`) => ({
  messages: [
    { role: 'system', content: 'Be brief.' },
    { role: 'user', content },
    { role: 'assistant', content: `Answer ${i}.` },
  ],
})
function write(name: string, rows: unknown[], bom: boolean): string {
  const file = path.join(dir, name)
  writeFileSync(file, (bom ? BOM : '') + rows.map(r => JSON.stringify(r)).join('\n') + '\n')
  return file
}
const codes = (r: Awaited<ReturnType<typeof analyzeDataset>>) => r.files.flatMap(f => f.findings.map(x => x.code))
const run = (file: string, model: string, provider?: 'azure') =>
  analyzeDataset([{ path: file, role: 'training' }], { model, method: 'auto', provider })

describe("backend: azure uses Azure's model table and file rules", () => {
  test('the table: Azure limits (gpt-4.1-nano 32,768, not OpenAI 65,536), formats, images, no invented price', () => {
    expect(
      [
        'gpt-4o',
        'gpt-4o-mini',
        'gpt-4.1',
        'gpt-4.1-mini',
        'gpt-4.1-nano',
        'o4-mini',
        'gpt-4.1-mini-2025-04-14.ft-abc',
      ].map(m => {
        const { info } = resolveAzureModel(m)
        return [m, info?.exampleLimit, info?.formats.join('+'), info?.images, info?.trainingUsdPerMillion]
      }),
    ).toEqual([
      ['gpt-4o', 65536, 'chat+preference', true, undefined],
      ['gpt-4o-mini', 65536, 'chat', false, undefined],
      ['gpt-4.1', 65536, 'chat+preference', true, undefined],
      ['gpt-4.1-mini', 65536, 'chat+preference', false, undefined],
      ['gpt-4.1-nano', 32768, 'chat', false, undefined],
      ['o4-mini', 65536, 'reinforcement', false, undefined],
      ['gpt-4.1-mini-2025-04-14.ft-abc', 65536, 'chat+preference', false, undefined],
    ])
    expect(resolveAzureModel('gpt-3.5-turbo-0125').info).toBeUndefined()
  })

  test('an example over 32,768 tokens on gpt-4.1-nano: truncated on Azure, within the limit on OpenAI', async () => {
    // "hello" repeated: one o200k token each, 40,000 of them plus the message overheads.
    const long = chat(99, 'hello '.repeat(40_000).trim())
    const file = write('nano.jsonl', [...Array.from({ length: 10 }, (_, i) => chat(i)), long], true)

    const azure = await run(file, 'gpt-4.1-nano-2025-04-14', 'azure')
    expect(azure.exampleLimit).toBe(32768)
    expect(azure.priceTableDate).toBe(AZURE_TABLE_DATE)
    expect(azure.totals.priceUsdPerMillion).toBeNull()
    const over = azure.files[0].findings.find(f => f.code === 'example_over_context')!
    expect(over.line).toBe(11)
    expect(over.message).toMatch(/^400\d\d tokens; gpt-4\.1-nano-2025-04-14 trains on at most 32768 per example/)
    expect(azure.files[0].examplesOverLimit).toBe(1)

    const openai = await run(file, 'gpt-4.1-nano-2025-04-14')
    expect(openai.exampleLimit).toBe(65536)
    expect(codes(openai)).not.toContain('example_over_context')
    expect(openai.totals.tokens - azure.totals.tokens).toBe(azure.files[0].uncappedTokens - azure.files[0].tokens)
  })

  test('a file without a UTF-8 BOM is an azure_missing_bom warning on Azure only; with one it passes', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => chat(i))
    const without = await run(write('plain.jsonl', rows, false), 'gpt-4o-mini-2024-07-18', 'azure')
    expect(without.files[0].findings).toEqual([
      expect.objectContaining({ code: 'azure_missing_bom', severity: 'warning', line: null }),
    ])
    expect(without.files[0].findings[0].message).toContain("Azure OpenAI's fine-tuning API asks for UTF-8 with a BOM")
    expect([without.valid, without.totals.warnings]).toEqual([true, 1])

    const withBom = await run(write('bom.jsonl', rows, true), 'gpt-4o-mini-2024-07-18', 'azure')
    expect(codes(withBom)).toEqual([])
    expect(withBom.totals.examples).toBe(10)
    expect(codes(await run(write('plain-openai.jsonl', rows, false), 'gpt-4o-mini-2024-07-18'))).toEqual([])
  })

  test('images: gpt-4.1 takes them on Azure (vision fine-tuning), not in OpenAI table; gpt-4.1-mini takes none', async () => {
    const picture = [
      { type: 'text', text: 'What is this?' },
      { type: 'image_url', image_url: { url: 'https://img.test/1.png' } },
    ]
    const file = write('vision.jsonl', [...Array.from({ length: 10 }, (_, i) => chat(i)), chat(10, picture)], true)
    expect(codes(await run(file, 'gpt-4.1-2025-04-14', 'azure'))).toEqual([])
    expect(codes(await run(file, 'gpt-4.1-2025-04-14'))).toEqual(['images_not_supported_by_model'])
    const mini = await run(file, 'gpt-4.1-mini-2025-04-14', 'azure')
    expect(mini.files[0].findings.map(f => [f.code, f.line])).toEqual([['images_not_supported_by_model', 11]])
  })

  test('formats: DPO data on gpt-4o-mini is refused on Azure (its DPO page lists gpt-4o and gpt-4.1 models)', async () => {
    const pref = {
      input: { messages: [{ role: 'user', content: 'Hi' }] },
      preferred_output: [{ role: 'assistant', content: 'Hello.' }],
      non_preferred_output: [{ role: 'assistant', content: 'Go away.' }],
    }
    const file = write(
      'dpo.jsonl',
      Array.from({ length: 10 }, () => pref),
      true,
    )
    const mini = await run(file, 'gpt-4o-mini-2024-07-18', 'azure')
    expect(mini.files[0].findings.map(f => [f.code, f.line, f.message])).toEqual([
      [
        'format_not_supported_by_model',
        null,
        'gpt-4o-mini-2024-07-18 cannot be fine-tuned on preference data; it takes chat',
      ],
      ...Array.from({ length: 9 }, (_, i) => ['duplicate_example', i + 2, 'the same example as line 1']),
    ])
    expect(codes(await run(file, 'gpt-4.1-mini-2025-04-14', 'azure'))).not.toContain('format_not_supported_by_model')
  })

  test('a model Azure does not fine-tune: unknown_model names the Azure table', async () => {
    const r = await run(
      write(
        'old.jsonl',
        Array.from({ length: 10 }, (_, i) => chat(i)),
        true,
      ),
      'gpt-3.5-turbo-0125',
      'azure',
    )
    expect(r.files[0].findings[0].message).toBe(
      `gpt-3.5-turbo-0125 is not in the built-in Azure table (${AZURE_TABLE_DATE}): cl100k_base assumed, no per-example limit, cost unknown unless price-per-million-tokens is set`,
    )
  })

  test("a file over Azure's 512 MB: azure_file_too_large (the profile's limit, checked on a small file)", async () => {
    expect(AZURE_MAX_FILE_BYTES).toBe(512 * 2 ** 20)
    const file = write(
      'big.jsonl',
      Array.from({ length: 10 }, (_, i) => chat(i)),
      true,
    )
    const profile = azureProfile('gpt-4o-mini-2024-07-18')
    const count = await loadCounter('o200k_base')
    const processor = () => Promise.resolve(inThreadProcessor(count, 1 << 20, { encoding: 'o200k_base' }))
    const options = {
      path: file,
      role: 'training' as const,
      model: profile.model,
      method: 'auto' as const,
      processor,
      inThreadProcessor: processor,
      maxLineBytes: 1 << 20,
      maxFindingsPerFile: 100,
    }
    const over = await analyzeFile({ ...options, profile: { ...profile.file, maxFileBytes: 1000 } })
    expect(over.findings.map(f => [f.code, f.severity, f.line])).toEqual([['azure_file_too_large', 'error', null]])
    expect(over.findings[0].message).toBe(
      `${over.bytes} bytes: Azure OpenAI's fine-tuning API takes files up to 1000 bytes`,
    )
    const within = await analyzeFile({ ...options, profile: profile.file })
    expect(within.findings).toEqual([])
  })
})
