import OpenAI from 'openai'

export interface BackendSettings {
  apiKey: string
  /** Any OpenAI-compatible server; OpenAI's own when undefined. */
  baseUrl?: string
  organization?: string
  project?: string
}

/** Reads (lists, polls) retry on their own; calls that spend money set maxRetries: 0 and are retried by us. */
export const READ_RETRIES = 4
export const REQUEST_TIMEOUT_MS = 120_000

export function createClient(settings: BackendSettings): OpenAI {
  return new OpenAI({
    apiKey: settings.apiKey,
    baseURL: settings.baseUrl,
    organization: settings.organization ?? null,
    project: settings.project ?? null,
    maxRetries: READ_RETRIES,
    timeout: REQUEST_TIMEOUT_MS,
  })
}

export function isOpenAIBackend(baseUrl: string | undefined): boolean {
  return !baseUrl || /^https:\/\/api\.openai\.com(\/|$)/.test(baseUrl)
}
