import { InputError } from '../errors.js'
import type { BackendConnection, FineTuningBackend } from './backend.js'
import { AzureBackend } from './azure/azure-backend.js'
import { isOpenAIService, OpenAIBackend } from './openai/openai-backend.js'

export * from './backend.js'

/** The backend the settings name. Azure OpenAI and Together AI join here as implementations of the same interface. */
export function createBackend(connection: BackendConnection): FineTuningBackend {
  switch (connection.provider) {
    case 'openai':
      return new OpenAIBackend(connection)
    case 'azure':
      return new AzureBackend(connection)
    case 'together':
      throw new InputError(`backend: ${connection.provider} is not available in this version of the action`)
  }
}

/** Whether OpenAI's own dates (the end of new fine-tuning jobs) apply; known without a key, for pull requests. */
export function isOpenAIConnection(connection: BackendConnection): boolean {
  return connection.provider === 'openai' && isOpenAIService(connection.baseUrl)
}
