import { AzureBackend } from '../../../src/backend/azure/azure-backend.js'
import { deploymentNameFor } from '../../../src/backend/azure/deployments.js'
import { startAzureSimulator, type AzureSimulator } from '../../../testing/azure/index.js'

let sim: AzureSimulator
afterEach(async () => {
  await sim?.stop()
})

const azure = (extra: object = {}) => ({
  deploymentSku: 'DeveloperTier',
  deleteDeployment: true,
  managementUrl: sim.managementUrl,
  pollMs: 50,
  ...extra,
})

describe('AzureBackend', () => {
  test('without a key, a Microsoft Entra ID token for the data plane is the bearer, and no api-key is sent', async () => {
    sim = await startAzureSimulator({ entraToken: 'entra-data-token' })
    const scopes: string[] = []
    const backend = new AzureBackend({
      provider: 'azure',
      apiKey: '',
      baseUrl: sim.url,
      azure: azure({ tokenProvider: (scope: string) => (scopes.push(scope), Promise.resolve('entra-data-token')) }),
    })
    const answer = await backend.chat('gpt-4o-mini-2024-07-18', [{ role: 'user', content: 'hi' }], {
      temperature: 0,
      maxTokens: 10,
    })
    expect(answer.text).toBe('[gpt-4o-mini-2024-07-18] hi')
    expect(scopes).toEqual(['https://cognitiveservices.azure.com/.default'])
    expect(sim.requests.at(-1)!.headers).toEqual({ 'api-key': undefined, authorization: 'Bearer entra-data-token' })
  })

  test('serve deploys a fine-tune through Resource Manager with the management scope, and release deletes it', async () => {
    sim = await startAzureSimulator({ provisioningMs: 100 })
    const scopes = new Set<string>()
    const backend = new AzureBackend({
      provider: 'azure',
      apiKey: sim.apiKey,
      baseUrl: sim.url,
      azure: azure({
        subscriptionId: 's',
        resourceGroup: 'g',
        resourceName: 'r',
        tokenProvider: (scope: string) => (scopes.add(scope), Promise.resolve(sim.armToken)),
      }),
    })
    const model = 'gpt-4.1-mini-2025-04-14.ft-0123456789abcdef0123456789abcdef'
    expect(backend.unservable(model)).toBeUndefined()
    const served = await backend.serve(model)
    expect(served).toMatchObject({ name: model, deployment: model })
    expect(sim.deployments.get(model)).toMatchObject({ state: 'Succeeded', sku: 'DeveloperTier', model })
    expect([...scopes]).toEqual([`${sim.managementUrl}/.default`])
    await served.release()
    expect(sim.deployments.size).toBe(0)
    // Base models are deployment names already: nothing is set up for them.
    const base = await backend.serve('gpt-4o-mini')
    expect(base.name).toBe('gpt-4o-mini')
    expect(base.deployment).toBeUndefined()
  })

  test('without the resource a fine-tune cannot be served, and the reason names the missing inputs', () => {
    const backend = new AzureBackend({
      provider: 'azure',
      apiKey: 'k',
      baseUrl: 'http://127.0.0.1:9/openai/v1',
      azure: {
        deploymentSku: 'DeveloperTier',
        deleteDeployment: false,
        managementUrl: 'http://127.0.0.1:9',
        resourceGroup: 'g',
      },
    })
    expect(backend.unservable('gpt-4o-2024-08-06.ft-abc')).toBe(
      'gpt-4o-2024-08-06.ft-abc answers on Azure OpenAI only once deployed: add azure-subscription-id, azure-resource-name (and azure/login) so the action can deploy it.',
    )
    expect(backend.unservable('gpt-4o')).toBeUndefined()
  })

  test('without base-url there is no backend: the key or token never goes to the SDK default, api.openai.com', () => {
    expect(() => new AzureBackend({ provider: 'azure', apiKey: 'k' })).toThrow(
      "backend: azure needs base-url, your resource's v1 endpoint: https://RESOURCE.openai.azure.com/openai/v1/",
    )
    const backend = new AzureBackend({
      provider: 'azure',
      apiKey: 'k',
      baseUrl: 'https://r.openai.azure.com/openai/v1/',
    })
    expect(backend.isOpenAI).toBe(false)
  })

  test('deployment names stay within Azure 64 characters and are the same for the same model', () => {
    const long = `ft:gpt-4.1-mini-2025-04-14:acme-corporation:support-bot-harbor:${'x'.repeat(30)}`
    const name = deploymentNameFor(long)
    expect(name).toHaveLength(64)
    expect(name).toMatch(/^[\w.-]+$/)
    expect(deploymentNameFor(long)).toBe(name)
    expect(deploymentNameFor(`${long}y`)).not.toBe(name)
  })
})
