import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startSimulator, type SimulatorOptions, type SimulatorServer } from '../openai/index.js'

/**
 * Azure OpenAI's shape in front of the OpenAI-compatible simulator: the v1 data plane under `/openai/v1/` with the
 * key in `api-key` (a bearer is refused unless it is the Entra ID token given), and Azure Resource Manager's account
 * deployments (`PUT/GET/DELETE /subscriptions/…/deployments/{name}`) with a provisioning delay. A fine-tune answers
 * chat only through a deployment whose provisioning succeeded, as on Azure.
 */
export interface AzureSimulatorOptions extends Omit<SimulatorOptions, 'apiKey' | 'port'> {
  /** The `api-key` clients must send (default `azure-simulator-key`). */
  apiKey?: string
  /** A Microsoft Entra ID token the data plane accepts as `Authorization: Bearer` (none by default). */
  entraToken?: string
  /** The bearer token Resource Manager accepts (default `arm-simulator-token`). */
  armToken?: string
  /** Real milliseconds a new deployment stays `Creating` (default 200). */
  provisioningMs?: number
  port?: number
}

export interface SimulatedDeployment {
  name: string
  model: string
  sku: string
  state: 'Creating' | 'Succeeded' | 'Failed'
  error?: string
}

export interface AzureRequest {
  method: string
  path: string
  headers: Record<string, string | undefined>
  body?: unknown
}

const ARM_PATH =
  /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.CognitiveServices\/accounts\/([^/]+)\/deployments\/([^/]+)$/i
const INNER_KEY = 'sk-inner-simulator'

export class AzureSimulator {
  readonly requests: AzureRequest[] = []
  readonly deployments = new Map<string, SimulatedDeployment>()
  private readonly server: Server
  private failure?: string
  private timers = new Set<NodeJS.Timeout>()

