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
