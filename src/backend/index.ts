import { InputError } from '../errors.js'
import type { BackendConnection, FineTuningBackend } from './backend.js'
import { OpenAIBackend } from './openai/openai-backend.js'
import { TogetherBackend } from './together/together-backend.js'

export * from './backend.js'

/** The backend the settings name. Azure OpenAI joins here as implementations of the same interface. */
export function createBackend(connection: BackendConnection): FineTuningBackend {
  switch (connection.provider) {
    case 'openai':
      return new OpenAIBackend(connection)
    case 'together':
      return new TogetherBackend(connection)
    case 'azure':
      throw new InputError(`backend: ${connection.provider} is not available in this version of the action`)
  }
}