  private constructor(
    readonly openai: SimulatorServer,
    private readonly options: AzureSimulatorOptions,
  ) {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        send(res, 500, { error: { code: 'InternalServerError', message: String(error) } })
      })
    })
  }

  static async start(options: AzureSimulatorOptions = {}): Promise<AzureSimulator> {
    const openai = await startSimulator({ ...options, port: 0, apiKey: INNER_KEY })
    const sim = new AzureSimulator(openai, options)
    await new Promise<void>(resolve => sim.server.listen(options.port ?? 0, '127.0.0.1', resolve))
    return sim
  }

  get apiKey(): string {
    return this.options.apiKey ?? 'azure-simulator-key'
  }
  get armToken(): string {
    return this.options.armToken ?? 'arm-simulator-token'
  }
  get managementUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }
  /** The data plane's base URL, as `https://RESOURCE.openai.azure.com/openai/v1` would be. */
  get url(): string {
    return `${this.managementUrl}/openai/v1`
  }

  /** The next deployment created fails to provision with this message. */
  failNextProvisioning(message: string): void {
    this.failure = message
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    await new Promise<void>(resolve => {
      this.server.close(() => {
        resolve()
      })
      this.server.closeAllConnections()
    })
    await this.openai.stop()
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://azure.local')
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const raw = Buffer.concat(chunks)
    const record: AzureRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      headers: { 'api-key': header(req, 'api-key'), authorization: header(req, 'authorization') },
    }
    this.requests.push(record)
    const arm = ARM_PATH.exec(url.pathname)
    if (arm) {
      if (raw.length) record.body = JSON.parse(raw.toString()) as unknown
      this.deploymentRoute(req.method ?? 'GET', decodeURIComponent(arm[4]), url, req, res, record.body)
      return
    }
    if (!url.pathname.startsWith('/openai/v1/')) {
      send(res, 404, { error: { code: '404', message: 'Resource not found' } })
      return
    }
    const auth = header(req, 'authorization')
    const key = header(req, 'api-key')
    const entra = this.options.entraToken
    const bearerOk = entra !== undefined && auth === `Bearer ${entra}`
    if (auth !== undefined && !bearerOk) {
      send(res, 401, {
        error: {
          code: 'PermissionDenied',
          message: 'The bearer token is not a valid Microsoft Entra ID token for this resource.',
        },
      })
      return
    }
    if (!bearerOk && key !== this.apiKey) {
      send(res, 401, {
        error: {
          code: '401',
          message:
            'Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource.',
        },
      })
      return
    }
    let body = raw
    if (url.pathname === '/openai/v1/fine_tuning/jobs' && req.method === 'POST') {
      // Azure's own field: checked here, then left out for the OpenAI-shaped simulator behind.
      const json = JSON.parse(raw.toString()) as { trainingType?: unknown }
      record.body = { ...json }
      if (
        json.trainingType !== undefined &&
        !['Standard', 'GlobalStandard', 'developerTier'].includes(
          typeof json.trainingType === 'string' ? json.trainingType : '',
        )
      ) {
        send(res, 400, {
          error: {
            code: 'invalidPayload',
            message: `trainingType ${JSON.stringify(json.trainingType)} is not one of Standard, GlobalStandard, developerTier.`,
          },
        })
        return
      }
      delete json.trainingType
      body = Buffer.from(JSON.stringify(json))
    }
    if (url.pathname === '/openai/v1/chat/completions' && raw.length) {
      const json = JSON.parse(raw.toString()) as { model?: string }
      const model = json.model ?? ''
      const deployment = this.deployments.get(model)
      if (deployment?.state === 'Succeeded') json.model = deployment.model
      else if (/\.ft-|^ft:/.test(model) || deployment) {
        send(res, 404, {
          error: {
            code: 'DeploymentNotFound',
            message: `The API deployment for this resource does not exist (${model}).`,
          },
        })
        return
      }
      body = Buffer.from(JSON.stringify(json))
    }
    const forwarded = await fetch(`${this.openai.url}${url.pathname.slice('/openai/v1'.length)}${url.search}`, {
      method: req.method,
      headers: {
        ...(req.headers['content-type'] && { 'content-type': req.headers['content-type'] }),
        authorization: `Bearer ${INNER_KEY}`,
      },
      body: req.method === 'GET' || req.method === 'DELETE' ? undefined : body,
    })
    const headers: Record<string, string> = {}
    for (const name of ['content-type', 'retry-after', 'retry-after-ms', 'x-request-id'])
      if (forwarded.headers.has(name)) headers[name] = forwarded.headers.get(name)!
    res.writeHead(forwarded.status, headers)
    res.end(Buffer.from(await forwarded.arrayBuffer()))
  }

  private deploymentRoute(
    method: string,
    name: string,
    url: URL,
    req: IncomingMessage,
    res: ServerResponse,
    body: unknown,
  ): void {
    if (header(req, 'authorization') !== `Bearer ${this.armToken}`) {
      send(res, 401, {
        error: {
          code: 'AuthenticationFailed',
          message: 'Authentication failed. The Authorization header is missing or its token is invalid.',
        },
      })
      return
    }
    if (!url.searchParams.get('api-version')) {
      send(res, 400, {
        error: {
          code: 'MissingApiVersionParameter',
          message: 'The api-version query parameter (?api-version=) is required for all requests.',
        },
      })
      return
    }
    const existing = this.deployments.get(name)
    if (method === 'GET') {
      if (!existing) send(res, 404, { error: { code: 'DeploymentNotFound', message: `Deployment ${name} not found.` } })
      else send(res, 200, view(existing))
      return
    }
    if (method === 'DELETE') {
      this.deployments.delete(name)
      res.writeHead(existing ? 200 : 204).end()
      return
    }
    if (method !== 'PUT') {
      send(res, 405, { error: { code: 'MethodNotAllowed', message: method } })
      return
    }
    const b = body as
      { sku?: { name?: string }; properties?: { model?: { name?: string; format?: string } } } | undefined
    const model = b?.properties?.model?.name
    if (!model || !b?.sku?.name) {
      send(res, 400, {
        error: { code: 'InvalidResourceProperties', message: 'sku.name and properties.model.name are required.' },
      })
      return
    }
    const deployment: SimulatedDeployment = { name, model, sku: b.sku.name, state: 'Creating' }
    const failure = this.failure
    this.failure = undefined
    this.deployments.set(name, deployment)
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      deployment.state = failure ? 'Failed' : 'Succeeded'
      deployment.error = failure
    }, this.options.provisioningMs ?? 200)
    this.timers.add(timer)
    send(res, existing ? 200 : 201, view(deployment))
  }
}

function view(d: SimulatedDeployment): unknown {
  return {
    id: `/deployments/${d.name}`,
    name: d.name,
    type: 'Microsoft.CognitiveServices/accounts/deployments',
    sku: { name: d.sku, capacity: 50 },
    properties: {
      model: { format: 'OpenAI', name: d.model, version: '1' },
      provisioningState: d.state,
      ...(d.error && { error: { code: 'DeploymentFailed', message: d.error } }),
    },
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name]
  return Array.isArray(v) ? v[0] : v
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
}

export const startAzureSimulator = (options?: AzureSimulatorOptions) => AzureSimulator.start(options)
