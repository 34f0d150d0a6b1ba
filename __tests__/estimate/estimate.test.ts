import { costUsd, trainingPrice } from '../../src/estimate/cost.js'
import { defaultEpochs } from '../../src/estimate/epochs.js'
import { resolveModel } from '../../src/estimate/models.js'

describe('estimate', () => {
  test.each([
    [1, 25],
    [4, 25],
    [5, 20],
    [10, 10],
    [33, 3],
    [34, 3],
    [100, 3],
    [8333, 3],
    [8334, 2],
    [12500, 2],
    [12501, 1],
    [100000, 1],
  ])('default epochs for %i examples is %i', (examples, epochs) => {
    expect(defaultEpochs(examples)).toBe(epochs)
  })

  test('models resolve by snapshot, alias and fine-tuned id, with encoding, limit and price', () => {
    expect(resolveModel('gpt-3.5-turbo-0613')).toMatchObject({
      base: 'gpt-3.5-turbo-0613',
      encoding: 'cl100k_base',
      info: { exampleLimit: 4096, trainingUsdPerMillion: 8 },
    })
    expect(resolveModel('gpt-4o-mini')).toMatchObject({
      encoding: 'o200k_base',
      info: { id: 'gpt-4o-mini-2024-07-18', exampleLimit: 65536, trainingUsdPerMillion: 3 },
    })
    expect(resolveModel('ft:gpt-4.1-mini-2025-04-14:acme::AbC123')).toMatchObject({
      base: 'gpt-4.1-mini-2025-04-14',
      info: { trainingUsdPerMillion: 5 },
    })
    expect(resolveModel('babbage-002')).toMatchObject({
      encoding: 'cl100k_base',
      info: { formats: ['completion'], trainingUsdPerMillion: 0.4 },
    })
    expect(resolveModel('gpt-4-0613')).toMatchObject({ encoding: 'cl100k_base', info: undefined })
    expect(resolveModel('o3-mini')).toMatchObject({ encoding: 'o200k_base', info: undefined })
    expect(resolveModel('my-llama')).toMatchObject({ encoding: 'o200k_base', info: undefined })
  })

  test('cost: table price, given price, unknown when neither', () => {
    const mini = resolveModel('gpt-4.1-mini-2025-04-14')
    expect(costUsd(2_000_000, trainingPrice(mini))).toBe(10)
    expect(costUsd(86_120, trainingPrice(resolveModel('gpt-3.5-turbo-0613')))).toBe(0.689)
    expect(costUsd(1_000_000, trainingPrice(mini, 2.5))).toBe(2.5)
    expect(costUsd(1_000_000, trainingPrice(resolveModel('o4-mini')))).toBeNull()
    expect(costUsd(1_000_000, trainingPrice(resolveModel('my-llama')))).toBeNull()
  })
})
