import * as core from '@actions/core'
import { InputError } from '../../errors.js'
import type { ClientOptions } from 'openai'
import type { BackendConnection, JobRequest, ServedModel, TrainingJob } from '../backend.js'
import { createJobOnce } from '../openai/jobs.js'
import { OpenAIBackend } from '../openai/openai-backend.js'
import { DATA_PLANE_SCOPE, defaultTokenProvider } from './credential.js'
import { Deployments, deploymentNameFor } from './deployments.js'
import { TRAINING_TYPES, type AzureConnection } from './options.js'

const DEFAULTS: AzureConnection = {
  deploymentSku: 'DeveloperTier',
  deleteDeployment: false,
  managementUrl: 'https://management.azure.com',
}

/**
 * The SDK's own client on Azure's v1 endpoint (`https://RESOURCE.openai.azure.com/openai/v1/`), which takes OpenAI's
 * paths and bodies. The SDK's AzureOpenAI class fits the older dated API instead: it wants an api-version and puts
 * `/deployments/{model}` into chat paths. A key travels in `api-key` alone (the Authorization header is removed);
 * without a key, a Microsoft Entra ID token is the bearer.
 */
export function azureClientOptions(apiKey: string, tokenProvider = defaultTokenProvider()): ClientOptions {
  return apiKey
    ? { apiKey, defaultHeaders: { 'api-key': apiKey, Authorization: null } }
    : { apiKey: () => tokenProvider(DATA_PLANE_SCOPE) }
}

/** A fine-tune on Azure answers through a deployment only: the name Azure gives fine-tunes has `.ft-` in it. */
export function isFineTune(model: string): boolean {
  return /\.ft-|^ft:/.test(model)
}

/** Azure OpenAI: OpenAI's data plane, plus the training tier and the deployment a fine-tune needs to answer. */
export class AzureBackend extends OpenAIBackend {
  override readonly name = 'Azure OpenAI'
  // Azure's deployments follow Azure's retirement dates, never OpenAI's.
  override readonly isOpenAI = false
  private readonly azure: AzureConnection
  private readonly deployments?: Deployments

  constructor(connection: BackendConnection) {
    // Without its resource's URL the SDK would fall back to api.openai.com, and send it the Azure key or token.
    if (!connection.baseUrl)
      throw new InputError(
        "backend: azure needs base-url, your resource's v1 endpoint: https://RESOURCE.openai.azure.com/openai/v1/",
      )
    const azure = { ...DEFAULTS, ...connection.azure }
    const tokenProvider = azure.tokenProvider ?? defaultTokenProvider()
    super(
      { ...connection, organization: undefined, project: undefined },
      azureClientOptions(connection.apiKey, tokenProvider),
    )
    this.azure = azure
    const { subscriptionId, resourceGroup, resourceName, managementUrl } = azure
    if (subscriptionId && resourceGroup && resourceName)
      this.deployments = new Deployments(
        { managementUrl, subscriptionId, resourceGroup, resourceName },
        tokenProvider,
        azure.pollMs,
      )
  }

  override createJobOnce(request: JobRequest): Promise<TrainingJob> {
    const tier = this.azure.trainingType
    return createJobOnce(this.client, request, tier ? { trainingType: TRAINING_TYPES[tier] } : {})
  }

  unservable(model: string): string | undefined {
    if (!isFineTune(model) || this.deployments) return undefined
    const missing = (['subscriptionId', 'resourceGroup', 'resourceName'] as const)
      .filter(k => !this.azure[k])
      .map(
        k =>
          `azure-${k === 'subscriptionId' ? 'subscription-id' : k === 'resourceGroup' ? 'resource-group' : 'resource-name'}`,
      )
    return `${model} answers on Azure OpenAI only once deployed: add ${missing.join(', ')} (and azure/login) so the action can deploy it.`
  }

  /** A fine-tune gets (or keeps) its deployment; other models are taken to be deployment names already. */
  override async serve(model: string): Promise<ServedModel> {
    if (!isFineTune(model) || !this.deployments) return super.serve(model)
    const deployments = this.deployments
    const name = deploymentNameFor(model)
    await deployments.ensure(name, model, this.azure.deploymentSku)
    return {
      name,
      deployment: name,
      release: async () => {
        if (this.azure.deleteDeployment) await deployments.delete(name)
        else core.info(`The deployment ${name} stays (azure-delete-deployment: false).`)
      },
    }
  }

  /** Azure's dates come from its own schedule (estimate/azure-models.ts), not from OpenAI's models endpoint. */
  override shutdownDate(): Promise<string | undefined> {
    return Promise.resolve(undefined)
  }
}
