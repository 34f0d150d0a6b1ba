import type { BackendConnection } from './backend.js'

/** The fine-tuning providers the action speaks to. */
export type Provider = 'openai' | 'azure' | 'together'

const AZURE_HOSTS = /\.(openai\.azure\.com|cognitiveservices\.azure\.com|services\.ai\.azure\.com)$/i
const TOGETHER_HOSTS = /(^api\.together\.xyz|\.together\.ai)$/i

/** `backend: auto`: the provider a base URL's host belongs to; anything else speaks OpenAI's API. */
export function providerOf(baseUrl: string | undefined): Provider {
  if (!baseUrl) return 'openai'
  const host = new URL(baseUrl).hostname
  if (AZURE_HOSTS.test(host)) return 'azure'
  if (TOGETHER_HOSTS.test(host)) return 'together'
  return 'openai'
}

/** Whether a base URL is OpenAI's own service, where OpenAI's dates apply (an unset one is). */
export function isOpenAIService(baseUrl: string | undefined): boolean {
  return !baseUrl || /^https:\/\/api\.openai\.com(\/|$)/.test(baseUrl)
}

/** Whether OpenAI's own dates (the end of new fine-tuning jobs) apply; known without a key or an SDK, for pull requests. */
export function isOpenAIConnection(connection: BackendConnection): boolean {
  return connection.provider === 'openai' && isOpenAIService(connection.baseUrl)
}
