import * as core from '@actions/core'
import { createHash } from 'node:crypto'
import { setTimeout as sleep } from 'node:timers/promises'
import { messageOf } from '../../errors.js'
import { scopeOf } from './credential.js'
import type { TokenProvider } from './options.js'

/**
 * Microsoft.CognitiveServices' generally available Resource Manager version for account deployments (create or
 * update, get, delete), as Azure's "Deployments - Create Or Update" REST reference gives it.
 */
export const ARM_API_VERSION = '2024-10-01'
/** Thousands of tokens a minute; 50 is what Azure's fine-tune test guide deploys a candidate with. */
const CAPACITY = 50
/** A fine-tune's deployment takes minutes; past this the step stops waiting and says so. */
const PROVISIONING_LIMIT_MS = 60 * 60_000
const ATTEMPTS = 4

export interface ResourceLocation {
  managementUrl: string
  subscriptionId: string
  resourceGroup: string
  resourceName: string
}

interface Deployment {
  name: string
  properties?: { provisioningState?: string; model?: { name?: string } }
}

/** The deployment name a fine-tune gets: the same model always gets the same name, so a re-run finds it. */
export function deploymentNameFor(model: string): string {
  const name = model.replace(/[^\w.-]/g, '-')
  if (name.length <= 64) return name
  return `${name.slice(0, 47)}-${createHash('sha256').update(model).digest('hex').slice(0, 16)}`
}

/** Account deployments through Azure Resource Manager: plain REST with an Entra ID bearer token. */
export class Deployments {
  constructor(
    private readonly at: ResourceLocation,
    private readonly token: TokenProvider,
    private readonly firstPollMs = 1000,
  ) {}

  /** Creates the deployment of `model` under `name` unless it exists, then waits until it can answer. */
  async ensure(name: string, model: string, sku: string): Promise<void> {
    const existing = await this.get(name)
    if (existing) {
      const serves = existing.properties?.model?.name
      if (serves !== model)
        throw new Error(
          `The deployment ${name} already exists on ${this.at.resourceName} and serves ${serves ?? 'another model'}, not ${model}: delete or rename it.`,
        )
      core.info(
        `Deployment ${name} of ${model} already exists (${existing.properties?.provisioningState ?? 'unknown state'}): reusing it.`,
      )
    } else {
      core.info(`Deploying ${model} as ${name} on ${this.at.resourceName} (SKU ${sku}).`)
      await this.call('PUT', name, {
        sku: { name: sku, capacity: CAPACITY },
        properties: { model: { format: 'OpenAI', name: model, version: '1' } },
      })
    }
    await this.waitSucceeded(name)
  }

  async delete(name: string): Promise<void> {
    await this.call('DELETE', name)
    core.info(`Deleted the deployment ${name} (azure-delete-deployment).`)
  }

  private async get(name: string): Promise<Deployment | undefined> {
    return (await this.call('GET', name)) as Deployment | undefined
  }

  private async waitSucceeded(name: string): Promise<void> {
    const deadline = Date.now() + PROVISIONING_LIMIT_MS
    // Provisioning takes seconds to minutes: polls start quick and settle at one every 15 s.
    for (let wait = this.firstPollMs; ; wait = Math.min(wait * 2, 15_000)) {
      const d = await this.get(name)
      const state = d?.properties?.provisioningState
      if (state === 'Succeeded') {
        core.info(`Deployment ${name} is ready.`)
        return
      }
      if (!d || state === 'Failed' || state === 'Canceled') {
        const why = (d as { properties?: { error?: { message?: string } } } | undefined)?.properties?.error?.message
        throw new Error(
          `Azure could not provision the deployment ${name}: ${d ? state : 'it disappeared'}${why ? `: ${why}` : ''}`,
        )
      }
      if (Date.now() > deadline)
        throw new Error(
          `The deployment ${name} is still ${state ?? 'provisioning'} after an hour; Azure has not finished it`,
        )
      await sleep(wait)
    }
  }

  /** One REST call, retried on throttling, server errors and lost connections; a 404 reads as "not there". */
  private async call(method: 'GET' | 'PUT' | 'DELETE', name: string, body?: unknown): Promise<unknown> {
    const { managementUrl, subscriptionId, resourceGroup, resourceName } = this.at
    const url =
      `${managementUrl.replace(/\/+$/, '')}/subscriptions/${encodeURIComponent(subscriptionId)}` +
      `/resourceGroups/${encodeURIComponent(resourceGroup)}/providers/Microsoft.CognitiveServices` +
      `/accounts/${encodeURIComponent(resourceName)}/deployments/${encodeURIComponent(name)}?api-version=${ARM_API_VERSION}`
    for (let attempt = 1; ; attempt++) {
      let response: Response
      try {
        response = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${await this.token(scopeOf(managementUrl))}`,
            ...(body !== undefined && { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        })
      } catch (error) {
        if (attempt >= ATTEMPTS) throw new Error(`Azure Resource Manager (${method} ${name}): ${messageOf(error)}`)
        await sleep(1000 * 2 ** attempt)
        continue
      }
      const text = await response.text()
      if (response.ok) return text ? (JSON.parse(text) as unknown) : undefined
      if (response.status === 404 && method !== 'PUT') return undefined
      if ((response.status === 429 || response.status >= 500) && attempt < ATTEMPTS) {
        const retryAfter = Number(response.headers.get('retry-after'))
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : 1000 * 2 ** attempt)
        continue
      }
      throw new Error(
        `Azure Resource Manager refused ${method} of the deployment ${name}: ${armMessage(response.status, text)}`,
      )
    }
  }
}

function armMessage(status: number, text: string): string {
  try {
    const e = (JSON.parse(text) as { error?: { code?: string; message?: string } }).error
    if (e?.message) return `${status} ${e.code ?? ''}: ${e.message}`.replace(' :', ':')
  } catch {
    // not JSON: the status says enough
  }
  return `HTTP ${status}`
}
