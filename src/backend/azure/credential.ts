import type { TokenProvider } from './options.js'

/**
 * A Microsoft Entra ID token from @azure/identity's DefaultAzureCredential: environment, workload identity (the
 * OpenID Connect federation `azure/login` sets up), managed identity, then the Azure CLI's session. Loaded on first
 * use only, so the OpenAI path (and Azure with an api-key and no deployment) never pays for it.
 */
export function defaultTokenProvider(): TokenProvider {
  let credential: Promise<{ getToken(scope: string): Promise<{ token: string } | null> }> | undefined
  return async scope => {
    credential ??= import('@azure/identity').then(m => new m.DefaultAzureCredential())
    const token = await (await credential).getToken(scope)
    if (!token) throw new Error(`Microsoft Entra ID gave no token for ${scope}`)
    return token.token
  }
}

/** The `.default` scope of a resource: Resource Manager's (per cloud) or Azure AI services' data plane. */
export function scopeOf(resource: string): string {
  return `${resource.replace(/\/+$/, '')}/.default`
}

export const DATA_PLANE_SCOPE = 'https://cognitiveservices.azure.com/.default'
