import type { BackendConnection, FineTuningBackend } from './backend.js'
import { AzureBackend } from './azure/azure-backend.js'
import { OpenAIBackend } from './openai/openai-backend.js'
import { TogetherBackend } from './together/together-backend.js'

export * from './backend.js'

/** The backend the settings name: each provider implements the same interface. */
export function createBackend(connection: BackendConnection): FineTuningBackend {
  switch (connection.provider) {
    case 'openai':
      return new OpenAIBackend(connection)
    case 'azure':
      return new AzureBackend(connection)
    case 'together':
      return new TogetherBackend(connection)
  }
}
