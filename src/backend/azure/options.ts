/** Azure's training tiers as the inputs name them, and as Azure's job API takes them (`trainingType`). */
export const TRAINING_TYPES = { standard: 'Standard', global: 'GlobalStandard', developer: 'developerTier' } as const
export type TrainingType = keyof typeof TRAINING_TYPES

/** Gets a Microsoft Entra ID access token for a scope. Tests pass their own; the action uses @azure/identity. */
export type TokenProvider = (scope: string) => Promise<string>

/** What the Azure inputs say beyond the data-plane connection. */
export interface AzureConnection {
  /** Unset: Azure's default tier. */
  trainingType?: TrainingType
  /** The three together locate the resource whose deployments serve a fine-tune; without them nothing is deployed. */
  subscriptionId?: string
  resourceGroup?: string
  resourceName?: string
  deploymentSku: string
  deleteDeployment: boolean
  /** Azure Resource Manager's endpoint (sovereign clouds have their own). */
  managementUrl: string
  /** Replaces @azure/identity's DefaultAzureCredential (tests). */
  tokenProvider?: TokenProvider
  /** Milliseconds between polls of a deployment's provisioning (tests shorten it). */
  pollMs?: number
}
