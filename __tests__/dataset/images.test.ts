import { analyzeDataset } from '../../src/dataset/analyze-dataset.js'
import { IMAGE_TRAINING_SOURCE, resolveModel } from '../../src/estimate/models.js'
import { tempDir, writeJsonl } from '../helpers/files.js'

describe('images only for models that take them in fine-tuning', () => {
  const dir = tempDir()
  const example = (i: number, image: boolean) => ({
    messages: [
      { role: 'system', content: 'Describe.' },
      {
        role: 'user',
        content: image
          ? [
              { type: 'text', text: `Picture ${i}` },
              { type: 'image_url', image_url: { url: `https://img.test/${i}.png` } },
            ]
          : `Picture ${i}`,
      },
      { role: 'assistant', content: 'A cat.' },
    ],
  })
  const file = writeJsonl(
    dir,
    'vision.jsonl',
    Array.from({ length: 10 }, (_, i) => example(i, i === 2 || i === 5)),
  )

  test('the model table says which models take images, with its source and date', () => {
    expect(
      ['gpt-4o-2024-08-06', 'gpt-4o', 'gpt-4o-mini', 'gpt-3.5-turbo-0125', 'gpt-4.1', 'o4-mini'].map(m => [
        m,
        resolveModel(m).info?.images,
      ]),
    ).toEqual([
      ['gpt-4o-2024-08-06', true],
      ['gpt-4o', true],
      ['gpt-4o-mini', false],
      ['gpt-3.5-turbo-0125', false],
      ['gpt-4.1', false],
      ['o4-mini', false],
    ])
    expect(IMAGE_TRAINING_SOURCE.url).toMatch(/^https:\/\/platform\.openai\.com\/docs\/guides\/vision-fine-tuning/)
    expect(IMAGE_TRAINING_SOURCE.checked).toMatch(/^\d{4}-\d\d-\d\d$/)
  })

  test.each([
    ['gpt-4o-2024-08-06', []],
    ['gpt-4o-mini-2024-07-18', ['3 images_not_supported_by_model', '6 images_not_supported_by_model']],
    ['gpt-3.5-turbo-0125', ['3 images_not_supported_by_model', '6 images_not_supported_by_model']],
    ['ft:gpt-4o-mini-2024-07-18:acme::abc', ['3 images_not_supported_by_model', '6 images_not_supported_by_model']],
    ['acme-vision-1', ['- unknown_model']],
  ])('%s', async (model, expected) => {
    const r = await analyzeDataset([{ path: file, role: 'training' }], { model, method: 'auto' })
    expect(r.files[0].findings.map(f => `${f.line ?? '-'} ${f.code}`)).toEqual(expected)
    expect(r.valid).toBe(!expected.some(e => e.endsWith('images_not_supported_by_model')))
  })
})
