import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { INPUTS, parseSettings } from '../src/settings.js'

const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? ''

describe('settings', () => {
  test("every input is declared once, with action.yml's name and default", () => {
    const actionYml = parse(readFileSync(new URL('../action.yml', import.meta.url), 'utf8')) as {
      inputs: Record<string, { default?: string }>
    }
    const fromActionYml = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([name, spec]) => [name, spec.default ?? '']),
    )
    const declared = Object.fromEntries(
      Object.entries(INPUTS).map(([name, input]) => [name, input.actionYmlDefault ?? input.default]),
    )
    expect(declared).toEqual(fromActionYml)
  })

  test('defaults, and mode auto from the event', () => {
    expect(parseSettings(inputs({ 'training-file': 'data/train.jsonl' }), 'pull_request')).toEqual({
      mode: 'validate',
      modeFromEvent: true,
      trainingFile: ['data/train.jsonl'],
      validationFile: [],
      model: 'gpt-4.1-mini-2025-04-14',
      method: 'auto',
      nEpochs: undefined,
      pricePerMillion: undefined,
      failOn: 'error',
      reportFile: undefined,
      githubToken: '',
      comment: true,
      commentKey: 'dataset',
      maxCost: undefined,
      backend: {
        provider: 'openai',
        apiKey: '',
        baseUrl: undefined,
        organization: undefined,
        project: undefined,
        azure: {
          trainingType: undefined,
          subscriptionId: undefined,
          resourceGroup: undefined,
          resourceName: undefined,
          deploymentSku: 'DeveloperTier',
          deleteDeployment: false,
          managementUrl: 'https://management.azure.com',
        },
      },
      hyperparameters: { batchSize: undefined, learningRateMultiplier: undefined, beta: undefined },
      graderFile: undefined,
      suffix: undefined,
      seed: undefined,
      force: false,
      wait: true,
      pollInterval: 30,
      timeoutMinutes: 340,
      jobId: undefined,
      cancelOnAbort: false,
      checkModelRetirement: false,
      eval: {
        file: undefined,
        model: undefined,
        compareModels: [],
        graderModel: undefined,
        concurrency: 4,
        minPassRate: undefined,
        maxRegressions: undefined,
        seed: 0,
        maxTokens: 1024,
        reportFile: undefined,
      },
    })
    expect(parseSettings(inputs({ 'training-file': 'a' }), 'push').mode).toBe('train')
    expect(parseSettings(inputs({ 'training-file': 'a' }), 'workflow_dispatch').mode).toBe('train')
    expect(parseSettings(inputs({ 'training-file': 'a', mode: 'validate' }), 'push')).toMatchObject({
      mode: 'validate',
      modeFromEvent: false,
    })
  })

  test('backend auto follows the base URL; api-key and base-url have their earlier openai-* names as aliases', () => {
    const backendOf = (values: Record<string, string>) =>
      parseSettings(inputs({ 'training-file': 'a', ...values }), 'push').backend
    expect(backendOf({})).toMatchObject({ provider: 'openai', apiKey: '', baseUrl: undefined })
    expect(backendOf({ 'base-url': 'https://acme.openai.azure.com/openai/v1/' }).provider).toBe('azure')
    expect(backendOf({ 'openai-base-url': 'https://acme.cognitiveservices.azure.com/openai/v1/' }).provider).toBe(
      'azure',
    )
    expect(backendOf({ 'base-url': 'https://api.together.xyz/v1' }).provider).toBe('together')
    expect(backendOf({ 'base-url': 'https://gateway.example/v1' }).provider).toBe('openai')
    expect(backendOf({ backend: 'together', 'base-url': 'http://127.0.0.1:9/v1' }).provider).toBe('together')
    expect(backendOf({ 'openai-api-key': 'sk-old' }).apiKey).toBe('sk-old')
    expect(backendOf({ 'api-key': 'sk-new', 'openai-api-key': 'sk-new' }).apiKey).toBe('sk-new')
    expect(() => backendOf({ 'api-key': 'sk-a', 'openai-api-key': 'sk-b' })).toThrow(
      "Inputs 'api-key' and 'openai-api-key' are the same input under two names: give one of them.",
    )
  })

  test('plain http:// is refused for any host but this machine, unless allow-insecure-http says so', () => {
    const baseUrlOf = (values: Record<string, string>) =>
      parseSettings(inputs({ 'training-file': 'a', ...values }), 'push').backend.baseUrl
    for (const local of [
      'http://127.0.0.1:8787/v1',
      'http://localhost:8000/v1',
      'http://[::1]:8000/v1',
      'http://127.1.2.3/v1',
    ])
      expect(baseUrlOf({ 'base-url': local })).toBe(local)
    const refusal =
      'Input \'base-url\' is refused ("http://gateway.example/v1"): plain http:// would send the API key and the data in clear text. Use https://, or set allow-insecure-http: true if the network in between is yours.'
    expect(() => baseUrlOf({ 'base-url': 'http://gateway.example/v1' })).toThrow(refusal)
    expect(() => baseUrlOf({ 'openai-base-url': 'http://gateway.example/v1' })).toThrow(/^Input 'base-url' is refused/)
    expect(() => baseUrlOf({ 'base-url': 'http://127.0.0.1.example.com/v1' })).toThrow(/^Input 'base-url' is refused/)
    expect(() => baseUrlOf({ 'azure-management-url': 'http://management.example' })).toThrow(
      'Input \'azure-management-url\' is refused ("http://management.example"): plain http:// would send an Azure token in clear text.',
    )
    expect(baseUrlOf({ 'base-url': 'http://gateway.example/v1', 'allow-insecure-http': 'true' })).toBe(
      'http://gateway.example/v1',
    )
    expect(baseUrlOf({ 'base-url': 'https://gateway.example/v1' })).toBe('https://gateway.example/v1')
  })

  test('job-id makes training-file optional in train mode, not in validate mode', () => {
    expect(parseSettings(inputs({ 'job-id': 'ftjob-abc', mode: 'train' }), 'push')).toMatchObject({
      jobId: 'ftjob-abc',
      trainingFile: [],
    })
    expect(() => parseSettings(inputs({ 'job-id': 'ftjob-abc', mode: 'validate' }), 'push')).toThrow(
      /^Input 'training-file' is invalid/,
    )
  })

  test('values are parsed into their types', () => {
    const s = parseSettings(
      inputs({
        'training-file': 'a.jsonl\n  b/*.jsonl \n',
        'n-epochs': '4',
        'price-per-million-tokens': '2.5',
        method: 'dpo',
        'fail-on': 'never',
      }),
      'pull_request',
    )
    expect(s).toMatchObject({
      trainingFile: ['a.jsonl', 'b/*.jsonl'],
      nEpochs: 4,
      pricePerMillion: 2.5,
      method: 'dpo',
      failOn: 'never',
    })
  })

  test.each([
    [{ 'training-file': '' }, /^Input 'training-file' is invalid \(""\): give a path/],
    [{ 'training-file': 'a', 'n-epochs': '2.5' }, /^Input 'n-epochs' is invalid \("2.5"\)/],
    [{ 'training-file': 'a', 'n-epochs': '0' }, /^Input 'n-epochs' is invalid/],
    [{ 'training-file': 'a', method: 'sft' }, /^Input 'method' is invalid \("sft"\)/],
    [{ 'training-file': 'a', 'fail-on': 'always' }, /^Input 'fail-on' is invalid/],
    [{ 'training-file': 'a', 'price-per-million-tokens': '-1' }, /^Input 'price-per-million-tokens' is invalid/],
    [{ 'training-file': 'a', comment: 'yes' }, /^Input 'comment' is invalid \("yes"\): use true or false/],
    [{ 'training-file': 'a', 'comment-key': 'a b' }, /^Input 'comment-key' is invalid/],
    [{ 'training-file': 'a', 'max-cost': 'ten' }, /^Input 'max-cost' is invalid/],
    [
      { 'training-file': 'a', 'openai-base-url': 'ftp://x' },
      /^Input 'openai-base-url' is invalid \("ftp:\/\/x"\): an http\(s\) URL/,
    ],
    [{ 'training-file': 'a', 'batch-size': '0' }, /^Input 'batch-size' is invalid/],
    [{ 'training-file': 'a', suffix: 'x'.repeat(65) }, /^Input 'suffix' is invalid .*at most 64 characters/],
    [{ 'training-file': 'a', 'poll-interval': '0' }, /^Input 'poll-interval' is invalid/],
    [{ 'training-file': 'a', wait: 'maybe' }, /^Input 'wait' is invalid \("maybe"\): use true or false/],
    [{ 'training-file': 'a', 'job-id': 'ftjob abc' }, /^Input 'job-id' is invalid/],
    [{ 'training-file': 'a', 'n-epochs': '0x10' }, /^Input 'n-epochs' is invalid \("0x10"\): a decimal number/],
    [{ 'training-file': 'a', 'max-cost': '0b11' }, /^Input 'max-cost' is invalid \("0b11"\): a decimal number/],
    [{ 'training-file': 'a', 'eval-concurrency': ' ' }, /^Input 'eval-concurrency' is invalid/],
  ])('%j is refused with a message naming the input', (values, message) => {
    expect(() => parseSettings(inputs(values), 'pull_request')).toThrow(message)
  })
})
