import { azureFineTuningDates } from '../../src/estimate/azure-models.js'
import { resolveModel } from '../../src/estimate/models.js'

describe("Azure's fine-tuning dates", () => {
  const gpt41mini = { training: '2027-04-14', deployment: '2027-10-14' }

  test('are found for a dated model, its alias, an OpenAI fine-tune id and an Azure fine-tune name', () => {
    for (const name of [
      'gpt-4.1-mini-2025-04-14',
      'gpt-4.1-mini',
      'ft:gpt-4.1-mini-2025-04-14:acme::abc123',
      'gpt-4.1-mini-2025-04-14.ft-0123456789abcdef',
      '  gpt-4.1-mini.ft-0123456789abcdef ',
    ])
      expect({ name, dates: azureFineTuningDates(resolveModel(name)) }).toEqual({ name, dates: gpt41mini })
    expect(azureFineTuningDates(resolveModel('gpt-4o-mini-2024-07-18'))).toEqual({
      training: '2027-04-01',
      deployment: '2027-10-01',
    })
  })

  test('are none for a model Azure does not fine-tune or that is not in the table', () => {
    for (const name of ['gpt-3.5-turbo-0125', 'meta-llama/Meta-Llama-3.1-8B-Instruct-Reference', 'my-model.ft-abc'])
      expect({ name, dates: azureFineTuningDates(resolveModel(name)) }).toEqual({ name, dates: undefined })
  })
})
